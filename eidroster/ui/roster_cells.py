"""How a roster cell looks: the column titles, the text, tooltip, colours and alignment of
one row in one column. ``ui/roster_model.py`` asks here for every cell it paints."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics

from eidroster.domain.statuses import Bucket, Status
from eidroster.domain.text import format_date
from eidroster.services.roster import RosterRow
from eidroster.ui.i18n import bucket_label, format_int, gender_label, status_label, yes_no
from eidroster.ui.roster_keys import (
    COL_BIRTH,
    COL_DEPT,
    COL_DVCQG,
    COL_GENDER,
    COL_ID,
    COL_JUSTIFIED,
    COL_NAME,
    COL_REASON,
    COL_STATUS,
    COL_TT,
    COL_UPDATED,
    COL_VNEID,
)

BUCKET_COLOURS: dict[Bucket, QColor] = {
    Bucket.NONE: QColor("#f8d7da"),
    Bucket.LEVEL1: QColor("#fff3cd"),
    Bucket.LEVEL2: QColor("#d1e7dd"),
}
LEAVER_COLOUR = QColor("#8a8a8a")

BUCKET_BRUSHES = {b: QBrush(c) for b, c in BUCKET_COLOURS.items()}
LEAVER_BRUSH = QBrush(LEAVER_COLOUR)
WARN_BRUSH = QBrush(QColor("#b02a37"))
#: an old 9-digit CMND (no validity since 01/01/2025): the number to replace
OLD_ID_BRUSH = QBrush(QColor("#8a5a00"))
CENTER = int(Qt.AlignmentFlag.AlignCenter)
CENTERED = frozenset({COL_TT, COL_BIRTH, COL_GENDER, COL_ID, COL_JUSTIFIED, COL_VNEID,
                      COL_DVCQG, COL_UPDATED})


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("RosterModel", "TT"),
        QCoreApplication.translate("RosterModel", "Họ và tên"),
        QCoreApplication.translate("RosterModel", "Ngày sinh"),
        QCoreApplication.translate("RosterModel", "Giới\ntính"),
        QCoreApplication.translate("RosterModel", "Khoa/phòng"),
        QCoreApplication.translate("RosterModel", "Số định danh"),
        QCoreApplication.translate("RosterModel", "Tình trạng"),
        QCoreApplication.translate("RosterModel", "Lý do"),
        QCoreApplication.translate("RosterModel", "Lý do\nchính đáng"),
        QCoreApplication.translate("RosterModel", "VNeID\nđăng nhập"),
        QCoreApplication.translate("RosterModel", "Dùng\nDVCQG"),
        QCoreApplication.translate("RosterModel", "Cập nhật"),
    ]


def display(r: RosterRow, n: int, col: int, revealed: bool) -> str:
    """The text of row ``r`` shown at position ``n`` (``revealed``: its full CCCD)."""
    if col == COL_TT:
        return format_int(n + 1)
    if col == COL_NAME:
        return r.full_name
    if col == COL_BIRTH:
        return format_date(r.birth_date)
    if col == COL_GENDER:
        return gender_label(r.gender)
    if col == COL_DEPT:
        return r.department
    if col == COL_ID:
        return (r.id_number or "") if revealed else r.masked_id
    if col == COL_STATUS:
        return status_label(r.status)
    if col == COL_REASON:
        return "" if r.bucket is Bucket.LEVEL2 else r.reason
    if col == COL_JUSTIFIED:
        return "" if r.bucket is Bucket.LEVEL2 else yes_no(r.justified)
    if col == COL_VNEID:
        return yes_no(r.vneid_login)
    if col == COL_DVCQG:
        return yes_no(r.dvcqg_used)
    if col == COL_UPDATED:
        return format_date(r.updated)
    return ""


def tooltip(r: RosterRow, col: int, revealed: bool) -> str | None:
    parts = []
    if col in (COL_NAME, COL_DEPT, COL_REASON, COL_STATUS):
        parts.append(display(r, 0, col, revealed))
    if col == COL_STATUS:
        parts.append(bucket_label(r.bucket))
    if col == COL_REASON and r.note:
        parts.append(r.note)
    if r.leave_date is not None:
        parts.append(QCoreApplication.translate("RosterModel", "Nghỉ việc từ {date}").format(
            date=format_date(r.leave_date)))
    if col == COL_ID and r.id_kind == "cmnd":
        parts.append(QCoreApplication.translate(
            "RosterModel", "Số CMND cũ (9 số), hết giá trị từ 01/01/2025: người này cần làm "
            "thẻ căn cước gắn chip, rồi ghi số định danh 12 số"))
    if col == COL_ID and not revealed and r.id_number:
        parts.append(QCoreApplication.translate(
            "RosterModel", "Số bị che; chọn dòng rồi bấm Ctrl+H để xem đủ"))
    return "\n".join(parts) or None


def foreground(r: RosterRow, col: int, today: dt.date) -> QBrush | None:
    """Leavers in grey; a missing justified reason in red."""
    if r.leave_date is not None and r.leave_date <= today:
        return LEAVER_BRUSH
    if col == COL_JUSTIFIED and r.bucket is not Bucket.LEVEL2 and not r.justified:
        return WARN_BRUSH
    if col == COL_ID and r.id_kind == "cmnd":
        return OLD_ID_BRUSH
    return None


def window_size() -> tuple[int, int]:
    """1366×768, or less on a smaller screen (1920×1080 at 150 % scale is 1280×720)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return 1366, 768  # no real screen (tests, the screenshot command)
    free = screen.availableGeometry()
    return min(1366, free.width()), min(768, free.height())


def column_widths(fm: QFontMetrics, header_fm: QFontMetrics, titles: list[str]) -> dict[int, int]:
    """Widths from the font in the window's language, so that the twelve columns fit
    1366 px: fixed-format columns get exactly their content (or their title); name,
    department and reason share the rest."""
    pad = 14

    def fit(*texts: str) -> int:
        widest = 0
        for t in texts:
            for line in t.split("\n"):
                widest = max(widest, fm.horizontalAdvance(line), header_fm.horizontalAdvance(line))
        return widest + pad

    widths = {
        COL_TT: fit("100.000"),
        COL_BIRTH: fit("00/00/0000", titles[COL_BIRTH]),
        COL_GENDER: fit(gender_label("F"), gender_label("M"), titles[COL_GENDER]),
        COL_ID: fit("000000000000"),
        COL_STATUS: fit(status_label(Status.LEVEL2)),
        COL_JUSTIFIED: fit(yes_no(False), titles[COL_JUSTIFIED]),
        COL_VNEID: fit(yes_no(False), titles[COL_VNEID]),
        COL_DVCQG: fit(yes_no(False), titles[COL_DVCQG]),
        COL_UPDATED: fit("00/00/0000", titles[COL_UPDATED]),
    }
    # the window's width less the department list (250), margins and the scroll bar (60)
    rest = max(240, window_size()[0] - 250 - 60 - sum(widths.values()))
    widths[COL_NAME] = int(rest * 0.36)
    widths[COL_DEPT] = int(rest * 0.33)
    widths[COL_REASON] = int(rest * 0.31)
    return widths
