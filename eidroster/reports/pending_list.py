"""Phụ lục IV: the list of everyone not at level 2 on the report date — personal data
(Luật Bảo vệ dữ liệu cá nhân 2025), sent only by e-mail to the aggregating officer,
never through iDesk. It is not a state secret and is never stamped "MẬT": every format
carries the same personal-data notice in the same two places — under the title, and in
the top margin of every page.

Columns (domain.md): TT · Họ và tên · Ngày sinh · Số định danh cá nhân · Khoa/phòng ·
Tình trạng · Lý do · Chính đáng (có/không) · Ghi chú, in the order given (the export
sorts by the unit's department order, then Vietnamese name).

``write_pending_xlsx(path, people, settings, as_of, password=None, issued=None)`` — with
a password, real Office encryption (msoffcrypto-tool, Agile/AES);
``write_pending_pdf(path, people, settings, as_of, password=None, issued=None)`` — a
password gives an AES-256 PDF. Encryption happens in memory: the readable file never
exists on disk, not even as a temporary file. Every text cell is written as text (a
name typed as "=HYPERLINK(…)" stays text). Files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Mapping, Sequence
from copy import copy
from typing import Protocol

from eidroster.domain.statuses import STATUS_LABEL_VI, Status
from eidroster.domain.text import format_date, format_int
from eidroster.io.atomic import atomic_path
from eidroster.reports import common, fonts, xlsx_layout
from eidroster.reports.common import MM, nfc
from eidroster.reports.dateline import Issued, resolve_issued

HEADERS = ("TT", "Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Khoa/phòng",
           "Tình trạng", "Lý do", "Chính đáng (có/không)", "Ghi chú")
NCOLS = len(HEADERS)
#: Under the title, in every format (the words of the personal-data law, no "MẬT").
PERSONAL_DATA_NOTICE = ("Tài liệu có dữ liệu cá nhân, được bảo vệ theo Luật Bảo vệ dữ liệu "
                        "cá nhân: chỉ gửi qua thư điện tử cho cán bộ tổng hợp; không gửi qua "
                        "hệ thống iDesk, không chia sẻ, không đăng tải.")
#: In the top margin of every page.
PAGE_NOTICE = "Có dữ liệu cá nhân - chỉ gửi cán bộ tổng hợp"
CONFIDENTIAL_NOTE = PERSONAL_DATA_NOTICE  # the name older callers used
NOBODY = "Không có ai chưa định danh mức 2 vào ngày này."  # the table of an empty list
CENTERED = (0, 2, 3, 7)


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


def total_line(n: int) -> str:
    return f"Tổng số: {format_int(n)} người."


def row_texts(n: int, p: Person) -> list[str]:
    return [str(n), nfc(p.full_name), format_date(p.birth_date), nfc(p.id_number or ""),
            nfc(p.department), STATUS_LABEL_VI.get(p.status, str(p.status)), nfc(p.reason),
            "Có" if p.justified else "Không", nfc(p.note)]


# ====================================================================== .xlsx

#: Column widths (Excel units): the sheet fills a landscape A4 at 100 % (11 pt print).
XLSX_WIDTHS = (5, 22, 11, 14, 16, 16, 19, 10, 14)
#: Column widths (mm, scaled to the page) of the PDF and the .docx.
WIDTHS_MM = (10, 42, 22, 30, 32, 31, 45, 21, 30)
_REASON = 6  # the column that gives up room when TT grows


def _tt_grown(widths: tuple[float, ...], tt: float) -> tuple[float, ...]:
    tt = max(widths[0], tt)
    return (tt, *widths[1:_REASON], widths[_REASON] - (tt - widths[0]), *widths[_REASON + 1:])


def widths_mm(count: int) -> tuple[float, ...]:
    """:data:`WIDTHS_MM` with TT wide enough for ``count``'s digits on one line (11 pt:
    about 2 mm a digit, and the cell's padding): "15934" was split over two lines."""
    return _tt_grown(WIDTHS_MM, 2.1 * len(str(count)) + 3)


def xlsx_widths(count: int) -> tuple[float, ...]:
    """:data:`XLSX_WIDTHS` with TT wide enough for ``count`` (Excel prints "###" when a
    number does not fit)."""
    return _tt_grown(XLSX_WIDTHS, len(str(count)) + 2)


