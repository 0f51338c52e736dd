"""Recording status changes: one person or thousands, each dated, changing only what the
user changed (the campaign flags and the note are kept unless given), checked against the
status in force on the change's date, and undone by batch."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from eidroster.db.models import AuditEvent, Employee, EmploymentEvent, Reason, StatusChange
from eidroster.domain.employee import StatusInput
from eidroster.domain.errors import ConflictError, InputError
from eidroster.domain.statuses import (
    DEFAULT_STATUS,
    STATUS_LABEL_VI,
    Bucket,
    Status,
    bucket_of,
    is_downgrade,
)
from eidroster.domain.text import clean_text
from eidroster.services.audit import record_event
from eidroster.services.bulk import (
    ID_CHUNK,
    bulk_insert,
    bump_versions_in,
    expire_employees,
    lock_and_check_in,
    lock_versions_in,
    now,
)
from eidroster.services.database import Database, current_user
from eidroster.services.history import (
    LEAVE,
    Classification,
    classification_in,
    events_in,
    in_force,
    refresh_cache_in,
)


def new_batch_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class InForce:
    """The status change in force for one person on a date."""

    id: int
    status: Status
    reason_id: int | None
    reason_text: str | None
    justified: bool
    fixed: bool
    note: str
    vneid_login: bool
    vneid_login_date: dt.date | None
    dvcqg_used: bool
    dvcqg_date: dt.date | None
    effective_date: dt.date


def in_force_in(s: Session, ids: Sequence[int], day: dt.date | None) -> dict[int, InForce]:
    """Each person's status change in force on ``day`` (the latest recorded when None)."""
    sc = StatusChange.__table__
    out: dict[int, InForce] = {}
    ids = list(ids)
    for start in range(0, len(ids), ID_CHUNK):
        q = (select(sc.c.employee_id, sc.c.id, sc.c.status, sc.c.reason_id, sc.c.reason_text,
                    sc.c.justified, sc.c.justified_fixed, sc.c.note, sc.c.vneid_login,
                    sc.c.vneid_login_date, sc.c.dvcqg_used, sc.c.dvcqg_date,
                    sc.c.effective_date)
             .where(sc.c.employee_id.in_(ids[start:start + ID_CHUNK]))
             .order_by(sc.c.employee_id, sc.c.effective_date, sc.c.id))
        if day is not None:
            q = q.where(sc.c.effective_date <= day)
        last: dict[int, Sequence] = {}
        for row in s.execute(q):  # ordered: each person's last row is the one in force
            last[row[0]] = row
        for i, row in last.items():
            out[i] = InForce(row[1], Status(row[2]), row[3], row[4], bool(row[5]),
                             bool(row[6]), row[7] or "", bool(row[8]), row[9],
                             bool(row[10]), row[11], row[12])
    return out


def later_changes_in(s: Session, ids: Sequence[int], day: dt.date) -> dict[int, dt.date]:
    """People whose history already has a status change dated after ``day`` (a change
    dated ``day`` is then hidden behind it from that later date on): id -> latest date."""
    sc = StatusChange.__table__
    out: dict[int, dt.date] = {}
    ids = list(ids)
    for start in range(0, len(ids), ID_CHUNK):
        out.update(dict(s.execute(
            select(sc.c.employee_id, sa.func.max(sc.c.effective_date))
            .where(sc.c.employee_id.in_(ids[start:start + ID_CHUNK]), sc.c.effective_date > day)
            .group_by(sc.c.employee_id)).all()))
    return out


def justified_for(change: StatusInput, classification: Classification) -> tuple[bool, bool]:
    """``(justified, fixed)`` to store: a catalogue reason follows its classification
    unless the user chose otherwise for this change."""
    if bucket_of(change.status) is Bucket.LEVEL2:
        return False, False
    if change.reason_id is not None:
        catalogue = classification.justified.get(change.reason_id)
        if catalogue is None:
            raise InputError(f"Không có lý do mã {change.reason_id} trong danh mục")
        if change.justified is None or change.justified == catalogue:
            return catalogue, False
        return bool(change.justified), True
    return bool(change.justified), change.justified is not None


