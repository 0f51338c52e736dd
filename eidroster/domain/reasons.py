"""The catalogue of reasons for not being at level 2 (lý do chưa định danh mức 2)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReasonDef:
    code: str
    label: str  # Vietnamese, as shown in reports
    justified: bool  # chính đáng


#: The default catalogue shipped with a new database; the unit edits it afterwards.
#: Labels speak the words of Luật Căn cước 2023 (thẻ căn cước, số định danh cá nhân).
DEFAULT_REASONS: tuple[ReasonDef, ...] = (
    ReasonDef("maternity", "Nghỉ thai sản", True),
    ReasonDef("long_sick", "Ốm đau dài ngày / đang điều trị", True),
    ReasonDef("away", "Đi học, công tác xa", True),
    ReasonDef("waiting_card", "Chưa có thẻ căn cước gắn chip (đang chờ cấp)", True),
    ReasonDef("old_cmnd", "Còn dùng CMND cũ (hết giá trị từ 01/01/2025), chưa làm thẻ căn cước",
              False),
    ReasonDef("wrong_info", "Sai thông tin số điện thoại / hộ tịch, chờ điều chỉnh", True),
    ReasonDef("bad_photo", "Ảnh chân dung không đạt, chờ thu nhận lại", True),
    ReasonDef("no_smartphone", "Không có điện thoại thông minh", True),
    ReasonDef("sim_not_owner", "SIM không chính chủ", True),
    ReasonDef("waiting_approval", "Đã nộp hồ sơ, đang chờ phê duyệt", True),
    ReasonDef("approved_not_activated", "Đã phê duyệt nhưng chưa kích hoạt", False),
    ReasonDef("no_time", "Chưa sắp xếp thời gian", False),
)


#: Default labels of earlier versions, by code: a database whose reason still carries one
#: of these (the unit never renamed it) is brought to the current label by the schema
#: migration to version 4.
OLD_DEFAULT_LABELS: dict[str, str] = {
    "waiting_card": "Chưa có CCCD gắn chip (đang chờ cấp)",
}
