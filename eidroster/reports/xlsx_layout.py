"""The letter layout in a worksheet (openpyxl): row heights that fit wrapped text in
Excel and LibreOffice, number formats that show one decimal sign and one thousands
separator whatever the reader's locale, the Số / date line and the signature block.

Spreadsheet programs do not grow a row for wrapped text written by a library, and never
for merged cells: every height here is computed from the font's metrics (Liberation
Serif has Times New Roman's) and the column widths, in points.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from eidroster.domain.aggregate import format_rate, rate_tenths
from eidroster.reports import common, dateline, fonts
from eidroster.reports.common import nfc, set_text

# Excel's column width unit is the width of "0" in the default font (Calibri 11: 7 px),
# plus 5 px of padding; at 96 dpi a pixel is 0.75 pt.
_PX = 0.75


def column_points(width_chars: float) -> float:
    return (width_chars * 7 + 5) * _PX


def printable_chars(landscape: bool, ncols: int) -> float:
    """Total column width (Excel units) that fills the printable width at 100 %."""
    page_mm = (297 if landscape else 210) - 30 - 15
    return (page_mm / 25.4 * 72 / _PX - 5 * ncols) / 7


def line_count(text: str, width_pt: float, size: float, *, bold: bool = False) -> int:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from eidroster.reports.grid import wrap_text

    fonts.register_fonts()
    font = fonts.BOLD if bold else fonts.REGULAR
    text = nfc(text)
    room = max(10.0, width_pt - 6)  # the cell's inner margins
    if "\n" not in text and stringWidth(text, font, size) <= room:
        return 1
    return len(wrap_text(text, font, size, room))


def line_height(size: float) -> float:
    """Excel's and LibreOffice's line height for Times New Roman (15.75 pt at 12 pt)."""
    return size * 1.3125


def fit_height(texts: Sequence[tuple[str, float]], size: float, *, bold: bool = False,
               minimum: float = 0) -> float:
    """Row height for the tallest of (text, width in points) at ``size``."""
    lines = max((line_count(t, w, size, bold=bold) for t, w in texts), default=1)
    return max(minimum, lines * line_height(size) + 4)


def span_points(widths: Sequence[float], first: int, last: int) -> float:
    """Width in points of columns first..last (1-based, inclusive)."""
    return sum(column_points(w) for w in widths[first - 1:last])


def new_workbook():
    """A workbook whose "Normal" style is in the report's font (Times New Roman 11): the
    column width unit is the width of "0" in that font, so Excel and LibreOffice (which
    has Liberation Serif, Times New Roman's metrics, where it may lack Calibri) give the
    columns the same width and the sheet prints at 100 %, not shrunk to fit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb._named_styles["Normal"].font = Font(name=fonts.XLSX_FONT, size=11)
    return wb


# ----------------------------------------------------------------- number formats
# Literal "." as the thousands separator (not the locale's), zero as "-".
COUNT_FORMAT = common.COUNT_FORMAT
DATE_FORMAT = "dd\\/mm\\/yyyy"  # "/" alone is the locale's date separator


def rate_format(level2: int, total: int) -> str:
    """"95%" (the locale never matters without a decimal); a rate with a decimal
    (only near 0 % and 100 %: 99,9 %, 0,3 %) is shown as its exact text, so the comma
    stays a comma in every locale; the cell keeps the number."""
    if total <= 0:
        return '"-"'
    if rate_tenths(level2, total) % 10 == 0:
        return "0%"
    return f'"{format_rate(level2, total)}"'


# ----------------------------------------------------------------- letter blocks

def header_block(ws, settings: Mapping[str, str], widths: Sequence[float], *,
                 left_span: int, right_start: int, issued: dateline.Issued,
                 number: bool = True) -> int:
    """Agency and unit (left), national motto (right), then "Số" and the date line;
    returns the next free row."""
    from openpyxl.styles import Alignment, Font

    ncols = len(widths)
    f = fonts.XLSX_FONT
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left_w = span_points(widths, 1, left_span)
    right_w = span_points(widths, right_start, ncols)
    parent = nfc(settings.get("parent_agency", "")).upper()
    unit = nfc(settings.get("unit_name", "")).upper()
    number_text = dateline.number_line(settings.get("doc_number_pattern", ""), issued)
    cells = [
        (parent, Font(name=f, size=12), common.MOTTO_1, Font(name=f, size=12, bold=True)),
        (unit, Font(name=f, size=12, bold=True), common.MOTTO_2,
         Font(name=f, size=13, bold=True, underline="single")),
        (number_text if number else "", Font(name=f, size=12),
         dateline.date_line(settings.get("place_name", ""), issued),
         Font(name=f, size=12, italic=True)),
    ]
    for r, (ltext, lfont, rtext, rfont) in enumerate(cells, 1):
        set_text(ws, r, 1, ltext, lfont, center)
        set_text(ws, r, right_start, rtext, rfont, center)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=left_span)
        ws.merge_cells(start_row=r, start_column=right_start, end_row=r, end_column=ncols)
        ws.row_dimensions[r].height = max(
            fit_height([(ltext, left_w)], 12, bold=lfont.b),
            fit_height([(rtext, right_w)], 13, bold=rfont.b))
    return 5


def title_rows(ws, row: int, widths: Sequence[float], items: Sequence[tuple[str, object, float]]
               ) -> int:
    """Centred rows across the whole sheet, each as tall as its wrapped text."""
    from openpyxl.styles import Alignment

    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    full = span_points(widths, 1, len(widths))
    for text, font, size in items:
        set_text(ws, row, 1, text, font, center)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        ws.row_dimensions[row].height = fit_height([(text, full)], size, bold=font.b)
        row += 1
    return row


