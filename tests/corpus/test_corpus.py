"""The bad-input corpus: every way in (import files, restore files, settings, command
line arguments, the edit dialog's values) gets a clear Vietnamese message and leaves
the database byte-for-byte as it was.

The command line is driven in-process through :func:`eidroster.cli.main` (the same
code as ``python -m eidroster``, without 40 interpreter start-ups); a few cases also run
as real processes in tests/safety."""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest

from eidroster.domain.text import join_name
from eidroster.services.database import open_database
from tests.corpus.generate import Case, import_cases, restore_cases
from tests.safety.helpers import demo_database, file_hash, run_main

VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def _is_vietnamese(text: str) -> bool:
    return any(ch in VIETNAMESE for ch in text.lower())


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("corpus")


@pytest.fixture(scope="module")
def base_db(corpus_dir) -> Path:
    return demo_database(corpus_dir / "base.sqlite", 50, 21)


_cli = run_main


# made when the tests are collected (the case names are the test ids), removed at exit
_CORPUS_DIR = tempfile.mkdtemp(prefix="eidroster-corpus-")
atexit.register(shutil.rmtree, _CORPUS_DIR, True)
IMPORT_CASES = import_cases(Path(_CORPUS_DIR))


def test_the_corpus_is_big_enough():
    assert len(IMPORT_CASES) >= 40
    assert {"refused", "rows", "accepted"} == {c.expect for c in IMPORT_CASES}


@pytest.mark.parametrize("case", IMPORT_CASES, ids=lambda c: c.name)
def test_import_corpus(case: Case, hr, capsys, tmp_path):
    before = file_hash(hr)
    if case.expect == "refused":
        code, out, err = _cli(capsys, "--db", hr, "import", case.path)
        assert code == 1, (out, err)
        assert err.startswith("Lỗi: ") and _is_vietnamese(err), err
        assert not case.words or any(w in err for w in case.words), err
    elif case.expect == "rows":
        code, out, err = _cli(capsys, "--db", hr, "import", case.path, "--strict")
        assert code == 1, (out, err)
        assert "Dòng " in out and "cột " in out, out  # names the row and the column
        assert "từ chối" in err and _is_vietnamese(out)
        assert not case.words or any(w in out for w in case.words), out
    else:
        code, out, err = _cli(capsys, "--db", hr, "import", case.path, "--dry-run")
        assert code == 0, (out, err)
        assert "không thay đổi gì" in out
    assert "Traceback" not in out + err
    assert file_hash(hr) == before, case.name
    if case.expect == "accepted" and case.words:
        scratch = tmp_path / "scratch.sqlite"
        shutil.copy(hr, scratch)
        code, out, err = _cli(capsys, "--db", scratch, "import", case.path)
        assert code == 0, (out, err)
        db = open_database(scratch)
        try:
            from eidroster.services.roster import list_roster

            stored = {join_name(r.ho, r.dem, r.ten) for r in list_roster(db)}
            stored |= {r.department for r in list_roster(db)}
        finally:
            db.close()
        for word in case.words:  # repaired on the way in: clean Vietnamese, no marks
            assert word in stored, (word, case.name)


@pytest.fixture(scope="module")
def good_backup(base_db, corpus_dir) -> Path:
    out = corpus_dir / "good-backup.sqlite"
    from eidroster.services.backup import online_backup

    return online_backup(base_db, out)


def test_restore_corpus(hr, good_backup, corpus_dir, capsys):
    cases = restore_cases(corpus_dir / "restore", good_backup)
    assert len(cases) >= 9
    before = file_hash(hr)
    for case in cases:
        code, out, err = _cli(capsys, "--db", hr, "restore", case.path)
        assert code == 1, (case.name, out, err)
        assert err.startswith("Lỗi: ") and _is_vietnamese(err), (case.name, err)
        assert any(w in err for w in case.words), (case.name, err)
        assert "Traceback" not in err
        assert file_hash(hr) == before, case.name
    assert not (hr.parent / "backups").exists()  # nothing was even backed up


