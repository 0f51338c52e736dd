"""Schema v6 (the register of departments' fill-in forms, issue 19): a version-5 database as
users have it is brought forward with a backup first, gains the empty forms table, keeps
every row it had and every report it could make."""

import datetime as dt
import shutil
from pathlib import Path

import sqlalchemy as sa

from eidroster.db import migrations
from eidroster.db.models import DepartmentForm
from eidroster.services.backup import backup_before_migration
from eidroster.services.database import open_database
from eidroster.services.summary import summary

from .sqlite_rows import inserts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TABLES = ("departments", "employees", "employment_events", "status_changes", "reasons",
          "reason_classes", "department_aliases", "report_exports", "settings")


def _rows(db, day):
    return [(d.name, d.counts.total, d.counts.with_reason) for d in summary(db, day).departments]


def test_older_file_gains_the_forms_table_and_keeps_its_reports(tmp_path):
    path = tmp_path / "v5.sqlite"
    shutil.copy(FIXTURES / "schema_v5.sqlite", path)
    with sa.create_engine(f"sqlite:///{path}").connect() as conn:
        before = {t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in TABLES}
    db = open_database(path, before_migrate=backup_before_migration)
    try:
        assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION >= 6
        with db.read() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(DepartmentForm)) == 0
            after = {t: s.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in TABLES}
        assert after == before
        # worked out by hand from the fixture: four people in Khoa Mẫu A (one on maternity
        # leave, a justified reason, from 06/02/2025), three in Khoa Mẫu B until one leaves
        # on 01/06/2025 and another joins on 05/01/2026; one person at level 2 from
        # 03/02/2025, the newcomer at level 1 from 06/01/2026
        assert _rows(db, dt.date(2025, 2, 10)) == [("Khoa Mẫu A", 4, 1), ("Khoa Mẫu B", 3, 0)]
        assert _rows(db, dt.date(2025, 7, 1)) == [("Khoa Mẫu A", 4, 1), ("Khoa Mẫu B", 2, 0)]
        assert _rows(db, dt.date(2026, 1, 6)) == [("Khoa Mẫu A", 4, 1), ("Khoa Mẫu B", 3, 0)]
        assert summary(db, dt.date(2025, 2, 2)).total.level2 == 0
        assert summary(db, dt.date(2025, 2, 3)).total.level2 == 1
        assert summary(db, dt.date(2026, 1, 6)).total.level1 == 1
        with db.write() as s:  # the new table takes a form, people by id only
            s.add(DepartmentForm(token="T" * 10, department_id=1, as_of=dt.date(2025, 2, 10),
                                 issued_at=dt.datetime(2025, 2, 10, 9), issued_by="test",
                                 file="phieu.xlsx", people=4, employee_ids="1,2,6,7"))
        with db.read() as s:
            assert s.scalar(sa.select(DepartmentForm.employee_ids)) == "1,2,6,7"
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1, "a backup is made before migrating"
    with sa.create_engine(f"sqlite:///{backups[0]}").connect() as conn:
        assert conn.execute(sa.text("SELECT version FROM schema_info")).scalar() == 5
        assert "department_forms" not in sa.inspect(conn).get_table_names()


def test_a_version_6_database_opens_as_it_is(tmp_path):
    """The fixture for the next migration: a version-6 file whose forms were used opens
    with none of its rows rewritten, and the forms panel's list reads it: one form returned
    with nothing to change, one not returned."""
    from eidroster.services.forms import list_forms

    path = tmp_path / "v6.sqlite"
    shutil.copy(FIXTURES / "schema_v6.sqlite", path)
    before = inserts(path, but="schema_info")
    made: list = []
    db = open_database(path, before_migrate=lambda *a, **k: made.append(a))
    try:
        assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION
        assert len(made) == (migrations.CURRENT_VERSION > 6)
        forms = {f.department: f for f in list_forms(db)}
        assert sorted(forms) == ["Khoa Mẫu A", "Khoa Mẫu B"]
        a, b = forms["Khoa Mẫu A"], forms["Khoa Mẫu B"]
        assert a.returned and a.batch_id is None and not a.undone and a.people == 4
        assert not b.returned and b.returned_at is None and b.people == 3
        assert a.as_of == b.as_of == dt.date(2026, 1, 7)
    finally:
        db.close()
    assert inserts(path, but="schema_info") == before

