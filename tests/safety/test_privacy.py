"""Privacy: owner-only files, encryption at rest, the retention purge, reveal/export audit."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat

import pytest

from eidroster.domain.errors import InputError, StorageError
from eidroster.services import privacy, retention, roster
from eidroster.services.audit import list_events
from eidroster.services.database import count_rows, open_database
from eidroster.services.settings import set_setting
from eidroster.services.summary import summary
from tests.safety.helpers import checkpoint, file_hash


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_wal_shm_backups_and_folders_are_owner_only(tmp_path, run_cli):
    folder = tmp_path / "new-folder"
    db = folder / "hr.sqlite"
    r = run_cli("--db", db, "demo", "--staff", "20")
    assert r.returncode == 0, r.stderr
    holder = sqlite3.connect(db)  # keep the -wal/-shm files alive while we look
    holder.execute("SELECT 1 FROM employees").fetchone()
    try:
        r = run_cli("--db", db, "backup", tmp_path / "b.sqlite")
        assert r.returncode == 0, r.stderr
        for p in (db, f"{db}-wal", f"{db}-shm", tmp_path / "b.sqlite"):
            assert _mode(p) == 0o600, p
        assert _mode(folder) == 0o700
    finally:
        holder.close()
    data_dir = os.environ["EIDROSTER_DATA_DIR"]
    r = run_cli("demo", "--staff", "5")  # the default database in the data folder
    assert r.returncode == 0, r.stderr
    assert _mode(data_dir) == 0o700
    assert _mode(os.path.join(data_dir, "eidroster.sqlite")) == 0o600


def test_encrypt_existing_database_cli(run_cli, tmp_path):
    db = tmp_path / "hr.sqlite"
    assert run_cli("--db", db, "demo", "--staff", "30", "--seed", "5").returncode == 0
    plain_summary = run_cli("--db", db, "summary", "--json").stdout
    old_backup = tmp_path / "backups" / "hr-auto-20260101-080000.sqlite"
    old_backup.parent.mkdir()
    assert run_cli("--db", db, "backup", old_backup).returncode == 0
    pw = tmp_path / "pw.txt"
    pw.write_text("một mật khẩu dài 'đủ\"\n", encoding="utf-8")
    os.chmod(pw, 0o644)
    r = run_cli("--db", db, "--passphrase-file", pw, "encrypt")
    assert r.returncode == 1 and "chmod 600" in r.stderr  # a world-readable key is refused
    os.chmod(pw, 0o600)
    r = run_cli("--db", db, "--passphrase-file", pw, "encrypt")
    assert r.returncode == 0, r.stderr
    assert "Đã mã hóa cơ sở dữ liệu" in r.stdout
    assert not db.read_bytes().startswith(b"SQLite format 3")
    name = b"Nguy\xe1\xbb\x85n"  # "Nguyễn" in UTF-8: in the plain file, never in the cipher
    assert name not in db.read_bytes()
    for backup in (tmp_path / "backups").iterdir():
        assert not backup.read_bytes().startswith(b"SQLite format 3"), backup
        assert _mode(backup) == 0o600

    r = run_cli("--db", db, "summary", "--json")
    assert r.returncode == 1 and "--passphrase-file" in r.stderr
    r = run_cli("--db", db, "--passphrase-file", pw, "summary", "--json")
    assert r.returncode == 0, r.stderr
    assert r.stdout == plain_summary
    bad = tmp_path / "bad.txt"
    bad.write_text("not the right passphrase\n")
    os.chmod(bad, 0o600)
    r = run_cli("--db", db, "--passphrase-file", bad, "summary")
    assert r.returncode == 1 and "sai mật khẩu" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("--db", db, "--passphrase-file", pw, "encrypt")
    assert r.returncode == 1 and "đã được mã hóa" in r.stderr

    # backups and restores keep working, encrypted with the same key
    out = tmp_path / "enc-copy.sqlite"
    assert run_cli("--db", db, "--passphrase-file", pw, "backup", out).returncode == 0
    assert not out.read_bytes().startswith(b"SQLite format 3")
    assert run_cli("--db", db, "--passphrase-file", pw, "demo", "--staff", "3").returncode == 0
    r = run_cli("--db", db, "--passphrase-file", pw, "restore", out)
    assert r.returncode == 0, r.stderr
    r = run_cli("--db", db, "--passphrase-file", pw, "summary", "--json")
    assert json.loads(r.stdout)["total"] == json.loads(plain_summary)["total"]
    # a plain backup never silently turns the encrypted database back into a plain one
    plain_copy = tmp_path / "plain-copy.sqlite"
    other = tmp_path / "plain.sqlite"
    assert run_cli("--db", other, "demo", "--staff", "3").returncode == 0
    r = run_cli("--db", other, "backup", plain_copy)
    assert r.returncode == 0, r.stderr
    before = db.read_bytes()
    r = run_cli("--db", db, "--passphrase-file", pw, "restore", plain_copy)
    assert r.returncode == 1 and "chưa mã hóa" in r.stderr
    assert db.read_bytes() == before


def test_encrypt_refuses_short_passphrase(db):
    with pytest.raises(InputError, match="quá ngắn"):
        privacy.encrypt_database(db.path, "short")


def roster_input(row, **changes):
    from eidroster.domain.employee import EmployeeInput

    base = dict(ho=row.ho, dem=row.dem, ten=row.ten, department=row.department,
                birth_date=row.birth_date, gender=row.gender, id_number=row.id_number,
                title=row.title, start_date=row.start_date, leave_date=row.leave_date)
    base.update(changes)
    return EmployeeInput(**base)


def _make_leavers(db, today):
    rows = [r for r in roster.list_roster(db) if r.leave_date is None and r.start_date
            and r.start_date <= today - dt.timedelta(days=400)]
    old, recent = rows[:25], rows[25:40]
    for r in old:
        roster.mark_left(db, r.id, today - dt.timedelta(days=200))
    for r in recent:
        roster.mark_left(db, r.id, today - dt.timedelta(days=10))
    return [r.id for r in old], [r.id for r in recent]


def test_purge_blanks_leavers_and_keeps_past_report_numbers(demo_db):
    today = dt.date.today()
    old, recent = _make_leavers(demo_db, today)
    assert len(old) == 25 and len(recent) == 15
    renamed = roster.get_row(demo_db, old[0])  # an edit puts the old and new name in the audit
    roster.update_employee(demo_db, renamed.id, roster_input(renamed, ten="Khanhvy"), renamed.version)
    with demo_db.read() as s:
        assert "Khanhvy" in json.dumps([e.detail for e in list_events(s)], ensure_ascii=False)
    days = [today - dt.timedelta(days=n) for n in (300, 201, 150, 30, 5, 0)]
    before = {d: summary(demo_db, d).as_dict() for d in days}

    set_setting(demo_db, "retention_months", "0")
    assert retention.purge_leavers(demo_db, today=today).cutoff is None  # 0 = keep
    set_setting(demo_db, "retention_days", "90")
    dry = retention.purge_leavers(demo_db, today=today, dry_run=True)
    assert dry.count >= 25 and set(old) <= set(dry.employee_ids)
    assert not set(recent) & set(dry.employee_ids)
    checkpoint(demo_db.path)
    result = retention.purge_leavers(demo_db, today=today)
    assert result.employee_ids == dry.employee_ids and result.backup is not None

    after = {d: summary(demo_db, d).as_dict() for d in days}
    assert after == before
    rows = {r.id: r for r in roster.list_roster(demo_db)}
    for i in old:
        r = rows[i]
        assert (r.ho, r.dem, r.ten, r.birth_date, r.id_number, r.gender) == ("", "", "", None, None, None)
        assert r.department and r.leave_date and r.start_date
        assert len(roster.history(demo_db, i)) >= 1  # status history kept
    for i in recent:
        assert rows[i].ten and rows[i].id_number
    with demo_db.read() as s:
        events = list_events(s, action="personal_data_purged")
    assert events[0].detail["count"] == result.count
    with demo_db.read() as s:
        audit_text = json.dumps([e.detail for e in list_events(s)], ensure_ascii=False)
    assert "Khanhvy" not in audit_text and renamed.ten not in audit_text.split('"')
    # a second purge finds nothing new
    assert retention.purge_leavers(demo_db, today=today).count == 0


def test_purge_cli_dry_run_changes_nothing(run_cli, tmp_path):
    db = tmp_path / "hr.sqlite"
    assert run_cli("--db", db, "demo", "--staff", "200", "--seed", "2").returncode == 0
    d = open_database(db)
    try:
        set_setting(d, "retention_days", "1")
        leavers = sum(1 for r in roster.list_roster(d) if r.leave_date and r.leave_date < dt.date.today())
    finally:
        d.close()
    assert leavers > 0
    checkpoint(db)
    before = file_hash(db)
    r = run_cli("--db", db, "purge", "--dry-run")
    assert r.returncode == 0 and "Chưa xóa gì" in r.stdout
    assert file_hash(db) == before
    r = run_cli("--db", db, "purge")
    assert r.returncode == 0 and "Đã xóa họ tên" in r.stdout, r.stderr


def test_reveal_and_export_are_audited(demo_db):
    emp = roster.list_roster(demo_db)[0]
    privacy.record_reveal(demo_db, emp.id)
    privacy.record_export(demo_db, "phu_luc_iv", "/tmp/x.xlsx", 12)
    with demo_db.read() as s:
        reveal = list_events(s, action="personal_data_revealed")[0]
        export = list_events(s, action="personal_data_exported")[0]
    assert reveal.entity_id == emp.id and reveal.user_name == "tester"
    assert export.detail == {"kind": "phu_luc_iv", "file": "/tmp/x.xlsx", "rows": 12}
    assert emp.id_number not in json.dumps(reveal.detail)


def test_open_with_wrong_passphrase_is_a_storage_error(tmp_path):
    path = tmp_path / "enc.sqlite"
    d = open_database(path, passphrase="first passphrase")
    d.close()
    with pytest.raises(StorageError, match="sai mật khẩu"):
        d2 = open_database(path, passphrase="another passphrase")
        count_rows(d2, "employees")


def test_encrypted_old_schema_is_backed_up_encrypted_then_migrated(run_cli, tmp_path):
    from pathlib import Path

    from eidroster.services.privacy import _export_encrypted

    v1 = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1.sqlite"
    plain = tmp_path / "v1.sqlite"
    plain.write_bytes(v1.read_bytes())
    db = tmp_path / "old.sqlite"
    _export_encrypted(plain, db, "an old passphrase")
    pw = tmp_path / "pw"
    pw.write_text("an old passphrase\n")
    os.chmod(pw, 0o600)
    r = run_cli("--db", db, "--passphrase-file", pw, "summary", "--json")
    assert r.returncode == 0, r.stderr
    made = list((tmp_path / "backups").glob("old-before-v*-from-v1-*.sqlite"))
    assert len(made) == 1 and not made[0].read_bytes().startswith(b"SQLite format 3")
