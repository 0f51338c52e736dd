"""Reconciling the roster with outside lists that hold every kind of difference: a master
file (names spelled otherwise, birth dates, statuses, another number, a leaver, another
department, people only on one side, unreadable rows), the police's list of activated
numbers, a department's own list; the command line's JSON and .xlsx."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl

from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.statuses import Status
from eidroster.services import roster
from eidroster.services.database import open_database
from eidroster.services.employment import mark_left
from eidroster.services.reconcile import DIFFERENT, reconcile
from tests.db_snapshot import everything
from tests.importer.corpus import write_xlsx

TODAY = dt.date.today()
HEADER = ["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng"]
PEOPLE = [
    # key, họ, đệm, tên, birth, gender, department, status
    ("same", "Trần", "Thị", "Mai", dt.date(1980, 3, 4), "F", "Khoa Nội", Status.LEVEL2),
    ("spelling", "Nguyễn", "Văn", "Ân", dt.date(1975, 6, 7), "M", "Khoa Nội", Status.LEVEL1),
    ("birth", "Lê", "Thu", "Hà", dt.date(1990, 1, 2), "F", "Khoa Nội", Status.SUBMITTED),
    ("status", "Phạm", "Minh", "Đức", dt.date(1985, 5, 5), "M", "Khoa Sản", Status.LEVEL1),
    ("no_number", "Võ", "Thị", "Hồng", dt.date(1992, 9, 9), "F", "Khoa Sản", Status.LEVEL2),
    ("other_number", "Đỗ", "Văn", "Hải", dt.date(1970, 12, 1), "M", "Khoa Sản",
     Status.NOT_REGISTERED),
    ("leaver", "Bùi", "Thị", "Lan", dt.date(1988, 8, 8), "F", "Khoa Nội", Status.LEVEL2),
    ("moved", "Hồ", "Quốc", "Việt", dt.date(1979, 4, 4), "M", "Khoa Nội", Status.LEVEL2),
    ("absent_noi", "Mai", "Thị", "Tuyết", dt.date(1995, 2, 3), "F", "Khoa Nội", Status.LEVEL1),
    ("absent_san", "Tạ", "Văn", "Bình", dt.date(1966, 7, 7), "M", "Khoa Sản", Status.LEVEL2),
]


def _roster(db):
    ids, numbers = {}, {}
    for n, (key, ho, dem, ten, birth, gender, dept, status) in enumerate(PEOPLE):
        number = make_cccd("079", birth.year, gender, 5000 + n)
        ids[key] = roster.add_employee(
            db, EmployeeInput(ho, dem, ten, dept, birth, gender, number,
                              start_date=dt.date(2020, 1, 1)),
            StatusInput(status, TODAY - dt.timedelta(days=5)))
        numbers[key] = number
    mark_left(db, ids["leaver"], TODAY - dt.timedelta(days=3))
    return ids, numbers


def _master_file(tmp_path, numbers):
    def row(key, **change):
        _k, ho, dem, ten, birth, gender, dept, status = next(p for p in PEOPLE if p[0] == key)
        from eidroster.domain.statuses import STATUS_LABEL_VI

        values = {"name": f"{ho} {dem} {ten}", "birth": birth.strftime("%d/%m/%Y"),
                  "number": numbers[key], "dept": dept, "status": STATUS_LABEL_VI[status]}
        values.update(change)
        return [values["name"], values["birth"], values["number"], values["dept"],
                values["status"]]

    rows = [
        row("same"),                                                     # 3
        row("spelling", name="Nguyễn Văn An"),                           # 4
        row("birth", birth="02/02/1990"),                                # 5
        row("status", status="Đã kích hoạt mức 2"),                      # 6
        row("no_number", number=None),                                   # 7
        row("other_number", number=make_cccd("079", 1970, "M", 999)),    # 8
        row("leaver"),                                                   # 9
        row("moved", dept="Khoa Sản"),                                   # 10
        ["Người Ngoài Danh Sách", "01/01/1991", make_cccd("001", 1991, "F", 42), "Khoa Nội",
         "Chưa đăng ký"],                                                # 11
        ["", "", "0791234", "Khoa Nội", "Chưa đăng ký"],                 # 12 unreadable
    ]
    return write_xlsx(tmp_path / "ho-so-nhan-su.xlsx",
                      [["DANH SÁCH CÁN BỘ (hồ sơ nhân sự)"], HEADER]
                      + [[i + 1, *r] for i, r in enumerate(rows)])


def test_every_kind_of_difference(db, tmp_path):
    ids, numbers = _roster(db)
    before = everything(db)
    result = reconcile(db, _master_file(tmp_path, numbers))
    assert everything(db) == before  # comparing changes nothing, not even the audit trail
    diff = {e.employee_id: e for e in result.different}
    fields = {key: [d.field for d in diff[ids[key]].differences] for key in
              ("spelling", "birth", "status", "other_number", "leaver", "moved")}
    assert fields == {"spelling": ["name"], "birth": ["birth_date"], "status": ["status"],
                      "other_number": ["id_number"], "leaver": ["employment"],
                      "moved": ["department"]}
    assert diff[ids["other_number"]].matched_by == "name_birth"
    assert diff[ids["spelling"]].matched_by == "id_number" and diff[ids["spelling"]].row == 4
    assert result.same == 2  # "same", and "no_number" found by name and birth date
    assert [e.row for e in result.only_in_file] == [11]
    assert {e.employee_id for e in result.only_in_roster} == {ids["absent_noi"],
                                                              ids["absent_san"]}
    assert {p.row for p in result.problems} == {12}
    out = result.as_dict()
    assert set(out) >= {"only_in_roster", "only_in_file", "different"}
    spelled = next(e for e in out[DIFFERENT] if e["employee_id"] == ids["spelling"])
    assert spelled == {"row": 4, "employee_id": ids["spelling"], "matched_by": "id_number",
                       "fields": ["name"], "file_values": {"name": "Nguyễn Văn An"}}
    text = json.dumps(out, ensure_ascii=False)
    for _key, ho, dem, ten, *_rest in PEOPLE:  # the roster's own spellings never appear
        if _key in ("absent_noi", "absent_san", "spelling"):
            assert f"{ho} {dem} {ten}" not in text
    assert numbers["absent_noi"] not in text


def test_police_list_of_activated_numbers(db, tmp_path):
    ids, numbers = _roster(db)
    path = write_xlsx(tmp_path / "cong-an.xlsx", [
        ["DANH SÁCH CÔNG DÂN ĐÃ KÍCH HOẠT TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC 2"],
        ["STT", "Số định danh cá nhân", "Kết quả"],
        [1, numbers["same"], "Mức 2"],
        [2, numbers["status"], "Mức 2"],  # the roster still says level 1
        [3, numbers["absent_san"], "Mức 2"],
    ])
    result = reconcile(db, path)
    assert result.columns == ("id_number", "status")
    assert result.same == 2
    assert [(e.employee_id, [d.field for d in e.differences]) for e in result.different] == [
        (ids["status"], ["status"])]
    # everyone active not on the police's list: not activated as far as they know
    assert {e.employee_id for e in result.only_in_roster} == {
        ids[k] for k in ("spelling", "birth", "no_number", "other_number", "moved",
                         "absent_noi")}


def test_a_department_list_against_that_department(db, tmp_path):
    ids, numbers = _roster(db)
    path = write_xlsx(tmp_path / "khoa-san.xlsx", [
        ["Họ và tên", "Ngày sinh", "Tình trạng"],
        ["Phạm Minh Đức", "05/05/1985", "Mức 1"],
        ["VO THI HONG", "09/09/1992", "Đã kích hoạt mức 2"],  # typed without marks
    ])
    result = reconcile(db, path, department="khoa san")
    assert result.department == "Khoa Sản"
    assert {e.employee_id for e in result.only_in_roster} == {
        ids["other_number"], ids["absent_san"]}  # only Khoa Sản's people
    [hong] = result.different
    assert hong.employee_id == ids["no_number"] and hong.matched_by == "name_birth"
    assert [d.field for d in hong.differences] == ["name"]


def test_command_line(tmp_path, db_path, run_cli):
    db = open_database(db_path)
    try:
        ids, numbers = _roster(db)
    finally:
        db.close()
    path = _master_file(tmp_path, numbers)
    out = tmp_path / "doi-chieu.xlsx"
    proc = run_cli("--db", db_path, "reconcile", path, "--json", "--xlsx", out)
    assert proc.returncode == 3, proc.stderr  # row 12 could not be read
    data = json.loads(proc.stdout)
    assert [e["row"] for e in data["only_in_file"]] == [11]
    assert all(e["row"] is None and e["employee_id"] for e in data["only_in_roster"])
    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=6)]
    kinds = [v[0] for v in values]
    assert kinds.count("Khác nhau") == 6 and kinds.count("Chỉ có trong tệp") == 1
    assert kinds.count("Chỉ có trong danh sách") == 2
    spelled = next(v for v in values if v[2] == ids["spelling"])
    assert spelled[3] == "Nguyễn Văn Ân" and spelled[4] == "Nguyễn Văn An"
    assert spelled[7].startswith("079") and "*" in spelled[7]
    text = run_cli("--db", db_path, "reconcile", path)
    assert text.returncode == 3
    assert "Chỉ có trong tệp: dòng 11" in text.stdout
    assert "Nguyễn" not in text.stdout and numbers["same"] not in text.stdout
    bad = run_cli("--db", db_path, "reconcile", path, "--department", "Khoa Không Có")
    assert bad.returncode == 1 and "Không có khoa/phòng" in bad.stderr
    missing = run_cli("--db", db_path, "reconcile", tmp_path / "khong-co.xlsx")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    kept = path.read_bytes()  # --xlsx naming the list itself: refused, the list kept
    over = run_cli("--db", db_path, "reconcile", path, "--xlsx",
                   path.parent / ".." / path.parent.name / path.name)
    assert over.returncode == 1 and "chính tệp đang đối chiếu" in over.stderr
    assert path.read_bytes() == kept and "Traceback" not in over.stderr
