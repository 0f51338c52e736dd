"""What the database holds, as an import compares with it: every employee's fields, the
version read, their latest status and employment, and — for rows dated before a later
recorded change — what was in force on that row's date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import Department, Employee, EmploymentEvent, Reason
from eidroster.services.history import Event, events_in, latest_change_join
from eidroster.services.importer.values import CatalogueReason
from eidroster.services.status_changes import InForce, in_force_in

#: stored employee fields an import may set directly (the department is a dated event)
EMPLOYEE_FIELDS = ("ho", "dem", "ten", "birth_date", "gender", "id_number", "id_kind", "title")


@dataclass
class Existing:
    id: int
    ho: str
    dem: str
    ten: str
    birth_date: dt.date | None
    gender: str | None
    id_number: str | None
    id_kind: str | None
    title: str
    department: str  # the department in force now (cached)
    department_id: int
    start_date: dt.date | None  # start of the current period (cached)
    leave_date: dt.date | None
    version: int
    search_key: str
    latest: InForce | None  # the latest recorded status change
    #: the latest employment event's date (None: unknown, look it up)
    last_event: dt.date | None = None

    def fields(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in EMPLOYEE_FIELDS}


def load_catalogue(session: Session) -> list[CatalogueReason]:
    return [CatalogueReason(r.id, r.label, r.justified)
            for r in session.scalars(sa.select(Reason).order_by(Reason.position, Reason.id))]


def load_existing(session: Session) -> list[Existing]:
    e, d = Employee.__table__, Department.__table__
    ev = EmploymentEvent.__table__
    latest, onclause = latest_change_join(e, None)
    last_event = (sa.select(sa.func.max(ev.c.effective_date)).where(ev.c.employee_id == e.c.id)
                  .correlate(e).scalar_subquery())
    q = (
        sa.select(
            e.c.id, e.c.ho, e.c.dem, e.c.ten, e.c.birth_date, e.c.gender, e.c.id_number,
            e.c.id_kind, e.c.title, d.c.name, e.c.department_id, e.c.start_date, e.c.leave_date,
            e.c.version, e.c.search_key, latest.c.id, latest.c.status, latest.c.reason_id,
            latest.c.reason_text, latest.c.justified, latest.c.justified_fixed, latest.c.note,
            latest.c.vneid_login, latest.c.vneid_login_date, latest.c.dvcqg_used,
            latest.c.dvcqg_date, latest.c.effective_date, last_event,
        )
        .join(d, d.c.id == e.c.department_id)
        .outerjoin(latest, onclause)
    )
    from eidroster.domain.statuses import Status

    statuses = {s.value: s for s in Status}
    out = []
    for x in session.execute(q):
        status = None
        if x[15] is not None:
            status = InForce(x[15], statuses[x[16]], x[17], x[18], bool(x[19]), bool(x[20]),
                             x[21] or "", bool(x[22]), x[23], bool(x[24]), x[25], x[26])
        out.append(Existing(x[0], x[1] or "", x[2] or "", x[3] or "", x[4], x[5], x[6], x[7],
                            x[8] or "", x[9], x[10], x[11], x[12], x[13], x[14] or "", status,
                            x[27]))
    return out


@dataclass
class History:
    """Looked up only for the people whose row is dated before their latest change."""

    status: dict[tuple[int, dt.date], InForce | None]
    events: dict[int, list[Event]]


def load_history(session: Session, wanted: list[tuple[int, dt.date]],
                 employment: list[int]) -> History:
    by_day: dict[dt.date, list[int]] = {}
    for emp_id, day in wanted:
        by_day.setdefault(day, []).append(emp_id)
    status: dict[tuple[int, dt.date], InForce | None] = {}
    for day, ids in by_day.items():
        found = in_force_in(session, ids, day)
        for emp_id in ids:
            status[(emp_id, day)] = found.get(emp_id)
    return History(status, events_in(session, employment) if employment else {})
