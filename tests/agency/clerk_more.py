"""More clerks' habits, each a way the merge once went wrong without a word: the total
typed above the rows (as on many statistical forms), the unit named only as "TRUNG TÂM
Y TẾ" under its district's people's committee or with its name wrapped onto a second
row, the unit only in the title, last week's sheet kept hidden in front of this
week's, a department left empty, a pasted run of digits in a count cell, and "Đã định
danh" for both levels with "Trong đó: mức 2" beside it, and another table (last week's, or
a list of people) under the one to read."""

from __future__ import annotations

import random
from pathlib import Path

from tests.agency.clerk_units import AS_OF
from tests.agency.clerks import (
    Sheet,
    Truth,
    add,
    departments,
    dot,
    identity_number,
    person,
    six,
    standard_header,
)

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
FREEDOM = "Độc lập - Tự do - Hạnh phúc"
SIMPLE = ("STT", "Khoa, phòng", "Tổng số CB, VC, NLĐ", "Chưa thực hiện định danh",
          "Đã ĐDĐT mức 1", "Đã ĐDĐT mức độ 2", "Có lý do chính đáng",
          "Không có lý do chính đáng")


def _headed(unit_line: str, as_of: str = AS_OF, sheet: Sheet | None = None) -> Sheet:
    """A sheet (or ``sheet``) begun with the unit's line, the date and the one-row header."""
    s = sheet or Sheet()
    s.line(unit_line)
    s.line(f"Số liệu tính đến ngày {as_of}")
    s.line(*SIMPLE)
    return s


def _unit_with_total(unit: str, rng: random.Random) -> tuple[Sheet, list]:
    """A plain unit sheet of four departments and its "Tổng cộng"."""
    s = _headed(f"Đơn vị: {unit}")
    rows = departments(rng, 4)
    _rows(s, rows)
    s.line("Tổng cộng", None, *six(add(rows)))
    return s, rows


def _rows(s: Sheet, rows, cells=six) -> dict[str, int]:
    return {name: s.line(n, name, *cells(c)) for n, (name, c) in enumerate(rows, 1)}


def total_above_the_rows(folder: Path, rng: random.Random) -> Truth:
    """"TỔNG SỐ" right under the header, then the departments (a statistical form's
    habit): the rows are counted, the total checked against them."""
    unit = "Trung tâm Y tế thị xã Đồi Cát"
    s = _headed(f"Đơn vị: {unit}")
    rows = departments(rng, 6)
    total = add(rows)
    s.line(None, "TỔNG SỐ", *(dot(v) for v in six(total)))
    _rows(s, rows, lambda c: [dot(v) for v in six(c)])
    return Truth(s.save(folder / "39_ttyt_doi_cat.xlsx"), {unit: total})


def wrong_total_above_the_rows(folder: Path, rng: random.Random) -> Truth:
    """"Tổng cộng" above the rows, one short in Tổng số and Mức 2: the rows are counted
    and the total's two cells reported (it used to be merged as the unit's numbers)."""
    unit = "Bệnh viện Nội tiết Đồi Cát"
    s = _headed(f"Tên đơn vị báo cáo: {unit}")
    rows = departments(rng, 5)
    total = add(rows)
    typed = list(six(total))
    typed[0] -= 1
    typed[3] -= 1
    at = s.line(None, "Tổng cộng", *typed)
    _rows(s, rows)
    t = Truth(s.save(folder / "40_bv_noi_tiet.xlsx"), {unit: total})
    t.problems = {(unit, at, "C", "Dòng TỔNG CỘNG: Tổng số ghi"),
                  (unit, at, "F", "Dòng TỔNG CỘNG: Đã định danh mức 2 ghi")}
    return t


def unit_under_its_committee(folder: Path, rng: random.Random) -> Truth:
    """"UBND HUYỆN ĐỒI THÔNG" over "TRUNG TÂM Y TẾ": the unit is the district's health
    centre (the header's motto rows are not the table's header either)."""
    s = Sheet()
    s.line("UBND HUYỆN ĐỒI THÔNG", None, None, MOTTO)
    s.line("TRUNG TÂM Y TẾ", None, None, FREEDOM)
    s.line(f"Tiến độ định danh điện tử mức 2 tính đến ngày {AS_OF}")
    s.line(*SIMPLE)
    rows = departments(rng, 6)
    _rows(s, rows)
    s.line(None, "Cộng", *six(add(rows)))
    return Truth(s.save(folder / "41_ttyt_doi_thong.xlsx"),
                 {"Trung tâm Y tế huyện Đồi Thông": add(rows)})


