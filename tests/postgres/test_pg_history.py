"""The history property on PostgreSQL: random sequences of dated operations never
change a report for a date before the operation's effective date."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eidroster.services.database import open_database
from tests.history import sequences

pytestmark = pytest.mark.postgres


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(sequence=st.lists(sequences.ops, min_size=1, max_size=8))
def test_the_past_stays_as_it_was_postgres(pg_server, pg_template, sequence):
    name = pg_server.create_database("hist", template=pg_template)
    db = open_database(pg_server.url(name))
    try:
        sequences.run(db, sequence)
    finally:
        db.close()
        pg_server.drop_database(name)
