"""The report's numbers (Phụ lục I / III), right by construction.

Rules of the report:
1. chưa định danh + mức 1 + mức 2 = tổng số
2. có lý do + không có lý do = chưa định danh + mức 1 (everyone not at level 2)
3. the level-2 rate is never shown as 100% while anyone is missing, nor as 0% while
   anyone is at level 2 (:func:`rate_tenths`).

:class:`Counts` can only be built from people (or checked numbers), so rules 1 and 2
hold for every row and for the total. :func:`rule_problems` checks numbers read from a
table made by hand, where they may not hold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from eidroster.domain.statuses import Bucket
from eidroster.domain.text import format_int, text_sort_key


@dataclass(frozen=True, slots=True)
class PersonState:
    """One active employee on the report date, reduced to what the report needs."""

    department: str
    bucket: Bucket
    justified: bool  # has a justified reason (only meaningful when not at level 2)


@dataclass(frozen=True, slots=True)
class Counts:
    total: int = 0
    none: int = 0
    level1: int = 0
    level2: int = 0
    with_reason: int = 0
    without_reason: int = 0

    def __post_init__(self) -> None:
        problems = rule_problems(self)
        if problems:
            raise ValueError("; ".join(problems))

    @property
    def not_level2(self) -> int:
        return self.none + self.level1

    @property
    def level2_rate(self) -> float:
        """Share at level 2, 0..1 (1.0 for an empty unit: nobody is missing)."""
        return self.level2 / self.total if self.total else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.total + other.total,
            self.none + other.none,
            self.level1 + other.level1,
            self.level2 + other.level2,
            self.with_reason + other.with_reason,
            self.without_reason + other.without_reason,
        )

    def as_dict(self) -> dict[str, int | float]:
        return {
            "total": self.total,
            "none": self.none,
            "level1": self.level1,
            "level2": self.level2,
            "with_reason": self.with_reason,
            "without_reason": self.without_reason,
            "level2_rate": self.level2_rate,
        }


def rule_problems(c: Counts | dict[str, int]) -> list[str]:
    """Which report rules the numbers break, in Vietnamese (empty when they hold)."""
    get = (lambda k: c[k]) if isinstance(c, dict) else (lambda k: getattr(c, k))
    total, none, l1, l2 = get("total"), get("none"), get("level1"), get("level2")
    with_r, without_r = get("with_reason"), get("without_reason")
    problems: list[str] = []
    if min(total, none, l1, l2, with_r, without_r) < 0:
        problems.append("có số âm")
    if none + l1 + l2 != total:
        problems.append(
            f"Chưa định danh + Mức 1 + Mức 2 = {format_int(none + l1 + l2)} "
            f"khác Tổng số {format_int(total)}"
        )
    if with_r + without_r != none + l1:
        problems.append(
            f"Có lý do + Không có lý do = {format_int(with_r + without_r)} "
            f"khác Chưa định danh + Mức 1 = {format_int(none + l1)}"
        )
    return problems


@dataclass(frozen=True, slots=True)
class DepartmentRow:
    name: str
    counts: Counts


@dataclass(frozen=True, slots=True)
class Aggregate:
    as_of: dt.date
    departments: tuple[DepartmentRow, ...]
    total: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict[str, object]:
        """The `summary --json` object."""
        out: dict[str, object] = {"as_of": self.as_of.isoformat()}
        out.update(self.total.as_dict())
        out["departments"] = [{"name": d.name, **d.counts.as_dict()} for d in self.departments]
        return out


def count_people(people: Iterable[PersonState]) -> Counts:
    total = none = l1 = l2 = with_r = 0
    for p in people:
        total += 1
        if p.bucket is Bucket.LEVEL2:
            l2 += 1
            continue
        if p.bucket is Bucket.LEVEL1:
            l1 += 1
        else:
            none += 1
        if p.justified:
            with_r += 1
    not_l2 = none + l1
    return Counts(total, none, l1, l2, with_r, not_l2 - with_r)


def aggregate(
    people: Iterable[PersonState],
    as_of: dt.date,
    departments: Iterable[str] = (),
    order: dict[str, int] | None = None,
) -> Aggregate:
    """Rows per department (every name in ``departments`` appears, even if empty),
    in ``order`` (department -> position) or Vietnamese alphabetical order, then the total."""
    groups: dict[str, list[PersonState]] = {name: [] for name in departments}
    for p in people:
        groups.setdefault(p.department, []).append(p)
    rows = [DepartmentRow(name, count_people(members)) for name, members in groups.items()]
    if order is not None:
        rows.sort(key=lambda r: (order.get(r.name, len(order)), text_sort_key(r.name)))
    else:
        rows.sort(key=lambda r: text_sort_key(r.name))
    total = Counts()
    for r in rows:
        total = total + r.counts
    return Aggregate(as_of, tuple(rows), total)


def from_counts(
    rows: Iterable[tuple[str, int, int, int, int]], as_of: dt.date
) -> Aggregate:
    """Build from (department, none, level1, level2, with_reason) tuples (e.g. SQL GROUP BY)."""
    built: list[DepartmentRow] = []
    total = Counts()
    for name, none, l1, l2, with_r in rows:
        c = Counts(none + l1 + l2, none, l1, l2, with_r, none + l1 - with_r)
        built.append(DepartmentRow(name, c))
        total = total + c
    return Aggregate(as_of, tuple(built), total)


# ---------------------------------------------------------------- the rate

def rate_tenths(level2: int, total: int) -> int:
    """The rate as shown, in tenths of a percent (integer arithmetic, no float error).

    A whole percent rounded half up (1.042/1.097 -> 95%, as the seed prints), except
    near both ends, where rounding would hide someone:
    - it would show 100% while someone is missing: one decimal rounded DOWN, at most
      99,9% (1.096/1.097 -> 99,9%);
    - it would show 0% while someone is at level 2: one decimal rounded DOWN, at least
      0,1% (1/300 -> 0,3%; 1/2.000 -> 0,1%).
    An empty unit shows 0%."""
    if total <= 0:
        return 0
    whole = (200 * level2 + total) // (2 * total)  # round half up
    if whole >= 100 and level2 < total:
        return min(1000 * level2 // total, 999)
    if whole <= 0 and level2 > 0:
        return max(1000 * level2 // total, 1)
    return whole * 10


def rate_percent(level2: int, total: int) -> float:
    """The rate as shown, as a percentage 0..100 (see :func:`rate_tenths`)."""
    return rate_tenths(level2, total) / 10


def format_rate(level2: int, total: int) -> str:
    """"95%", "99,9%", "0,3%", "100%" — the report's rate column."""
    tenths = rate_tenths(level2, total)
    if tenths % 10 == 0:
        return f"{tenths // 10}%"
    return f"{tenths // 10},{tenths % 10}%"


def rate_fraction(level2: int, total: int) -> float:
    """The shown rate as a fraction 0..1, for a spreadsheet cell with a percent format."""
    return rate_tenths(level2, total) / 1000


def activations_needed_per_day(
    not_level2: int, today: dt.date, target: dt.date
) -> float | None:
    """Activations per day still needed to reach 100% on the target date (seed 004)."""
    if not_level2 <= 0:
        return 0.0
    days = (target - today).days
    if days <= 0:
        return None
    return not_level2 / days


def whole_people_per_day(not_level2: int, today: dt.date, target: dt.date) -> int | None:
    """Whole people to bring to level 2 each day to reach 100% on the target date:
    rounded UP (35 people in 3 days is 12 a day, not 11.67 -> "12"; 10,4 -> 11), so
    keeping that pace is enough. ``None`` when the target date is today or past."""
    if not_level2 <= 0:
        return 0
    days = (target - today).days
    if days <= 0:
        return None
    return -(-not_level2 // days)
