"""Adding, editing and deleting one employee. An edit changes only the fields the user
changed; a change of department is a dated move, a change of the start or leave date
moves that event of the person's history (never "employed forever")."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from eidroster.db.models import Employee, EmploymentEvent, StatusChange
from eidroster.domain.cccd import IdKind, IdNumber, mask
from eidroster.domain.employee import EmployeeInput, StatusInput, check_employee
from eidroster.domain.errors import ConflictError, InputError
from eidroster.domain.statuses import stage_for_card
from eidroster.domain.text import fold, format_date, join_name, name_sort_key
from eidroster.services.audit import record_event
from eidroster.services.bulk import now
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
from eidroster.services.status_changes import add_status_in

#: personal fields an edit may change directly (department and dates are events)
PERSONAL_FIELDS = ("ho", "dem", "ten", "birth_date", "gender", "id_number", "title")


def find_by_id_number_in(session: Session, id_number: str) -> Employee | None:
    return session.scalar(select(Employee).where(Employee.id_number == id_number))


def find_by_name_birth_in(
    session: Session, ho: str, dem: str, ten: str, birth_date: dt.date | None
) -> list[Employee]:
    key = fold(join_name(ho, dem, ten))
    q = select(Employee).where(Employee.search_key == key)
    if birth_date is not None:
        q = q.where(Employee.birth_date == birth_date)
    return list(session.scalars(q))


def _check_duplicate(session: Session, id_number: str | None, exclude_id: int | None) -> None:
    if not id_number:
        return
    other = find_by_id_number_in(session, id_number)
    if other is not None and other.id != exclude_id:
        raise InputError("Số định danh này đã có ở một nhân viên khác trong danh sách")


def id_number_in_use(db: Database, id_number: str, exclude_id: int | None = None) -> bool:
    with db.read() as s:
        other = find_by_id_number_in(s, id_number)
        return other is not None and other.id != exclude_id


def _set_personal(emp: Employee, data: EmployeeInput, id_kind: str | None) -> None:
    emp.ho, emp.dem, emp.ten = data.ho, data.dem, data.ten
    emp.birth_date, emp.gender = data.birth_date, data.gender
    emp.id_number, emp.id_kind = data.id_number, id_kind
    emp.title = data.title
    emp.sort_key = name_sort_key(data.ho, data.dem, data.ten)
    emp.search_key = fold(join_name(data.ho, data.dem, data.ten))
    emp.updated_at = now()


def _checked(inp: EmployeeInput):
    checked = check_employee(inp)
    if not checked.ok:
        raise InputError("; ".join(p.message for p in checked.problems))
    return checked


def _card_stage(number: IdNumber | None, status: StatusInput | None,
                start: dt.date) -> StatusInput | None:
    """Someone who holds only an old CMND and has not started counts under "Chưa có thẻ
    căn cước gắn chip" (the stage that says a card is needed), not "Chưa đăng ký"."""
    holds_cmnd = number is not None and number.kind is IdKind.CMND
    stage = stage_for_card(status.status if status else None, holds_cmnd)
    if stage is None or (status is not None and stage is status.status):
        return status
    if status is None:
        return StatusInput(stage, start)
    return dataclasses.replace(status, status=stage)


def add_employee(
    db: Database, inp: EmployeeInput, status: StatusInput | None = None, source: str = "manual"
) -> int:
    """Add a person. Without a start date they start on the day of the entry (or on their
    first status's date, if earlier): a new person never changes an earlier report."""
    checked = _checked(inp)
    data = checked.data
    start = data.start_date or min(dt.date.today(),
                                   status.effective_date if status else dt.date.today())
    status = _card_stage(checked.id_number, status, start)
    if data.leave_date is not None and data.leave_date <= start:
        raise InputError("Ngày nghỉ việc phải sau ngày vào làm")
    user = current_user()
    with db.write() as s:
        _check_duplicate(s, data.id_number, None)
        dept = ensure_department_in(s, data.department)
        emp = Employee(created_at=now(), department_id=dept.id, start_date=start,
                       leave_date=data.leave_date)
        _set_personal(emp, data, checked.id_number.kind.value if checked.id_number else None)
        s.add(emp)
        s.flush()
        add_event_in(s, emp.id, JOIN, dept.id, start, source=source, user=user)
        if data.leave_date is not None:
            add_event_in(s, emp.id, LEAVE, dept.id, data.leave_date, source=source, user=user)
        if status is not None:
            add_status_in(s, emp.id, status, source=source)
        record_event(s, "employee_added", "employee", emp.id, {"department": dept.name})
        return emp.id


