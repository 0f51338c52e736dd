"""Reconciling the roster with an outside list (the unit's HR master file, the police's
list of who is activated, a department's list): who is only in the roster, who is only
in the file, and who is in both but differs (name spelling, birth date, status, number,
department, employment).

The file is read the importer's way (:func:`~eidroster.services.importer.load_table`,
``parse_rows``: header found under titles, Excel damage repaired, legacy encodings); rows
are matched by số định danh, then by accent-free name and birth date. Nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from eidroster.domain.errors import InputError
from eidroster.domain.statuses import STATUS_LABEL_VI, Bucket, Status, bucket_of
from eidroster.domain.text import fold, format_date, join_name
from eidroster.services.database import Database
from eidroster.services.departments import department_key
from eidroster.services.importer import Field, RowIssue, load_table
from eidroster.services.importer.parse import ParsedRow
from eidroster.services.importer.row_parse import parse_rows
from eidroster.services.importer.state import load_catalogue
from eidroster.services.importer.values import ReasonMatcher
from eidroster.services.roster import RosterRow, list_roster

ONLY_IN_ROSTER, ONLY_IN_FILE, DIFFERENT = "only_in_roster", "only_in_file", "different"
#: the fields a difference can be about, as the report names them
FIELD_LABEL = {"name": "Họ tên", "birth_date": "Ngày sinh", "status": "Tình trạng",
               "id_number": "Số định danh", "department": "Khoa/phòng",
               "employment": "Đang làm việc"}


@dataclass(frozen=True, slots=True)
class FileRow:
    """What one row of the file says (the file's own values)."""

    row: int
    name: str
    birth_date: dt.date | None
    birth_year_only: bool
    gender: str | None
    id_number: str | None
    status: Status | None
    department: str


@dataclass(frozen=True, slots=True)
class Difference:
    field: str
    in_file: str
    in_roster: str


@dataclass(frozen=True)
class Entry:
    kind: str
    file: FileRow | None
    person: RosterRow | None
    matched_by: str | None = None  # "id_number" or "name_birth"
    differences: tuple[Difference, ...] = ()

    @property
    def row(self) -> int | None:
        return self.file.row if self.file else None

    @property
    def employee_id(self) -> int | None:
        return self.person.id if self.person else None

    def as_dict(self) -> dict:
        """The --json entry: the row, the employee id, and of personal data only what the
        file itself holds."""
        out: dict = {"row": self.row, "employee_id": self.employee_id}
        if self.kind == DIFFERENT:
            out["matched_by"] = self.matched_by
            out["fields"] = [d.field for d in self.differences]
            out["file_values"] = {d.field: d.in_file for d in self.differences
                                  if d.field not in ("employment",)}
        return out


@dataclass
class Reconciliation:
    path: Path
    sheet: str
    as_of: dt.date
    department: str | None
    only_in_roster: list[Entry] = field(default_factory=list)
    only_in_file: list[Entry] = field(default_factory=list)
    different: list[Entry] = field(default_factory=list)
    same: int = 0
    problems: list[RowIssue] = field(default_factory=list)
    columns: tuple[str, ...] = ()  # what the file has: "name", "birth_date", "status"…

    @property
    def entries(self) -> list[Entry]:
        return self.different + self.only_in_file + self.only_in_roster

    def as_dict(self) -> dict:
        return {
            ONLY_IN_ROSTER: [e.as_dict() for e in self.only_in_roster],
            ONLY_IN_FILE: [e.as_dict() for e in self.only_in_file],
            DIFFERENT: [e.as_dict() for e in self.different],
            "same": self.same,
            "problems": [p.as_dict() for p in self.problems],
            "as_of": self.as_of.isoformat(),
            "department": self.department,
        }


def reconcile(db: Database, path: str | os.PathLike[str], sheet: str | None = None, *,
              department: str | None = None, as_of: dt.date | None = None,
              today: dt.date | None = None) -> Reconciliation:
    """Compare the roster on ``as_of`` (today) — one department's people when
    ``department`` is given — with the list in ``path``."""
    today = today or dt.date.today()
    as_of = as_of or today
    loaded = load_table(path, sheet)  # InputError: the file is refused
    layout = loaded.layout
    with db.read() as s:
        catalogue = load_catalogue(s)
        scope = None
        if department:
            from eidroster.services.departments import find_department_in

            found = find_department_in(s, department)
            if found is None:
                raise InputError(f"Không có khoa/phòng «{department[:80]}» trong danh mục")
            scope = found.id
    parsed = parse_rows(loaded, ReasonMatcher(catalogue), today)
    people = list_roster(db, as_of)
    result = Reconciliation(loaded.path, layout.sheet_name, as_of,
                            department and next((p.department for p in people
                                                 if p.department_id == scope), department),
                            columns=_columns(layout))
    in_scope = {p.id for p in people if p.active_on(as_of)
                and (scope is None or p.department_id == scope)}
    by_number = {p.id_number: p for p in people if p.id_number}
    by_name: dict[tuple[str, dt.date | None], list[RosterRow]] = defaultdict(list)
    for p in people:
        by_name[(fold(p.full_name), p.birth_date)].append(p)
    matched: set[int] = set()
    for p in parsed:
        if not (p.id or p.ten):
            result.problems.extend(p.problems or [RowIssue(p.row, "", "Dòng không có số định "
                                                           "danh, không có họ tên")])
            continue
        result.problems.extend(p.problems)
        row = _file_row(p)
        person, how = _match(row, p, by_number, by_name, matched)
        if person is None:
            result.only_in_file.append(Entry(ONLY_IN_FILE, row, None))
            continue
        matched.add(person.id)
        diffs = _differences(row, person, how, as_of, scope)
        if diffs:
            result.different.append(Entry(DIFFERENT, row, person, how, tuple(diffs)))
        else:
            result.same += 1
    result.only_in_roster = [Entry(ONLY_IN_ROSTER, None, p) for p in people
                             if p.id in in_scope and p.id not in matched]
    return result


def _columns(layout) -> tuple[str, ...]:
    has = layout.has
    out = []
    if layout.has_names:
        out.append("name")
    if any(has(f) for f in (Field.BIRTH_DATE, Field.BIRTH_MALE, Field.BIRTH_FEMALE)):
        out.append("birth_date")
    if has(Field.ID_NUMBER):
        out.append("id_number")
    if has(Field.STATUS) or any(has(f) for f in (Field.TICK_NONE, Field.TICK_LEVEL1,
                                                   Field.TICK_LEVEL2)):
        out.append("status")
    if has(Field.DEPARTMENT):
        out.append("department")
    return tuple(out)


def _file_row(p: ParsedRow) -> FileRow:
    return FileRow(p.row, join_name(p.ho, p.dem, p.ten), p.birth_date, p.birth_year_only,
                   p.gender, p.id.value if p.id else None, p.status, p.department)


def _match(row: FileRow, p: ParsedRow, by_number, by_name, matched: set[int]):
    """By number first, then by accent-free name and birth date (one person only)."""
    if row.id_number and row.id_number in by_number:
        person = by_number[row.id_number]
        if person.id not in matched:
            return person, "id_number"
    if p.ten and row.birth_date is not None and not row.birth_year_only:
        same = [x for x in by_name.get((fold(row.name), row.birth_date), ())
                if x.id not in matched]
        if len(same) == 1:
            return same[0], "name_birth"
    return None, None


def _differences(row: FileRow, person: RosterRow, how: str, as_of: dt.date,
                 scope: int | None) -> list[Difference]:
    out = []
    if row.name and row.name != person.full_name:
        out.append(Difference("name", row.name, person.full_name))
    if row.birth_date is not None and person.birth_date != row.birth_date and not (
            row.birth_year_only and person.birth_date
            and person.birth_date.year == row.birth_date.year):
        out.append(Difference("birth_date", _date_text(row), format_date(person.birth_date)))
    if row.id_number and row.id_number != person.id_number and how != "id_number":
        out.append(Difference("id_number", row.id_number, person.id_number or ""))
    if row.status is not None and _status_differs(row.status, person.status):
        out.append(Difference("status", STATUS_LABEL_VI[row.status],
                              STATUS_LABEL_VI[person.status]))
    if row.department and department_key(row.department) != department_key(person.department):
        out.append(Difference("department", row.department, person.department))
    elif scope is not None and person.department_id != scope:
        out.append(Difference("department", "", person.department))
    if not person.active_on(as_of):
        left = format_date(person.leave_date) if person.leave_date else ""
        out.append(Difference("employment", "", f"Đã nghỉ việc từ {left}".strip()))
    return out


def _status_differs(in_file: Status, in_roster: Status) -> bool:
    """Different stages of the report count (a bucket), or a precise stage that is not the
    roster's; a plain "chưa" in the file agrees with any stage before level 1."""
    if bucket_of(in_file) is not bucket_of(in_roster):
        return True
    if bucket_of(in_file) is Bucket.NONE and in_file is not Status.NOT_REGISTERED:
        return in_file is not in_roster
    return False


def _date_text(row: FileRow) -> str:
    if row.birth_date is None:
        return ""
    return str(row.birth_date.year) if row.birth_year_only else format_date(row.birth_date)
