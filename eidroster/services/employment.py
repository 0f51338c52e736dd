"""Employment and department membership, dated: leaving, returning, moving to another
department — for one person or many at once, each an event from its effective date that
never rewrites a report for an earlier date. Undone by batch like status changes
(:func:`eidroster.services.status_changes.undo_batch`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from eidroster.db.models import Department
from eidroster.domain.errors import InputError
from eidroster.domain.text import format_date
from eidroster.services.audit import record_event
from eidroster.services.bulk import (
    bump_versions_in,
    expire_employees,
    lock_and_check_in,
    lock_versions_in,
    now,
)
from eidroster.services.database import Database, current_user
from eidroster.services.departments import ensure_department_in
from eidroster.services.history import (
    JOIN,
    LEAVE,
    MOVE,
    Event,
    add_event_in,
    events_in,
    in_force,
    refresh_cache_in,
)
from eidroster.services.status_changes import check_date, new_batch_id


@dataclass(frozen=True, slots=True)
class EmploymentPeriod:
    """One line of a person's employment history, for the window and the personal page."""

    kind: str  # join, move, leave
    department: str
    effective_date: dt.date
    source: str


def employment_history(db: Database, employee_id: int) -> list[EmploymentPeriod]:
    from eidroster.db.models import EmploymentEvent

    ev, d = EmploymentEvent.__table__, Department.__table__
    with db.read() as s:
        rows = s.execute(
            select(ev.c.kind, d.c.name, ev.c.effective_date, ev.c.source)
            .join(d, d.c.id == ev.c.department_id)
            .where(ev.c.employee_id == employee_id)
            .order_by(ev.c.effective_date.desc(), ev.c.id.desc())).all()
    return [EmploymentPeriod(*row) for row in rows]


def _prepare(s, ids: list[int], expected: dict[int, int] | None) -> dict[int, list[Event]]:
    lock_and_check_in(s, ids, expected)
    return events_in(s, ids)


def _finish(s, action: str, ids: list[int], batch: str, detail: dict) -> None:
    refresh_cache_in(s, ids)
    bump_versions_in(s, ids)
    expire_employees(s, ids)
    after = lock_versions_in(s, ids)
    record_event(s, action, "employee", ids[0] if len(ids) == 1 else None,
                 detail | {"count": len(ids), "batch": batch,
                           "versions": [[i, after[i]] for i in ids]})


def _problem(count: int, total: int, what: str) -> InputError:
    who = "Người này" if total == 1 else f"{count} trong số {total} người đã chọn"
    return InputError(f"{who} {what}. Chưa lưu gì.")


def mark_left(db: Database, employee_ids: int | Iterable[int], leave_date: dt.date | None,
              expected_version: int | None = None, *,
              expected_versions: dict[int, int] | None = None) -> str | None:
    """Record that people left the unit on ``leave_date`` (they are not counted from that
    day). ``None`` for one person cancels a leave recorded by mistake (they never left).
    Returns the batch id (for undo)."""
    ids = [employee_ids] if isinstance(employee_ids, int) else list(dict.fromkeys(employee_ids))
    if expected_version is not None and len(ids) == 1:
        expected_versions = {ids[0]: expected_version}
    if leave_date is None:
        return _cancel_leave(db, ids, expected_versions)
    batch, user, when = new_batch_id(), current_user(), now()
    with db.write() as s:
        history = _prepare(s, ids, expected_versions)
        away, later = [], []
        for i in ids:
            current = in_force(history[i], leave_date)
            if current is None or current.kind == LEAVE:
                away.append(i)
            elif history[i][-1].effective_date > leave_date:
                later.append(i)
        if away:
            raise _problem(len(away), len(ids),
                           f"không làm việc ở đơn vị vào ngày {format_date(leave_date)}")
        if later:
            raise _problem(len(later), len(ids), "đã có thay đổi (chuyển khoa/phòng, nghỉ "
                           f"việc) ghi sau ngày {format_date(leave_date)}")
        for i in ids:
            dept = in_force(history[i], leave_date).department_id  # type: ignore[union-attr]
            add_event_in(s, i, LEAVE, dept, leave_date, source="manual", user=user,
                         batch_id=batch, now=when)
        _finish(s, "employees_left", ids, batch, {"date": leave_date.isoformat()})
    return batch


def _cancel_leave(db: Database, ids: list[int], expected: dict[int, int] | None) -> str | None:
    from eidroster.db.models import EmploymentEvent

    ev = EmploymentEvent.__table__
    with db.write() as s:
        history = _prepare(s, ids, expected)
        for i in ids:
            last = history[i][-1] if history[i] else None
            if last is None or last.kind != LEAVE:
                continue
            s.execute(ev.delete().where(ev.c.id == last.id))
        _finish(s, "employee_leave_cancelled", ids, new_batch_id(), {})
    return None


def mark_returned(db: Database, employee_ids: Iterable[int], return_date: dt.date,
                  department: str | None = None, *,
                  expected_versions: dict[int, int] | None = None) -> str:
    """People who had left come back to work from ``return_date`` (into ``department``,
    or the one they left). The time they were away stays as it was."""
    ids = list(dict.fromkeys(employee_ids))
    check_date(return_date, "Ngày trở lại làm việc")
    batch, user, when = new_batch_id(), current_user(), now()
    with db.write() as s:
        history = _prepare(s, ids, expected_versions)
        not_left = [i for i in ids if not history[i] or history[i][-1].kind != LEAVE]
        if not_left:
            raise _problem(len(not_left), len(ids), "đang làm việc (chưa ghi nghỉ việc)")
        early = [i for i in ids if history[i][-1].effective_date > return_date]
        if early:
            raise _problem(len(early), len(ids), "nghỉ việc sau ngày trở lại đã nhập")
        dept_id = ensure_department_in(s, department).id if department else None
        for i in ids:
            add_event_in(s, i, JOIN, dept_id or history[i][-1].department_id, return_date,
                         source="manual", user=user, batch_id=batch, now=when)
        _finish(s, "employees_returned", ids, batch, {"date": return_date.isoformat()})
    return batch


def move_employees(db: Database, employee_ids: Iterable[int], department: str,
                   from_date: dt.date, *,
                   expected_versions: dict[int, int] | None = None) -> str:
    """People move to ``department`` from ``from_date``; reports before it keep them where
    they were. A date before a later recorded change is written into the history at its
    place (the later change still holds from its own date)."""
    ids = list(dict.fromkeys(employee_ids))
    check_date(from_date, "Ngày chuyển")
    batch, user, when = new_batch_id(), current_user(), now()
    with db.write() as s:
        history = _prepare(s, ids, expected_versions)
        target = ensure_department_in(s, department)
        away = [i for i in ids if in_force(history[i], from_date) is None
                or in_force(history[i], from_date).kind == LEAVE]  # type: ignore[union-attr]
        if away:
            raise _problem(len(away), len(ids),
                           f"không làm việc ở đơn vị vào ngày {format_date(from_date)}")
        moved = [i for i in ids
                 if in_force(history[i], from_date).department_id != target.id]  # type: ignore[union-attr]
        for i in moved:
            add_event_in(s, i, MOVE, target.id, from_date, source="manual", user=user,
                         batch_id=batch, now=when)
        if not moved:
            raise InputError(f"Những người đã chọn đã ở «{target.name}» vào ngày này")
        _finish(s, "employees_moved", moved, batch,
                {"date": from_date.isoformat(), "department": target.name})
    return batch
