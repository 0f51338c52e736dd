"""Issue 16's hostile inputs, kind by kind, run as a user would (real processes where a
hang is the danger, real files, real SQLite). The import-file kinds are in
:func:`tests.corpus.generate.hostile_import_cases` (run by test_corpus.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from eidroster.services.database import open_database
from tests.safety.helpers import demo_database, file_hash, integrity, run_main, scalar

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("hostile") / "base.sqlite", 40, 16,
                         unit_details=True)  # reports are refused until the unit's details are set


_cli = run_main


def _audit_count(path: Path) -> int:
    return scalar(path, "SELECT COUNT(*) FROM audit_events")


# ---------------------------------------------------------------- 1. paths

@pytest.mark.parametrize("folder", ["a#b", "q?x=1", "p%41d", "all #?% of them"])
def test_special_characters_in_database_paths(folder, base_db, tmp_path, capsys):
    """backup, the automatic backup before an import, restore and summary all work on
    the named file: never an empty backup, never a second database."""
    where = tmp_path / folder
    where.mkdir()
    db = where / "hr#1?.sqlite"
    shutil.copy(base_db, db)
    out = where / "copy#?.sqlite"
    code, o, e = _cli(capsys, "--db", db, "backup", out)
    assert code == 0, e
    assert scalar(out, "SELECT COUNT(*) FROM employees") == 40 and integrity(out) == "ok"
    code, o, e = _cli(capsys, "--db", db, "restore", "--check-only", out)
    assert code == 0 and "40 nhân viên" in o, e
    code, o, e = _cli(capsys, "--db", db, "restore", out)
    assert code == 0, e
    csv = where / "list#1.csv"
    csv.write_text("TT,Họ và tên,Ngày sinh,Khoa/phòng,Tình trạng\n1,Mới Văn Một,01/02/1990,"
                   "Khoa Nội,Chưa định danh\n", encoding="utf-8")
    code, o, e = _cli(capsys, "--db", db, "import", csv)
    assert code == 0, (o, e)
    before_import = sorted((where / "backups").glob("*before-import*"))
    assert before_import and scalar(before_import[-1], "SELECT COUNT(*) FROM employees") == 40
    assert scalar(db, "SELECT COUNT(*) FROM employees") == 41
    code, o, e = _cli(capsys, "--db", db, "summary")
    assert code == 0, e
    assert sorted(p.name for p in where.iterdir() if p.suffix == ".sqlite") == sorted(
        ["hr#1?.sqlite", "copy#?.sqlite"])  # no other database appeared


def test_empty_db_option_is_wrong_usage(capsys, tmp_path):
    for args in (("--db", "", "summary"), ("--db", "  ", "summary"),
                 ("--passphrase-file", "", "summary")):
        code, out, err = _cli(capsys, *args)
        assert code == 2, args
        assert "không được để trống" in err
    assert not any(Path(os.environ["EIDROSTER_DATA_DIR"]).glob("*.sqlite"))


def test_a_backup_that_does_not_read_back_is_not_reported(base_db, tmp_path, monkeypatch):
    """Verification after writing: a copy with a row missing is refused, no file left."""
    from eidroster.domain.errors import StorageError
    from eidroster.services import backup

    real = backup.copy_database

    def lossy(source, target, passphrase=None):
        counts = real(source, target, passphrase)
        con = sqlite3.connect(target)
        con.execute("DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)")
        con.commit()
        con.close()
        return counts

    monkeypatch.setattr(backup, "copy_database", lossy)
    with pytest.raises(StorageError, match="không khớp"):
        backup.online_backup(base_db, tmp_path / "out.sqlite")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- 2. not regular files

@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe.xlsx"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("args,words", [
    (("import", "{fifo}"), "đường ống"),
    (("restore", "{fifo}"), "đường ống"),
    (("restore", "--check-only", "{fifo}"), "đường ống"),
    (("backup", "{fifo}"), "đường ống"),
    (("aggregate", "{tmp}/out.xlsx", "{fifo}"), ""),
    (("--passphrase-file", "{fifo}", "summary"), "đường ống"),
    (("--passphrase-file", "/dev/zero", "summary"), "thiết bị"),
    (("export", "phu-luc-iv", "{tmp}/x.xlsx", "--password-file", "/dev/zero"), "thiết bị"),
    (("export", "phu-luc-iv", "{tmp}/x.xlsx", "--password-file", "{fifo}"), "đường ống"),
    (("export", "phu-luc-iv", "{fifo}"), "đường ống"),
    (("export", "phu-luc-iv", "{tmp}/folder.xlsx"), "thư mục"),
    (("export", "phu-luc-iii", "{tmp}/folder.xlsx"), "thư mục"),
    (("template", "{tmp}/folder.xlsx"), "thư mục"),
    (("import", "/dev/zero"), "thiết bị"),
    (("import", "{tmp}"), "thư mục"),
])
def test_pipes_devices_and_folders_are_refused_at_once(args, words, hr, fifo, tmp_path, run_cli):
    (tmp_path / "folder.xlsx").mkdir()
    args = [a.replace("{fifo}", str(fifo)).replace("{tmp}", str(tmp_path)) for a in args]
    before, audit = file_hash(hr), _audit_count(hr)
    r = run_cli("--db", hr, *args, timeout=60)  # a hang fails here instead of forever
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert r.stderr.startswith("Lỗi: ") and "Traceback" not in r.stderr, r.stderr
    assert words in r.stderr, r.stderr
    assert _audit_count(hr) == audit  # no Phụ lục IV export claimed
    assert file_hash(hr) == before
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # the pipe was not replaced by a file


def test_a_pipe_as_the_database_is_refused(fifo, run_cli):
    r = run_cli("--db", fifo, "summary", timeout=60)
    assert r.returncode == 1 and "đường ống" in r.stderr, r.stderr


def test_size_limits(tmp_path, hr, capsys):
    big = tmp_path / "pass.txt"
    big.write_bytes(b"x" * (65 * 1024))
    big.chmod(0o600)
    code, out, err = _cli(capsys, "--db", hr, "--passphrase-file", big, "summary")
    assert code == 1 and "quá lớn" in err


# ---------------------------------------------------------------- 3. restore

def _tamper(good: Path, target: Path, *sql: str) -> Path:
    shutil.copy(good, target)
    con = sqlite3.connect(target)
    con.executescript(";".join(sql))
    con.commit()
    con.close()
    return target


RESTORE_CASES = [
    ("right table names, wrong columns", (
        "PRAGMA foreign_keys=OFF", "ALTER TABLE employees RENAME TO old_e",
        "CREATE TABLE employees (id INTEGER PRIMARY KEY, x TEXT)", "DROP TABLE old_e"),
     "cấu trúc"),
    ("a column of another type", (
        "ALTER TABLE settings RENAME TO s2",
        "CREATE TABLE settings (key VARCHAR(100) PRIMARY KEY, value BLOB NOT NULL DEFAULT '')",
        "DROP TABLE s2"), "settings."),
    ("an extra column", ("ALTER TABLE reasons ADD COLUMN secret TEXT",), "cột lạ"),
    ("a missing index", ("DROP INDEX ix_status_emp_date",), "chỉ mục"),
    ("an extra table", ("CREATE TABLE spy (x)",), "bảng lạ"),
    ("a trigger", ("CREATE TRIGGER t AFTER INSERT ON audit_events BEGIN "
                   "DELETE FROM employees; END",), "trigger"),
    ("a view", ("CREATE VIEW v AS SELECT * FROM employees",), "view"),
    ("a 2.000-character unit name", (
        "INSERT OR REPLACE INTO settings VALUES ('unit_name', '" + "B" * 2000 + "')",),
     "unit_name"),
    ("230 recipients", ("INSERT OR REPLACE INTO settings VALUES ('recipients', '"
                        + "\n".join(f"Nơi {i};" for i in range(230)) + "')",), "recipients"),
    ("retention written with a superscript", (
        "INSERT OR REPLACE INTO settings VALUES ('retention_days', '²')",), "retention_days"),
    ("a control character in a setting", (
        "INSERT OR REPLACE INTO settings VALUES ('preparer', 'A' || char(27) || '[31m')",),
     "ký tự điều khiển"),
    ("schema version 0", ("UPDATE schema_info SET version = 0",), "phiên bản"),
]


@pytest.mark.parametrize("case", RESTORE_CASES, ids=lambda c: c[0])
def test_restore_checks_the_whole_schema_and_settings(case, base_db, hr, tmp_path, capsys):
    _name, sql, words = case
    bad = _tamper(base_db, tmp_path / "bad.sqlite", *sql)
    before = file_hash(hr)
    for check_only in (True, False):
        args = ("restore", "--check-only", bad) if check_only else ("restore", bad)
        code, out, err = _cli(capsys, "--db", hr, *args)
        assert code == 1, (out, err)
        assert err.startswith("Lỗi: ") and words in err, err
        assert len(err) < 700
    assert file_hash(hr) == before
    assert not (hr.parent / "backups").exists()


def test_old_schema_fixtures_still_restore(tmp_path, capsys):
    """The check builds each version's schema from the migrations: real old files pass."""
    fixtures = sorted((Path(__file__).parent.parent / "fixtures").glob("schema_v*.sqlite"))
    assert fixtures
    for fixture in fixtures:
        copy = tmp_path / fixture.name
        shutil.copy(fixture, copy)
        code, out, err = _cli(capsys, "--db", tmp_path / "hr.sqlite", "restore", "--check-only", copy)
        assert code == 0, (fixture.name, err)


