"""The options asked before a report is written: the as-of date, the letter's date
("Ngày ban hành", or blank for the văn thư to write by hand), and what a report needs
beside them (target date, ASCII file names, Phụ lục IV password). Also the check that
the unit's details are set before any report is offered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from eidroster.services.database import Database
from eidroster.ui.date_edit import DateEdit

DATE_DISPLAY = "dd/MM/yyyy"
BLANK = "blank"  # eidroster.reports.dateline.BLANK (the UI does not import reports)



def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate | dt.date) -> dt.date:
    if isinstance(day, dt.date):
        return day
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date, name: str, *, maximum: dt.date | None = None) -> DateEdit:
    """The window's one date field (typed dd/mm/yyyy, never turned into another date)."""
    return DateEdit(day, name=name, maximum=maximum)


def last_folder() -> str:
    value = QSettings("eidroster", "eidroster").value("reports/last_folder", "")
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


def remember_folder(path: Path) -> None:
    QSettings("eidroster", "eidroster").setValue("reports/last_folder", str(path))


def checked_ok_cancel(dialog: QDialog, ok_text: str, on_ok) -> QDialogButtonBox:
    """OK / Cancel where OK first runs ``on_ok`` (which accepts the dialog only when the
    form is right); Cancel rejects."""
    from eidroster.ui.widgets import ok_cancel

    buttons = ok_cancel(dialog, ok_text)
    buttons.accepted.disconnect()
    buttons.accepted.connect(on_ok)
    return buttons


def problem_label() -> QLabel:
    """The red line under a form where what is wrong is said."""
    label = QLabel()
    label.setObjectName("problem")
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


def unit_details_ready(parent: QWidget | None, db: Database) -> bool:
    """True when the unit's name, parent agency, place and signer are set; otherwise
    say which are missing and offer the settings form (the report is not made)."""
    from eidroster.services.report_inputs import missing_unit_details

    missing = missing_unit_details(db)
    if not missing:
        return True
    labels = {
        "unit_name": QCoreApplication.translate("ReportDialogs", "Tên đơn vị"),
        "parent_agency": QCoreApplication.translate("ReportDialogs", "Cơ quan chủ quản"),
        "place_name": QCoreApplication.translate("ReportDialogs", "Địa danh (dòng ngày tháng)"),
        "signer_title": QCoreApplication.translate("ReportDialogs", "Chức vụ người ký (có thể 2 dòng)"),
        "signer_name": QCoreApplication.translate("ReportDialogs", "Họ tên người ký"),
    }
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ReportDialogs", "Chưa có thông tin đơn vị"),
                      QCoreApplication.translate("ReportDialogs", "Chưa lập được báo cáo: hãy nhập thông tin đơn vị trước.") + "\n\n"
                      + QCoreApplication.translate("ReportDialogs", "Còn thiếu:") + "\n" + "\n".join(f"- {labels[k]}" for k in missing),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("unit_details_missing")
    open_form = box.addButton(QCoreApplication.translate("ReportDialogs", "Nhập thông tin đơn vị…"), QMessageBox.ButtonRole.AcceptRole)
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("ReportDialogs", "Hủy"))
    box.setDefaultButton(open_form)
    box.exec()
    if box.clickedButton() is open_form:
        from eidroster.ui.report_dialogs import edit_settings

        if edit_settings(parent, db):
            return not missing_unit_details(db)
    return False


