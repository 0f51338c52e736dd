"""The dialogs of the employment flows: leaving, coming back, moving to another
department — for one person or many, each from a date (``ui/employment_flows.py``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from eidroster.services.departments import department_key
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import format_int
from eidroster.ui.status_dialog import future_message
from eidroster.ui.widgets import ok_cancel


class _DatedDialog(QDialog):
    """A head line, a form with a date, OK enabled while the form is complete."""

    def __init__(self, title: str, head: str, ok_text: str, parent: QWidget | None,
                 *, day: dt.date | None = None, future: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.head = QLabel(head)
        self.head.setWordWrap(True)
        self.date = DateEdit(day or dt.date.today(), name="date",
                             maximum=None if future else dt.date.today(),
                             maximum_message=None if future else future_message())
        self.form = QFormLayout()
        self.buttons = ok_cancel(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.date.validityChanged.connect(lambda _ok: self._check())

    def _complete(self) -> bool:
        return self.date.is_valid()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._complete())

    def ok_enabled(self) -> bool:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def accept(self) -> None:
        if self._complete():
            super().accept()

    def chosen_date(self) -> dt.date:
        day = self.date.date()
        assert day is not None
        return day


class LeaveDialog(_DatedDialog):
    """People leave the unit from a date: not counted in reports from that day on."""

    def __init__(self, count: int, name: str | None, parent: QWidget | None = None,
                 current: dt.date | None = None) -> None:
        if count == 1 and name:
            head = self.tr("<b>{name}</b> nghỉ việc từ ngày (không còn tính trong báo cáo từ "
                           "ngày này; báo cáo các ngày trước và lịch sử vẫn giữ):").format(name=name)
        else:
            head = self.tr("<b>{n} người</b> đã chọn nghỉ việc từ ngày (không còn tính trong "
                           "báo cáo từ ngày này; báo cáo các ngày trước và lịch sử vẫn giữ):"
                           ).format(n=format_int(count))
        super().__init__(self.tr("Đánh dấu nghỉ việc"), head, self.tr("Đánh dấu nghỉ việc"),
                         parent, day=current, future=True)
        self.setObjectName("leave_dialog")
        self.form.addRow(self.tr("&Ngày nghỉ việc"), self.date)
        self._check()

    def leave_date(self) -> dt.date:
        return self.chosen_date()


class ReturnDialog(_DatedDialog):
    """People who had left work again from a date, in the department they left or
    another one; the time away stays as it was."""

    def __init__(self, count: int, name: str | None, departments: list[str],
                 parent: QWidget | None = None) -> None:
        if count == 1 and name:
            head = self.tr("<b>{name}</b> trở lại làm việc từ ngày (thời gian nghỉ vẫn giữ "
                           "trong lịch sử):").format(name=name)
        else:
            head = self.tr("<b>{n} người</b> đã chọn trở lại làm việc từ ngày (thời gian nghỉ "
                           "vẫn giữ trong lịch sử):").format(n=format_int(count))
        super().__init__(self.tr("Ghi trở lại làm việc"), head, self.tr("Ghi trở lại làm việc"),
                         parent)
        self.setObjectName("return_dialog")
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.addItem(self.tr("(khoa/phòng trước khi nghỉ)"), None)
        for d in departments:
            self.department.addItem(d, d)
        self.form.addRow(self.tr("&Ngày trở lại"), self.date)
        self.form.addRow(self.tr("&Khoa/phòng"), self.department)
        self._check()

    def chosen_department(self) -> str | None:
        return self.department.currentData()


class MoveDialog(_DatedDialog):
    """People move to another department from a date; reports before it keep them
    where they were."""

    def __init__(self, count: int, name: str | None, departments: list[str],
                 parent: QWidget | None = None, current: str | None = None) -> None:
        if count == 1 and name:
            head = self.tr("Chuyển <b>{name}</b> ({current}) sang khoa/phòng khác từ ngày "
                           "(báo cáo các ngày trước vẫn tính ở khoa/phòng cũ):").format(
                name=name, current=current or "")
        else:
            head = self.tr("Chuyển <b>{n} người</b> đã chọn sang khoa/phòng khác từ ngày (báo "
                           "cáo các ngày trước vẫn tính ở khoa/phòng cũ):").format(
                n=format_int(count))
        super().__init__(self.tr("Chuyển khoa/phòng"), head, self.tr("Chuyển"), parent)
        self.setObjectName("move_dialog")
        self.names = list(departments)
        self._keys = {department_key(d): d for d in departments}
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.addItems(departments)
        self.department.setCurrentIndex(-1)
        self.department.setPlaceholderText(self.tr("chọn hoặc gõ tên khoa/phòng"))
        self.match = QLabel()
        self.match.setObjectName("match")
        self.match.setWordWrap(True)
        self.match.setStyleSheet("color: #555;")
        self.form.addRow(self.tr("&Sang khoa/phòng"), self.department)
        self.form.addRow("", self.match)
        self.form.addRow(self.tr("&Từ ngày"), self.date)
        self.department.currentTextChanged.connect(lambda _t: self._check())
        self._check()

    def chosen_department(self) -> str:
        """The catalogue's name when the typed one is another spelling of it."""
        typed = self.department.currentText().strip()
        return self._keys.get(department_key(typed), typed)

    def _complete(self) -> bool:
        typed = self.department.currentText().strip()
        if not typed:
            self.match.clear()
        elif department_key(typed) in self._keys:
            known = self._keys[department_key(typed)]
            self.match.setText("" if known == typed else self.tr("= «{name}» (đã có)").format(
                name=known))
        else:
            self.match.setText(self.tr("Khoa/phòng mới «{name}»: sẽ được thêm vào danh mục")
                               .format(name=typed))
        return bool(typed) and super()._complete()
