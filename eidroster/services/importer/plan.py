"""The merge plan: what each parsed row will do to the database (add, update, leave
unchanged, reject, skip), computed against the database in the caller's session.

Every row has a date: its own date column ("Ngày kích hoạt", "Ngày hiệu lực") or the
import's date (the file's "Tính đến ngày …", else today). A row is compared with what was in
force on that date — status, department, employment — and goes into the history at that
date: an older list never overrides a later recorded change, and a step back (e.g. mức 2 →
chưa đăng ký) is skipped unless the user confirms it."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import Department
from eidroster.domain.statuses import STATUS_LABEL_VI, is_downgrade
from eidroster.domain.text import fold, format_date
from eidroster.services.departments import department_key, find_department_in
from eidroster.services.importer.fields import Field
from eidroster.services.importer.parse import (
    NO_DEPARTMENT,
    REPAIR,
    LoadedTable,
    ParsedRow,
    RowIssue,
)
from eidroster.services.importer.rows import (
    ADD,
    REJECT,
    SKIP,
    UNCHANGED,
    UPDATE,
    EventPlan,
    RowPlan,
    describe_changes,
    match_row,
    personal_update,
    status_plan,
)
from eidroster.services.importer.state import (
    EMPLOYEE_FIELDS,
    Existing,
    load_existing,
    load_history,
)
from eidroster.services.importer.table import describe_column
from eidroster.services.importer.values import CatalogueReason

__all__ = ["ADD", "EMPLOYEE_FIELDS", "REJECT", "SKIP", "UNCHANGED", "UPDATE", "ImportPlan",
           "RowPlan", "build_plan", "name_key"]


@functools.lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def name_key(ho: str, dem: str, ten: str) -> str:
    """``fold(join_name(ho, dem, ten))`` (the employees' search key) word by word, cached:
    names are already clean, so folding each word gives the same key."""
    return " ".join(_fold_word(w) for part in (ho, dem, ten) if part for w in part.split(" "))


@dataclass
class ImportPlan:
    loaded: LoadedTable
    rows: list[RowPlan]
    warnings: list[RowIssue]
    new_reasons: list[str]  # reasons not in the catalogue, offered for adding
    effective_date: dt.date  # the import's date (rows without a date of their own)
    as_of_source: str = "today"  # "title" (the file says it), "option" (the user), "today"
    #: departments the file names that the catalogue does not know: name -> rows
    new_departments: dict[str, int] = field(default_factory=dict)
    allow_downgrade: bool = False

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def rejected(self) -> list[RowIssue]:
        return [issue for r in self.rows if r.action == REJECT for issue in r.parsed.problems]

    @property
    def skipped(self) -> list[RowIssue]:
        return [r.skip_reason for r in self.rows if r.action == SKIP and r.skip_reason]

    @property
    def all_warnings(self) -> list[RowIssue]:
        out = list(self.warnings)
        for r in self.rows:
            if r.action not in (REJECT, SKIP):
                out.extend(r.parsed.warnings)
        return out

    @property
    def repairs(self) -> list[RowIssue]:
        return [w for w in self.all_warnings if w.kind == REPAIR]


class _Departments:
    """A typed department name -> the catalogue's (name, id), or (name, None) when new.
    ``mapping`` (typed name -> catalogue name) is the user's choice for unknown names."""

    def __init__(self, session: Session, mapping: dict[str, str] | None) -> None:
        self.session = session
        self.mapping = {department_key(k): v for k, v in (mapping or {}).items()}
        self.cache: dict[str, tuple[str, int | None]] = {}
        self.new: dict[str, int] = {}

    def resolve(self, name: str) -> tuple[str, int | None]:
        hit = self.cache.get(name)
        if hit is None:
            target = self.mapping.get(department_key(name), name)
            found = find_department_in(self.session, target)
            hit = self.cache[name] = (found.name, found.id) if found else (target, None)
        if hit[1] is None:
            self.new[hit[0]] = self.new.get(hit[0], 0) + 1
        return hit


def build_plan(
    session: Session,
    loaded: LoadedTable,
    parsed: list[ParsedRow],
    effective_date: dt.date,
    catalogue: list[CatalogueReason],
    today: dt.date | None = None,
    *,
    allow_downgrade: bool = False,
    department_map: dict[str, str] | None = None,
    as_of_source: str = "today",
) -> ImportPlan:
    today = today or dt.date.today()
    layout = loaded.layout
    existing = load_existing(session)
    by_id: dict[str, Existing] = {x.id_number: x for x in existing if x.id_number}
    by_key: dict[int, Existing] = {x.id: x for x in existing}
    by_name: dict[str, list[Existing]] = defaultdict(list)
    for x in existing:
        by_name[x.search_key].append(x)
    justified_of = {r.id: r.justified for r in catalogue}
    departments = _Departments(session, department_map)

    def col(f: Field) -> str:
        return describe_column(layout, f) if layout.has(f) else ""

    name_col = col(Field.FULL_NAME) or col(Field.TEN)
    _flag_duplicates(parsed, col, name_col)

    # first pass: who each row is, and its date
    matched: list[tuple[ParsedRow, Existing | None, dt.date]] = []
    claimed: dict[int, int] = {}  # employee id -> the file row that matched it
    for p in parsed:
        day = p.row_date or effective_date
        if not p.ok:
            matched.append((p, None, day))
            continue
        if p.employee_id is not None:  # its reader knows who the row is
            match = by_key.get(p.employee_id)
            if match is None:
                p.problems.append(RowIssue(p.row, "", (
                    "Người ở dòng này không còn trong danh sách (đã bị xóa)")))
        else:
            match = match_row(p, layout, by_id, by_name, col, name_col, name_key)
        if match is not None and p.ok:
            other = claimed.get(match.id)
            if other is not None:
                p.problems.append(RowIssue(p.row, name_col or col(Field.ID_NUMBER), (
                    f"Dòng này và dòng {other} là cùng một người trong danh sách")))
            else:
                claimed[match.id] = p.row
        matched.append((p, match, day))
    # what was in force on each row's date, for rows dated before a later change
    wanted = [(m.id, day) for p, m, day in matched
              if m is not None and m.latest is not None and day < m.latest.effective_date]
    employment = sorted({m.id for p, m, day in matched if m is not None and (
        (m.last_event is not None and day < m.last_event) or p.start_date or p.leave_date)})
    history = load_history(session, wanted, employment)

    plans: list[RowPlan] = []
    for p, match, day in matched:
        if not p.ok:
            plans.append(RowPlan(p, REJECT))
            continue
        dept, dept_id = departments.resolve(p.department) if p.department else ("", None)
        if match is None:
            plans.append(_plan_new(p, dept, day, effective_date, layout, justified_of, today,
                                   col))
        else:
            plans.append(_plan_existing(p, match, (dept, dept_id), day, layout, justified_of,
                                        history, allow_downgrade, today, col))
    new_reasons: dict[str, int] = {}
    for plan in plans:
        if plan.action in (ADD, UPDATE) and plan.status and plan.status.reason_text \
                and plan.status.reason_id is None:
            new_reasons[plan.status.reason_text] = new_reasons.get(plan.status.reason_text, 0) + 1
    warnings = list(loaded.warnings)
    for text, n in new_reasons.items():
        warnings.append(RowIssue(None, col(Field.REASON), (
            f"Lý do «{text[:80]}» ({n} dòng) chưa có trong danh mục: đã giữ nguyên văn; "
            "có thể thêm vào danh mục lý do")))
    new_depts = {name: n for name, n in departments.new.items()}
    # an empty catalogue (a first import) has nothing to confuse a new name with
    catalogue_known = session.scalar(sa.select(sa.func.count()).select_from(
        Department.__table__).where(Department.__table__.c.name.not_in(list(new_depts)))) or 0
    for name, n in (new_depts.items() if catalogue_known else ()):
        warnings.append(RowIssue(None, col(Field.DEPARTMENT), (
            f"Khoa/phòng mới «{name[:80]}» ({n} dòng) chưa có trong danh mục: sẽ được thêm; "
            "nếu là cách viết khác của một khoa/phòng đã có, hãy chọn khoa/phòng đó")))
    labels = {r.id: r.label for r in catalogue}
    for plan in plans:
        plan.changes = describe_changes(plan, labels)
    return ImportPlan(loaded, plans, warnings, list(new_reasons), effective_date, as_of_source,
                      new_depts, allow_downgrade)


def _flag_duplicates(parsed: list[ParsedRow], col, name_col: str) -> None:
    """The same CCCD twice in the file, or the same name and birth date without a CCCD:
    an error for every row that has it."""
    seen_ids: dict[str, list[ParsedRow]] = defaultdict(list)
    seen_names: dict[tuple[str, dt.date | None], list[ParsedRow]] = defaultdict(list)
    for p in parsed:
        if p.id is not None:
            seen_ids[p.id.value].append(p)
        elif p.ten and p.birth_date is not None and p.employee_id is None:
            seen_names[(name_key(p.ho, p.dem, p.ten), p.birth_date)].append(p)
    for group in seen_ids.values():
        if len(group) > 1:
            for p in group:
                others = ", ".join(str(o.row) for o in group if o is not p)
                p.problems.append(RowIssue(p.row, col(Field.ID_NUMBER),
                                           f"Số định danh trùng với dòng {others} trong tệp"))
    for group in seen_names.values():
        if len(group) > 1:
            for p in group:
                others = ", ".join(str(o.row) for o in group if o is not p)
                p.problems.append(RowIssue(p.row, name_col, (
                    f"Trùng họ tên và ngày sinh với dòng {others} trong tệp mà không có số "
                    "định danh để phân biệt")))


def _plan_new(p: ParsedRow, dept: str, day: dt.date, as_of: dt.date, layout, justified_of,
              today: dt.date, col) -> RowPlan:
    from eidroster.services.importer.rows import check_fields, gender_from_id

    if not dept:
        dept = NO_DEPARTMENT
        p.warnings.append(RowIssue(p.row, "", f"Không có khoa/phòng: đã xếp vào «{NO_DEPARTMENT}»"))
    new = {
        "ho": p.ho, "dem": p.dem, "ten": p.ten, "birth_date": p.birth_date,
        "gender": p.gender if p.gender is not None else gender_from_id(p.id),
        "id_number": p.id.value if p.id else None,
        "id_kind": p.id.kind.value if p.id else None, "title": p.title, "department": dept,
    }
    if check_fields(p, new, None, today, col):
        return RowPlan(p, REJECT)
    # a new person starts on their start date, else on the row's date: never "forever"
    start = p.start_date or min(day, as_of)
    events = [EventPlan("join", dept, start)]
    if p.leave_date is not None:
        if p.leave_date <= start:
            p.problems.append(RowIssue(p.row, col(Field.LEAVE_DATE),
                                       "Ngày nghỉ việc phải sau ngày vào làm"))
            return RowPlan(p, REJECT)
        events.append(EventPlan("leave", dept, p.leave_date))
    status = status_plan(p, layout, None, justified_of)
    return RowPlan(p, ADD, None, new, {}, list(EMPLOYEE_FIELDS) + ["department"], status,
                   effective_date=day, events=events)


def _plan_existing(p: ParsedRow, match: Existing, department: tuple[str, int | None],
                   day: dt.date, layout, justified_of, history, allow_downgrade: bool,
                   today: dt.date, col) -> RowPlan:
    from eidroster.services.history import LEAVE, in_force
    from eidroster.services.importer.rows import check_fields

    dept, dept_id = department
    old, new, changed = personal_update(p, match, layout)
    if changed and check_fields(p, new, match, today, col):
        return RowPlan(p, REJECT)
    old["department"] = new["department"] = match.department
    events: list[EventPlan] = []
    known = history.events.get(match.id)
    # employment and department in force on the row's date
    if known is not None:
        state = in_force(known, day)
        active = state is not None and state.kind != LEAVE
        dept_then = state.department_id if state is not None else None
    else:  # the row's date is on or after the latest event: the cached state holds
        active = match.leave_date is None
        dept_then = match.department_id
    if dept and active and dept_id != dept_then:
        events.append(EventPlan("move", dept, day))
        new["department"] = dept
        changed.append("department")
    elif dept and not active and dept_id != match.department_id:
        p.warnings.append(RowIssue(p.row, col(Field.DEPARTMENT), (
            f"Người này không làm việc ở đơn vị vào ngày {format_date(day)}: không ghi "
            "khoa/phòng của dòng này")))
    problem = _employment_dates(p, known, events, col)
    if problem:
        p.problems.append(problem)
        return RowPlan(p, REJECT)
    before = history.status[(match.id, day)] if (match.id, day) in history.status \
        else match.latest
    status = status_plan(p, layout, before, justified_of)
    plan = RowPlan(p, UPDATE, match.id, new, old, changed, status, effective_date=day,
                   events=events, old_status=before, version=match.version)
    if status is not None and before is not None and is_downgrade(before.status, status.status) \
            and not allow_downgrade:
        plan.action = SKIP
        plan.skip_reason = RowIssue(p.row, col(Field.STATUS) or col(Field.TICK_LEVEL2), (
            f"Không ghi: «{STATUS_LABEL_VI[status.status]}» là lùi bước so với "
            f"«{STATUS_LABEL_VI[before.status]}» đã ghi ngày {format_date(before.effective_date)}"
            "; nếu đúng là vậy, hãy cho phép lùi bước (--allow-downgrade)"))
        return plan
    if status is not None and match.latest is not None and day < match.latest.effective_date:
        p.warnings.append(RowIssue(p.row, "", (
            f"Dòng ghi ngày {format_date(day)}, trước lần cập nhật ngày "
            f"{format_date(match.latest.effective_date)} đã có: chỉ bổ sung vào lịch sử, "
            "tình trạng hiện tại không đổi")))
    if not changed and status is None and not events:
        plan.action = UNCHANGED
    return plan


def _employment_dates(p: ParsedRow, known, events: list[EventPlan], col) -> RowIssue | None:
    """The start and leave columns of a person already in the roster: move the start of
    their current period, record or move their leave. A date that contradicts the
    recorded history is an error for the row."""
    from eidroster.services.history import JOIN, LEAVE

    if not (p.start_date or p.leave_date) or known is None:
        return None
    join = next((x for x in reversed(known) if x.kind == JOIN), None)
    last = known[-1] if known else None
    if p.start_date and join is not None and p.start_date != join.effective_date:
        before = [x for x in known if (x.effective_date, x.id) < (join.effective_date, join.id)]
        after = [x for x in known if (x.effective_date, x.id) > (join.effective_date, join.id)]
        first_move = min((e.day for e in events), default=None)
        if before and p.start_date < before[-1].effective_date:
            return RowIssue(p.row, col(Field.START_DATE), (
                "Ngày vào làm trước ngày nghỉ việc của lần làm việc trước "
                f"({format_date(before[-1].effective_date)})"))
        if (after and p.start_date > after[0].effective_date) or (
                first_move is not None and p.start_date > first_move):
            return RowIssue(p.row, col(Field.START_DATE), (
                "Ngày vào làm sau một thay đổi đã ghi của người này"))
        events.append(EventPlan("start", "", p.start_date, join.effective_date))
    if p.leave_date and last is not None:
        current = last.effective_date if last.kind == LEAVE else None
        if p.leave_date != current:
            floor = known[-2].effective_date if last.kind == LEAVE and len(known) > 1 \
                else last.effective_date
            floor = max([floor] + [e.day for e in events if e.kind == "move"])
            if p.leave_date <= floor:
                return RowIssue(p.row, col(Field.LEAVE_DATE), (
                    "Ngày nghỉ việc phải sau ngày vào làm và sau lần chuyển khoa/phòng gần nhất "
                    f"({format_date(floor)})"))
            kind = "leave_date" if last.kind == LEAVE else "leave"
            events.append(EventPlan(kind, "", p.leave_date, current))
    return None
