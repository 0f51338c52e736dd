"""What was in force on a date: the building blocks every report and every writer shares.

Three histories feed a report for a date D (issue 13, "the past stays as it was"):

- a person's **status**: their latest ``status_changes`` row dated on or before D;
- their **employment and department**: their latest ``employment_events`` row dated on or
  before D (``join`` or ``move``: active in its department; ``leave``: not active; no row
  yet: not employed yet);
- a catalogue **reason's classification** (chính đáng or not): its latest
  ``reason_classes`` row dated on or before D (the earliest row holds before its date too).
  A status change follows its reason's classification unless ``justified_fixed`` says that
  "chính đáng" was set for that change itself.

The ``employees`` row keeps the employment in force now (department, start of the current
period, leave date) as a cache that every writer refreshes with :func:`refresh_cache_in`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from eidroster.db.models import Employee, EmploymentEvent, ReasonClass, StatusChange
from eidroster.domain.statuses import Bucket, bucket_of

JOIN, MOVE, LEAVE = "join", "move", "leave"
EVENT_KINDS = (JOIN, MOVE, LEAVE)


# ---------------------------------------------------------------- joins for reports

def _latest_row_join(
    table: sa.Table, name: str, employees: sa.FromClause, as_of: dt.date | None
) -> tuple[sa.FromClause, sa.ColumnElement[bool]]:
    """``(rows, onclause)`` to join each employee to its latest row of ``table`` dated on
    or before ``as_of`` (the latest recorded when None): a correlated "latest id" lookup
    on the (employee_id, effective_date, id) index (0.31 s for the whole-unit report at
    100k employees / 226k changes in SQLite, against 0.77 s for ROW_NUMBER() OVER ...)."""
    rows = table.alias(name)
    inner = table.alias(f"{name}_2")
    latest_id = select(inner.c.id).where(inner.c.employee_id == employees.c.id)
    if as_of is not None:
        latest_id = latest_id.where(inner.c.effective_date <= as_of)
    latest_id = (
        latest_id.order_by(inner.c.effective_date.desc(), inner.c.id.desc())
        .limit(1)
        .correlate(employees)
        .scalar_subquery()
    )
    return rows, rows.c.id == latest_id


def latest_change_join(
    employees: sa.FromClause, as_of: dt.date | None
) -> tuple[sa.FromClause, sa.ColumnElement[bool]]:
    """LEFT JOIN each employee to the status change in force on ``as_of``."""
    return _latest_row_join(StatusChange.__table__, "latest", employees, as_of)


def employment_join(
    employees: sa.FromClause, as_of: dt.date | None
) -> tuple[sa.FromClause, sa.ColumnElement[bool]]:
    """JOIN each employee to the employment event in force on ``as_of``; combine with
    ``events.c.kind != LEAVE`` for "active on that date, in ``events.c.department_id``"."""
    return _latest_row_join(EmploymentEvent.__table__, "employment", employees, as_of)


def employment_on(
    session: Session, employees: sa.Table, as_of: dt.date
) -> tuple[sa.FromClause, sa.ColumnElement[int], sa.ColumnElement[bool]]:
    """``(from, department, active)`` for "working on ``as_of``, in which department".

    When no employment event is dated after ``as_of`` (a report for today, the usual
    case), the cached columns of ``employees`` are exactly the latest events, and the
    correlated lookup is skipped (it costs ~0.3 s at 100k people)."""
    ev_table = EmploymentEvent.__table__
    last = session.scalar(select(sa.func.max(ev_table.c.effective_date)))
    if last is None or last <= as_of:
        return employees, employees.c.department_id, employees.c.leave_date.is_(None)
    ev, on = employment_join(employees, as_of)
    return employees.join(ev, on), ev.c.department_id, ev.c.kind != LEAVE


# ---------------------------------------------------------------- classification

@dataclass(frozen=True, slots=True)
class Classification:
    """Every catalogue reason's classification in force on one date."""

    on: dt.date
    justified: dict[int, bool]

    def of_change(self, status: str | None, reason_id: int | None, justified: bool | None,
                  fixed: bool | None) -> bool:
        """Whether a status change counts as "có lý do chính đáng" on this date."""
        if status is None or bucket_of(status) is Bucket.LEVEL2:
            return False
        if reason_id is not None and not fixed:
            known = self.justified.get(reason_id)
            if known is not None:
                return known
        return bool(justified)


