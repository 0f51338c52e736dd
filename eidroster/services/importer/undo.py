"""Undoing and redoing an import (the window's undo stack), all or nothing, refused when
someone changed the people concerned since."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import AuditEvent, Department, Employee, EmploymentEvent, StatusChange
from eidroster.domain.errors import ConflictError, InputError
from eidroster.services.audit import record_event
from eidroster.services.bulk import bulk_insert, bump_versions_in, lock_versions_in, now
from eidroster.services.database import Database, current_user
from eidroster.services.departments import ensure_department_in
from eidroster.services.history import refresh_cache_in
from eidroster.services.importer.apply import ACTION_IMPORT
from eidroster.services.importer.store import (
    employee_row,
    from_json,
    pack,
    status_from_compact,
    unpack,
)

ACTION_UNDONE, ACTION_REDONE = "import_undone", "import_redone"
_PERSONAL = ("ho", "dem", "ten", "birth_date", "gender", "id_number", "id_kind", "title",
             "sort_key", "search_key", "updated_at")


def _events(s: Session, batch_id: str) -> list[tuple[str, dict]]:
    rows = s.execute(
        sa.select(AuditEvent.action, AuditEvent.detail)
        .where(AuditEvent.action.in_((ACTION_IMPORT, ACTION_UNDONE, ACTION_REDONE)))
        .where(AuditEvent.detail.contains(batch_id))
        .order_by(AuditEvent.id)
    ).all()
    out = []
    for action, detail in rows:
        data = json.loads(detail or "{}")
        if data.get("batch") == batch_id:
            out.append((action, unpack(data)))
    return out


def _conflict() -> ConflictError:
    return ConflictError(
        "Không hoàn tác được lần nhập này: một số nhân viên trong đó đã được sửa sau khi nhập. "
        "Danh sách không thay đổi gì"
    )


def _check(s: Session, expected: dict[int, int]) -> None:
    if lock_versions_in(s, list(expected)) != expected:
        raise _conflict()


def _personal_update(s: Session, rows: list[tuple[int, dict]], when: dt.datetime) -> None:
    if not rows:
        return
    e = Employee.__table__
    stmt = (sa.update(e).where(e.c.id == sa.bindparam("b_id"))
            .values({name: sa.bindparam(f"b_{name}") for name in _PERSONAL}))
    s.execute(stmt, [{f"b_{k}": v for k, v in employee_row(fields, when).items()}
                     | {"b_id": emp_id} for emp_id, fields in rows])


def revert_import(db: Database, batch_id: str) -> int:
    """Undo an import: remove its status changes and employment events, put back the dates
    it moved, delete the employees it added, restore the fields it updated. Returns the
    number of employees touched."""
    e, sc, ev = Employee.__table__, StatusChange.__table__, EmploymentEvent.__table__
    with db.write() as s:
        events = _events(s, batch_id)
        if not events:
            raise InputError("Không tìm thấy lần nhập này trong nhật ký")
        last_action, detail = events[-1]
        if last_action == ACTION_UNDONE:
            raise InputError("Lần nhập này đã được hoàn tác rồi")
        versions = {int(k): v for k, v in detail["versions"].items()}
        _check(s, versions)
        s.execute(sa.delete(sc).where(sc.c.batch_id == batch_id))
        s.execute(sa.delete(ev).where(ev.c.batch_id == batch_id))
        for event_id, old, _new in detail.get("moved_dates", []):
            s.execute(ev.update().where(ev.c.id == event_id)
                      .values(effective_date=dt.date.fromisoformat(old)))
        added = [int(i) for i in detail["added_ids"]]
        for i in range(0, len(added), 900):
            part = added[i:i + 900]
            left = s.scalar(sa.select(sa.func.count()).select_from(sc)
                            .where(sc.c.employee_id.in_(part)))
            if left:
                raise _conflict()
            s.execute(sa.delete(ev).where(ev.c.employee_id.in_(part)))
            s.execute(sa.delete(e).where(e.c.id.in_(part)))
        when = now()
        updated = detail["updated_rows"]
        _personal_update(s, [(u["id"], from_json(u["old"])) for u in updated], when)
        touched = sorted(set(versions) - set(added))
        refresh_cache_in(s, touched)
        bump_versions_in(s, touched, when)
        _drop_unused_departments(s, detail.get("departments_created", []))
        after = lock_versions_in(s, touched)
        record_event(s, ACTION_UNDONE, "batch", None, {
            "batch": batch_id, "file": detail.get("file"), "removed": len(added),
            "restored": len(updated), "versions": {str(k): v for k, v in after.items()},
        })
        return len(versions)


def _drop_unused_departments(s: Session, ids: list[int]) -> None:
    """A department the import made goes with it, unless someone uses it now."""
    e, ev, d = Employee.__table__, EmploymentEvent.__table__, Department.__table__
    for dept in ids:
        used = s.scalar(sa.select(sa.func.count()).select_from(e).where(e.c.department_id == dept))
        used = used or s.scalar(sa.select(sa.func.count()).select_from(ev)
                                .where(ev.c.department_id == dept))
        if not used:
            s.execute(sa.delete(d).where(d.c.id == dept))


def reapply_import(db: Database, batch_id: str) -> int:
    """Redo an import that was undone: the same employees, fields, events and status
    changes (with the same batch id). All or nothing; ConflictError when the employees
    changed since."""
    e, sc, ev = Employee.__table__, StatusChange.__table__, EmploymentEvent.__table__
    with db.write() as s:
        events = _events(s, batch_id)
        if not events or events[-1][0] != ACTION_UNDONE:
            raise InputError("Lần nhập này chưa được hoàn tác nên không làm lại được")
        undo = events[-1][1]
        detail = next(d for a, d in reversed(events) if a in (ACTION_IMPORT, ACTION_REDONE))
        expected = {int(k): v for k, v in undo["versions"].items()}
        _check(s, expected)
        when, user = now(), current_user()
        known_depts = set(s.scalars(sa.select(Department.id)))
        joins = {row[0]: row for row in detail["event_rows"] if row[1] == "join"}
        id_map: dict[int, int] = {}
        for row in detail["added_rows"]:
            fields = from_json(row)
            if fields.get("id_number") and s.scalar(
                    sa.select(e.c.id).where(e.c.id_number == fields["id_number"])) is not None:
                raise ConflictError("Không làm lại được lần nhập: một số định danh trong đó đã "
                                    "được dùng cho người khác sau khi hoàn tác")
            join = joins[row["id"]]
            values = employee_row(fields, when) | {
                "department_id": ensure_department_in(s, join[2]).id,
                "start_date": dt.date.fromisoformat(join[3]), "leave_date": None,
                "created_at": when, "version": 1}
            if s.get(Employee, row["id"]) is None:
                values["id"] = row["id"]
            id_map[row["id"]] = s.execute(sa.insert(e).returning(e.c.id), values).scalar_one()
        _personal_update(s, [(u["id"], from_json(u["new"])) for u in detail["updated_rows"]],
                         when)
        bulk_insert(s, ev, [
            {"employee_id": id_map.get(emp, emp), "kind": kind,
             "department_id": ensure_department_in(s, dept).id,
             "effective_date": dt.date.fromisoformat(day), "recorded_at": when,
             "recorded_by": user, "source": "import", "batch_id": batch_id}
            for emp, kind, dept, day in detail["event_rows"]])
        for event_id, _old, new in detail.get("moved_dates", []):
            s.execute(ev.update().where(ev.c.id == event_id)
                      .values(effective_date=dt.date.fromisoformat(new)))
        rows = [status_from_compact(values, when, user, batch_id) for values in detail["status_rows"]]
        for row in rows:
            row["employee_id"] = id_map.get(row["employee_id"], row["employee_id"])
        bulk_insert(s, sc, rows)
        others = sorted(set(expected) - set(id_map))
        refresh_cache_in(s, list(id_map.values()) + others)
        bump_versions_in(s, others, when)
        new_detail = dict(detail)
        new_detail["added_ids"] = [id_map[i] for i in detail["added_ids"]]
        new_detail["added_rows"] = [r | {"id": id_map[r["id"]]} for r in detail["added_rows"]]
        new_detail["status_rows"] = [[id_map.get(r[0], r[0]), *r[1:]]
                                     for r in detail["status_rows"]]
        new_detail["event_rows"] = [[id_map.get(r[0], r[0]), *r[1:]]
                                    for r in detail["event_rows"]]
        touched = list(id_map.values()) + others
        new_detail["versions"] = {str(k): v for k, v in lock_versions_in(s, touched).items()}
        new_detail["departments_created"] = sorted(
            set(s.scalars(sa.select(Department.id))) - known_depts)
        record_event(s, ACTION_REDONE, "batch", None, pack(new_detail))
        return len(touched)
