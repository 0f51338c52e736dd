"""The superior agency's merge: units' Phụ lục III sheets (or a hand-made Phụ lục I
table) read, checked and merged into Phụ lục I — one row per unit, then TỔNG CỘNG.

Reading is tolerant of what people send: title rows, an agency block, a header merged
over two rows, a row of column numbers, the table split in two with the header
repeated, "-" for zero, "1.097" as text or as the number 1.097 (Excel took the dot for a
decimal point), rates as fractions, numbers or "95%" strings, notes and a "Thống kê"
block below the table. Columns are found by their header text (accent-free match).

Every row and every file's TỔNG CỘNG is checked against the two report rules
(:func:`eidroster.domain.aggregate.rule_problems`) and the TỔNG CỘNG against the sum of
its rows; each break becomes a :class:`Problem` (unit, Excel row, Vietnamese message).

**How a row that breaks a rule enters the merged total** (it cannot be a
:class:`~eidroster.domain.aggregate.Counts` as written), decided once here:

1. The three status columns (Chưa định danh, Mức 1, Mức 2) are taken as written: they
   are what the unit counted person by person. A "Tổng số" that disagrees with their
   sum is replaced by that sum.
2. "Có lý do" never exceeds the people not at level 2 minus those the unit itself listed
   "không có lý do"; everyone not at level 2 whose reason the unit did not account for
   is counted **không có lý do**. This is the conservative reading for the year's
   rating (seed 001: a unit loses points for staff without a justified reason): a
   justified reason must be claimed to count.

So the seed's Bệnh viện Tâm Thần (2 + 3 not at level 2, 2 with a reason, 0 without)
enters as 2 with and 3 without. The status columns, hence the totals, are never
changed by this rule. The output sheet lists every break under the statistics block.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eidroster.domain.aggregate import Aggregate, Counts, DepartmentRow, rule_problems
from eidroster.domain.errors import EidrosterError, InputError
from eidroster.domain.text import clean_text, format_date, format_int
from eidroster.domain.text import fold as _fold

FIELDS = ("total", "none", "level1", "level2", "with_reason", "without_reason")
FIELD_LABEL = {
    "total": "Tổng số",
    "none": "Chưa định danh",
    "level1": "Đã định danh mức 1",
    "level2": "Đã định danh mức 2",
    "with_reason": "Có lý do",
    "without_reason": "Không có lý do",
}
TOTAL_UNIT = "TỔNG CỘNG"
#: a stated rate this far (percentage points) from Mức 2 / Tổng số is a problem
RATE_TOLERANCE = 1.0


# ====================================================================== results

@dataclass(frozen=True, slots=True)
class Problem:
    """One break: which unit, which Excel row of which file, what does not add up."""

    unit: str
    row: int | None
    message: str
    file: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"unit": self.unit, "row": self.row, "message": self.message}

    def describe(self) -> str:
        where = f"{self.file}, dòng {self.row}" if self.row else self.file
        return f"{self.unit} ({where}): {self.message}" if where else f"{self.unit}: {self.message}"


@dataclass(frozen=True, slots=True)
class RawRow:
    """A table row's numbers as written (None: the column is absent)."""

    label: str
    row: int  # Excel row number (1-based)
    values: dict[str, int]
    rate: float | None = None  # the stated rate as a percentage 0..100, if any


@dataclass(frozen=True, slots=True)
class ParsedTable:
    path: Path
    kind: str  # "I" (a row per unit) or "III" (a row per department of one unit)
    unit_name: str
    as_of: dt.date | None
    as_of_row: int | None
    rows: tuple[RawRow, ...]
    total_row: RawRow | None
    columns: frozenset[str]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class UnitResult:
    name: str
    file: str
    counts: Counts

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "file": self.file, **self.counts.as_dict()}


