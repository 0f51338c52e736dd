"""Writing the import template (with drop-down lists) and the workbook of rejected rows
that the user fixes and imports again. Pure openpyxl, atomic writes, no formulas from data."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from eidroster.io.atomic import save_workbook_atomic

TEMPLATE_HEADERS = ("TT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân",
                    "Khoa/phòng", "Chức danh", "Tình trạng", "Lý do", "Chính đáng", "Ghi chú")
TEMPLATE_WIDTHS = (6, 28, 12, 9, 18, 24, 18, 28, 40, 11, 30)
HEADER_ROW = 3  # 1-based: title, hint, header
TEMPLATE_ROWS = 1000
LISTS_SHEET = "Danh mục"


def write_template(
    target: str | os.PathLike[str],
    statuses: Sequence[str],
    reasons: Sequence[str],
    departments: Sequence[str] = (),
) -> Path:
    """An empty list with the import's columns; Tình trạng, Lý do, Giới tính and Chính
    đáng are drop-down lists (data validation) from a hidden catalogue sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "DANH SÁCH CÁN BỘ, VIÊN CHỨC VÀ TÌNH TRẠNG ĐỊNH DANH ĐIỆN TỬ"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Mẫu nhập eidroster: mỗi người một dòng từ dòng 4; số định danh cá nhân (số "
                "thẻ căn cước) ghi đủ 12 số, CMND cũ 9 số; "
                "Ngày sinh dạng ngày/tháng/năm; chọn Tình trạng và Lý do trong danh sách.")
    ws["A2"].font = Font(italic=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c, (name, width) in enumerate(zip(TEMPLATE_HEADERS, TEMPLATE_WIDTHS, strict=True), 1):
        cell = ws.cell(HEADER_ROW, c, name)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    first, last = HEADER_ROW + 1, HEADER_ROW + TEMPLATE_ROWS
    for r in range(first, last + 1):
        ws.cell(r, 5).number_format = "@"  # the number as text: leading zeros stay
        ws.cell(r, 3).number_format = "dd/mm/yyyy"

    lists = wb.create_sheet(LISTS_SHEET)
    columns = {"Tình trạng": list(statuses), "Lý do": list(reasons), "Giới tính": ["Nam", "Nữ"],
               "Chính đáng": ["có", "không"], "Khoa/phòng": list(departments)}
    refs = {}
    for c, (title, values) in enumerate(columns.items(), 1):
        lists.cell(1, c, title).font = Font(bold=True)
        for r, value in enumerate(values, 2):
            cell = lists.cell(r, c, value)
            cell.data_type = "s"
        letter = lists.cell(1, c).column_letter
        if values:
            refs[title] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    lists.sheet_state = "hidden"

    def add_list(title: str, col_letter: str, strict: bool) -> None:
        if title not in refs:
            return
        dv = DataValidation(type="list", formula1=refs[title], allow_blank=True,
                            showErrorMessage=strict, errorStyle="stop" if strict else "warning")
        dv.errorTitle = "Giá trị không có trong danh sách"
        dv.error = f"Hãy chọn {title.lower()} trong danh sách thả xuống"
        dv.promptTitle = title
        dv.prompt = f"Chọn {title.lower()} trong danh sách"
        dv.showInputMessage = True
        ws.add_data_validation(dv)
        dv.add(f"{col_letter}{first}:{col_letter}{last}")

    add_list("Tình trạng", "H", strict=True)
    add_list("Lý do", "I", strict=False)  # a new reason may be typed: offered for adding
    add_list("Giới tính", "D", strict=True)
    add_list("Chính đáng", "J", strict=True)
    add_list("Khoa/phòng", "F", strict=False)
    save_workbook_atomic(wb, target)
    return Path(target)


def write_rows(
    target: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    sheet_title: str = "Dòng bị từ chối",
) -> Path:
    """A plain table (the rejected rows with their original cells and the reason), every
    user text written as text so "=…" never becomes a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    for c, name in enumerate(headers, 1):
        cell = ws.cell(1, c, name)
        cell.data_type = "s"
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            if value is None:
                continue
            cell = ws.cell(r, c, value)
            if isinstance(value, str):
                cell.data_type = "s"
            elif isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    ws.freeze_panes = "A2"
    save_workbook_atomic(wb, target)
    return Path(target)
