"""The whole set: every clerk's file typed into one folder, with the truth of each."""

from __future__ import annotations

import random
from pathlib import Path

from tests.agency.clerk_files import MORE_CLEAN
from tests.agency.clerk_more import MORE
from tests.agency.clerk_trouble import TROUBLE
from tests.agency.clerk_units import CLEAN
from tests.agency.clerks import Truth


def type_all(folder: Path, seed: int = 15) -> list[Truth]:
    """Type every file (clean ones first, then the troubled ones, then the habits that
    were once misread) into ``folder``."""
    rng = random.Random(seed)
    return [make(folder, rng) for make in CLEAN + MORE_CLEAN + TROUBLE + MORE]
