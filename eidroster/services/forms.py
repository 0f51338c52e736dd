"""Fill-in forms for the departments (issue 19): one .xlsx per khoa/phòng with its people
working there on the form's date, their status and reason in force that day
(:mod:`eidroster.reports.fill_in_form`), recorded in ``department_forms`` so that a
returned form is known by its token (:mod:`eidroster.services.forms_return`), applied
once, and shown in the forms panel."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import AuditEvent, Department, DepartmentForm, Employee, Reason
from eidroster.domain.cccd import mask
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import DEFAULT_STATUS, STATUS_LABEL_VI, Status
from eidroster.domain.text import join_name, text_sort_key
from eidroster.io.atomic import atomic_path, ensure_folder
from eidroster.reports.fill_in_form import FormRow, FormSheet, write_form
from eidroster.services.audit import record_event
from eidroster.services.bulk import now
from eidroster.services.database import Database, current_user
from eidroster.services.departments import find_department_in
from eidroster.services.history import LEAVE, employment_join, latest_change_join
from eidroster.services.settings import get_settings

ACTION_ISSUED = "forms_issued"


@dataclass(frozen=True, slots=True)
class IssuedForm:
    department: str
    path: Path
    people: int
    token: str


@dataclass(frozen=True, slots=True)
class _Person:
    id: int
    department_id: int
    name: str
    sort_key: str
    birth_date: dt.date | None
    id_number: str | None
    status: Status
    reason: str
    note: str


def _people_on(s: Session, as_of: dt.date) -> list[_Person]:
    """Everyone working on ``as_of``, in the department they were in, with the status,
    reason and note in force that day, in Vietnamese name order."""
    e, r = Employee.__table__, Reason.__table__
    ev, on_ev = employment_join(e, as_of)
    latest, onclause = latest_change_join(e, as_of)
    q = (sa.select(e.c.id, ev.c.department_id, e.c.ho, e.c.dem, e.c.ten, e.c.sort_key,
                   e.c.birth_date, e.c.id_number, latest.c.status, r.c.label,
                   latest.c.reason_text, latest.c.note)
         .select_from(e).join(ev, on_ev).outerjoin(latest, onclause)
         .outerjoin(r, r.c.id == latest.c.reason_id)
         .where(ev.c.kind != LEAVE).order_by(e.c.sort_key, e.c.id))
    return [_Person(i, d, join_name(ho, dem, ten), key, birth, number,
                    Status(status) if status else DEFAULT_STATUS, label or text or "",
                    note or "")
            for i, d, ho, dem, ten, key, birth, number, status, label, text, note
            in s.execute(q)]


def _chosen(s: Session, names: list[str] | None, present: set[int]) -> list[tuple[int, str]]:
    """The departments to issue forms to, in the unit's order: those named (any spelling
    the catalogue knows), else every department with someone working there."""
    rows = s.execute(sa.select(Department.id, Department.name)
                     .order_by(Department.position, Department.id)).all()
    if not names:
        return [(i, n) for i, n in rows if i in present]
    wanted: list[int] = []
    unknown = []
    for name in names:
        found = find_department_in(s, name)
        if found is None:
            unknown.append(name)
        elif found.id not in wanted:
            wanted.append(found.id)
    if unknown:
        raise InputError("Không có khoa/phòng " + ", ".join(f"«{n[:80]}»" for n in unknown)
                         + " trong danh mục")
    return [(i, n) for i, n in rows if i in wanted]


def form_file_name(department: str, as_of: dt.date, n: int = 1) -> str:
    """The form's file name; ``n`` > 1 tells apart departments whose names fold alike."""
    from eidroster.reports.exports import ascii_fold

    stem = ascii_fold(department)[:80] or "khoa-phong"
    return f"Phieu-{stem}{f'-{n}' if n > 1 else ''}-{as_of:%Y-%m-%d}.xlsx"


