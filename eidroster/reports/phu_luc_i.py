"""The agency's documents from a merge (:class:`~eidroster.domain.agency.MergeResult`):
Phụ lục I (.xlsx and/or PDF, the signed page: the units that were merged, the total,
"Thống kê toàn ngành" — and nothing else) and, in a file of its own, the check sheet
(every unit with its file, counts and status; every problem with unit, file, row and
column) that the aggregating officer keeps and does not send.

All the files of one run are written together or not at all: each is built in a
temporary file beside its target and renamed into place only when every one of them
was built, so a failed run leaves no file (and never a half one)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from pathlib import Path

from eidroster.domain.agency import MergeResult
from eidroster.domain.aggregate import rate_fraction
from eidroster.domain.errors import InputError
from eidroster.domain.text import format_date
from eidroster.io.atomic import atomic_path
from eidroster.reports import common, fonts
from eidroster.reports.dateline import Issued

CHECK_SUFFIX = "_kiem_tra"
APPENDIX_KEYWORDS = dict(appendix="I", unit_header="Đơn vị", stats_title="Thống kê toàn ngành")


def check_path_for(xlsx: str | os.PathLike[str]) -> Path:
    """The check sheet's default place: beside Phụ lục I, "<name>_kiem_tra.xlsx"."""
    p = Path(xlsx)
    return p.with_name(f"{p.stem}{CHECK_SUFFIX}.xlsx")


def refuse_overwriting(inputs: Iterable[str | os.PathLike[str]],
                       outputs: Iterable[str | os.PathLike[str] | None]) -> None:
    """InputError when an output is one of the inputs (or two outputs are one file)."""
    read = {Path(p).resolve() for p in inputs}
    written: set[Path] = set()
    for out in outputs:
        if out is None:
            continue
        target = Path(out).resolve()
        if target in read:
            raise InputError(f"Tệp kết quả {Path(out).name} là một trong các tệp đầu vào; hãy "
                             "chọn tên khác để không ghi đè lên báo cáo của đơn vị")
        if target in written:
            raise InputError(f"Hai tệp kết quả trùng tên {Path(out).name}; hãy chọn tên khác")
        written.add(target)


