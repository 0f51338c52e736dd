"""The catalogue of reasons for not being at level 2 (lý do chưa định danh mức 2)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReasonDef:
    code: str
    label: str  # Vietnamese, as shown in reports
    justified: bool  # chính đáng


#: The default catalogue shipped with a new database; the unit edits it afterwards.
DEFAULT_REASONS: tuple[ReasonDef, ...] = (
    ReasonDef("maternity", "Nghỉ thai sản", True),
    ReasonDef("long_sick", "Ốm đau dài ngày / đang điều trị", True),
    ReasonDef("away", "Đi học, công tác xa", True),
    ReasonDef("waiting_card", "Chưa có CCCD gắn chip (đang chờ cấp)", True),
    ReasonDef("wrong_info", "Sai thông tin số điện thoại / hộ tịch, chờ điều chỉnh", True),
    ReasonDef("bad_photo", "Ảnh chân dung không đạt, chờ thu nhận lại", True),
    ReasonDef("no_smartphone", "Không có điện thoại thông minh", True),
    ReasonDef("sim_not_owner", "SIM không chính chủ", True),
    ReasonDef("waiting_approval", "Đã nộp hồ sơ, đang chờ phê duyệt", True),
    ReasonDef("approved_not_activated", "Đã phê duyệt nhưng chưa kích hoạt", False),
    ReasonDef("no_time", "Chưa sắp xếp thời gian", False),
)
