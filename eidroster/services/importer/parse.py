"""Loading a file (reading, legacy encodings, choosing the sheet, finding the table) and
turning each data row into a :class:`ParsedRow` with its problems and warnings."""

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

from eidroster.domain.cccd import IdKind, IdNumber, id_number_warnings, parse_id_number
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import Status
from eidroster.domain.text import clean_text, split_full_name, title_case_name
from eidroster.io.files import shown
from eidroster.io.legacy import LEGACY_NAMES, detect_legacy, needs_conversion, to_unicode
from eidroster.io.spreadsheet import Cell, Sheet, read_sheet, sheet_names
from eidroster.services.importer.fields import FIELD_LABEL_VI, IGNORED_FIELDS, TICK_FIELDS, Field
from eidroster.services.importer.table import (
    Column,
    TableLayout,
    detect_layout,
    is_empty_row,
    is_person_row,
    section_title,
)
from eidroster.services.importer.values import (
    ReasonMatch,
    ReasonMatcher,
    ValueProblem,
    parse_date,
    parse_gender,
    parse_status,
    parse_tick,
    parse_yes_no,
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


# ---------------------------------------------------------------- rows

class _Memo:
    """Per-import caches: departments, titles, statuses and ticks repeat on every row."""

    def __init__(self) -> None:
        self.text: dict[object, str] = {}
        self.status: dict[object, object] = {}
        self.tick: dict[object, object] = {}
        self.gender: dict[object, object] = {}

    def clean(self, raw: object) -> str:
        if raw is None:
            return ""
        try:
            return self.text[raw]
        except KeyError:
            value = self.text[raw] = clean_text(raw)
            return value
        except TypeError:  # unhashable: never from a sheet, but be safe
            return clean_text(raw)

    def cached(self, table: dict, fn, raw: object):
        """fn(raw) once per distinct value; a ValueProblem is cached and raised again."""
        key = (raw.__class__, raw)  # True == 1, but not for a status
        try:
            hit = table[key]
        except KeyError:
            try:
                hit = table[key] = (True, fn(raw))
            except ValueProblem as exc:
                hit = table[key] = (False, exc)
        if hit[0]:
            return hit[1]
        raise hit[1]


def parse_rows(
    loaded: LoadedTable,
    matcher: ReasonMatcher,
    today: dt.date | None = None,
) -> list[ParsedRow]:
    layout = loaded.layout
    rows = loaded.sheet.rows
    out: list[ParsedRow] = []
    section = ""
    stored_cols = {c for f, c in layout.mapping.items() if f not in IGNORED_FIELDS}
    memo = _Memo()
    today = today or dt.date.today()
    notes, keys = loaded.row_notes, loaded.row_keys
    for r in range(layout.data_start, layout.data_end):
        row = rows[r]
        if r in notes and any(kind == ERROR for kind, _ in notes[r]) and (
                is_empty_row(row) or not any(row[c] is not None for c in stored_cols
                                             if c < len(row))):
            out.append(_with_notes(ParsedRow(row=r + 1, index=r), notes[r]))
            continue  # a line its reader could not turn into cells (a damaged scan)
        if is_empty_row(row):
            continue
        title = section_title(row, layout)
        if title is not None:
            section = title
            continue
        if not any(row[c] is not None for c in stored_cols if c < len(row)):
            continue  # only a row number, or text outside the table's columns
        p = _parse_row(row, r, layout, matcher, section, today, memo)
        p.employee_id = keys.get(r)
        out.append(_with_notes(p, notes.get(r, ())))
    return out


def _with_notes(p: ParsedRow, notes: tuple[tuple[str, str], ...]) -> ParsedRow:
    for kind, message in notes:
        issue = RowIssue(p.row, "", message, kind)
        (p.problems if kind == ERROR else p.warnings).append(issue)
    return p


def _get(row: list[Cell], layout: TableLayout, f: Field) -> Cell:
    col = layout.mapping.get(f)
    if col is None or col >= len(row):
        return None
    return row[col]


def _parse_row(row: list[Cell], r: int, layout: TableLayout, matcher: ReasonMatcher,
               section: str, today: dt.date | None, memo: _Memo) -> ParsedRow:
    p = ParsedRow(row=r + 1, index=r)

    def problem(f: Field | None, message: str) -> None:
        p.problems.append(RowIssue(p.row, _col(layout, f), message))

    def warn(f: Field | None, message: str, kind: str = WARNING) -> None:
        p.warnings.append(RowIssue(p.row, _col(layout, f), message, kind))

    # names
    full = _get(row, layout, Field.FULL_NAME)
    if full is not None and Field.HO_DEM not in layout.mapping:
        p.ho, p.dem, p.ten = _split(_name_case(full))
    else:
        ho_dem = _name_case(_get(row, layout, Field.HO_DEM) or "")
        ten = _name_case(_get(row, layout, Field.TEN) or full or "")
        if ho_dem or ten:
            if not ten and ho_dem:
                p.ho, p.dem, p.ten = split_full_name(ho_dem)
            else:
                words = ho_dem.split(" ") if ho_dem else []
                p.ho = words[0] if words else ""
                p.dem = " ".join(words[1:])
                p.ten = ten
    if layout.has_names and not p.ten:
        problem(Field.FULL_NAME if Field.FULL_NAME in layout.mapping else Field.TEN,
                "Thiếu họ tên")
    # birth date and gender
    for f in (Field.BIRTH_DATE, Field.BIRTH_MALE, Field.BIRTH_FEMALE):
        raw = _get(row, layout, f)
        if raw is None:
            continue
        if f is not Field.BIRTH_DATE:
            gender = "M" if f is Field.BIRTH_MALE else "F"
            if p.gender is not None and p.gender != gender:
                problem(f, "Ghi ở cả cột Nam và cột Nữ")
                continue
            p.gender = gender
            tick = None
            if (isinstance(raw, str) and len(raw) <= 4 and not raw.strip().isdigit()) or (
                    isinstance(raw, int | float) and not isinstance(raw, bool) and raw in (0, 1)):
                try:
                    tick = memo.cached(memo.tick, parse_tick, raw)
                except ValueProblem:
                    tick = None
            if tick is not None and not isinstance(raw, dt.date):
                if not tick:
                    p.gender = None
                continue  # a tick: only the gender
        try:
            value = parse_date(raw, today)
        except ValueProblem as exc:
            problem(f, exc.message)
            continue
        if value is not None:
            if p.birth_date is not None and p.birth_date != value.value:
                problem(f, "Có hai ngày sinh khác nhau trên cùng một dòng")
                continue
            p.birth_date, p.birth_year_only = value.value, value.year_only
            if value.year_only:
                warn(f, "Chỉ có năm sinh; lưu ngày sinh là 01/01 của năm đó", REPAIR)
    raw_gender = _get(row, layout, Field.GENDER)
    if raw_gender is not None:
        try:
            g = memo.cached(memo.gender, parse_gender, raw_gender)
        except ValueProblem as exc:
            problem(Field.GENDER, exc.message)
        else:
            if g is not None:
                if p.gender is not None and g != p.gender:
                    problem(Field.GENDER, "Giới tính không khớp với cột Nam/Nữ của ngày sinh")
                p.gender = g
    # identity number
    raw_id = _get(row, layout, Field.ID_NUMBER)
    if raw_id is not None and clean_text(raw_id):
        try:
            p.id = parse_id_number(raw_id)
        except InputError as exc:
            problem(Field.ID_NUMBER, exc.message)
        else:
            for repair in p.id.repairs:
                warn(Field.ID_NUMBER, f"Số định danh {repair}", REPAIR)
            if p.id.kind is IdKind.CMND or p.id.foreign_prefix:
                for message in id_number_warnings(p.id):
                    warn(Field.ID_NUMBER, message)
    # department, title, note
    dept = memo.clean(_get(row, layout, Field.DEPARTMENT))
    if dept:
        p.department = dept
    elif section:
        p.department, p.department_from_section = section, True
    p.title = memo.clean(_get(row, layout, Field.TITLE))
    p.note = memo.clean(_get(row, layout, Field.NOTE))
    for f, value in ((Field.DEPARTMENT, p.department), (Field.TITLE, p.title)):
        if value[:1] in ("=", "+", "@"):
            problem(f, "Không được bắt đầu bằng ký tự =, + hoặc @ (công thức)")
    for f, value, limit in ((Field.DEPARTMENT, p.department, 200), (Field.TITLE, p.title, 200),
                            (Field.NOTE, p.note, 2000)):
        if len(value) > limit:  # a megabyte cell is a damaged file, not a note
            problem(f, f"Quá dài (tối đa {limit:,} ký tự)".replace(",", "."))
    # status: words, or tick columns
    raw_status = _get(row, layout, Field.STATUS)
    if raw_status is not None:
        try:
            parsed = memo.cached(memo.status, parse_status, raw_status)
        except ValueProblem as exc:
            problem(Field.STATUS, exc.message)
        else:
            if parsed is not None:
                p.status, note = parsed
                if note:
                    warn(Field.STATUS, note)
    if p.status is None and any(f in layout.mapping for f in TICK_FIELDS):
        ticked = []
        for f, bucket in TICK_FIELDS.items():
            raw = _get(row, layout, f)
            if raw is None:
                continue
            try:
                if memo.cached(memo.tick, parse_tick, raw):
                    ticked.append((f, bucket))
            except ValueProblem as exc:
                problem(f, exc.message)
        if len(ticked) > 1:
            problem(ticked[1][0], "Đánh dấu ở nhiều cột tình trạng trên cùng một dòng")
        elif ticked:
            p.status = {"none": Status.NOT_REGISTERED, "level1": Status.LEVEL1,
                        "level2": Status.LEVEL2}[ticked[0][1]]
    # reason and whether it is justified
    raw_reason = _get(row, layout, Field.REASON)
    if raw_reason is not None:
        match = matcher.match(raw_reason)
        if match is not None:
            if match.text[:1] in ("=", "+", "@"):
                problem(Field.REASON, "Không được bắt đầu bằng ký tự =, + hoặc @ (công thức)")
            p.reason = match
            if match.reason_id is not None and not match.exact:
                warn(Field.REASON, f"Lý do «{match.text[:60]}» được hiểu là «{match.label}» "
                     "trong danh mục", REPAIR)
    raw_just = _get(row, layout, Field.JUSTIFIED)
    if raw_just is not None:
        try:
            p.justified = memo.cached(memo.tick, parse_yes_no, raw_just)
        except ValueProblem:
            problem(Field.JUSTIFIED, "Cột chính đáng chỉ được ghi có hoặc không")
    # the dates of employment and of this row's status
    for f, attr in ((Field.START_DATE, "start_date"), (Field.LEAVE_DATE, "leave_date"),
                    (Field.ROW_DATE, "row_date")):
        raw = _get(row, layout, f)
        if raw is None:
            continue
        try:
            value = parse_date(raw, today)
        except ValueProblem as exc:
            problem(f, exc.message)
            continue
        if value is None:
            continue
        if value.year_only:
            problem(f, "Cần ngày/tháng/năm đầy đủ, không chỉ năm")
        elif value.value.year < 1950:
            problem(f, "Ngày quá xa trong quá khứ (trước năm 1950)")
        elif f is not Field.LEAVE_DATE and today is not None and value.value > today:
            problem(f, f"Ngày {value.value:%d/%m/%Y} ở tương lai")
        else:
            setattr(p, attr, value.value)
    return p


def _split(clean: str) -> tuple[str, str, str]:
    """:func:`split_full_name` for text that is already clean."""
    words = clean.split(" ") if clean else []
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def _name_case(raw: object) -> str:
    text = clean_text(raw)
    if text and (text.isupper() or text.islower()):
        return title_case_name(text)
    return text


_DESCRIPTIONS: dict[int, tuple[TableLayout, dict[Field, str]]] = {}


def _col(layout: TableLayout, f: Field | None) -> str:
    """'D (Số CCCD)' for a field's column ("" when the field has none), cached per layout."""
    if f is None:
        return ""
    hit = _DESCRIPTIONS.get(id(layout))
    if hit is None or hit[0] is not layout:
        hit = (layout, {fld: layout.column(c).describe() for fld, c in layout.mapping.items()})
        _DESCRIPTIONS.clear()
        _DESCRIPTIONS[id(layout)] = hit
    return hit[1].get(f, "")
