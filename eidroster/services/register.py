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
        row = ReportExport(kind=kind, as_of=agg.as_of,
                           issued=issued if isinstance(issued, dt.date) else None,
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


def register_report(db: Database) -> list[dict]:
    """``register --json``: each entry with ``matches_now`` — whether the numbers for
    its as-of date, computed again today, are the ones that were sent."""
    from eidroster.services.summary import summary

    entries = list_register(db)
    now: dict[dt.date, dict] = {}
    out = []
    for e in entries:
        if e.as_of not in now:
            now[e.as_of] = json.loads(counts_json(summary(db, e.as_of)))
        out.append({
            "as_of": e.as_of.isoformat(),
            "exported_at": e.exported_at.isoformat(timespec="seconds"),
            "file": e.file,
            "sha256": e.sha256,
            "total": e.total,
            "level2": e.level2,
            "matches_now": now[e.as_of] == e.counts,
        })
    return out


def describe_changes(previous: RegisterEntry, current: RegisterEntry) -> list[str]:
    """What differs between two entries' numbers, in Vietnamese (empty: the same)."""
    return describe_changes_counts(previous.counts, current.counts)


def describe_changes_counts(old: dict, new: dict) -> list[str]:
    lines = []
    for key in COUNT_KEYS:
        a = old.get("total", {}).get(key, 0)
        b = new.get("total", {}).get(key, 0)
        if a != b:
            lines.append(f"Toàn đơn vị, {LABELS[key]}: {format_int(a)} → {format_int(b)}")
    old_rows = {d["name"]: d for d in old.get("departments", [])}
    new_rows = {d["name"]: d for d in new.get("departments", [])}
    for name in [*new_rows, *(n for n in old_rows if n not in new_rows)]:
        a, b = old_rows.get(name), new_rows.get(name)
        if a is None:
            lines.append(f"{name}: khoa/phòng mới trong báo cáo ({format_int(b['total'])} người)")
            continue
        if b is None:
            lines.append(f"{name}: không còn trong báo cáo")
            continue
        diffs = [f"{LABELS[k]} {format_int(a.get(k, 0))} → {format_int(b.get(k, 0))}"
                 for k in COUNT_KEYS if a.get(k, 0) != b.get(k, 0)]
        if diffs:
            lines.append(f"{name}: " + "; ".join(diffs))
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
