"""The catalogue of reasons (lý do chưa định danh mức 2) and their dated classification.

Re-classifying a reason (chính đáng ↔ không) applies from a date the user picks to everyone
whose status in force uses it; reports for earlier dates keep the old classification."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eidroster.db.migrations import CLASSIFICATION_EPOCH
from eidroster.db.models import Employee, Reason, ReasonClass, StatusChange
from eidroster.domain.errors import InputError
from eidroster.domain.text import clean_text
from eidroster.services.audit import record_event
from eidroster.services.bulk import now
from eidroster.services.database import Database, current_user
from eidroster.services.history import employment_on, latest_change_join, reason_history_in

MAX_REASON = 300


@dataclass(frozen=True, slots=True)
class ReasonInfo:
    id: int
    code: str | None
    label: str
    justified: bool  # classification in force today
    retired: bool
    in_use: int  # history rows that name it
    people_now: int = 0  # people working today whose status in force gives it


def list_reasons(db: Database, include_retired: bool = True) -> list[ReasonInfo]:
    e = Employee.__table__
    with db.read() as s:
        used = dict(s.execute(
            select(StatusChange.reason_id, func.count())
            .where(StatusChange.reason_id.is_not(None))
            .group_by(StatusChange.reason_id)).all())
        base, _dept, active = employment_on(s, e, dt.date.today())  # leavers do not count
        latest, on = latest_change_join(e, None)
        now_using = dict(s.execute(
            select(latest.c.reason_id, func.count()).select_from(base).join(latest, on)
            .where(latest.c.reason_id.is_not(None), active)
            .group_by(latest.c.reason_id)).all())
        q = select(Reason).order_by(Reason.position, Reason.id)
        if not include_retired:
            q = q.where(Reason.retired.is_(False))
        return [ReasonInfo(r.id, r.code, r.label, r.justified, r.retired,
                           int(used.get(r.id, 0)), int(now_using.get(r.id, 0)))
                for r in s.scalars(q)]


def classification_history(db: Database, reason_id: int) -> list[tuple[dt.date, bool]]:
    """When the reason was classified how (the first date stands for "always before")."""
    with db.read() as s:
        return reason_history_in(s, reason_id)


def _check_label(label: str) -> str:
    label = clean_text(label)
    if not label:
        raise InputError("Tên lý do trống")
    if len(label) > MAX_REASON:
        raise InputError(f"Tên lý do quá dài (tối đa {MAX_REASON} ký tự)")
    return label


def add_reason_in(s: Session, label: str, justified: bool,
                  link_batch: str | None = None) -> int:
    label = _check_label(label)
    if s.scalar(select(Reason).where(Reason.label == label)) is not None:
        raise InputError("Lý do này đã có trong danh mục")
    position = (s.scalar(select(func.max(Reason.position))) or 0) + 1
    r = Reason(label=label, justified=justified, position=position, retired=False)
    s.add(r)
    s.flush()
    s.add(ReasonClass(reason_id=r.id, effective_date=CLASSIFICATION_EPOCH, justified=justified,
                      recorded_at=now(), recorded_by=current_user()))
    linked = 0
    if link_batch is not None:
        # the people of that import who gave this reason in words now have it from the
        # catalogue, and follow its classification
        sc = StatusChange.__table__
        linked = s.execute(
            sa.update(sc).where(sc.c.batch_id == link_batch, sc.c.reason_id.is_(None),
                                sc.c.reason_text == label)
            .values(reason_id=r.id, reason_text=None, justified=justified,
                    justified_fixed=False)).rowcount or 0
    record_event(s, "reason_added", "reason", r.id,
                 {"label": label, "justified": justified, "linked": linked})
    return r.id


def add_reason(db: Database, label: str, justified: bool, *,
               link_batch: str | None = None) -> int:
    """Add a reason to the catalogue. ``link_batch``: the import whose rows typed this
    reason in words are linked to it (the wizard's "add the new reasons")."""
    with db.write() as s:
        return add_reason_in(s, label, justified, link_batch)


def update_reason(db: Database, reason_id: int, label: str, justified: bool, retired: bool,
                  *, from_date: dt.date | None = None) -> None:
    """Rename, retire, or re-classify a reason. A new classification holds from
    ``from_date`` (today by default) for everyone whose status in force gives it."""
    label = _check_label(label)
    with db.write() as s:
        r = s.get(Reason, reason_id)
        if r is None:
            raise InputError("Không tìm thấy lý do")
        other = s.scalar(select(Reason).where(Reason.label == label, Reason.id != reason_id))
        if other is not None:
            raise InputError("Lý do này đã có trong danh mục")
        old = {"label": r.label, "justified": r.justified, "retired": r.retired}
        changed = r.justified != justified
        r.label, r.retired = label, retired
        detail: dict = {"old": old, "new": {"label": label, "justified": justified,
                                            "retired": retired}}
        if changed:
            day = from_date or dt.date.today()
            _reclassify_in(s, r, justified, day)
            detail["from"] = day.isoformat()
        record_event(s, "reason_changed", "reason", reason_id, detail)


def reclassify_reason(db: Database, reason_id: int, justified: bool,
                      from_date: dt.date | None = None) -> None:
    """Only the classification, from a date (today by default)."""
    with db.write() as s:
        r = s.get(Reason, reason_id)
        if r is None:
            raise InputError("Không tìm thấy lý do")
        day = from_date or dt.date.today()
        old = r.justified
        _reclassify_in(s, r, justified, day)
        record_event(s, "reason_changed", "reason", reason_id, {
            "old": {"justified": old}, "new": {"justified": justified},
            "from": day.isoformat()})


def _reclassify_in(s: Session, reason: Reason, justified: bool, day: dt.date) -> None:
    if day > dt.date.today():
        raise InputError("Ngày áp dụng ở tương lai: chỉ ghi được từ hôm nay trở về trước")
    s.add(ReasonClass(reason_id=reason.id, effective_date=day, justified=justified,
                      recorded_at=now(), recorded_by=current_user()))
    s.flush()
    # the catalogue's own flag is the classification in force today
    today = [j for d, j in reason_history_in(s, reason.id) if d <= dt.date.today()]
    reason.justified = today[-1] if today else justified


def delete_reason(db: Database, reason_id: int) -> None:
    with db.write() as s:
        used = s.scalar(select(func.count()).where(StatusChange.reason_id == reason_id)) or 0
        if used:
            raise InputError(
                f"Lý do đang được dùng ở {used} lần cập nhật nên không xóa được; hãy ngừng dùng nó"
            )
        r = s.get(Reason, reason_id)
        if r is None:
            raise InputError("Không tìm thấy lý do")
        s.execute(sa.delete(ReasonClass.__table__)
                  .where(ReasonClass.__table__.c.reason_id == reason_id))
        s.delete(r)
        record_event(s, "reason_deleted", "reason", reason_id, {"label": r.label})
