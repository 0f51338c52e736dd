"""Every readable format, legacy encodings, and the files that must be refused."""

from __future__ import annotations

import hashlib

import pytest

from eidroster.domain.errors import InputError
from eidroster.domain.statuses import Status
from eidroster.io.legacy import TCVN3, VNI, from_unicode
from eidroster.io.spreadsheet import read_sheet, sheet_names
from eidroster.services.importer import load_table
from tests.importer.corpus import (
    dmy,
    encode_cp1258,
    encrypt_xlsx,
    people,
    write_ods,
    write_xls,
    write_xlsx,
)

HEADER = ["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng"]


def _rows(ps, dates_as_text=False):
    return [HEADER] + [[i + 1, p.full_name, dmy(p.birth) if dates_as_text else p.birth, p.cccd,
                        p.dept, "Mức 2" if i % 2 else "Chưa định danh"] for i, p in enumerate(ps)]


def _check(roster, ps):
    got = roster()
    assert len(got) == len(ps)
    for i, p in enumerate(ps):
        row = got[p.cccd]
        assert (row.ho, row.dem, row.ten, row.birth_date, row.department) == (
            p.ho, p.dem, p.ten, p.birth, p.dept)
        assert row.status is (Status.LEVEL2 if i % 2 else Status.NOT_REGISTERED)


def test_xls(tmp_path, do_import, roster):
    ps = people(4, seed=31)
    result = do_import(write_xls(tmp_path / "old.xls", _rows(ps)))
    assert (result.added, result.rejected) == (4, [])
    _check(roster, ps)


def test_ods(tmp_path, do_import, roster):
    ps = people(4, seed=32)
    assert do_import(write_ods(tmp_path / "lo.ods", _rows(ps))).added == 4
    _check(roster, ps)


def test_xlsm_with_formula_gives_cached_value(tmp_path, do_import, roster):
    import openpyxl

    ps = people(2, seed=33)
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in _rows(ps):
        ws.append(row)
    ws["F2"] = '=IF(1=1,"Mức 2","Chưa")'  # no cached value: openpyxl never computes one
    path = tmp_path / "macro.xlsm"
    wb.save(path)
    # a formula cell without a cached value reads as empty: nothing is evaluated
    assert read_sheet(path).rows[1][5] is None
    result = do_import(path)
    assert result.added == 2
    assert roster()[ps[0].cccd].status is Status.NOT_REGISTERED  # no status recorded


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ","), ("utf-8", ";"),
                                                     ("cp1258", ";"), ("utf-8", "\t")])
def test_csv_encodings_and_delimiters(tmp_path, do_import, roster, encoding, delimiter):
    ps = people(3, seed=34)
    text = "\r\n".join(delimiter.join(str(v) for v in row) for row in _rows(ps, True)) + "\r\n"
    data = encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    assert do_import(path).added == 3
    _check(roster, ps)


@pytest.mark.parametrize("kind", [TCVN3, VNI])
def test_legacy_encodings_are_converted(tmp_path, do_import, roster, kind):
    ps = [p for p in people(12, seed=35) if p.ten[0] not in "ÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"][:5]
    rows = [[from_unicode(v, kind) if isinstance(v, str) else v for v in row]
            for row in [["DANH SÁCH NHÂN VIÊN"]] + _rows(ps, True)]
    path = write_xlsx(tmp_path / f"{kind}.xlsx", rows)
    loaded = load_table(path)
    assert loaded.legacy == kind
    result = do_import(path)
    assert (result.added, result.rejected) == (5, [])
    assert "bảng mã cũ" in result.warnings[0].message
    _check(roster, ps)


def test_utf8_read_as_ansi_mojibake_is_refused(tmp_path):
    ps = people(4, seed=36)
    rows = [[v.encode("utf-8").decode("cp1252", errors="replace") if isinstance(v, str) else v
             for v in row] for row in _rows(ps, True)]
    rows[0] = HEADER
    path = write_xlsx(tmp_path / "moji.xlsx", rows)
    with pytest.raises(InputError, match="lỗi mã"):
        load_table(path)


# ---------------------------------------------------------------- refused files (CLI)

