"""The catalogue of departments (Danh mục khoa/phòng): matching a typed name to a
department, renaming, merging spellings, the order of Phụ lục III's rows, aliases.

A department's name is matched accent- and case-insensitively with the common
abbreviations expanded ("K. Nội tổng hợp" = "Khoa Nội tổng hợp", "P." = Phòng), then by the
aliases the unit taught it (an unknown name mapped to a department on import)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eidroster.db.models import (
    Department,
    DepartmentAlias,
    Employee,
    EmploymentEvent,
    ReportExport,
)
from eidroster.domain.errors import InputError
from eidroster.domain.text import clean_text, fold
from eidroster.services.audit import record_event
from eidroster.services.database import Database
from eidroster.services.history import LEAVE

MAX_DEPARTMENT = 200

#: abbreviations of a department name's first word
_ABBREVIATIONS = {"k": "khoa", "p": "phong", "bp": "bo phan", "tt": "trung tam",
                  "tr": "tram", "bv": "benh vien", "ph": "phong"}
_PUNCTUATION = re.compile(r"[.,;:\-–—_/\\()\[\]\"'’]+")


def department_key(name: str) -> str:
    """The key two spellings of one department share: "K. Nội tổng hợp",
    "Khoa Noi tong hop" and "KHOA NỘI TỔNG HỢP" all give "khoa noi tong hop"."""
    words = _PUNCTUATION.sub(" ", fold(name)).split()
    if words and words[0] in _ABBREVIATIONS:
        words[0:1] = _ABBREVIATIONS[words[0]].split()
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class DepartmentMatch:
    id: int
    name: str
    how: str  # "exact", "spelling" (same key), "alias"


def find_department_in(session: Session, name: str) -> DepartmentMatch | None:
    """The existing department a typed name stands for, or None (a new department)."""
    name = clean_text(name)
    if not name:
        return None
    d = Department.__table__
    exact = session.execute(select(d.c.id, d.c.name).where(d.c.name == name)).first()
    if exact is not None:
        return DepartmentMatch(exact.id, exact.name, "exact")
    key = department_key(name)
    for dept_id, dept_name in session.execute(
            select(d.c.id, d.c.name).order_by(d.c.position, d.c.id)):
        if department_key(dept_name) == key:
            return DepartmentMatch(dept_id, dept_name, "spelling")
    alias = session.execute(
        select(d.c.id, d.c.name).join(DepartmentAlias.__table__,
                                      DepartmentAlias.__table__.c.department_id == d.c.id)
        .where(DepartmentAlias.__table__.c.key == key)).first()
    if alias is not None:
        return DepartmentMatch(alias.id, alias.name, "alias")
    return None


def ensure_department_in(session: Session, name: str) -> Department:
    """The department a name stands for, created (last in the unit's order) when new."""
    name = clean_text(name)
    if not name:
        raise InputError("Tên khoa/phòng trống")
    if len(name) > MAX_DEPARTMENT:
        raise InputError(f"Tên khoa/phòng quá dài (tối đa {MAX_DEPARTMENT} ký tự)")
    found = find_department_in(session, name)
    if found is not None:
        return session.get(Department, found.id)  # type: ignore[return-value]
    position = (session.scalar(select(func.max(Department.position))) or 0) + 1
    dept = Department(name=name, position=position, active=True, created_on=dt.date.today())
    session.add(dept)
    session.flush()
    return dept


def remember_alias_in(session: Session, spelling: str, department_id: int) -> None:
    """Teach the catalogue that ``spelling`` means this department (from now on)."""
    key = department_key(spelling)
    if not key:
        return
    a = DepartmentAlias.__table__
    existing = session.execute(select(a.c.id).where(a.c.key == key)).first()
    if existing is None:
        session.execute(sa.insert(a).values(key=key, department_id=department_id))
    else:
        session.execute(sa.update(a).where(a.c.id == existing.id)
                        .values(department_id=department_id))


def remember_aliases(db: Database, mapping: dict[str, str]) -> int:
    """Teach the catalogue the spellings the user mapped on an import (typed name ->
    existing department): later imports recognise them by themselves. Returns how many
    were remembered (a mapping to a department that no longer exists is skipped)."""
    remembered = 0
    with db.write() as s:
        for typed, name in mapping.items():
            target = find_department_in(s, name)
            if target is None or department_key(typed) == department_key(target.name):
                continue
            remember_alias_in(s, typed, target.id)
            remembered += 1
        if remembered:
            record_event(s, "department_aliases_added", "department", None,
                         {"aliases": {k: v for k, v in mapping.items()}})
    return remembered


# ---------------------------------------------------------------- the catalogue window

@dataclass(frozen=True, slots=True)
class DepartmentRow:
    id: int
    name: str
    position: int
    people: int  # working there now
    ever: int  # people with any employment event there (history included)
    aliases: tuple[str, ...]


def catalogue(db: Database) -> list[DepartmentRow]:
    """Every department in the unit's order, with how many people work there now."""
    d, e = Department.__table__, Employee.__table__
    ev, a = EmploymentEvent.__table__, DepartmentAlias.__table__
    today = dt.date.today()
    with db.read() as s:
        now = dict(s.execute(
            select(e.c.department_id, func.count()).where(
                sa.or_(e.c.start_date.is_(None), e.c.start_date <= today),
                sa.or_(e.c.leave_date.is_(None), e.c.leave_date > today))
            .group_by(e.c.department_id)).all())
        ever = dict(s.execute(select(ev.c.department_id, func.count(sa.distinct(ev.c.employee_id)))
                              .group_by(ev.c.department_id)).all())
        aliases: dict[int, list[str]] = {}
        for dept_id, key in s.execute(select(a.c.department_id, a.c.key).order_by(a.c.key)):
            aliases.setdefault(dept_id, []).append(key)
        rows = s.execute(select(d.c.id, d.c.name, d.c.position).order_by(d.c.position, d.c.id))
        return [DepartmentRow(i, n, p, int(now.get(i, 0)), int(ever.get(i, 0)),
                              tuple(aliases.get(i, ()))) for i, n, p in rows]


def rename_department(db: Database, department_id: int, new_name: str) -> None:
    """Rename (the same department: every report, past ones included, shows the new name;
    the old spelling stays known for imports)."""
    new_name = clean_text(new_name)
    if not new_name:
        raise InputError("Tên khoa/phòng trống")
    if len(new_name) > MAX_DEPARTMENT:
        raise InputError(f"Tên khoa/phòng quá dài (tối đa {MAX_DEPARTMENT} ký tự)")
    with db.write() as s:
        dept = s.get(Department, department_id)
        if dept is None:
            raise InputError("Không tìm thấy khoa/phòng này (có thể vừa bị gộp hoặc xóa)")
        if dept.name == new_name:
            return
        key = department_key(new_name)
        for other in s.scalars(select(Department).where(Department.id != department_id)):
            if other.name == new_name or department_key(other.name) == key:
                raise InputError(
                    f"Đã có khoa/phòng «{other.name}»; nếu là cùng một nơi, hãy dùng «Gộp»")
        old = dept.name
        if department_key(old) != key:
            remember_alias_in(s, old, department_id)
        dept.name = new_name
        record_event(s, "department_renamed", "department", department_id,
                     {"old": old, "new": new_name})


def reorder_departments(db: Database, ordered_ids: list[int]) -> None:
    """The order of Phụ lục III's rows (and of every list of departments)."""
    with db.write() as s:
        known = set(s.scalars(select(Department.id)))
        if set(ordered_ids) != known or len(ordered_ids) != len(known):
            raise InputError("Danh mục khoa/phòng vừa thay đổi; hãy mở lại danh mục")
        d = Department.__table__
        s.execute(sa.update(d).where(d.c.id == sa.bindparam("b_id"))
                  .values(position=sa.bindparam("b_pos")),
                  [{"b_id": i, "b_pos": pos} for pos, i in enumerate(ordered_ids, start=1)])
        record_event(s, "departments_reordered", "department", None,
                     {"count": len(ordered_ids)})


@dataclass(frozen=True, slots=True)
class MergeImpact:
    people: int  # people whose history names one of the merged departments
    reported_dates: tuple[dt.date, ...]  # registered reports whose rows will change


def merge_impact(db: Database, source_ids: list[int], target_id: int) -> MergeImpact:
    """What merging ``source_ids`` into ``target_id`` changes: the people concerned and
    the reports already sent (register) whose per-department rows will read differently."""
    ev, r = EmploymentEvent.__table__, ReportExport.__table__
    with db.read() as s:
        people = s.scalar(select(func.count(sa.distinct(ev.c.employee_id)))
                          .where(ev.c.department_id.in_(source_ids))) or 0
        dates = sorted(set(s.scalars(select(r.c.as_of))))
        touched = []
        for day in dates:
            if _members_on(s, source_ids, day):
                touched.append(day)
    return MergeImpact(int(people), tuple(touched))


def _members_on(s: Session, dept_ids: list[int], day: dt.date) -> bool:
    from eidroster.services.history import employment_join

    e = Employee.__table__
    ev, on = employment_join(e, day)
    return bool(s.scalar(select(func.count()).select_from(e).join(ev, on)
                         .where(ev.c.kind != LEAVE, ev.c.department_id.in_(dept_ids))))


def merge_departments(db: Database, source_ids: list[int], target_id: int) -> int:
    """Merge other spellings into one department (typo clean-up): every person and every
    event of ``source_ids`` moves to ``target_id``, their names become aliases, the
    sources are removed. Past reports then show one row. Returns the people moved."""
    source_ids = [i for i in dict.fromkeys(source_ids) if i != target_id]
    if not source_ids:
        raise InputError("Hãy chọn ít nhất một khoa/phòng khác để gộp vào")
    e, ev, a = Employee.__table__, EmploymentEvent.__table__, DepartmentAlias.__table__
    with db.write() as s:
        target = s.get(Department, target_id)
        sources = list(s.scalars(select(Department).where(Department.id.in_(source_ids))))
        if target is None or len(sources) != len(source_ids):
            raise InputError("Không tìm thấy khoa/phòng cần gộp (có thể vừa bị người khác gộp)")
        moved_ids = list(s.scalars(select(e.c.id).where(e.c.department_id.in_(source_ids))))
        s.execute(sa.update(ev).where(ev.c.department_id.in_(source_ids))
                  .values(department_id=target_id))
        s.execute(sa.update(e).where(e.c.department_id.in_(source_ids))
                  .values(department_id=target_id, version=e.c.version + 1))
        s.execute(sa.update(a).where(a.c.department_id.in_(source_ids))
                  .values(department_id=target_id))
        names = [src.name for src in sources]
        for src in sources:
            s.delete(src)
        s.flush()
        for name in names:
            if department_key(name) != department_key(target.name):
                remember_alias_in(s, name, target_id)
        # two consecutive events in the same department now: harmless (a move to where
        # the person already is changes nothing in any report)
        record_event(s, "departments_merged", "department", target_id,
                     {"into": target.name, "merged": names, "people": len(moved_ids)})
        return len(moved_ids)
