"""Step 2b, recognise the rows: which rows under the header are departments (or units),
which are group headings ("I. Khối lâm sàng") and their subtotals ("Cộng khối I"),
which is the total ("TỔNG CỘNG", "Tổng cộng (I+II+III)", "Toàn đơn vị", "Cộng", or a row
without a name at the end), which rows are sub-rows of a department ("1.1", "- Phòng
khám 1"), and where the table ends (the "Thống kê" block, notes, signatures).

Only departments (and the sub-rows that replace their parent) are ever counted; every
group row, subtotal and total is only compared with the rows it sums (:mod:`.check`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eidroster.services.agency.cells import (
    BadCell,
    TooLarge,
    clean_text,
    fold,
    is_person_mark,
    parse_count,
    parse_rate,
)
from eidroster.services.agency.layout import (
    Layout,
    find_layout,
    header_like,
    is_numbering_row,
    layout_at,
)

DATA, GROUP, SUBTOTAL, TOTAL, EMPTY, PARENT = "data", "group", "subtotal", "total", "empty", "parent"

_STRONG_TOTAL = re.compile(
    r"^(?:tong cong|cong chung|tong chung|tong so chung|toan (?:don vi|vien|nganh|trung tam|"
    r"benh vien|so|tinh|huyen|co quan)|tong (?:so )?toan\b|cong toan\b)(?!.*\b(?:khoi|nhom)\b)")
_SUBTOTAL = re.compile(
    r"^(?:cong|tong|tong cong|tong so|cong so)\b.*\b(?:khoi|nhom|phan|tuyen|[ivx]{1,4}|[a-h])\b")
_WEAK_TOTAL = re.compile(r"^(?:cong|tong|tong so|cong so|cong trang|tong so lieu)$")
_GROUP_MARK = re.compile(r"^\s*([IVX]{1,4}|[A-H])\s*[.)/:-]\s*\S")
_GROUP_TT = re.compile(r"^\s*([IVX]{1,4}|[A-H])\s*[.)]?\s*$")
_GROUP_WORD = re.compile(r"^(?:khoi|nhom|tuyen|cac (?:khoa|phong|tram|don vi|bo phan)|"
                         r"don vi (?:tuyen|truc thuoc))\b")
_CHILD_TT = re.compile(r"^\s*(?:\d+\s*[.,]\s*\d+\.?|[a-zđ]\s*[.)]?|[-+•*–])\s*$")
_CHILD_LABEL = re.compile(r"^\s*[-+•*–]\s*\S")
_STOP = re.compile(r"^(?:thong ke|\(\d\) ?(?:chua|da) dinh danh|noi nhan|nguoi lap|"
                   r"(?:kt\.? ?)?(?:giam doc|thu truong|hieu truong)\b)")


@dataclass
class Line:
    row: int  # Excel row number
    label: str
    kind: str
    values: dict[str, int]  # the count cells that hold a number (empty cells left out)
    bad: dict[str, int] = field(default_factory=dict)  # field -> column of an unreadable cell
    rate: float | None = None
    tt: str = ""
    group: int | None = None  # index of the innermost group line it belongs to
    parent: int | None = None  # index of the department line it details
    unnamed: bool = False  # a row of numbers without a name
    members: list[int] = field(default_factory=list)  # for group/subtotal/total/parent lines
    level: int = 0
    too_large: set[str] = field(default_factory=set)  # fields of bad holding a huge number


@dataclass
class TableRows:
    lines: list[Line]
    marks: int = 0  # ticks and crosses in count cells (a list of people)
    cells: int = 0  # count cells with anything in them
    other_table: int | None = None  # the Excel row of another table's header under this one
    other_personal: bool = False  # … and that table is a list of people

    def counted(self) -> list[Line]:
        return [ln for ln in self.lines if ln.kind == DATA]


def _text(v: object) -> str:
    return clean_text(v) if v is not None else ""


def _label(row: list[object], layout: Layout) -> str:
    """The row's name; a merged "TỔNG CỘNG" may sit in the TT column instead."""
    name = _text(row[layout.name_col]) if layout.name_col < len(row) else ""
    if name and not isinstance(row[layout.name_col], (int, float)):
        return name
    for j in range(0, layout.name_col):
        v = row[j] if j < len(row) else None
        if isinstance(v, str) and _text(v) and not re.fullmatch(r"[\dIVXivx.,)( ]+", _text(v)):
            return _text(v)
    return ""


def _kind(label: str, tt: str) -> str:
    f = fold(label)
    if _STRONG_TOTAL.match(f):
        return TOTAL
    if _SUBTOTAL.match(f):
        return SUBTOTAL
    if _WEAK_TOTAL.match(f.rstrip(": ")):
        return "weak"
    if _GROUP_MARK.match(label) or (_GROUP_TT.match(tt) and label) or _GROUP_WORD.match(f):
        return GROUP
    return DATA


def _group_level(label: str, tt: str, levels: list[str]) -> int:
    m = _GROUP_MARK.match(label) or _GROUP_TT.match(tt)
    key = "word"
    if m:
        key = "roman" if re.fullmatch(r"[IVX]+", m.group(1)) else "letter"
    if key not in levels:
        levels.append(key)
    return levels.index(key)


