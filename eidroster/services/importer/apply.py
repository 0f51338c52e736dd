"""Applying an import in one transaction. Everything an undo or a redo needs is kept in
the audit event's detail (:mod:`.undo`).

A row whose person someone else changed meanwhile — since the preview the user saw, or
concurrently on a shared server — is not written: it is listed as a conflict, never
counted as saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import Department, Employee, EmploymentEvent, StatusChange
from eidroster.domain.errors import EidrosterError
from eidroster.services.audit import record_event
from eidroster.services.bulk import bulk_insert, bump_versions_in, lock_versions_in, now
from eidroster.services.database import Database, current_user
from eidroster.services.departments import ensure_department_in
from eidroster.services.history import refresh_cache_in
from eidroster.services.importer.as_of import title_date
from eidroster.services.importer.parse import LoadedTable, RowIssue, gc_paused
from eidroster.services.importer.plan import ImportPlan, build_plan
from eidroster.services.importer.row_parse import parse_rows
from eidroster.services.importer.rows import ADD, CONFLICT, REJECT, SKIP, UNCHANGED, UPDATE
from eidroster.services.importer.state import load_catalogue
from eidroster.services.importer.store import employee_row, pack, status_row
from eidroster.services.importer.values import ReasonMatcher
from eidroster.services.status_changes import new_batch_id

#: progress(done, total) is called between chunks; cancel() -> True stops the import
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
CHUNK = 500

ACTION_IMPORT = "import"


class ImportCancelled(EidrosterError):
    def __init__(self) -> None:
        super().__init__("Đã hủy nhập tệp; danh sách không thay đổi gì")


@dataclass
class ImportResult:
    plan: ImportPlan
    applied: bool  # False for a dry run or a refused (--strict) file
    batch_id: str | None = None
    refused: bool = False
    backup: str | None = None
    added_ids: list[int] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return self.plan.rows_read

    @property
    def added(self) -> int:
        return self.plan.count(ADD)

    @property
    def updated(self) -> int:
        return self.plan.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.plan.count(UNCHANGED)

    @property
    def rejected(self) -> list[RowIssue]:
        return self.plan.rejected

    @property
    def rejected_rows(self) -> int:
        return self.plan.count(REJECT)

    @property
    def skipped(self) -> list[RowIssue]:
        return self.plan.skipped

    @property
    def conflicts(self) -> list[RowIssue]:
        return [r.skip_reason for r in self.plan.rows if r.action == CONFLICT and r.skip_reason]

    @property
    def warnings(self) -> list[RowIssue]:
        return self.plan.all_warnings

    def as_dict(self) -> dict:
        """The ``--json`` output."""
        applied_or_dry = not self.refused
        return {
            "rows_read": self.rows_read,
            "added": self.added if applied_or_dry else 0,
            "updated": self.updated if applied_or_dry else 0,
            "unchanged": self.unchanged if applied_or_dry else 0,
            "rejected": [i.as_dict() for i in self.rejected],
            "warnings": [i.as_dict() for i in self.warnings],
            "skipped": [i.as_dict() for i in self.skipped],
            "conflicts": [i.as_dict() for i in self.conflicts],
            "repairs": [i.as_dict() for i in self.plan.repairs],
            "as_of": self.plan.effective_date.isoformat(),
            "as_of_source": self.plan.as_of_source,
            "new_departments": sorted(self.plan.new_departments),
        }


# ---------------------------------------------------------------- planning

def import_date(loaded: LoadedTable, chosen: dt.date | None,
                today: dt.date | None = None) -> tuple[dt.date, str]:
    """The import's date and where it came from: the user's choice, else the date in the
    file's title ("Tính đến ngày …") when there is one and it is not in the future, else
    today."""
    today = today or dt.date.today()
    if chosen is not None:
        return chosen, "option"
    header = loaded.layout.header_rows[0] if loaded.layout.header_rows else 0
    found = title_date(loaded.sheet, header)
    if found is not None and dt.date(1950, 1, 1) <= found <= today:
        return found, "title"
    return today, "today"


def preview_import(db: Database, loaded: LoadedTable, effective_date: dt.date | None = None,
                   today: dt.date | None = None, *, allow_downgrade: bool = False,
                   department_map: dict[str, str] | None = None) -> ImportPlan:
    """What the import would do, without changing anything."""
    with gc_paused(), db.read() as s:
        return _plan(s, loaded, effective_date, today, allow_downgrade, department_map)


def _plan(s: Session, loaded: LoadedTable, effective_date: dt.date | None,
          today: dt.date | None, allow_downgrade: bool,
          department_map: dict[str, str] | None) -> ImportPlan:
    from eidroster.domain.errors import InputError

    today = today or dt.date.today()
    day, source = import_date(loaded, effective_date, today)
    if day > today:
        raise InputError(f"Ngày của danh sách ({day:%d/%m/%Y}) ở tương lai")
    catalogue = load_catalogue(s)
    parsed = parse_rows(loaded, ReasonMatcher(catalogue), today)
    return build_plan(s, loaded, parsed, day, catalogue, today,
                      allow_downgrade=allow_downgrade, department_map=department_map,
                      as_of_source=source)


# ---------------------------------------------------------------- applying

def run_import(
    db: Database,
    loaded: LoadedTable,
    *,
    dry_run: bool = False,
    strict: bool = False,
    effective_date: dt.date | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    backup: bool = True,
    allow_downgrade: bool = False,
    department_map: dict[str, str] | None = None,
    expected_versions: dict[int, int] | None = None,
) -> ImportResult:
    """Plan and apply an import: all valid rows in ONE transaction (with the audit event),
    or nothing at all (dry run, ``strict`` with a rejected row, cancel, any error).
    ``expected_versions``: the people's versions the user's preview was made from; a
    person changed since is a conflict, not overwritten."""
    options = dict(allow_downgrade=allow_downgrade, department_map=department_map)
    if dry_run or strict:
        plan = preview_import(db, loaded, effective_date, today, **options)
        if dry_run or plan.count(REJECT):
            return ImportResult(plan, applied=False, refused=strict and plan.count(REJECT) > 0)
    made = None
    batch = new_batch_id()
    with gc_paused(), db.write() as s:
        plan = _plan(s, loaded, effective_date, today, allow_downgrade, department_map)
        if strict and plan.count(REJECT):
            return ImportResult(plan, applied=False, refused=True)
        _mark_conflicts(s, plan, expected_versions)
        if not any(r.action in (ADD, UPDATE) for r in plan.rows):
            if loaded.on_import is not None:
                loaded.on_import(s, None)
            return ImportResult(plan, applied=False)
        if backup:
            # inside the write lock, so nobody changes the file between the backup and the
            # import; in WAL mode the backup reads the last committed state
            from eidroster.services.backup import backup_before_change

            made = backup_before_change(db, "import")
        detail = _apply(s, plan, batch, progress, cancel)
        record_event(s, ACTION_IMPORT, "batch", None, pack(detail))
        if loaded.on_import is not None:
            loaded.on_import(s, batch)
    return ImportResult(plan, applied=True, batch_id=batch, backup=str(made) if made else None,
                        added_ids=list(detail["added_ids"]))


def _mark_conflicts(s: Session, plan: ImportPlan, expected: dict[int, int] | None) -> None:
    """Lock the people the import updates and set aside those whose version moved: since
    the plan was read (another client, on a shared server) or since the user's preview."""
    updates = [r for r in plan.rows if r.action in (UPDATE, SKIP, UNCHANGED) and r.employee_id]
    current = lock_versions_in(s, [r.employee_id for r in updates if r.action == UPDATE])
    for r in updates:
        seen = expected.get(r.employee_id) if expected else None
        now_version = current.get(r.employee_id, r.version) if r.action == UPDATE else r.version
        if (r.action == UPDATE and now_version != r.version) or (
                seen is not None and seen != now_version):
            r.action = CONFLICT
            r.skip_reason = RowIssue(r.row, "", (
                "Người này vừa được người khác sửa sau khi bạn xem trước: dòng này chưa được "
                "ghi (thay đổi của người kia được giữ nguyên); hãy nhập lại tệp để ghi nốt"))


