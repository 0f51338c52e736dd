"""The command line contract: JSON keys, exit codes 0 / 3 / 1, --dry-run, --strict, template."""

from __future__ import annotations

import hashlib
import json

import openpyxl

from eidroster.domain.reasons import DEFAULT_REASONS
from eidroster.domain.statuses import STATUS_LABEL_VI, Status
from eidroster.services.database import open_database
from eidroster.services.roster import list_roster
from tests.importer.corpus import dmy, people, write_xlsx

HEADER = ["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng"]


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _roster(db_path):
    db = open_database(db_path)
    try:
        return list_roster(db)
    finally:
        db.close()


def test_json_output_and_exit_codes(tmp_path, db_path, run_cli):
    ps = people(5, seed=51)
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER] + [
        [i + 1, p.full_name, dmy(p.birth), p.cccd, p.dept, "Đã nộp hồ sơ"]
        for i, p in enumerate(ps[:3])])
    proc = run_cli("--db", db_path, "import", good, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert list(out)[:6] == ["rows_read", "added", "updated", "unchanged", "rejected", "warnings"]
    assert out["skipped"] == [] and out["conflicts"] == [] and out["as_of_source"] == "today"
    assert (out["rows_read"], out["added"], out["updated"], out["unchanged"], out["rejected"],
            out["warnings"]) == (3, 3, 0, 0, [], [])

    mixed_rows = [HEADER] + [[i + 1, p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 1"]
                             for i, p in enumerate(ps)]
    mixed_rows[5][3] = "0771234"  # row 6: a CCCD with 7 digits
    mixed = write_xlsx(tmp_path / "mixed.xlsx", mixed_rows)
    before = _digest(db_path)
    # --dry-run: the same numbers, nothing changed
    dry = run_cli("--db", db_path, "import", mixed, "--dry-run", "--json")
    assert dry.returncode == 3
    assert json.loads(dry.stdout)["updated"] == 3 and json.loads(dry.stdout)["added"] == 1
    assert _digest(db_path) == before
    # --strict: refused as a whole, exit 1, nothing changed
    strict = run_cli("--db", db_path, "import", mixed, "--strict")
    assert strict.returncode == 1
    assert "tệp bị từ chối (--strict): 1 dòng có lỗi" in strict.stderr
    assert "Dòng 6, cột D (Số CCCD): Số định danh cá nhân có 7 chữ số" in strict.stdout
    assert _digest(db_path) == before
    # normal: the valid rows go in, exit 3, the rejected row listed
    proc = run_cli("--db", db_path, "import", mixed, "--json")
    assert proc.returncode == 3, proc.stderr
    out = json.loads(proc.stdout)
    assert (out["rows_read"], out["added"], out["updated"], out["unchanged"]) == (5, 1, 3, 0)
    assert out["rejected"] == [{"row": 6, "column": "D (Số CCCD)",
                                "message": "Số định danh cá nhân có 7 chữ số; cần 12 chữ số (hoặc 9 với CMND cũ)"}]
    rows = _roster(db_path)
    assert len(rows) == 4 and all(r.status is Status.LEVEL1 for r in rows)
    # the text report names row, column and reason in Vietnamese
    text = run_cli("--db", db_path, "import", mixed)
    assert text.returncode == 3
    assert "Bị từ chối:       1" in text.stdout and "Không đổi:        4" in text.stdout


def test_template_has_drop_downs_and_round_trips(tmp_path, db_path, run_cli):
    out = tmp_path / "mau.xlsx"
    proc = run_cli("--db", db_path, "template", out)
    assert proc.returncode == 0, proc.stderr
    assert not db_path.exists()  # a template never creates a database
    wb = openpyxl.load_workbook(out)
    ws = wb["Danh sách"]
    assert [c.value for c in ws[3]][:11] == ["TT", "Họ và tên", "Ngày sinh", "Giới tính",
                                            "Số định danh cá nhân", "Khoa/phòng", "Chức danh", "Tình trạng", "Lý do",
                                            "Chính đáng", "Ghi chú"]
    validations = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert validations["H4:H1003"] == "'Danh mục'!$A$2:$A$8"
    assert validations["I4:I1003"] == f"'Danh mục'!$B$2:$B${len(DEFAULT_REASONS) + 1}"
    lists = wb["Danh mục"]
    assert [lists.cell(r, 1).value for r in range(2, 9)] == list(STATUS_LABEL_VI.values())
    assert lists.cell(2, 2).value == "Nghỉ thai sản" and lists.sheet_state == "hidden"

    # fill it in as a user would (choosing from the lists) and import it back
    ps = people(6, seed=52)
    statuses = list(Status)
    reasons = [lists.cell(r, 2).value for r in range(2, 13)]
    for i, p in enumerate(ps):
        status = statuses[i % len(statuses)]
        reason = reasons[i] if status not in (Status.LEVEL2,) else None
        values = [i + 1, p.full_name, p.birth, "Nam" if p.gender == "M" else "Nữ", p.cccd, p.dept,
                  p.title, STATUS_LABEL_VI[status], reason, None, f"ghi chú {i}"]
        for c, v in enumerate(values, 1):
            ws.cell(4 + i, c, v)
    wb.save(out)
    proc = run_cli("--db", db_path, "import", out, "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["added"] == 6
    got = {r.id_number: r for r in _roster(db_path)}
    for i, p in enumerate(ps):
        r = got[p.cccd]
        status = statuses[i % len(statuses)]
        assert (r.ho, r.dem, r.ten, r.birth_date, r.gender, r.department, r.title, r.status,
                r.note) == (p.ho, p.dem, p.ten, p.birth, p.gender, p.dept, p.title, status,
                            f"ghi chú {i}")
        assert r.reason == ("" if status is Status.LEVEL2 else reasons[i])
    again = run_cli("--db", db_path, "import", out, "--json")
    assert json.loads(again.stdout)["unchanged"] == 6
