"""The status dialog: one person's status, reason, note and campaign flags, or one change
for several people that changes only what the user sets.

* **One person**: everything starts as it is now (status, reason — from the catalogue or
  in words —, note, flags). What the user leaves alone is kept as it is in force on the
  change's date.
* **Several people**: no status is chosen (OK stays off until one is), the reason starts
  on "giữ nguyên lý do của từng người", an empty note keeps each note, each flag reads
  "giữ nguyên / có / không".

The date is today by default; a future date is refused in the field, and a date before a
person's latest recorded change is flagged under it (the change only fills the history
up to that later date). The confirmations (many people, a step back from mức 2) are the
flow's (``ui/status_flow.py``), after the dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.employee import StatusInput
from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.domain.text import format_date
from eidroster.services.roster import ReasonInfo, RosterRow
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.employee_dialog import reason_combo
from eidroster.ui.i18n import format_int, status_label
from eidroster.ui.widgets import ok_cancel

KEEP = "keep"  # the reason and flag combos' "giữ nguyên"
IN_WORDS = "words"  # one person's reason typed in words (not in the catalogue)


def future_message() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "StatusDialog", "Ngày ở tương lai: chỉ ghi được điều đã xảy ra")


class StatusDialog(QDialog):
    """``rows``: the people chosen (one: pre-filled; several: "giữ nguyên" everywhere).
    ``count`` when the rows are not all at hand (their number is shown)."""

    def __init__(self, count: int, reasons: list[ReasonInfo], parent: QWidget | None = None,
                 status: Status | None = None, *, rows: Sequence[RosterRow] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("status_dialog")
        self.rows = list(rows)
        self.single = self.rows[0] if count == 1 and len(self.rows) == 1 else None
        one = self.single
        self.setWindowTitle(self.tr("Cập nhật tình trạng"))
        self.setMinimumWidth(560)
        if one is not None:
            head_text = self.tr("Cập nhật tình trạng của <b>{name}</b> (đang: {status})").format(
                name=one.full_name, status=status_label(one.status))
        else:
            head_text = self.tr(
                "Cập nhật tình trạng cho <b>{n} người</b> đã chọn. Chỉ những gì bạn chọn "
                "được thay đổi; phần để «giữ nguyên» giữ như của từng người.").format(
                n=format_int(count))
        head = QLabel(head_text)
        head.setWordWrap(True)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for s in Status:
            self.status.addItem(status_label(s), s.value)
        self.status.setPlaceholderText(self.tr("— chọn tình trạng —"))
        start = status or (one.status if one is not None else None)
        self.status.setCurrentIndex(self.status.findData(start.value) if start else -1)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        # a long reason (one typed in words) must not widen the dialog past its labels
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(32)
        self._fill_reasons(reasons)
        self.effective = DateEdit(dt.date.today(), name="effective",
                                  maximum=dt.date.today(), maximum_message=future_message())
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.later = QLabel()
        self.later.setObjectName("later")
        self.later.setWordWrap(True)
        self.later.setStyleSheet("color: #8a6d3b;")
        form = QFormLayout()
        form.addRow(self.tr("&Tình trạng"), self.status)
        form.addRow(self.tr("&Lý do chưa mức 2"), self.reason)
        form.addRow(self.tr("&Ngày hiệu lực"), self.effective)
        form.addRow("", self.later)
        form.addRow(self.tr("&Ghi chú"), self.note)
        if one is not None:
            self.note.setText(one.note)
            self.vneid = QCheckBox(self.tr("Đã cài và đăng nhập VNeID"))
            self.dvcqg = QCheckBox(self.tr("Đã dùng VNeID đăng nhập Cổng DVCQG"))
            self.vneid.setChecked(one.vneid_login)
            self.dvcqg.setChecked(one.dvcqg_used)
            form.addRow("", self.vneid)
            form.addRow("", self.dvcqg)
            for box in (self.vneid, self.dvcqg):
                box.toggled.connect(self._check)
        else:
            self.note.setPlaceholderText(self.tr("để trống: giữ nguyên ghi chú của từng người"))
            self.vneid = self._flag_combo("vneid")
            self.dvcqg = self._flag_combo("dvcqg")
            form.addRow(self.tr("Đã cài và đăng nhập &VNeID"), self.vneid)
            form.addRow(self.tr("Đã dùng VNeID đăng nhập Cổng &DVCQG"), self.dvcqg)
        self.buttons = ok_cancel(self, self.tr("Cập nhật"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.reason.currentIndexChanged.connect(self._check)
        self.note.textChanged.connect(self._check)
        self.effective.dateChanged.connect(self._date_changed)
        self.effective.validityChanged.connect(self._check)
        self._status_changed()
        self._date_changed()
        self.status.setFocus()

    # ------------------------------------------------------------ building

    def _fill_reasons(self, reasons: list[ReasonInfo]) -> None:
        one = self.single
        if one is None:
            self.reason.addItem(self.tr("(giữ nguyên lý do của từng người)"), KEEP)
            reason_combo(self.reason, reasons, clear=False)
            self.reason.setCurrentIndex(0)
            return
        reason_combo(self.reason, reasons, one.reason_id)
        if one.reason_id is None and one.reason:  # a reason typed in words (e.g. imported)
            self.reason.insertItem(1, self.tr("{reason} (ghi bằng lời, chưa có trong danh "
                                              "mục)").format(reason=one.reason), IN_WORDS)
            self.reason.setCurrentIndex(1)

    def _flag_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("giữ nguyên"), KEEP)
        combo.addItem(self.tr("có"), True)
        combo.addItem(self.tr("không"), False)
        return combo

    # ------------------------------------------------------------ reacting

    def chosen_status(self) -> Status | None:
        value = self.status.currentData()
        return Status(value) if value else None

    def _status_changed(self) -> None:
        status = self.chosen_status()
        level2 = status is not None and bucket_of(status) is Bucket.LEVEL2
        self.reason.setEnabled(not level2)
        if level2:  # an activated mức 2 account has logged into VNeID
            if isinstance(self.vneid, QCheckBox):
                self.vneid.setChecked(True)
            else:
                self.vneid.setCurrentIndex(self.vneid.findData(True))
        self._check()

    def _date_changed(self, *_args: object) -> None:
        day = self.effective.date()
        later = [r for r in self.rows if day is not None and r.updated is not None
                 and r.updated > day]
        if not later:
            self.later.clear()
        elif self.single is not None:
            self.later.setText(self.tr(
                "Người này đã có cập nhật ngày {day}: thay đổi này chỉ ghi vào lịch sử đến "
                "ngày đó, tình trạng hiện tại không đổi.").format(
                day=format_date(later[0].updated)))
        else:
            self.later.setText(self.tr(
                "{n} người đã có cập nhật sau ngày này: với họ, thay đổi này chỉ ghi vào lịch "
                "sử đến ngày cập nhật đó, tình trạng hiện tại không đổi.").format(
                n=format_int(len(later))))
        self.later.setVisible(bool(later))
        self._check()

    def _check(self, *_args: object) -> None:
        ok = self.chosen_status() is not None and self.effective.is_valid()
        if ok and self.single is not None:
            ok = self._changes_something()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _changes_something(self) -> bool:
        one = self.single
        assert one is not None
        change = self.status_input()
        return (change.status is not one.status or self._reason_changed()
                or change.note is not None or change.vneid_login is not None
                or change.dvcqg_used is not None)

    def _reason_changed(self) -> bool:
        one = self.single
        data = self.reason.currentData()
        if one is None or data == IN_WORDS:
            return False
        return data != one.reason_id or (data is None and bool(one.reason))

    def ok_enabled(self) -> bool:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def accept(self) -> None:
        if self.ok_enabled():
            super().accept()

    # ------------------------------------------------------------ the change

    def status_input(self) -> StatusInput:
        status = self.chosen_status()
        if status is None:
            raise ValueError("no status chosen")
        day = self.effective.date() or dt.date.today()
        level2 = bucket_of(status) is Bucket.LEVEL2
        reason = self.reason.currentData()
        keep_reason = not level2 and reason in (KEEP, IN_WORDS)
        one = self.single
        note: str | None = self.note.text()
        if one is not None:
            note = None if note == one.note else note
            vneid = self._checked(self.vneid, one.vneid_login)
            dvcqg = self._checked(self.dvcqg, one.dvcqg_used)
        else:
            note = note or None  # empty: each person's note is kept
            vneid = self._tristate(self.vneid)
            dvcqg = self._tristate(self.dvcqg)
        return StatusInput(
            status=status, effective_date=day,
            reason_id=None if level2 or keep_reason else reason,
            keep_reason=keep_reason, note=note,
            vneid_login=vneid, vneid_login_date=day if vneid else None,
            dvcqg_used=dvcqg, dvcqg_date=day if dvcqg else None,
        )

    @staticmethod
    def _checked(box: QCheckBox | QComboBox, was: bool) -> bool | None:
        assert isinstance(box, QCheckBox)
        return None if box.isChecked() == was else box.isChecked()

    @staticmethod
    def _tristate(combo: QCheckBox | QComboBox) -> bool | None:
        assert isinstance(combo, QComboBox)
        value = combo.currentData()
        return None if value == KEEP else bool(value)

    def describe(self) -> list[str]:
        """What the change sets, line by line (for the confirmation)."""
        change = self.status_input()
        lines = [self.tr("Tình trạng: {status}").format(status=status_label(change.status)),
                 self.tr("Ngày hiệu lực: {day}").format(day=format_date(change.effective_date))]
        if bucket_of(change.status) is not Bucket.LEVEL2:
            lines.append(self.tr("Lý do: {reason}").format(
                reason=self.tr("giữ nguyên của từng người") if change.keep_reason
                else self.reason.currentText()))
        keep, yes, no = self.tr("giữ nguyên"), self.tr("có"), self.tr("không")
        for label, value in ((self.tr("Đăng nhập VNeID"), change.vneid_login),
                             (self.tr("Dùng DVCQG"), change.dvcqg_used)):
            lines.append(f"{label}: {keep if value is None else yes if value else no}")
        lines.append(self.tr("Ghi chú: {note}").format(
            note=self.tr("giữ nguyên") if change.note is None else (change.note or self.tr("(trống)"))))
        return lines
