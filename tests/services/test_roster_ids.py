"""Re-reading rows by id (after a bulk change) gives the rows a full read gives, in its
order, whatever the number of ids per query."""

from __future__ import annotations

import random

from eidroster.services import roster


def test_rows_by_id_match_the_full_read_in_any_chunking(demo_db, monkeypatch):
    everyone = roster.list_roster(demo_db)
    some = random.Random(4).sample([r.id for r in everyone], 150)
    expected = [r for r in everyone if r.id in set(some)]
    for per_query in (roster.IDS_PER_QUERY, 7, 1):
        monkeypatch.setattr(roster, "IDS_PER_QUERY", per_query)
        assert roster.list_roster(demo_db, ids=some) == expected, per_query
        assert roster.list_roster(demo_db, ids=[*some, *some]) == expected  # repeated ids
