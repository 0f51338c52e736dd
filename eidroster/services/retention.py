"""Retention of leavers' personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định
356/2025: an employee's data is deleted when the employment ends, unless a law or an
agreement says otherwise).

The rule is ON by default: a set time after someone left (24 months unless the unit sets
``retention_months``; a positive ``retention_days``, the older key, sets it in days),
their personal fields are blanked — names, birth date, gender, identity number, title,
the free-text notes of their history — and scrubbed from the audit trail and from the
undo data of imports. What past reports need stays, anonymous: the employment events
(join, move, leave) and the status history, so every report for any date keeps its
numbers. The leave date is the person's latest employment event when it is a leave (a
person who came back is not a leaver). It runs when the window opens (at most once a
day, :func:`purge_if_due`) and with the ``purge [--dry-run]`` command.

Nothing here logs or prints personal data; audit details name fields and counts.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import select

from eidroster.db.models import AuditEvent, Employee, Setting, StatusChange
from eidroster.domain.retention import RetentionRule, rule_from
from eidroster.services import backup as backup_service
from eidroster.services.audit import record_event
from eidroster.services.database import Database

#: audit detail keys that may hold personal data of an employee (scrubbed by a purge)
PERSONAL_KEYS = frozenset({"ho", "dem", "ten", "name", "birth_date", "id_number", "gender",
                           "note", "title", "id_kind"})
#: private bookkeeping key in the settings table: the day of the last check at start-up
CHECKED_KEY = "retention_checked_on"
_IMPORT_ACTIONS = ("import", "import_redone")


def retention_rule(db: Database) -> RetentionRule:
    from eidroster.services.settings import get_settings

    return rule_from(get_settings(db))


@dataclass(frozen=True, slots=True)
class PurgeResult:
    rule: RetentionRule
    cutoff: dt.date | None  # leavers who left on or before this day are purged
    employee_ids: tuple[int, ...]
    dry_run: bool
    backup: Path | None

    @property
    def count(self) -> int:
        return len(self.employee_ids)

    @property
    def retention_days(self) -> int:  # the name earlier callers used
        return self.rule.days


def leavers_due(db: Database, cutoff: dt.date) -> tuple[int, ...]:
    """People not purged yet whose latest employment event is a leave dated on or before
    ``cutoff`` (the dated employment, not the cached column, decides)."""
    from eidroster.db.models import EmploymentEvent

    e, ev = Employee.__table__, EmploymentEvent.__table__
    inner = ev.alias("latest_2")
    latest_id = (select(inner.c.id).where(inner.c.employee_id == e.c.id)
                 .order_by(inner.c.effective_date.desc(), inner.c.id.desc()).limit(1)
                 .correlate(e).scalar_subquery())
    with db.read() as s:
        return tuple(s.scalars(
            select(e.c.id).select_from(e).join(ev, ev.c.id == latest_id)
            .where(ev.c.kind == "leave", ev.c.effective_date <= cutoff, e.c.purged_at.is_(None))
            .order_by(e.c.id)))


def purge_leavers(db: Database, *, today: dt.date | None = None,
                  dry_run: bool = False) -> PurgeResult:
    """Blank the personal data of people who left before the retention period (see the
    module docstring). One transaction, after a backup; ``dry_run`` only counts."""
    rule = retention_rule(db)
    today = today or dt.date.today()
    cutoff = rule.cutoff(today)
    if cutoff is None:
        return PurgeResult(rule, None, (), dry_run, None)
    ids = leavers_due(db, cutoff)
    if dry_run or not ids:
        return PurgeResult(rule, cutoff, ids, dry_run, None)
    made = backup_service.backup_before_change(db, "purge", keep=1)
    now = dt.datetime.now().replace(microsecond=0)
    purged = set(ids)
    with db.write() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for emp in s.scalars(select(Employee).where(Employee.id.in_(chunk))):
                emp.ho = emp.dem = emp.ten = ""
                emp.birth_date = None
                emp.gender = None
                emp.id_number = None
                emp.id_kind = None
                emp.title = ""
                emp.sort_key = ""
                emp.search_key = ""
                emp.purged_at = now
                emp.updated_at = now
            s.execute(
                sa.update(StatusChange).where(StatusChange.employee_id.in_(chunk)).values(note="")
            )
            for ev in s.scalars(
                select(AuditEvent).where(AuditEvent.entity == "employee",
                                         AuditEvent.entity_id.in_(chunk))
            ):
                ev.detail = json.dumps(_scrub(json.loads(ev.detail or "{}")), ensure_ascii=False)
        _scrub_import_undo(s, purged)
        record_event(s, "personal_data_purged", "employee", None,
                     {"count": len(ids), "retention": rule.text(),
                      "retention_days": rule.days, "retention_months": rule.months,
                      "cutoff": cutoff.isoformat()})
    return PurgeResult(rule, cutoff, ids, False, made)


def _scrub(value: object) -> object:
    if isinstance(value, dict):
        return {k: ("***" if k in PERSONAL_KEYS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def _blank(fields: dict) -> dict:
    """The personal fields of an import's undo row, blanked as the purge blanks the row."""
    return {k: (None if k in _NULLABLE else "") for k in fields if k in PERSONAL_KEYS}


_NULLABLE = frozenset({"birth_date", "gender", "id_number", "id_kind"})


def _scrub_import_undo(s, purged: set[int]) -> None:
    """An import keeps what its undo needs (names, birth dates, numbers) packed in its
    audit row: blank the purged people's part of it (such an import cannot be undone
    for them anyway: the purge changed their rows)."""
    from eidroster.services.importer.store import STATUS_KEYS, pack, unpack

    note_at = STATUS_KEYS.index("note")
    for ev in s.scalars(select(AuditEvent).where(AuditEvent.action.in_(_IMPORT_ACTIONS))):
        detail = json.loads(ev.detail or "{}")
        if "undo" not in detail:
            continue
        data = unpack(detail)
        touched = False
        for row in data.get("added_rows", []):
            if row.get("id") in purged:
                row.update(_blank(row))
                touched = True
        for row in data.get("updated_rows", []):
            if row.get("id") in purged:
                for side in ("old", "new"):
                    row[side] = row.get(side, {}) | _blank(row.get(side, {}))
                touched = True
        for row in data.get("status_rows", []):
            if row and row[0] in purged and row[note_at]:
                row[note_at] = ""
                touched = True
        if touched:
            ev.detail = json.dumps(pack(data), ensure_ascii=False)


def purge_if_due(db: Database, today: dt.date | None = None) -> PurgeResult | None:
    """The start-up run: at most once a day (the day of the last run is kept in the
    database, so every desk of a shared database shares it). None when already run today."""
    today = today or dt.date.today()
    with db.read() as s:
        row = s.get(Setting, CHECKED_KEY)
        if row is not None and row.value == today.isoformat():
            return None
    result = purge_leavers(db, today=today)
    with db.write() as s:
        row = s.get(Setting, CHECKED_KEY)
        if row is None:
            s.add(Setting(key=CHECKED_KEY, value=today.isoformat()))
        else:
            row.value = today.isoformat()
    return result
