"""More clean unit sheets: sub-rows, CSV, old fonts, decomposed text, capitals, a page
break, the statistics block, a cover sheet, no title, a missing status column."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from tests.agency.clerk_units import AS_OF, PARENT
from tests.agency.clerks import (
    Sheet,
    Truth,
    add,
    departments,
    dot,
    nbsp,
    people,
    rate_text,
    six,
    standard_header,
    with_rate,
)


def sub_rows(folder: Path, rng: random.Random) -> Truth:
    """A department's own line above its sub-rows ("1.1 …", "- …"): only the sub-rows
    count."""
    s = Sheet()
    s.agency_block(PARENT, "BỆNH VIỆN ĐA KHOA HUYỆN SÔNG MÂY", AS_OF)
    standard_header(s)
    leaves = []
    clinics = departments(rng, 3)
    clinics = [(f"Phòng khám số {k}", c) for k, (_, c) in enumerate(clinics, 1)]
    sub = add(clinics)
    s.line(1, "Khoa Khám bệnh", *six(sub), rate_text(sub))
    for k, (name, c) in enumerate(clinics, 1):
        s.line(f"1.{k}", name, *six(c), rate_text(c))
    leaves += clinics
    others = departments(rng, 3)
    for n, (name, c) in enumerate(others, 2):
        s.line(n, name, *six(c), rate_text(c))
    leaves += others
    stations = [(f"Trạm Y tế xã Số {k}", c) for k, (_, c) in enumerate(departments(rng, 2), 1)]
    sub = add(stations)
    s.line(5, "Tuyến xã", *six(sub), rate_text(sub))
    for name, c in stations:
        s.line("-", f"- {name}", *six(c), rate_text(c))
    leaves += stations
    total = add(leaves)
    s.line("Tổng cộng", None, *six(total), rate_text(total))
    unit = "Bệnh viện Đa khoa huyện Sông Mây"
    maybe = (unit, None, None, "Có thể trùng đơn vị với Bệnh viện Đa khoa Sông Mây")
    return Truth(s.save(folder / "12_bvdk_song_may.xlsx"), {unit: total}, problems={maybe})


def csv_semicolons(folder: Path, rng: random.Random) -> Truth:
    """A CSV saved by a spreadsheet set to semicolons, numbers as text."""
    rows = departments(rng, 4, big=True)
    total = add(rows)
    lines = ["Đơn vị: Trung tâm Giám định Y khoa tỉnh Mẫu",
             f"Tiến độ định danh điện tử mức 2 tính đến ngày {AS_OF}",
             "STT;Khoa/phòng;Tổng số;Chưa định danh;Mức 1;Mức 2;Có lý do;Không có lý do"]
    for n, (name, c) in enumerate(rows, 1):
        lines.append(";".join([str(n), name, dot(c.total), people(c.none), dot(c.level1),
                               dot(c.level2), dot(c.with_reason), dot(c.without_reason)]))
    lines.append(";".join(["Tổng cộng", ""] + [dot(v) for v in six(total)]))
    path = folder / "13_giam_dinh_y_khoa.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return Truth(path, {"Trung tâm Giám định Y khoa tỉnh Mẫu": total})


def legacy_tcvn3(folder: Path, rng: random.Random) -> Truth:
    """Typed with the old .VnTime fonts (TCVN3)."""
    from eidroster.io.legacy import TCVN3, from_unicode

    s = Sheet()
    s.agency_block(PARENT, "BỆNH VIỆN ĐIỀU DƯỠNG PHỤC HỒI CHỨC NĂNG", AS_OF)
    standard_header(s)
    rows = departments(rng, 4)
    total = s.table(rows, lambda c: [dot(v) for v in six(c)], "TỔNG CỘNG")
    for row in s.ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.value = from_unicode(cell.value, TCVN3)
    return Truth(s.save(folder / "14_bv_dieu_duong_tcvn3.xlsx"),
                 {"Bệnh viện Điều dưỡng phục hồi chức năng": total})


def decomposed_text(folder: Path, rng: random.Random) -> Truth:
    """Every text in NFD (saved on a Mac or from a web form)."""
    s = Sheet()
    s.agency_block(PARENT, "TRUNG TÂM KIỂM NGHIỆM THUỐC, MỸ PHẨM, THỰC PHẨM", AS_OF)
    s.line("TT", "Khoa/phòng", "Tổng số", "Chưa định danh", "Đã định danh mức 1",
           "Đã định danh mức 2", "Có lý do", "Không có lý do")
    rows = departments(rng, 4)
    total = s.table(rows, lambda c: [nbsp(v) for v in six(c)], "Tổng cộng")
    for row in s.ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.value = unicodedata.normalize("NFD", cell.value)
    return Truth(s.save(folder / "15_kiem_nghiem_nfd.xlsx"),
                 {"Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm": total})


def capitals_and_cong(folder: Path, rng: random.Random) -> Truth:
    """Header in capitals, rates as fractions, the total a bare "Cộng:"."""
    s = Sheet()
    s.agency_block(PARENT, "BAN BẢO VỆ CHĂM SÓC SỨC KHỎE CÁN BỘ TỈNH", AS_OF)
    s.line("TT", "KHOA/PHÒNG", "TỔNG SỐ", "CHƯA ĐỊNH DANH", "MỨC 1", "MỨC 2", "CÓ LÝ DO",
           "KHÔNG CÓ LÝ DO", "TỶ LỆ")
    rows = departments(rng, 3)
    total = s.table(rows, lambda c: [*six(c), c.level2 / c.total], "Cộng:", name=str.upper)
    return Truth(s.save(folder / "16_ban_bvsk.xlsx"),
                 {"Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh": total})


def split_over_two_pages(folder: Path, rng: random.Random) -> Truth:
    """The table split in two with its header repeated (a page break)."""
    s = Sheet()
    s.agency_block(PARENT, "TRUNG TÂM Y TẾ THỊ XÃ NÚI XANH", AS_OF)
    rows = departments(rng, 12)
    for part in (rows[:7], rows[7:]):
        standard_header(s)
        for name, c in part:
            s.line(rows.index((name, c)) + 1, name, *(dot(v) for v in six(c)), rate_text(c))
        s.line()
    total = add(rows)
    s.line("TỔNG CỘNG", None, *(dot(v) for v in six(total)), rate_text(total))
    return Truth(s.save(folder / "17_ttyt_tx_nui_xanh.xlsx"),
                 {"Trung tâm Y tế thị xã Núi Xanh": total})


def statistics_block_no_total(folder: Path, rng: random.Random) -> Truth:
    """No total row; the "Thống kê" block and the signatures under the table."""
    s = Sheet()
    s.agency_block(PARENT, "NHÀ HỘ SINH KHU VỰC SÔNG MÂY", AS_OF)
    standard_header(s)
    rows = departments(rng, 4)
    total = s.table(rows, with_rate)
    s.line()
    s.line(None, "Thống kê toàn đơn vị", "Số lượng", "Tỉ lệ (%)")
    s.line(None, "(1) Chưa định danh", total.none, "1%")
    s.line(None, "(2) Đã định danh mức 1", total.level1, "1%")
    s.line(None, "(3) Đã định danh mức 2", total.level2, "98%")
    s.line()
    s.line(None, "Người lập biểu", None, None, None, "GIÁM ĐỐC")
    s.line(None, "Phạm Ngọc Diệp", None, None, None, "Ngô Thanh Vĩnh")
    return Truth(s.save(folder / "18_nha_ho_sinh.xlsx"), {"Nhà hộ sinh khu vực Sông Mây": total},
                 personal=["Phạm Ngọc Diệp", "Ngô Thanh Vĩnh"])


def cover_sheet_first(folder: Path, rng: random.Random) -> Truth:
    """A first sheet of instructions, the table on the second."""
    s = Sheet(title="Hướng dẫn")
    s.line("Hướng dẫn: điền số liệu vào trang Phụ lục III, không sửa tiêu đề cột.")
    t = Sheet(s.wb, "Phụ lục III")
    t.agency_block(PARENT, "PHÒNG KHÁM ĐA KHOA KHU VỰC NGỌC HÀ", AS_OF)
    standard_header(t)
    rows = departments(rng, 3)
    total = t.table(rows, with_rate, "TỔNG CỘNG")
    return Truth(s.save(folder / "19_pk_ngoc_ha.xlsx"),
                 {"Phòng khám Đa khoa khu vực Ngọc Hà": total})


def name_from_file(folder: Path, rng: random.Random) -> Truth:
    """No title at all: the unit is the file's name."""
    s = Sheet()
    s.line("TT", "Khoa, phòng", "Tổng số", "Chưa định danh", "Mức 1", "Mức 2", "Có lý do",
           "Không có lý do", "Tỉ lệ")
    rows = departments(rng, 3)
    total = s.table(rows, with_rate, "Cộng")
    return Truth(s.save(folder / "Trung_tam_Cap_cuu_115_Mau.xlsx"),
                 {"Trung tam Cap cuu 115 Mau": total})


