"""Telling the user that a change altered a report already sent (issue 13, point 8).

The flows take a snapshot of the reported dates a change may reach before writing
(``services.reported.snapshot``, on the worker with the write), ask afterwards which ones
read differently (``services.reported.altered``) and pass them to :func:`tell`, which
names each reported date, when and in which file it was sent, and what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from eidroster.domain.text import format_date
from eidroster.services.reported import ReportedChange
from eidroster.ui.i18n import format_int

MAX_LINES = 6  # per report; the rest is counted


def describe(changes: list[ReportedChange]) -> str:
    """The reported dates and what changed in each, as plain text."""
    out = []
    for c in changes:
        head = QCoreApplication.translate(
            "ReportedNotice", "Phụ lục III tính đến ngày {day}").format(day=format_date(c.as_of))
        if c.exported_at is not None:
            head += QCoreApplication.translate(
                "ReportedNotice", " (gửi lúc {when}, tệp {file})").format(
                when=c.exported_at.strftime("%d/%m/%Y %H:%M"), file=c.file)
        out.append("• " + head + ":")
        out += [f"    {line}" for line in c.lines[:MAX_LINES]]
        if len(c.lines) > MAX_LINES:
            out.append("    " + QCoreApplication.translate(
                "ReportedNotice", "… và {n} thay đổi khác").format(
                n=format_int(len(c.lines) - MAX_LINES)))
    return "\n".join(out)


def tell(parent: QWidget | None, changes: list[ReportedChange]) -> QMessageBox | None:
    """Say which reports already sent the change just written altered (nothing when
    none). Returns the box shown (tests read it)."""
    if not changes:
        return None
    if parent is not None and not parent.isVisible():
        return None  # the window was closed while the change was written: nobody to tell
    box = QMessageBox(parent)
    box.setObjectName("reported_changed")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ReportedNotice", "Báo cáo đã gửi bị thay đổi"))
    box.setText(QCoreApplication.translate(
        "ReportedNotice", "Thay đổi vừa ghi làm khác số liệu của {n} báo cáo đã gửi.").format(
        n=format_int(len(changes))))
    box.setInformativeText(describe(changes) + "\n\n" + QCoreApplication.translate(
        "ReportedNotice", "Báo cáo lập lại cho các ngày này sẽ ra số mới. Nếu cần, hãy xuất lại và gửi kèm giải "
        "thích; muốn trả lại như cũ thì dùng Hoàn tác (Ctrl+Z)."))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    return box
