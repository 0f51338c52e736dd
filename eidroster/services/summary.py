"""The report's numbers from the database, for any date (rebuilt from the history)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import func, select

from eidroster.db.models import Department, Employee, EmploymentEvent, Reason, StatusChange
from eidroster.domain.aggregate import Aggregate, from_counts
from eidroster.domain.statuses import DEFAULT_STATUS, Bucket, Status, bucket_of
from eidroster.domain.text import join_name, text_sort_key
from eidroster.services.database import Database
from eidroster.services.history import (
    LEAVE,
    classification_in,
    employment_on,
    latest_change_join,
)


def summary(db: Database, as_of: dt.date | None = None) -> Aggregate:
    """Phụ lục III numbers for a date: one row per department (every department that has
    staff working there on the date, or is marked active), then the total. Employment,
    departments, statuses and reasons' classification are all those in force that day."""
    as_of = as_of or dt.date.today()
    e, d = Employee.__table__, Department.__table__
    latest, onclause = latest_change_join(e, as_of)
    with db.read() as s:
        base, dept, active = employment_on(s, e, as_of)
        q = (
            select(dept, latest.c.status, latest.c.reason_id, latest.c.justified,
                   latest.c.justified_fixed, func.count())
            .select_from(base)
            .outerjoin(latest, onclause)
            .where(active)
            .group_by(dept, latest.c.status, latest.c.reason_id, latest.c.justified,
                      latest.c.justified_fixed)
        )
        grouped = s.execute(q).all()
        depts = s.execute(select(d.c.id, d.c.name, d.c.active, d.c.position,
                                 d.c.created_on)).all()
        classes = classification_in(s, as_of)
    acc: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # none, l1, l2, with_reason
    for dept_id, status, reason_id, justified, fixed, n in grouped:
        bucket = bucket_of(status or DEFAULT_STATUS)
        slot = acc[dept_id]
        if bucket is Bucket.LEVEL2:
            slot[2] += n
        else:
            slot[0 if bucket is Bucket.NONE else 1] += n
            if classes.of_change(status, reason_id, justified, fixed):
                slot[3] += n
    names = {i: n for i, n, _, _, _ in depts}
    position = {i: p for i, _, _, p, _ in depts}
    # a department with nobody on the date shows as an empty row only if it was in the
    # catalogue then (and is still in use): a department made today leaves past reports be
    shown = [i for i, _, active, _, made in depts
             if i in acc or (active and made <= as_of)]
    # the unit's own order of departments (Department.position), then by name
    shown.sort(key=lambda i: (position[i], text_sort_key(names[i])))
    return from_counts(((names[i], *acc[i]) for i in shown), as_of)


@dataclass(frozen=True, slots=True)
class PendingPerson:
    """A row of Phụ lục IV (personal data: stays on this machine)."""

    employee_id: int
    ho: str
    dem: str
    ten: str
    sort_key: str
    birth_date: dt.date | None
    id_number: str | None
    department: str
    status: Status
    reason: str
    justified: bool
    note: str

    @property
    def full_name(self) -> str:
        return join_name(self.ho, self.dem, self.ten)


