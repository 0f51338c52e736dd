"""Step 3, check: each recognised file becomes one candidate per unit — its counts,
and every problem with its unit, row and column.

**How a row that breaks a rule enters the merged total** (decided once, here):

1. The three status columns (Chưa định danh, Mức 1, Mức 2) are taken as written: they
   are what the unit counted person by person. A "Tổng số" that disagrees with their
   sum is replaced by that sum. When a status column is missing it is worked out from
   the others ("Tổng số" − the rest, or "Chưa định danh mức 2" − the other).
2. "Có lý do" never exceeds the people not at level 2 minus those the unit itself listed
   "không có lý do"; everyone not at level 2 whose reason the unit did not account for
   is counted **không có lý do** — the conservative reading for the year's rating
   (seed 001: a unit loses points for staff without a justified reason).
3. Only department rows are counted. Group rows, subtotals, a department's own line
   above its sub-rows, and the total are compared with the rows they sum; a difference
   is a problem (the rows are counted, never the subtotal: nothing is counted twice).
4. A cell that cannot be read, a row of numbers without a name that is not a subtotal,
   a column that appears twice, a negative result: the unit is **held out** — listed,
   never merged short.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from eidroster.domain.agency import PERSONAL_LIST, Problem
from eidroster.domain.aggregate import Counts, rule_problems
from eidroster.domain.text import format_int
from eidroster.services.agency.cells import MAX_COUNT, column_letter
from eidroster.services.agency.names import display_name, unit_key
from eidroster.services.agency.personal import looks_like_person
from eidroster.services.agency.recognise import (
    AGENCY,
    CHECK_SHEET,
    NO_TABLE,
    OWN_OUTPUT,
    PERSONAL,
    Parsed,
)
from eidroster.services.agency.rows import DATA, EMPTY, GROUP, PARENT, SUBTOTAL, TOTAL, Line

FIELDS = ("total", "none", "level1", "level2", "with_reason", "without_reason")
FIELD_LABEL = {
    "total": "Tổng số",
    "none": "Chưa định danh",
    "level1": "Đã định danh mức 1",
    "level2": "Đã định danh mức 2",
    "not_level2": "Chưa định danh mức 2",
    "identified": "Đã định danh (mức 1 + mức 2)",
    "with_reason": "Có lý do",
    "without_reason": "Không có lý do",
}
TOTAL_UNIT = "TỔNG CỘNG"
RATE_TOLERANCE = 1.0  # percentage points between a stated rate and Mức 2 / Tổng số
NO_TABLE_MESSAGE = ("Tệp {file}: không tìm thấy bảng số liệu (cần dòng tiêu đề với các cột "
                    "Khoa/phòng hoặc Đơn vị, Chưa định danh, Đã định danh mức 1, Đã định danh "
                    "mức 2)")
CHECK_SHEET_MESSAGE = ("Bản kiểm tra của một lần tổng hợp trước (eidroster lập), không phải báo "
                       "cáo của đơn vị: không tổng hợp")
OWN_OUTPUT_MESSAGE = ("Phụ lục I do chính cơ quan lập (kết quả một lần tổng hợp trước), không "
                      "phải báo cáo của đơn vị: không tổng hợp lại")
MISSING_REASONS = ("Thiếu cột Có lý do / Không có lý do: người chưa mức 2 được tính là "
                   "không có lý do")


@dataclass
class Candidate:
    """One unit as one file gives it, before duplicates between files are settled."""

    unit: str
    key: str
    file: str
    counts: Counts | None
    problems: list[Problem] = field(default_factory=list)
    as_of: dt.date | None = None
    as_of_row: int | None = None
    letter_date: dt.date | None = None
    row: int = 0  # the row of an agency-style file (0 for a unit's own file)
    competes: bool = True  # a table was read: it takes part in choosing between files
    reason: str = ""
    companion: str = ""  # a PDF/Word copy: the name of its spreadsheet among the inputs

    @property
    def held(self) -> bool:
        return self.counts is None


# ---------------------------------------------------------------- one row

def reconcile(values: dict[str, int]) -> Counts:
    """The documented rule (module docstring) turning numbers as written into Counts."""
    none, level1, level2 = (max(values.get(k, 0), 0) for k in ("none", "level1", "level2"))
    not_level2 = none + level1
    without_written = min(max(values.get("without_reason", 0), 0), not_level2)
    with_reason = min(max(values.get("with_reason", 0), 0), not_level2 - without_written)
    return Counts(none + level1 + level2, none, level1, level2, with_reason,
                  not_level2 - with_reason)


def row_numbers(values: dict[str, int], present: set[str]) -> tuple[dict[str, int], list[str]]:
    """All numbers of a row (written, or worked out from the others) and the rules the
    written ones break. A missing status that cannot be worked out is left out."""
    known = {f: values.get(f, 0) for f in ("none", "level1", "level2", "with_reason",
                                           "without_reason") if f in present}
    for f in ("total", "not_level2", "identified"):
        if f in values:
            known[f] = values[f]
    for _ in range(3):
        t, n, l1, l2, nl2, ident = (known.get(k) for k in ("total", "none", "level1", "level2",
                                                            "not_level2", "identified"))
        if ident is not None and [l1, l2].count(None) == 1:
            known["level1" if l1 is None else "level2"] = ident - (l2 if l1 is None else l1)
        elif n is None and t is not None and ident is not None:
            known["none"] = t - ident
        elif n is None and nl2 is not None and l1 is not None:
            known["none"] = nl2 - l1
        elif l1 is None and nl2 is not None and n is not None:
            known["level1"] = nl2 - n
        elif l2 is None and t is not None and nl2 is not None:
            known["level2"] = t - nl2
        elif t is not None and [n, l1, l2].count(None) == 1:
            missing = ("none", "level1", "level2")[[n, l1, l2].index(None)]
            known[missing] = t - sum(x for x in (n, l1, l2) if x is not None)
    breaks: list[str] = []
    if all(k in known for k in ("none", "level1", "level2")):
        full = {k: known.get(k, 0) for k in FIELDS}
        full["total"] = known.get("total", known["none"] + known["level1"] + known["level2"])
        breaks = [m for m in rule_problems(full)
                  if not m.startswith("Có lý do") or {"with_reason", "without_reason"} <= present]
        nl2 = known.get("not_level2")
        if nl2 is not None and nl2 != known["none"] + known["level1"]:
            breaks.append(f"Chưa định danh mức 2 ghi {format_int(nl2)} khác Chưa định danh + "
                          f"Mức 1 = {format_int(known['none'] + known['level1'])}")
        ident = known.get("identified")
        if ident is not None and ident != known["level1"] + known["level2"]:
            breaks.append(f"Đã định danh ghi {format_int(ident)} khác Mức 1 + Mức 2 = "
                          f"{format_int(known['level1'] + known['level2'])}")
    return known, breaks


def _percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


def rate_problem(rate: float | None, known: dict[str, int]) -> str | None:
    """A stated rate of 100% while someone is missing, or far from Mức 2 / Tổng số (the
    total as counted, or as written when the clerk's formula used that one)."""
    if rate is None or "level2" not in known:
        return None
    level2 = known["level2"]
    counted = sum(known.get(k, 0) for k in ("none", "level1", "level2"))
    if counted <= 0:
        return None
    if rate >= 99.95 and level2 < counted:
        return (f"Tỉ lệ ghi 100% nhưng còn {format_int(counted - level2)} người chưa định danh "
                "mức 2")
    totals = {counted, known.get("total", counted)} - {0}
    if all(abs(rate - 100.0 * level2 / t) > RATE_TOLERANCE for t in totals):
        exact = 100.0 * level2 / counted
        return (f"Tỉ lệ ghi {_percent(rate)} khác Mức 2 / Tổng số = "
                f"{format_int(level2)}/{format_int(counted)} = {_percent(exact)}")
    return None


# ---------------------------------------------------------------- one table

@dataclass
class _Table:
    parsed: Parsed
    unit: str  # the unit the problems of a unit's file belong to ("" for agency style)
    known: dict[int, dict[str, int]] = field(default_factory=dict)  # line index -> numbers
    problems: dict[int, list[Problem]] = field(default_factory=dict)  # line index -> …

    def name(self, line: Line) -> str:
        """A row's name for a message, never a person's name."""
        return f"Dòng {line.row}" if looks_like_person(line.label) else line.label

    def add(self, k: int, line: Line, message: str, column: str | None = None,
            holds: bool = False, unit: str | None = None) -> None:
        if self.unit:
            prefix = (f"Dòng {TOTAL_UNIT}: " if line.kind == TOTAL else
                      f"{self.name(line)}: " if line.label else "")
            p = Problem(self.unit, self.parsed.file, line.row, column, prefix + message, holds)
        else:
            who = unit or (TOTAL_UNIT if line.kind == TOTAL else self.name(line))
            p = Problem(who, self.parsed.file, line.row, column, message, holds)
        self.problems.setdefault(k, []).append(p)


def _check_lines(t: _Table) -> None:
    layout = t.parsed.layout
    table = t.parsed.table
    assert layout is not None and table is not None
    present = set(layout.count_columns())
    cols = layout.count_columns()
    for k, line in enumerate(table.lines):
        for f, j in line.bad.items():
            what = (f"ghi số quá lớn (trên {format_int(MAX_COUNT)}), không phải số người"
                    if f in line.too_large else "không đọc được thành số")
            t.add(k, line, f"Ô {column_letter(j)}{line.row} ({FIELD_LABEL[f]}) {what}",
                  column_letter(j), holds=True)
        if line.kind == EMPTY and t.unit:
            t.add(k, line, "không có số liệu nào (tính là 0 người)")
            continue
        if line.bad or line.kind == GROUP and not line.values:
            continue
        known, breaks = row_numbers(line.values, present)
        t.known[k] = known
        if not all(s in known for s in ("none", "level1", "level2")):
            empty = [f for f in ("total", "not_level2", "identified")
                     if f in cols and f not in line.values]
            col = column_letter(cols[empty[0]]) if empty else None
            t.add(k, line, "Dòng thiếu số, không tính được Chưa định danh / Mức 1 / Mức 2",
                  col, holds=True)
            continue
        if min(known[s] for s in ("none", "level1", "level2")) < 0:
            t.add(k, line, "Số Chưa định danh / Mức 1 / Mức 2 tính ra âm", holds=True)
            continue
        if line.kind in (DATA, PARENT):
            for message in breaks:
                t.add(k, line, message)
            rate = rate_problem(line.rate, known)
            if rate:
                t.add(k, line, rate, column_letter(layout.columns["rate"]))
        elif line.kind == TOTAL:
            for message in breaks:
                t.add(k, line, message)


def _check_sums(t: _Table) -> None:
    """Each group row, subtotal, department above sub-rows and total against its rows."""
    table = t.parsed.table
    layout = t.parsed.layout
    assert table is not None and layout is not None
    cols = layout.count_columns()
    for k, line in enumerate(table.lines):
        if line.kind not in (GROUP, SUBTOTAL, TOTAL, PARENT) or k not in t.known:
            continue
        members = line.members
        if not members or any(m not in t.known for m in members):
            if line.unnamed:
                t.add(k, line, "Dòng có số liệu nhưng không có tên", holds=True)
            continue
        diffs = []
        for f in ("total", "none", "level1", "level2", "not_level2", "identified",
                  "with_reason", "without_reason"):
            if f not in line.values:
                continue
            summed = sum(t.known[m].get(f, 0) for m in members)
            if summed != line.values[f]:
                diffs.append((f, summed))
        if line.unnamed and diffs:
            t.add(k, line, "Dòng có số liệu nhưng không có tên và không bằng tổng các dòng "
                           "trên nó", holds=True)
            continue
        what = {GROUP: "các dòng trong nhóm", SUBTOTAL: "các dòng được cộng",
                PARENT: "các dòng chi tiết", TOTAL: "các dòng"}[line.kind]
        for f, summed in diffs:
            t.add(k, line, f"{FIELD_LABEL[f]} ghi {format_int(line.values[f])} nhưng cộng "
                           f"{what} được {format_int(summed)}", column_letter(cols[f]))


def _counts(t: _Table, indices: list[int]) -> Counts:
    total = Counts()
    for k in indices:
        total = total + reconcile(t.known[k])
    return total


def check_file(parsed: Parsed) -> tuple[list[Candidate], list[Problem]]:
    """The candidates of one file (one per unit) and the problems of the file itself
    (an agency-style file's subtotals and total, which belong to no one unit)."""
    file = parsed.file
    if parsed.kind in (NO_TABLE, PERSONAL, CHECK_SHEET, OWN_OUTPUT):
        message = {PERSONAL: PERSONAL_LIST, CHECK_SHEET: CHECK_SHEET_MESSAGE,
                   OWN_OUTPUT: OWN_OUTPUT_MESSAGE}.get(parsed.kind,
                                                       NO_TABLE_MESSAGE.format(file=file))
        problem = Problem(parsed.unit, file, None, None, message, True)
        return [Candidate(parsed.unit, parsed.key, file, None, [problem], competes=False,
                          reason=message)], []
    layout, table = parsed.layout, parsed.table
    assert layout is not None and table is not None
    t = _Table(parsed, "" if parsed.kind == AGENCY else parsed.unit)
    notes: list[str] = []
    if layout.conflicts:
        f, columns = next(iter(layout.conflicts.items()))
        letters = ", ".join(column_letter(j) for j in columns)
        notes.append(f"Có {len(columns)} cột cùng là {FIELD_LABEL[f]} ({letters}); không biết "
                     "dùng cột nào")
    else:
        _check_lines(t)
        _check_sums(t)
    reasons_missing = not {"with_reason", "without_reason"} <= set(layout.count_columns())
    extra = _below(table)
    if parsed.personal_sheet:
        extra.append((None, "Tệp có kèm một trang danh sách cá nhân (Phụ lục IV); trang đó "
                            "không được đọc"))
    if parsed.kind == AGENCY:
        summaries = [p for k, ln in enumerate(table.lines)
                     if ln.kind in (GROUP, SUBTOTAL, TOTAL) for p in t.problems.get(k, [])]
        summaries += [Problem(parsed.unit or file, file, r, None, m) for r, m in extra]
        return _agency_candidates(t, notes, reasons_missing), summaries
    problems = [p for k in sorted(t.problems) for p in t.problems[k]]
    problems += [Problem(t.unit, file, None, None, n, True) for n in notes]
    if reasons_missing and not notes:
        problems.append(Problem(t.unit, file, None, None, MISSING_REASONS))
    problems += [Problem(t.unit, file, r, None, m) for r, m in extra]
    data = [k for k, ln in enumerate(table.lines) if ln.kind == DATA]
    totals = [k for k, ln in enumerate(table.lines) if ln.kind == TOTAL]
    counted = data or totals[:1]  # a unit that sent only its total
    if not counted and not any(p.holds for p in problems):
        problems.append(Problem(t.unit, file, None, None, "Bảng không có dòng số liệu nào", True))
    held = any(p.holds for p in problems)
    counts = None if held else _counts(t, counted)
    reason = next((p.message for p in problems if p.holds), "")
    return [Candidate(t.unit, parsed.key, file, counts, problems, parsed.as_of,
                      parsed.as_of_row, parsed.letter_date, reason=reason)], []


def _below(table) -> list[tuple[int | None, str]]:
    """What stands under the table read: another table is said, never read or counted."""
    row = table.other_table
    if row is None:
        return []
    if table.other_personal:
        return [(row, "Dưới bảng có một danh sách cá nhân; danh sách đó không được đọc")]
    return [(row, "Dưới bảng còn một bảng số liệu khác; chỉ bảng trên được đọc — hãy xem tệp "
                  "có đúng bảng cần gửi không")]


def _agency_candidates(t: _Table, notes: list[str], reasons_missing: bool) -> list[Candidate]:
    """One candidate per unit row (a unit above its own sub-rows counts as their sum)."""
    parsed, table = t.parsed, t.parsed.table
    assert table is not None
    out: list[Candidate] = []
    for k, line in enumerate(table.lines):
        if not (line.kind == DATA and line.parent is None or line.kind in (PARENT, EMPTY)):
            continue
        name = display_name(line.label)
        if line.kind == EMPTY:
            problems = [Problem(name, parsed.file, line.row, None, "Dòng không có số liệu", True)]
        else:
            problems = list(t.problems.get(k, []))
            problems += [p for m in line.members for p in t.problems.get(m, [])]
            if reasons_missing and not notes:
                problems.append(Problem(name, parsed.file, line.row, None, MISSING_REASONS))
        held = bool(notes) or any(p.holds for p in problems) or k not in t.known
        counts = None
        if not held:
            counts = _counts(t, line.members) if line.kind == PARENT else reconcile(t.known[k])
        reason = notes[0] if notes else next((p.message for p in problems if p.holds), "")
        out.append(Candidate(name, unit_key(line.label), parsed.file, counts, problems,
                             parsed.as_of, parsed.as_of_row, parsed.letter_date, line.row,
                             reason=reason))
    return out
