"""The reconciliation as an .xlsx for the HR office: one line per difference found, the
roster's value beside the file's, the cells that differ coloured; marked as holding
personal data (it stays in the office)."""

from __future__ import annotations

import os
from pathlib import Path

from eidroster.domain.cccd import mask
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import STATUS_LABEL_VI
from eidroster.domain.text import format_date
from eidroster.reports import fonts
from eidroster.reports.common import save_workbook, set_text
from eidroster.services.reconcile import (
    DIFFERENT,
    FIELD_LABEL,
    ONLY_IN_FILE,
    ONLY_IN_ROSTER,
    Entry,
    Reconciliation,
)

KIND_LABEL = {DIFFERENT: "Khác nhau", ONLY_IN_FILE: "Chỉ có trong tệp",
              ONLY_IN_ROSTER: "Chỉ có trong danh sách"}
HEADERS = ("Kết quả", "Dòng trong tệp", "Mã NV", "Họ và tên (danh sách)", "Họ và tên (tệp)",
           "Ngày sinh (danh sách)", "Ngày sinh (tệp)", "Số định danh (danh sách)",
           "Số định danh (tệp)", "Khoa/phòng", "Tình trạng (danh sách)", "Tình trạng (tệp)",
           "Khác ở")
WIDTHS = (20, 9, 8, 26, 26, 12, 12, 15, 15, 24, 26, 26, 30)
#: the columns (1-based) that show each field of a difference
_CELLS = {"name": (4, 5), "birth_date": (6, 7), "id_number": (8, 9), "department": (10,),
          "status": (11, 12), "employment": (3,)}
NOTICE = "Tệp có dữ liệu cá nhân: chỉ dùng trong phòng Tổ chức cán bộ."


def entry_cells(e: Entry) -> list[object]:
    """The thirteen cells of one entry (the numbers masked)."""
    p, f = e.person, e.file
    return [
        KIND_LABEL[e.kind], f.row if f else None, p.id if p else None,
        p.full_name if p else "", f.name if f else "",
        format_date(p.birth_date) if p else "", format_date(f.birth_date) if f else "",
        mask(p.id_number) if p else "", mask(f.id_number) if f else "",
        p.department if p else (f.department if f else ""),
        STATUS_LABEL_VI[p.status] if p else "",
        STATUS_LABEL_VI[f.status] if f and f.status else "",
        "; ".join(FIELD_LABEL[d.field] + (f": {d.in_roster}" if d.field == "employment" else "")
                  for d in e.differences),
    ]


def save_reconciliation(target: str | os.PathLike[str], result: Reconciliation) -> Path:
    """Write the .xlsx to ``target`` (atomically); refused before anything is written when
    ``target`` is the very file that was compared (the outside list would be lost)."""
    from eidroster.io.atomic import write_atomic

    t = Path(target)
    try:
        same = t.resolve() == result.path.resolve() or (t.exists() and t.samefile(result.path))
    except OSError:
        same = False
    if same:
        raise InputError(f"Tệp kết quả {t.name} là chính tệp đang đối chiếu; hãy chọn tên khác "
                         "để không ghi đè lên danh sách đó")
    return write_atomic(t, lambda tmp: write_reconciliation(tmp, result))


def write_reconciliation(path: str | os.PathLike[str], result: Reconciliation) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Đối chiếu"
    bold = Font(name=fonts.XLSX_FONT, size=11, bold=True)
    font = Font(name=fonts.XLSX_FONT, size=11)
    set_text(ws, 1, 1, f"ĐỐI CHIẾU DANH SÁCH VỚI TỆP {result.path.name}",
             Font(name=fonts.XLSX_FONT, size=13, bold=True))
    scope = f" — {result.department}" if result.department else ""
    set_text(ws, 2, 1, f"Danh sách tính đến ngày {format_date(result.as_of)}{scope}; trang "
             f"\"{result.sheet}\". Khớp {result.same} người; khác nhau {len(result.different)}; "
             f"chỉ có trong tệp {len(result.only_in_file)}; chỉ có trong danh sách "
             f"{len(result.only_in_roster)}.", font)
    set_text(ws, 3, 1, NOTICE, Font(name=fonts.XLSX_FONT, size=11, italic=True))
    for c, (title, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        set_text(ws, 5, c, title, bold, Alignment(wrap_text=True, vertical="center"))
        ws.column_dimensions[ws.cell(5, c).column_letter].width = width
    fill = PatternFill("solid", fgColor="F8D7DA")
    for r, entry in enumerate(result.entries, start=6):
        for c, value in enumerate(entry_cells(entry), start=1):
            if isinstance(value, int):
                ws.cell(r, c, value).font = font
            else:
                set_text(ws, r, c, value, font)
        for d in entry.differences:
            for c in _CELLS[d.field]:
                ws.cell(r, c).fill = fill
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = f"A5:M{max(5, 5 + len(result.entries))}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save_workbook(wb, path)