SETTINGS_CASES = [
    ("unknown key", ("no_such_setting", "x"), 1, "Không có thiết lập"),
    ("key with NUL", ("unit\x00name", "x"), 1, "Không có thiết lập"),
    ("very long key", ("k" * 5000, "x"), 1, "Không có thiết lập"),
    ("value too long", ("unit_name", "BỆNH VIỆN " * 400), 1, "quá dài"),
    ("megabyte value", ("preparer", "x" * 1_048_576), 1, "quá dài"),
    ("date 31/02", ("target_date", "2026-02-31"), 1, "yyyy-mm-dd"),
    ("date in dd/mm", ("target_date", "31/12/2026"), 1, "yyyy-mm-dd"),
    ("date as words", ("target_date", "ngày mai"), 1, "yyyy-mm-dd"),
    ("negative retention", ("retention_days", "-5"), 1, "số nguyên"),
    ("retention as text", ("retention_days", "mười"), 1, "số nguyên"),
    ("retention enormous", ("retention_days", "99999999999"), 1, "số nguyên"),
    ("retention with formula", ("retention_days", "=1+1"), 1, "số nguyên"),
]


@pytest.mark.parametrize("case", SETTINGS_CASES, ids=lambda c: c[0])
def test_settings_corpus(case, hr, capsys):
    _name, (key, value), want_code, words = case
    before = file_hash(hr)
    code, out, err = _cli(capsys, "--db", hr, "settings", "set", key, value)
    assert code == want_code, (out, err)
    assert err.startswith("Lỗi: ") and words in err, err
    assert len(err) < 600  # the bad value is not echoed back at length
    assert file_hash(hr) == before


CLI_CASES = [
    ("impossible date", ("summary", "--as-of", "2026-02-31"), 2, ""),
    ("date in the wrong order", ("summary", "--as-of", "31/12/2026"), 2, ""),
    ("negative staff", ("demo", "--staff", "-5"), 1, "Số nhân viên"),
    ("staff as text", ("demo", "--staff", "năm"), 2, ""),
    ("audit limit 0", ("audit", "--limit", "0"), 2, ""),
    ("audit since garbage", ("audit", "--since", "\x00\x01"), 2, ""),
    ("unknown command", ("xoa-het",), 2, ""),
    ("restore without a file", ("restore",), 2, ""),
    ("backup over the database itself", ("backup", "{db}"), 1, "trùng"),
    ("backup into a missing folder", ("backup", "{tmp}/no/such/dir/x.sqlite"), 1, "không tồn tại"),
    ("import a missing file", ("import", "{tmp}/missing.xlsx"), 1, "Không tìm thấy"),
    ("backup over a file that is not a backup", ("backup", "{tmp}/short"), 1, "chọn tên khác"),
    ("export with a wrong extension", ("export", "phu-luc-iii", "{tmp}/out.odt"), 1, ""),
    ("passphrase file missing", ("--passphrase-file", "{tmp}/nope", "summary"), 1, "mật khẩu"),
    ("purge with unknown option", ("purge", "--all"), 2, ""),
    ("encrypt with a short passphrase file", ("encrypt", "--new-passphrase-file", "{tmp}/short"), 1,
     "quá ngắn"),
]


@pytest.mark.parametrize("case", CLI_CASES, ids=lambda c: c[0])
def test_command_line_corpus(case, hr, capsys, tmp_path):
    _name, args, want_code, words = case
    short = tmp_path / "short"
    short.write_text("abc\n")
    short.chmod(0o600)
    args = [a.replace("{db}", str(hr)).replace("{tmp}", str(tmp_path)) for a in args]
    before = file_hash(hr)
    code, out, err = _cli(capsys, "--db", hr, *args)
    assert code == want_code, (out, err)
    assert "Traceback" not in err
    assert _is_vietnamese(err) or "lỗi" in err.lower(), err
    if want_code == 1:
        assert err.startswith("Lỗi: ") and words in err, err
    assert file_hash(hr) == before


def test_the_whole_corpus_has_at_least_40_inputs():
    assert len(IMPORT_CASES) + 9 + len(SETTINGS_CASES) + len(CLI_CASES) + len(EDIT_CASES) >= 80


