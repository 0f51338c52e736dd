"""The roster: employees, their statuses and history, departments and reasons.

Session-level helpers (``*_in``) are shared with the importer so that a whole import
runs in one transaction; the public functions open their own transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import func, select

from eidroster.db.models import Department, Employee, Reason, StatusChange
from eidroster.domain.cccd import mask
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import DEFAULT_STATUS, Bucket, Status, bucket_of
from eidroster.domain.text import join_name, text_sort_key
from eidroster.services.database import Database
from eidroster.services.history import (
    Classification,
    classification_in,
    employment_join,
    employment_on,
    latest_change_join,
    reason_history_in,
)


@dataclass(frozen=True, slots=True)
class RosterRow:
    id: int
    ho: str
    dem: str
    ten: str
    sort_key: str
    search_key: str
    birth_date: dt.date | None
    gender: str | None
    id_number: str | None
    id_kind: str | None
    title: str
    department_id: int
    department: str
    start_date: dt.date | None
    leave_date: dt.date | None
    status: Status
    reason_id: int | None
    reason: str
    justified: bool
    note: str
    vneid_login: bool
    dvcqg_used: bool
    updated: dt.date | None  # effective date of the latest status change
    version: int

    @property
    def full_name(self) -> str:
        return join_name(self.ho, self.dem, self.ten)

    @property
    def bucket(self) -> Bucket:
        return bucket_of(self.status)

    @property
    def masked_id(self) -> str:
        return mask(self.id_number)

    def active_on(self, day: dt.date) -> bool:
        return (self.start_date is None or self.start_date <= day) and (
            self.leave_date is None or self.leave_date > day
        )


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    status: Status
    reason: str
    justified: bool
    note: str
    vneid_login: bool
    vneid_login_date: dt.date | None
    dvcqg_used: bool
    dvcqg_date: dt.date | None
    effective_date: dt.date
    recorded_at: dt.datetime
    recorded_by: str
    source: str


@dataclass(frozen=True, slots=True)
class DepartmentInfo:
    id: int
    name: str
    active_count: int
    level2_count: int

    @property
    def level2_rate(self) -> float:
        return self.level2_count / self.active_count if self.active_count else 0.0


def active_on_clause(as_of: dt.date) -> sa.ColumnElement[bool]:
    """Active on ``as_of`` by the cached employment of the current period (only right for
    today; reports for a date use :func:`eidroster.services.history.employment_join`)."""
    e = Employee.__table__
    return sa.and_(
        sa.or_(e.c.start_date.is_(None), e.c.start_date <= as_of),
        sa.or_(e.c.leave_date.is_(None), e.c.leave_date > as_of),
    )


# ---------------------------------------------------------------- reading

IDS_PER_QUERY = 10_000


def list_roster(
    db: Database, as_of: dt.date | None = None, ids: Sequence[int] | None = None
) -> list[RosterRow]:
    """Every employee (leavers included) with the status in force on ``as_of``
    (the latest recorded when None), ordered by department then Vietnamese name.
    ``ids`` restricts the result to those employees (a quick refresh of a few rows)."""
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        out: list[RosterRow] = []
        # each query reads the latest change of every employee before keeping the ids
        # asked: few large chunks (10,000 ids: 1.9 s in chunks of 500, 0.9 s in one),
        # well under SQLite's 32,766 and PostgreSQL's 65,535 parameters
        for start in range(0, len(wanted), IDS_PER_QUERY):
            out.extend(_roster_query(db, as_of, wanted[start:start + IDS_PER_QUERY]))
    else:
        out = _roster_query(db, as_of, None)
    # The database returns each department's rows by (sort_key, id) (UTF-8 byte order
    # is code-point order, the same as Python's); here only the departments are put in
    # Vietnamese order, so no 100k-row sort holds the GIL while the window is drawing.
    groups: dict[str, list[RosterRow]] = {}
    for row in out:
        group = groups.get(row.department)
        if group is None:
            group = groups[row.department] = []
        group.append(row)
    ordered: list[RosterRow] = []
    for name in sorted(groups, key=text_sort_key):
        group = groups[name]
        if ids is not None:  # chunks of ids arrive separately: merge them
            group.sort(key=lambda row: (row.sort_key, row.id))
        ordered.extend(group)
    return ordered


def _roster_query(db: Database, as_of: dt.date | None, ids: list[int] | None) -> list[RosterRow]:
    e, d, r = Employee.__table__, Department.__table__, Reason.__table__
    latest, onclause = latest_change_join(e, as_of)
    if as_of is None:
        dept_col = e.c.department_id
        base = e.join(d, d.c.id == e.c.department_id)
    else:  # the department in force on that date (the current one if not yet employed)
        ev, on_ev = employment_join(e, as_of)
        dept_col = sa.func.coalesce(ev.c.department_id, e.c.department_id)
        base = e.outerjoin(ev, on_ev).join(d, d.c.id == dept_col)
    q = (
        select(
            e.c.id, e.c.ho, e.c.dem, e.c.ten, e.c.sort_key, e.c.search_key, e.c.birth_date,
            e.c.gender, e.c.id_number, e.c.id_kind, e.c.title, dept_col.label("dept_id"),
            d.c.name.label("department"), e.c.start_date, e.c.leave_date,
            latest.c.status, latest.c.reason_id, r.c.label.label("reason_label"),
            latest.c.reason_text, latest.c.justified, latest.c.justified_fixed, latest.c.note,
            latest.c.vneid_login, latest.c.dvcqg_used, latest.c.effective_date, e.c.version,
        )
        .select_from(base)
        .outerjoin(latest, onclause)
        .outerjoin(r, r.c.id == latest.c.reason_id)
        .order_by(dept_col, e.c.sort_key, e.c.id)
    )
    if ids is not None:
        q = q.where(e.c.id.in_(ids))
    # Names, departments, reasons, keys and dates repeat across a unit: share one object
    # per distinct value (at 100k rows this halves the memory the window holds).
    shared: dict[object, object] = {}
    sh = shared.setdefault
    statuses = {st.value: st for st in Status}
    out: list[RosterRow] = []
    with db.read() as s:
        classes = classification_in(s, as_of or dt.date.today())
        of_change = classes.of_change
        # fetched in small chunks (the GIL is held while a chunk is converted: 1000 rows
        # keep the window's stalls under ~20 ms), unpacked positionally
        for chunk in s.execute(q).partitions(1000):
            for (eid, ho, dem, ten, sort_key, search_key, birth, gender, id_number, id_kind,
                 title, dept_id, dept, start, leave, status, reason_id, reason_label,
                 reason_text, justified, fixed, note, vneid, dvcqg, effective,
                 version) in chunk:
                reason = reason_label or reason_text or ""
                note = note or ""
                out.append(RosterRow(
                    eid, sh(ho, ho), sh(dem, dem), sh(ten, ten), sh(sort_key, sort_key),
                    sh(search_key, search_key), sh(birth, birth), gender, id_number, id_kind,
                    sh(title, title), dept_id, sh(dept, dept), sh(start, start), leave,
                    statuses[status] if status else DEFAULT_STATUS, reason_id,
                    sh(reason, reason), of_change(status, reason_id, justified, fixed),
                    sh(note, note), bool(vneid), bool(dvcqg), sh(effective, effective), version,
                ))
    return out


def get_row(db: Database, employee_id: int) -> RosterRow:
    for row in _rows_for(db, [employee_id]):
        return row
    raise InputError(f"Không tìm thấy nhân viên mã {employee_id}")


def _rows_for(db: Database, ids: Sequence[int]) -> list[RosterRow]:
    return list_roster(db, ids=ids)


def history(db: Database, employee_id: int) -> list[HistoryEntry]:
    """A person's status changes, newest first; "chính đáng" as it stood on each date."""
    with db.read() as s:
        q = (
            select(StatusChange, Reason.label)
            .outerjoin(Reason, Reason.id == StatusChange.reason_id)
            .where(StatusChange.employee_id == employee_id)
            .order_by(StatusChange.effective_date.desc(), StatusChange.id.desc())
        )
        rows = s.execute(q).all()
        reasons = {c.reason_id for c, _ in rows if c.reason_id is not None}
        dated = {rid: reason_history_in(s, rid) for rid in reasons}

    def justified(c: StatusChange) -> bool:
        steps = dated.get(c.reason_id, []) if c.reason_id is not None else []
        on = [j for d, j in steps if d <= c.effective_date] or [j for _, j in steps[:1]]
        return Classification(c.effective_date, {c.reason_id: on[-1]} if on else {}).of_change(
            c.status, c.reason_id, c.justified, c.justified_fixed)

    return [
        HistoryEntry(
            c.id, Status(c.status), label or c.reason_text or "", justified(c), c.note,
            c.vneid_login, c.vneid_login_date, c.dvcqg_used, c.dvcqg_date,
            c.effective_date, c.recorded_at, c.recorded_by, c.source,
        )
        for c, label in rows
    ]