def test_the_audit_trail_survives_a_restore(base_db, hr, tmp_path, capsys):
    backup = tmp_path / "morning.sqlite"
    assert _cli(capsys, "--db", hr, "backup", backup)[0] == 0
    assert _cli(capsys, "--db", hr, "export", "phu-luc-iv", tmp_path / "iv.xlsx")[0] == 0
    assert _cli(capsys, "--db", hr, "settings", "set", "target_date", "2026-12-31")[0] == 0
    code, out, err = _cli(capsys, "--db", hr, "restore", backup)
    assert code == 0, err
    assert "nhật ký" in out
    actions = [r[0] for r in sqlite3.connect(hr).execute(
        "SELECT action FROM audit_events ORDER BY id")]
    assert "personal_data_exported" in actions and "export_phu_luc_iv" in actions
    assert "setting_changed" in actions and actions[-1] == "database_restored"
    # the restored data is the backup's: the setting changed after it is not there
    assert scalar(hr, "SELECT COUNT(*) FROM settings WHERE key = 'target_date'") == 0
    # restoring the same backup again adds no duplicate entries
    n = _audit_count(hr)
    assert _cli(capsys, "--db", hr, "restore", backup)[0] == 0
    assert _audit_count(hr) == n + 1


# ---------------------------------------------------------------- 4. settings and layouts

