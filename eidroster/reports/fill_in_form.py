"""A department's fill-in form (.xlsx, openpyxl): the department's active people with their
current status and reason, which the department corrects and sends back.

* Only the cells to fill in are unlocked (Tình trạng, Lý do, Ngày kích hoạt, Ghi chú, and
  empty rows at the bottom for people not yet on the list); the sheet is protected without
  a password (a guard against slips, not a lock), sorting and filtering allowed.
* Tình trạng and Lý do are drop-down lists of the catalogue (a hidden sheet holds the
  lists); a value typed instead of chosen is allowed after a warning, the import reads it.
* A hidden column holds each row's key (``<form token>-<employee id>``), so the rows can
  be re-sorted, and a hidden sheet holds the form's token, date and department.
* The CCCD is masked: the department does not need the full number.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from eidroster.domain.text import format_date
from eidroster.reports import fonts
from eidroster.reports.common import save_workbook, set_text

SHEET = "Phiếu"
LISTS_SHEET = "Danh mục"
#: the hidden sheet's first cell: how a returned form is recognised
MARK = "eidroster-phieu-khoa-phong-1"
KEY_HEADER = "Mã dòng (không sửa)"
HEADERS = ("TT", "Họ và tên", "Ngày sinh", "Số định danh", "Tình trạng",
           "Lý do chưa định danh mức 2", "Ngày kích hoạt", "Ghi chú", KEY_HEADER)
WIDTHS = (5, 28, 12, 15, 30, 38, 14, 28, 22)
HEADER_ROW = 7  # 1-based
#: empty rows under the list for people the department adds
BLANK_ROWS = 15
INSTRUCTION = (
    "Hướng dẫn: với từng người, chọn Tình trạng (cột E) và Lý do chưa đạt mức 2 (cột F) trong "
    "danh sách thả xuống; ghi Ngày kích hoạt (dd/mm/yyyy) nếu biết và Ghi chú nếu cần. Người "
    "chưa có trong danh sách: ghi vào các dòng trống cuối bảng (họ và tên, ngày sinh, số định "
    "danh đủ 12 số). Được sắp xếp lại các dòng; không xóa cột, không sửa ô bị khóa. Lưu tệp và "
    "gửi lại cho phòng Tổ chức cán bộ.")
NOTICE = "Tệp có dữ liệu cá nhân: chỉ gửi cho phòng Tổ chức cán bộ, không chuyển tiếp."


@dataclass(frozen=True, slots=True)
class FormRow:
    key: str
    name: str
    birth_date: dt.date | None
    masked_id: str
    status: str  # the label in force on the form's date
    reason: str
    note: str


@dataclass(frozen=True)
class FormSheet:
    unit: str
    department: str
    as_of: dt.date
    token: str
    rows: tuple[FormRow, ...]
    statuses: tuple[str, ...]  # the drop-down lists
    reasons: tuple[str, ...]


def write_form(path: str | os.PathLike[str], form: FormSheet) -> None:
    """Write ``form`` to ``path`` (the caller's temporary file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    _lists(lists, form)
    font = Font(name=fonts.XLSX_FONT, size=11)
    bold = Font(name=fonts.XLSX_FONT, size=11, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    set_text(ws, 1, 1, form.unit.upper(), bold)
    set_text(ws, 2, 1, f"PHIẾU CẬP NHẬT ĐỊNH DANH ĐIỆN TỬ — {form.department.upper()}",
             Font(name=fonts.XLSX_FONT, size=13, bold=True))
    set_text(ws, 3, 1, f"Tính đến ngày {format_date(form.as_of)}", bold)
    set_text(ws, 4, 1, INSTRUCTION, font, wrap)
    set_text(ws, 5, 1, NOTICE, Font(name=fonts.XLSX_FONT, size=11, italic=True))
    for r in (1, 2, 3, 4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEADERS) - 1)
    ws.row_dimensions[4].height = 62
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="FFF2CC")  # the cells to fill in
    for c, (title, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        set_text(ws, HEADER_ROW, c, title, bold, Alignment(wrap_text=True, horizontal="center",
                                                          vertical="center"))
        ws.cell(HEADER_ROW, c).border = box
        ws.column_dimensions[_letter(c)].width = width
    ws.column_dimensions[_letter(len(HEADERS))].hidden = True
    first = HEADER_ROW + 1
    last = first + len(form.rows) + BLANK_ROWS - 1
    for i, row in enumerate(form.rows):
        r = first + i
        ws.cell(r, 1, i + 1).font = font
        set_text(ws, r, 2, row.name, font)
        if row.birth_date is not None:
            cell = ws.cell(r, 3, row.birth_date)
            cell.number_format = "DD/MM/YYYY"
            cell.font = font
        set_text(ws, r, 4, row.masked_id, font)
        set_text(ws, r, 5, row.status, font)
        set_text(ws, r, 6, row.reason, font)
        set_text(ws, r, 8, row.note, font)
        set_text(ws, r, 9, row.key, font)
    unlocked = Protection(locked=False)
    for r in range(first, last + 1):
        new_row = r >= first + len(form.rows)
        for c in range(1, len(HEADERS) + 1):
            cell = ws.cell(r, c)
            cell.border = box
            if c in (5, 6, 7, 8) or (new_row and c < len(HEADERS)):
                cell.protection = unlocked
                cell.fill = fill
            if c == 7 or (new_row and c == 3):
                cell.number_format = "DD/MM/YYYY"
            if cell.value is None:
                cell.font = font
    _validations(ws, DataValidation, first, last, len(form.statuses), len(form.reasons))
    ws.freeze_panes = ws.cell(first, 3)
    ws.protection.sheet = True
    for allowed in ("sort", "autoFilter", "formatColumns", "formatRows"):
        setattr(ws.protection, allowed, False)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{_letter(len(HEADERS) - 1)}{last}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    save_workbook(wb, path)


def _lists(ws, form: FormSheet) -> None:
    for r, text in enumerate(form.statuses, start=1):
        set_text(ws, r, 1, text)
    for r, text in enumerate(form.reasons, start=1):
        set_text(ws, r, 2, text)
    for r, text in enumerate((MARK, form.token, form.as_of.isoformat(), form.department),
                             start=1):
        set_text(ws, r, 4, text)


def _validations(ws, data_validation, first: int, last: int, statuses: int,
                 reasons: int) -> None:
    sheet = f"'{LISTS_SHEET}'"
    status = data_validation(type="list", formula1=f"{sheet}!$A$1:$A${max(1, statuses)}",
                             allow_blank=True, errorStyle="warning", showErrorMessage=True,
                             errorTitle="Tình trạng",
                             error="Nên chọn tình trạng trong danh sách thả xuống")
    reason = data_validation(type="list", formula1=f"{sheet}!$B$1:$B${max(1, reasons)}",
                             allow_blank=True, errorStyle="warning", showErrorMessage=True,
                             errorTitle="Lý do",
                             error="Nên chọn lý do trong danh sách thả xuống; lý do khác "
                                   "thì ghi vào Ghi chú")
    day = data_validation(type="date", operator="between", formula1="DATE(1950,1,1)",
                          formula2="DATE(2100,12,31)", allow_blank=True, errorStyle="stop",
                          showErrorMessage=True, errorTitle="Ngày kích hoạt",
                          error="Ghi ngày dạng dd/mm/yyyy")
    for dv, col in ((status, "E"), (reason, "F"), (day, "G")):
        ws.add_data_validation(dv)
        dv.add(f"{col}{first}:{col}{last}")


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)
