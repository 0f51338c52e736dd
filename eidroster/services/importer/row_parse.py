"""Turning each data row of a loaded table into a :class:`ParsedRow` with its problems
(errors, which reject the row), automatic repairs and warnings."""

from __future__ import annotations

import datetime as dt

from eidroster.domain.cccd import IdKind, id_number_warnings, parse_id_number
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import Status
from eidroster.domain.text import clean_text, split_full_name, title_case_name
from eidroster.io.spreadsheet import Cell
from eidroster.services.importer.fields import IGNORED_FIELDS, TICK_FIELDS, Field
from eidroster.services.importer.parse import (
    ERROR,
    REPAIR,
    WARNING,
    LoadedTable,
    ParsedRow,
    RowIssue,
)
from eidroster.services.importer.table import TableLayout, is_empty_row, section_title
from eidroster.services.importer.values import (
    ReasonMatcher,
    ValueProblem,
    parse_date,
    parse_gender,
    parse_status,
    parse_tick,
    parse_yes_no,
)

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