def not_level2_people(db: Database, as_of: dt.date | None = None) -> list[PendingPerson]:
    """Everyone working on the date and not at level 2, in the unit's order of
    departments (as Phụ lục III), then by Vietnamese name."""
    as_of = as_of or dt.date.today()
    e, d, r = Employee.__table__, Department.__table__, Reason.__table__
    latest, onclause = latest_change_join(e, as_of)
    with db.read() as s:
        base, dept, active = employment_on(s, e, as_of)
        q = (
            select(
                e.c.id, e.c.ho, e.c.dem, e.c.ten, e.c.sort_key, e.c.birth_date, e.c.id_number,
                d.c.name, latest.c.status, r.c.label, latest.c.reason_text, latest.c.reason_id,
                latest.c.justified, latest.c.justified_fixed, latest.c.note, d.c.position,
            )
            .select_from(base)
            .join(d, d.c.id == dept)
            .outerjoin(latest, onclause)
            .outerjoin(r, r.c.id == latest.c.reason_id)
            .where(active)
            .where(sa.or_(latest.c.status.is_(None), latest.c.status != Status.LEVEL2.value))
        )
        rows = s.execute(q).all()
        classes = classification_in(s, as_of)
    people = [
        (x[15], PendingPerson(
            x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7],
            Status(x[8]) if x[8] else DEFAULT_STATUS, x[9] or x[10] or "",
            classes.of_change(x[8] or DEFAULT_STATUS.value, x[11], x[12], x[13]), x[14] or "",
        ))
        for x in rows
    ]
    people.sort(key=lambda pp: (pp[0], text_sort_key(pp[1].department), pp[1].sort_key,
                                pp[1].employee_id))
    return [p for _, p in people]


@dataclass(frozen=True, slots=True)
class TrendPoint:
    day: dt.date
    total: int
    level2: int

    @property
    def rate(self) -> float:
        return self.level2 / self.total if self.total else 0.0


def rate_trend(db: Database, start: dt.date, end: dt.date) -> list[TrendPoint]:
    """Head count and level-2 count for every day from start to end, in one pass over
    the history (events added up day by day rather than one query per day)."""
    if end < start:
        return []
    days = (end - start).days + 1
    total_delta = [0] * (days + 1)
    l2_delta = [0] * (days + 1)

    def index(day: dt.date | None) -> int:
        """Position of the first day an event affects (0 for anything before start)."""
        if day is None or day <= start:
            return 0
        return min((day - start).days, days)

    # Core columns, not ORM attributes: half the fetch time at 100k rows (no ORM row work)
    c, ev = StatusChange.__table__.c, EmploymentEvent.__table__.c
    with db.read() as s:
        events = s.execute(
            select(ev.employee_id, ev.effective_date, ev.kind)
            .where(ev.effective_date <= end)
            .order_by(ev.employee_id, ev.effective_date, ev.id)
        ).all()
        changes = s.execute(
            select(c.employee_id, c.effective_date, c.status)
            .where(c.effective_date <= end)
            .order_by(c.employee_id, c.effective_date, c.id)
        ).all()
    by_emp: dict[int, list[tuple[dt.date, bool]]] = defaultdict(list)
    for emp_id, day, status in changes:
        by_emp[emp_id].append((day, status == Status.LEVEL2.value))
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    opened: dict[int, int] = {}
    for emp_id, day, kind in events:
        pos = index(day)
        if kind == LEAVE:
            if emp_id in opened:
                spans[emp_id].append((opened.pop(emp_id), pos))
        elif emp_id not in opened:
            opened[emp_id] = pos
    for emp_id, pos in opened.items():
        spans[emp_id].append((pos, days))
    for emp_id, periods in spans.items():
        for active_from, active_to in periods:
            if active_from >= active_to:
                continue
            total_delta[active_from] += 1
            total_delta[active_to] -= 1
            # level-2 intervals from this employee's history, clipped to the active span
            level2 = False
            since = 0
            for day, is_l2 in by_emp.get(emp_id, ()):
                pos = index(day)
                if is_l2 != level2:
                    if level2:
                        _add_interval(l2_delta, max(since, active_from), min(pos, active_to))
                    level2, since = is_l2, pos
            if level2:
                _add_interval(l2_delta, max(since, active_from), active_to)
    out: list[TrendPoint] = []
    total = l2 = 0
    for i in range(days):
        total += total_delta[i]
        l2 += l2_delta[i]
        out.append(TrendPoint(start + dt.timedelta(days=i), total, l2))
    return out


def _add_interval(delta: list[int], a: int, b: int) -> None:
    if a < b:
        delta[a] += 1
        delta[b] -= 1
