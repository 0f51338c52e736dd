"""Schema v3 (dated employment, departments and classification): a version-2 database is
brought forward with its people's current values as their first events, and every report
it could have made keeps its numbers."""

import datetime as dt
import shutil
from pathlib import Path

import sqlalchemy as sa

from eidroster.db import migrations
from eidroster.services import reasons, roster
from eidroster.services.database import open_database
from eidroster.services.summary import not_level2_people, summary

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v2.sqlite"


def _open(tmp_path):
    path = tmp_path / "v2.sqlite"
    shutil.copy(FIXTURE, path)
    return open_database(path)


def _totals(db, day):
    t = summary(db, day).total
    return (t.total, t.none, t.level1, t.level2, t.with_reason, t.without_reason)


def test_people_get_their_first_events(tmp_path):
    db = _open(tmp_path)
    try:
        assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION
        with db.read() as s:
            events = s.execute(sa.text(
                "SELECT employee_id, kind, department_id, effective_date FROM employment_events "
                "ORDER BY employee_id, effective_date")).all()
            starts = dict(s.execute(sa.text("SELECT id, start_date FROM employees")).all())
        got = [(e, k, d, str(day)) for e, k, d, day in events]
        assert got == [
            (1, "join", 1, "2024-02-01"),  # no start date: the first status change's day
            (2, "join", 2, "2020-05-01"),  # its own start date
            (3, "join", 2, "2024-03-01"),  # the day it was entered (before its first status)
            (3, "leave", 2, "2024-05-20"),
            (4, "join", 3, "2024-06-01"),  # no status at all: the day it was entered
            (5, "join", 1, "2024-07-01"),
        ]
        assert str(starts[1]) == "2024-02-01" and str(starts[2]) == "2020-05-01"
    finally:
        db.close()


def test_reports_keep_their_numbers(tmp_path):
    db = _open(tmp_path)
    try:
        # total, none, level1, level2, with reason, without reason
        assert _totals(db, dt.date(2024, 3, 15)) == (3, 2, 1, 0, 2, 1)
        assert _totals(db, dt.date(2024, 4, 15)) == (3, 1, 1, 1, 2, 0)
        assert _totals(db, dt.date(2024, 5, 20)) == (2, 1, 0, 1, 1, 0)  # 3 has left
        assert _totals(db, dt.date(2024, 8, 1)) == (4, 3, 0, 1, 2, 1)
        # a reason re-classified after use keeps the old classification for that use
        pending = {p.employee_id: p.justified for p in not_level2_people(db, dt.date(2024, 4, 1))}
        assert pending == {1: False, 2: True, 3: True}
    finally:
        db.close()


def test_classification_is_dated_after_migration(tmp_path):
    db = _open(tmp_path)
    try:
        maternity = next(r for r in roster.list_reasons(db) if r.code == "maternity")
        reasons.reclassify_reason(db, maternity.id, False, from_date=dt.date(2024, 9, 1))
        assert _totals(db, dt.date(2024, 8, 1)) == (4, 3, 0, 1, 2, 1)  # before: unchanged
        assert _totals(db, dt.date(2024, 9, 1)) == (4, 3, 0, 1, 1, 2)  # person 2 now without
    finally:
        db.close()
