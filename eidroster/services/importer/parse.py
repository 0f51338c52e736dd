"""Loading a file (reading, legacy encodings, choosing the sheet, finding the table) into a
:class:`LoadedTable`; the rows are read into :class:`ParsedRow` by ``row_parse`` (its
``parse_rows`` is also importable from here)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from eidroster.domain.cccd import IdNumber
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import Status
from eidroster.io.files import shown
from eidroster.io.legacy import LEGACY_NAMES, detect_legacy, needs_conversion, to_unicode
from eidroster.io.spreadsheet import Sheet, read_sheet, sheet_names
from eidroster.services.importer.fields import FIELD_LABEL_VI, IGNORED_FIELDS, Field
from eidroster.services.importer.table import (
    Column,
    TableLayout,
    detect_layout,
    is_empty_row,
    is_person_row,
)
from eidroster.services.importer.values import (
    ReasonMatch,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: where people go when the file names no department
NO_DEPARTMENT = "Chưa xếp khoa/phòng"


#: RowIssue kinds: an error rejects the row; a repair is something read differently from
#: what was typed, automatically (shown apart in the preview); a warning is everything else
ERROR, REPAIR, WARNING = "error", "repair", "warning"


@dataclass(frozen=True, slots=True)
class RowIssue:
    row: int | None  # the row number as Excel shows it; None for the whole file
    column: str  # "D (Số CCCD)", or "" when it is about the whole row
    message: str  # Vietnamese, no personal data
    kind: str = WARNING

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}

    def text(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"dòng {self.row}")
        if self.column:
            where.append(f"cột {self.column}")
        prefix = ", ".join(where)
        return (prefix[:1].upper() + prefix[1:] + ": " if where else "") + self.message


@dataclass
class ParsedRow:
    row: int  # Excel row number
    index: int  # 0-based row index in the sheet
    ho: str = ""
    dem: str = ""
    ten: str = ""
    birth_date: dt.date | None = None
    birth_year_only: bool = False
    gender: str | None = None
    id: IdNumber | None = None
    department: str = ""
    department_from_section: bool = False
    title: str = ""
    status: Status | None = None
    reason: ReasonMatch | None = None
    justified: bool | None = None
    note: str = ""
    start_date: dt.date | None = None  # "Ngày vào làm"
    leave_date: dt.date | None = None  # "Ngày nghỉ việc"
    row_date: dt.date | None = None  # the date this row's status was true
    #: the person this row stands for, known by its reader (a department's returned
    #: form: the hidden row key); None: matched by CCCD, then name and birth date
    employee_id: int | None = None
    problems: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)

    @property
    def has_name(self) -> bool:
        return bool(self.ten)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class LoadedTable:
    path: Path
    sheet: Sheet  # text already converted from a legacy encoding
    layout: TableLayout
    sheet_names: tuple[str, ...]
    legacy: str | None  # "tcvn3" / "vni" when the text was converted
    warnings: tuple[RowIssue, ...] = ()
    #: what the reader of a file that is not a plain spreadsheet (a file of QR scans, a
    #: department's returned form) found about a row, by 0-based sheet row: (kind,
    #: message) with kind ERROR (the row is rejected), REPAIR or WARNING
    row_notes: Mapping[int, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    #: 0-based sheet row -> employee id, for rows whose person the reader knows
    row_keys: Mapping[int, int] = field(default_factory=dict)
    #: run inside the import's write transaction, after the rows are written (or when
    #: there was nothing to write), with the session and the batch id or None: what the
    #: file's reader must record with the import, all or nothing (a form's return)
    on_import: Callable[[Session, str | None], None] | None = None

    def with_mapping(self, mapping: dict[Field, int | None]) -> LoadedTable:
        return replace(self, layout=self.layout.with_mapping(mapping))


# ---------------------------------------------------------------- loading

@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while tens of thousands of small objects are
    made (its full passes cost 10-40 % of a 10,000-row import here); nothing made here is
    cyclic garbage, and it runs again as soon as the import is over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()



def load_table(path: str | os.PathLike[str], sheet: str | None = None) -> LoadedTable:
    """Read the file and find its table. ``sheet=None``: the first sheet with a
    recognisable header. Raises InputError (file refused) with a Vietnamese message."""
    with gc_paused():
        return _load_table(Path(path), sheet)


def _load_table(p: Path, sheet: str | None) -> LoadedTable:
    names = sheet_names(p)
    if sheet is not None:
        data = read_sheet(p, sheet)
        return _load_one(p, data, names)
    first_error: InputError | None = None
    visible = sheet_names(p, visible_only=True)
    for name in visible + [n for n in names if n not in visible]:  # hidden sheets last
        data = read_sheet(p, name)
        try:
            return _load_one(p, data, names)
        except InputError as exc:
            first_error = first_error or exc
    if len(names) == 1 and first_error is not None:
        raise first_error
    listed = ", ".join(f'"{shown(n, 40)}"' for n in names[:20]) + (" …" if len(names) > 20 else "")
    raise InputError(
        f"Không trang nào của tệp {shown(p.name)} có dòng tiêu đề cột nhận ra được (các trang: {listed}). "
        "Cần ít nhất cột Họ và tên hoặc Số định danh cá nhân (CCCD) cùng một cột khác (Ngày sinh, Khoa/phòng, "
        "Tình trạng…)"
    )


def _load_one(p: Path, data: Sheet, names: list[str]) -> LoadedTable:
    if not any(not is_empty_row(r) for r in data.rows):
        raise InputError(f'Trang "{shown(data.name, 60)}" của tệp {shown(p.name)} trống, không có dữ liệu để nhập')
    warnings: list[RowIssue] = []
    texts = [v for row in data.rows for v in row if isinstance(v, str) and not v.isascii()]
    mojibake = [t for t in texts if _looks_mojibake(t)]
    if len(mojibake) >= 3 or (mojibake and len(mojibake) * 2 >= len(texts)):
        repaired = _repair_mojibake(data)
        if repaired is None:
            raise InputError(
                f"Tệp {shown(p.name)} có chữ bị lỗi mã (chữ Unicode đã bị lưu sai bảng mã, không khôi "
                "phục được); hãy mở tệp gốc, lưu lại dạng .xlsx hoặc CSV UTF-8 rồi nhập lại"
            )
        data = repaired
        texts = [v for row in data.rows for v in row if isinstance(v, str) and not v.isascii()]
        warnings.append(RowIssue(None, "", (
            "Chữ trong tệp đã bị lưu sai bảng mã (UTF-8 đọc thành ANSI) và đã được khôi phục. "
            "Hãy xem lại phần xem trước trước khi nhập")))
    legacy = detect_legacy(texts)
    if legacy is not None:
        data = Sheet(data.name, [[to_unicode(v, legacy) if isinstance(v, str) and needs_conversion(v)
                                  else v for v in row] for row in data.rows], data.merged)
        warnings.append(RowIssue(None, "", (
            f"Tệp được gõ bằng bảng mã cũ {LEGACY_NAMES[legacy]}; chữ đã được chuyển sang "
            "Unicode. Hãy xem lại phần xem trước trước khi nhập")))
    layout = detect_layout(data)
    if layout is None:
        raise InputError(
            f'Trang "{shown(data.name, 60)}" của tệp {shown(p.name)} không có dòng tiêu đề cột nhận ra được. '
            "Cần ít nhất cột Họ và tên hoặc Số định danh cá nhân (CCCD) cùng một cột khác (Ngày sinh, Khoa/phòng, "
            "Tình trạng…)"
        )
    _refuse_duplicate_columns(p, data, layout)
    warnings.extend(_people_after_the_end(data, layout))
    return LoadedTable(p, data, layout, tuple(names), legacy, tuple(warnings))


def _people_after_the_end(data: Sheet, layout: TableLayout) -> list[RowIssue]:
    """Rows describing people below the total or signature row that ended the table are
    not imported (they may be another table); say so instead of dropping them silently."""
    if layout.end_row is None:
        return []
    after = [r + 1 for r in range(layout.end_row + 1, len(data.rows))
             if is_person_row(data.rows[r], layout.mapping)]
    if not after:
        return []
    listed = ", ".join(str(r) for r in after[:10]) + (" …" if len(after) > 10 else "")
    return [RowIssue(None, "", (
        f"Bảng kết thúc ở dòng {layout.end_row + 1} (dòng tổng cộng hoặc chữ ký) nhưng bên "
        f"dưới còn {len(after)} dòng có thông tin người (dòng {listed}) không được nhập. Nếu "
        "đó là phần tiếp theo của danh sách, hãy xóa dòng tổng cộng ở giữa rồi nhập lại"))]


def _refuse_duplicate_columns(p: Path, data: Sheet, layout: TableLayout) -> None:
    """Two columns that both mean the same thing ("Họ và tên" twice): which one holds the
    truth cannot be guessed, so the file is refused, naming both columns."""
    seen: dict[Field, list[Column]] = {}
    for col in layout.columns:
        if col.field is not None and col.field not in IGNORED_FIELDS:
            seen.setdefault(col.field, []).append(col)
    for f, cols in seen.items():
        if len(cols) > 1:
            where = ", ".join(f"cột {c.letter} ({shown(c.header, 40)})" for c in cols[:4])
            raise InputError(
                f'Trang "{shown(data.name, 60)}" của tệp {shown(p.name)} có {len(cols)} cột '
                f"cùng là «{FIELD_LABEL_VI.get(f, f.value)}»: {where}. Hãy xóa hoặc đổi tên cột "
                "thừa rồi nhập lại (chương trình không đoán cột nào đúng)"
            )


_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|Æ°|Ä‘|Ä\u0090|áº|á»")


def _looks_mojibake(text: str) -> bool:
    """UTF-8 read as Windows-1252 ("Nguyá»…n"): never import it."""
    return bool(_MOJIBAKE.search(text))


def _repair_mojibake(data: Sheet) -> Sheet | None:
    """Undo UTF-8 bytes decoded as Windows-1252; None when that loses characters."""
    rows = []
    for row in data.rows:
        out = []
        for v in row:
            if isinstance(v, str) and not v.isascii():
                try:
                    v = v.encode("cp1252").decode("utf-8")
                except UnicodeError:
                    if _looks_mojibake(v):
                        return None  # keep text that was never damaged (a typed header)
            out.append(v)
        rows.append(out)
    return Sheet(data.name, rows, data.merged)


# the rows' half lives in its own module; it needs the classes above, so it comes last
from eidroster.services.importer.row_parse import parse_rows  # noqa: E402

__all__ = ["ERROR", "NO_DEPARTMENT", "REPAIR", "WARNING", "LoadedTable", "ParsedRow", "RowIssue",
           "gc_paused", "load_table", "parse_rows"]
