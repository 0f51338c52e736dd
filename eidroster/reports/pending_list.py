"""Phụ lục IV: the confidential list of everyone not at level 2 on the report date
(personal data — sent only by e-mail to the aggregating officer, never through iDesk).

Columns (domain.md): TT · Họ và tên · Ngày sinh · Số CCCD · Khoa/phòng · Tình trạng ·
Lý do · Chính đáng (có/không) · Ghi chú, in the order given (``not_level2_people``
sorts by department then Vietnamese name). Every page is marked "MẬT".

``write_pending_xlsx(path, people, settings, as_of, password=None)`` — with a password
the workbook is encrypted with real Office encryption (msoffcrypto-tool, Agile/AES);
``write_pending_pdf(path, people, settings, as_of, password=None)`` — a password gives
an AES-256 encrypted PDF. Every text cell is written as text (a name typed as
"=HYPERLINK(…)" stays text). Files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Mapping, Sequence
from copy import copy
from typing import Protocol

from eidroster.domain.statuses import STATUS_LABEL_VI, Status
from eidroster.domain.text import format_date
from eidroster.io.atomic import atomic_path
from eidroster.reports import common, fonts
from eidroster.reports.common import MM, nfc

CONFIDENTIAL = "MẬT"
HEADERS = ("TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng", "Lý do",
           "Chính đáng (có/không)", "Ghi chú")
NCOLS = len(HEADERS)
CONFIDENTIAL_NOTE = ("Tài liệu có thông tin cá nhân: chỉ gửi qua thư điện tử cho cán bộ "
                     "tổng hợp, không gửi qua hệ thống iDesk.")


class Person(Protocol):
    """What a row needs (``services.summary.PendingPerson`` fits)."""

    @property
    def full_name(self) -> str: ...
    birth_date: dt.date | None
    id_number: str | None
    department: str
    status: Status
    reason: str
    justified: bool
    note: str


def title_text(settings: Mapping[str, str], as_of: dt.date) -> str:
    unit = nfc(settings.get("unit_name", "")).strip().upper()
    return " ".join(p for p in (
        "DANH SÁCH CÁN BỘ, VIÊN CHỨC, NGƯỜI LAO ĐỘNG CHƯA ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2",
        f"CỦA {unit}" if unit else "", f"TÍNH ĐẾN NGÀY {format_date(as_of)}") if p)


def row_texts(n: int, p: Person) -> list[str]:
    return [str(n), nfc(p.full_name), format_date(p.birth_date), nfc(p.id_number or ""),
            nfc(p.department), STATUS_LABEL_VI.get(p.status, str(p.status)), nfc(p.reason),
            "Có" if p.justified else "Không", nfc(p.note)]


# ====================================================================== .xlsx

def build_workbook(people: Sequence[Person], settings: Mapping[str, str], as_of: dt.date,
                   reference: str | None = None):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Phu luc IV"
    f = fonts.XLSX_FONT
    regular, bold = Font(name=f, size=12), Font(name=f, size=12, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = (6, 26, 12, 15, 22, 22, 30, 12, 24)
    for col, width in zip("ABCDEFGHI", widths, strict=True):
        ws.column_dimensions[col].width = width

    row = common.xlsx_header_block(ws, settings, NCOLS, left_span=3, right_start=5)
    mark = common.set_text(ws, 3, 1, CONFIDENTIAL, Font(name=f, size=14, bold=True,
                                                         color="C00000"), center)
    mark.border = Border(left=Side(style="medium", color="C00000"),
                         right=Side(style="medium", color="C00000"),
                         top=Side(style="medium", color="C00000"),
                         bottom=Side(style="medium", color="C00000"))
    for value, font in (("PHỤ LỤC IV", Font(name=f, size=14, bold=True)),
                        (title_text(settings, as_of), Font(name=f, size=13, bold=True)),
                        (common.reference_text(settings, reference), Font(name=f, size=12,
                                                                          italic=True)),
                        (CONFIDENTIAL_NOTE, Font(name=f, size=11, italic=True, color="C00000"))):
        common.set_text(ws, row, 1, value, font, center)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOLS)
        ws.row_dimensions[row].height = 34 if value.startswith("DANH SÁCH") else 18
        row += 1
    row += 1
    head = row
    for col, value in enumerate(HEADERS, 1):
        common.set_text(ws, head, col, value, bold, center).border = box
    ws.row_dimensions[head].height = 34
    row += 1
    templates: list | None = None  # the first row's styles, copied to the others (fast)
    for n, p in enumerate(people, 1):
        ws.cell(row=row, column=1, value=n)
        common.set_text(ws, row, 2, p.full_name)
        if p.birth_date is not None:
            ws.cell(row=row, column=3, value=p.birth_date)
        common.set_text(ws, row, 4, p.id_number or "")
        common.set_text(ws, row, 5, p.department)
        common.set_text(ws, row, 6, STATUS_LABEL_VI.get(p.status, str(p.status)))
        common.set_text(ws, row, 7, p.reason)
        common.set_text(ws, row, 8, "Có" if p.justified else "Không")
        common.set_text(ws, row, 9, p.note)
        if templates is None:
            for col in range(1, NCOLS + 1):
                cell = ws.cell(row=row, column=col)
                cell.font, cell.border = regular, box
                cell.alignment = center if col in (1, 3, 4, 8) else left
                if col == 3:
                    cell.number_format = "DD/MM/YYYY"
            templates = [copy(ws.cell(row=row, column=c)._style) for c in range(1, NCOLS + 1)]
        else:
            for col in range(1, NCOLS + 1):
                ws.cell(row=row, column=col)._style = copy(templates[col - 1])
        # spreadsheet programs do not grow a row for wrapped text written by a library
        lines = max(_wrapped_lines(t, w) for t, w in zip(row_texts(n, p), widths, strict=True))
        ws.row_dimensions[row].height = 16 * lines
        row += 1
    common.set_text(ws, row + 1, 1, f"Tổng số: {len(people)} người", bold)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=4)
    ws.freeze_panes = ws.cell(row=head + 1, column=3)
    common.xlsx_print_setup(ws, f"{head}:{head}", landscape=True)
    ws.oddHeader.right.text = f"&B{CONFIDENTIAL}"
    ws.oddHeader.right.color = "C00000"
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.print_area = f"A1:I{row + 1}"
    return wb


def _wrapped_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a column ``width`` characters wide."""
    per_line = max(1, int(width * 1.2) - 1)
    return max(1, sum(-(-max(1, len(part)) // per_line) for part in text.split("\n")))


def encrypt_xlsx_bytes(data: bytes, password: str) -> bytes:
    """Real Office encryption (ECMA-376 Agile, AES-256), as Excel does it."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def write_pending_xlsx(path: str | os.PathLike[str], people: Sequence[Person],
                       settings: Mapping[str, str], as_of: dt.date, *,
                       password: str | None = None, reference: str | None = None) -> None:
    wb = build_workbook(people, settings, as_of, reference)
    buffer = io.BytesIO()
    wb.properties.creator = "eidroster"
    wb.save(buffer)
    data = buffer.getvalue()
    if password:
        data = encrypt_xlsx_bytes(data, password)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


# ====================================================================== PDF

def _stamp(canvas, doc) -> None:
    """The "MẬT" mark in a red box at the top right of every page."""
    from reportlab.lib import colors

    w, h = doc.pagesize
    canvas.setStrokeColor(colors.HexColor("#C00000"))
    canvas.setFillColor(colors.HexColor("#C00000"))
    canvas.setLineWidth(1.2)
    box_w, box_h = 22 * MM, 9 * MM
    x, y = w - doc.rightMargin - box_w, h - 14 * MM
    canvas.rect(x, y, box_w, box_h)
    canvas.setFont(fonts.BOLD, 14)
    canvas.drawCentredString(x + box_w / 2, y + 2.6 * MM, CONFIDENTIAL)


def build_story(people: Sequence[Person], settings: Mapping[str, str], as_of: dt.date,
                width: float, issued: dt.date, reference: str | None) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = common.styles()
    story = common.letter_header(settings, issued, width)
    story += [
        Paragraph("PHỤ LỤC IV", st["appendix"]),
        Paragraph(common.para_text(title_text(settings, as_of)), st["title"]),
        Paragraph(common.para_text(common.reference_text(settings, reference)),
                  st["reference"]),
    ]
    head = st["head"]
    data: list[list] = [[Paragraph(h, head) for h in HEADERS]]
    cell, cell_c = st["cell"], st["cell_c"]
    for n, p in enumerate(people, 1):
        texts = row_texts(n, p)
        data.append([Paragraph(common.para_text(t), cell_c if i in (0, 2, 3, 7) else cell)
                     for i, t in enumerate(texts)])
    if not people:
        data.append([Paragraph("Không có ai chưa định danh mức 2 vào ngày này.", cell_c)]
                    + [""] * (NCOLS - 1))
    widths_mm = (10, 42, 25, 31, 32, 31, 45, 19, 27)
    scale = width / (sum(widths_mm) * MM)
    table = Table(data, colWidths=[w * MM * scale for w in widths_mm], repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 11, 13),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if not people:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 3 * MM),
              Paragraph(f"<b>Tổng số: {len(people)} người.</b>", st["base"]),
              Paragraph(common.para_text(CONFIDENTIAL_NOTE), st["small"]),
              Spacer(1, 5 * MM),
              KeepTogether(common.signature_block(settings, width, recipients=False))]
    return story


def write_pending_pdf(path: str | os.PathLike[str], people: Sequence[Person],
                      settings: Mapping[str, str], as_of: dt.date, *,
                      password: str | None = None, reference: str | None = None,
                      issued: dt.date | None = None) -> None:
    from eidroster.reports.pdf import build_pdf

    issued = issued or dt.date.today()
    build_pdf(path, lambda width: build_story(people, settings, as_of, width, issued, reference),
              landscape_page=True, title=f"PHỤ LỤC IV ({CONFIDENTIAL})", settings=settings,
              on_page=_stamp, password=password)
