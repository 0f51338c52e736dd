"""Clean unit sheets, each typed in one clerk's style: they must merge exactly, with
no problem reported (no false alarm)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.agency.clerks import (
    Sheet,
    Truth,
    add,
    comma,
    departments,
    dotted_with_rate,
    people,
    rate_text,
    six,
    spaced,
    standard_header,
    us_decimal,
)

AS_OF = "29/11/2023"
PARENT = "SỞ Y TẾ TỈNH MẪU"


def own_sheet(folder: Path, rng: random.Random) -> Truth:
    """eidroster's own Phụ lục III (capitals in the header, the name as typed in the
    workbook's properties)."""
    from eidroster.domain.aggregate import Aggregate, DepartmentRow
    from eidroster.reports.aggregate_sheet import write_aggregate_xlsx

    unit = "Bệnh viện Đa khoa Sông Mây"
    rows = departments(rng, 8, big=True)
    agg = Aggregate(dt.date(2023, 11, 29), tuple(DepartmentRow(n, c) for n, c in rows), add(rows))
    path = folder / "01_phu_luc_iii_eidroster.xlsx"
    write_aggregate_xlsx(path, agg, {"parent_agency": PARENT, "unit_name": unit,
                                     "place_name": "Sông Mây", "signer_title": "GIÁM ĐỐC"})
    # "Bệnh viện Đa khoa huyện Sông Mây" (12) may be the same hospital: said, not guessed
    maybe = (unit, None, None, "Có thể trùng đơn vị với Bệnh viện Đa khoa huyện Sông Mây")
    return Truth(path, {unit: add(rows)}, problems={maybe})


def seed_like(folder: Path, rng: random.Random) -> Truth:
    """The seed's layout: agency block in one cell, two-row merged header, a row of
    column numbers, "1.097" as text, "-" for zero, "95%", notes and signatures."""
    s = Sheet()
    s.agency_block(PARENT, "BỆNH VIỆN MẮT NÚI XANH", AS_OF, one_cell=True)
    s.line("(Kèm theo Báo cáo số 12/BC-BV ngày 30/11/2023 của Bệnh viện Mắt Núi Xanh)")
    standard_header(s)
    s.line("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)=(6)/(3)")
    rows = departments(rng, 9, big=True)
    total = s.table(rows, dotted_with_rate, "TỔNG CỘNG")
    s.line()
    s.line("Ghi chú: số liệu chốt lúc 16 giờ; 3 người nghỉ thai sản.")
    s.line(None, "Người lập biểu", None, None, None, "KT. GIÁM ĐỐC")
    s.line(None, "Lê Thị Khuê", None, None, None, "Trần Văn Toản")
    path = s.save(folder / "02_bv_mat_nui_xanh.xlsx")
    return Truth(path, {"Bệnh viện Mắt Núi Xanh": total}, personal=["Lê Thị Khuê", "Trần Văn Toản"])


def abbreviations(folder: Path, rng: random.Random) -> Truth:
    """One-row header in abbreviations (SL, Chưa ĐDĐT, ĐDĐT MĐ1, Có LD, TL), numbers as
    numbers, the rate as a fraction in a % cell, "Tổng cộng toàn đơn vị"."""
    s = Sheet()
    s.line(PARENT)
    s.line("TRUNG TÂM Y TẾ HUYỆN SÔNG MÂY")
    s.line()
    s.line("BÁO CÁO TIẾN ĐỘ ĐDĐT MỨC 2 TÍNH ĐẾN NGÀY 29/11/2023")
    s.line("STT", "Khoa/Phòng", "SL", "Chưa ĐDĐT", "ĐDĐT MĐ1", "ĐDĐT MĐ2", "Có LD", "Không LD",
           "TL (%)")
    rows = departments(rng, 7)
    for n, (name, c) in enumerate(rows, 1):
        r = s.line(n, name, *six(c), c.level2 / c.total)
        s.ws.cell(r, 9).number_format = "0%"
    total = add(rows)
    s.line("Tổng cộng toàn đơn vị", None, *six(total), total.level2 / total.total)
    return Truth(s.save(folder / "03_ttyt_song_may.xlsx"),
                 {"Trung tâm Y tế huyện Sông Mây": total})


