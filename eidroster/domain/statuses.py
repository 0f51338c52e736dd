"""E-ID statuses, their report buckets and the campaign flags."""

from __future__ import annotations

from enum import StrEnum


class Bucket(StrEnum):
    """The three columns of the report."""

    NONE = "none"  # Chưa định danh
    LEVEL1 = "level1"  # Đã định danh mức 1
    LEVEL2 = "level2"  # Đã định danh mức 2


class Status(StrEnum):
    NO_CHIP_CARD = "no_chip_card"
    NOT_REGISTERED = "not_registered"
    SUBMITTED = "submitted"
    REJECTED = "rejected"
    APPROVED_NOT_ACTIVATED = "approved_not_activated"
    LEVEL1 = "level1"
    LEVEL2 = "level2"


#: Stage order (the way a person moves through the process).
STATUS_ORDER: tuple[Status, ...] = tuple(Status)

STATUS_BUCKET: dict[Status, Bucket] = {
    Status.NO_CHIP_CARD: Bucket.NONE,
    Status.NOT_REGISTERED: Bucket.NONE,
    Status.SUBMITTED: Bucket.NONE,
    Status.REJECTED: Bucket.NONE,
    Status.APPROVED_NOT_ACTIVATED: Bucket.NONE,
    Status.LEVEL1: Bucket.LEVEL1,
    Status.LEVEL2: Bucket.LEVEL2,
}

#: Vietnamese labels used in official documents (reports are always Vietnamese).
STATUS_LABEL_VI: dict[Status, str] = {
    Status.NO_CHIP_CARD: "Chưa có thẻ căn cước gắn chip",
    Status.NOT_REGISTERED: "Chưa đăng ký",
    Status.SUBMITTED: "Đã nộp hồ sơ, chờ phê duyệt",
    Status.REJECTED: "Hồ sơ bị từ chối",
    Status.APPROVED_NOT_ACTIVATED: "Đã phê duyệt, chưa kích hoạt",
    Status.LEVEL1: "Đã kích hoạt mức 1",
    Status.LEVEL2: "Đã kích hoạt mức 2",
}

STATUS_LABEL_EN: dict[Status, str] = {
    Status.NO_CHIP_CARD: "No chip-based identity card yet",
    Status.NOT_REGISTERED: "Not registered",
    Status.SUBMITTED: "Submitted, awaiting approval",
    Status.REJECTED: "Application rejected",
    Status.APPROVED_NOT_ACTIVATED: "Approved, not activated",
    Status.LEVEL1: "Level 1 activated",
    Status.LEVEL2: "Level 2 activated",
}

BUCKET_LABEL_VI: dict[Bucket, str] = {
    Bucket.NONE: "Chưa định danh",
    Bucket.LEVEL1: "Đã định danh mức 1",
    Bucket.LEVEL2: "Đã định danh mức 2",
}

#: Days an approved account has to be activated before "not activated" stops being justified.
ACTIVATION_GRACE_DAYS = 7

#: The status of an employee for whom nothing has been recorded yet.
DEFAULT_STATUS = Status.NOT_REGISTERED

#: Labels of earlier versions, still understood when a file or a user types them
#: (the first stage said "CCCD" before Luật Căn cước 2023).
OLD_STATUS_LABELS_VI: dict[str, Status] = {
    "Chưa có CCCD gắn chip": Status.NO_CHIP_CARD,
}


def stage_for_card(status: Status | str | None, holds_old_cmnd: bool) -> Status | None:
    """The stage a person counts under given their card: someone who still holds only
    an old 9-digit CMND (no validity since 01/01/2025) and has not started the process
    needs a thẻ căn cước first, whatever was typed ("Chưa đăng ký", or nothing)."""
    if holds_old_cmnd and (status is None or Status(status) is Status.NOT_REGISTERED):
        return Status.NO_CHIP_CARD
    return None if status is None else Status(status)


#: How far along the process a stage is. A change to a lower rank than the stage in force
#: is a downgrade (e.g. mức 2 -> chưa đăng ký) that needs the user's confirmation. A
#: rejection is the outcome of a submission, so the two share a rank (neither way is a
#: step back). So do the two stages before the process starts: "chưa đăng ký" turning
#: out to be "chưa có thẻ căn cước" (an old CMND) is a correction, not a step back.
STAGE_RANK: dict[Status, int] = {
    Status.NO_CHIP_CARD: 1,
    Status.NOT_REGISTERED: 1,
    Status.SUBMITTED: 2,
    Status.REJECTED: 2,
    Status.APPROVED_NOT_ACTIVATED: 3,
    Status.LEVEL1: 4,
    Status.LEVEL2: 5,
}


def is_downgrade(old: Status | str | None, new: Status | str) -> bool:
    """True when ``new`` is an earlier stage than ``old`` (nothing recorded: never)."""
    if old is None:
        return False
    return STAGE_RANK[Status(new)] < STAGE_RANK[Status(old)]


def bucket_of(status: Status | str) -> Bucket:
    return STATUS_BUCKET[Status(status)]


def needs_reason(status: Status | str) -> bool:
    """Everybody not at level 2 should have a reason (có lý do / không có lý do)."""
    return bucket_of(status) is not Bucket.LEVEL2
