"""Hand-made spreadsheets, typed by code the way people type them in Excel: the seed's
Phụ lục I table (seed 000, public aggregate numbers, no personal data) and messy
Phụ lục III sheets of units."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Seed 000 (Sở Y tế, Phụ lục I, 29/11/2023), rows as printed, split in two as printed.
SEED_PART_1 = """\
1	Bệnh viện Bà Rịa	1.097	11	44	1.042	55	-	95%
2	Bệnh viện Mắt	101	-	-	101	-	-	100%
3	Bệnh viện Phổi Phạm Hữu Chí	54	2	5	47	7	-	87%
4	Bệnh viện Tâm Thần	133	2	3	128	2	-	96%
5	Bệnh viện Vũng Tàu	603	20	-	583	20	-	97%
6	Bệnh viện Y học cổ truyền	62	-	-	62	-	-	100%
7	Chi cục An toàn vệ sinh thực phẩm	19	-	-	19	-	-	100%
8	Chi cục DS-KHHGD	13	-	-	13	-	-	100%
9	Trung tâm Giám định Y khoa	14	-	-	14	-	-	100%
10	Trung tâm Kiểm nghiệm DP - MP	23	-	-	23	-	-	100%
11	Trung tâm Kiểm soát bệnh tật	147	1	-	146	1	-	99%
12	Trung tâm Pháp Y	9	-	-	9	-	-	100%
13	Trường Trung cấp Y tế	36	-	2	34	-	-	94%"""
SEED_PART_2 = """\
14	TTYT huyện Châu Đức	276	-	-	276	-	-	100%
15	TTYT huyện Đất Đỏ	164	-	-	164	-	-	100%
16	TTYT huyện Long Điền	204	-	-	204	-	-	100%
17	TTYT huyện Xuyên Mộc	327	-	3	324	3	-	99%
18	TTYT thành phố Bà Rịa	150	-	-	150	-	-	100%
19	TTYT thành phố Vũng Tàu	272	-	-	272	-	-	100%
20	TTYT thị xã Phú Mỹ	226	3	1	222	3	-	98%
21	TTYT huyện Côn Đảo	80	-	-	80	-	-	100%"""
SEED_TOTAL = "TỔNG CỘNG		4.010	39	58	3.913	91	-	98%"
SEED_STATS = """\
Thống kê toàn ngành	Số lượng	Tỉ lệ (%)
(1) Chưa định danh	39	1%
(2) Đã định danh mức 1	58	1%
(3) Đã định danh mức 2	3.913	98%
(4) Chưa định danh mức 2 = (1)+(2)	97	2%"""
HEADER_1 = ("TT", "Đơn vị", "Tổng số nhân viên tại đơn vị",
            "Tình trạng thu nhận, kích hoạt Định danh điện tử", None, None, None, None,
            "Tỉ lệ CB-CNVC-NLĐ đã định danh mức 2")
HEADER_2 = (None, None, None, "Chưa định danh", "Đã định danh mức 1", "Đã định danh mức 2",
            "Số nhân viên chưa định danh có lý do",
            "Số nhân viên chưa định danh không có lý do", None)


@dataclass
class Typed:
    path: Path
    rows: dict[str, int]  # unit (or "TỔNG CỘNG") -> Excel row number


def _typed_value(text: str, numbers: str):
    """How a person's typing lands in a cell. ``numbers``: "text" (everything typed as
    text, "1.097" too), "number" (counts are numbers, 1097 shown "1.097", rates 0.95 in
    a % cell), "decimal" (Excel in a US locale took "1.097" for the decimal 1.097)."""
    text = text.strip()
    if text == "" or numbers == "text":
        return text or None
    if text == "-":
        return "-"
    if text.endswith("%"):
        return float(text[:-1].replace(",", ".")) / 100
    digits = text.replace(".", "")
    if digits.isdigit():
        if "." in text and numbers == "decimal":
            return float(text)
        return int(digits)
    return text


def _style_header(ws, first: int) -> None:
    for col in (1, 2, 3, 9):
        ws.merge_cells(start_row=first, start_column=col, end_row=first + 1, end_column=col)
    ws.merge_cells(start_row=first, start_column=4, end_row=first, end_column=8)


def write_seed_phu_luc_i(path: Path, numbers: str = "text") -> Typed:
    """The seed's Phụ lục I as a hand-made .xlsx: title rows, merged two-row header,
    "-" for zero, the table split in two with the header repeated, the totals and the
    statistics block, exactly as the seed prints them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    rows: dict[str, int] = {}
    ws.append(["PHỤ LỤC I"])
    ws.append(["TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2 CỦA CÁC ĐƠN VỊ TÍNH ĐẾN NGÀY 29/11/2023"])
    ws.append(["(Kèm theo Công văn số /SYT-NV ngày / /2023 của Sở Y tế)"])
    ws.append([])

    def table_part(block: str) -> None:
        ws.append(list(HEADER_1))
        ws.append(list(HEADER_2))
        _style_header(ws, ws.max_row - 1)
        for line in block.splitlines():
            cells = line.split("\t")
            values = [int(cells[0]), cells[1]] + [_typed_value(c, numbers) for c in cells[2:]]
            ws.append(values)
            rows[cells[1]] = ws.max_row
            if numbers != "text":
                for cell in ws[ws.max_row][2:8]:
                    cell.number_format = '#,##0;-#,##0;"-"'
                ws.cell(ws.max_row, 9).number_format = "0%"

    table_part(SEED_PART_1)
    ws.append([])  # the page break of the seed: the table goes on under its header again
    table_part(SEED_PART_2)
    total = SEED_TOTAL.split("\t")
    ws.append([total[0], None] + [_typed_value(c, numbers) for c in total[2:]])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    rows["TỔNG CỘNG"] = ws.max_row
    ws.append([])
    for line in SEED_STATS.splitlines():
        label, *rest = line.split("\t")
        ws.append([None, label] + [_typed_value(c, numbers) for c in rest])
    ws.append([])
    ws.append(["Ghi chú: số liệu do các đơn vị báo cáo qua iDesk."])
    wb.save(path)
    return Typed(path, rows)


