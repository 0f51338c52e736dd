"""A corpus of messy generated files, each with the exact result expected after import."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.domain.statuses import Status
from eidroster.io.spreadsheet import sheet_names
from eidroster.services.importer import load_table, preview_import
from eidroster.services.roster import history
from tests.importer.conftest import IMPORT_DAY
from tests.importer.corpus import dmy, people, write_xlsx


def test_title_rows_two_row_header_gender_by_column_ticks_and_trailer(tmp_path, do_import, roster):
    ps = people(6, seed=11)
    rows = [
        ["SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU"],
        ["DANH SÁCH CÁN BỘ, VIÊN CHỨC ĐỊNH DANH ĐIỆN TỬ"],
        ["Tính đến ngày 29/11/2023"],
        [],
        ["TT", "Họ và tên", "Ngày tháng năm sinh", None, "Số CCCD", "Khoa/phòng",
         "Kết quả định danh", None, None, "Lý do", "Ghi chú"],
        [None, None, "Nam", "Nữ", None, None, "Chưa định danh", "Mức 1", "Mức 2", None, None],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    ]
    ticks = [["x", None, None], [None, "X", None], [None, None, "✓"], [None, None, 1],
             [None, "có", None], ["x", None, None]]
    for i, p in enumerate(ps):
        birth = [p.birth, None] if p.gender == "M" else [None, dmy(p.birth)]
        name = p.full_name.upper() if i == 1 else p.full_name
        cccd = int(p.cccd) if i == 0 else p.cccd  # a number: the leading zero is lost
        reason = "nghỉ thai sản" if ticks[i][0] else None
        rows.append([i + 1, name, *birth, cccd, p.dept, *ticks[i], reason, None])
    rows += [[None, "Tổng cộng", None, None, None, None, 2, 2, 2], [],
             [None, None, None, None, None, "Bà Rịa, ngày 05 tháng 01 năm 2024"],
             [None, "Người lập biểu", None, None, None, "GIÁM ĐỐC"], [None, "Nguyễn Văn Ký"]]
    path = write_xlsx(tmp_path / "ds.xlsx", rows, merges=("C5:D5", "G5:I5", "A5:A6", "B5:B6"))

    result = do_import(path)

    assert (result.rows_read, result.added, result.updated, result.rejected) == (6, 6, 0, [])
    got = roster()
    assert len(got) == 6
    expected_status = [Status.NOT_REGISTERED, Status.LEVEL1, Status.LEVEL2, Status.LEVEL2,
                       Status.LEVEL1, Status.NOT_REGISTERED]
    for i, p in enumerate(ps):
        row = got[p.cccd]
        assert (row.ho, row.dem, row.ten) == (p.ho, p.dem, p.ten)  # capitals made proper
        assert row.birth_date == p.birth
        assert row.gender == p.gender  # from the Nam / Nữ column that holds the date
        assert row.department == p.dept
        assert row.status is expected_status[i]
        assert row.updated == IMPORT_DAY
    for i in (0, 5):
        assert got[ps[i].cccd].reason == "Nghỉ thai sản" and got[ps[i].cccd].justified
    assert [w.as_dict() for w in result.warnings] == [
        {"row": 8, "column": "E (Số CCCD)", "message": "Số định danh đã thêm số 0 bị mất ở đầu"}]


def test_every_date_cccd_and_status_spelling(tmp_path, do_import, roster):
    ps = people(12, seed=12)
    b = [p.birth for p in ps]
    serial = (b[1] - dt.date(1899, 12, 30)).days
    births = [b[0], serial, dmy(b[2]), f"{b[3].day}/{b[3].month}/{b[3].year % 100:02d}",
              b[4].strftime("%d-%m-%Y"), b[5].strftime("%d.%m.%Y"), b[6].year, str(b[7].year),
              b[8].isoformat(), dmy(b[9]), dmy(b[10]), dmy(b[11])]
    c = [p.cccd for p in ps]
    cccds = [c[0], int(c[1]), " ".join((c[2][:3], c[2][3:6], c[2][6:9], c[2][9:])),
             ".".join((c[3][:3], c[3][3:6], c[3][6:9], c[3][9:])), f"{int(c[4])}.0",
             f"'{c[5]}", c[6], c[7], c[8], c[9], c[10], c[11]]
    statuses = ["Mức 2", "mức độ 2", "MĐ2", "Đã kích hoạt mức 2", "ĐDĐT mức 2", "Chưa",
                "Chưa định danh", "Chờ duyệt", "Mức 1", "Đã phê duyệt, chưa kích hoạt",
                "Hồ sơ bị từ chối", "chưa có CCCD gắn chip"]
    rows = [["STT", "Họ tên", "Ngày sinh", "CMND/CCCD", "Đơn vị", "Trạng thái"]]
    for i, p in enumerate(ps):
        rows.append([i + 1, p.full_name, births[i], cccds[i], p.dept, statuses[i]])
    path = write_xlsx(tmp_path / "forms.xlsx", rows)

    result = do_import(path)

    assert (result.rows_read, result.added, len(result.rejected)) == (12, 12, 0)
    got = roster()
    for i, p in enumerate(ps):
        expected_birth = dt.date(p.birth.year, 1, 1) if i in (6, 7) else p.birth
        assert got[p.cccd].birth_date == expected_birth, i
    assert [got[p.cccd].status for p in ps] == [
        Status.LEVEL2, Status.LEVEL2, Status.LEVEL2, Status.LEVEL2, Status.LEVEL2,
        Status.NOT_REGISTERED, Status.NOT_REGISTERED, Status.SUBMITTED, Status.LEVEL1,
        Status.APPROVED_NOT_ACTIVATED, Status.REJECTED, Status.NO_CHIP_CARD]
    messages = sorted((w.row, w.message) for w in result.warnings)
    assert messages == [
        (3, "Số định danh đã thêm số 0 bị mất ở đầu"),
        (4, "Số định danh đã bỏ dấu cách, dấu chấm"),
        (5, "Số định danh đã bỏ dấu cách, dấu chấm"),
        (6, "Số định danh đã bỏ đuôi .0"),
        (6, "Số định danh đã thêm số 0 bị mất ở đầu"),
        (8, "Chỉ có năm sinh; lưu ngày sinh là 01/01 của năm đó"),
        (9, "Chỉ có năm sinh; lưu ngày sinh là 01/01 của năm đó"),
    ]


def test_bad_values_are_rejected_with_row_column_and_reason(tmp_path, do_import, roster):
    ps = people(6, seed=13)
    rows = [["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa", "Tình trạng"]]
    values = [
        (dmy(ps[0].birth), ps[0].cccd, "Mức 2"),  # fine
        ("31/02/1990", ps[1].cccd, "Mức 2"),  # no such day
        (dmy(ps[2].birth), "7.9089E+11", "Mức 2"),  # scientific notation lost digits
        (dmy(ps[3].birth), ps[3].cccd, "đang tính"),  # unknown status
        (dmy(ps[4].birth), "12345", "Mức 1"),  # too short
        (dmy(ps[5].birth.replace(year=ps[5].birth.year + 1)), ps[5].cccd, "Mức 1"),  # year ≠ CCCD
    ]
    for i, (birth, cccd, status) in enumerate(values):
        rows.append([i + 1, ps[i].full_name, birth, cccd, ps[i].dept, status])
    rows.append([7, None, dmy(ps[0].birth), None, "Khoa Nội", "Mức 2"])  # no name
    path = write_xlsx(tmp_path / "bad.xlsx", rows)

    result = do_import(path)

    assert (result.rows_read, result.added, result.rejected_rows) == (7, 1, 6)
    assert [i.as_dict() for i in result.rejected] == [
        {"row": 3, "column": "C (Ngày sinh)",
         "message": "Ngày không có thật trong lịch (ví dụ 31 của tháng 30 ngày)"},
        {"row": 4, "column": "D (Số CCCD)",
         "message": "Số định danh cá nhân đã bị Excel đổi sang dạng số mũ và mất chữ số; hãy định dạng cột "
                    "là Văn bản (Text) và nhập lại"},
        {"row": 5, "column": "F (Tình trạng)", "message": "Không hiểu tình trạng «đang tính»"},
        {"row": 6, "column": "D (Số CCCD)",
         "message": "Số định danh cá nhân có 5 chữ số; cần 12 chữ số (hoặc 9 với CMND cũ)"},
        {"row": 7, "column": "D (Số CCCD)",
         "message": "Năm sinh trong số định danh không khớp với ngày sinh"},
        {"row": 8, "column": "B (Họ và tên)", "message": "Thiếu họ tên"},
    ]
    assert list(roster()) == [ps[0].cccd]


def test_separate_ho_ten_columns_and_merged_name_header(tmp_path, do_import, roster):
    ps = people(4, seed=14)
    rows = [["TT", "Họ và đệm", "Tên", "Năm sinh", "Giới tính", "Số định danh cá nhân", "Bộ phận",
             "Chức vụ"]]
    for i, p in enumerate(ps[:2]):
        rows.append([i + 1, f"{p.ho} {p.dem}", p.ten, p.birth, "Nam" if p.gender == "M" else "Nữ",
                     p.cccd, p.dept, p.title])
    a = write_xlsx(tmp_path / "hoten.xlsx", rows)
    rows = [["TT", "Họ và tên", None, "Ngày sinh", "CCCD", "Khoa phòng"]]
    for i, p in enumerate(ps[2:]):
        rows.append([i + 1, f"{p.ho} {p.dem}", p.ten, dmy(p.birth), p.cccd, p.dept])
    b = write_xlsx(tmp_path / "merged.xlsx", rows, merges=("B1:C1",))

    assert do_import(a).added == 2
    assert do_import(b).added == 2
    got = roster()
    for p in ps:
        assert (got[p.cccd].ho, got[p.cccd].dem, got[p.cccd].ten) == (p.ho, p.dem, p.ten)
        assert got[p.cccd].gender == p.gender
    assert got[ps[0].cccd].title == ps[0].title


def test_headers_without_tone_marks_in_any_case(tmp_path, do_import, roster):
    ps = people(3, seed=15)
    rows = [["so tt", "HO VA TEN", "ngay thang nam sinh", "so cmnd/cccd", "KHOA/PHONG",
             "tinh trang", "ly do chua dinh danh", "SĐT", "ghi chu"]]
    for i, p in enumerate(ps):
        rows.append([i + 1, p.full_name, dmy(p.birth), p.cccd, p.dept, "chua", "Chưa sắp xếp thời gian",
                     "0912345678", "gọi lại sau"])
    path = write_xlsx(tmp_path / "plain.xlsx", rows)

    result = do_import(path)

    assert (result.added, result.rejected) == (3, [])
    for p in ps:
        row = roster()[p.cccd]
        assert (row.status, row.reason, row.justified, row.note) == (
            Status.NOT_REGISTERED, "Chưa sắp xếp thời gian", False, "gọi lại sau")


def test_default_sheet_is_first_with_a_header_and_sheet_option(tmp_path, db, do_import, roster):
    ps = people(5, seed=16)
    main = [["Họ và tên", "Số CCCD", "Khoa/phòng"]] + [[p.full_name, p.cccd, p.dept] for p in ps[:3]]
    other = [["Họ và tên", "Số CCCD", "Khoa/phòng"]] + [[p.full_name, p.cccd, p.dept] for p in ps[3:]]
    path = write_xlsx(tmp_path / "multi.xlsx", main, title="DS chính",
                      first={"Hướng dẫn": [["Hướng dẫn điền danh sách"], ["Điền mỗi người một dòng"]],
                             "Trống": []},
                      extra={"Khoa khác": other})
    assert load_table(path).layout.sheet_name == "DS chính"
    # a hidden sheet with a header (an old copy) is not the default while a visible one has it
    import openpyxl

    wb = openpyxl.load_workbook(path)
    old = wb.copy_worksheet(wb["DS chính"])
    old.title = "Bản cũ"
    old.sheet_state = "hidden"
    wb.move_sheet("Bản cũ", offset=-wb.index(old))
    wb.save(path)
    assert sheet_names(path)[0] == "Bản cũ"
    assert load_table(path).layout.sheet_name == "DS chính"
    assert do_import(path).added == 3
    assert do_import(path, "Khoa khác").added == 2
    assert len(roster()) == 5


def test_reasons_matched_to_catalogue_or_kept_and_offered(tmp_path, db, do_import, roster):
    ps = people(4, seed=17)
    reasons = ["nghi thai san", "Ốm đau dài ngày", "Đang đi nước ngoài", "Đang đi nước ngoài"]
    rows = [["Họ và tên", "Số CCCD", "Khoa/phòng", "Tình trạng", "Lý do"]]
    rows += [[p.full_name, p.cccd, p.dept, "Chưa định danh", r] for p, r in zip(ps, reasons, strict=True)]
    path = write_xlsx(tmp_path / "reasons.xlsx", rows)

    result = do_import(path)

    assert result.added == 4 and result.plan.new_reasons == ["Đang đi nước ngoài"]
    got = roster()
    assert [got[p.cccd].reason for p in ps] == [
        "Nghỉ thai sản", "Ốm đau dài ngày / đang điều trị", "Đang đi nước ngoài",
        "Đang đi nước ngoài"]
    assert [got[p.cccd].reason_id is None for p in ps] == [False, False, True, True]
    assert [w.message for w in result.warnings] == [
        "Lý do «Đang đi nước ngoài» (2 dòng) chưa có trong danh mục: đã giữ nguyên văn; có thể "
        "thêm vào danh mục lý do",
        "Lý do «Ốm đau dài ngày» được hiểu là «Ốm đau dài ngày / đang điều trị» trong danh mục",
    ]


def test_section_rows_give_the_department(tmp_path, do_import, roster):
    ps = people(4, seed=18)
    rows = [["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Tình trạng"],
            ["I. KHOA NỘI"], [1, ps[0].full_name, dmy(ps[0].birth), ps[0].cccd, "Mức 2"],
            [2, ps[1].full_name, dmy(ps[1].birth), ps[1].cccd, "Mức 1"],
            ["II", "PHÒNG TÀI CHÍNH KẾ TOÁN"],
            [3, ps[2].full_name, dmy(ps[2].birth), ps[2].cccd, "Mức 2"],
            [4, ps[3].full_name, dmy(ps[3].birth), ps[3].cccd, "Chưa"]]
    path = write_xlsx(tmp_path / "sections.xlsx", rows, merges=("A2:E2",))
    assert do_import(path).added == 4
    got = roster()
    assert [got[p.cccd].department for p in ps] == ["KHOA NỘI", "KHOA NỘI",
                                                   "PHÒNG TÀI CHÍNH KẾ TOÁN",
                                                   "PHÒNG TÀI CHÍNH KẾ TOÁN"]


def test_reimport_updates_only_what_changed_with_history(tmp_path, db, do_import, roster):
    ps = people(5, seed=19)
    header = ["Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng"]
    first = [header] + [[p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 1"] for p in ps]
    assert do_import(write_xlsx(tmp_path / "a.xlsx", first), effective_date=dt.date(2023, 11, 1)).added == 5
    before = roster()
    second = [header] + [[p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 1"] for p in ps]
    second[1][4] = "Mức 2"  # status change
    second[2][3] = "Khoa Dược"  # department change
    result = do_import(write_xlsx(tmp_path / "b.xlsx", second), effective_date=dt.date(2023, 12, 1))
    assert (result.rows_read, result.added, result.updated, result.unchanged) == (5, 0, 2, 3)
    after = roster()
    changed = after[ps[0].cccd]
    assert changed.status is Status.LEVEL2 and changed.updated == dt.date(2023, 12, 1)
    assert [(h.status, h.effective_date, h.source) for h in history(db, changed.id)] == [
        (Status.LEVEL2, dt.date(2023, 12, 1), "import"), (Status.LEVEL1, dt.date(2023, 11, 1), "import")]
    assert after[ps[1].cccd].department == "Khoa Dược"
    assert len(history(db, after[ps[1].cccd].id)) == 1  # a department change is not a status
    for p in ps[2:]:
        assert after[p.cccd] == before[p.cccd]  # untouched, same version
    again = do_import(write_xlsx(tmp_path / "c.xlsx", second))
    assert (again.added, again.updated, again.unchanged, again.applied) == (0, 0, 5, False)


def test_returned_list_with_only_cccd_and_status_updates_statuses(tmp_path, db, do_import, roster):
    ps = people(5, seed=20)
    base = [["Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng"]] + [
        [p.full_name, dmy(p.birth), p.cccd, p.dept] for p in ps]
    do_import(write_xlsx(tmp_path / "base.xlsx", base))
    before = roster()
    stranger = people(1, seed=99)[0]
    returned = [["DANH SÁCH CÔNG AN TRẢ VỀ"], ["Số CCCD", "Kết quả"],
                [ps[0].cccd, "Đã kích hoạt mức 2"], [ps[1].cccd, "Mức 1"],
                [int(ps[2].cccd), "Chờ duyệt"], [stranger.cccd, "Mức 2"]]
    result = do_import(write_xlsx(tmp_path / "returned.xlsx", returned))
    assert (result.rows_read, result.added, result.updated, result.unchanged) == (4, 0, 3, 0)
    assert [i.as_dict() for i in result.rejected] == [{
        "row": 6, "column": "A (Số CCCD)",
        "message": "Không có ai mang số định danh này trong danh sách; tệp không có họ tên nên không "
                   "thêm người mới được"}]
    after = roster()
    assert [after[p.cccd].status for p in ps[:3]] == [Status.LEVEL2, Status.LEVEL1, Status.SUBMITTED]
    for p in ps:
        a, b = after[p.cccd], before[p.cccd]
        assert (a.ho, a.dem, a.ten, a.birth_date, a.department) == (b.ho, b.dem, b.ten, b.birth_date,
                                                                   b.department)
    assert len(after) == 5


def test_same_cccd_twice_in_file_rejects_both_rows(tmp_path, do_import, roster):
    ps = people(3, seed=21)
    rows = [["Họ và tên", "Số CCCD", "Khoa/phòng"], [ps[0].full_name, ps[0].cccd, ps[0].dept],
            [ps[1].full_name, ps[1].cccd, ps[1].dept], [ps[2].full_name, ps[0].cccd, ps[2].dept]]
    result = do_import(write_xlsx(tmp_path / "dup.xlsx", rows))
    assert (result.added, result.rejected_rows) == (1, 2)
    assert [i.as_dict() for i in result.rejected] == [
        {"row": 2, "column": "B (Số CCCD)", "message": "Số định danh trùng với dòng 4 trong tệp"},
        {"row": 4, "column": "B (Số CCCD)", "message": "Số định danh trùng với dòng 2 trong tệp"}]
    assert list(roster()) == [ps[1].cccd]


def test_duplicates_against_existing_people(tmp_path, db, do_import, roster):
    from eidroster.domain.employee import EmployeeInput
    from eidroster.services.roster import add_employee

    ps = people(4, seed=22)
    twin_a, twin_b = people(2, seed=23)
    add_employee(db, EmployeeInput(ps[0].ho, ps[0].dem, ps[0].ten, "Khoa Nội", ps[0].birth,
                                   ps[0].gender, ps[0].cccd))
    add_employee(db, EmployeeInput(ps[1].ho, ps[1].dem, ps[1].ten, "Khoa Nội", ps[1].birth,
                                   ps[1].gender, None))  # no CCCD yet
    for cccd in (twin_a.cccd, make_twin_cccd(twin_a)):
        add_employee(db, EmployeeInput(twin_a.ho, twin_a.dem, twin_a.ten, "Khoa Sản", twin_a.birth,
                                       twin_a.gender, cccd))
    rows = [["Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng"],
            [ps[2].full_name, dmy(ps[2].birth), ps[0].cccd, "Khoa Nội"],  # someone else's CCCD
            [ps[1].full_name, dmy(ps[1].birth), ps[1].cccd, "Khoa Nội"],  # fills in the CCCD
            [twin_a.full_name, dmy(twin_a.birth), None, "Khoa Sản"],  # which of the two?
            [ps[0].full_name, dmy(ps[0].birth), None, "Khoa Nội"]]  # matched by name + birth
    result = do_import(write_xlsx(tmp_path / "existing.xlsx", rows))
    assert (result.added, result.updated, result.unchanged, result.rejected_rows) == (0, 1, 1, 2)
    assert [i.as_dict() for i in result.rejected] == [
        {"row": 2, "column": "C (Số CCCD)",
         "message": "Số định danh này đã có ở một người khác tên trong danh sách"},
        {"row": 4, "column": "A (Họ và tên)",
         "message": "Có 2 người trùng họ tên và ngày sinh trong danh sách; cần số định danh để biết là ai"}]
    got = roster()
    assert ps[1].cccd in got and len(got) == 4


def make_twin_cccd(p) -> str:
    from eidroster.domain.cccd import make_cccd

    return make_cccd("079", p.birth.year, p.gender, 999_001)


def test_preview_changes_nothing_and_matches_the_import(tmp_path, db, do_import):
    from eidroster.services.database import count_rows

    ps = people(3, seed=24)
    rows = [["Họ và tên", "Số CCCD", "Khoa/phòng"]] + [[p.full_name, p.cccd, p.dept] for p in ps]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    plan = preview_import(db, load_table(path))
    assert [r.action for r in plan.rows] == ["add", "add", "add"]
    assert count_rows(db, "employees") == 0
    assert do_import(path).added == 3


def test_same_name_and_birth_but_another_cccd_is_a_new_person_with_a_warning(tmp_path, do_import,
                                                                              roster):
    p = people(1, seed=25)[0]
    header = ["Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng"]
    do_import(write_xlsx(tmp_path / "a.xlsx", [header, [p.full_name, dmy(p.birth), p.cccd, p.dept]]))
    other = make_twin_cccd(p)
    result = do_import(write_xlsx(tmp_path / "b.xlsx", [header, [p.full_name, dmy(p.birth), other,
                                                                  p.dept]]))
    assert (result.added, result.rejected) == (1, [])
    assert [w.as_dict() for w in result.warnings] == [{
        "row": 2, "column": "C (Số CCCD)",
        "message": "Trùng họ tên và ngày sinh với người đã có trong danh sách nhưng khác số định danh: "
                   "đã coi là một người khác; nếu là cùng một người, hãy kiểm tra lại số định danh"}]
    assert set(roster()) == {p.cccd, other}


def test_ticks_under_a_group_header_and_a_vertical_single_column(tmp_path, do_import, roster):
    ps = people(3, seed=26)
    rows = [["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Số CMND/CCCD", "Khoa/phòng",
             "Chưa định danh", "Đã định danh", None, "Lý do chưa định danh mức 2",
             "Chính đáng (có/không)"],
            [None, None, None, None, None, None, "Mức 1", "Mức 2", None, None],
            [1, ps[0].full_name, dmy(ps[0].birth), ps[0].cccd, ps[0].dept, "x", None, None,
             "Không có điện thoại thông minh", "không"],
            [2, ps[1].full_name, dmy(ps[1].birth), ps[1].cccd, ps[1].dept, None, "x", None,
             "Đi học", "có"],
            [3, ps[2].full_name, dmy(ps[2].birth), ps[2].cccd, ps[2].dept, None, None, "x", None,
             None]]
    path = write_xlsx(tmp_path / "group.xlsx", rows,
                      merges=("G1:H1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2"))
    result = do_import(path)
    assert (result.added, result.rejected) == (3, [])
    got = roster()
    assert [(got[p.cccd].status, got[p.cccd].reason, got[p.cccd].justified) for p in ps] == [
        (Status.NOT_REGISTERED, "Không có điện thoại thông minh", False),  # "không" overrides
        (Status.LEVEL1, "Đi học, công tác xa", True),
        (Status.LEVEL2, "", False)]


@pytest.mark.parametrize("trailer", [["Tổng số người: 2"], [None, "Tổng cộng: 2 người"],
                                     ["Cộng", None, None, 2], ["Ghi chú: số liệu do khoa gửi"],
                                     [None, "Bà Rịa, ngày 05 tháng 01 năm 2024"],
                                     [None, "Vũng Tàu, ngày … tháng … năm 2024"],
                                     [None, None, "KT. GIÁM ĐỐC"]])
def test_data_ends_at_totals_notes_and_signatures(tmp_path, do_import, trailer):
    ps = people(3, seed=27)
    rows = [["TT", "Họ và tên", "Số CCCD", "Khoa/phòng"]]
    rows += [[i + 1, p.full_name, p.cccd, p.dept] for i, p in enumerate(ps[:2])]
    rows += [trailer, [], [None, ps[2].full_name, None, "Người ký"]]  # a signer's name below
    result = do_import(write_xlsx(tmp_path / "end.xlsx", rows))
    assert (result.rows_read, result.added, result.rejected) == (2, 2, [])