SETTING_CASES = [
    ("unit_name", "BỆNH VIỆN " * 200, "quá dài"),
    ("recipients", "\\n".join(f"Nơi nhận {i};" for i in range(230)), "dòng"),
    ("signer_title", "A\\nB\\nC", "dòng"),
    ("retention_days", "²", "chữ số"),
    ("retention_days", "٣", "chữ số"),
    ("retention_days", "99999", "36.500"),
    ("target_date", "0001-01-01", "1900"),
]


@pytest.mark.parametrize("case", SETTING_CASES, ids=lambda c: f"{c[0]}:{c[1][:10]}")
def test_settings_are_validated_where_they_are_set(case, hr, capsys):
    key, value, words = case
    before = file_hash(hr)
    code, out, err = _cli(capsys, "--db", hr, "settings", "set", key, value)
    assert code == 1 and words in err and key in err, err
    assert file_hash(hr) == before


def test_every_report_renders_with_every_setting_at_its_limit(hr, tmp_path):
    from eidroster.reports.exports import (
        export_phu_luc_iii,
        export_phu_luc_iv,
        export_submission,
        export_summary,
    )
    from eidroster.services.settings import SETTINGS, set_settings

    db = open_database(hr)
    try:
        values = {}
        for d in SETTINGS:
            if d.kind in ("text", "multiline"):
                line = ("MẪU WĐ " * 100)[: d.max_len]
                values[d.key] = "\n".join([line] * d.max_lines)
        set_settings(db, values)
        for ext in ("pdf", "xlsx"):
            export_phu_luc_iii(db, tmp_path / f"iii.{ext}")
            export_phu_luc_iv(db, tmp_path / f"iv.{ext}")
        export_summary(db, tmp_path / "summary.pdf")
        export_submission(db, tmp_path / "sub")
    finally:
        db.close()
    assert (tmp_path / "iii.pdf").stat().st_size > 1000


