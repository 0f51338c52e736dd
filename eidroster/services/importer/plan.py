"""The merge plan: what each parsed row will do to the database (add, update, leave,
reject), computed against the database's current content in the caller's session."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import Department, Employee, Reason
from eidroster.domain.cccd import IdKind, IdNumber, cccd_problems
from eidroster.domain.employee import EmployeeInput, check_employee
from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.domain.text import fold
from eidroster.services.importer.fields import Field
from eidroster.services.importer.parse import NO_DEPARTMENT, LoadedTable, ParsedRow, RowIssue
from eidroster.services.importer.table import describe_column
from eidroster.services.importer.values import CatalogueReason
from eidroster.services.roster import latest_change_join

ADD, UPDATE, UNCHANGED, REJECT = "add", "update", "unchanged", "reject"


@functools.lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def name_key(ho: str, dem: str, ten: str) -> str:
    """``fold(join_name(ho, dem, ten))`` (the employees' search key) word by word, cached:
    names are already clean, so folding each word gives the same key."""
    return " ".join(_fold_word(w) for part in (ho, dem, ten) if part for w in part.split(" "))

#: stored employee fields an import may set
EMPLOYEE_FIELDS = ("ho", "dem", "ten", "birth_date", "gender", "id_number", "id_kind", "title",
                   "department")


@dataclass
class Existing:
    id: int
    ho: str
    dem: str
    ten: str
    birth_date: dt.date | None
    gender: str | None
    id_number: str | None
    id_kind: str | None
    title: str
    department: str
    start_date: dt.date | None
    leave_date: dt.date | None
    version: int
    search_key: str
    status: str | None
    reason_id: int | None
    reason_text: str | None
    justified: bool
    note: str

    def fields(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in EMPLOYEE_FIELDS}


@dataclass(frozen=True, slots=True)
class StatusPlan:
    status: Status
    reason_id: int | None
    reason_text: str | None
    justified: bool
    note: str


@dataclass
class RowPlan:
    parsed: ParsedRow
    action: str
    employee_id: int | None = None
    #: the stored fields after the import (all of them, for an add or an update)
    new_fields: dict[str, object] = field(default_factory=dict)
    old_fields: dict[str, object] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    status: StatusPlan | None = None

    @property
    def row(self) -> int:
        return self.parsed.row


@dataclass
class ImportPlan:
    loaded: LoadedTable
    rows: list[RowPlan]
    warnings: list[RowIssue]
    new_reasons: list[str]  # reasons not in the catalogue, offered for adding
    effective_date: dt.date

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def rejected(self) -> list[RowIssue]:
        return [issue for r in self.rows if r.action == REJECT for issue in r.parsed.problems]

    @property
    def all_warnings(self) -> list[RowIssue]:
        out = list(self.warnings)
        for r in self.rows:
            if r.action != REJECT:
                out.extend(r.parsed.warnings)
        return out


# ---------------------------------------------------------------- state

def load_catalogue(session: Session) -> list[CatalogueReason]:
    return [CatalogueReason(r.id, r.label, r.justified)
            for r in session.scalars(sa.select(Reason).order_by(Reason.position, Reason.id))]


def load_existing(session: Session) -> list[Existing]:
    e, d = Employee.__table__, Department.__table__
    latest, onclause = latest_change_join(e, None)
    q = (
        sa.select(
            e.c.id, e.c.ho, e.c.dem, e.c.ten, e.c.birth_date, e.c.gender, e.c.id_number,
            e.c.id_kind, e.c.title, d.c.name, e.c.start_date, e.c.leave_date, e.c.version,
            e.c.search_key, latest.c.status, latest.c.reason_id, latest.c.reason_text,
            latest.c.justified, latest.c.note,
        )
        .join(d, d.c.id == e.c.department_id)
        .outerjoin(latest, onclause)
    )
    return [
        Existing(x[0], x[1] or "", x[2] or "", x[3] or "", x[4], x[5], x[6], x[7], x[8] or "",
                 x[9], x[10], x[11], x[12], x[13] or "", x[14], x[15], x[16], bool(x[17]),
                 x[18] or "")
        for x in session.execute(q)
    ]


# ---------------------------------------------------------------- planning

def build_plan(
    session: Session,
    loaded: LoadedTable,
    parsed: list[ParsedRow],
    effective_date: dt.date,
    catalogue: list[CatalogueReason],
    today: dt.date | None = None,
) -> ImportPlan:
    layout = loaded.layout
    existing = load_existing(session)
    by_id: dict[str, Existing] = {x.id_number: x for x in existing if x.id_number}
    by_name: dict[str, list[Existing]] = defaultdict(list)
    for x in existing:
        by_name[x.search_key].append(x)
    justified_of = {r.id: r.justified for r in catalogue}

    def col(f: Field) -> str:
        return describe_column(layout, f) if layout.has(f) else ""

    name_col = col(Field.FULL_NAME) or col(Field.TEN)
    # the same CCCD twice in the file: an error for every row that has it
    seen_ids: dict[str, list[ParsedRow]] = defaultdict(list)
    seen_names: dict[tuple[str, dt.date | None], list[ParsedRow]] = defaultdict(list)
    for p in parsed:
        if p.id is not None:
            seen_ids[p.id.value].append(p)
        elif p.ten and p.birth_date is not None:
            seen_names[(name_key(p.ho, p.dem, p.ten), p.birth_date)].append(p)
    for group in seen_ids.values():
        if len(group) > 1:
            for p in group:
                others = ", ".join(str(o.row) for o in group if o is not p)
                p.problems.append(RowIssue(p.row, col(Field.ID_NUMBER),
                                           f"Số CCCD trùng với dòng {others} trong tệp"))
    for group in seen_names.values():
        if len(group) > 1:
            for p in group:
                others = ", ".join(str(o.row) for o in group if o is not p)
                p.problems.append(RowIssue(p.row, name_col, (
                    f"Trùng họ tên và ngày sinh với dòng {others} trong tệp mà không có số "
                    "CCCD để phân biệt")))

    plans: list[RowPlan] = []
    claimed: dict[int, int] = {}  # employee id -> the file row that matched it
    for p in parsed:
        if not p.ok:
            plans.append(RowPlan(p, REJECT))
            continue
        plan = _plan_row(p, layout, by_id, by_name, justified_of, effective_date, today, col,
                         name_col)
        if plan.employee_id is not None and plan.action != REJECT:
            other = claimed.get(plan.employee_id)
            if other is not None:
                p.problems.append(RowIssue(p.row, name_col or col(Field.ID_NUMBER), (
                    f"Dòng này và dòng {other} là cùng một người trong danh sách")))
                plan = RowPlan(p, REJECT)
            else:
                claimed[plan.employee_id] = p.row
        plans.append(plan)

    new_reasons: dict[str, int] = {}
    for plan in plans:
        if plan.action != REJECT and plan.status and plan.status.reason_text:
            new_reasons[plan.status.reason_text] = new_reasons.get(plan.status.reason_text, 0) + 1
    warnings = list(loaded.warnings)
    for text, n in new_reasons.items():
        warnings.append(RowIssue(None, col(Field.REASON), (
            f"Lý do «{text[:80]}» ({n} dòng) chưa có trong danh mục: đã giữ nguyên văn; "
            "có thể thêm vào danh mục lý do")))
    return ImportPlan(loaded, plans, warnings, list(new_reasons), effective_date)


def _plan_row(p, layout, by_id, by_name, justified_of, effective_date, today, col, name_col
              ) -> RowPlan:
    def reject(column: str, message: str) -> RowPlan:
        p.problems.append(RowIssue(p.row, column, message))
        return RowPlan(p, REJECT)

    match: Existing | None = None
    key = name_key(p.ho, p.dem, p.ten) if p.ten else ""
    if not layout.has_names:
        # a returned list: CCCD + status, updates only
        if p.id is None:
            return reject(col(Field.ID_NUMBER), "Thiếu số CCCD (tệp không có cột họ tên nên "
                          "chỉ cập nhật được theo số CCCD)")
        match = by_id.get(p.id.value)
        if match is None:
            return reject(col(Field.ID_NUMBER), "Không có ai mang số CCCD này trong danh sách; "
                          "tệp không có họ tên nên không thêm người mới được")
    elif p.id is not None:
        match = by_id.get(p.id.value)
        if match is not None and match.search_key != key:
            return reject(col(Field.ID_NUMBER), "Số CCCD này đã có ở một người khác tên trong "
                          "danh sách")
        if match is None:
            namesakes = [x for x in by_name.get(key, ())
                         if p.birth_date is None or x.birth_date in (None, p.birth_date)]
            same = [x for x in namesakes if not x.id_number]
            if len(same) == 1:
                match = same[0]
            elif namesakes and p.birth_date is not None:
                p.warnings.append(RowIssue(p.row, col(Field.ID_NUMBER), (
                    "Trùng họ tên và ngày sinh với người đã có trong danh sách nhưng khác số "
                    "CCCD: đã coi là một người khác; nếu là cùng một người, hãy kiểm tra lại "
                    "số CCCD")))
    else:
        same = list(by_name.get(key, ()))
        if p.birth_date is not None:
            same = [x for x in same if x.birth_date == p.birth_date
                    or (p.birth_year_only and x.birth_date and x.birth_date.year == p.birth_date.year)]
        if len(same) > 1:
            return reject(name_col, f"Có {len(same)} người trùng họ tên"
                          + (" và ngày sinh" if p.birth_date else "")
                          + " trong danh sách; cần số CCCD để biết là ai")
        if same:
            match = same[0]

    status = _status_plan(p, layout, match, justified_of)
    if match is None:
        dept = p.department
        if not dept:
            dept = NO_DEPARTMENT
            p.warnings.append(RowIssue(p.row, "", f"Không có khoa/phòng: đã xếp vào «{NO_DEPARTMENT}»"))
        new = {
            "ho": p.ho, "dem": p.dem, "ten": p.ten, "birth_date": p.birth_date,
            "gender": p.gender if p.gender is not None else _gender_from_id(p.id),
            "id_number": p.id.value if p.id else None,
            "id_kind": p.id.kind.value if p.id else None, "title": p.title, "department": dept,
        }
        problems = _check(p, new, None, today, col)
        if problems:
            return RowPlan(p, REJECT)
        return RowPlan(p, ADD, None, new, {}, list(EMPLOYEE_FIELDS), status)

    old = match.fields()
    new = dict(old)
    if layout.has_names and p.ten:
        new["ho"], new["dem"], new["ten"] = p.ho, p.dem, p.ten
    if p.birth_date is not None and not (
        p.birth_year_only and match.birth_date and match.birth_date.year == p.birth_date.year
    ):
        new["birth_date"] = p.birth_date
    if p.gender is not None:
        new["gender"] = p.gender
    if p.id is not None:
        new["id_number"], new["id_kind"] = p.id.value, p.id.kind.value
    if p.title:
        new["title"] = p.title
    if p.department and p.department.lower() != (match.department or "").lower():
        new["department"] = p.department
    changed = [f for f in EMPLOYEE_FIELDS if new[f] != old[f]]
    if changed and _check(p, new, match, today, col):
        return RowPlan(p, REJECT)
    if not changed and status is None:
        return RowPlan(p, UNCHANGED, match.id, new, old, [], None)
    return RowPlan(p, UPDATE, match.id, new, old, changed, status)


def _gender_from_id(number: IdNumber | None) -> str | None:
    from eidroster.domain.cccd import gender_of

    return gender_of(number) if number is not None else None


_FIELD_TO_COLUMN = {
    "ho": (Field.FULL_NAME, Field.HO_DEM), "dem": (Field.FULL_NAME, Field.HO_DEM),
    "ten": (Field.FULL_NAME, Field.TEN),
    "birth_date": (Field.BIRTH_DATE, Field.BIRTH_MALE, Field.BIRTH_FEMALE),
    "gender": (Field.GENDER, Field.BIRTH_MALE, Field.BIRTH_FEMALE),
    "id_number": (Field.ID_NUMBER,), "department": (Field.DEPARTMENT,), "title": (Field.TITLE,),
}


def _may_fail(new: dict, match: Existing | None, today: dt.date | None) -> bool:
    """A cheap screen that is true whenever :func:`check_employee` could find a problem
    (so the domain's check, with its exact messages, runs only on suspicious rows)."""
    today = today or dt.date.today()
    for part in (new["ho"], new["dem"], new["ten"]):
        if len(part) > 100 or part[:1] in ("=", "+", "-", "@") or any(ch.isdigit() for ch in part):
            return True
    if not new["ten"] or not new["department"] or len(new["department"]) > 200 \
            or len(new["title"] or "") > 200 or new["gender"] not in (None, "M", "F"):
        return True
    b = new["birth_date"]
    if b is not None and (b > today or b.year < 1900 or today.year - b.year < 15):
        return True
    if match is not None and (match.start_date or match.leave_date):
        return True
    if new["id_number"]:
        number = IdNumber(new["id_number"], IdKind(new["id_kind"]))
        if new["id_kind"] not in ("cccd", "cmnd") or cccd_problems(number, b, new["gender"]):
            return True
    return False


def _check(p: ParsedRow, new: dict, match: Existing | None, today, col) -> bool:
    """The domain's checks on the employee as it will be stored; adds problems to ``p``."""
    if not _may_fail(new, match, today):
        return False
    checked = check_employee(
        EmployeeInput(
            ho=new["ho"], dem=new["dem"], ten=new["ten"], department=new["department"],
            birth_date=new["birth_date"], gender=new["gender"], id_number=new["id_number"],
            title=new["title"],
            start_date=match.start_date if match else None,
            leave_date=match.leave_date if match else None,
        ),
        today,
    )
    for problem in checked.problems:
        column = ""
        for f in _FIELD_TO_COLUMN.get(problem.field, ()):
            column = col(f)
            if column:
                break
        message = problem.message
        if match is not None and not column:
            message += " (theo dữ liệu đã có trong danh sách)"
        p.problems.append(RowIssue(p.row, column, message))
    return bool(checked.problems)


def _status_plan(p: ParsedRow, layout, match: Existing | None, justified_of) -> StatusPlan | None:
    """The status change this row asks for, or None when it asks for none (or for the
    status already recorded)."""
    status = p.status
    reason = p.reason
    if status is None:
        if reason is None and p.justified is None and not (p.note and layout.has(Field.NOTE)):
            return None
        if match is not None and match.status:
            status = Status(match.status)
        else:
            from eidroster.domain.statuses import DEFAULT_STATUS

            status = DEFAULT_STATUS
    level2 = bucket_of(status) is Bucket.LEVEL2
    if level2:
        reason_id, reason_text = None, None
    elif reason is not None:
        reason_id = reason.reason_id
        reason_text = None if reason.reason_id is not None else reason.text
    elif match is not None and match.status and not layout.has(Field.REASON):
        reason_id, reason_text = match.reason_id, match.reason_text  # keep the known reason
    else:
        reason_id, reason_text = None, None
    if level2:
        justified = False
    elif p.justified is not None:
        justified = p.justified
    elif reason_id is not None:
        justified = justified_of.get(reason_id, False)
    elif match is not None and match.status and not layout.has(Field.REASON) \
            and not layout.has(Field.JUSTIFIED):
        justified = match.justified
    else:
        justified = False
    if layout.has(Field.NOTE):
        note = p.note
    else:
        note = match.note if match is not None and match.status else ""
    plan = StatusPlan(status, reason_id, reason_text, justified, note)
    if match is not None and match.status:
        current = StatusPlan(Status(match.status), match.reason_id, match.reason_text or None,
                             match.justified, match.note or "")
        if current == plan:
            return None
    return plan
