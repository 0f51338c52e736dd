"""Finding the table in a sheet: the header row(s) under the title rows, the row of column
numbers under the header, the data rows, and where the data ends (total, signatures, notes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from eidroster.domain.text import clean_text, fold
from eidroster.io.spreadsheet import Cell, Sheet
from eidroster.services.importer.fields import (
    FIELD_LABEL_VI,
    IGNORED_FIELDS,
    TICK_FIELDS,
    Field,
    classify_header,
    classify_sub_header,
    column_letter,
)

#: how far down the header row may sit
HEADER_SEARCH_ROWS = 40

_TERMINATOR = re.compile(
    r"^(?:tong cong|tong so|cong so|so luong)\b|^(?:tong|cong|tc)\s*(?:$|\d)"
    r"|^(?:nguoi lap(?: bieu)?|thu truong|(?:kt |tm |q |ktm )?(?:pho )?giam doc|xac nhan"
    r"|ky ten|ky ghi ro|luu y|noi nhan|truong (?:phong|khoa|ban)|lanh dao|ghi chu"
    r"|chu thich|nguoi duyet|nguoi kiem tra)\b"
    r"|(?:^|\s)ngay\s*[\d…_ ]*\s*thang\s*[\d…_ ]*\s*nam\b"
)
_SECTION_NUMBERING = re.compile(r"^(?:[ivxlc]+|[a-z]|\d{1,2})\s*[.)\-:]\s*\S", re.IGNORECASE)
_SECTION_WORDS = ("khoa ", "phong ", "to ", "ban ", "bo phan", "don vi", "trung tam", "tram ",
                  "doi ", "nhom ", "khoi ")


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    header: str  # as written ("Ngày tháng năm sinh / Nam" for a two-row header)
    field: Field | None

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    def describe(self) -> str:
        """'D (Số CCCD)': how a message names the column."""
        return f"{self.letter} ({self.header})" if self.header else self.letter


@dataclass(frozen=True)
class TableLayout:
    sheet_name: str
    header_rows: tuple[int, ...]  # 0-based sheet row indexes
    data_start: int  # first data row (0-based)
    data_end: int  # one past the last data row
    columns: tuple[Column, ...]
    numbering_row: int | None = None
    end_row: int | None = None  # the total/signature row that ended the data, if any
    #: field -> column index; the user may change it in the wizard
    mapping: dict[Field, int] = field(default_factory=dict)

    def column(self, index: int) -> Column:
        for c in self.columns:
            if c.index == index:
                return c
        return Column(index, "", None)

    def col_of(self, f: Field) -> int | None:
        return self.mapping.get(f)

    def has(self, f: Field) -> bool:
        return f in self.mapping

    @property
    def has_names(self) -> bool:
        return Field.FULL_NAME in self.mapping or Field.TEN in self.mapping

    def with_mapping(self, mapping: dict[Field, int | None]) -> TableLayout:
        """A copy with some fields moved to other columns (None removes a field)."""
        new = dict(self.mapping)
        for f, col in mapping.items():
            # a column holds one field: moving a field there frees it from the other
            if col is not None:
                for other, c in list(new.items()):
                    if c == col and other != f:
                        del new[other]
                new[f] = col
            else:
                new.pop(f, None)
        return replace(self, mapping=new)


def describe_column(layout: TableLayout, f: Field) -> str:
    col = layout.col_of(f)
    if col is None:
        return FIELD_LABEL_VI[f]
    return layout.column(col).describe()


# ---------------------------------------------------------------- detection

def detect_layout(sheet: Sheet) -> TableLayout | None:
    """Find the header and the data rows; None when no recognisable header exists."""
    rows = sheet.rows
    for r in range(min(len(rows), HEADER_SEARCH_ROWS)):
        top = rows[r]
        fields = _row_fields(top)
        found = set(fields.values()) - IGNORED_FIELDS
        if not found or not (found & {Field.FULL_NAME, Field.TEN, Field.HO_DEM, Field.ID_NUMBER}):
            continue
        if len(found) < 2:
            continue
        return _build(sheet, r)
    return None


def _row_fields(row: Sequence[Cell]) -> dict[int, Field]:
    out = {}
    for c, v in enumerate(row):
        if isinstance(v, str):
            f = classify_header(v)
            if f is not None:
                out[c] = f
    return out


def _build(sheet: Sheet, r: int) -> TableLayout:
    rows = sheet.rows
    width = max((len(x) for x in rows[r:r + 3]), default=0)
    top = _padded(rows[r], width)
    nxt = r + 1
    columns: list[Column]
    header_rows: tuple[int, ...]
    second = _padded(rows[r + 1], width) if r + 1 < len(rows) else None
    if second is not None and _is_sub_header(top, second):
        header_rows = (r, r + 1)
        columns = _two_row_columns(sheet, r, top, second)
        nxt = r + 2
    else:
        header_rows = (r,)
        columns = [
            Column(c, clean_text(v) if v is not None else "", classify_header(v) if isinstance(v, str) else None)
            for c, v in enumerate(top)
        ]
        columns = _split_merged_name(sheet, r, columns)
    numbering = None
    if nxt < len(rows) and _is_numbering(rows[nxt]):
        numbering = nxt
        nxt += 1
    mapping: dict[Field, int] = {}
    for col in columns:
        if col.field is not None and col.field not in mapping:
            mapping[col.field] = col.index
    if Field.FULL_NAME in mapping and Field.TEN in mapping:
        # "Họ và tên" and "Tên" both present: the pair Họ/Tên wins only with a Họ column
        if Field.HO_DEM not in mapping:
            del mapping[Field.TEN]
    end, end_row = _find_end(rows, nxt, mapping)
    return TableLayout(sheet.name, header_rows, nxt, end, tuple(columns), numbering, end_row,
                       mapping)


def _padded(row: Sequence[Cell], width: int) -> list[Cell]:
    return list(row) + [None] * (width - len(row))


def _is_sub_header(top: list[Cell], second: list[Cell]) -> bool:
    texts = [(c, v) for c, v in enumerate(second) if v is not None]
    if not texts:
        return False
    if any(not isinstance(v, str) for _, v in texts):
        return False
    if _is_numbering(second):
        return False
    if any(sum(ch.isdigit() for ch in v) >= 6 for _, v in texts):
        return False  # an identity number or a date: this is already data
    # a group header spans several columns: some sub-header sits under an empty top cell
    if not any(top[c] is None for c, _ in texts):
        return False
    recognised = 0
    for c, v in texts:
        parent = _parent_text(top, second, c)
        pf = classify_header(parent) if parent else None
        sub = classify_sub_header(pf, v)
        if sub is not None and (top[c] is None or sub is not pf):
            recognised += 1
    return recognised >= 1 and recognised * 2 >= len(texts)


def _parent_text(top: list[Cell], second: list[Cell], c: int) -> str:
    """The group header above column ``c``: the cell itself or, when it is empty (merged),
    the nearest filled cell to its left whose column also has a sub-header."""
    if top[c] is not None:
        return str(top[c])
    k = c - 1
    while k >= 0:
        if top[k] is not None:
            return str(top[k]) if second[k] is not None else ""
        if second[k] is None:
            return ""
        k -= 1
    return ""


def _two_row_columns(sheet: Sheet, r: int, top: list[Cell], second: list[Cell]) -> list[Column]:
    merged_parent: dict[int, str] = {}
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 == r and r1 == r and c1 > c0 and top[c0] is not None:
            for c in range(c0 + 1, c1 + 1):
                merged_parent[c] = str(top[c0])
    columns = []
    for c in range(len(top)):
        parent = str(top[c]) if top[c] is not None else merged_parent.get(c) or _parent_text(top, second, c)
        parent = clean_text(parent)
        pf = classify_header(parent) if parent else None
        sub = second[c]
        if sub is not None:
            f = classify_sub_header(pf, sub)
            label = f"{parent} / {clean_text(sub)}" if parent else clean_text(sub)
        else:
            f, label = pf, parent
        columns.append(Column(c, label, f))
    return columns


def _split_merged_name(sheet: Sheet, r: int, columns: list[Column]) -> list[Column]:
    """"Họ và tên" merged over two columns: the first holds họ (and đệm), the second tên."""
    out = list(columns)
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 <= r <= r1 and c1 == c0 + 1 and c0 < len(out) and out[c0].field is Field.FULL_NAME:
            out[c0] = Column(c0, out[c0].header + " (họ)", Field.HO_DEM)
            if c1 < len(out):
                out[c1] = Column(c1, columns[c0].header + " (tên)", Field.TEN)
    return out


def _is_numbering(row: Sequence[Cell]) -> bool:
    values = [v for v in row if v is not None]
    if len(values) < 2:
        return False
    numbers = []
    for v in values:
        if isinstance(v, bool):
            return False
        if isinstance(v, int):
            numbers.append(v)
        elif isinstance(v, str):
            m = re.fullmatch(r"\(?\s*(\d{1,2})\s*\)?", v.strip())
            if not m:
                return False
            numbers.append(int(m[1]))
        else:
            return False
    return numbers[0] in (0, 1) and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _find_end(rows: list[list[Cell]], start: int, mapping: dict[Field, int]) -> tuple[int, int | None]:
    for r in range(start, len(rows)):
        row = rows[r]
        if is_person_row(row, mapping):
            continue  # a person's row is data, whatever its first words say
        first = next((v for v in row if v is not None), None)
        if isinstance(first, str) and _TERMINATOR.search(_key(first)):
            return r, r
    return len(rows), None


_DATE_TEXT = re.compile(r"\s*(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4})\s*")


def is_person_row(row: Sequence[Cell], mapping: dict[Field, int]) -> bool:
    """The row describes a person: it has an identity number, a birth date, a status in
    words or a tick mark. A total or signature row has none of these (its status
    columns hold counts), so "Tống Công Minh" or "Trương Phong" in the name column is
    a person, never the end of the table."""
    from eidroster.services.importer.values import ValueProblem, parse_status, parse_tick

    n = len(row)

    def cell(f: Field) -> Cell:
        c = mapping.get(f)
        return row[c] if c is not None and c < n else None

    number = cell(Field.ID_NUMBER)
    if number is not None and sum(ch.isdigit() for ch in str(number)) >= 6:
        return True
    for f in (Field.BIRTH_DATE, Field.BIRTH_MALE, Field.BIRTH_FEMALE):
        v = cell(f)
        if isinstance(v, dt.date) or (isinstance(v, str) and _DATE_TEXT.fullmatch(v)) or (
                isinstance(v, int) and not isinstance(v, bool) and 1900 <= v <= 2100):
            return True
    status = cell(Field.STATUS)
    if isinstance(status, str):
        try:
            if parse_status(status) is not None:
                return True
        except ValueProblem:
            pass
    for f in TICK_FIELDS:
        v = cell(f)
        if isinstance(v, str):  # "x", "✓": a tick; a total row has numbers here
            try:
                if parse_tick(v):
                    return True
            except ValueProblem:
                pass
    return False


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z…_]+", " ", fold(text)).strip()


def is_empty_row(row: Sequence[Cell]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def section_title(row: Sequence[Cell], layout: TableLayout) -> str | None:
    """A row that names a department for the rows under it ("I. KHOA NỘI"), or None."""
    data_fields = (Field.ID_NUMBER, Field.BIRTH_DATE, Field.BIRTH_MALE, Field.BIRTH_FEMALE,
                   Field.STATUS, Field.TICK_NONE, Field.TICK_LEVEL1, Field.TICK_LEVEL2)
    n = len(row)
    for f in data_fields:
        c = layout.mapping.get(f)
        if c is not None and c < n and row[c] is not None:
            return None  # a data row (the usual case: decided at once)
    filled = [(c, v) for c, v in enumerate(row) if v is not None]
    if not filled:
        return None
    texts = [v for _, v in filled if isinstance(v, str)]
    others = [v for _, v in filled if not isinstance(v, str)]
    if len(texts) != 1 or len(others) > 0:
        if not (len(texts) == 2 and re.fullmatch(r"[IVXLCivxlc]+\.?|[A-Za-z]\.?", texts[0].strip())):
            return None
        texts = [texts[0] + ". " + texts[1]]
    text = clean_text(texts[0])
    key = fold(text)
    numbered = _SECTION_NUMBERING.match(key)
    body = re.sub(r"^(?:[ivxlc]+|[a-z]|\d{1,2})\s*[.)\-:]\s*", "", text, flags=re.IGNORECASE) if numbered else text
    body_key = fold(body) + " "
    if numbered:
        return clean_text(body)
    name_cols = {layout.mapping[f] for f in (Field.FULL_NAME, Field.HO_DEM, Field.TEN)
                 if f in layout.mapping}
    text_col = next(c for c, v in filled if isinstance(v, str))
    # "Khoa Nội" in the name column could be a person called Khoa: only a heading in
    # capitals or outside the name columns counts there
    if body_key.startswith(_SECTION_WORDS) and (text_col not in name_cols or body.isupper()):
        return clean_text(body)
    return None
