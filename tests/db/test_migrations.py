"""Every past schema version opens and is brought forward without losing anything."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from eidroster.db import migrations
from eidroster.db.models import Base
from eidroster.domain.errors import StorageError
from eidroster.domain.text import fold, name_sort_key
from eidroster.services.backup import backup_before_migration
from eidroster.services.database import open_database
from eidroster.services.summary import summary

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAST_VERSIONS = sorted(int(p.stem.rsplit("_v", 1)[1]) for p in FIXTURES.glob("schema_v*.sqlite"))


def test_there_is_a_fixture_for_every_version():
    """One per version, the current one included (made when the version lands): the next
    migration's test starts from it."""
    assert PAST_VERSIONS == list(range(1, migrations.CURRENT_VERSION + 1))


@pytest.mark.parametrize("version", [1])
def test_past_version_migrates_with_data_intact(version, tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite", path)
    db = open_database(path, before_migrate=backup_before_migration)
    try:
        assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION
        with db.read() as s:
            rows = s.execute(sa.text(
                "SELECT ho, dem, ten, sort_key, search_key FROM employees ORDER BY id")).all()
        assert len(rows) == 3
        for ho, dem, ten, sort_key, search_key in rows:
            assert sort_key == name_sort_key(ho, dem, ten)
            assert search_key == fold(f"{ho} {dem} {ten}")
        # the history still rebuilds past reports: on 2023-10-10 nobody is at level 2
        before = summary(db, dt.date(2023, 10, 10))
        assert (before.total.total, before.total.level2, before.total.with_reason) == (3, 0, 1)
        after = summary(db, dt.date(2023, 10, 25))  # employee 3 has left on 2023-10-20
        assert (after.total.total, after.total.level2) == (2, 1)
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1, "a backup is made before migrating"
    probe = sa.create_engine(f"sqlite:///{backups[0]}")
    with probe.connect() as conn:
        assert conn.execute(sa.text("SELECT version FROM schema_info")).scalar() == version
    probe.dispose()


def test_models_match_the_migrated_schema(db):
    insp = sa.inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        actual = {c["name"] for c in insp.get_columns(table.name)}
        assert actual == {c.name for c in table.columns}, table.name


def test_new_database_is_seeded_and_current(db):
    assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION
    with db.read() as s:
        assert s.execute(sa.text("SELECT COUNT(*) FROM reasons")).scalar() >= 10


def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    db = open_database(path)
    with db.write() as s:
        s.execute(sa.text("UPDATE schema_info SET version = 99"))
    db.close()
    with pytest.raises(StorageError, match="mới hơn chương trình"):
        open_database(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE t (x INTEGER)"))
    engine.dispose()
    with pytest.raises(StorageError, match="không phải là cơ sở dữ liệu của eidroster"):
        open_database(path)


def test_not_a_database_file_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("hello, not sqlite")
    with pytest.raises(StorageError, match="không phải cơ sở dữ liệu SQLite"):
        open_database(path)
    assert path.read_text() == "hello, not sqlite"


def test_migration_step_is_all_or_nothing(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_v1.sqlite", path)

    def broken(conn):
        conn.execute(sa.text("ALTER TABLE employees ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''"))
        raise RuntimeError("power cut")

    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    engine = sa.create_engine(f"sqlite:///{path}")
    cols = {c["name"] for c in sa.inspect(engine).get_columns("employees")}
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version FROM schema_info")).scalar() == 1
    engine.dispose()
    assert "sort_key" not in cols, "the half-done step was rolled back"
