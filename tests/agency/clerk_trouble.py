"""Unit sheets with something wrong, lists of people, agency-style tables and the same
unit sent twice: each with the exact problems (unit, row, column) the merge must
report, the units it must hold out or set aside, and the personal data that must
never reach any output."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

from eidroster.domain.aggregate import Counts
from eidroster.services.agency.check import MISSING_REASONS
from tests.agency.clerk_units import AS_OF, PARENT, not_level2_before_level2
from tests.agency.clerks import (
    Sheet,
    Truth,
    add,
    departments,
    dot,
    identity_number,
    person,
    rate_text,
    six,
    standard_header,
)

PERSONAL_LIST = "danh sách cá nhân"


def _unit_sheet(unit_line: str, rows, *, as_of: str = AS_OF) -> tuple[Sheet, dict[str, int]]:
    s = Sheet()
    s.line(unit_line)
    s.line(f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC 2 TÍNH ĐẾN NGÀY {as_of}")
    standard_header(s)
    at = {}
    for n, (name, values) in enumerate(rows, 1):
        at[name] = s.line(n, name, *values)
    return s, at


def rule_breaks(folder: Path, rng: random.Random) -> Truth:
    """A row whose statuses do not add up to its total, a row with more reasons than
    people, and a total typed as the sum of the (wrong) rows."""
    unit = "Bệnh viện Quân dân y Sông Mây"
    rows = departments(rng, 4)
    typed = [(name, list(six(c)) + [rate_text(c)]) for name, c in rows]
    typed[1][1][0] += 1  # Tổng số one more than the statuses
    typed[2][1][4] = typed[2][1][1] + typed[2][1][2] + 3  # more "có lý do" than people
    typed[2][1][5] = 0
    s, at = _unit_sheet(f"Đơn vị: {unit}", typed)
    sums = [sum(v[1][k] for v in typed) for k in range(6)]
    at["TỔNG CỘNG"] = s.line("TỔNG CỘNG", None, *sums)
    t = Truth(s.save(folder / "23_bv_quan_dan_y.xlsx"), rows=at)
    # worked out by the rule: the statuses as typed; reasons capped, the rest "without"
    c2 = rows[2][1]
    counted = [c for _, c in rows]
    counted[2] = Counts(c2.total, c2.none, c2.level1, c2.level2, c2.not_level2, 0)
    t.units[unit] = add([("", c) for c in counted])
    a, b = typed[1], typed[2]
    t.problems = {
        (unit, at[a[0]], None, f"{a[0]}: Chưa định danh + Mức 1 + Mức 2 ="),
        (unit, at[b[0]], None, f"{b[0]}: Có lý do + Không có lý do ="),
        (unit, at["TỔNG CỘNG"], None, "Dòng TỔNG CỘNG: Chưa định danh + Mức 1 + Mức 2 ="),
        (unit, at["TỔNG CỘNG"], None, "Dòng TỔNG CỘNG: Có lý do + Không có lý do ="),
    }
    return t


def wrong_group_subtotal(folder: Path, rng: random.Random) -> Truth:
    """A group row whose Mức 2 is not the sum of its rows: reported, the rows counted."""
    unit = "Trung tâm Y tế huyện Lúa Vàng"
    s = Sheet()
    s.line(f"Đơn vị: {unit}")
    s.line(f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC 2 TÍNH ĐẾN NGÀY {AS_OF}")
    standard_header(s)
    everything, at = [], {}
    for numeral, title in (("I", "Khối điều trị"), ("II", "Khối dự phòng")):
        rows = departments(rng, 3)
        sub = list(six(add(rows)))
        if numeral == "II":
            sub[3] += 2
        at[title] = s.line(numeral, title, *sub)
        for n, (name, c) in enumerate(rows, 1):
            s.line(n, name, *six(c))
        everything += rows
    total = add(everything)
    s.line("TỔNG CỘNG", None, *six(total))
    t = Truth(s.save(folder / "24_ttyt_lua_vang.xlsx"), {unit: total}, rows=at)
    t.problems = {(unit, at["Khối dự phòng"], "F", "Khối dự phòng: Đã định danh mức 2 ghi")}
    return t


def _held_for_cells(folder: Path, rng: random.Random, name: str, unit: str,
                    damage: list[tuple[int, int, str]]) -> Truth:
    """A unit whose cells (row index, column 0-based from C = 0, text) cannot be read."""
    rows = departments(rng, 5)
    typed = [(n, [dot(v) for v in six(c)]) for n, c in rows]
    for k, col, text in damage:
        typed[k][1][col] = text
    s, at = _unit_sheet(f"Đơn vị: {unit}", typed)
    total = add(rows)
    s.line("TỔNG CỘNG", None, *(dot(v) for v in six(total)))
    t = Truth(s.save(folder / name), held={unit: "không đọc được"})
    for k, col, _ in damage:
        letter = "CDEFGH"[col]
        t.problems.add((unit, at[typed[k][0]], letter, f"Ô {letter}{at[typed[k][0]]} ("))
    return t


def unreadable_note(folder: Path, rng: random.Random) -> Truth:
    return _held_for_cells(folder, rng, "25_bv_y_hoc_co_truyen.xlsx",
                           "Bệnh viện Y học cổ truyền tỉnh Mẫu", [(2, 1, "2 (1 thai sản, 1 ốm)")])


def unreadable_marks(folder: Path, rng: random.Random) -> Truth:
    return _held_for_cells(folder, rng, "26_chi_cuc_dan_so.xlsx", "Chi cục Dân số tỉnh Mẫu",
                           [(0, 2, "?"), (3, 0, "#REF!")])


def unnamed_row(folder: Path, rng: random.Random) -> Truth:
    """A department whose name was deleted, its numbers left: held out (which is it?)."""
    unit = "Trung tâm Y tế huyện Hồ Sen"
    rows = departments(rng, 5)
    s, at = _unit_sheet(f"Đơn vị: {unit}", [(n, six(c)) for n, c in rows[:2]])
    lost = s.line(None, None, *six(rows[2][1]))
    for n, (name, c) in enumerate(rows[3:], 4):
        s.line(n, name, *six(c))
    t = Truth(s.save(folder / "27_ttyt_ho_sen.xlsx"), held={unit: "không có tên"})
    t.problems = {(unit, lost, None, "Dòng có số liệu nhưng không có tên")}
    return t


def rate_100_with_someone_missing(folder: Path, rng: random.Random) -> Truth:
    unit = "Bệnh viện Đa khoa tỉnh Mẫu"
    rows = departments(rng, 3)
    big = Counts(700, 0, 1, 699, 1, 0)
    rows[1] = ("Khoa Nội tổng hợp", big)
    typed = [(n, list(six(c)) + [rate_text(c)]) for n, c in rows]
    typed[1][1][6] = "100%"
    s, at = _unit_sheet(f"Đơn vị: {unit}", typed)
    total = add(rows)
    s.line("TỔNG CỘNG", None, *six(total), rate_text(total))
    t = Truth(s.save(folder / "28_bvdk_tinh.xlsx"), {unit: total})
    t.problems = {(unit, at["Khoa Nội tổng hợp"], "I",
                   "Khoa Nội tổng hợp: Tỉ lệ ghi 100% nhưng còn 1 người")}
    return t


def older_date(folder: Path, rng: random.Random) -> Truth:
    unit = "Trung tâm Pháp y Tâm thần khu vực"
    rows = departments(rng, 3)
    s, _ = _unit_sheet(f"Đơn vị: {unit}", [(n, six(c)) for n, c in rows], as_of="22/11/2023")
    total = add(rows)
    s.line("TỔNG CỘNG", None, *six(total))
    t = Truth(s.save(folder / "29_phap_y_tam_than.xlsx"), {unit: total})
    t.problems = {(unit, 2, None, "Số liệu tính đến ngày 22/11/2023, khác ngày tổng hợp "
                                  "29/11/2023")}
    return t


def no_reason_columns(folder: Path, rng: random.Random) -> Truth:
    """A form without the reason columns: everyone not at level 2 counts as without."""
    unit = "Trạm Chuyên khoa Lao tỉnh Mẫu"
    rows = departments(rng, 3)
    s = Sheet()
    s.line(f"Đơn vị: {unit}")
    s.line(f"TIẾN ĐỘ ĐỊNH DANH MỨC 2 TÍNH ĐẾN NGÀY {AS_OF}")
    s.line("TT", "Khoa/phòng", "Tổng số", "Chưa định danh", "Mức 1", "Mức 2")
    for n, (name, c) in enumerate(rows, 1):
        s.line(n, name, *six(c)[:4])
    total = add(rows)
    s.line("Tổng cộng", None, *six(total)[:4])
    counted = Counts(total.total, total.none, total.level1, total.level2, 0, total.not_level2)
    t = Truth(s.save(folder / "30_tram_lao.xlsx"), {unit: counted})
    t.problems = {(unit, None, None, MISSING_REASONS)}
    return t


# ---------------------------------------------------------------- lists of people

def _person_rows(rng: random.Random, n: int) -> list[tuple[str, dt.date, str]]:
    return [(person(rng), dt.date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28)),
             identity_number(rng)) for _ in range(n)]


def _personal_strings(people) -> list[str]:
    out = []
    for name, born, number in people:
        out += [name, number, born.strftime("%d/%m/%Y"), born.isoformat()]
    return out


def phu_luc_iv_by_hand(folder: Path, rng: random.Random) -> Truth:
    """Phụ lục IV typed by hand: names, birth dates, identity numbers (same unit as a
    Phụ lục III in the set: it must not compete with it)."""
    s = Sheet()
    s.line(PARENT)
    s.line("Bệnh viện Mắt Núi Xanh")
    s.line("PHỤ LỤC IV")
    s.line("DANH SÁCH CÁN BỘ CHƯA ĐỊNH DANH ĐIỆN TỬ MỨC 2")
    s.line("TT", "Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Khoa/phòng", "Tình trạng",
           "Lý do", "Chính đáng (có/không)", "Ghi chú")
    people = _person_rows(rng, 6)
    for n, (name, born, number) in enumerate(people, 1):
        s.line(n, name, born, number, "Khoa Nhi", "Đã kích hoạt mức 1", "Nghỉ thai sản", "có")
    return Truth(s.save(folder / "31_phu_luc_iv_bv_mat.xlsx"),
                 held={"Bệnh viện Mắt Núi Xanh": PERSONAL_LIST},
                 personal=_personal_strings(people))


def crosses_and_reasons(folder: Path, rng: random.Random) -> Truth:
    """One row per person, "X" in the status columns, a reason column; the names under a
    header that does not say "họ tên"."""
    s = Sheet()
    s.line("TT", "Cán bộ", "Khoa/phòng", "Chưa ĐD", "Mức 1", "Mức 2", "Lý do")
    people = _person_rows(rng, 5)
    for n, (name, _, _) in enumerate(people, 1):
        marks = [None, None, None]
        marks[rng.randint(0, 1)] = "X"
        s.line(n, name, "Khoa Dược", *marks, "Chưa sắp xếp thời gian")
    return Truth(s.save(folder / "32_danh_sach_khoa_duoc.xlsx"),
                 held={"32 danh sach khoa duoc": PERSONAL_LIST},
                 personal=[p[0] for p in people])


def ones_under_department(folder: Path, rng: random.Random) -> Truth:
    """Names typed in the "Khoa/phòng" column with "1" under Mức 2 (the unit of another
    file in the set: it must not set that file aside)."""
    s = Sheet()
    s.line(PARENT)
    s.line("TRUNG TÂM Y TẾ HUYỆN ĐỒI CÁT")
    s.line(f"TÌNH HÌNH ĐỊNH DANH TÍNH ĐẾN NGÀY {AS_OF}")
    s.line("TT", "Khoa/phòng", "Chưa định danh", "Mức 1", "Mức 2")
    people = _person_rows(rng, 6)
    for n, (name, _, _) in enumerate(people, 1):
        col = rng.randint(0, 2)
        s.line(n, name, *(1 if k == col else None for k in range(3)))
    path = s.save(folder / "33_ttyt_doi_cat_ca_nhan.xlsx")
    os.utime(path, (2_000_000_000, 2_000_000_000))  # newer than the real Phụ lục III
    return Truth(path, held={"Trung tâm Y tế huyện Đồi Cát": PERSONAL_LIST},
                 personal=[p[0] for p in people])


def csv_list_of_people(folder: Path, rng: random.Random) -> Truth:
    people = _person_rows(rng, 4)
    lines = ["STT;HỌ VÀ TÊN;NS;CCCD;KHOA;TÌNH TRẠNG"]
    lines += [f"{n};{name};{born:%d/%m/%Y};{number};Khoa Nội;Chưa kích hoạt"
              for n, (name, born, number) in enumerate(people, 1)]
    path = folder / "34_phu_luc_iv_ttyt.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Truth(path, held={"34 phu luc iv ttyt": PERSONAL_LIST},
                 personal=_personal_strings(people))


# ---------------------------------------------------------------- agency-style tables

def agency_table(folder: Path, rng: random.Random) -> Truth:
    """A "PHỤ LỤC I"-titled table of three units (a row each)."""
    names = ("Trung tâm Y tế huyện Cỏ Lau", "Bệnh viện Đa khoa huyện Cỏ Lau",
             "Trung tâm Dân số huyện Cỏ Lau")
    s = Sheet()
    s.line("PHÒNG Y TẾ HUYỆN CỎ LAU")
    s.line("PHỤ LỤC I")
    s.line(f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2 CỦA CÁC ĐƠN VỊ TÍNH ĐẾN NGÀY {AS_OF}")
    standard_header(s, top=("TT", "Đơn vị") + STANDARD_TOP[2:])
    units = {}
    for n, name in enumerate(names, 1):
        c = add(departments(rng, 4))
        s.line(n, name, *(dot(v) for v in six(c)), rate_text(c))
        units[name] = c
    total = add(list(units.items()))
    s.line("TỔNG CỘNG", None, *(dot(v) for v in six(total)), rate_text(total))
    return Truth(s.save(folder / "35_phu_luc_i_co_lau.xlsx"), units)


def agency_groups(folder: Path, rng: random.Random) -> Truth:
    """Units in groups with subtotals, names abbreviated ("BV", "TTYT TX"), an older
    date; one unit also sent its own, newer sheet (that one is used)."""
    s = Sheet()
    s.line("TỔNG HỢP TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC 2 TÍNH ĐẾN NGÀY 25/11/2023")
    s.line("TT", "Tên đơn vị", "Tổng số", "Chưa định danh", "Mức 1", "Mức 2", "Có lý do",
           "Không có lý do")
    groups = (("I", "Tuyến tỉnh", ("BV Mắt Đồi Cát", "Trung tâm Huyết học tỉnh Mẫu")),
              ("II", "Tuyến huyện", ("TTYT TX Núi Xanh",)))
    units, at = {}, {}
    for numeral, title, names in groups:
        counts = {name: add(departments(rng, 3)) for name in names}
        s.line(numeral, title, *six(add(list(counts.items()))))
        for n, name in enumerate(names, 1):
            at[name] = s.line(n, name, *six(counts[name]))
        units.update(counts)
    s.line("Tổng cộng (I+II)", None, *six(add(list(units.items()))))
    t = Truth(s.save(folder / "36_tong_hop_tuyen.xlsx"), rows=at)
    t.units = {k: v for k, v in units.items() if k != "TTYT TX Núi Xanh"}
    t.set_aside = {"TTYT TX Núi Xanh"}
    t.problems = {(name, 1, None, "Số liệu tính đến ngày 25/11/2023, khác ngày tổng hợp")
                  for name in t.units}
    return t


# ---------------------------------------------------------------- the same unit twice

def older_copy(folder: Path, rng: random.Random) -> Truth:
    """"TTYT huyện Sông Mây" a week older than "TRUNG TÂM Y TẾ HUYỆN SÔNG MÂY"."""
    unit = "TTYT huyện Sông Mây"
    rows = departments(rng, 3)
    s, _ = _unit_sheet(f"Đơn vị: {unit}", [(n, six(c)) for n, c in rows], as_of="22/11/2023")
    s.line("TỔNG CỘNG", None, *six(add(rows)))
    t = Truth(s.save(folder / "37_ttyt_song_may_cu.xlsx"))
    t.set_aside = {unit}
    return t


def first_version(folder: Path, rng: random.Random) -> Truth:
    """The first version of "Trung tâm Pháp Y" (a wrong Mức 2), saved before the
    corrected one, given after it in the list: the corrected one is used."""
    t = not_level2_before_level2(folder, rng, name="38_phap_y_ban_dau.xlsx", break_first=True)
    os.utime(t.path, (1_600_000_000, 1_600_000_000))
    t.units = {}
    t.set_aside = {"Trung tâm Pháp Y"}
    return t


STANDARD_TOP = ("TT", "Khoa/phòng", "Tổng số nhân viên",
                "Tình trạng thu nhận, kích hoạt Định danh điện tử", None, None, None, None,
                "Tỉ lệ CB-CNVC-NLĐ đã định danh mức 2")

TROUBLE = (rule_breaks, wrong_group_subtotal, unreadable_note, unreadable_marks, unnamed_row,
           rate_100_with_someone_missing, older_date, no_reason_columns, phu_luc_iv_by_hand,
           crosses_and_reasons, ones_under_department, csv_list_of_people, agency_table,
           agency_groups, older_copy, first_version)