def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused_files(tmp_path):
    ps = people(3, seed=37)
    good = write_xlsx(tmp_path / "good.xlsx", _rows(ps))
    data = good.read_bytes()
    files = {}
    (tmp_path / "notes.xlsx").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n")
    files["notes.xlsx"] = "không phải bảng tính"
    encrypt_xlsx(good, tmp_path / "secret.xlsx")
    files["secret.xlsx"] = "được bảo vệ bằng mật khẩu"
    write_xlsx(tmp_path / "empty.xlsx", [])
    files["empty.xlsx"] = "trống"
    write_xlsx(tmp_path / "noheader.xlsx", [["Bảng chấm công tháng 11"], ["a", "b", "c"], [1, 2, 3]])
    files["noheader.xlsx"] = "không có dòng tiêu đề cột nhận ra được"
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) * 2 // 3])
    files["cut.xlsx"] = "bị hỏng hoặc không đầy đủ"
    (tmp_path / "zero.csv").write_bytes(b"")
    files["zero.csv"] = "trống (0 byte)"
    return files


def test_refused_files_exit_1_with_a_message_and_the_database_unchanged(tmp_path, db_path, run_cli):
    ps = people(2, seed=38)
    base = write_xlsx(tmp_path / "base.xlsx", _rows(ps))
    assert run_cli("--db", db_path, "import", base).returncode == 0
    before = _digest(db_path)
    files = _refused_files(tmp_path)
    for name, expected in files.items():
        proc = run_cli("--db", db_path, "import", tmp_path / name, "--json")
        assert proc.returncode == 1, (name, proc.stderr)
        assert proc.stderr.startswith("Lỗi: "), name
        assert expected in proc.stderr, (name, proc.stderr)
        assert name in proc.stderr  # the message names the file
        assert "Traceback" not in proc.stderr
        assert proc.stdout == ""
    assert _digest(db_path) == before


def test_sheet_names_and_unknown_sheet(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", _rows(people(1, seed=39)), title="Khoa Nội",
                      extra={"Khoa Ngoại": [["x"]]})
    assert sheet_names(path) == ["Khoa Nội", "Khoa Ngoại"]
    with pytest.raises(InputError, match='không có trang "Khoa Sản"; các trang có: "Khoa Nội", "Khoa Ngoại"'):
        read_sheet(path, "Khoa Sản")
    assert read_sheet(path, "khoa ngoại").name == "Khoa Ngoại"


def _ansi(text: str) -> str | None:
    """UTF-8 bytes shown as Windows-1252, or None when cp1252 lacks one of the bytes."""
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None


def test_utf8_read_as_ansi_is_repaired_when_nothing_was_lost(tmp_path, do_import, roster):
    ps = [p for p in people(40, seed=40)
          if _ansi(p.full_name) and _ansi(p.dept)][:4]
    assert len(ps) == 4
    rows = [[(_ansi(v) if isinstance(v, str) else v) for v in row] for row in _rows(ps, True)]
    rows[0] = HEADER
    result = do_import(write_xlsx(tmp_path / "moji-ok.xlsx", rows))
    assert (result.added, result.rejected) == (4, [])
    assert "khôi phục" in result.warnings[0].message
    _check(roster, ps)


@pytest.mark.parametrize("kind", [TCVN3, VNI])
def test_legacy_csv_saved_as_ansi_is_converted(tmp_path, do_import, roster, kind):
    ps = [p for p in people(12, seed=41) if p.ten[0] not in "ÁÀẢÃẠÉÈÍÌÓÒÚÙÝỐỒỨỪẤẦẮẰẾỀ"][:3]
    text = "\r\n".join(";".join(from_unicode(str(v), kind) for v in row)
                       for row in _rows(ps, True)) + "\r\n"
    path = tmp_path / f"{kind}.csv"
    path.write_bytes(text.encode("cp1252"))
    result = do_import(path)
    assert (result.added, result.rejected) == (3, [])
    _check(roster, ps)


def _with_cached_value(path, cell: str, cached: str) -> None:
    """Give a formula cell the cached result Excel would have saved (openpyxl writes none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    # openpyxl writes "<v />" with its own XML writer, "<v></v>" when lxml is installed
    xml, n = re.subn(rf'<c r="{cell}"><f>(.*?)</f>(?:<v\s*/>|<v></v>)',
                     lambda m: f'<c r="{cell}" t="str"><f>{m[1]}</f><v>{cached}</v>', xml)
    assert n == 1
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def test_formula_cells_give_their_cached_value_never_evaluated(tmp_path, do_import, roster):
    import openpyxl

    ps = people(2, seed=42)
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in _rows(ps, True):
        ws.append(row)
    # the formula would give "Mức 2"; Excel last saved "Mức 1": the cached value counts
    ws["F2"] = '=IF(1=1,"Mức 2","Chưa")'
    path = tmp_path / "formula.xlsm"
    wb.save(path)
    _with_cached_value(path, "F2", "Mức 1")
    assert read_sheet(path).rows[1][5] == "Mức 1"
    assert do_import(path).added == 2
    assert roster()[ps[0].cccd].status is Status.LEVEL1