def _apply(s: Session, plan: ImportPlan, batch: str, progress: Progress | None,
           cancel: Cancel | None) -> dict:
    e, sc, ev = Employee.__table__, StatusChange.__table__, EmploymentEvent.__table__
    when, user = now(), current_user()
    adds = [r for r in plan.rows if r.action == ADD]
    updates = [r for r in plan.rows if r.action == UPDATE]
    total = len(adds) + len(updates)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)

    step(0)
    known_depts = set(s.scalars(sa.select(Department.id)))
    dept_ids: dict[str, int] = {}

    def dept_id(name: str) -> int:
        if name not in dept_ids:
            dept_ids[name] = ensure_department_in(s, name).id
        return dept_ids[name]

    added_ids: list[int] = []
    # SQLite: we hold the write lock (BEGIN IMMEDIATE), so the next ids are ours to give;
    # a plain executemany is ~3× faster than INSERT … RETURNING row by row
    next_id = None
    if s.get_bind().dialect.name == "sqlite":
        next_id = (s.scalar(sa.select(sa.func.max(e.c.id))) or 0) + 1
    for start in range(0, len(adds), CHUNK):
        chunk = adds[start:start + CHUNK]
        params = []
        for r in chunk:
            join = r.events[0]
            leave = next((x.day for x in r.events if x.kind == "leave"), None)
            params.append(employee_row(r.new_fields, when) | {
                "department_id": dept_id(join.department), "start_date": join.day,
                "leave_date": leave, "created_at": when, "version": 1})
        if next_id is not None:
            ids = list(range(next_id, next_id + len(chunk)))
            next_id += len(chunk)
            for values, new_id in zip(params, ids, strict=True):
                values["id"] = new_id
            bulk_insert(s, e, params)
        else:
            ids = list(s.execute(
                sa.insert(e).returning(e.c.id, sort_by_parameter_order=True), params).scalars())
        for r, new_id in zip(chunk, ids, strict=True):
            r.employee_id = new_id
        added_ids.extend(ids)
        step(len(chunk))
    changed = [r for r in updates if r.changed and any(f != "department" for f in r.changed)]
    stmt = (sa.update(e).where(e.c.id == sa.bindparam("b_id"))
            .values({name: sa.bindparam(f"b_{name}") for name in _PERSONAL_COLUMNS}))
    for start in range(0, len(changed), CHUNK):
        s.execute(stmt, [{f"b_{k}": v for k, v in employee_row(r.new_fields, when).items()}
                         | {"b_id": r.employee_id} for r in changed[start:start + CHUNK]])
        step(0)
    events, moved_dates = _employment(s, adds + updates, dept_id, batch, user, when)
    bulk_insert(s, ev, events)
    if any(r.events for r in updates):
        refresh_cache_in(s, [r.employee_id for r in updates if r.events])
    status_rows = [status_row(r.employee_id, r.status, r.effective_date, when, user, batch)
                   for r in adds + updates if r.status is not None]
    for start in range(0, len(status_rows), CHUNK * 4):
        bulk_insert(s, sc, status_rows[start:start + CHUNK * 4])
    bump_versions_in(s, [r.employee_id for r in updates], when)
    step(len(updates))
    if cancel is not None and cancel():
        raise ImportCancelled()
    touched = added_ids + [r.employee_id for r in updates]
    versions = lock_versions_in(s, touched)
    used = {x["department_id"] for x in events}
    names = dict(s.execute(sa.select(Department.id, Department.name)
                           .where(Department.id.in_(sorted(used)))).all()) if used else {}
    return {
        "batch": batch,
        "file": plan.loaded.path.name,
        "sheet": plan.loaded.layout.sheet_name,
        "effective_date": plan.effective_date.isoformat(),
        "rows_read": plan.rows_read,
        "added": len(adds),
        "updated": len(updates),
        "unchanged": plan.count(UNCHANGED),
        "rejected": plan.count(REJECT),
        "skipped": plan.count(SKIP),
        "conflicts": plan.count(CONFLICT),
        "added_ids": added_ids,
        "departments_created": sorted(set(dept_ids.values()) - known_depts),
        "added_rows": [_jsonable(r.new_fields) | {"id": r.employee_id} for r in adds],
        "updated_rows": [
            {"id": r.employee_id, "old": _jsonable(r.old_fields), "new": _jsonable(r.new_fields)}
            for r in changed
        ],
        "status_rows": [_compact_status(row) for row in status_rows],
        "event_rows": [[x["employee_id"], x["kind"], names[x["department_id"]],
                        x["effective_date"].isoformat()] for x in events],
        "moved_dates": moved_dates,
        "versions": {str(k): v for k, v in versions.items()},
    }