def status_row(employee_id: int, change: StatusInput, before: InForce | None,
               classification: Classification, *, source: str, batch: str | None, user: str,
               when: dt.datetime) -> dict:
    """The history row for one person: what the change gives, the rest kept from the
    status in force on its date (flags, note)."""
    level2 = bucket_of(change.status) is Bucket.LEVEL2
    if change.keep_reason:
        change = kept_reason(change, before)
    justified, fixed = justified_for(change, classification)
    login = change.vneid_login
    login_date = change.vneid_login_date
    if login is None:
        login = before.vneid_login if before else False
        login_date = before.vneid_login_date if before else None
    dvcqg = change.dvcqg_used
    dvcqg_date = change.dvcqg_date
    if dvcqg is None:
        dvcqg = before.dvcqg_used if before else False
        dvcqg_date = before.dvcqg_date if before else None
    note = change.note
    if note is None:
        note = before.note if before else ""
    return {
        "employee_id": employee_id, "status": Status(change.status).value,
        "reason_id": None if level2 else change.reason_id,
        "reason_text": None if level2 else (clean_text(change.reason_text) or None),
        "justified": justified, "justified_fixed": fixed, "note": clean_text(note),
        "vneid_login": bool(login), "vneid_login_date": login_date if login else None,
        "dvcqg_used": bool(dvcqg), "dvcqg_date": dvcqg_date if dvcqg else None,
        "effective_date": change.effective_date, "recorded_at": when, "recorded_by": user,
        "source": source, "batch_id": batch,
    }


def kept_reason(change: StatusInput, before: InForce | None) -> StatusInput:
    """``change`` with the reason in force (``before``) when it asks to keep it: the same
    catalogue reason (following its classification, or the "chính đáng" chosen for it)
    or the same reason in words."""
    if before is None or bucket_of(before.status) is Bucket.LEVEL2:
        return replace(change, reason_id=None, reason_text=None, justified=None)
    follows = before.reason_id is not None and not before.fixed
    return replace(change, reason_id=before.reason_id, reason_text=before.reason_text,
                   justified=None if follows else before.justified)


def check_date(day: dt.date, what: str = "Ngày hiệu lực") -> None:
    if day > dt.date.today():
        raise InputError(f"{what} {day:%d/%m/%Y} ở tương lai: chỉ ghi được điều đã xảy ra")


def add_status_in(s: Session, employee_id: int, change: StatusInput, *, source: str,
                  batch_id: str | None = None, user: str | None = None) -> None:
    """One person's change inside the caller's transaction (a new employee's first status)."""
    before = in_force_in(s, [employee_id], change.effective_date).get(employee_id)
    row = status_row(employee_id, change, before, classification_in(s, change.effective_date),
                     source=source, batch=batch_id, user=user or current_user(), when=now())
    bulk_insert(s, StatusChange.__table__, [row])


# ---------------------------------------------------------------- checking before asking

@dataclass(frozen=True, slots=True)
class StatusCheck:
    """What a status change would do, for the confirmation the window asks."""

    count: int
    downgrades: tuple[int, ...]  # to an earlier stage than the one in force on the date
    from_level2: tuple[int, ...]  # of which: people at mức 2 on the date
    hidden: tuple[int, ...]  # a later change already recorded: this one shows only until it
    not_employed: tuple[int, ...]  # not working in the unit on that date
    unchanged: tuple[int, ...]  # already exactly so on that date


def check_status_change(db: Database, employee_ids: Iterable[int],
                        change: StatusInput) -> StatusCheck:
    ids = list(dict.fromkeys(employee_ids))
    day = change.effective_date
    with db.read() as s:
        before = in_force_in(s, ids, day)
        later = later_changes_in(s, ids, day)
        events = events_in(s, ids)
    down = [i for i in ids if is_downgrade(before[i].status if i in before else None,
                                           change.status)]
    from_l2 = [i for i in down if before[i].status is Status.LEVEL2]
    away = [i for i in ids if (in_force(events.get(i, []), day) is None
                               or in_force(events[i], day).kind == LEAVE)]
    same = [i for i in ids if i in before and before[i].status is Status(change.status)
            and (change.reason_id is None or before[i].reason_id == change.reason_id)]
    return StatusCheck(len(ids), tuple(down), tuple(from_l2), tuple(sorted(later)),
                       tuple(away), tuple(same))


# ---------------------------------------------------------------- writing