def no_none_column(folder: Path, rng: random.Random) -> Truth:
    """No "Chưa định danh" column (the form counts only those activated): worked out as
    Tổng số − Mức 1 − Mức 2; the name column headed "Đơn vị"."""
    s = Sheet()
    s.line(PARENT)
    s.line("TRUNG TÂM Y TẾ HUYỆN ĐỒI CÁT")
    s.line(f"KẾT QUẢ ĐĂNG KÝ, KÍCH HOẠT TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ TÍNH ĐẾN NGÀY {AS_OF}")
    top = s.line("STT", "Đơn vị", "Tổng số cán bộ, viên chức, người lao động",
                 "Số người đã đăng ký, kích hoạt tài khoản định danh điện tử", None,
                 "Lý do chưa đạt mức 2", None)
    s.line(None, None, None, "Mức độ 1", "Mức độ 2", "Có", "Không")
    for col in (1, 2, 3):
        s.merge(top, col, top + 1, col)
    s.merge(top, 4, top, 5)
    s.merge(top, 6, top, 7)
    rows = departments(rng, 4)
    total = s.table(rows, lambda c: [c.total, c.level1, c.level2, c.with_reason,
                                     c.without_reason], "Tổng")
    return Truth(s.save(folder / "22_ttyt_doi_cat.xlsx"), {"Trung tâm Y tế huyện Đồi Cát": total})


MORE_CLEAN = (sub_rows, csv_semicolons, legacy_tcvn3, decomposed_text, capitals_and_cong,
              split_over_two_pages, statistics_block_no_total, cover_sheet_first,
              name_from_file, no_none_column)