@dataclass(frozen=True, slots=True)
class MergeResult:
    as_of: dt.date
    units: tuple[UnitResult, ...]
    total: Counts
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    def aggregate(self) -> Aggregate:
        """Phụ lục I as an :class:`Aggregate`: the rows in input order, then the total."""
        return Aggregate(
            self.as_of, tuple(DepartmentRow(u.name, u.counts) for u in self.units), self.total
        )

    def as_dict(self) -> dict[str, object]:
        """The ``aggregate --json`` object."""
        out: dict[str, object] = {
            "as_of": self.as_of.isoformat(),
            "units": [u.as_dict() for u in self.units],
        }
        out.update(self.total.as_dict())
        out["problems"] = [p.as_dict() for p in self.problems]
        return out

    def notes(self) -> list[str]:
        """Lines printed under the statistics block of the output sheet."""
        if not self.problems:
            return []
        lines = [
            f"Số liệu của các đơn vị có {len(self.problems)} chỗ không khớp quy tắc báo cáo "
            "(đã tổng hợp theo số Chưa định danh, Mức 1, Mức 2 đơn vị ghi; người chưa mức 2 "
            "không được ghi lý do chính đáng được tính là không có lý do):"
        ]
        lines += [f"- {p.describe()}" for p in self.problems]
        return lines


# ====================================================================== the rule

def reconcile(values: dict[str, int]) -> Counts:
    """The documented rule (module docstring) turning numbers as written into Counts."""
    none = max(values.get("none", 0), 0)
    level1 = max(values.get("level1", 0), 0)
    level2 = max(values.get("level2", 0), 0)
    not_level2 = none + level1
    without_written = min(max(values.get("without_reason", 0), 0), not_level2)
    with_reason = min(max(values.get("with_reason", 0), 0), not_level2 - without_written)
    return Counts(none + level1 + level2, none, level1, level2, with_reason,
                  not_level2 - with_reason)


def check_row(values: dict[str, int], columns: Iterable[str]) -> list[str]:
    """The report rules for a row as written (only the rules its columns allow)."""
    cols = set(columns)
    full = {k: values.get(k, 0) for k in FIELDS}
    if "total" not in cols:
        full["total"] = full["none"] + full["level1"] + full["level2"]
    if not {"with_reason", "without_reason"} <= cols:
        problems = [p for p in rule_problems(full) if not p.startswith("Có lý do")]
        problems.append("Thiếu cột Có lý do / Không có lý do: người chưa mức 2 được tính "
                        "là không có lý do")
        return problems
    return rule_problems(full)


