"""The aggregate sheet — Phụ lục III of a unit, and Phụ lục I of the superior agency
(the merge of its units' Phụ lục III) — in one layout, as .xlsx, PDF and .docx.

Public API (the writers take the same parameters)::

    write_aggregate_xlsx(path, aggregate, settings, *, appendix="III",
                         unit_header="Khoa/phòng", stats_title="Thống kê toàn đơn vị",
                         reference=None, notes=(), subject=None, issued=None)
    write_aggregate_pdf(path, aggregate, settings, ...same keywords...)
    write_aggregate_docx(path, aggregate, settings, ...same keywords...)
    write_aggregate(path, aggregate, settings, ...)  # the format from the extension

- ``aggregate``: a :class:`eidroster.domain.aggregate.Aggregate` (rows in the order to
  print, then ``total``); its rows obey both report rules by construction.
- ``settings``: the unit's settings dict (:func:`eidroster.services.settings.get_settings`);
  used: parent_agency, unit_name (header block), doc_number_pattern (Số), place_name
  (date line), reference_letter, signer_title, signer_name, preparer, recipients. The
  writers print what they are given: an agency passes its own header and signer.
- ``appendix``: "III" for a unit, "I" for the agency's merge (then
  ``unit_header="Đơn vị"``, ``stats_title="Thống kê toàn ngành"``).
- ``reference``: the "(Kèm theo …)" text; ``None`` = from settings["reference_letter"].
- ``notes``: extra lines printed under the statistics block, on the signed page. (An
  aggregator's check notes belong in their own sheet or file, not here.)
- ``subject``: the words between "MỨC ĐỘ 2" and "TÍNH ĐẾN NGÀY" in the title; ``None`` =
  "CỦA CÁC ĐƠN VỊ" for Phụ lục I, "CỦA <UNIT NAME>" otherwise.
- ``issued``: the letter's date on the "Số" and date lines (:mod:`reports.dateline`): a
  ``datetime.date``, ``None`` for today, or ``"blank"`` to leave the number and the
  date for the văn thư ("Số:" + room + "/BC-BV", "Hà Nội, ngày … tháng … năm 2026").

Layout (every format): Nghị định 30 margins and fonts, the header rows repeated on every
page, long names wrapped (.xlsx rows as tall as their text), the signature block on the
page that holds the last rows of the table, page numbers from page 2. The two reason
columns keep the form's wording with a footnote (:data:`FOOTNOTE`) saying that "có lý
do" means a justified reason (có lý do chính đáng).

The files are written atomically (``eidroster.io.atomic.atomic_path``): a failure never
leaves a half file under the target name; errors come out as ``StorageError`` with a
Vietnamese message. The sheet contains counts only — no personal data.

In the .xlsx, counts are numbers formatted "1.097" with zero shown as "-" (as the seed's
Phụ lục I), rates are numbers (the shown rate of ``domain.aggregate.rate_tenths`` as a
fraction) formatted "95%", or — near 0 % and 100 %, where one decimal shows — with the
exact text "99,9%" as the format, so no reader's locale changes the decimal sign.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from eidroster.domain.aggregate import Aggregate, Counts, format_rate, rate_fraction, rate_percent
from eidroster.domain.text import format_date, format_int
from eidroster.io.atomic import atomic_path
from eidroster.reports import common, fonts, xlsx_layout
from eidroster.reports.common import MM, nfc
from eidroster.reports.dateline import Issued, resolve_issued

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
#: The form's own column wording stays; the footnote says what it means (issue 18).
FOOTNOTE = ("(*) \"Có lý do\" là có lý do chính đáng (nghỉ thai sản, ốm đau dài ngày, đi học "
            "hoặc công tác xa, đang chờ cấp thẻ căn cước, …); \"không có lý do\" là không có "
            "lý do chính đáng, kể cả người đã nêu lý do nhưng lý do đó không chính đáng.")


def sub_headers() -> tuple[str, ...]:
    """The five status columns, the two reason columns marked for the footnote."""
    return SUB_HEADERS[:3] + tuple(f"{h} (*)" for h in SUB_HEADERS[3:])


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
    footnote: str = FOOTNOTE


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

#: Column widths (Excel units): the sheet fills a landscape A4 at 100 % (12 pt print).
XLSX_WIDTHS = (5, 30, 13, 11, 11, 11, 15, 15, 13)


def build_workbook(aggregate: Aggregate, settings: Mapping[str, str], text: SheetText,
                   issued: Issued = None):
    from openpyxl.styles import Alignment, Border, Font, Side

    L = xlsx_layout  # noqa: N806
    wb = L.new_workbook()
    ws = wb.active
    ws.title = f"Phu luc {text.appendix_heading.split()[-1]}"[:31]
    f = fonts.XLSX_FONT
    regular, bold = Font(name=f, size=12), Font(name=f, size=12, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center")
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = XLSX_WIDTHS
    for col, width in zip("ABCDEFGHI", widths, strict=True):
        ws.column_dimensions[col].width = width
    row = L.header_block(ws, settings, widths, left_span=3, right_start=5,
                         issued=resolve_issued(issued))
    row = L.title_rows(ws, row, widths, [
        (text.appendix_heading, Font(name=f, size=14, bold=True), 14),
        (text.title, Font(name=f, size=13, bold=True), 13),
        (text.reference, Font(name=f, size=12, italic=True), 12)])
    row += 1

    head1, head2 = row, row + 1
    header_cells = {1: "TT", 2: text.unit_header, 3: text.total_header, 4: GROUP_HEADER,
                    9: RATE_HEADER}
    for col in range(1, NCOLS + 1):
        for r in (head1, head2):
            cell = ws.cell(row=r, column=col)
            cell.border, cell.font, cell.alignment = box, bold, center
    for col, value in header_cells.items():
        common.set_text(ws, head1, col, value, bold, center)
    for i, value in enumerate(sub_headers()):
        common.set_text(ws, head2, 4 + i, value, bold, center)
    for col in (1, 2, 3, 9):
        ws.merge_cells(start_row=head1, start_column=col, end_row=head2, end_column=col)
    ws.merge_cells(start_row=head1, start_column=4, end_row=head1, end_column=8)
    ws.row_dimensions[head1].height = L.fit_height(
        [(GROUP_HEADER, L.span_points(widths, 4, 8))], 12, bold=True)
    ws.row_dimensions[head2].height = max(
        L.fit_height([(h, L.column_points(widths[3 + i])) for i, h in enumerate(sub_headers())],
                     12, bold=True),
        L.fit_height([(RATE_HEADER, L.column_points(widths[8])),
                      (text.total_header, L.column_points(widths[2]))], 12, bold=True)
        - ws.row_dimensions[head1].height)
    row = head2 + 1
    first_data = row

    def put_counts(r: int, c: Counts, font) -> None:
        for i, v in enumerate(row_values(c)):
            cell = ws.cell(row=r, column=3 + i, value=v)
            cell.number_format = L.COUNT_FORMAT
            cell.font, cell.alignment, cell.border = font, right, box
        cell = ws.cell(row=r, column=9, value=rate_fraction(c.level2, c.total))
        cell.number_format = L.rate_format(c.level2, c.total)
        cell.font, cell.alignment, cell.border = font, right, box

    name_w = L.column_points(widths[1])
    for n, dept in enumerate(aggregate.departments, 1):
        tt = ws.cell(row=row, column=1, value=n)
        tt.font, tt.alignment, tt.border = regular, center, box
        common.set_text(ws, row, 2, dept.name, regular, left).border = box
        put_counts(row, dept.counts, regular)
        ws.row_dimensions[row].height = L.fit_height([(dept.name, name_w)], 12)
        row += 1
    total_row = row
    ws.cell(row=row, column=1).border = box
    common.set_text(ws, row, 1, TOTAL_LABEL, bold, center)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.cell(row=row, column=2).border = box
    put_counts(row, aggregate.total, bold)
    row += 1
    row = L.title_rows(ws, row, widths, [(text.footnote, Font(name=f, size=11, italic=True),
                                          11)])
    ws.cell(row=row - 1, column=1).alignment = left
    row += 1

    for col, value in ((2, text.stats_title), (3, "Số lượng"), (4, "Tỉ lệ (%)")):
        common.set_text(ws, row, col, value, bold, center).border = box
    row += 1
    t = aggregate.total
    for label, count in stats_rows(t):
        common.set_text(ws, row, 2, label, regular, left).border = box
        cell = ws.cell(row=row, column=3, value=count)
        cell.number_format, cell.font, cell.alignment, cell.border = (
            L.COUNT_FORMAT, regular, right, box)
        cell = ws.cell(row=row, column=4, value=rate_fraction(count, t.total))
        cell.number_format, cell.font, cell.alignment, cell.border = (
            L.rate_format(count, t.total), regular, right, box)
        ws.row_dimensions[row].height = L.fit_height([(label, name_w)], 12)
        row += 1
    for note in text.notes:
        row = L.title_rows(ws, row, widths, [(note, Font(name=f, size=11, italic=True), 11)])
        ws.cell(row=row - 1, column=1).alignment = left
    row += 1
    end = L.signature_rows(ws, row, settings, widths, left_span=3, right_start=6)
    ws.freeze_panes = ws.cell(row=first_data, column=3)
    common.xlsx_print_setup(ws, f"{head1}:{head2}", landscape=True)
    ws.print_area = f"A1:I{end - 1}"
    # printed: the header rows with the first row; the last department, TỔNG CỘNG and
    # everything down to the signature on one page
    L.set_page_breaks(ws, last_row=end - 1, titles=(head1, head2),
                      blocks=[(head1, first_data), (max(first_data, total_row - 1), end - 1)])
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
    wb = build_workbook(aggregate, settings, text, issued)
    _mark_unit(wb, settings, appendix)
    with atomic_path(path) as tmp:
        common.save_workbook(wb, tmp)


def _mark_unit(wb, settings: Mapping[str, str], appendix: str) -> None:
    """A unit's Phụ lục III carries the unit's name as typed in a document property
    (the sheet prints it in capitals): the agency's merge prints it as typed. An
    agency's Phụ lục I carries its issuer: the agency's next merge knows its own output."""
    unit = nfc(settings.get("unit_name", "")).strip()
    if unit:
        from openpyxl.packaging.custom import StringProperty

        from eidroster.domain.agency import ISSUER_PROPERTY, UNIT_PROPERTY

        name = ISSUER_PROPERTY if appendix.strip().upper() == "I" else UNIT_PROPERTY
        wb.custom_doc_props.append(StringProperty(name=name, value=unit[:200]))


# ====================================================================== PDF

def _header_table(text: SheetText, widths: list[float]):
    """The two header rows (TT, unit, total, the status group over five columns, rate)."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = common.styles()
    head = st["head"]
    P = Paragraph  # noqa: N806
    data = [
        [P("TT", head), P(common.para_text(text.unit_header), head),
         P(common.para_text(text.total_header), head), P(GROUP_HEADER, head), "", "", "", "",
         P(RATE_HEADER, head)],
        ["", "", ""] + [P(h, head) for h in sub_headers()] + [""],
    ]
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.BOLD, 11, 13),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (7, 0)), ("SPAN", (8, 0), (8, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def build_story(aggregate: Aggregate, settings: Mapping[str, str], text: SheetText,
                width: float, issued: Issued, page_height: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from eidroster.reports import grid

    st = common.styles()
    story: list = common.letter_header(settings, issued, width)
    story += [
        Paragraph(text.appendix_heading, st["appendix"]),
        Paragraph(common.para_text(text.title), st["title"]),
        Paragraph(common.para_text(text.reference), st["reference"]),
    ]
    widths_mm = (10, 62, 24, 22, 22, 22, 28, 28, 34)
    scale = width / (sum(widths_mm) * MM)
    widths = [w * MM * scale for w in widths_mm]
    columns = [grid.Column(widths[0], grid.CENTER), grid.Column(widths[1])] + [
        grid.Column(w, grid.RIGHT) for w in widths[2:]]
    rows = [grid.Row((str(n), dept.name, *(count_text(v) for v in row_values(dept.counts)),
                      share_text(dept.counts.level2, dept.counts.total)))
            for n, dept in enumerate(aggregate.departments, 1)]
    t = aggregate.total
    rows.append(grid.Row((TOTAL_LABEL, *(count_text(v) for v in row_values(t)),
                          share_text(t.level2, t.total)), bold=True, span=2))
    layout = grid.GridLayout(columns, rows, _header_table(text, widths),
                             max_height=page_height)

    P = Paragraph  # noqa: N806
    head = st["head"]
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
    tail: list = [Spacer(1, 3 * MM), Paragraph(common.para_text(text.footnote), st["small"]),
                  Spacer(1, 3 * MM), stats_table]
    tail += [Paragraph(common.para_text(note), st["small"]) for note in text.notes]
    tail += [Spacer(1, 6 * MM), *common.signature_block(settings, width)]
    story.append(grid.KeepTail(grid.GridPart(layout), tail, page_height))
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
    issued = resolve_issued(issued)
    build_pdf(path, lambda width, height: build_story(aggregate, settings, text, width,
                                                      issued, height),
              landscape_page=True, title=f"{text.appendix_heading} - {text.title}",
              settings=settings)


# ====================================================================== .docx

def write_aggregate_docx(
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
    issued: Issued = None,
) -> None:
    """Write the aggregate sheet as an editable Word document (see the module docstring)."""
    from eidroster.reports.docx_reports import write_aggregate_docx as write

    text = sheet_text(aggregate, settings, appendix=appendix, unit_header=unit_header,
                      stats_title=stats_title, reference=reference, notes=notes,
                      subject=subject)
    write(path, aggregate, settings, text, issued=issued)


def write_aggregate(path: str | os.PathLike[str], aggregate: Aggregate,
                    settings: Mapping[str, str], **keywords) -> None:
    """The format from the file's extension: .xlsx, .pdf or .docx."""
    suffix = os.fspath(path).rsplit(".", 1)[-1].lower()
    writer = {"xlsx": write_aggregate_xlsx, "pdf": write_aggregate_pdf,
              "docx": write_aggregate_docx}.get(suffix)
    if writer is None:
        raise ValueError(f"unknown report format: .{suffix}")
    writer(path, aggregate, settings, **keywords)