def update_employee(
    db: Database, employee_id: int, inp: EmployeeInput, expected_version: int | None = None,
    *, department_from: dt.date | None = None,
) -> int:
    """Save an edit of the fields the user changed; ConflictError when someone else saved
    the employee since ``expected_version`` was read. A new department holds from
    ``department_from`` (today by default). Returns the new version."""
    checked = _checked(inp)
    data, id_kind = checked.data, checked.id_number
    try:
        with db.write() as s:
            emp = s.get(Employee, employee_id)
            if emp is None:
                raise InputError(f"Không tìm thấy nhân viên mã {employee_id} (có thể đã bị xóa)")
            if expected_version is not None and emp.version != expected_version:
                raise ConflictError(
                    "Nhân viên này vừa được người khác sửa trước khi bạn lưu. Hãy tải lại danh "
                    "sách rồi sửa lại; thay đổi của người kia được giữ nguyên.")
            _check_duplicate(s, data.id_number, employee_id)
            old_dept = emp.department.name
            changed = [f for f in PERSONAL_FIELDS if getattr(emp, f) != getattr(data, f)]
            old = {f: _audit_value(f, getattr(emp, f)) for f in changed}
            _set_personal(emp, data, id_kind.kind.value if id_kind else None)
            # always an UPDATE ... WHERE version = :read, even when only the dated part
            # changes: a concurrent save of the same person is then caught here
            flag_modified(emp, "updated_at")
            s.flush()
            events = events_in(s, [employee_id])[employee_id]
            dated = _apply_dates(s, emp, events, data, department_from)
            version = emp.version  # bumped once by the flush above (the row is now ours)
            if dated:
                refresh_cache_in(s, [employee_id])
                s.expire(emp)
            new_dept = s.get(Employee, employee_id).department.name  # type: ignore[union-attr]
            for field, (before, _after) in dated.items():
                old[field] = before
                changed.append(field)
            new = {f: _audit_value(f, getattr(data, f)) for f in changed
                   if f in PERSONAL_FIELDS}
            new |= {f: after for f, (_, after) in dated.items()}
            if "department" in dated:
                old["department"], new["department"] = old_dept, new_dept
            record_event(s, "employee_changed", "employee", employee_id,
                         {"fields": changed, "old": old, "new": new})
            return version
    except StaleDataError as exc:
        raise ConflictError(
            "Nhân viên này vừa được người khác sửa trước khi bạn lưu. Hãy tải lại danh sách "
            "rồi sửa lại; thay đổi của người kia được giữ nguyên.") from exc


def _audit_value(field: str, value: object) -> object:
    if field == "id_number":
        return mask(value)  # type: ignore[arg-type]
    return value.isoformat() if isinstance(value, dt.date) else value