def _percent_text(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


def _rate_problem(raw: RawRow) -> str | None:
    """A stated rate that 100% while someone is missing, or far from Mức 2 / Tổng số."""
    if raw.rate is None:
        return None
    total = raw.values.get("total")
    if total is None:
        total = sum(raw.values.get(k, 0) for k in ("none", "level1", "level2"))
    level2 = raw.values.get("level2", 0)
    if total <= 0:
        return None
    exact = 100.0 * level2 / total
    if raw.rate >= 99.95 and level2 < total:
        return (f"Tỉ lệ ghi 100% nhưng còn {format_int(total - level2)} người chưa định danh "
                "mức 2")
    if abs(raw.rate - exact) > RATE_TOLERANCE:
        return (f"Tỉ lệ ghi {_percent_text(raw.rate)} khác Mức 2 / Tổng số = "
                f"{format_int(level2)}/{format_int(total)} = {_percent_text(exact)}")
    return None


# ====================================================================== reading

@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """domain.text.fold, cached: the same header and label texts recur in every file."""
    return _fold(text)


class _BadCell(Exception):
    pass


_DOTTED = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")
_SPACED = re.compile(r"^-?\d{1,3}(?:[ \u00a0]\d{3})+$")
_PLAIN = re.compile(r"^-?\d+$")
_DASHES = {"-", "–", "—", "--", "x", "0"}
_AS_OF = re.compile(r"tinh den ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_TITLE_UNIT = re.compile(r"muc (?:do )?2 cua (.+?) tinh den ngay")


def parse_count(value: object) -> int | None:
    """A count cell as written: None for blank; "-" → 0; "1.097" (text) → 1097; the
    number 1.097 (a typed "1.097" taken as a decimal) → 1097. Raises _BadCell."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise _BadCell
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise _BadCell
        if value == int(value):
            return int(value)
        scaled = value * 1000
        if abs(scaled - round(scaled)) < 1e-6 and abs(value) < 1000:
            return int(round(scaled))  # "1.097" typed into a cell that took the dot as decimal
        raise _BadCell
    if isinstance(value, (dt.date, dt.datetime)):
        raise _BadCell
    text = clean_text(value).replace("\u00a0", " ").strip()
    if not text:
        return None
    if text in _DASHES:
        return 0
    if _PLAIN.match(text):
        return int(text)
    if _DOTTED.match(text):
        return int(text.replace(".", ""))
    if _SPACED.match(text):
        return int(text.replace(" ", "").replace("\u00a0", ""))
    if re.fullmatch(r"-?\d+[.,]0+", text):
        return int(re.split(r"[.,]", text)[0])
    raise _BadCell


def parse_rate(value: object) -> float | None:
    """A rate cell as a percentage 0..100: 0.95 (a % cell) → 95; "95%" / "99,9%" → 95 /
    99.9; 95 → 95. None when blank or unreadable (the rate is only checked, never used)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
        return v * 100 if -1.0 <= v <= 1.0 else v
    text = clean_text(value).replace(" ", "")
    if not text or text in _DASHES:
        return None
    percent = text.endswith("%")
    text = text.rstrip("%").replace(",", ".")
    try:
        v = float(text)
    except ValueError:
        return None
    if not percent and -1.0 <= v <= 1.0:
        return v * 100
    return v


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _field_of(header: str) -> str | None:
    """Which column a (folded, combined) header text names."""
    h = header
    if not h:
        return None
    if re.search(r"khong (?:co )?(?:ly do|ld)\b", h):
        return "without_reason"
    if re.search(r"\bco (?:ly do|ld)\b", h) or h.startswith("ly do"):
        return "with_reason"
    if re.search(r"\bt[iy] le\b", h) or h.strip() == "%":
        return "rate"
    if re.search(r"muc (?:do )?1\b", h):
        return "level1"
    if re.search(r"muc (?:do )?2\b", h):
        return "level2"
    if re.search(r"chua (?:dinh danh|dd|co)\b", h) or h.strip() == "chua":
        return "none"
    if re.search(r"\btong(?: so| cong)?\b", h):
        return "total"
    if re.fullmatch(r"(?:s\.? ?tt|tt|so tt|stt\.?|so thu tu)", h.strip()):
        return "tt"
    if re.search(r"\bdon vi\b|\bco quan\b|\bcoso\b|\bco so\b", h):
        return "unit"
    if re.search(r"\bkhoa\b|\bphong\b|\bbo phan\b|\bto\b|\bten\b", h):
        return "department"
    return None


_REQUIRED = ("none", "level1", "level2")


@dataclass
class _Layout:
    header_rows: list[int]
    columns: dict[str, int]  # field -> column index
    name_col: int
    name_kind: str  # "unit" / "department"


def _texts(row: Sequence[object]) -> list[str]:
    return [fold(v) if isinstance(v, str) else "" for v in row]


def _find_layout(rows: list[list[object]], start: int = 0) -> _Layout | None:
    """The first header (one or two rows) from ``start`` naming the columns we need."""
    for i in range(start, min(len(rows), start + 60)):
        layout = _layout_at(rows, i)
        if layout is not None:
            return layout
    return None


def _layout_at(rows: list[list[object]], i: int) -> _Layout | None:
    """The header starting at row index ``i`` (one row, or two with a sub-header)."""
    top = _texts(rows[i])
    if sum(1 for t in top if t) < 2:
        return None
    candidates = [[i, i + 1], [i]] if i + 1 < len(rows) else [[i]]
    texts = {r: _texts(rows[r]) for r in candidates[0]}
    for header_rows in candidates:
        width = max(len(rows[r]) for r in header_rows)
        combined = []
        for j in range(width):
            parts = [texts[r][j] if j < len(texts[r]) else "" for r in header_rows]
            combined.append(" ".join(p for p in parts if p))
        columns: dict[str, int] = {}
        for j, text in enumerate(combined):
            f = _field_of(text)
            if f and f not in columns:
                columns[f] = j
        name_kind = "unit" if "unit" in columns else "department"
        name_col = columns.get(name_kind)
        if name_col is None or not all(k in columns for k in _REQUIRED):
            continue
        if len(header_rows) == 2 and _has_numbers(rows[i + 1], columns):
            continue  # the second row is data, not a sub-header
        return _Layout(header_rows, columns, name_col, name_kind)
    return None


def _has_numbers(row: Sequence[object], columns: dict[str, int]) -> bool:
    for f in FIELDS:
        j = columns.get(f)
        if j is not None and j < len(row) and isinstance(row[j], (int, float)) \
                and not isinstance(row[j], bool):
            return True
    return False


def _cell(row: Sequence[object], j: int | None) -> object:
    if j is None or j >= len(row):
        return None
    return row[j]


def _is_column_numbers(row: Sequence[object], layout: _Layout) -> bool:
    """A row like "(1) (2) (3) …" or "1 2 3 …" under the header."""
    name = _cell(row, layout.name_col)
    if isinstance(name, (int, float)) and not isinstance(name, bool):
        return True
    text = clean_text(name) if name is not None else ""
    return bool(re.fullmatch(r"\(?\s*[0-9A-Za-z]{1,2}\s*\)?", text))


def _total_label(row: Sequence[object], layout: _Layout) -> bool:
    for j in range(0, max(layout.name_col, layout.columns.get("tt", 0)) + 1):
        v = _cell(row, j)
        if isinstance(v, str) and re.fullmatch(r"(?:tong cong|cong|tong|tong so|toan (?:nganh|don vi))\s*:?",
                                               fold(v)):
            return True
    return False


def _read_table(path: Path, sheet_rows: list[list[object]]) -> ParsedTable | None:
    layout = _find_layout(sheet_rows)
    if layout is None:
        return None
    file = path.name
    problems: list[Problem] = []
    count_cols = {f: layout.columns[f] for f in FIELDS if f in layout.columns}
    rows: list[RawRow] = []
    total_row: RawRow | None = None
    i = layout.header_rows[-1] + 1
    while i < len(sheet_rows):
        row = sheet_rows[i]
        excel_row = i + 1
        i += 1
        if not any(v is not None and clean_text(v) != "" for v in row):
            continue
        if not _has_numbers(row, layout.columns):
            again = _layout_at(sheet_rows, excel_row - 1)
            if again is not None:
                i = again.header_rows[-1] + 1  # the table goes on under a repeated header
                continue
        is_total = _total_label(row, layout)
        name_value = _cell(row, layout.name_col)
        label = clean_text(name_value) if name_value is not None else ""
        if not is_total:
            if fold(label).startswith("thong ke"):
                break  # the statistics block under the table
            if not label or _is_column_numbers(row, layout):
                continue
        values: dict[str, int] = {}
        bad: list[str] = []
        for f, j in count_cols.items():
            try:
                v = parse_count(_cell(row, j))
            except _BadCell:
                bad.append(f"{_column_letter(j)}{excel_row}")
                continue
            if v is not None:
                values[f] = v
        unit_for_row = TOTAL_UNIT if is_total else label
        if bad:
            problems.append(Problem(
                unit_for_row, excel_row,
                f"Ô {', '.join(bad)} không phải là số nguyên; dòng này không được tính", file))
            if is_total:
                break
            continue
        if not values:
            tt = _cell(row, layout.columns.get("tt"))
            if is_total or (isinstance(tt, (int, float)) and not isinstance(tt, bool)):
                problems.append(Problem(unit_for_row, excel_row,
                                        "Dòng không có số liệu; không được tính", file))
            if is_total:
                break  # the table ends at its total, even an empty one
            continue  # a group heading or a note line
        rate = parse_rate(_cell(row, layout.columns.get("rate")))
        raw = RawRow(TOTAL_UNIT if is_total else label, excel_row, values, rate)
        if is_total:
            total_row = raw
            break
        rows.append(raw)
    as_of, as_of_row = _find_as_of(sheet_rows[: layout.header_rows[0]])
    kind = _kind(sheet_rows[: layout.header_rows[0]], layout)
    unit = _unit_name(sheet_rows[: layout.header_rows[0]], path) if kind == "III" else ""
    return ParsedTable(path, kind, unit, as_of, as_of_row, tuple(rows), total_row,
                       frozenset(count_cols), tuple(problems))


def _find_as_of(top: list[list[object]]) -> tuple[dt.date | None, int | None]:
    for i, row in enumerate(top):
        for v in row:
            if isinstance(v, str):
                m = _AS_OF.search(fold(v))
                if m:
                    day, month, year = (int(x) for x in m.groups())
                    try:
                        return dt.date(year, month, day), i + 1
                    except ValueError:
                        return None, None
    return None, None


def _kind(top: list[list[object]], layout: _Layout) -> str:
    for row in top:
        for v in row:
            if isinstance(v, str):
                m = re.fullmatch(r"phu luc\s+(i{1,3}|iv|\d)\b.*", fold(v))
                if m:
                    return "I" if m.group(1) in ("i", "1") else "III"
    return "I" if layout.name_kind == "unit" else "III"


_NOT_UNIT = re.compile(
    r"^(?:cong hoa|doc lap|so\s*:|so:|phu luc|tien do|\(kem theo|kem theo|v/v|kinh gui|"
    r"ngay\b|.*, ngay\b|-{2,}|_{2,})"
)
_PARENT = re.compile(r"^(?:uy ban|ubnd|so\b|bo\b|tong cuc|cuc\b|tinh uy|huyen uy|thanh uy)")


def _unit_name(top: list[list[object]], path: Path) -> str:
    """The unit: the line after the parent agency in the agency block (top left), else
    the "… CỦA <UNIT> TÍNH ĐẾN NGÀY" title, else the file name."""
    lines: list[str] = []
    for row in top[:8]:
        for j, v in enumerate(row[:4]):
            if not isinstance(v, str) or j > 3:
                continue
            for part in str(v).splitlines():
                text = clean_text(part)
                if text and not _NOT_UNIT.match(fold(text)):
                    lines.append(text)
            break  # only the left-most text of a row belongs to the agency block
    if len(lines) >= 2 and _PARENT.match(fold(lines[0])):
        return lines[1]
    if len(lines) == 1 and not _PARENT.match(fold(lines[0])):
        return lines[0]
    for row in top:
        for v in row:
            if isinstance(v, str):
                m = _TITLE_UNIT.search(fold(v))
                if m:
                    # cut the same span out of the original (accented) text
                    original = clean_text(v)
                    words = original.split(" ")
                    folded_words = fold(original).split(" ")
                    target = m.group(1).split(" ")
                    for k in range(len(folded_words) - len(target) + 1):
                        if folded_words[k:k + len(target)] == target:
                            return " ".join(words[k:k + len(target)])
    if len(lines) >= 2:
        return lines[1]
    return clean_text(path.stem.replace("_", " "))


def _first_sheet(path: Path) -> list[list[object]]:
    """The first sheet's rows (Excel row i+1 = rows[i]). With :func:`_other_sheets`,
    the one place that reads files."""
    from eidroster.io.spreadsheet import read_sheet

    return read_sheet(path).rows


def _other_sheets(path: Path, include_first: bool = False) -> Iterator[list[list[object]]]:
    from eidroster.io.spreadsheet import read_sheet, sheet_names

    for name in sheet_names(path)[0 if include_first else 1:]:
        yield read_sheet(path, name).rows


def _unicode_rows(rows: list[list[object]]) -> list[list[object]]:
    """A sheet typed with the old TCVN3 (.VnTime) or VNI fonts, converted to Unicode
    (the rows unchanged when the sheet is Unicode already)."""
    from eidroster.io.legacy import detect_legacy, to_unicode

    kind = detect_legacy(v for row in rows for v in row if isinstance(v, str))
    if kind is None:
        return rows
    return [[to_unicode(v, kind) if isinstance(v, str) else v for v in row] for row in rows]


def read_table(path: str | os.PathLike[str]) -> ParsedTable:
    """Find and read the Phụ lục table of a file (the first sheet that has one)."""
    p = Path(path)
    table = _read_table(p, _first_sheet(p))
    if table is not None:
        return table
    for rows in _other_sheets(p, include_first=True):
        table = _read_table(p, rows)
        if table is None:
            table = _read_table(p, _unicode_rows(rows))
        if table is not None:
            return table
    raise InputError(
        f"Tệp {p.name} không có bảng Phụ lục I/III: không tìm thấy dòng tiêu đề với các cột "
        "Khoa/phòng (hoặc Đơn vị), Chưa định danh, Đã định danh mức 1, Đã định danh mức 2"
    )


# ====================================================================== checking and merging

def _row_problems(raw: RawRow, columns: frozenset[str], unit: str, prefix: str,
                  file: str) -> list[Problem]:
    out = [Problem(unit, raw.row, prefix + m, file) for m in check_row(raw.values, columns)]
    rate = _rate_problem(raw)
    if rate:
        out.append(Problem(unit, raw.row, prefix + rate, file))
    return out


def _total_problems(table: ParsedTable, unit: str, prefix: str) -> list[Problem]:
    total = table.total_row
    if total is None:
        return []
    file = table.path.name
    out = _row_problems(total, table.columns, unit, prefix, file)
    for f in FIELDS:
        if f not in table.columns or f not in total.values:
            continue
        summed = sum(r.values.get(f, 0) for r in table.rows)
        if summed != total.values[f]:
            out.append(Problem(
                unit, total.row,
                f"{prefix}{FIELD_LABEL[f]} ghi {format_int(total.values[f])} nhưng cộng các "
                f"dòng được {format_int(summed)}", file))
    return out


@dataclass
class _Merger:
    as_of: dt.date | None
    units: list[UnitResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dates: list[tuple[dt.date, str, int | None, str]] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)

    def add_unit(self, name: str, file: str, counts: Counts, row: int | None) -> None:
        key = fold(name)
        if key in self.seen:
            self.problems.append(Problem(
                name, row, f"Đơn vị đã có trong tệp {self.seen[key]}; số liệu lần này không "
                "được cộng thêm", file))
            return
        self.seen[key] = file
        self.units.append(UnitResult(name, file, counts))

    def add_table(self, table: ParsedTable) -> None:
        file = table.path.name
        if table.kind == "I":
            self.problems.extend(table.problems)
            for raw in table.rows:
                self.problems.extend(_row_problems(raw, table.columns, raw.label, "", file))
                self.add_unit(raw.label, file, reconcile(raw.values), raw.row)
            self.problems.extend(_total_problems(table, TOTAL_UNIT, ""))
            if table.as_of:
                self.dates.append((table.as_of, table.path.stem, table.as_of_row, file))
            return
        unit = table.unit_name
        self.problems.extend(Problem(unit, p.row, f"{p.unit}: {p.message}"
                                     if p.unit != TOTAL_UNIT else f"Dòng TỔNG CỘNG: {p.message}",
                                     p.file) for p in table.problems)
        counts = Counts()
        for raw in table.rows:
            self.problems.extend(_row_problems(raw, table.columns, unit, f"{raw.label}: ", file))
            counts = counts + reconcile(raw.values)
        if not table.rows and table.total_row is not None:
            counts = reconcile(table.total_row.values)  # a unit that sent only its total
        self.problems.extend(_total_problems(table, unit, "Dòng TỔNG CỘNG: "))
        if not table.rows and table.total_row is None:
            self.problems.append(Problem(unit, None, "Bảng không có dòng số liệu nào", file))
            return
        self.add_unit(unit, file, counts, None)
        if table.as_of:
            self.dates.append((table.as_of, unit, table.as_of_row, file))

    def result(self) -> MergeResult:
        if not self.units:
            raise InputError("Không có đơn vị nào có số liệu đọc được để tổng hợp")
        as_of = self.as_of or max((d for d, *_ in self.dates), default=dt.date.today())
        problems = list(self.problems)
        for day, unit, row, file in self.dates:
            if day != as_of:
                problems.append(Problem(
                    unit, row, f"Số liệu tính đến ngày {format_date(day)}, khác ngày tổng hợp "
                    f"{format_date(as_of)}", file))
        total = Counts()
        for u in self.units:
            total = total + u.counts
        return MergeResult(as_of, tuple(self.units), total, tuple(problems))


def merge_files(
    paths: Sequence[str | os.PathLike[str]],
    as_of: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MergeResult:
    """Read, check and merge the files (units' Phụ lục III and/or Phụ lục I tables).
    A file that cannot be read becomes a problem of that file; the others are merged.
    ``progress(done, total)`` is called after each file."""
    if not paths:
        raise InputError("Chưa chọn tệp nào để tổng hợp")
    merger = _Merger(as_of)
    for n, path in enumerate(paths, 1):
        p = Path(path)
        try:
            table = read_table(p)
        except EidrosterError as exc:
            merger.problems.append(Problem(p.stem, None, exc.message, p.name))
        else:
            merger.add_table(table)
        if progress is not None:
            progress(n, len(paths))
    return merger.result()


def write_outputs(
    result: MergeResult,
    xlsx: str | os.PathLike[str] | None,
    pdf: str | os.PathLike[str] | None,
    settings: dict[str, str],
) -> None:
    """Phụ lục I as .xlsx and/or PDF, the problems listed under the statistics block."""
    from eidroster.reports.aggregate_sheet import write_aggregate_pdf, write_aggregate_xlsx

    kwargs = dict(appendix="I", unit_header="Đơn vị", stats_title="Thống kê toàn ngành",
                  notes=result.notes())
    agg = result.aggregate()
    if xlsx is not None:
        write_aggregate_xlsx(xlsx, agg, settings, **kwargs)
    if pdf is not None:
        write_aggregate_pdf(pdf, agg, settings, **kwargs)
