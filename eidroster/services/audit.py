"""The audit trail: every change and every export or reveal of personal data.

The audit table lives inside the database (which is owner-only); nothing here is
written to logs."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eidroster.db.models import AuditEvent


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: dt.datetime
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    detail: dict

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "user": self.user_name,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "detail": self.detail,
        }


def record_event(
    session: Session,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    detail: dict | None = None,
    user: str | None = None,
) -> None:
    """Add an audit row inside the caller's transaction (so it commits with the change)."""
    from eidroster.services.database import current_user

    session.add(
        AuditEvent(
            at=dt.datetime.now().replace(microsecond=0),
            user_name=user or current_user(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail or {}, ensure_ascii=False, default=str),
        )
    )


#: detail keys for the program's own use (an import's compressed undo data): never listed
HIDDEN_DETAIL_KEYS = frozenset({"undo"})

#: Vietnamese names of the audit actions, for the command line and the documents (the
#: window translates its own, ui/audit_log.py)
ACTION_LABELS_VI = {
    "employee_added": "Thêm nhân viên",
    "employee_changed": "Sửa thông tin nhân viên",
    "employee_deleted": "Xóa nhân viên",
    "employee_left": "Ghi nhận nghỉ việc",
    "employee_returned": "Bỏ ngày nghỉ việc",
    "status_changed": "Cập nhật tình trạng định danh",
    "status_change_undone": "Hoàn tác cập nhật tình trạng",
    "reason_added": "Thêm lý do",
    "reason_changed": "Sửa lý do",
    "reason_deleted": "Xóa lý do",
    "setting_changed": "Đổi thiết lập",
    "database_restored": "Khôi phục CSDL từ bản sao lưu",
    "database_encrypted": "Mã hóa CSDL",
    "personal_data_purged": "Xóa dữ liệu cá nhân người đã nghỉ (hết hạn lưu)",
    "personal_data_revealed": "Xem số định danh đầy đủ",
    "id_revealed": "Xem số định danh đầy đủ",
    "personal_data_exported": "Xuất tệp có dữ liệu cá nhân",
    "exported": "Xuất tệp",
    "demo_generated": "Tạo dữ liệu mẫu",
    "import": "Nhập danh sách từ tệp",
    "import_undone": "Hoàn tác lần nhập",
    "import_redone": "Làm lại lần nhập",
    "export_phu_luc_iv": "Xuất Phụ lục IV (dữ liệu cá nhân)",
    "person_data_viewed": "Xem dữ liệu của một người",
    "person_data_exported": "Xuất, in dữ liệu của một người",
    "processing_notice_exported": "Xuất, in thông báo xử lý dữ liệu cá nhân",
}


def _public(detail: dict) -> dict:
    return {k: v for k, v in detail.items() if k not in HIDDEN_DETAIL_KEYS}


def list_events(
    session: Session,
    *,
    action: str | None = None,
    since: dt.datetime | None = None,
    limit: int | None = None,
) -> list[AuditRecord]:
    q = select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        q = q.where(AuditEvent.action == action)
    if since:
        q = q.where(AuditEvent.at >= since)
    if limit:
        q = q.limit(limit)
    return [
        AuditRecord(e.id, e.at, e.user_name, e.action, e.entity, e.entity_id,
                    _public(json.loads(e.detail or "{}")))
        for e in session.scalars(q)
    ]


def list_actions(session: Session) -> list[str]:
    """The actions recorded so far (for the audit window's filter)."""
    return sorted(a for a in session.scalars(select(AuditEvent.action).distinct()) if a)


def entity_names(session: Session, employee_ids: set[int]) -> dict[int, str]:
    """Names of the employees still in the database, for the audit window."""
    from eidroster.db.models import Employee
    from eidroster.domain.text import join_name

    out: dict[int, str] = {}
    wanted = sorted(employee_ids)
    for start in range(0, len(wanted), 500):
        q = select(Employee.id, Employee.ho, Employee.dem, Employee.ten).where(
            Employee.id.in_(wanted[start:start + 500]))
        for eid, ho, dem, ten in session.execute(q):
            out[eid] = join_name(ho, dem, ten)
    return out


def latest_event_id(session: Session) -> int:
    """The newest audit entry's id: every change writes one, so a window can tell that
    the database changed elsewhere (another window, another user) by watching it."""
    from sqlalchemy import func

    return session.scalar(select(func.max(AuditEvent.id))) or 0