def issue_forms(db: Database, folder: str | os.PathLike[str], as_of: dt.date | None = None,
                departments: list[str] | None = None,
                today: dt.date | None = None) -> list[IssuedForm]:
    """Write one form per department into ``folder`` and record them. The files appear
    only once their records are committed (all or none)."""
    today = today or dt.date.today()
    as_of = as_of or today
    if as_of > today:
        raise InputError(f"Ngày của phiếu ({as_of:%d/%m/%Y}) ở tương lai")
    out = ensure_folder(folder)
    unit = get_settings(db).get("unit_name", "")
    with db.read() as s:
        people = _people_on(s, as_of)
        present = {p.department_id for p in people}
        chosen = _chosen(s, departments, present)
        reasons = tuple(s.scalars(sa.select(Reason.label).where(Reason.retired.is_(False))
                                  .order_by(Reason.position, Reason.id)))
    if not chosen:
        raise InputError("Không có khoa/phòng nào có người đang làm việc vào ngày "
                         f"{as_of:%d/%m/%Y}")
    statuses = tuple(STATUS_LABEL_VI[st] for st in Status)
    issued: list[IssuedForm] = []
    records: list[dict] = []
    taken: set[str] = set()
    with contextlib.ExitStack() as stack:
        for dept_id, name in chosen:
            members = [p for p in people if p.department_id == dept_id]
            token = secrets.token_hex(5)
            rows = tuple(FormRow(f"{token}-{p.id}", p.name, p.birth_date, mask(p.id_number),
                                 STATUS_LABEL_VI[p.status], p.reason, p.note) for p in members)
            # never over a file already there (a form returned and saved back into the
            # folder, not imported yet), nor over another department's whose name folds alike
            n = 1
            while ((target := out / form_file_name(name, as_of, n)).name.casefold() in taken
                   or os.path.lexists(target)):
                n += 1
            taken.add(target.name.casefold())
            tmp = stack.enter_context(atomic_path(target))
            write_form(tmp, FormSheet(unit, name, as_of, token, rows, statuses, reasons))
            issued.append(IssuedForm(name, target, len(rows), token))
            records.append({"token": token, "department_id": dept_id, "as_of": as_of,
                            "file": target.name, "people": len(rows),
                            "employee_ids": ",".join(str(p.id) for p in members)})
        when, user = now(), current_user()
        with db.write() as s:
            s.execute(sa.insert(DepartmentForm.__table__),
                      [r | {"issued_at": when, "issued_by": user} for r in records])
            record_event(s, ACTION_ISSUED, "department_form", None, {
                "as_of": as_of.isoformat(), "forms": len(records),
                "people": sum(r["people"] for r in records)})
    return issued


# ---------------------------------------------------------------- the panel

@dataclass(frozen=True, slots=True)
class FormState:
    id: int
    department: str
    as_of: dt.date
    issued_at: dt.datetime
    people: int
    file: str
    returned_at: dt.datetime | None
    returned_file: str | None
    batch_id: str | None
    undone: bool  # its import was undone: the form counts as not returned

    @property
    def returned(self) -> bool:
        return self.returned_at is not None and not self.undone


def batch_undone_in(s: Session, batch_ids: list[str]) -> set[str]:
    """The import batches among ``batch_ids`` whose latest audit step is an undo."""
    from eidroster.services.importer.apply import ACTION_IMPORT
    from eidroster.services.importer.undo import ACTION_REDONE, ACTION_UNDONE

    wanted = set(batch_ids)
    if not wanted:
        return set()
    last: dict[str, str] = {}
    q = (sa.select(AuditEvent.action, AuditEvent.detail)
         .where(AuditEvent.action.in_((ACTION_IMPORT, ACTION_UNDONE, ACTION_REDONE)))
         .order_by(AuditEvent.id))
    for action, detail in s.execute(q):
        try:
            batch = json.loads(detail or "{}").get("batch")
        except ValueError:
            continue
        if batch in wanted:
            last[batch] = action
    return {b for b, action in last.items() if action == ACTION_UNDONE}


def list_forms(db: Database) -> list[FormState]:
    """Every form issued, newest date first, then in the unit's order of departments."""
    f, d = DepartmentForm.__table__, Department.__table__
    q = (sa.select(f.c.id, d.c.name, f.c.as_of, f.c.issued_at, f.c.people, f.c.file,
                   f.c.returned_at, f.c.returned_file, f.c.batch_id, d.c.position)
         .join(d, d.c.id == f.c.department_id))
    with db.read() as s:
        rows = s.execute(q).all()
        undone = batch_undone_in(s, [r.batch_id for r in rows if r.batch_id])
    rows.sort(key=lambda r: (-r.as_of.toordinal(), r.position, text_sort_key(r.name), -r.id))
    return [FormState(r.id, r.name, r.as_of, r.issued_at, r.people, r.file, r.returned_at,
                      r.returned_file, r.batch_id, r.batch_id in undone) for r in rows]