def build_workbook(people: Sequence[Person], settings: Mapping[str, str], as_of: dt.date,
                   reference: str | None = None, issued: Issued = None):
    from openpyxl.styles import Alignment, Border, Font, Side

    L = xlsx_layout  # noqa: N806
    wb = L.new_workbook()
    ws = wb.active
    ws.title = "Phu luc IV"
    f = fonts.XLSX_FONT
    size = 11
    regular, bold = Font(name=f, size=size), Font(name=f, size=size, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = xlsx_widths(len(people))
    for col, width in zip("ABCDEFGHI", widths, strict=True):
        ws.column_dimensions[col].width = width
    row = L.header_block(ws, settings, widths, left_span=3, right_start=5,
                         issued=resolve_issued(issued))
    row = L.title_rows(ws, row, widths, [
        ("PHỤ LỤC IV", Font(name=f, size=14, bold=True), 14),
        (title_text(settings, as_of), Font(name=f, size=13, bold=True), 13),
        (common.reference_text(settings, reference), Font(name=f, size=12, italic=True), 12),
        (PERSONAL_DATA_NOTICE, Font(name=f, size=11, bold=True, italic=True), 11)])
    row += 1
    head = row
    points = [L.column_points(w) for w in widths]
    for col, value in enumerate(HEADERS, 1):
        common.set_text(ws, head, col, value, bold, center).border = box
    ws.row_dimensions[head].height = L.fit_height(list(zip(HEADERS, points, strict=True)),
                                                  size, bold=True)
    row += 1
    templates: list | None = None  # the first row's styles, copied to the others (fast)
    line_h = L.line_height(size)
    for n, p in enumerate(people, 1):
        texts = row_texts(n, p)
        ws.cell(row=row, column=1, value=n)
        common.set_text(ws, row, 2, texts[1])
        if p.birth_date is not None:
            ws.cell(row=row, column=3, value=p.birth_date)
        for col in range(4, NCOLS + 1):
            common.set_text(ws, row, col, texts[col - 1])
        if templates is None:
            for col in range(1, NCOLS + 1):
                cell = ws.cell(row=row, column=col)
                cell.font, cell.border = regular, box
                cell.alignment = center if col - 1 in CENTERED else left
                if col == 3:
                    cell.number_format = L.DATE_FORMAT
            templates = [copy(ws.cell(row=row, column=c)._style) for c in range(1, NCOLS + 1)]
        else:
            for col in range(1, NCOLS + 1):
                ws.cell(row=row, column=col)._style = copy(templates[col - 1])
        lines = max(L.line_count(texts[c], points[c], size) for c in (1, 4, 5, 6, 8))
        ws.row_dimensions[row].height = lines * line_h + 4
        row += 1
    if not people:  # one row saying so, as in the PDF and the .docx
        common.set_text(ws, row, 1, NOBODY, regular, center)
        for col in range(1, NCOLS + 1):
            ws.cell(row=row, column=col).border = box
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOLS)
        ws.row_dimensions[row].height = line_h + 4
        row += 1
    common.set_text(ws, row + 1, 1, total_line(len(people)), bold)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=4)
    end = L.signature_rows(ws, row + 3, settings, widths, left_span=3, right_start=6,
                           recipients=False)
    ws.freeze_panes = f"C{head + 1}"
    common.xlsx_print_setup(ws, f"{head}:{head}", landscape=True)
    for header in (ws.firstHeader, ws.oddHeader):  # every page, the first included
        header.right.text = PAGE_NOTICE
        header.right.size = 9
    ws.print_area = f"A1:I{end - 1}"
    # printed: the header row with the first person; the last two people, the total and
    # the signature on one page
    L.set_page_breaks(ws, last_row=end - 1, titles=(head, head),
                      blocks=[(head, head + 1), (max(head + 1, row - 2), end - 1)])
    return wb


def encrypt_xlsx_bytes(data: bytes, password: str) -> bytes:
    """Real Office encryption (ECMA-376 Agile, AES-256), as Excel does it."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def write_pending_xlsx(path: str | os.PathLike[str], people: Sequence[Person],
                       settings: Mapping[str, str], as_of: dt.date, *,
                       password: str | None = None, reference: str | None = None,
                       issued: Issued = None) -> None:
    wb = build_workbook(people, settings, as_of, reference, issued)
    buffer = io.BytesIO()
    wb.properties.creator = "eidroster"
    wb.save(buffer)
    data = buffer.getvalue()
    if password:
        data = encrypt_xlsx_bytes(data, password)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


# ====================================================================== PDF

def _page_notice(canvas, doc) -> None:
    """The personal-data notice in the top margin, right-aligned, on every page."""
    w, h = doc.pagesize
    canvas.setFont(fonts.ITALIC, 10)
    canvas.drawRightString(w - doc.rightMargin, h - 12 * MM, PAGE_NOTICE)


def build_story(people: Sequence[Person], settings: Mapping[str, str], as_of: dt.date,
                width: float, issued: Issued, reference: str | None,
                page_height: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from eidroster.reports import grid

    st = common.styles()
    story = common.letter_header(settings, issued, width)
    story += [
        Paragraph("PHỤ LỤC IV", st["appendix"]),
        Paragraph(common.para_text(title_text(settings, as_of)), st["title"]),
        Paragraph(common.para_text(common.reference_text(settings, reference)),
                  st["reference"]),
        Paragraph(f"<b><i>{common.para_text(PERSONAL_DATA_NOTICE)}</i></b>", st["small"]),
        Spacer(1, 3 * MM),
    ]
    grown = widths_mm(len(people))
    scale = width / (sum(grown) * MM)
    widths = [w * MM * scale for w in grown]
    header = Table([[Paragraph(h, st["head"]) for h in HEADERS]], colWidths=widths)
    header.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    columns = [grid.Column(w, grid.CENTER if i in CENTERED else grid.LEFT)
               for i, w in enumerate(widths)]
    if people:
        rows = [grid.Row(tuple(row_texts(n, p))) for n, p in enumerate(people, 1)]
    else:
        rows = [grid.Row((NOBODY,), span=NCOLS)]
    layout = grid.GridLayout(columns, rows, header, max_height=page_height)
    tail = [Spacer(1, 3 * MM), Paragraph(f"<b>{total_line(len(people))}</b>", st["base"]),
            Spacer(1, 5 * MM), *common.signature_block(settings, width, recipients=False)]
    story.append(grid.KeepTail(grid.GridPart(layout), tail, page_height))
    return story


def write_pending_pdf(path: str | os.PathLike[str], people: Sequence[Person],
                      settings: Mapping[str, str], as_of: dt.date, *,
                      password: str | None = None, reference: str | None = None,
                      issued: Issued = None) -> None:
    from eidroster.reports.pdf import build_pdf

    issued = resolve_issued(issued)
    build_pdf(path, lambda width, height: build_story(people, settings, as_of, width, issued,
                                                      reference, height),
              landscape_page=True, title=f"PHỤ LỤC IV - {title_text(settings, as_of)}",
              settings=settings, on_page=_page_notice, password=password)
