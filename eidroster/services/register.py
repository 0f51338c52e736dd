"""The register of reports sent (issue 13, point 8): every Phụ lục III export is
recorded — the as-of date, when, the file's name and SHA-256, the letter's date, who,
and the numbers (totals and per-department rows, as JSON). The register lists them and
says whether each date's numbers are still the same today; exporting a date already
reported again says what changed.

The record is written in the same step as the file: the file is built in a temporary
file, its hash taken, the row committed, then the file renamed into place (as Phụ lục
IV's audit row) — so every Phụ lục III under its name has its register entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from eidroster.db.models import ReportExport
from eidroster.domain.aggregate import Aggregate, Counts
from eidroster.domain.text import format_date, format_int
from eidroster.services.database import Database

KIND_PHU_LUC_III = "phu_luc_iii"
COUNT_KEYS = ("total", "none", "level1", "level2", "with_reason", "without_reason")
LABELS = {
    "total": "tổng số",
    "none": "chưa định danh",
    "level1": "mức 1",
    "level2": "mức 2",
    "with_reason": "có lý do chính đáng",
    "without_reason": "không có lý do chính đáng",
}


def counts_json(agg: Aggregate) -> str:
    """The numbers a report printed: the totals and every department's row."""
    def row(c: Counts) -> dict[str, int]:
        return {k: getattr(c, k) for k in COUNT_KEYS}

    return json.dumps({"total": row(agg.total),
                       "departments": [{"name": d.name, **row(d.counts)}
                                       for d in agg.departments]},
                      ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    id: int
    kind: str
    as_of: dt.date
    issued: dt.date | None
    exported_at: dt.datetime
    file: str
    sha256: str
    counts: dict
    user_name: str

    @property
    def total(self) -> int:
        return int(self.counts.get("total", {}).get("total", 0))

    @property
    def level2(self) -> int:
        return int(self.counts.get("total", {}).get("level2", 0))


@dataclass(frozen=True, slots=True)
class Recorded:
    """What an export added to the register, and the previous entry for its date."""

    current: RegisterEntry
    previous: RegisterEntry | None


def _entry(row: ReportExport) -> RegisterEntry:
    try:
        counts = json.loads(row.counts or "{}")
    except ValueError:
        counts = {}
    return RegisterEntry(row.id, row.kind, row.as_of, row.issued, row.exported_at, row.file,
                         row.sha256, counts, row.user_name)


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_export(db: Database, agg: Aggregate, *, built: str | Path, file: str | Path,
                  issued: dt.date | None, kind: str = KIND_PHU_LUC_III) -> Recorded:
    """Add the register entry of a report built in ``built`` (the temporary file) that
    will be renamed to ``file``; returns it with the previous entry for the same date."""
    from eidroster.services.database import current_user

    sha = file_sha256(built)
    with db.write() as s:
        prev = s.scalars(select(ReportExport)
                         .where(ReportExport.kind == kind, ReportExport.as_of == agg.as_of)
                         .order_by(ReportExport.exported_at.desc(), ReportExport.id.desc())
                         ).first()
        previous = _entry(prev) if prev is not None else None
        # the letter's date as printed: None (not given) is today, "blank" stays empty
        printed = issued if isinstance(issued, dt.date) else (
            dt.date.today() if issued is None else None)
        row = ReportExport(kind=kind, as_of=agg.as_of, issued=printed,
                           exported_at=dt.datetime.now().replace(microsecond=0),
                           file=str(Path(file).resolve()), sha256=sha,
                           counts=counts_json(agg), user_name=current_user()[:100])
        s.add(row)
        s.flush()
        current = _entry(row)
    return Recorded(current, previous)


def list_register(db: Database, kind: str = KIND_PHU_LUC_III) -> list[RegisterEntry]:
    """Every entry, oldest first."""
    with db.read() as s:
        rows = s.scalars(select(ReportExport).where(ReportExport.kind == kind)
                         .order_by(ReportExport.exported_at, ReportExport.id)).all()
        return [_entry(r) for r in rows]


@dataclass(frozen=True, slots=True)
class Change:
    """One number that differs: ``department`` None for the unit's total; ``key`` one of
    :data:`COUNT_KEYS`, or ``"added"`` / ``"removed"`` for a department that entered or
    left the report (``new`` / ``old`` its head count)."""

    department: str | None
    key: str
    old: int
    new: int


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """An entry with today's numbers for its as-of date."""

    entry: RegisterEntry
    changes: list[Change]  # what differs today (empty: the numbers still match)

    @property
    def matches_now(self) -> bool:
        return not self.changes


def _now_counts(db: Database, as_of: dt.date, cache: dict[dt.date, dict]) -> dict:
    from eidroster.services.summary import summary

    if as_of not in cache:
        cache[as_of] = json.loads(counts_json(summary(db, as_of)))
    return cache[as_of]


def register_rows(db: Database, kind: str = KIND_PHU_LUC_III) -> list[RegisterRow]:
    """Every entry (oldest first) with what differs between the numbers it sent and the
    numbers for its as-of date computed again today. Reads only."""
    cache: dict[dt.date, dict] = {}
    return [RegisterRow(e, count_changes(e.counts, _now_counts(db, e.as_of, cache)))
            for e in list_register(db, kind)]


def register_report(db: Database) -> list[dict]:
    """``register --json``: each entry with ``matches_now`` — whether the numbers for
    its as-of date, computed again today, are the ones that were sent."""
    return [{
        "as_of": r.entry.as_of.isoformat(),
        "exported_at": r.entry.exported_at.isoformat(timespec="seconds"),
        "file": r.entry.file,
        "sha256": r.entry.sha256,
        "total": r.entry.total,
        "level2": r.entry.level2,
        "matches_now": r.matches_now,
    } for r in register_rows(db)]


def changes_since_sent(db: Database, as_of: dt.date,
                       kind: str = KIND_PHU_LUC_III) -> RegisterRow | None:
    """The latest entry sent for ``as_of`` and what today's numbers for that date would
    change (asked before exporting the date again); None when it was never sent."""
    with db.read() as s:
        row = s.scalars(select(ReportExport)
                        .where(ReportExport.kind == kind, ReportExport.as_of == as_of)
                        .order_by(ReportExport.exported_at.desc(), ReportExport.id.desc())
                        ).first()
        entry = _entry(row) if row is not None else None
    if entry is None:
        return None
    return RegisterRow(entry, count_changes(entry.counts, _now_counts(db, as_of, {})))


def registered_dates_from(db: Database, day: dt.date,
                          kind: str = KIND_PHU_LUC_III) -> list[dt.date]:
    """The as-of dates already reported on or after ``day``, oldest first: the reports
    a change dated ``day`` can alter (whether it did: :func:`changes_since_sent`)."""
    with db.read() as s:
        return list(s.scalars(select(ReportExport.as_of).distinct()
                              .where(ReportExport.kind == kind, ReportExport.as_of >= day)
                              .order_by(ReportExport.as_of)))


def describe_changes(previous: RegisterEntry, current: RegisterEntry) -> list[str]:
    """What differs between two entries' numbers, in Vietnamese (empty: the same)."""
    return describe_changes_counts(previous.counts, current.counts)


def count_changes(old: dict, new: dict) -> list[Change]:
    """Every number that differs between two registers' counts: the unit's total first,
    then the departments in the new report's order, then those no longer in it."""
    out = [Change(None, k, old.get("total", {}).get(k, 0), new.get("total", {}).get(k, 0))
           for k in COUNT_KEYS]
    out = [c for c in out if c.old != c.new]
    old_rows = {d["name"]: d for d in old.get("departments", [])}
    new_rows = {d["name"]: d for d in new.get("departments", [])}
    for name in [*new_rows, *(n for n in old_rows if n not in new_rows)]:
        a, b = old_rows.get(name), new_rows.get(name)
        if a is None:
            out.append(Change(name, "added", 0, int(b.get("total", 0))))
        elif b is None:
            out.append(Change(name, "removed", int(a.get("total", 0)), 0))
        else:
            out += [Change(name, k, int(a.get(k, 0)), int(b.get(k, 0)))
                    for k in COUNT_KEYS if a.get(k, 0) != b.get(k, 0)]
    return out


def describe_changes_counts(old: dict, new: dict) -> list[str]:
    """:func:`count_changes` as Vietnamese lines: one for the unit, one per department."""
    lines: list[str] = []
    by_department: dict[str | None, list[Change]] = {}
    for c in count_changes(old, new):
        by_department.setdefault(c.department, []).append(c)
    for c in by_department.pop(None, []):
        lines.append(f"Toàn đơn vị, {LABELS[c.key]}: {format_int(c.old)} → {format_int(c.new)}")
    for name, changes in by_department.items():
        if changes[0].key == "added":
            lines.append(f"{name}: khoa/phòng mới trong báo cáo ({format_int(changes[0].new)} người)")
        elif changes[0].key == "removed":
            lines.append(f"{name}: không còn trong báo cáo")
        else:
            lines.append(f"{name}: " + "; ".join(
                f"{LABELS[c.key]} {format_int(c.old)} → {format_int(c.new)}" for c in changes))
    return lines


def register_lines(entries: list[dict]) -> list[str]:
    """The register as text lines (the ``register`` command without ``--json``)."""
    out = []
    for e in entries:
        state = "khớp số liệu hiện nay" if e["matches_now"] else "ĐÃ KHÁC số liệu hiện nay"
        out.append(f"{format_date(dt.date.fromisoformat(e['as_of']))}  gửi lúc "
                   f"{dt.datetime.fromisoformat(e['exported_at']):%d/%m/%Y %H:%M}  "
                   f"tổng {format_int(e['total'])}, mức 2 {format_int(e['level2'])}  "
                   f"{state}  {Path(e['file']).name}")
    return out
