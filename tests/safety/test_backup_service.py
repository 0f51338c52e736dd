"""Backups: before a change, at start-up (daily, rotated), readable and owner-only."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat

from eidroster.services import backup
from eidroster.services.database import count_rows


def _employees(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM employees").fetchone()[0]
    finally:
        con.close()


def test_backup_before_change_copies_live_database(demo_db):
    made = backup.backup_before_change(demo_db, "import")
    assert made is not None and made.parent == demo_db.path.parent / "backups"
    assert "-before-import-" in made.name
    assert _employees(made) == count_rows(demo_db, "employees") == 300
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700


def test_backup_before_change_rotates_per_label(db):
    for _ in range(backup.CHANGE_KEEP + 3):
        backup.backup_before_change(db, "import")
    backup.backup_before_change(db, "restore")
    names = [p.name for p in (db.path.parent / "backups").iterdir()]
    assert sum("-before-import-" in n for n in names) == backup.CHANGE_KEEP
    assert sum("-before-restore-" in n for n in names) == 1


def test_auto_backup_at_most_daily_and_rotated(db):
    day = dt.datetime(2026, 3, 1, 8, 0, 0)
    first = backup.auto_backup(db.path, keep=3, now=day)
    assert first is not None
    assert backup.auto_backup(db.path, keep=3, now=day + dt.timedelta(hours=5)) is None
    made = [first]
    for n in range(1, 6):
        made.append(backup.auto_backup(db.path, keep=3, now=day + dt.timedelta(days=n)))
    assert all(m is not None for m in made)
    left = sorted(p.name for p in (db.path.parent / "backups").iterdir())
    assert left == sorted(m.name for m in made[-3:])
    kinds = {b.kind for b in backup.list_backups(db.path)}
    assert kinds == {"auto"}
    assert backup.list_backups(db.path)[0].path == made[-1]


def test_auto_backup_without_database_does_nothing(tmp_path):
    assert backup.auto_backup(tmp_path / "missing.sqlite") is None
