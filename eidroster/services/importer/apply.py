"""Applying an import in one transaction, and undoing / redoing it (the window's undo
stack). Everything an undo or a redo needs is kept in the audit event's JSON detail."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import AuditEvent, Department, Employee, StatusChange
from eidroster.domain.errors import ConflictError, EidrosterError, InputError
from eidroster.domain.text import name_sort_key, word_sort_key
from eidroster.services.audit import record_event
from eidroster.services.database import Database, current_user
from eidroster.services.importer.parse import LoadedTable, RowIssue, gc_paused, parse_rows
from eidroster.services.importer.plan import (
    ADD,
    REJECT,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    build_plan,
    load_catalogue,
    name_key,
)
from eidroster.services.importer.values import ReasonMatcher
from eidroster.services.roster import ensure_department_in, new_batch_id

#: progress(done, total) is called between chunks; cancel() -> True stops the import
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
CHUNK = 500

ACTION_IMPORT, ACTION_UNDONE, ACTION_REDONE = "import", "import_undone", "import_redone"


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
        }


# ---------------------------------------------------------------- planning and applying

def preview_import(db: Database, loaded: LoadedTable, effective_date: dt.date | None = None,
                   today: dt.date | None = None) -> ImportPlan:
    """What the import would do, without changing anything."""
    with gc_paused(), db.read() as s:
        return _plan(s, loaded, effective_date, today)


def _plan(s: Session, loaded: LoadedTable, effective_date: dt.date | None,
          today: dt.date | None) -> ImportPlan:
    today = today or dt.date.today()
    catalogue = load_catalogue(s)
    parsed = parse_rows(loaded, ReasonMatcher(catalogue), today)
    return build_plan(s, loaded, parsed, effective_date or today, catalogue, today)


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
) -> ImportResult:
    """Plan and apply an import: all valid rows in ONE transaction (with the audit event),
    or nothing at all (dry run, ``strict`` with a rejected row, cancel, any error)."""
    if dry_run:
        plan = preview_import(db, loaded, effective_date, today)
        return ImportResult(plan, applied=False, refused=strict and plan.count(REJECT) > 0)
    if strict:
        plan = preview_import(db, loaded, effective_date, today)
        if plan.count(REJECT):
            return ImportResult(plan, applied=False, refused=True)
    made = None
    batch = new_batch_id()
    with gc_paused(), db.write() as s:
        plan = _plan(s, loaded, effective_date, today)
        if strict and plan.count(REJECT):
            return ImportResult(plan, applied=False, refused=True)
        changes = [r for r in plan.rows if r.action in (ADD, UPDATE)]
        if not changes:
            return ImportResult(plan, applied=False)
        if backup:
            # inside the write lock, so nobody changes the file between the backup and the
            # import; in WAL mode the backup reads the last committed state
            from eidroster.services.backup import backup_before_change

            made = backup_before_change(db, "import")
        detail = _apply(s, plan, batch, progress, cancel)
        record_event(s, ACTION_IMPORT, "batch", None, _pack(detail))
    return ImportResult(plan, applied=True, batch_id=batch, backup=str(made) if made else None,
                        added_ids=list(detail["added_ids"]))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _apply(s: Session, plan: ImportPlan, batch: str, progress: Progress | None,
           cancel: Cancel | None) -> dict:
    e, sc = Employee.__table__, StatusChange.__table__
    now = _now()
    user = current_user()
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
    dept_ids: dict[str, int] = {}
    known_depts = set(s.scalars(sa.select(Department.id)))
    created_depts: list[int] = []

    def dept_id(name: str) -> int:
        key = name.lower()
        if key not in dept_ids:
            dept_ids[key] = ensure_department_in(s, name).id
            if dept_ids[key] not in known_depts:
                created_depts.append(dept_ids[key])
        return dept_ids[key]

    added_ids: list[int] = []
    # SQLite: we hold the write lock (BEGIN IMMEDIATE), so the next ids are ours to give;
    # a plain executemany is ~3× faster than INSERT … RETURNING row by row
    next_id = None
    if s.get_bind().dialect.name == "sqlite":
        next_id = (s.scalar(sa.select(sa.func.max(e.c.id))) or 0) + 1
    for chunk_start in range(0, len(adds), CHUNK):
        chunk = adds[chunk_start:chunk_start + CHUNK]
        params = [_employee_row(r.new_fields, dept_id(r.new_fields["department"]), now) | {
            "created_at": now, "version": 1} for r in chunk]
        if next_id is not None:
            ids = list(range(next_id, next_id + len(chunk)))
            next_id += len(chunk)
            for values, new_id in zip(params, ids, strict=True):
                values["id"] = new_id
            _bulk_insert(s, e, params)
        else:
            ids = list(s.execute(
                sa.insert(e).returning(e.c.id, sort_by_parameter_order=True), params).scalars())
        for r, new_id in zip(chunk, ids, strict=True):
            r.employee_id = new_id
        added_ids.extend(ids)
        step(len(chunk))
    changed_updates = [r for r in updates if r.changed]
    status_only = [r for r in updates if not r.changed]
    stmt = (
        sa.update(e).where(e.c.id == sa.bindparam("b_id"))
        .values({name: sa.bindparam(f"b_{name}") for name in _EMP_COLUMNS}
                | {"version": e.c.version + 1})
    )
    touch = (sa.update(e).where(e.c.id == sa.bindparam("b_id"))
             .values(updated_at=sa.bindparam("b_updated_at"), version=e.c.version + 1))
    for chunk_start in range(0, len(updates), CHUNK):
        chunk_changed = [r for r in changed_updates[chunk_start:chunk_start + CHUNK]]
        if chunk_changed:
            s.execute(stmt, [
                {f"b_{k}": v for k, v in _employee_row(
                    r.new_fields, dept_id(r.new_fields["department"]), now).items()}
                | {"b_id": r.employee_id}
                for r in chunk_changed
            ])
        chunk_touch = status_only[chunk_start:chunk_start + CHUNK]
        if chunk_touch:
            s.execute(touch, [{"b_id": r.employee_id, "b_updated_at": now} for r in chunk_touch])
        step(len(chunk_changed) + len(chunk_touch))
    status_rows = [
        _status_row(r.employee_id, r.status, plan.effective_date, now, user, batch)
        for r in adds + updates if r.status is not None
    ]
    for chunk_start in range(0, len(status_rows), CHUNK * 4):
        _bulk_insert(s, sc, status_rows[chunk_start:chunk_start + CHUNK * 4])
    if cancel is not None and cancel():
        raise ImportCancelled()
    touched = added_ids + [r.employee_id for r in updates]
    versions = _versions(s, touched)
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
        "added_ids": added_ids,
        "departments_created": created_depts,
        "added_rows": [_jsonable(r.new_fields) | {"id": r.employee_id} for r in adds],
        "updated_rows": [
            {"id": r.employee_id, "old": _jsonable(r.old_fields), "new": _jsonable(r.new_fields)}
            for r in changed_updates
        ],
        # compact: [employee_id, status, reason_id, reason_text, justified, note]
        "status_rows": [[row["employee_id"], row["status"], row["reason_id"], row["reason_text"],
                         row["justified"], row["note"]] for row in status_rows],
        "versions": {str(k): v for k, v in versions.items()},
    }


_EMP_COLUMNS = ("ho", "dem", "ten", "birth_date", "gender", "id_number", "id_kind", "title",
                "department_id", "sort_key", "search_key", "updated_at")
_STATUS_KEYS = ("employee_id", "status", "reason_id", "reason_text", "justified", "note")


def _bulk_insert(s: Session, table: sa.Table, rows: list[dict]) -> None:
    """executemany; on SQLite straight through the driver with values already in the
    form SQLAlchemy stores them (dates as ISO text), which is ~3× faster for 10k rows."""
    if not rows:
        return
    if s.get_bind().dialect.name != "sqlite":
        s.execute(sa.insert(table), rows)
        return
    dialect = s.get_bind().dialect
    names = list(rows[0])
    converters = []
    for name in names:
        column = table.c[name]
        if isinstance(column.type, sa.DateTime):
            proc = column.type.bind_processor(dialect)
            cache: dict = {}

            def conv(v, proc=proc, cache=cache):
                if v is None:
                    return None
                if v not in cache:
                    cache[v] = proc(v) if proc else v
                return cache[v]
        elif isinstance(column.type, sa.Date):
            def conv(v):
                return v.isoformat() if v is not None else None
        elif isinstance(column.type, sa.Boolean):
            def conv(v):
                return None if v is None else int(bool(v))
        else:
            conv = None
        converters.append(conv)
    params = [
        tuple(v if c is None else c(v) for v, c in zip(row.values(), converters, strict=True))
        for row in rows
    ]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    s.connection().exec_driver_sql(sql, params)


@functools.lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return word_sort_key(word)


def _separator() -> str | None:
    empty, whole = word_sort_key(""), name_sort_key("", "", "")
    size = (len(whole) - 3 * len(empty)) // 2
    sep = whole[len(empty):len(empty) + size]
    sample = ("Nguyễn", "Thị Thu", "Hà")
    key = sep.join((word_sort_key(sample[2]), word_sort_key(sample[0]), word_sort_key(sample[1])))
    return sep if key == name_sort_key(*sample) else None


_SEP = _separator()


def _sort_key(ho: str, dem: str, ten: str) -> str:
    """The same key as :func:`eidroster.domain.text.name_sort_key`, with each part cached
    (family and given names repeat across thousands of rows)."""
    if _SEP is None:  # the domain's key changed shape: use it as it is
        return name_sort_key(ho, dem, ten)
    return _SEP.join((_word_key(ten), _word_key(ho), _word_key(dem)))


def _employee_row(fields: dict, department_id: int, now: dt.datetime) -> dict:
    return {
        "ho": fields["ho"], "dem": fields["dem"], "ten": fields["ten"],
        "birth_date": fields["birth_date"], "gender": fields["gender"],
        "id_number": fields["id_number"], "id_kind": fields["id_kind"],
        "title": fields["title"] or "", "department_id": department_id,
        "sort_key": _sort_key(fields["ho"], fields["dem"], fields["ten"]),
        "search_key": name_key(fields["ho"], fields["dem"], fields["ten"]),
        "updated_at": now,
    }


def _status_row(employee_id, status, effective: dt.date, now, user, batch) -> dict:
    return {
        "employee_id": employee_id, "status": status.status.value,
        "reason_id": status.reason_id, "reason_text": status.reason_text,
        "justified": status.justified, "note": status.note, "vneid_login": False,
        "vneid_login_date": None, "dvcqg_used": False, "dvcqg_date": None,
        "effective_date": effective, "recorded_at": now, "recorded_by": user,
        "source": "import", "batch_id": batch,
    }


def _jsonable(d: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in d.items()}


def _from_json(d: dict) -> dict:
    out = dict(d)
    for k in ("birth_date", "effective_date"):
        if out.get(k):
            out[k] = dt.date.fromisoformat(out[k])
    return out


def _versions(s: Session, ids: list[int]) -> dict[int, int]:
    e = Employee.__table__
    out: dict[int, int] = {}
    for i in range(0, len(ids), 900):
        part = ids[i:i + 900]
        out.update(dict(s.execute(sa.select(e.c.id, e.c.version).where(e.c.id.in_(part))).all()))
    return out


# ---------------------------------------------------------------- undo / redo

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
            out.append((action, _unpack(data)))
    return out


#: what an undo/redo needs that is personal data (names, birth dates, CCCD numbers)
_PRIVATE_KEYS = ("added_rows", "updated_rows", "status_rows")


def _pack(detail: dict) -> dict:
    """The audit event's detail: counts and ids readable, the personal data an undo/redo
    needs compressed into one opaque ``undo`` field, so that the audit trail (listed by
    the ``audit`` command and the window) shows no names and stays short."""
    private = {k: detail[k] for k in _PRIVATE_KEYS if k in detail}
    public = {k: v for k, v in detail.items() if k not in _PRIVATE_KEYS}
    raw = json.dumps(private, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    public["undo"] = base64.b64encode(zlib.compress(raw, 6)).decode("ascii")
    return public


def _unpack(detail: dict) -> dict:
    blob = detail.get("undo")
    if not blob:
        return detail
    private = json.loads(zlib.decompress(base64.b64decode(blob)).decode("utf-8"))
    return {k: v for k, v in detail.items() if k != "undo"} | private


def _conflict() -> ConflictError:
    return ConflictError(
        "Không hoàn tác được lần nhập này: một số nhân viên trong đó đã được sửa sau khi nhập. "
        "Danh sách không thay đổi gì"
    )


def revert_import(db: Database, batch_id: str) -> int:
    """Undo an import: remove its status changes, delete the employees it added, restore
    the fields it updated. All or nothing; refuses (ConflictError) when someone changed
    those employees since. Returns the number of employees touched."""
    e, sc = Employee.__table__, StatusChange.__table__
    with db.write() as s:
        events = _events(s, batch_id)
        if not events:
            raise InputError("Không tìm thấy lần nhập này trong nhật ký")
        last_action, detail = events[-1]
        if last_action == ACTION_UNDONE:
            raise InputError("Lần nhập này đã được hoàn tác rồi")
        versions = {int(k): v for k, v in detail["versions"].items()}
        current = _versions(s, list(versions))
        if current != versions:
            raise _conflict()
        s.execute(sa.delete(sc).where(sc.c.batch_id == batch_id))
        added = [int(i) for i in detail["added_ids"]]
        for i in range(0, len(added), 900):
            part = added[i:i + 900]
            left = s.scalar(sa.select(sa.func.count()).select_from(sc).where(sc.c.employee_id.in_(part)))
            if left:
                raise _conflict()
            s.execute(sa.delete(e).where(e.c.id.in_(part)))
        now = _now()
        restore = (
            sa.update(e).where(e.c.id == sa.bindparam("b_id"))
            .values({name: sa.bindparam(f"b_{name}") for name in _EMP_COLUMNS}
                    | {"version": e.c.version + 1})
        )
        updated = detail["updated_rows"]
        touched_ids = {int(k) for k in versions} - set(added)
        if updated:
            s.execute(restore, [
                {f"b_{k}": v for k, v in _employee_row(
                    _from_json(u["old"]), ensure_department_in(s, u["old"]["department"]).id,
                    now).items()} | {"b_id": u["id"]}
                for u in updated
            ])
        status_only = touched_ids - {u["id"] for u in updated}
        if status_only:
            s.execute(sa.update(e).where(e.c.id.in_(status_only))
                      .values(updated_at=now, version=e.c.version + 1))
        for dept in detail.get("departments_created", []):
            # a department the import made goes with it, unless someone uses it now
            if not s.scalar(sa.select(sa.func.count()).select_from(e)
                            .where(e.c.department_id == dept)):
                s.execute(sa.delete(Department.__table__).where(Department.__table__.c.id == dept))
        after = _versions(s, sorted(touched_ids))
        record_event(s, ACTION_UNDONE, "batch", None, {
            "batch": batch_id, "file": detail.get("file"), "removed": len(added),
            "restored": len(updated), "versions": {str(k): v for k, v in after.items()},
        })
        return len(versions)


def reapply_import(db: Database, batch_id: str) -> int:
    """Redo an import that was undone: the same employees, fields and status changes (with
    the same batch id). All or nothing; ConflictError when the employees changed since."""
    e, sc = Employee.__table__, StatusChange.__table__
    with db.write() as s:
        events = _events(s, batch_id)
        if not events or events[-1][0] != ACTION_UNDONE:
            raise InputError("Lần nhập này chưa được hoàn tác nên không làm lại được")
        undo = events[-1][1]
        detail = next(d for a, d in reversed(events) if a in (ACTION_IMPORT, ACTION_REDONE))
        expected = {int(k): v for k, v in undo["versions"].items()}
        if _versions(s, list(expected)) != expected:
            raise _conflict()
        now = _now()
        known_depts = set(s.scalars(sa.select(Department.id)))
        id_map: dict[int, int] = {}
        for row in detail["added_rows"]:
            fields = _from_json(row)
            if fields.get("id_number") and s.scalar(
                    sa.select(e.c.id).where(e.c.id_number == fields["id_number"])) is not None:
                raise ConflictError("Không làm lại được lần nhập: một số CCCD trong đó đã được "
                                     "dùng cho người khác sau khi hoàn tác")
            values = _employee_row(fields, ensure_department_in(s, fields["department"]).id, now)
            values |= {"created_at": now, "version": 1}
            if s.get(Employee, row["id"]) is None:
                values["id"] = row["id"]
            new_id = s.execute(sa.insert(e).returning(e.c.id), values).scalar_one()
            id_map[row["id"]] = new_id
        update = (
            sa.update(e).where(e.c.id == sa.bindparam("b_id"))
            .values({name: sa.bindparam(f"b_{name}") for name in _EMP_COLUMNS}
                    | {"version": e.c.version + 1})
        )
        if detail["updated_rows"]:
            s.execute(update, [
                {f"b_{k}": v for k, v in _employee_row(
                    _from_json(u["new"]), ensure_department_in(s, u["new"]["department"]).id,
                    now).items()} | {"b_id": u["id"]}
                for u in detail["updated_rows"]
            ])
        user = current_user()
        rows = []
        effective = dt.date.fromisoformat(detail["effective_date"])
        for values in detail["status_rows"]:
            st = dict(zip(_STATUS_KEYS, values, strict=True))
            emp_id = id_map.get(st["employee_id"], st["employee_id"])
            rows.append(st | {"employee_id": emp_id, "effective_date": effective,
                              "vneid_login": False, "vneid_login_date": None,
                              "dvcqg_used": False, "dvcqg_date": None, "recorded_at": now,
                              "recorded_by": user, "source": "import", "batch_id": batch_id})
        if rows:
            s.execute(sa.insert(sc), rows)
        updated_ids = {u["id"] for u in detail["updated_rows"]}
        status_only = set(expected) - updated_ids - set(id_map)
        if status_only:
            s.execute(sa.update(e).where(e.c.id.in_(status_only))
                      .values(updated_at=now, version=e.c.version + 1))
        new_detail = dict(detail)
        new_detail["added_ids"] = [id_map[i] for i in detail["added_ids"]]
        new_detail["added_rows"] = [r | {"id": id_map[r["id"]]} for r in detail["added_rows"]]
        new_detail["status_rows"] = [
            [id_map.get(r[0], r[0]), *r[1:]] for r in detail["status_rows"]
        ]
        touched = list(id_map.values()) + sorted(set(expected))
        new_detail["versions"] = {str(k): v for k, v in _versions(s, touched).items()}
        new_detail["departments_created"] = sorted(
            set(s.scalars(sa.select(Department.id))) - known_depts)
        record_event(s, ACTION_REDONE, "batch", None, _pack(new_detail))
        return len(touched)
