"""The corpus tests' working database: a fresh copy of the module's ``base_db``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def hr(base_db, tmp_path) -> Path:
    path = tmp_path / "hr.sqlite"
    shutil.copy(base_db, path)
    return path