def test_a_setting_too_long_for_the_page_is_named(hr, tmp_path, capsys):
    """A value saved by an older version (no limit then): the export says which setting
    to shorten instead of a LayoutError traceback; no file, no audit row."""
    con = sqlite3.connect(hr)
    con.execute("INSERT OR REPLACE INTO settings VALUES ('unit_name', ?)", ("BỆNH VIỆN " * 200,))
    con.commit()
    con.close()
    audit = _audit_count(hr)
    code, out, err = _cli(capsys, "--db", hr, "export", "phu-luc-iv", tmp_path / "iv.pdf")
    assert code == 1, (out, err)
    assert "unit_name" in err and "Tên đơn vị" in err and "Traceback" not in err, err
    assert not (tmp_path / "iv.pdf").exists() and _audit_count(hr) == audit


# ---------------------------------------------------------------- 6. messages

USAGE_CASES = [
    (("xoa-het",), "không có lựa chọn"),
    (("restore",), "thiếu tham số"),
    (("demo", "--staff", "năm"), "cần một số nguyên"),
    (("summary", "--bogus"), "không hiểu các tham số"),
    (("summary", "--as-of", "0001-01-01"), "1900"),
    (("export", "summary", "x.pdf", "--target", "9999-12-31"), "1900"),
    (("summary", "--as-of", "\x1b[2J\x1b[31m" + "9" * 5000), "YYYY-MM-DD"),
]


@pytest.mark.parametrize("case", USAGE_CASES, ids=lambda c: " ".join(c[0])[:30])
def test_usage_errors_in_vietnamese(case, hr, capsys):
    args, words = case
    code, out, err = _cli(capsys, "--db", hr, *args)
    assert code == 2
    assert words in err, err
    for english in ("invalid choice", "the following arguments", "invalid int value",
                    "unrecognized arguments", "usage:", "error:"):
        assert english not in err, err
    assert "\x1b" not in err and len(err) < 1500


def test_user_text_is_shown_without_control_characters_and_cut(hr, tmp_path, capsys):
    sheet = "Trang\x1b[31m" + "x" * 3000
    code, out, err = _cli(capsys, "--db", hr, "settings", "set", "k\x1b]0;owned\x07" + "y" * 5000, "v")
    assert code == 1 and "\x1b" not in err and "\x07" not in err and len(err) < 700
    csv = tmp_path / "list.csv"
    csv.write_text("Họ và tên,Ngày sinh\nAn,01/01/1990\n", encoding="utf-8")
    code, out, err = _cli(capsys, "--db", hr, "import", csv, "--sheet", sheet)
    assert code == 1 and "\x1b" not in err and len(err) < 700, err