def write_messy_phu_luc_iii(
    path: Path,
    unit: str,
    departments: list[tuple[str, int, int, int, int, int, int]],
    *,
    total: tuple[int, int, int, int, int, int] | None = None,
    as_of: str = "29/11/2023",
    agency_in_one_cell: bool = True,
    column_numbers: bool = True,
) -> Typed:
    """A unit's Phụ lục III typed by hand: the agency block (parent and unit in one cell
    or two rows), the motto on the right, a title, a header over two rows with a row of
    column numbers, "-" for zero, numbers as text with "." for thousands, "95%" rates,
    the total (written, or the sum of the rows) and notes below.
    ``departments``: (name, total, none, level1, level2, with_reason, without_reason)."""
    from openpyxl import Workbook

    def txt(n: int) -> str:
        return "-" if n == 0 else f"{n:,}".replace(",", ".")

    wb = Workbook()
    ws = wb.active
    rows: dict[str, int] = {}
    if agency_in_one_cell:
        ws.append([f"SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU\n{unit.upper()}", None, None, None,
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        ws.append([None, None, None, None, "Độc lập - Tự do - Hạnh phúc"])
    else:
        ws.append(["SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU", None, None, None,
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        ws.append([unit.upper(), None, None, None, "Độc lập - Tự do - Hạnh phúc"])
    ws.append(["Số: 12/BC-BV", None, None, None, "Bà Rịa, ngày 30 tháng 11 năm 2023"])
    ws.append([])
    ws.append(["PHỤ LỤC III"])
    ws.append([f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2 TÍNH ĐẾN NGÀY {as_of}"])
    ws.append(["STT", "Khoa/Phòng", "Tổng số CB-CNVC-NLĐ", "Tình trạng", None, None, None,
               None, "Tỷ lệ đạt mức 2"])
    ws.append([None, None, None, "Chưa ĐD", "Mức 1", "Mức 2", "Có lý do", "Không lý do", None])
    _style_header(ws, ws.max_row - 1)
    if column_numbers:
        ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)=(6)/(3)"])
    for n, (name, *counts) in enumerate(departments, 1):
        t, l2 = counts[0], counts[3]
        rate = f"{round(100 * l2 / t)}%" if t else "-"
        ws.append([n, name, *(txt(c) for c in counts), rate])
        rows[name] = ws.max_row
    if total is None:
        total = tuple(sum(d[k] for d in departments) for k in range(1, 7))
    t, l2 = total[0], total[3]
    ws.append(["Tổng cộng", None, *(txt(c) for c in total),
               f"{round(100 * l2 / t)}%" if t else "-"])
    rows["TỔNG CỘNG"] = ws.max_row
    ws.append([])
    ws.append(["Ghi chú: số liệu chốt lúc 16 giờ."])
    ws.append([None, "Người lập biểu", None, None, None, "KT. GIÁM ĐỐC"])
    wb.save(path)
    return Typed(path, rows)
