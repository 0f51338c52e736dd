"""Dialogs for a status change of one or many employees, and for marking a leaver."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.employee import StatusInput
from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.services.roster import ReasonInfo
from eidroster.ui.employee_dialog import reason_combo
from eidroster.ui.i18n import DATE_FORMAT, format_int, status_label
from eidroster.ui.widgets import ok_cancel


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


class StatusDialog(QDialog):
    """One status, reason and effective date for ``count`` selected employees."""

    def __init__(self, count: int, reasons: list[ReasonInfo], parent: QWidget | None = None,
                 status: Status | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cập nhật tình trạng"))
        self.setMinimumWidth(480)
        head = QLabel(self.tr("Cập nhật tình trạng cho {n} nhân viên đã chọn").format(n=format_int(count)))
        head.setWordWrap(True)
        self.status = QComboBox()
        for s in Status:
            self.status.addItem(status_label(s), s.value)
        if status is not None:
            self.status.setCurrentIndex(self.status.findData(status.value))
        self.reason = QComboBox()
        reason_combo(self.reason, reasons)
        self.effective = date_edit()
        self.note = QLineEdit()
        self.vneid = QCheckBox(self.tr("Đã cài và đăng nhập VNeID"))
        self.dvcqg = QCheckBox(self.tr("Đã dùng VNeID đăng nhập Cổng DVCQG"))
        form = QFormLayout()
        form.addRow(self.tr("Tình trạng"), self.status)
        form.addRow(self.tr("Lý do chưa mức 2"), self.reason)
        form.addRow(self.tr("Ngày hiệu lực"), self.effective)
        form.addRow(self.tr("Ghi chú"), self.note)
        form.addRow("", self.vneid)
        form.addRow("", self.dvcqg)
        buttons = ok_cancel(self, self.tr("Cập nhật"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        is_l2 = bucket_of(self.status.currentData()) is Bucket.LEVEL2
        self.reason.setEnabled(not is_l2)
        if is_l2:
            self.vneid.setChecked(True)

    def status_input(self) -> StatusInput:
        status = Status(self.status.currentData())
        day = from_qdate(self.effective.date())
        is_l2 = bucket_of(status) is Bucket.LEVEL2
        return StatusInput(
            status=status, effective_date=day,
            reason_id=None if is_l2 else self.reason.currentData(),
            note=self.note.text(),
            vneid_login=self.vneid.isChecked(),
            vneid_login_date=day if self.vneid.isChecked() else None,
            dvcqg_used=self.dvcqg.isChecked(),
            dvcqg_date=day if self.dvcqg.isChecked() else None,
        )


class LeaveDialog(QDialog):
    """Ask the leave date of an employee (leavers drop out of later reports)."""

    def __init__(self, name: str, current: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đánh dấu nghỉ việc"))
        text = QLabel(self.tr(
            "{name} nghỉ việc từ ngày (không còn tính trong báo cáo từ ngày này; lịch sử vẫn giữ):"
        ).format(name=name))
        text.setWordWrap(True)
        self.date = date_edit(current)
        buttons = ok_cancel(self, self.tr("Đánh dấu nghỉ việc"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.date)
        layout.addWidget(buttons)

    def leave_date(self) -> dt.date:
        return from_qdate(self.date.date())
