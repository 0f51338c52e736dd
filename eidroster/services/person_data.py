""""Dữ liệu của một người": everything eidroster holds about one employee, for the
person's own request to see their data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15,
Nghị định 356/2025): the personal fields (the identity number in full: it is their own),
the status history, the employment history, and every audit entry that names them.
Showing or exporting the page is itself recorded in the audit trail (without the data).

Plain frozen dataclasses out, Vietnamese labels (the page is an official document, like
the reports); the writers are in :mod:`eidroster.reports.person_page`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import select

from eidroster.db.models import AuditEvent, Employee
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import STATUS_LABEL_VI, Status
from eidroster.domain.text import format_date
from eidroster.services.audit import ACTION_LABELS_VI, HIDDEN_DETAIL_KEYS, record_event
from eidroster.services.database import Database

ACTION_VIEWED = "person_data_viewed"
ACTION_EXPORTED = "person_data_exported"
ACTION_NOTICE = "processing_notice_exported"
_KIND_LABELS = {"join": "Vào làm việc", "move": "Chuyển khoa/phòng", "leave": "Nghỉ việc"}
_SOURCE_LABELS = {"manual": "nhập tay", "bulk": "cập nhật hàng loạt", "import": "nhập từ tệp",
                  "demo": "dữ liệu mẫu", "migration": "nâng cấp dữ liệu"}


@dataclass(frozen=True, slots=True)
class StatusLine:
    effective_date: dt.date
    status: str
    reason: str
    justified: str  # "Có" / "Không" / "" (level 2)
    note: str
    vneid: str
    dvcqg: str
    recorded: str  # "dd/mm/yyyy hh:mm, user (source)"


@dataclass(frozen=True, slots=True)
class EmploymentLine:
    effective_date: dt.date
    what: str
    department: str
    recorded: str


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: dt.datetime
    user: str
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class PersonRecord:
    employee_id: int
    name: str
    fields: tuple[tuple[str, str], ...]  # (label, value), in the page's order
    purged: bool
    statuses: tuple[StatusLine, ...]  # newest first
    employment: tuple[EmploymentLine, ...]  # newest first
    audit: tuple[AuditLine, ...]  # newest first
    made_at: dt.datetime


def _yes_no(value: bool, day: dt.date | None) -> str:
    if not value:
        return "Không"
    return f"Có ({format_date(day)})" if day else "Có"


def _recorded(at: dt.datetime, user: str, source: str) -> str:
    return f"{at:%d/%m/%Y %H:%M}, {user} ({_SOURCE_LABELS.get(source, source)})"


def person_record(db: Database, employee_id: int) -> PersonRecord:
    """Everything held about ``employee_id`` (InputError when there is no such person)."""
    from eidroster.services.employment import employment_history
    from eidroster.services.roster import get_row, history

    with db.read() as s:
        emp = s.get(Employee, employee_id)
        if emp is None:
            raise InputError(f"Không tìm thấy nhân viên mã {employee_id}")
        purged_at = emp.purged_at
        purged = purged_at is not None
        created, updated = emp.created_at, emp.updated_at
        kind = emp.id_kind
    row = get_row(db, employee_id)
    gender = {"M": "Nam", "F": "Nữ"}.get(row.gender or "", "")
    kind_text = {"cccd": "số định danh cá nhân (12 số)",
                 "cmnd": "CMND cũ (9 số), hết giá trị từ 01/01/2025"}.get(kind or "", "")
    fields = (
        ("Mã trong chương trình", str(employee_id)),
        ("Họ và tên", row.full_name),
        ("Ngày sinh", format_date(row.birth_date)),
        ("Giới tính", gender),
        ("Số định danh cá nhân", row.id_number or ""),
        ("Loại giấy tờ", kind_text),
        ("Chức danh", row.title),
        ("Khoa/phòng hiện tại", row.department),
        ("Ngày vào làm (đợt hiện tại)", format_date(row.start_date)),
        ("Ngày nghỉ việc", format_date(row.leave_date)),
        ("Tình trạng định danh hiện tại", STATUS_LABEL_VI[Status(row.status)]),
        ("Lý do chưa định danh mức 2", row.reason),
        ("Ghi chú", row.note),
        ("Đã cài và đăng nhập VNeID", "Có" if row.vneid_login else "Không"),
        ("Đã dùng VNeID đăng nhập Cổng DVCQG", "Có" if row.dvcqg_used else "Không"),
        ("Ngày đưa vào danh sách", f"{created:%d/%m/%Y %H:%M}"),
        ("Lần sửa gần nhất", f"{updated:%d/%m/%Y %H:%M}"),
    ) + ((("Đã xóa dữ liệu cá nhân (hết thời hạn lưu trữ)", f"{purged_at:%d/%m/%Y %H:%M}"),)
         if purged_at is not None else ())
    statuses = tuple(
        StatusLine(h.effective_date, STATUS_LABEL_VI[h.status], h.reason,
                   "" if h.status is Status.LEVEL2 else ("Có" if h.justified else "Không"),
                   h.note, _yes_no(h.vneid_login, h.vneid_login_date),
                   _yes_no(h.dvcqg_used, h.dvcqg_date),
                   _recorded(h.recorded_at, h.recorded_by, h.source))
        for h in history(db, employee_id))
    employment = tuple(
        EmploymentLine(p.effective_date, _KIND_LABELS.get(p.kind, p.kind), p.department,
                       _SOURCE_LABELS.get(p.source, p.source))
        for p in employment_history(db, employee_id))
    return PersonRecord(employee_id, row.full_name, fields, purged, statuses, employment,
                        tuple(audit_naming(db, employee_id)),
                        dt.datetime.now().replace(microsecond=0))


def _names(entity: str, entity_id: int | None, detail: dict, employee_id: int) -> bool:
    """Whether an audit entry is about ``employee_id``: its own entry, or one of many
    people in a change (bulk status, leave, move: ``versions``; an import: ``added_ids``
    and ``versions``)."""
    if entity == "employee" and entity_id == employee_id:
        return True
    versions = detail.get("versions")
    if isinstance(versions, list) and any(
            isinstance(v, list) and v[:1] == [employee_id] for v in versions):
        return True
    if isinstance(versions, dict) and str(employee_id) in versions:
        return True
    added = detail.get("added_ids")
    return isinstance(added, list) and employee_id in added


#: how the page names an audit entry's details (the rest keep their key)
_DETAIL_LABELS = {
    "status": "tình trạng", "old": "trước", "new": "sau", "effective_date": "ngày hiệu lực",
    "count": "số người", "file": "tệp", "format": "định dạng", "field": "thông tin",
    "retention": "thời hạn lưu trữ", "cutoff": "nghỉ việc đến ngày", "why": "lý do",
    "kind": "loại", "rows": "số dòng", "ho": "họ", "dem": "chữ đệm", "ten": "tên",
    "birth_date": "ngày sinh", "gender": "giới tính", "id_number": "số định danh",
    "title": "chức danh", "department": "khoa/phòng", "note": "ghi chú",
    "leave_date": "ngày nghỉ việc", "start_date": "ngày vào làm",
}
_INTERNAL_KEYS = frozenset({"versions", "added_ids", "batch", "retention_days",
                            "retention_months"})


_STATUS_CODES = frozenset(s.value for s in Status)


def _key_text(key: str) -> str:
    if key in _STATUS_CODES:  # counts by stage: {"not_registered": 3}
        return STATUS_LABEL_VI[Status(key)]
    return _DETAIL_LABELS.get(key, key)


def _value_text(value: object) -> str:
    if isinstance(value, dict):
        return "{" + "; ".join(f"{_key_text(k)}: {_value_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str):
        if value in _STATUS_CODES:
            return STATUS_LABEL_VI[Status(value)]
        try:
            return format_date(dt.date.fromisoformat(value)) if len(value) == 10 else value
        except ValueError:
            return value
    if value is None:
        return ""
    return str(value)


def _detail_text(detail: dict) -> str:
    """A short account of an entry in words ("tình trạng: Đã kích hoạt mức 2; ngày hiệu
    lực: 24/11/2026"); the undo data and other people's ids left out."""
    shown = [f"{_key_text(k)}: {_value_text(v)}" for k, v in detail.items()
             if k not in HIDDEN_DETAIL_KEYS and k not in _INTERNAL_KEYS]
    text = "; ".join(shown)
    return text if len(text) <= 300 else text[:299] + "…"


def audit_naming(db: Database, employee_id: int) -> list[AuditLine]:
    """Every audit entry that names the person, newest first."""
    token = str(employee_id)
    ae = AuditEvent.__table__
    with db.read() as s:
        rows = s.execute(
            select(ae.c.at, ae.c.user_name, ae.c.action, ae.c.entity, ae.c.entity_id,
                   ae.c.detail)
            .where(sa.or_(sa.and_(ae.c.entity == "employee", ae.c.entity_id == employee_id),
                          ae.c.detail.contains(token)))
            .order_by(ae.c.id.desc())).all()
    out = []
    for at, user, action, entity, entity_id, raw in rows:
        detail = json.loads(raw or "{}")
        if _names(entity, entity_id, detail, employee_id):
            out.append(AuditLine(at, user, ACTION_LABELS_VI.get(action, action),
                                 _detail_text(detail)))
    return out


def record_person_access(db: Database, employee_id: int,
                         target: str | os.PathLike[str] | None = None) -> None:
    """The page was shown (``target`` None) or written to a file: an audit entry naming
    the person, holding no personal data."""
    with db.write() as s:
        if target is None:
            record_event(s, ACTION_VIEWED, "employee", employee_id, {})
        else:
            record_event(s, ACTION_EXPORTED, "employee", employee_id,
                         {"file": os.fspath(target), "format": os.fspath(target).rsplit(".", 1)[-1]})


def record_notice_export(db: Database, target: str | os.PathLike[str]) -> None:
    """The processing notice was printed or saved (it holds no personal data)."""
    with db.write() as s:
        record_event(s, ACTION_NOTICE, "file", None, {"file": os.fspath(target)})