_PERSONAL_COLUMNS = ("ho", "dem", "ten", "birth_date", "gender", "id_number", "id_kind", "title",
                     "sort_key", "search_key", "updated_at")


def _employment(s: Session, rows, dept_id, batch: str, user: str,
                when: dt.datetime) -> tuple[list[dict], list[list]]:
    """The employment events the rows add, and the dates they move on existing events
    ([event id, old date, new date])."""
    from eidroster.services.history import JOIN, LEAVE, events_in

    ev = EmploymentEvent.__table__
    out: list[dict] = []
    moved: list[list] = []
    needs = [r.employee_id for r in rows if any(x.kind in ("start", "leave_date", "leave")
                                                for x in r.events) and r.action == UPDATE]
    history = events_in(s, needs) if needs else {}
    for r in rows:
        dept = None
        for x in r.events:
            if x.kind in ("join", "move"):
                dept = dept_id(x.department)
                out.append(_event(r.employee_id, x.kind, dept, x.day, batch, user, when))
            elif x.kind == "leave":
                if dept is None:  # an update: the department in force when leaving
                    known = history[r.employee_id]
                    dept = known[-1].department_id if known else None
                if dept is not None:
                    out.append(_event(r.employee_id, LEAVE, dept, x.day, batch, user, when))
            elif x.kind in ("start", "leave_date"):
                known = history[r.employee_id]
                kind = JOIN if x.kind == "start" else LEAVE
                target = next((k for k in reversed(known) if k.kind == kind), None)
                if target is not None:
                    s.execute(ev.update().where(ev.c.id == target.id)
                              .values(effective_date=x.day))
                    moved.append([target.id, target.effective_date.isoformat(),
                                  x.day.isoformat()])
    return out, moved


def _event(emp_id: int, kind: str, dept: int, day: dt.date, batch: str, user: str,
           when: dt.datetime) -> dict:
    return {"employee_id": emp_id, "kind": kind, "department_id": dept, "effective_date": day,
            "recorded_at": when, "recorded_by": user, "source": "import", "batch_id": batch}


def _compact_status(row: dict) -> list:
    return [row["employee_id"], row["status"], row["reason_id"], row["reason_text"],
            row["justified"], row["justified_fixed"], row["note"], row["vneid_login"],
            _iso(row["vneid_login_date"]), row["dvcqg_used"], _iso(row["dvcqg_date"]),
            row["effective_date"].isoformat()]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _jsonable(d: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in d.items()}
