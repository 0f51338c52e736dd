"""Random sequences of dated operations (imports with and without dates, transfers, leaves,
returns, re-classification, status changes, undo) never change a report for a date
before the operation's effective date; every report agrees with an independent count."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eidroster.services.database import open_database
from tests.history import sequences


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(sequences.ops, min_size=1, max_size=8))
def test_the_past_stays_as_it_was_sqlite(sequence):
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "h.sqlite")
        try:
            sequences.run(db, sequence)
        finally:
            db.close()