def signature_rows(ws, row: int, settings: Mapping[str, str], widths: Sequence[float], *,
                   left_span: int, right_start: int, recipients: bool = True,
                   preparer: bool = True) -> int:
    """Nơi nhận (left), the preparer (middle) and the signer's title, room to sign and
    name (right), as in the PDF; returns the next free row."""
    from openpyxl.styles import Alignment, Font

    f = fonts.XLSX_FONT
    ncols = len(widths)
    center = Alignment(horizontal="center", vertical="top", wrap_text=True)
    left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    left_lines = []
    if recipients:
        rec = common.recipient_lines(settings.get("recipients", ""))
        left_lines = ["Nơi nhận:", *rec] if rec else []
    titles = [t.upper() for t in common.lines_of(settings.get("signer_title", ""))]
    name = nfc(settings.get("signer_name", "")).strip()
    prep = nfc(settings.get("preparer", "")).strip() if preparer else ""
    mid_start, mid_end = left_span + 1, right_start - 1
    right_w = span_points(widths, right_start, ncols)
    left_w = span_points(widths, 1, left_span)
    rows = max(len(left_lines), len(titles) + 4)
    for i in range(rows):
        r = row + i
        height = line_height(12) + 2
        if i < len(left_lines):
            font = Font(name=f, size=12 if i == 0 else 11, bold=i == 0, italic=i == 0)
            set_text(ws, r, 1, left_lines[i], font, left)
            height = max(height, fit_height([(left_lines[i], left_w)], 12))
        if i < len(titles):
            set_text(ws, r, right_start, titles[i], Font(name=f, size=12, bold=True), center)
            height = max(height, fit_height([(titles[i], right_w)], 12, bold=True))
            if prep and i == 0 and mid_start <= mid_end:
                set_text(ws, r, mid_start, "NGƯỜI LẬP BIỂU", Font(name=f, size=12, bold=True),
                         center)
        if i == len(titles) + 3:
            set_text(ws, r, right_start, name, Font(name=f, size=12, bold=True), center)
            if prep and mid_start <= mid_end:
                set_text(ws, r, mid_start, prep, Font(name=f, size=12, bold=True), center)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=left_span)
        ws.merge_cells(start_row=r, start_column=right_start, end_row=r, end_column=ncols)
        if mid_start < mid_end:
            ws.merge_cells(start_row=r, start_column=mid_start, end_row=r, end_column=mid_end)
        ws.row_dimensions[r].height = height
    return row + rows


# ----------------------------------------------------------------- page breaks

#: Body height of a page (points): A4 less Nghị định 30's top and bottom margins (20 mm).
_MM_PT = 72 / 25.4


def body_height(landscape: bool) -> float:
    return ((210 if landscape else 297) - 40) * _MM_PT


#: What a page is filled to, at most: a page computed full to the point could overflow in
#: a program that rounds a little differently, and get an automatic break before ours.
FILL = 0.98


def page_starts(heights: Sequence[float], *, titles: tuple[int, int] | None,
                blocks: Sequence[tuple[int, int]], page: float) -> list[int]:
    """The rows (1-based) that begin pages 2, 3, …. Rows go on a page while they fit
    (``heights[i]`` is row i+1's height in points; ``titles``, the rows printed again at
    the top of every later page). A block (first, last) is never split: when it does not
    fit where it starts, its page starts at its first row — or, when that row is inside
    another block (the last rows of a one-row table are inside "the header with the first
    row"), at that block's first row. A block taller than a page flows like other rows."""
    n = len(heights)
    title_h = sum(heights[titles[0] - 1:titles[1]]) if titles else 0.0
    block_height: dict[int, float] = {}
    back: dict[int, int] = {}  # a row no page may start at -> its block's first row
    for a, b in blocks:
        block_height[a] = max(block_height.get(a, 0.0), sum(heights[a - 1:b]))
        for r in range(a + 1, b + 1):
            back[r] = min(back.get(r, a), a)

    def top(start: int) -> float:  # the repeated title rows above a page's first row
        return title_h if titles and start > titles[1] else 0.0

    starts: list[int] = []
    used, first, r = 0.0, 1, 1
    while r <= n:
        h = heights[r - 1]
        if r > first and used + max(h, block_height.get(r, 0.0)) > page:
            start = r
            while start in back and back[start] > first:
                start = back[start]
            starts.append(start)
            first = start
            used = top(start) + sum(heights[start - 1:r - 1])
            continue  # row r again, on its new page
        used += h
        r += 1
    return starts


def set_page_breaks(ws, *, last_row: int, titles: tuple[int, int],
                    blocks: Sequence[tuple[int, int]], landscape: bool = True) -> list[int]:
    """Manual row breaks (``ws.row_breaks``) where :func:`page_starts` puts them, so that
    Excel and LibreOffice print the same pages and a block (the header rows with the first
    row, the last rows with the signature) never parts. Every row up to ``last_row`` gets
    an explicit height (a row without one is as tall as each program likes). The sheet
    prints at most at 100 % (fit to the page's width): a smaller scale only leaves room."""
    from openpyxl.worksheet.pagebreak import Break

    default = ws.sheet_format.defaultRowHeight or 15.0
    heights = []
    for r in range(1, last_row + 1):
        dim = ws.row_dimensions[r]
        # whole pixels at 96 dpi (0,75 pt), rounded up: Excel would snap them itself
        dim.height = math.ceil(float(dim.height or default) / _PX - 1e-6) * _PX
        heights.append(dim.height)
    starts = page_starts(heights, titles=titles, blocks=blocks,
                         page=body_height(landscape) * FILL)
    for r in starts:
        ws.row_breaks.append(Break(id=r - 1))  # a break after row id
    return starts