def read_rows(rows: list[list[object]], layout: Layout) -> TableRows:
    """The table's rows under ``layout`` until its total or its end."""
    table = TableRows([])
    counts = layout.count_columns()
    tt_col = layout.columns.get("tt")
    i = layout.first_data
    while i < len(rows):
        row = rows[i]
        excel, i = i + 1, i + 1
        if not any(_text(v) for v in row):
            continue
        name = row[layout.name_col] if layout.name_col < len(row) else None
        if is_numbering_row(row) or isinstance(name, (int, float)):
            continue
        if header_like(row):
            again = layout_at(rows, excel - 1)
            if again is not None:
                if again.personal or again.columns != layout.columns:
                    _other(table, again)  # another table below: not this one's rows
                    break
                i = again.first_data  # the table goes on under its header repeated
                continue
        values: dict[str, int] = {}
        bad: dict[str, int] = {}
        large: set[str] = set()
        for f, j in counts.items():
            v = row[j] if j < len(row) else None
            if v is None or _text(v) == "":
                continue
            table.cells += 1
            if is_person_mark(v):
                table.marks += 1
            try:
                n = parse_count(v)
            except TooLarge:
                bad[f] = j
                large.add(f)
                continue
            except BadCell:
                bad[f] = j
                continue
            if n is not None:
                values[f] = n
        label = _label(row, layout)
        if _STOP.match(fold(label)):
            break
        tt = _text(row[tt_col]) if tt_col is not None and tt_col < len(row) else ""
        kind = _kind(label, tt) if label else "weak"
        if not values and not bad:
            if kind == GROUP:
                table.lines.append(Line(excel, label, GROUP, {}, tt=tt))
            elif re.fullmatch(r"\d+\.?", tt) and label:
                table.lines.append(Line(excel, label, EMPTY, {}, tt=tt))
            continue
        rate_col = layout.columns.get("rate")
        rate = parse_rate(row[rate_col]) if rate_col is not None and rate_col < len(row) else None
        line = Line(excel, label, kind, values, bad, rate, tt, unnamed=not label,
                    too_large=large)
        if kind == DATA and (_CHILD_TT.match(tt) or _CHILD_LABEL.match(label)):
            line.kind = "child"
        table.lines.append(line)
        if kind == TOTAL and any(ln.kind in (DATA, "child") for ln in table.lines):
            later = find_layout(rows, i)  # the total under the rows ends the table …
            if later is not None:
                _other(table, later)  # … and what stands below it is said, not read
            break
    _resolve(table.lines)
    return table


def _other(table: TableRows, layout: Layout) -> None:
    table.other_table = layout.header_rows[0] + 1
    table.other_personal = bool(layout.personal) or layout.name_kind == "person_name"


def _resolve(lines: list[Line]) -> None:
    """Groups, sub-rows, and what each subtotal and total sums."""
    for k, line in enumerate(lines):
        if line.kind == "weak":  # a total if no department follows, else a subtotal
            later = any(other.kind in (DATA, "child") for other in lines[k + 1:])
            first = not any(other.kind in (DATA, "child", GROUP) for other in lines[:k])
            line.kind = SUBTOTAL if later and not first else TOTAL  # "Tổng số" above them all
    levels: list[str] = []
    stack: list[int] = []
    last_parent: int | None = None
    for k, line in enumerate(lines):
        if line.kind == GROUP:
            line.level = _group_level(line.label, line.tt, levels)
            while stack and lines[stack[-1]].level >= line.level:
                stack.pop()
            line.group = stack[-1] if stack else None
            stack.append(k)
            last_parent = None
            continue
        line.group = stack[-1] if stack else None
        if line.kind == "child":
            if last_parent is not None:
                line.parent = last_parent
                lines[last_parent].kind = PARENT
            line.kind = DATA
            continue
        last_parent = k if line.kind == DATA else None
        if line.kind == SUBTOTAL and stack:
            stack.pop()  # "Cộng khối I" closes its group
    start = 0
    for k, line in enumerate(lines):
        if line.kind == PARENT:
            line.members = [m for m in range(k + 1, len(lines)) if lines[m].parent == k]
        elif line.kind == GROUP:
            line.members = [m for m in range(k + 1, len(lines))
                            if lines[m].kind == DATA and _inside(lines, m, k)]
        elif line.kind == SUBTOTAL:
            if line.group is not None:
                line.members = [m for m in range(line.group + 1, k)
                                if lines[m].kind == DATA and _inside(lines, m, line.group)]
            else:
                line.members = [m for m in range(start, k) if lines[m].kind == DATA]
            start = k + 1
        elif line.kind == TOTAL:  # under the rows or, in some forms, above them all
            line.members = [m for m in range(len(lines)) if lines[m].kind == DATA]


def _inside(lines: list[Line], m: int, group: int) -> bool:
    g = lines[m].group
    while g is not None:
        if g == group:
            return True
        g = lines[g].group
    return False