def list_departments(
    db: Database, as_of: dt.date | None = None, *, counts: bool = True
) -> list[DepartmentInfo]:
    """Departments in the unit's order with the head count working there on ``as_of``
    (today by default) and its level-2 count (``counts=False``: names and order only,
    zeros for the counts — for a caller that counts from rows it already holds)."""
    as_of = as_of or dt.date.today()
    e, d = Employee.__table__, Department.__table__
    if not counts:
        with db.read() as s:
            named = s.execute(select(d.c.id, d.c.name).order_by(d.c.position, d.c.id)).all()
        return [DepartmentInfo(i, n, 0, 0) for i, n in named]
    latest, onclause = latest_change_join(e, as_of)
    with db.read() as s:
        base, dept, active = employment_on(s, e, as_of)
        q = (
            select(
                dept, func.count(),
                func.sum(sa.case((latest.c.status == Status.LEVEL2.value, 1), else_=0)),
            )
            .select_from(base).outerjoin(latest, onclause)
            .where(active)
            .group_by(dept)
        )
        counted = {i: (c, l2) for i, c, l2 in s.execute(q).all()}
        rows = s.execute(select(d.c.id, d.c.name).order_by(d.c.position, d.c.id)).all()
    return [DepartmentInfo(i, n, int(counted.get(i, (0, 0))[0] or 0),
                           int(counted.get(i, (0, 0))[1] or 0)) for i, n in rows]


