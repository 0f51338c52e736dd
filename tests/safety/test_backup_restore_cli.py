"""``backup`` / ``restore`` from the command line, with real processes and files."""

from __future__ import annotations

import sqlite3
import stat

from tests.safety.helpers import checkpoint, file_hash, integrity, scalar


def _demo(run_cli, db, staff=40):
    r = run_cli("--db", db, "demo", "--staff", str(staff), "--seed", "3")
    assert r.returncode == 0, r.stderr


def test_backup_then_restore_brings_back_the_old_state(run_cli, tmp_path):
    db = tmp_path / "hr.sqlite"
    _demo(run_cli, db)
    out = tmp_path / "copy.sqlite"
    r = run_cli("--db", db, "backup", out)
    assert r.returncode == 0, r.stderr
    assert "Đã sao lưu 40 nhân viên" in r.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert integrity(out) == "ok" and scalar(out, "SELECT COUNT(*) FROM employees") == 40
    assert not (tmp_path / "copy.sqlite-wal").exists()  # a single self-contained file

    _demo(run_cli, db)  # 40 more after the backup
    assert scalar(db, "SELECT COUNT(*) FROM employees") == 80

    r = run_cli("--db", db, "restore", out)
    assert r.returncode == 0, r.stderr
    assert "Đã khôi phục 40 nhân viên" in r.stdout
    assert scalar(db, "SELECT COUNT(*) FROM employees") == 40
    kept = sorted((tmp_path / "backups").glob("hr-before-restore-*.sqlite"))
    assert len(kept) == 1 and scalar(kept[0], "SELECT COUNT(*) FROM employees") == 80
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600

    r = run_cli("--db", db, "audit", "--json", "--action", "database_restored")
    assert r.returncode == 0 and '"database_restored"' in r.stdout
    r = run_cli("--db", db, "audit", "--action", "personal_data_exported")
    # the backup export was recorded before the restore replaced the file, and the
    # replaced database (with that record) is kept: the restored one starts clean
    assert r.returncode == 0
    assert scalar(kept[0], "SELECT COUNT(*) FROM audit_events WHERE action='personal_data_exported'") == 1


def test_restore_refuses_bad_files_and_changes_nothing(run_cli, tmp_path):
    db = tmp_path / "hr.sqlite"
    _demo(run_cli, db, 20)
    checkpoint(db)
    before = file_hash(db)

    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    good = tmp_path / "good.sqlite"
    assert run_cli("--db", db, "backup", good).returncode == 0
    checkpoint(db)
    before = file_hash(db)
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(good.read_bytes()[:5000])
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE schema_info SET version = 99")
    con.commit()
    con.close()
    text = tmp_path / "notes.sqlite"
    text.write_text("đây không phải CSDL\n" * 100, encoding="utf-8")

    cases = {
        other: "không phải của eidroster",
        truncated: "cắt cụt",
        newer: "mới hơn",
        text: "không phải cơ sở dữ liệu SQLite",
        tmp_path / "missing.sqlite": "Không tìm thấy",
        tmp_path: "thư mục",
    }
    for path, words in cases.items():
        r = run_cli("--db", db, "restore", path)
        assert r.returncode == 1, (path, r.stdout, r.stderr)
        assert r.stderr.startswith("Lỗi: ") and words in r.stderr, (path, r.stderr)
        assert "Traceback" not in r.stderr
        assert file_hash(db) == before, path
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").glob("*restore*"))


def test_restore_refused_while_another_program_has_the_database_open(run_cli, tmp_path):
    db = tmp_path / "hr.sqlite"
    _demo(run_cli, db, 10)
    good = tmp_path / "good.sqlite"
    assert run_cli("--db", db, "backup", good).returncode == 0
    holder = sqlite3.connect(db)
    holder.execute("SELECT COUNT(*) FROM employees").fetchone()
    try:
        r = run_cli("--db", db, "restore", good)
    finally:
        holder.close()
    assert r.returncode == 1
    assert "đang được một chương trình khác" in r.stderr and "Chưa có gì bị thay đổi" in r.stderr
    assert integrity(db) == "ok"


def test_damaged_database_names_the_latest_good_backup(run_cli, tmp_path):
    db = tmp_path / "hr.sqlite"
    _demo(run_cli, db, 30)
    (tmp_path / "backups").mkdir()
    r = run_cli("--db", db, "backup", tmp_path / "backups" / "hr-auto-20260101-080000.sqlite")
    assert r.returncode == 0, r.stderr
    checkpoint(db)
    data = bytearray(db.read_bytes())
    for off in range(4096, len(data), 4096):  # wipe every page after the first
        data[off:off + 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))
    r = run_cli("--db", db, "summary")
    assert r.returncode == 1
    assert "hỏng" in r.stderr and "Traceback" not in r.stderr
    assert "hr-auto-20260101-080000.sqlite" in r.stderr and "restore" in r.stderr
    r = run_cli("--db", db, "restore", tmp_path / "backups" / "hr-auto-20260101-080000.sqlite")
    assert r.returncode == 0, r.stderr
    assert scalar(db, "SELECT COUNT(*) FROM employees") == 30
    damaged = list((tmp_path / "backups").glob("hr-damaged-*.bin")) + list(
        (tmp_path / "backups").glob("hr-before-restore-*.sqlite"))
    assert len(damaged) == 1  # the damaged file is kept, never silently thrown away