def set_status(
    db: Database,
    employee_ids: Iterable[int],
    change: StatusInput,
    *,
    source: str = "manual",
    expected_versions: dict[int, int] | None = None,
    allow_downgrade: bool = True,
) -> str:
    """Record one status change for one or many employees in one transaction: all of
    them or none (ConflictError when someone else changed one of them since
    ``expected_versions`` were read). Returns the batch id (for undo)."""
    ids = list(dict.fromkeys(employee_ids))
    if not ids:
        raise InputError("Chưa chọn nhân viên nào")
    check_date(change.effective_date)
    Status(change.status)
    batch = new_batch_id()
    when, user = now(), current_user()
    with db.write() as s:
        s.flush()
        versions = lock_and_check_in(s, ids, expected_versions)
        if not change.keep_reason and change.reason_id is not None \
                and s.get(Reason, change.reason_id) is None:
            raise InputError(f"Không có lý do mã {change.reason_id} trong danh mục")
        before = in_force_in(s, ids, change.effective_date)
        if not allow_downgrade:
            down = [i for i in ids if is_downgrade(before[i].status if i in before else None,
                                                   change.status)]
            if down:
                raise InputError(
                    f"{len(down)} người đang ở bước cao hơn «{STATUS_LABEL_VI[Status(change.status)]}» "
                    "vào ngày này; thay đổi lùi bước cần được xác nhận")
        classification = classification_in(s, change.effective_date)
        rows = [status_row(i, change, before.get(i), classification, source=source,
                           batch=batch, user=user, when=when) for i in ids]
        bulk_insert(s, StatusChange.__table__, rows)
        bump_versions_in(s, ids, when)
        expire_employees(s, ids)
        old_counts: dict[str, int] = {}
        for i in ids:
            key = before[i].status.value if i in before else DEFAULT_STATUS.value
            old_counts[key] = old_counts.get(key, 0) + 1
        record_event(
            s, "status_changed", "employee", ids[0] if len(ids) == 1 else None,
            {"count": len(ids), "status": Status(change.status).value, "batch": batch,
             "effective_date": change.effective_date.isoformat(),
             "old": (before[ids[0]].status.value if ids[0] in before else DEFAULT_STATUS.value)
             if len(ids) == 1 else old_counts,
             "versions": _versions_after(versions, ids)},
        )
    return batch


def _versions_after(before: dict[int, int], ids: list[int]) -> list[list[int]]:
    """[[id, version after this change], ...]: an undo checks nobody changed them since."""
    return [[i, before[i] + 1] for i in ids]


def undo_batch(db: Database, batch_id: str,
               expected_versions: dict[int, int] | None = None) -> int:
    """Undo a status change or an employment change (leave, return, move) made as one
    batch: remove the history rows it added. Refused (ConflictError, nothing removed)
    when someone changed one of those people since — since the batch, or, when
    ``expected_versions`` are given, since the caller read them (a window that undid a
    later change of the same people itself passes the versions it now shows: that undo
    moved their versions on, nobody else did). Returns the rows removed."""
    sc, ev = StatusChange.__table__, EmploymentEvent.__table__
    with db.write() as s:
        s.flush()
        recorded = expected_versions if expected_versions is not None \
            else _batch_versions_in(s, batch_id)
        status_emps = list(s.scalars(select(sc.c.employee_id).where(sc.c.batch_id == batch_id)))
        event_emps = list(s.scalars(select(ev.c.employee_id).where(ev.c.batch_id == batch_id)))
        ids = list(dict.fromkeys(status_emps + event_emps))
        if not ids:
            raise InputError("Không còn gì để hoàn tác: các thay đổi này đã được gỡ")
        current = lock_versions_in(s, ids)
        if recorded is not None:
            stale = [i for i in ids if i in current and recorded.get(i) not in (None, current[i])]
            if stale:
                raise ConflictError(
                    f"Không hoàn tác được: {len(stale)} người trong lần thay đổi này đã được "
                    "sửa sau đó (có thể bởi người khác). Chưa gỡ gì.")
        s.execute(sa.delete(sc).where(sc.c.batch_id == batch_id))
        s.execute(sa.delete(ev).where(ev.c.batch_id == batch_id))
        if event_emps:
            refresh_cache_in(s, event_emps)
        when = now()
        bump_versions_in(s, ids, when)
        expire_employees(s, ids)
        after = lock_versions_in(s, ids)
        record_event(s, "status_change_undone", "batch", None, {
            "batch": batch_id, "count": len(status_emps) + len(event_emps),
            "versions": [[i, after[i]] for i in ids if i in after]})
        return len(status_emps) + len(event_emps)


def _batch_versions_in(s: Session, batch_id: str) -> dict[int, int] | None:
    """The versions a batch left its people at (from its audit event), None if unknown."""
    rows = s.execute(
        select(AuditEvent.detail).where(AuditEvent.detail.contains(batch_id))
        .where(AuditEvent.action.in_(("status_changed", "employees_left", "employees_returned",
                                      "employees_moved")))
        .order_by(AuditEvent.id.desc())
    ).scalars()
    for detail in rows:
        data = json.loads(detail or "{}")
        if data.get("batch") == batch_id and "versions" in data:
            return {int(i): int(v) for i, v in data["versions"]}
    return None


def remove_batch(db: Database, batch_id: str) -> int:
    """The old name of :func:`undo_batch` (kept for callers)."""
    return undo_batch(db, batch_id)


def touch_in(s: Session, employee: Employee) -> None:
    """Bump one ORM-loaded employee's version in the caller's transaction."""
    bump_versions_in(s, [employee.id])
    s.expire(employee)
