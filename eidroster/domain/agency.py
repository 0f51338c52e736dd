"""The agency's merge, as data: what each unit's file gave, what was wrong with it, and
the Phụ lục I it adds up to. Pure values (no I/O), made by
:mod:`eidroster.services.agency` and written by :mod:`eidroster.reports.phu_luc_i`.

One :class:`UnitLine` per unit and file, with a status:

- ``merged`` ("đã tổng hợp"): read and added, nothing wrong;
- ``problem`` ("có vấn đề"): read and added, but a rule or a subtotal does not add up
  (the documented reading of :func:`eidroster.services.agency.check.reconcile` applies);
- ``held_out`` ("không tổng hợp"): not added — a cell could not be read, the file is a
  personal list, or no table was found; never merged short;
- ``set_aside`` ("không dùng"): another file of the same unit is newer and was used.

Nothing here ever holds a person's name, birth date or identity number: a personal list
is described by its file name and the unit in its header only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eidroster.domain.aggregate import Aggregate, Counts, DepartmentRow
from eidroster.domain.text import format_date

MERGED = "merged"
PROBLEM = "problem"
HELD_OUT = "held_out"
SET_ASIDE = "set_aside"
STATUS_LABEL = {
    MERGED: "đã tổng hợp",
    PROBLEM: "có vấn đề",
    HELD_OUT: "không tổng hợp",
    SET_ASIDE: "không dùng",
}
PERSONAL_LIST = "danh sách cá nhân (Phụ lục IV), không tổng hợp"
#: the custom document property of eidroster's own Phụ lục III .xlsx holding the unit's
#: name as the unit typed it (the sheet prints it in capitals, as Nghị định 30 wants)
UNIT_PROPERTY = "eidroster.unit_name"
#: the agency that issued a Phụ lục I eidroster wrote (its own earlier output is no input)
ISSUER_PROPERTY = "eidroster.phu_luc_i_issuer"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong: which unit, which file, which Excel row and column (when it is
    one cell or one column), what. ``holds``: the unit is held out because of it."""

    unit: str
    file: str
    row: int | None
    column: str | None
    message: str
    holds: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"unit": self.unit, "file": self.file, "row": self.row,
                "column": self.column, "message": self.message}

    def where(self) -> str:
        parts = [self.file] if self.file else []
        if self.row is not None:
            parts.append(f"dòng {self.row}")
        if self.column:
            parts.append(f"cột {self.column}")
        return ", ".join(parts)

    def describe(self) -> str:
        where = self.where()
        return f"{self.unit} ({where}): {self.message}" if where else f"{self.unit}: {self.message}"


@dataclass(frozen=True, slots=True)
class UnitLine:
    """One unit as one file gave it. ``counts`` is None when the unit was held out."""

    unit: str
    file: str
    status: str
    counts: Counts | None = None
    reason: str = ""  # why held out or set aside
    as_of: dt.date | None = None
    used_file: str = ""  # set aside: the file that was used instead

    @property
    def added(self) -> bool:
        return self.status in (MERGED, PROBLEM)

    @property
    def status_label(self) -> str:
        return STATUS_LABEL[self.status]


@dataclass(frozen=True, slots=True)
class MergeResult:
    as_of: dt.date
    lines: tuple[UnitLine, ...]
    total: Counts
    problems: tuple[Problem, ...] = ()

    @property
    def merged(self) -> tuple[UnitLine, ...]:
        return tuple(u for u in self.lines if u.added)

    @property
    def held_out(self) -> tuple[UnitLine, ...]:
        return tuple(u for u in self.lines if u.status == HELD_OUT)

    @property
    def set_aside(self) -> tuple[UnitLine, ...]:
        return tuple(u for u in self.lines if u.status == SET_ASIDE)

    def aggregate(self) -> Aggregate:
        """Phụ lục I: the merged units in input order, then the total."""
        rows = tuple(DepartmentRow(u.unit, u.counts) for u in self.merged if u.counts)
        return Aggregate(self.as_of, rows, self.total)

    def as_dict(self) -> dict[str, object]:
        """The ``aggregate --json`` object (the keys before ``merged`` are the original
        contract and stay)."""
        out: dict[str, object] = {
            "as_of": self.as_of.isoformat(),
            "units": [{"name": u.unit, "file": u.file, **u.counts.as_dict()}
                      for u in self.merged if u.counts],
        }
        out.update(self.total.as_dict())
        out["problems"] = [p.as_dict() for p in self.problems]
        out["merged"] = [
            {"unit": u.unit, "file": u.file, "status": u.status,
             **{k: v for k, v in u.counts.as_dict().items() if k != "level2_rate"}}
            for u in self.merged if u.counts]
        out["held_out"] = [{"unit": u.unit, "file": u.file, "reason": u.reason}
                           for u in self.held_out]
        out["set_aside"] = [{"unit": u.unit, "file": u.file, "used_file": u.used_file,
                             "reason": u.reason} for u in self.set_aside]
        return out

    def nothing_readable(self) -> str:
        """The message when no unit could be merged: it names the files (the first ten)."""
        files = list(dict.fromkeys(u.file for u in self.lines))
        named = ", ".join(files[:10]) + (f" và {len(files) - 10} tệp khác" if len(files) > 10
                                         else "")
        return ("Không có đơn vị nào có số liệu đọc được để tổng hợp (tệp: " + named
                + "); không ghi tệp nào")

    def summary_line(self) -> str:
        """One line naming what the sheet holds, for messages."""
        n = len(self.merged)
        return (f"Phụ lục I tính đến ngày {format_date(self.as_of)}: {n} đơn vị được tổng hợp"
                + (f", {len(self.held_out)} không tổng hợp" if self.held_out else "")
                + (f", {len(self.set_aside)} tệp trùng không dùng" if self.set_aside else ""))