def groups_with_subtotals(folder: Path, rng: random.Random) -> Truth:
    """Group rows carrying their subtotal ("I. Khối lâm sàng"), "TỔNG CỘNG (I+II+III)"."""
    s = Sheet()
    s.agency_block(PARENT, "BỆNH VIỆN PHỔI ĐỖ MINH KHANG", AS_OF)
    standard_header(s)
    everything = []
    n = 0
    for numeral, title, size in (("I", "Khối lâm sàng", 4), ("II", "Khối cận lâm sàng", 3),
                                 ("III", "Khối hành chính", 2)):
        rows = departments(rng, size, big=numeral == "I")
        sub = add(rows)
        s.line(numeral, title, *six(sub), rate_text(sub))
        for name, c in rows:
            n += 1
            s.line(n, name, *six(c), rate_text(c))
        everything += rows
    total = add(everything)
    s.line("TỔNG CỘNG (I+II+III)", None, *six(total), rate_text(total))
    return Truth(s.save(folder / "04_bv_phoi.xlsx"), {"Bệnh viện Phổi Đỗ Minh Khang": total})


def group_headings_and_cong(folder: Path, rng: random.Random) -> Truth:
    """Group headings without numbers, "Cộng A" lines after their members, numbers typed
    " 12 " and "12 người", the unit on a "Đơn vị:" line."""
    s = Sheet()
    s.line("Đơn vị: Trung tâm Kiểm soát bệnh tật tỉnh Mẫu")
    s.line(f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC 2 TÍNH ĐẾN NGÀY {AS_OF}")
    s.line("TT", "Khoa, phòng", "Tổng số", "Chưa định danh", "Đã định danh mức 1",
           "Đã định danh mức 2", "Có lý do", "Không có lý do")
    everything = []
    for letter, title, size in (("A", "CÁC KHOA CHUYÊN MÔN", 4), ("B", "CÁC PHÒNG CHỨC NĂNG", 3)):
        s.line(letter, title)
        rows = departments(rng, size)
        for n, (name, c) in enumerate(rows, 1):
            s.line(n, name, spaced(c.total), people(c.none), spaced(c.level1), people(c.level2),
                   spaced(c.with_reason), spaced(c.without_reason))
        s.line(None, f"Cộng {letter}", *six(add(rows)))
        everything += rows
    total = add(everything)
    s.line(None, "Tổng cộng", *six(total))
    return Truth(s.save(folder / "05_cdc.xlsx"),
                 {"Trung tâm Kiểm soát bệnh tật tỉnh Mẫu": total})


def not_level2_before_level2(folder: Path, rng: random.Random, name: str = "06_phap_y.xlsx",
                             break_first: bool = False) -> Truth:
    """"Quân số" for the head count and a "Chưa định danh mức 2" column placed before the
    real Mức 2 column."""
    s = Sheet()
    s.agency_block(PARENT, "TRUNG TÂM PHÁP Y", AS_OF)
    s.line("TT", "Khoa, phòng", "Quân số", "Chưa định danh", "Mức 1", "Chưa định danh mức 2",
           "Mức 2", "Có lý do", "Không có lý do")
    rows = departments(rng, 5)
    truth = Truth(Path(), {})
    for n, (dept, c) in enumerate(rows, 1):
        values = [c.total, c.none, c.level1, c.none + c.level1, c.level2, c.with_reason,
                  c.without_reason]
        if break_first and n == 1:
            values[4] += 1  # a wrong Mức 2 in the first version of the file
        truth.rows[dept] = s.line(n, dept, *values)
    total = add(rows)
    s.line("Tổng cộng", None, total.total, total.none, total.level1, total.not_level2,
           total.level2, total.with_reason, total.without_reason)
    truth.path = s.save(folder / name)
    truth.units = {"Trung tâm Pháp Y": total}
    return truth


def comma_thousands_no_total(folder: Path, rng: random.Random) -> Truth:
    """"1,097" as text, "—" for zero, empty cells, no total row; the unit only in the
    title ("… CỦA <UNIT> TÍNH ĐẾN NGÀY …")."""
    s = Sheet()
    s.line("TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2 CỦA BỆNH VIỆN ĐA KHOA KHU VỰC NÚI XANH "
           f"TÍNH ĐẾN NGÀY {AS_OF}")
    s.line()
    standard_header(s)
    rows = departments(rng, 6, big=True)
    for n, (name, c) in enumerate(rows, 1):
        s.line(n, name, comma(c.total), comma(c.none), None if not c.level1 else c.level1,
               comma(c.level2), comma(c.with_reason), None if not c.without_reason else
               str(c.without_reason))
    return Truth(s.save(folder / "07_bvdkkv_nui_xanh.xlsx"),
                 {"Bệnh viện Đa khoa khu vực Núi Xanh": add(rows)})


def us_decimal_damage(folder: Path, rng: random.Random) -> Truth:
    """Numbers typed "1.097" in an Excel that took the dot for a decimal sign; "Số
    lượng" for the head count; the total is a bare "Cộng"."""
    s = Sheet()
    s.agency_block(PARENT, "BỆNH VIỆN TÂM THẦN TỈNH MẪU", AS_OF)
    s.line("STT", "Tên khoa/phòng", "Số lượng", "Chưa định danh", "Mức 1", "Mức 2", "Có lý do",
           "Không có lý do")
    rows = departments(rng, 5, big=True)
    total = s.table(rows, lambda c: [us_decimal(v) for v in six(c)], "Cộng")
    return Truth(s.save(folder / "08_bv_tam_than.xlsx"), {"Bệnh viện Tâm thần tỉnh Mẫu": total})


def three_row_header(folder: Path, rng: random.Random) -> Truth:
    """"Trong đó" over "Chưa định danh" / "Đã định danh" over "Mức 1" / "Mức 2", "Lý do"
    over "Có" / "Không"; a row of column numbers typed as numbers."""
    s = Sheet()
    s.line("UBND HUYỆN NÚI XANH", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    s.line("TRUNG TÂM Y TẾ HUYỆN NÚI XANH", None, None, None, "Độc lập - Tự do - Hạnh phúc")
    s.line(f"Số liệu tính đến ngày {AS_OF}")
    top = s.line("TT", "Khoa/phòng", "Tổng số", "Trong đó", None, None, None, None, "Tỷ lệ mức 2")
    s.line(None, None, None, "Chưa định danh", "Đã định danh", None, "Lý do chưa đạt mức 2")
    s.line(None, None, None, None, "Mức 1", "Mức 2", "Có", "Không")
    for col in (1, 2, 3, 9):
        s.merge(top, col, top + 2, col)
    s.merge(top, 4, top, 8)
    s.merge(top + 1, 4, top + 2, 4)
    s.merge(top + 1, 5, top + 1, 6)
    s.merge(top + 1, 7, top + 1, 8)
    s.line(*range(1, 10))
    rows = departments(rng, 6)
    total = s.table(rows, dotted_with_rate, "Tổng cộng")
    return Truth(s.save(folder / "09_ttyt_nui_xanh.xlsx"),
                 {"Trung tâm Y tế huyện Núi Xanh": total})


def offset_with_notes(folder: Path, rng: random.Random) -> Truth:
    """The table starts in column C, a "Ghi chú" column of text, the date in a date cell
    after "Tính đến ngày:", the total a bare "TỔNG"."""
    s = Sheet(first_col=3)
    s.line(PARENT)
    s.line("CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM")
    s.line("Tính đến ngày:", dt.datetime(2023, 11, 29))
    s.line()
    s.line("STT", "Khoa/phòng", "Tổng số", "Chưa định danh", "Mức 1", "Mức 2", "Có lý do",
           "Không có lý do", "Tỉ lệ", "Ghi chú")
    rows = departments(rng, 4)
    for n, (name, c) in enumerate(rows, 1):
        note = f"{c.with_reason} nghỉ thai sản" if c.with_reason else None
        s.line(n, name, *six(c), rate_text(c), note)
    total = add(rows)
    s.line("TỔNG", None, *six(total))
    return Truth(s.save(folder / "10_chi_cuc_attp.xlsx"),
                 {"Chi cục An toàn vệ sinh thực phẩm": total})


def count_and_share_pairs(folder: Path, rng: random.Random) -> Truth:
    """"SL" and "%" under each status."""
    s = Sheet()
    s.agency_block(PARENT, "TRƯỜNG CAO ĐẲNG Y TẾ TỈNH MẪU", AS_OF, title="")
    top = s.line("TT", "Khoa phòng", "Tổng số CB-VC-NLĐ", "Chưa ĐD", None, "Mức 1", None,
                 "Mức 2", None, "Có lý do", "Không có lý do")
    s.line(None, None, None, "SL", "%", "SL", "%", "SL", "%")
    for col in (1, 2, 3, 10, 11):
        s.merge(top, col, top + 1, col)
    for col in (4, 6, 8):
        s.merge(top, col, top, col + 1)
    rows = departments(rng, 5)
    for n, (name, c) in enumerate(rows, 1):
        share = [f"{round(100 * v / c.total)}%" for v in (c.none, c.level1)] + [rate_text(c)]
        s.line(n, name, c.total, c.none, share[0], c.level1, share[1], c.level2, share[2],
               c.with_reason, c.without_reason)
    total = add(rows)
    s.line("Tổng cộng", None, total.total, total.none, None, total.level1, None, total.level2,
           rate_text(total), total.with_reason, total.without_reason)
    return Truth(s.save(folder / "11_cao_dang_y_te.xlsx"),
                 {"Trường Cao đẳng Y tế tỉnh Mẫu": total})


CLEAN = (own_sheet, seed_like, abbreviations, groups_with_subtotals, group_headings_and_cong,
         not_level2_before_level2, comma_thousands_no_total, us_decimal_damage,
         three_row_header, offset_with_notes, count_and_share_pairs)
