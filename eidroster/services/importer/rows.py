"""One row of an import against one person: who the row is, which of their fields it
changes, and the status change it asks for (only what the row says; everything else kept
as it was in force on the row's date)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from eidroster.domain.cccd import IdKind, IdNumber, cccd_problems, gender_of, mask
from eidroster.domain.employee import EmployeeInput, check_employee
from eidroster.domain.statuses import (
    DEFAULT_STATUS,
    STATUS_LABEL_VI,
    Bucket,
    Status,
    bucket_of,
    stage_for_card,
)
from eidroster.domain.text import format_date, join_name
from eidroster.services.importer.fields import Field
from eidroster.services.importer.parse import ParsedRow, RowIssue
from eidroster.services.importer.state import EMPLOYEE_FIELDS, Existing
from eidroster.services.status_changes import InForce

ADD, UPDATE, UNCHANGED, REJECT = "add", "update", "unchanged", "reject"
#: a step back not confirmed (--allow-downgrade); a row someone else changed meanwhile
SKIP, CONFLICT = "skip", "conflict"


@dataclass(frozen=True, slots=True)
class StatusPlan:
    status: Status
    reason_id: int | None
    reason_text: str | None
    justified: bool
    note: str
    fixed: bool = False  # "chính đáng" set by the row itself, not by the catalogue
    vneid_login: bool = False
    vneid_login_date: dt.date | None = None
    dvcqg_used: bool = False
    dvcqg_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class EventPlan:
    """An employment change: ``join``/``move``/``leave`` add an event on ``day`` (to
    ``department``); ``start``/``leave_date`` move the current period's join/leave from
    ``old`` to ``day``."""

    kind: str
    department: str
    day: dt.date
    old: dt.date | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    """What the preview shows for a changed field: old → new (display text)."""

    field: str
    label: str
    old: str
    new: str


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
    effective_date: dt.date | None = None
    events: list[EventPlan] = field(default_factory=list)
    old_status: InForce | None = None
    version: int | None = None  # the person's version when the plan was made
    skip_reason: RowIssue | None = None
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def row(self) -> int:
        return self.parsed.row


# ---------------------------------------------------------------- who the row is

def match_row(p: ParsedRow, layout, by_id, by_name, col, name_col, name_key) -> Existing | None:
    """The person a row stands for (None: a new person); adds a problem when the row
    cannot be matched safely."""
    def reject(column: str, message: str) -> None:
        p.problems.append(RowIssue(p.row, column, message))

    key = name_key(p.ho, p.dem, p.ten) if p.ten else ""
    if not layout.has_names:
        # a returned list: CCCD + status, updates only
        if p.id is None:
            reject(col(Field.ID_NUMBER), "Thiếu số định danh (tệp không có cột họ tên nên chỉ "
                   "cập nhật được theo số định danh)")
            return None
        match = by_id.get(p.id.value)
        if match is None:
            reject(col(Field.ID_NUMBER), "Không có ai mang số định danh này trong danh sách; "
                   "tệp không có họ tên nên không thêm người mới được")
        return match
    if p.id is not None:
        match = by_id.get(p.id.value)
        if match is not None and match.search_key != key:
            reject(col(Field.ID_NUMBER), "Số định danh này đã có ở một người khác tên trong "
                   "danh sách")
            return None
        if match is None:
            namesakes = [x for x in by_name.get(key, ())
                         if p.birth_date is None or x.birth_date in (None, p.birth_date)]
            same = [x for x in namesakes if not x.id_number]
            if len(same) == 1:
                match = same[0]
            elif namesakes and p.birth_date is not None:
                p.warnings.append(RowIssue(p.row, col(Field.ID_NUMBER), (
                    "Trùng họ tên và ngày sinh với người đã có trong danh sách nhưng khác số "
                    "định danh: đã coi là một người khác; nếu là cùng một người, hãy kiểm tra "
                    "lại số định danh")))
        return match
    same = list(by_name.get(key, ()))
    if p.birth_date is not None:
        same = [x for x in same if x.birth_date == p.birth_date
                or (p.birth_year_only and x.birth_date and x.birth_date.year == p.birth_date.year)]
    if len(same) > 1:
        reject(name_col, f"Có {len(same)} người trùng họ tên"
               + (" và ngày sinh" if p.birth_date else "")
               + " trong danh sách; cần số định danh để biết là ai")
        return None
    return same[0] if same else None


def personal_update(p: ParsedRow, match: Existing, layout) -> tuple[dict, dict, list[str]]:
    """``(old, new, changed)`` of the personal fields a row gives for a known person
    (a blank cell changes nothing)."""
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
    return old, new, [f for f in EMPLOYEE_FIELDS if new[f] != old[f]]


def gender_from_id(number: IdNumber | None) -> str | None:
    return gender_of(number) if number is not None else None


# ---------------------------------------------------------------- checks

_FIELD_TO_COLUMN = {
    "ho": (Field.FULL_NAME, Field.HO_DEM), "dem": (Field.FULL_NAME, Field.HO_DEM),
    "ten": (Field.FULL_NAME, Field.TEN),
    "birth_date": (Field.BIRTH_DATE, Field.BIRTH_MALE, Field.BIRTH_FEMALE),
    "gender": (Field.GENDER, Field.BIRTH_MALE, Field.BIRTH_FEMALE),
    "id_number": (Field.ID_NUMBER,), "department": (Field.DEPARTMENT,), "title": (Field.TITLE,),
}


_SUSPECT_NAME = re.compile(r"\d|^[=+\-@]")


def _may_fail(new: dict, today: dt.date | None) -> bool:
    """A cheap screen that is true whenever :func:`check_employee` could find a problem
    (so the domain's check, with its exact messages, runs only on suspicious rows)."""
    today = today or dt.date.today()
    ho, dem, ten = new["ho"], new["dem"], new["ten"]
    if len(ho) > 100 or len(dem) > 100 or len(ten) > 100 or not ten:
        return True
    if _SUSPECT_NAME.search(ho) or _SUSPECT_NAME.search(dem) or _SUSPECT_NAME.search(ten):
        return True
    dept = new.get("department", "x")
    if not dept or len(dept) > 200 or len(new["title"] or "") > 200 \
            or new["gender"] not in (None, "M", "F"):
        return True
    b = new["birth_date"]
    if b is not None and (b > today or b.year < 1900 or today.year - b.year < 15):
        return True
    if new["id_number"]:
        if new["id_kind"] not in ("cccd", "cmnd"):
            return True
        number = IdNumber(new["id_number"], IdKind(new["id_kind"]))
        if cccd_problems(number, b, new["gender"]):
            return True
    return False


def check_fields(p: ParsedRow, new: dict, match: Existing | None, today, col) -> bool:
    """The domain's checks on the employee as it will be stored; adds problems to ``p``."""
    if not _may_fail(new, today):
        return False
    checked = check_employee(
        EmployeeInput(
            ho=new["ho"], dem=new["dem"], ten=new["ten"],
            department=new.get("department") or (match.department if match else ""),
            birth_date=new["birth_date"], gender=new["gender"], id_number=new["id_number"],
            title=new["title"],
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


# ---------------------------------------------------------------- the status change

def status_plan(p: ParsedRow, layout, before: InForce | None, justified_of) -> StatusPlan | None:
    """The status change this row asks for on its date, or None when it asks for none
    (or for exactly what was in force). A blank reason cell keeps the reason in force; the
    campaign flags and the note are kept unless the row gives them."""
    status = p.status
    reason = p.reason
    has_note = bool(p.note) and layout.has(Field.NOTE)
    # an old CMND (no validity since 01/01/2025): "not started" means a card is needed
    holds_cmnd = p.id is not None and p.id.kind is IdKind.CMND
    if status is None:
        if reason is None and p.justified is None and not has_note \
                and not (holds_cmnd and before is None):
            return None
        status = before.status if before is not None else DEFAULT_STATUS
    status = stage_for_card(status, holds_cmnd)  # type: ignore[assignment]
    level2 = bucket_of(status) is Bucket.LEVEL2
    keep = before is not None and bucket_of(before.status) is not Bucket.LEVEL2
    if level2:
        reason_id, reason_text = None, None
    elif reason is not None:
        reason_id = reason.reason_id
        reason_text = None if reason.reason_id is not None else reason.text
    elif keep:
        reason_id, reason_text = before.reason_id, before.reason_text  # type: ignore[union-attr]
    else:
        reason_id, reason_text = None, None
    fixed = False
    if level2:
        justified = False
    elif p.justified is not None:
        justified = p.justified
        catalogue = justified_of.get(reason_id) if reason_id is not None else None
        fixed = catalogue is None or catalogue != p.justified
    elif reason_id is not None and (reason is not None or not keep):
        justified = justified_of.get(reason_id, False)
    elif keep and reason is None:
        justified, fixed = before.justified, before.fixed  # type: ignore[union-attr]
    else:
        justified = False
    note = p.note if has_note else (before.note if before is not None else "")
    plan = StatusPlan(
        status, reason_id, reason_text, justified, note, fixed,
        before.vneid_login if before else False, before.vneid_login_date if before else None,
        before.dvcqg_used if before else False, before.dvcqg_date if before else None)
    if before is not None and (
            before.status, before.reason_id, before.reason_text or None,
            _effective(before, justified_of), before.note or "") == (
            plan.status, plan.reason_id, plan.reason_text, plan.justified, plan.note):
        return None  # exactly what was in force on that date
    return plan


def _effective(before: InForce, justified_of) -> bool:
    if bucket_of(before.status) is Bucket.LEVEL2:
        return False
    if before.reason_id is not None and not before.fixed:
        return justified_of.get(before.reason_id, before.justified)
    return before.justified


# ---------------------------------------------------------------- what the preview shows

_LABELS = {"name": "Họ tên", "birth_date": "Ngày sinh", "gender": "Giới tính",
           "id_number": "Số định danh", "title": "Chức danh", "department": "Khoa/phòng",
           "start_date": "Ngày vào làm", "leave_date": "Ngày nghỉ việc",
           "status": "Tình trạng", "reason": "Lý do", "justified": "Chính đáng",
           "note": "Ghi chú"}


def _show(value: object) -> str:
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def describe_changes(plan: RowPlan, labels: dict[int, str]) -> list[FieldChange]:
    """Old → new for every field an update changes (the preview's detail); ``labels``:
    the catalogue's reason labels by id."""
    if plan.action not in (UPDATE, "skip"):
        return []
    out: list[FieldChange] = []
    old, new = plan.old_fields, plan.new_fields
    if any(f in plan.changed for f in ("ho", "dem", "ten")):
        out.append(FieldChange("name", _LABELS["name"],
                               join_name(old["ho"], old["dem"], old["ten"]),
                               join_name(new["ho"], new["dem"], new["ten"])))
    for f in ("birth_date", "title", "department"):
        if f in plan.changed:
            out.append(FieldChange(f, _LABELS[f], _show(old[f]), _show(new[f])))
    if "gender" in plan.changed:
        word = {"M": "Nam", "F": "Nữ"}
        out.append(FieldChange("gender", _LABELS["gender"], word.get(old["gender"], "(trống)"),
                               word.get(new["gender"], "(trống)")))
    if "id_number" in plan.changed:
        out.append(FieldChange("id_number", _LABELS["id_number"], mask(old["id_number"]) or
                               "(trống)", mask(new["id_number"])))
    for e in plan.events:
        if e.kind in ("start", "leave_date", "leave"):
            f = "start_date" if e.kind == "start" else "leave_date"
            out.append(FieldChange(f, _LABELS[f], _show(e.old), _show(e.day)))
    st, before = plan.status, plan.old_status
    if st is not None:
        if before is None or before.status is not st.status:
            out.append(FieldChange("status", _LABELS["status"],
                                   STATUS_LABEL_VI[before.status] if before else "(chưa ghi)",
                                   STATUS_LABEL_VI[st.status]))
        old_reason = (before.reason_id, before.reason_text) if before else (None, None)
        if old_reason != (st.reason_id, st.reason_text):
            out.append(FieldChange(
                "reason", _LABELS["reason"],
                _show(labels.get(old_reason[0]) if old_reason[0] else old_reason[1]),
                _show(labels.get(st.reason_id) if st.reason_id else st.reason_text)))
        if before is not None and old_reason == (st.reason_id, st.reason_text) \
                and before.justified != st.justified:
            word = {True: "Có", False: "Không"}
            out.append(FieldChange("justified", _LABELS["justified"], word[before.justified],
                                   word[st.justified]))
        if before is not None and before.note != st.note:
            out.append(FieldChange("note", _LABELS["note"], _show(before.note), _show(st.note)))
    return out
