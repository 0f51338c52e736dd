"""Which reports already sent a change alters (issue 13, point 8, the window's side).

A change dated in the past — a status, a leave or a move, a reason's re-classification,
an import — may alter the numbers of a date already reported to the Sở (the register of
reports sent, :mod:`eidroster.services.register`). The window takes a :func:`snapshot` of
the numbers of every reported date on or after the change's date before writing, and
after writing asks :func:`altered` which of them now read differently, and how.

Only the dates in the register are computed (one report each), so a change that no
report covers costs nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from eidroster.services.database import Database
from eidroster.services.register import counts_json, describe_changes_counts, list_register

Snapshot = dict[dt.date, dict]


@dataclass(frozen=True, slots=True)
class ReportedChange:
    """A reported date whose numbers a change altered."""

    as_of: dt.date
    exported_at: dt.datetime | None  # the latest time that date was sent
    file: str  # that report's file name
    lines: tuple[str, ...]  # what changed, in Vietnamese ("Khoa Nội: mức 2 12 → 13")


def _numbers(db: Database, day: dt.date) -> dict:
    from eidroster.services.summary import summary

    return json.loads(counts_json(summary(db, day)))


def snapshot(db: Database, since: dt.date) -> Snapshot:
    """The numbers now of every reported date on or after ``since``."""
    days = sorted({e.as_of for e in list_register(db) if e.as_of >= since})
    return {day: _numbers(db, day) for day in days}


def altered(db: Database, before: Snapshot) -> list[ReportedChange]:
    """The reported dates of ``before`` whose numbers differ now, oldest first."""
    if not before:
        return []
    latest = {e.as_of: e for e in list_register(db) if e.as_of in before}
    out = []
    for day, old in sorted(before.items()):
        now = _numbers(db, day)
        if now != old:
            sent = latest.get(day)
            out.append(ReportedChange(day, sent.exported_at if sent else None,
                                      Path(sent.file).name if sent else "",
                                      tuple(describe_changes_counts(old, now))))
    return out