class ReportOptionsDialog(QDialog):
    """The as-of date, the letter's date, and what a report needs beside them."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 target: dt.date | None = None, ask_target: bool = False,
                 ask_ascii: bool = False, ask_password: bool = False, note: str = "",
                 ask_issued: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("report_options_dialog")
        self.setWindowTitle(title)
        form = QFormLayout()
        self.as_of = date_edit(dt.date.today(), "as_of", maximum=dt.date.today())
        form.addRow(QCoreApplication.translate("ReportDialogs", "Số liệu tính đến ngày"), self.as_of)
        self.issued = self.issued_blank = None
        if ask_issued:
            self.issued = date_edit(dt.date.today(), "issued")
            self.issued.setToolTip(QCoreApplication.translate("ReportDialogs", "Ngày ghi ở dòng địa danh, ngày tháng của văn bản"))
            form.addRow(QCoreApplication.translate("ReportDialogs", "Ngày ban hành"), self.issued)
            self.issued_blank = QCheckBox(QCoreApplication.translate("ReportDialogs", "Để trống số và ngày (văn thư ghi tay khi "
                                             "vào sổ)"))
            self.issued_blank.setObjectName("issued_blank")
            self.issued_blank.toggled.connect(lambda on: self.issued.setEnabled(not on))
            form.addRow("", self.issued_blank)
        self.has_target = self.target = None
        if ask_target:
            self.has_target = QCheckBox(QCoreApplication.translate("ReportDialogs", "Ngày phải đạt 100%"))
            self.has_target.setObjectName("has_target")
            self.target = date_edit(target or dt.date.today() + dt.timedelta(30), "target")
            self.has_target.setChecked(target is not None)
            self.target.setEnabled(target is not None)
            self.has_target.toggled.connect(self.target.setEnabled)
            form.addRow(self.has_target, self.target)
        self.ascii_names = None
        if ask_ascii:
            self.ascii_names = QCheckBox(QCoreApplication.translate("ReportDialogs", "Tên tệp không dấu (chỉ chữ, số, '-' và '_')"))
            self.ascii_names.setObjectName("ascii_names")
            form.addRow("", self.ascii_names)
        self.use_password = self.password = self.password2 = None
        if ask_password:
            self.use_password = QCheckBox(QCoreApplication.translate("ReportDialogs", "Đặt mật khẩu cho tệp (khuyên dùng)"))
            self.use_password.setObjectName("use_password")
            self.use_password.setChecked(True)
            self.password = QLineEdit()
            self.password.setObjectName("password")
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.password2 = QLineEdit()
            self.password2.setObjectName("password2")
            self.password2.setEchoMode(QLineEdit.EchoMode.Password)
            self.use_password.toggled.connect(self.password.setEnabled)
            self.use_password.toggled.connect(self.password2.setEnabled)
            form.addRow("", self.use_password)
            form.addRow(QCoreApplication.translate("ReportDialogs", "Mật khẩu"), self.password)
            form.addRow(QCoreApplication.translate("ReportDialogs", "Nhập lại mật khẩu"), self.password2)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setObjectName("note")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(checked_ok_cancel(
            self, QCoreApplication.translate("ReportDialogs", "Tiếp tục"), self.check_and_accept))

    def check_and_accept(self) -> None:
        for label, field, used in (
                (QCoreApplication.translate("ReportDialogs", "Số liệu tính đến ngày"), self.as_of, True),
                (QCoreApplication.translate("ReportDialogs", "Ngày ban hành"), self.issued,
                 self.issued_blank is not None and not self.issued_blank.isChecked()),
                (QCoreApplication.translate("ReportDialogs", "Ngày phải đạt 100%"), self.target,
                 self.has_target is not None and self.has_target.isChecked())):
            if used and field is not None and not field.is_valid():
                self.problem.setText(f"{label}: {field.problem()}")
                field.setFocus()
                return
        if self.use_password is not None and self.use_password.isChecked():
            assert self.password is not None and self.password2 is not None
            if not self.password.text():
                self.problem.setText(QCoreApplication.translate("ReportDialogs", "Hãy nhập mật khẩu, hoặc bỏ chọn \"Đặt mật khẩu\""))
                return
            if self.password.text() != self.password2.text():
                self.problem.setText(QCoreApplication.translate("ReportDialogs", "Hai lần nhập mật khẩu không giống nhau"))
                return
            from eidroster.domain.errors import InputError
            from eidroster.services.privacy import check_file_password

            try:  # a weak password on a file that leaves the machine is refused
                check_file_password(self.password.text())
            except InputError as exc:
                self.problem.setText(exc.message)
                return
        self.accept()

    def as_of_date(self) -> dt.date:
        day = self.as_of.date()
        assert day is not None  # checked before accepting
        return day

    def issued_value(self) -> dt.date | str | None:
        """The letter's date, ``"blank"`` to leave it to the văn thư, None: today."""
        if self.issued is None:
            return None
        assert self.issued_blank is not None
        return BLANK if self.issued_blank.isChecked() else self.issued.date()

    def target_date(self) -> dt.date | None:
        if self.has_target is None or not self.has_target.isChecked():
            return None
        assert self.target is not None
        return self.target.date()

    def password_value(self) -> str | None:
        if self.use_password is None or not self.use_password.isChecked():
            return None
        assert self.password is not None
        return self.password.text() or None

    def ascii_value(self) -> bool:
        return bool(self.ascii_names is not None and self.ascii_names.isChecked())