def name_on_two_rows(folder: Path, rng: random.Random) -> Truth:
    """"BỆNH VIỆN" on one row, "PHỔI ĐỒI THÔNG" on the next (a long name wrapped by
    hand): one unit, not "Bệnh viện" (which every such hospital would share)."""
    s = Sheet()
    s.line("SỞ Y TẾ TỈNH MẪU", None, None, MOTTO)
    s.line("BỆNH VIỆN", None, None, FREEDOM)
    s.line("PHỔI ĐỒI THÔNG")
    s.line("(Kèm theo Báo cáo ngày 30/11/2023 của Bệnh viện Phổi Đồi Thông)")
    s.line(f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC 2 TÍNH ĐẾN NGÀY {AS_OF}")
    standard_header(s)
    rows = departments(rng, 5)
    _rows(s, rows)
    s.line("TỔNG CỘNG", None, *six(add(rows)))
    return Truth(s.save(folder / "42_bv_phoi.xlsx"), {"Bệnh viện Phổi Đồi Thông": add(rows)})


def unit_only_in_the_title(folder: Path, rng: random.Random) -> Truth:
    """No agency block: "Báo cáo … của Bệnh viện Tâm thần Đồi Thông" is the title."""
    unit = "Bệnh viện Tâm thần Đồi Thông"
    s = Sheet()
    s.line(f"Báo cáo tiến độ định danh điện tử mức 2 của {unit}")
    s.line(f"(tính đến ngày {AS_OF})")
    s.line(*SIMPLE)
    rows = departments(rng, 4)
    _rows(s, rows)
    s.line("Tổng cộng", None, *six(add(rows)))
    return Truth(s.save(folder / "43_bv_tam_than.xlsx"), {unit: add(rows)})


def last_week_hidden_in_front(folder: Path, rng: random.Random) -> Truth:
    """The clerk copied last week's sheet, hid it, and typed this week's on the second
    sheet: the visible sheet is the report."""
    unit = "Trung tâm Kiểm nghiệm Đồi Cát"
    old = Sheet(title="Tuan truoc")
    _headed(f"Đơn vị: {unit}", "22/11/2023", old)
    stale = departments(rng, 4)
    _rows(old, stale)
    old.ws.sheet_state = "hidden"
    new = Sheet(old.wb, "Tuan nay")
    _headed(f"Đơn vị: {unit}", sheet=new)
    rows = departments(rng, 4)
    _rows(new, rows)
    new.line("Tổng cộng", None, *six(add(rows)))
    old.wb.active = 1
    return Truth(new.save(folder / "44_tt_kiem_nghiem.xlsx"), {unit: add(rows)})


def department_left_empty(folder: Path, rng: random.Random) -> Truth:
    """A numbered department with nothing typed: counted as no one, and said."""
    unit = "Trung tâm Pháp y Đồi Thông"
    s = _headed(f"Đơn vị: {unit}")
    rows = departments(rng, 3)
    _rows(s, rows)
    empty = s.line(4, "Khoa Giải phẫu bệnh")
    s.line("Tổng cộng", None, *six(add(rows)))
    t = Truth(s.save(folder / "45_tt_phap_y.xlsx"), {unit: add(rows)})
    t.problems = {(unit, empty, None, "Khoa Giải phẫu bệnh: không có số liệu nào")}
    return t


def pasted_run_of_digits(folder: Path, rng: random.Random) -> Truth:
    """5.000 digits pasted into a count cell: a problem of that cell, the unit held out."""
    unit = "Bệnh viện Da liễu Đồi Thông"
    s = _headed(f"Đơn vị: {unit}")
    rows = departments(rng, 3)
    at = _rows(s, rows)
    name = rows[1][0]
    s.ws.cell(at[name], 4).value = "9" * 5000
    s.line("Tổng cộng", None, *six(add(rows)))
    t = Truth(s.save(folder / "46_bv_da_lieu.xlsx"), held={unit: "ghi số quá lớn"})
    t.problems = {(unit, at[name], "D", f"{name}: Ô D{at[name]} (Chưa định danh) ghi số quá lớn")}
    return t


def identified_and_of_which_level2(folder: Path, rng: random.Random) -> Truth:
    """"Đã định danh" (both levels) over "Tổng" and "Trong đó: mức 2", no Mức 1 column: it
    once read the two levels together as Mức 1 (a unit of 50 merged as 96)."""
    unit = "Trung tâm Y tế huyện Suối Đá"
    s = Sheet()
    s.line(f"Đơn vị: {unit}")
    s.line(f"Số liệu tính đến ngày {AS_OF}")
    top = s.line("STT", "Khoa, phòng", "Tổng số", "Chưa định danh", "Đã định danh", None,
                 "Có lý do", "Không có lý do")
    s.line(None, None, None, None, "Tổng", "Trong đó: mức 2")
    for col in (1, 2, 3, 4, 7, 8):
        s.merge(top, col, top + 1, col)
    s.merge(top, 5, top, 6)
    rows = departments(rng, 5)
    for n, (name, c) in enumerate(rows, 1):
        s.line(n, name, c.total, c.none, c.level1 + c.level2, c.level2, c.with_reason,
               c.without_reason)
    return Truth(s.save(folder / "47_ttyt_suoi_da.xlsx"), {unit: add(rows)})


def last_week_under_this_week(folder: Path, rng: random.Random) -> Truth:
    """This week's table and its total, then last week's copied under it (title, header,
    rows): the upper one is read, the lower one said (once it was silently left)."""
    unit = "Bệnh viện Mắt Suối Đá"
    s, rows = _unit_with_total(unit, rng)
    s.line()
    s.line("Số liệu tính đến ngày 22/11/2023")
    lower = s.line(*SIMPLE)
    _rows(s, departments(rng, 4))
    t = Truth(s.save(folder / "48_bv_mat_suoi_da.xlsx"), {unit: add(rows)})
    t.problems = {(unit, lower, None, "Dưới bảng còn một bảng số liệu khác")}
    return t


def list_of_people_under_the_table(folder: Path, rng: random.Random) -> Truth:
    """Phụ lục III, then the people not at level 2 listed under it on the same sheet: the
    table is read, the list said and never quoted."""
    unit = "Trung tâm Y tế thành phố Suối Đá"
    s, rows = _unit_with_total(unit, rng)
    s.line()
    lower = s.line("STT", "Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Khoa", "Lý do")
    names = []
    for n in range(1, 4):
        names.append(person(rng))
        s.line(n, names[-1], f"0{n}/0{n}/199{n}", identity_number(rng), rows[0][0], "Ốm dài ngày")
    t = Truth(s.save(folder / "49_ttyt_tp_suoi_da.xlsx"), {unit: add(rows)}, personal=names)
    t.problems = {(unit, lower, None, "Dưới bảng có một danh sách cá nhân")}
    return t


def unit_on_the_agency_form(folder: Path, rng: random.Random) -> Truth:
    """A hospital that typed its departments on the agency's "PHỤ LỤC I" form (column
    "Đơn vị"): one unit, not five ("Khoa Nội" of two such hospitals was one unit)."""
    unit = "Bệnh viện Nhi Suối Đá"
    s = Sheet()
    s.line("SỞ Y TẾ TỈNH MẪU", None, None, MOTTO)
    s.line(unit, None, None, FREEDOM)
    s.line("PHỤ LỤC I")
    s.line(f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC 2 TÍNH ĐẾN NGÀY {AS_OF}")
    s.line("TT", "Đơn vị", "Tổng số", "Chưa định danh", "Mức 1", "Mức 2", "Có lý do",
           "Không có lý do")
    names = ("Ban Giám đốc", "Khoa Nhi tổng hợp", "Khoa Sơ sinh", "Phòng Điều dưỡng",
             "Tổ Bảo vệ")
    rows = [(name, c) for name, (_, c) in zip(names, departments(rng, 5), strict=True)]
    _rows(s, rows)
    s.line("Tổng cộng", None, *six(add(rows)))
    return Truth(s.save(folder / "50_bv_nhi_suoi_da.xlsx"), {unit: add(rows)})


MORE = (total_above_the_rows, wrong_total_above_the_rows, unit_under_its_committee,
        name_on_two_rows, unit_only_in_the_title, last_week_hidden_in_front,
        department_left_empty, pasted_run_of_digits, identified_and_of_which_level2,
        last_week_under_this_week, list_of_people_under_the_table, unit_on_the_agency_form)