EDIT_CASES = [
    ("name with digits", {"name": "Nguyễn Văn 3"}, "ten"),
    ("name 500 chars", {"name": "Nguyễn " + "A" * 500}, "ten"),
    ("name with NUL", {"name": "Lê\x00Thị Hoa"}, None),
    ("formula as name", {"name": "=HYPERLINK(\"x\")"}, "ten"),
    ("31/02/1990", {"birth": "31/02/1990"}, "birth_date"),
    ("birth in the future", {"birth": "01/01/2199"}, "birth_date"),
    ("birth as text", {"birth": "hôm qua"}, "birth_date"),
    ("CCCD with letters", {"id_number": "07919O00I234"}, "id_number"),
    ("CCCD too long", {"id_number": "0791900012345678"}, "id_number"),
    ("CCCD of another person", {"id_number": "{other}"}, "id_number"),
    ("empty name", {"name": "   "}, "ten"),
    ("leave before start", {"start": "01/01/2020", "leave": "01/01/2019"}, "leave_date"),
]


@pytest.mark.parametrize("case", EDIT_CASES, ids=lambda c: c[0])
def test_edit_dialog_corpus(case, hr, qtbot):
    """The edit window: the problem is shown in Vietnamese, OK stays disabled, nothing saved."""
    from eidroster.services.roster import list_roster
    from eidroster.ui.employee_dialog import EmployeeDialog

    _name, values, field = case
    db = open_database(hr)
    try:
        rows = list_roster(db)
        row, other = rows[0], next(r for r in rows[1:] if r.id_number)
        before = file_hash(hr)
        dlg = EmployeeDialog(db, row, None, sorted({r.department for r in rows}))
        qtbot.addWidget(dlg)
        widgets = {"name": dlg.name, "birth": dlg.birth, "id_number": dlg.id_number,
                   "start": dlg.start, "leave": dlg.leave}
        for key, value in values.items():
            widgets[key].setText(value.replace("{other}", other.id_number))
        dlg.revalidate()
        if field is None:  # control characters are stripped, not refused
            assert "\x00" not in dlg.employee_input().ten + dlg.employee_input().dem
            return
        assert not dlg.ok_enabled(), values
        assert field in {p.field for p in dlg.current_problems()}
        assert _is_vietnamese(dlg.problems.text()), dlg.problems.text()
        dlg.accept()  # pressing Enter anyway changes nothing
        assert dlg.result() != dlg.DialogCode.Accepted
        assert file_hash(hr) == before
    finally:
        db.close()


def test_check_employee_directly_never_raises():
    from eidroster.domain.employee import EmployeeInput, check_employee

    for ho, dem, ten, birth, cccd in [
        ("", "", "", None, "\x00" * 12), ("A" * 10_000, "", "B", dt.date(1, 1, 1), "9" * 40),
        ("\u202e", "\u200f", "\ufeff", dt.date(9999, 12, 31), "٠١٢٣٤٥٦٧٨٩٠١"),
    ]:
        checked = check_employee(EmployeeInput(ho, dem, ten, "Khoa Nội", birth, None, cccd))
        assert not checked.ok
        assert all(_is_vietnamese(p.message) for p in checked.problems)


@pytest.mark.parametrize("make", ["_xml_bomb", "_xxe"])
def test_xml_bombs_are_refused_by_both_readers(make, tmp_path):
    """openpyxl (with defusedxml installed) refuses entity declarations; calamine does
    not expand them either. Neither ever inflates the billion laughs."""
    import openpyxl
    import python_calamine as pc
    from defusedxml.common import DefusedXmlException

    import tests.corpus.generate as gen

    path = getattr(gen, make)(tmp_path / "bomb.xlsx")
    with pytest.raises(Exception) as info:  # noqa: B017 - the cause is checked below
        openpyxl.load_workbook(path)
    chain, exc = [], info.value
    while exc is not None:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    assert any(isinstance(e, DefusedXmlException) for e in chain), chain
    with pytest.raises(Exception, match="entity"):  # noqa: B017 - calamine's own XmlError
        pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("DanhSach").to_python()