def _height(text: str, width: int, other: str, other_width: int) -> float:
    """A row height (points) that shows ``text`` wrapped in a column ``width`` characters
    wide (openpyxl sets none, and LibreOffice then prints wrapped lines over each other)."""
    lines = max(1, -(-len(text) // width), -(-len(other) // other_width))
    return 16.0 * lines


def build_check_workbook(result: MergeResult):
    """The check sheet: one line per unit and file, then every problem."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from eidroster.reports.aggregate_sheet import rate_number_format

    wb = Workbook()
    ws = wb.active
    ws.title = "Don vi"
    f = fonts.XLSX_FONT
    bold, regular = Font(name=f, size=12, bold=True), Font(name=f, size=12)
    wrap = Alignment(wrap_text=True, vertical="top")
    common.set_text(ws, 1, 1, "KIỂM TRA SỐ LIỆU TỔNG HỢP PHỤ LỤC I TÍNH ĐẾN NGÀY "
                    f"{format_date(result.as_of)}", Font(name=f, size=13, bold=True))
    common.set_text(ws, 2, 1, "Bản làm việc của cán bộ tổng hợp: không gửi kèm Phụ lục I",
                    Font(name=f, size=12, italic=True))
    heads = ("TT", "Đơn vị", "Tệp", "Tình trạng", "Tổng số", "Chưa định danh", "Mức 1",
             "Mức 2", "Có lý do", "Không có lý do", "Tỉ lệ mức 2", "Ghi chú")
    for col, head in enumerate(heads, 1):
        common.set_text(ws, 4, col, head, bold, wrap)
    ws.row_dimensions[4].height = 34
    for n, line in enumerate(result.lines, 1):
        r = 4 + n
        ws.row_dimensions[r].height = _height(line.reason, 50, line.unit, 34)
        ws.cell(r, 1, n).font = regular
        for col, text in ((2, line.unit), (3, line.file), (4, line.status_label),
                          (12, line.reason)):
            common.set_text(ws, r, col, text, regular, wrap)
        if line.counts is not None:
            c = line.counts
            for col, v in zip(range(5, 11), (c.total, c.none, c.level1, c.level2, c.with_reason,
                                             c.without_reason), strict=True):
                cell = ws.cell(r, col, v)
                cell.number_format, cell.font = common.COUNT_FORMAT, regular
            cell = ws.cell(r, 11, rate_fraction(c.level2, c.total))
            cell.number_format, cell.font = rate_number_format(c.level2, c.total), regular
    for col, width in zip("ABCDEFGHIJKL", (5, 34, 28, 16, 10, 10, 9, 9, 10, 10, 10, 50),
                          strict=True):
        ws.column_dimensions[col].width = width
    top = Alignment(vertical="top")
    for row in ws.iter_rows(min_row=5, max_col=11):
        for cell in row:
            if not isinstance(cell.value, str):
                cell.alignment = top
    ws.freeze_panes = "C5"
    common.xlsx_print_setup(ws, "4:4", landscape=True)

    ps = wb.create_sheet("Van de")
    common.set_text(ps, 1, 1, f"CÁC VẤN ĐỀ ({len(result.problems)})",
                    Font(name=f, size=13, bold=True))
    for col, head in enumerate(("Đơn vị", "Tệp", "Dòng", "Cột", "Vấn đề"), 1):
        common.set_text(ps, 3, col, head, bold, wrap)
    for n, p in enumerate(result.problems, 4):
        ps.row_dimensions[n].height = _height(p.message, 80, p.unit, 34)
        for col, text in ((1, p.unit), (2, p.file), (4, p.column or ""), (5, p.message)):
            common.set_text(ps, n, col, text, regular, wrap)
        if p.row is not None:
            cell = ps.cell(n, 3, p.row)
            cell.font, cell.alignment = regular, Alignment(vertical="top")
    for col, width in zip("ABCDE", (34, 28, 7, 6, 80), strict=True):
        ps.column_dimensions[col].width = width
    ps.freeze_panes = "A4"
    common.xlsx_print_setup(ps, "3:3", landscape=True)
    return wb


def write_phu_luc_i(
    result: MergeResult,
    settings: Mapping[str, str],
    *,
    xlsx: str | os.PathLike[str] | None = None,
    pdf: str | os.PathLike[str] | None = None,
    docx: str | os.PathLike[str] | None = None,
    check: str | os.PathLike[str] | None = None,
    issued: Issued = None,
) -> list[Path]:
    """Write Phụ lục I (.xlsx, PDF and/or .docx) of the merged units and the check sheet,
    all or nothing. Returns the files written. ``settings``: the agency's own (header,
    signer); ``issued``: the letter's date (None: today; "blank": left for the văn thư)."""
    from eidroster.reports.aggregate_sheet import (
        write_aggregate_docx,
        write_aggregate_pdf,
        write_aggregate_xlsx,
    )

    writers = {"xlsx": write_aggregate_xlsx, "pdf": write_aggregate_pdf,
               "docx": write_aggregate_docx}

    if not result.merged:
        raise InputError(result.nothing_readable())
    targets = [(t, kind) for t, kind in ((xlsx, "xlsx"), (pdf, "pdf"), (docx, "docx"),
                                         (check, "check")) if t is not None]
    refuse_overwriting((), [t for t, _ in targets])
    aggregate = result.aggregate()
    with ExitStack() as stack:
        for target, kind in targets:
            tmp = stack.enter_context(atomic_path(target))
            if kind == "check":
                common.save_workbook(build_check_workbook(result), tmp)
            else:
                writers[kind](tmp, aggregate, settings, issued=issued, **APPENDIX_KEYWORDS)
    return [Path(t) for t, _ in targets]