def test_last_resort_handler_logs_without_personal_data(hr, capsys, monkeypatch):
    """An error nobody foresaw: a Vietnamese message with the log's path, the log in
    the data folder with the stack but not the exception's text (it may hold a name)."""
    import eidroster.commands.summary as summary_cmd

    def broken(ctx):
        raise ValueError("Nguyễn Văn Bí mật 079190000123")

    monkeypatch.setattr(summary_cmd, "run", broken)  # register() reads it when the parser is built
    code, out, err = _cli(capsys, "--db", hr, "summary", "--as-of", "2024-01-02")
    assert code == 1 and err.startswith("Lỗi: ") and "Traceback" not in err
    logs = list((Path(os.environ["EIDROSTER_DATA_DIR"]) / "logs").glob("*.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    text = logs[0].read_text(encoding="utf-8")
    assert "ValueError" in text and "broken" in text and "--as-of" in text
    assert "Nguyễn" not in text and "079190000123" not in text and "2024-01-02" not in text
    assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600


def test_no_display_gives_a_vietnamese_message_not_an_abort(hr, run_cli):
    env = {"DISPLAY": ":97", "QT_QPA_PLATFORM": ""}
    r = run_cli("--db", hr, env=env, timeout=60)
    assert r.returncode == 1, (r.returncode, r.stderr)  # not -6 (SIGABRT)
    assert "không có màn hình" in r.stderr and ":97" in r.stderr


def test_a_250_byte_file_name_is_written(hr, tmp_path, capsys):
    name = "báo-cáo-" + "x" * 235 + ".xlsx"
    assert len(name.encode()) == 250
    code, out, err = _cli(capsys, "--db", hr, "export", "phu-luc-iii", tmp_path / name)
    assert code == 0, err
    backup = "sao-lưu-" + "y" * 234 + ".sqlite"
    assert len(backup.encode()) == 250
    code, out, err = _cli(capsys, "--db", hr, "backup", tmp_path / backup)
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("hr")) == sorted(
        [name, backup])


# ---------------------------------------------------------------- 8. permissions

@pytest.mark.parametrize("mode", [0o2775, 0o755, 0o555])
def test_backup_never_changes_the_permissions_of_the_users_folder(mode, hr, tmp_path, capsys):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(mode)
    try:
        code, out, err = _cli(capsys, "--db", hr, "backup", folder / "copy.sqlite")
        assert stat.S_IMODE(folder.stat().st_mode) == mode
        if mode == 0o555 and not IS_ROOT:
            assert code == 1 and "quyền" in err
        else:
            assert code == 0, err
            assert stat.S_IMODE((folder / "copy.sqlite").stat().st_mode) == 0o600
    finally:
        folder.chmod(0o755)


def test_opening_and_encrypting_keep_the_database_folders_permissions(base_db, tmp_path, capsys):
    pytest.importorskip("sqlcipher3")
    folder = tmp_path / "group"
    folder.mkdir()
    folder.chmod(0o2770)
    db = folder / "hr.sqlite"
    shutil.copy(base_db, db)
    key = tmp_path / "key"
    key.write_text("một mật khẩu đủ dài 2026\n", encoding="utf-8")
    key.chmod(0o600)
    assert _cli(capsys, "--db", db, "summary")[0] == 0
    code, out, err = _cli(capsys, "--db", db, "encrypt", "--new-passphrase-file", key)
    assert code == 0, err
    assert stat.S_IMODE(folder.stat().st_mode) == 0o2770
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700  # the folder it made


def test_the_data_folder_is_made_owner_only_but_an_existing_one_is_left(tmp_path, monkeypatch):
    from eidroster.paths import data_dir

    new = tmp_path / "new" / "data"
    monkeypatch.setenv("EIDROSTER_DATA_DIR", str(new))
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    existing = tmp_path / "existing"
    existing.mkdir(mode=0o755)
    existing.chmod(0o755)
    monkeypatch.setenv("EIDROSTER_DATA_DIR", str(existing))
    data_dir()
    assert stat.S_IMODE(existing.stat().st_mode) == 0o755


def test_a_killed_backups_temporary_file_is_cleaned_up(tmp_path):
    """Temporary backup names are hidden and carry a random part (to fit 255 bytes);
    the stale-file sweep still finds them."""
    from eidroster.services.backup import remove_stale_temp_files, temp_name

    db = tmp_path / "hr.sqlite"
    (tmp_path / "backups").mkdir()
    left = temp_name(tmp_path / "backups" / "hr-before-restore-20260101-000000.sqlite")
    left.write_bytes(b"half a copy")
    assert remove_stale_temp_files(db, older_than=3600) == []  # maybe still being written
    assert remove_stale_temp_files(db, older_than=0) == [left] and not left.exists()