# ---------------------------------------------------------------- writing (re-exported)
# The writers live in their own modules; these names stay importable from here.
from eidroster.services.departments import ensure_department_in  # noqa: E402
from eidroster.services.employees import (  # noqa: E402
    add_employee,
    delete_employee,
    find_by_id_number_in,
    find_by_name_birth_in,
    id_number_in_use,
    update_employee,
)
from eidroster.services.employment import mark_left, mark_returned, move_employees  # noqa: E402
from eidroster.services.reasons import (  # noqa: E402
    ReasonInfo,
    add_reason,
    delete_reason,
    list_reasons,
    reclassify_reason,
    update_reason,
)
from eidroster.services.status_changes import (  # noqa: E402
    add_status_in,
    check_status_change,
    new_batch_id,
    remove_batch,
    set_status,
    undo_batch,
)

__all__ = [
    "DepartmentInfo", "HistoryEntry", "ReasonInfo", "RosterRow", "active_on_clause",
    "add_employee", "add_reason", "add_status_in", "check_status_change", "delete_employee",
    "delete_reason", "ensure_department_in", "find_by_id_number_in", "find_by_name_birth_in",
    "get_row", "history", "id_number_in_use", "latest_change_join", "list_departments",
    "list_reasons", "list_roster", "mark_left", "mark_returned", "move_employees",
    "new_batch_id", "reclassify_reason", "remove_batch", "set_status", "undo_batch",
    "update_employee", "update_reason",
]
