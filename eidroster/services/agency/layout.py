"""Step 2a, recognise the header: where the table's header stands (one, two or three
rows, anywhere in the first rows of the sheet, any column), which column holds what,
and whether the header is that of a list of people."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eidroster.services.agency.cells import clean_text, fold
from eidroster.services.agency.headers import (
    COUNT_FIELDS,
    PERSONAL_FIELDS,
    column_field,
    normalise_header,
)

STATUS = ("none", "level1", "level2")
SEARCH_ROWS = 60
_NUMBERING = re.compile(r"^\(?\s*(?:\d{1,2}|[a-z])\s*\)?(?:\s*[=x*/+-].*)?$")
_NUMBER_TEXT = re.compile(r"^[\d., ]+$|^[-–—]$")


@dataclass
class Layout:
    header_rows: list[int]  # 0-based indices of the header's rows
    columns: dict[str, int]  # field -> column index (counts, "rate", "tt")
    name_col: int
    name_kind: str  # "unit" (one row per unit) or "department"
    personal: frozenset[str] = frozenset()  # personal columns in the header
    conflicts: dict[str, list[int]] = field(default_factory=dict)  # field -> its columns

    @property
    def first_data(self) -> int:
        return self.header_rows[-1] + 1

    def count_columns(self) -> dict[str, int]:
        return {f: j for f, j in self.columns.items() if f in COUNT_FIELDS}


def is_numbering_row(row: list[object]) -> bool:
    """A row of column numbers under the header: "(1) (2) (3) …", "1 2 3 …", "A B C …"."""
    values = [v for v in row if v is not None and clean_text(v) != ""]
    if len(values) < 3:
        return False
    for v in values:
        if isinstance(v, bool):
            return False
        if isinstance(v, int):
            if not 0 <= v <= 40:
                return False
            continue
        if isinstance(v, float) or not _NUMBERING.match(clean_text(v).lower()):
            return False
    ints = [v for v in values if isinstance(v, int)]
    return not ints or ints == sorted(ints)


def header_like(row: list[object]) -> bool:
    """At least two different texts, no number (typed as a number or as text)."""
    texts = set()
    for v in row:
        if v is None:
            continue
        if isinstance(v, (int, float, bool)):
            return False
        text = clean_text(v)
        if not text:
            continue
        if _NUMBER_TEXT.match(text):
            return False
        texts.add(text)
    return len(texts) >= 2 and not is_numbering_row(row)


_LETTER_BLOCK = re.compile(
    r"^(?:cong hoa xa hoi|doc lap\b|phu luc\b|bao cao\b|uy ban nhan dan\b|ubnd\b|so y te\b)"
    r"|\bden (?:het )?ngay\b")


def _letter_block(row: list[object]) -> bool:
    """A row of the letter's head (the national motto, the parent agency, the title, the
    as-of date): never a row of the table's header, even over the real one."""
    return any(isinstance(v, str) and _LETTER_BLOCK.search(fold(v)) for v in row)


def resolvable(fields: set[str]) -> bool:
    """Whether Chưa định danh, Mức 1 and Mức 2 follow from these columns (total =
    none + level1 + level2, not_level2 = none + level1, identified = level1 + level2)."""
    known = set(fields) & {"total", "none", "level1", "level2", "not_level2", "identified"}
    changed = True
    while changed:
        changed = False
        rules = (({"total", "none", "level1"}, "level2"), ({"total", "none", "level2"}, "level1"),
                 ({"total", "level1", "level2"}, "none"), ({"none", "level1", "level2"}, "total"),
                 ({"none", "level1"}, "not_level2"), ({"not_level2", "none"}, "level1"),
                 ({"not_level2", "level1"}, "none"), ({"total", "not_level2"}, "level2"),
                 ({"level2", "not_level2"}, "total"), ({"identified", "level2"}, "level1"),
                 ({"identified", "level1"}, "level2"), ({"total", "identified"}, "none"),
                 ({"none", "identified"}, "total"))
        for needs, gives in rules:
            if needs <= known and gives not in known:
                known.add(gives)
                changed = True
    return set(STATUS) <= known


def _parts(rows: list[list[object]], i: int, h: int, width: int) -> list[list[str]]:
    out = []
    for j in range(width):
        parts: list[str] = []
        for r in range(i, i + h):
            v = rows[r][j] if j < len(rows[r]) else None
            text = normalise_header(v) if isinstance(v, str) else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        out.append(parts)
    return out


def _build(rows: list[list[object]], i: int, h: int) -> Layout | None:
    width = max(len(rows[r]) for r in range(i, i + h))
    parts = _parts(rows, i, h, width)
    found: dict[str, list[int]] = {}
    for j, p in enumerate(parts):
        f = column_field(p)
        if f is not None:
            found.setdefault(f, []).append(j)
    personal = frozenset(f for f in found if f in PERSONAL_FIELDS)
    counts = {f: js for f, js in found.items() if f in COUNT_FIELDS}
    if not resolvable(set(counts)) and not personal:
        return None
    columns = {f: js[0] for f, js in counts.items()}
    conflicts = {f: js for f, js in counts.items() if len(js) > 1}
    if "rate" in found:
        columns["rate"] = found["rate"][0]
    if "tt" in found:
        columns["tt"] = found["tt"][0]
    first_count = min(columns[f] for f in counts) if counts else width
    name_kind, name_col = "", -1
    for kind in ("unit", "department", "person_name"):
        if kind in found:
            name_kind, name_col = kind, found[kind][0]
            break
    if name_col < 0:
        # a name column with another header ("Nội dung", "Chỉ tiêu"): the text column
        # nearest to the left of the counts
        for j in range(first_count - 1, -1, -1):
            if j != columns.get("tt") and parts[j] and column_field(parts[j]) in (None, "ignore"):
                name_kind, name_col = "department", j
                break
    if name_col < 0:
        return None
    return Layout(list(range(i, i + h)), columns, name_col, name_kind, personal, conflicts)


def _score(layout: Layout) -> int:
    return len(layout.columns) + (1 if layout.name_col >= 0 else 0) + 2 * len(layout.personal)


def layout_at(rows: list[list[object]], i: int) -> Layout | None:
    """The header starting at row index ``i`` (one, two or three rows), or None."""
    if i >= len(rows) or not header_like(rows[i]) or _letter_block(rows[i]):
        return None
    best: Layout | None = None
    for h in (1, 2, 3):
        last = i + h - 1
        if last >= len(rows) or (h > 1 and not header_like(rows[last])) or _letter_block(rows[last]):
            break
        layout = _build(rows, i, h)
        if layout is not None and (best is None or _score(layout) > _score(best)):
            best = layout
    return best


def find_layout(rows: list[list[object]], start: int = 0) -> Layout | None:
    """The first header from ``start`` (within the first rows of the sheet)."""
    for i in range(start, min(len(rows), start + SEARCH_ROWS)):
        layout = layout_at(rows, i)
        if layout is not None:
            return layout
    return None