def _apply_dates(s: Session, emp: Employee, events: list[Event], data: EmployeeInput,
                 department_from: dt.date | None) -> dict[str, tuple[object, object]]:
    """The dated part of an edit, as events: department, start date, leave date.
    Returns {field: (old, new)} of what changed."""
    ev = EmploymentEvent.__table__
    user = current_user()
    out: dict[str, tuple[object, object]] = {}
    current_join = next((x for x in reversed(events) if x.kind == JOIN), None)
    last = events[-1] if events else None
    # start of the current period: move its join event
    if data.start_date is not None and current_join is not None \
            and data.start_date != current_join.effective_date:
        before = [x for x in events if x.id != current_join.id
                  and (x.effective_date, x.id) < (current_join.effective_date, current_join.id)]
        after = [x for x in events if (x.effective_date, x.id)
                 > (current_join.effective_date, current_join.id)]
        if before and data.start_date < before[-1].effective_date:
            raise InputError("Ngày vào làm trước ngày nghỉ việc của lần làm việc trước "
                             f"({format_date(before[-1].effective_date)})")
        if after and data.start_date > after[0].effective_date:
            raise InputError("Ngày vào làm sau một thay đổi đã ghi "
                             f"(ngày {format_date(after[0].effective_date)})")
        s.execute(ev.update().where(ev.c.id == current_join.id)
                  .values(effective_date=data.start_date))
        out["start_date"] = (current_join.effective_date.isoformat(), data.start_date.isoformat())
        events = events_in(s, [emp.id])[emp.id]
        last = events[-1]
    # a leave cancelled (recorded by mistake) comes off first, so a new department then
    # applies to the period that goes on
    if last is not None and last.kind == LEAVE and data.leave_date is None:
        s.execute(ev.delete().where(ev.c.id == last.id))
        out["leave_date"] = (last.effective_date.isoformat(), None)
        events = events_in(s, [emp.id])[emp.id]
        last = events[-1] if events else None
    # department: a move from a date
    dept = ensure_department_in(s, data.department)
    if last is not None and last.department_id != dept.id:
        if last.kind == LEAVE:
            raise InputError("Người này đã nghỉ việc: hãy ghi trở lại làm việc trước khi "
                             "chuyển khoa/phòng")
        day = department_from or dt.date.today()
        if day > dt.date.today():
            raise InputError("Ngày chuyển khoa/phòng ở tương lai: hãy ghi khi đã chuyển")
        state = in_force(events, day)
        if state is None or state.kind == LEAVE:
            raise InputError(f"Người này không làm việc ở đơn vị vào ngày {format_date(day)}")
        add_event_in(s, emp.id, MOVE, dept.id, day, source="manual", user=user)
        out["department"] = ("", "")
        events = events_in(s, [emp.id])[emp.id]
        last = events[-1]
    # leave date: add or move the leave that ends the current period
    if last is not None and data.leave_date is not None:
        current_leave = last.effective_date if last.kind == LEAVE else None
        if data.leave_date != current_leave:
            floor = events[-2].effective_date if last.kind == LEAVE and len(events) > 1 \
                else last.effective_date
            if data.leave_date <= floor:
                raise InputError("Ngày nghỉ việc phải sau ngày vào làm và sau lần chuyển "
                                 f"khoa/phòng gần nhất ({format_date(floor)})")
            if last.kind == LEAVE:
                s.execute(ev.update().where(ev.c.id == last.id)
                          .values(effective_date=data.leave_date))
            else:
                add_event_in(s, emp.id, LEAVE, last.department_id, data.leave_date,
                             source="manual", user=user)
            out["leave_date"] = (current_leave.isoformat() if current_leave else None,
                                 data.leave_date.isoformat())
    return out


def delete_employee(db: Database, employee_id: int) -> None:
    with db.write() as s:
        emp = s.get(Employee, employee_id)
        if emp is None:
            raise InputError(f"Không tìm thấy nhân viên mã {employee_id}")
        history_rows = s.scalar(
            select(func.count()).where(StatusChange.employee_id == employee_id)) or 0
        detail = {"department": emp.department.name, "id_number": mask(emp.id_number),
                  "history_rows": int(history_rows)}
        s.execute(sa.delete(StatusChange).where(StatusChange.employee_id == employee_id))
        s.execute(sa.delete(EmploymentEvent).where(EmploymentEvent.employee_id == employee_id))
        s.delete(emp)
        record_event(s, "employee_deleted", "employee", employee_id, detail)
