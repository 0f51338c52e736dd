"""The aggregate sheet — Phụ lục III of a unit, and Phụ lục I of the superior agency
(the merge of its units' Phụ lục III) — in one layout, as .xlsx and as PDF.

Public API (both functions take the same parameters)::

    write_aggregate_xlsx(path, aggregate, settings, *, appendix="III",
                         unit_header="Khoa/phòng", stats_title="Thống kê toàn đơn vị",
                         reference=None, notes=(), subject=None, issued=None)
    write_aggregate_pdf(path, aggregate, settings, ...same keywords...)

- ``aggregate``: a :class:`eidroster.domain.aggregate.Aggregate` (rows in the order to
  print, then ``total``); its rows obey both report rules by construction.
- ``settings``: the unit's settings dict (:func:`eidroster.services.settings.get_settings`);
  used: parent_agency, unit_name (header block), doc_number_pattern (Số), place_name
  (date line), reference_letter, signer_title, signer_name, preparer, recipients.
- ``appendix``: "III" for a unit, "I" for the agency's merge (then
  ``unit_header="Đơn vị"``, ``stats_title="Thống kê toàn ngành"``).
- ``reference``: the "(Kèm theo …)" text; ``None`` = from settings["reference_letter"].
- ``notes``: extra lines printed under the statistics block (e.g. an aggregator's list of
  units whose sheet broke a rule).
- ``subject``: the words between "MỨC ĐỘ 2" and "TÍNH ĐẾN NGÀY" in the title; ``None`` =
  "CỦA CÁC ĐƠN VỊ" for Phụ lục I, "CỦA <UNIT NAME>" otherwise.
- ``issued``: the date on the date line (default today).

The files are written atomically (``eidroster.io.atomic.atomic_path``): a failure never
leaves a half file under the target name; errors come out as ``StorageError`` with a
Vietnamese message. The sheet contains counts only — no personal data.

In the .xlsx, counts are numbers formatted "1.097" with zero shown as "-" (as the seed's
Phụ lục I), rates are numbers (the shown rate of ``domain.aggregate.rate_percent`` as a
fraction) formatted "0%" or "0.0%" (99.9%, never 100% while anyone is missing).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from eidroster.domain.aggregate import Aggregate, Counts, format_rate, rate_fraction, rate_percent
from eidroster.domain.text import format_date, format_int
from eidroster.io.atomic import atomic_path
from eidroster.reports import common, fonts
from eidroster.reports.common import MM, nfc

GROUP_HEADER = "Tình trạng thu nhận, kích hoạt Định danh điện tử"
RATE_HEADER = "Tỉ lệ CB-CNVC-NLĐ đã định danh mức 2"
SUB_HEADERS = (
    "Chưa định danh",
    "Đã định danh mức 1",
    "Đã định danh mức 2",
    "Số nhân viên chưa định danh có lý do",
    "Số nhân viên chưa định danh không có lý do",
)
TOTAL_LABEL = "TỔNG CỘNG"
STATS_LABELS = (
    "(1) Chưa định danh",
    "(2) Đã định danh mức 1",
    "(3) Đã định danh mức 2",
    "(4) Chưa định danh mức 2 = (1)+(2)",
)
NCOLS = 9


@dataclass(frozen=True)
class SheetText:
    """Every fixed text of one sheet, computed once for both formats."""

    appendix_heading: str
    title: str
    reference: str
    unit_header: str
    total_header: str
    stats_title: str
    notes: tuple[str, ...]


def sheet_text(aggregate: Aggregate, settings: Mapping[str, str], *, appendix: str,
               unit_header: str, stats_title: str, reference: str | None,
               notes: Iterable[str], subject: str | None) -> SheetText:
    if subject is None:
        if appendix.strip().upper() == "I":
            subject = "CỦA CÁC ĐƠN VỊ"
        else:
            unit = nfc(settings.get("unit_name", "")).strip().upper()
            subject = f"CỦA {unit}" if unit else ""
    subject = nfc(subject).strip().upper()
    title = " ".join(p for p in (
        "TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2", subject,
        f"TÍNH ĐẾN NGÀY {format_date(aggregate.as_of)}") if p)
    unit_header = nfc(unit_header).strip() or "Khoa/phòng"
    return SheetText(
        appendix_heading=f"PHỤ LỤC {nfc(appendix).strip().upper()}",
        title=title,
        reference=common.reference_text(settings, reference),
        unit_header=unit_header,
        total_header=f"Tổng số nhân viên tại {unit_header[0].lower()}{unit_header[1:]}",
        stats_title=nfc(stats_title).strip(),
        notes=tuple(common.sequence_or_empty(list(notes))),
    )


def row_values(c: Counts) -> tuple[int, int, int, int, int, int]:
    return (c.total, c.none, c.level1, c.level2, c.with_reason, c.without_reason)


def stats_rows(total: Counts) -> list[tuple[str, int]]:
    """The "Thống kê" block: (1) chưa, (2) mức 1, (3) mức 2, (4) chưa mức 2 = (1)+(2)."""
    return list(zip(STATS_LABELS, (total.none, total.level1, total.level2, total.not_level2), strict=True))


def rate_number_format(part: int, total: int) -> str:
    if total <= 0:
        return '0%;-0%;"-"'
    value = rate_percent(part, total)
    return common.RATE_FORMAT_WHOLE if value == int(value) else common.RATE_FORMAT_DECIMAL


def count_text(n: int) -> str:
    """A count as the seed prints it: "1.097", zero as "-"."""
    return format_int(n) if n else "-"


def share_text(part: int, total: int) -> str:
    return format_rate(part, total) if total else "-"


# ====================================================================== .xlsx

def build_workbook(aggregate: Aggregate, settings: Mapping[str, str], text: SheetText):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = f"Phu luc {text.appendix_heading.split()[-1]}"[:31]
    f = fonts.XLSX_FONT
    regular, bold = Font(name=f, size=12), Font(name=f, size=12, bold=True)
    italic = Font(name=f, size=12, italic=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center")
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    for col, width in zip("ABCDEFGHI", (6, 34, 14, 12, 12, 12, 15, 15, 15), strict=True):
        ws.column_dimensions[col].width = width
    row = common.xlsx_header_block(ws, settings, NCOLS, left_span=3, right_start=5)
    ws.row_dimensions[1].height = 18
    ws.row_dimensions[2].height = 18

    for value, font in ((text.appendix_heading, Font(name=f, size=14, bold=True)),
                        (text.title, Font(name=f, size=13, bold=True)),
                        (text.reference, italic)):
        common.set_text(ws, row, 1, value, font, center)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOLS)
        ws.row_dimensions[row].height = 34 if value is text.title else 18
        row += 1
    row += 1

    head1, head2 = row, row + 1
    header_cells = {1: "TT", 2: text.unit_header, 3: text.total_header, 4: GROUP_HEADER,
                    9: RATE_HEADER}
    for col in range(1, NCOLS + 1):
        for r in (head1, head2):
            cell = ws.cell(row=r, column=col)
            cell.border = box
            cell.font = bold
            cell.alignment = center
    for col, value in header_cells.items():
        common.set_text(ws, head1, col, value, bold, center)
    for i, value in enumerate(SUB_HEADERS):
        common.set_text(ws, head2, 4 + i, value, bold, center)
    for col in (1, 2, 3, 9):
        ws.merge_cells(start_row=head1, start_column=col, end_row=head2, end_column=col)
    ws.merge_cells(start_row=head1, start_column=4, end_row=head1, end_column=8)
    ws.row_dimensions[head1].height = 22
    ws.row_dimensions[head2].height = 66
    row = head2 + 1
    first_data = row

    def put_counts(r: int, c: Counts, font) -> None:
        for i, v in enumerate(row_values(c)):
            cell = ws.cell(row=r, column=3 + i, value=v)
            cell.number_format = common.COUNT_FORMAT
            cell.font, cell.alignment, cell.border = font, right, box
        cell = ws.cell(row=r, column=9, value=rate_fraction(c.level2, c.total))
        cell.number_format = rate_number_format(c.level2, c.total)
        cell.font, cell.alignment, cell.border = font, right, box

    for n, dept in enumerate(aggregate.departments, 1):
        tt = ws.cell(row=row, column=1, value=n)
        tt.font, tt.alignment, tt.border = regular, center, box
        common.set_text(ws, row, 2, dept.name, regular, left).border = box
        put_counts(row, dept.counts, regular)
        row += 1
    ws.cell(row=row, column=1).border = box
    common.set_text(ws, row, 1, TOTAL_LABEL, bold, center)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.cell(row=row, column=2).border = box
    put_counts(row, aggregate.total, bold)
    row += 2

    for col, value in ((2, text.stats_title), (3, "Số lượng"), (4, "Tỉ lệ (%)")):
        common.set_text(ws, row, col, value, bold, center).border = box
    row += 1
    t = aggregate.total
    for label, count in stats_rows(t):
        common.set_text(ws, row, 2, label, regular, left).border = box
        cell = ws.cell(row=row, column=3, value=count)
        cell.number_format, cell.font, cell.alignment, cell.border = (
            common.COUNT_FORMAT, regular, right, box)
        cell = ws.cell(row=row, column=4, value=rate_fraction(count, t.total))
        cell.number_format, cell.font, cell.alignment, cell.border = (
            rate_number_format(count, t.total), regular, right, box)
        row += 1
    if text.notes:
        row += 1
        for note in text.notes:
            common.set_text(ws, row, 1, note, italic, left)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOLS)
            row += 1

    ws.freeze_panes = ws.cell(row=first_data, column=3)
    common.xlsx_print_setup(ws, f"{head1}:{head2}", landscape=True)
    ws.print_area = f"A1:I{row}"
    ws.sheet_properties.tabColor = "1F4E79"
    return wb


def write_aggregate_xlsx(
    path: str | os.PathLike[str],
    aggregate: Aggregate,
    settings: Mapping[str, str],
    *,
    appendix: str = "III",
    unit_header: str = "Khoa/phòng",
    stats_title: str = "Thống kê toàn đơn vị",
    reference: str | None = None,
    notes: Iterable[str] = (),
    subject: str | None = None,
    issued: dt.date | None = None,
) -> None:
    """Write the aggregate sheet as .xlsx (see the module docstring)."""
    text = sheet_text(aggregate, settings, appendix=appendix, unit_header=unit_header,
                      stats_title=stats_title, reference=reference, notes=notes,
                      subject=subject)
    wb = build_workbook(aggregate, settings, text)
    with atomic_path(path) as tmp:
        common.save_workbook(wb, tmp)


# ====================================================================== PDF

def build_story(aggregate: Aggregate, settings: Mapping[str, str], text: SheetText,
                width: float, issued: dt.date) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = common.styles()
    story: list = common.letter_header(settings, issued, width)
    story += [
        Paragraph(text.appendix_heading, st["appendix"]),
        Paragraph(common.para_text(text.title), st["title"]),
        Paragraph(common.para_text(text.reference), st["reference"]),
    ]
    P = Paragraph  # noqa: N806
    head = st["head"]
    data: list[list] = [
        [P("TT", head), P(common.para_text(text.unit_header), head),
         P(common.para_text(text.total_header), head), P(GROUP_HEADER, head), "", "", "", "",
         P(RATE_HEADER, head)],
        ["", "", ""] + [P(h, head) for h in SUB_HEADERS] + [""],
    ]
    for n, dept in enumerate(aggregate.departments, 1):
        c = dept.counts
        data.append([str(n), P(common.para_text(dept.name), st["cell"]),
                     *(count_text(v) for v in row_values(c)), share_text(c.level2, c.total)])
    t = aggregate.total
    data.append([TOTAL_LABEL, "", *(count_text(v) for v in row_values(t)),
                 share_text(t.level2, t.total)])
    last = len(data) - 1
    widths_mm = (10, 62, 24, 22, 22, 22, 28, 28, 34)
    scale = width / (sum(widths_mm) * MM)
    table = Table(data, colWidths=[w * MM * scale for w in widths_mm], repeatRows=2)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 11, 13),
        ("FONT", (0, last), (-1, last), fonts.BOLD, 11, 13),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (7, 0)), ("SPAN", (8, 0), (8, 1)), ("SPAN", (0, last), (1, last)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
        ("ALIGN", (0, last), (1, last), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(1, 6 * MM)]

    stats = [[P(common.para_text(text.stats_title), head), P("Số lượng", head),
              P("Tỉ lệ (%)", head)]]
    for label, count in stats_rows(t):
        stats.append([P(label, st["cell"]), count_text(count), share_text(count, t.total)])
    stats_table = Table(stats, colWidths=[84 * MM * scale, 30 * MM * scale, 30 * MM * scale],
                        hAlign="LEFT")
    stats_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 11, 13),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    block: list = [stats_table]
    for note in text.notes:
        block.append(Paragraph(common.para_text(note), st["small"]))
    story.append(KeepTogether(block))
    story.append(Spacer(1, 6 * MM))
    story.append(KeepTogether(common.signature_block(settings, width)))
    return story


def write_aggregate_pdf(
    path: str | os.PathLike[str],
    aggregate: Aggregate,
    settings: Mapping[str, str],
    *,
    appendix: str = "III",
    unit_header: str = "Khoa/phòng",
    stats_title: str = "Thống kê toàn đơn vị",
    reference: str | None = None,
    notes: Iterable[str] = (),
    subject: str | None = None,
    issued: dt.date | None = None,
) -> None:
    """Write the aggregate sheet as a PDF letter appendix (see the module docstring)."""
    from eidroster.reports.pdf import build_pdf

    text = sheet_text(aggregate, settings, appendix=appendix, unit_header=unit_header,
                      stats_title=stats_title, reference=reference, notes=notes,
                      subject=subject)
    issued = issued or dt.date.today()
    build_pdf(path, lambda width: build_story(aggregate, settings, text, width, issued),
              landscape_page=True, title=f"{text.appendix_heading} - {text.title}",
              settings=settings)