def classification_in(session: Session, as_of: dt.date) -> Classification:
    """Each reason's classification on ``as_of``: its latest row dated on or before it,
    else its earliest row (a reason's first classification also holds before its date)."""
    rc = ReasonClass.__table__
    rows = session.execute(
        select(rc.c.reason_id, rc.c.effective_date, rc.c.justified)
        .order_by(rc.c.reason_id, rc.c.effective_date, rc.c.id)
    ).all()
    out: dict[int, bool] = {}
    for reason_id, day, justified in rows:
        if reason_id not in out or day <= as_of:
            out[reason_id] = bool(justified)
    return Classification(as_of, out)


def reason_history_in(session: Session, reason_id: int) -> list[tuple[dt.date, bool]]:
    rc = ReasonClass.__table__
    return [(d, bool(j)) for d, j in session.execute(
        select(rc.c.effective_date, rc.c.justified).where(rc.c.reason_id == reason_id)
        .order_by(rc.c.effective_date, rc.c.id))]


# ---------------------------------------------------------------- employment state

@dataclass(frozen=True, slots=True)
class Event:
    id: int
    employee_id: int
    kind: str
    department_id: int
    effective_date: dt.date
    batch_id: str | None = None

    @property
    def active(self) -> bool:
        return self.kind != LEAVE


def events_in(session: Session, ids: Sequence[int]) -> dict[int, list[Event]]:
    """Every employment event of ``ids``, oldest first (by date, then as recorded)."""
    ev = EmploymentEvent.__table__
    out: dict[int, list[Event]] = {i: [] for i in ids}
    for start in range(0, len(ids), 900):
        chunk = list(ids[start:start + 900])
        for row in session.execute(
            select(ev.c.id, ev.c.employee_id, ev.c.kind, ev.c.department_id,
                   ev.c.effective_date, ev.c.batch_id)
            .where(ev.c.employee_id.in_(chunk))
            .order_by(ev.c.employee_id, ev.c.effective_date, ev.c.id)
        ):
            out[row.employee_id].append(Event(*row))
    return out


def in_force(events: Iterable[Event], on: dt.date) -> Event | None:
    """The event in force on ``on`` among one person's events (oldest first)."""
    found = None
    for event in events:
        if event.effective_date > on:
            break
        found = event
    return found


def add_event_in(
    session: Session, employee_id: int, kind: str, department_id: int, day: dt.date, *,
    source: str, user: str, batch_id: str | None = None, now: dt.datetime | None = None,
) -> None:
    assert kind in EVENT_KINDS
    session.execute(sa.insert(EmploymentEvent.__table__).values(
        employee_id=employee_id, kind=kind, department_id=department_id, effective_date=day,
        recorded_at=now or dt.datetime.now().replace(microsecond=0), recorded_by=user,
        source=source, batch_id=batch_id,
    ))


def cache_values(events: Sequence[Event]) -> dict[str, object] | None:
    """The ``employees`` columns that cache the employment in force now: the latest
    event's department, the start of the current (or last) period, the leave date."""
    if not events:
        return None
    last = events[-1]
    start = None
    for event in events:
        if event.kind == JOIN:
            start = event.effective_date
    return {
        "department_id": last.department_id,
        "start_date": start,
        "leave_date": last.effective_date if last.kind == LEAVE else None,
    }


def refresh_cache_in(session: Session, ids: Sequence[int], *, bump: bool = False) -> None:
    """Bring the cached employment columns of ``ids`` in line with their events (and
    bump their version when ``bump``: other clients' copies are then stale)."""
    e = Employee.__table__
    ids = list(dict.fromkeys(ids))
    history = events_in(session, ids)
    current = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for row in session.execute(select(e.c.id, e.c.department_id, e.c.start_date,
                                          e.c.leave_date).where(e.c.id.in_(chunk))):
            current[row.id] = {"department_id": row.department_id,
                               "start_date": row.start_date, "leave_date": row.leave_date}
    params = []
    for emp_id, events in history.items():
        values = cache_values(events)
        if values is None or emp_id not in current:
            continue
        if values != current[emp_id] or bump:
            params.append({f"b_{k}": v for k, v in values.items()} | {"b_id": emp_id})
    if not params:
        return
    stmt = sa.update(e).where(e.c.id == sa.bindparam("b_id")).values(
        department_id=sa.bindparam("b_department_id"), start_date=sa.bindparam("b_start_date"),
        leave_date=sa.bindparam("b_leave_date"))
    if bump:
        stmt = stmt.values(version=e.c.version + 1,
                           updated_at=dt.datetime.now().replace(microsecond=0))
    session.execute(stmt.execution_options(synchronize_session=False), params)
