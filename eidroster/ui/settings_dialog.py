"""The settings dialog: the unit's details printed on every report (greyed examples, what
each report needs marked, the place explained) and the personal-data rules (the retention
period, who sees the data, where staff send their requests), with the processing notice
one click away. Every key is the one ``settings set`` knows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError
from eidroster.domain.retention import DEFAULT_MONTHS, rule_from
from eidroster.services import settings as settings_service
from eidroster.services.database import Database
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.report_options import checked_ok_cancel, date_edit, problem_label
from eidroster.ui.unit_form import UnitForm


class PrivacyTab(QWidget):
    """Retention, who sees the data, where requests go (the processing notice's inputs)."""

    def __init__(self, current: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rule = rule_from(current)
        self.retention_on = QCheckBox(self.tr(
            "Tự động xóa dữ liệu cá nhân của người đã nghỉ việc khi hết thời hạn lưu trữ"))
        self.retention_on.setObjectName("retention_on")
        self.retention_on.setChecked(rule.active)
        self.months = QSpinBox()
        self.months.setObjectName("retention_months")
        self.months.setRange(1, 1200)
        self.months.setSuffix(self.tr(" tháng"))
        self.months.setValue(rule.months or DEFAULT_MONTHS)
        self.days = QSpinBox()
        self.days.setObjectName("retention_days")
        self.days.setRange(0, 36_500)
        self.days.setSuffix(self.tr(" ngày"))
        self.days.setSpecialValueText(self.tr("không dùng (tính theo số tháng)"))
        self.days.setValue(rule.days)
        for widget in (self.months, self.days):
            widget.setEnabled(rule.active)
            self.retention_on.toggled.connect(widget.setEnabled)
        explain = QLabel(self.tr(
            "Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15) và Nghị định 356/2025: dữ liệu của "
            "người lao động được xóa khi hết quan hệ lao động, trừ khi luật hoặc thỏa thuận cho "
            "phép giữ lâu hơn. Khi hết thời hạn, chương trình xóa họ tên, ngày sinh, giới tính, "
            "số định danh, chức danh và ghi chú của người đã nghỉ (mỗi ngày, lúc mở chương "
            "trình); các dòng không có tên được giữ để số liệu báo cáo đã gửi không đổi."))
        explain.setWordWrap(True)
        self.viewers = QPlainTextEdit(current.get("data_viewers", ""))
        self.viewers.setObjectName("data_viewers")
        self.viewers.setTabChangesFocus(True)
        self.viewers.setFixedHeight(self.viewers.fontMetrics().lineSpacing() * 4 + 14)
        self.viewers.setPlaceholderText(self.tr("mỗi dòng một nhóm người, ví dụ: Thủ trưởng "
                                                "đơn vị"))
        self.contact = QLineEdit(current.get("data_contact", ""))
        self.contact.setObjectName("data_contact")
        self.contact.setPlaceholderText(self.tr("ví dụ: Phòng Tổ chức cán bộ, tầng 2, điện "
                                                "thoại …"))
        self.notice_button = QPushButton(self.tr("Xem và in thông báo xử lý dữ liệu cá nhân…"))
        self.notice_button.setObjectName("notice_button")
        form = QFormLayout()
        form.addRow(self.retention_on)
        form.addRow(self.tr("Thời hạn lưu trữ sau ngày nghỉ việc"), self.months)
        form.addRow(self.tr("hoặc tính theo ngày (retention_days)"), self.days)
        form.addRow(explain)
        form.addRow(self.tr("Người được xem dữ liệu"), self.viewers)
        form.addRow(self.tr("Nơi tiếp nhận yêu cầu về dữ liệu cá nhân"), self.contact)
        form.addRow(self.notice_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # the fields at the top, the rest of the tab empty

    def values(self) -> dict[str, str]:
        on = self.retention_on.isChecked()
        return {
            "retention_months": str(self.months.value()) if on else "0",
            "retention_days": str(self.days.value()) if on else "0",
            "data_viewers": self.viewers.toPlainText(),
            "data_contact": self.contact.text(),
        }


class SettingsDialog(QDialog):
    """The unit's settings (one form for all keys): ``editors[key]`` per setting."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved = False
        self.setObjectName("report_settings_dialog")
        self.setWindowTitle(self.tr("Thiết lập: thông tin đơn vị và dữ liệu cá nhân"))
        current = settings_service.get_settings(db)
        self.unit = UnitForm(current)
        self.has_target = QCheckBox(self.tr("Ngày phải đạt 100%"))
        self.has_target.setObjectName("has_target_date")
        day = (dt.date.fromisoformat(current["target_date"]) if current["target_date"]
               else dt.date.today() + dt.timedelta(30))
        target = date_edit(day, "target_date")
        self.has_target.setChecked(bool(current["target_date"]))
        target.setEnabled(self.has_target.isChecked())
        self.has_target.toggled.connect(target.setEnabled)
        unit_tab = QWidget()
        unit_layout = QVBoxLayout(unit_tab)
        unit_layout.addWidget(self.unit)
        row = QFormLayout()
        row.addRow(self.has_target, target)
        unit_layout.addLayout(row)
        self.privacy = PrivacyTab(current)
        self.privacy.notice_button.clicked.connect(self.show_notice)
        self.tabs = QTabWidget()
        self.tabs.addTab(unit_tab, self.tr("Đơn vị và người ký"))
        self.tabs.addTab(self.privacy, self.tr("Dữ liệu cá nhân"))
        self.editors: dict[str, QWidget] = {**self.unit.editors, "target_date": target,
                                            "retention_months": self.privacy.months,
                                            "retention_days": self.privacy.days,
                                            "data_viewers": self.privacy.viewers,
                                            "data_contact": self.privacy.contact}
        self.problem = problem_label()
        buttons = checked_ok_cancel(self, self.tr("Lưu"), self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        target = self.editors["target_date"]
        assert isinstance(target, DateEdit)
        day = target.date()
        return {**self.unit.values(),
                "target_date": day.isoformat() if self.has_target.isChecked() and day else "",
                **self.privacy.values()}

    def save(self) -> None:
        target = self.editors["target_date"]
        assert isinstance(target, DateEdit)
        if self.has_target.isChecked() and not target.is_valid():  # said why, not turned into a day
            self.problem.setText(f"{self.has_target.text()}: {target.problem()}")
            target.setFocus()
            return
        try:
            settings_service.set_settings(self.db, self.values())
        except EidrosterError as exc:
            self.problem.setText(exc.message)
            return
        self.saved = True
        self.accept()

    def show_notice(self) -> None:
        """The processing notice as these (possibly unsaved) settings would print it."""
        from eidroster.ui.privacy_dialogs import NoticeDialog

        values = settings_service.get_settings(self.db) | self.values()
        NoticeDialog(self.db, values, self).exec()


def edit_settings(parent: QWidget | None, db: Database) -> bool:
    """Show the settings form; True when the user saved."""
    dlg = SettingsDialog(db, parent)
    dlg.exec()
    return dlg.saved
