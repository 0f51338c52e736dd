"""Add / edit an employee: every field checked as the user types, OK only when valid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.employee import EmployeeInput, FieldProblem, StatusInput, check_employee
from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.domain.text import join_name, split_full_name
from eidroster.services import roster
from eidroster.services.database import Database
from eidroster.services.roster import ReasonInfo, RosterRow
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import status_label
from eidroster.ui.scan_assist import ScanAssist
from eidroster.ui.widgets import ok_cancel

_ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"


def reason_combo(combo: QComboBox, reasons: list[ReasonInfo], current: int | None = None,
                 *, clear: bool = True) -> None:
    """Fill a combo with the catalogue (retired reasons only when already chosen), after
    what it holds unless ``clear``."""
    if clear:
        combo.clear()
    combo.addItem(QCoreApplication.translate("EmployeeDialog", "(không có lý do)"), None)
    for r in reasons:
        if r.retired and r.id != current:
            continue
        suffix = "" if r.justified else QCoreApplication.translate(
            "EmployeeDialog", " — không chính đáng")
        combo.addItem(r.label + suffix, r.id)
    if current is not None:
        i = combo.findData(current)
        if i >= 0:
            combo.setCurrentIndex(i)


class EmployeeDialog(QDialog):
    """``row`` None = a new employee (with an initial status), else edit that row."""

    def __init__(self, db: Database, row: RosterRow | None = None, parent: QWidget | None = None,
                 departments: list[str] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.row = row
        self.setWindowTitle(self.tr("Thêm nhân viên") if row is None else self.tr("Sửa thông tin nhân viên"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Thị Minh Khai"))
        today = dt.date.today()
        self.birth = DateEdit(None, name="birth", allow_empty=True, maximum=today,
                              maximum_message=self.tr("Ngày sinh ở tương lai"))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("(chưa rõ)"), None)
        self.gender.addItem(self.tr("Nam"), "M")
        self.gender.addItem(self.tr("Nữ"), "F")
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("12 số trên thẻ căn cước (hoặc 9 số CMND cũ)"))
        self.title = QLineEdit()
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = departments if departments is not None else [d.name for d in roster.list_departments(db)]
        self.department.addItems(names)
        self.start = DateEdit(None, name="start", allow_empty=True)
        self.leave = DateEdit(None, name="leave", allow_empty=True)
        self.leave.line.setPlaceholderText(self.tr("trống: đang làm"))
        self.leave.line.setToolTip(self.tr("Để trống nếu người này đang làm việc"))
        # a new department holds from a date (the move is recorded in the history)
        self.moved_from = DateEdit(today, name="moved_from", maximum=today,
                                   maximum_message=self.tr("Ngày chuyển ở tương lai"))
        self.moved_label = QLabel(self.tr("Chuyển &từ ngày"))
        self.moved_label.setBuddy(self.moved_from)
        form.addRow(self.tr("Họ và tên *"), self.name)
        form.addRow(self.tr("Ngày sinh"), self.birth)
        form.addRow(self.tr("Giới tính"), self.gender)
        form.addRow(self.tr("Số định danh cá nhân"), self.id_number)
        form.addRow(self.tr("Chức danh"), self.title)
        form.addRow(self.tr("Khoa/phòng *"), self.department)
        form.addRow(self.moved_label, self.moved_from)
        form.addRow(self.tr("Ngày vào làm"), self.start)
        form.addRow(self.tr("Ngày nghỉ việc"), self.leave)
        self.status: QComboBox | None = None
        self.reason: QComboBox | None = None
        if row is None:
            self.status = QComboBox()
            for s in Status:
                self.status.addItem(status_label(s), s.value)
            self.status.setCurrentIndex(self.status.findData(Status.NOT_REGISTERED.value))
            self.reason = QComboBox()
            reason_combo(self.reason, roster.list_reasons(db, include_retired=False))
            form.addRow(self.tr("Tình trạng"), self.status)
            form.addRow(self.tr("Lý do chưa mức 2"), self.reason)
            self.status.currentIndexChanged.connect(self._status_changed)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b02a37;")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a6d3b;")
        self.buttons = ok_cancel(self, self.tr("Lưu"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        if row is not None:
            self.name.setText(row.full_name)
            self.birth.setDate(row.birth_date)
            self.gender.setCurrentIndex(max(0, self.gender.findData(row.gender)))
            self.id_number.setText(row.id_number or "")
            self.title.setText(row.title)
            self.department.setCurrentText(row.department)
            self.start.setDate(row.start_date)
            self.leave.setDate(row.leave_date)
        else:
            self.department.setCurrentIndex(-1)
            self.department.setCurrentText("")
        self._fields = {
            "ho": self.name, "dem": self.name, "ten": self.name, "birth_date": self.birth,
            "gender": self.gender, "id_number": self.id_number, "title": self.title,
            "department": self.department, "start_date": self.start, "leave_date": self.leave,
        }
        for w in (self.name, self.id_number, self.title):
            w.textChanged.connect(self.revalidate)
        for d in (self.birth, self.start, self.leave, self.moved_from):
            d.line.textChanged.connect(self.revalidate)
        self.gender.currentIndexChanged.connect(self.revalidate)
        self.department.currentTextChanged.connect(self.revalidate)
        self._last_problems: list[FieldProblem] = []
        self.revalidate()
        self.scan_assist = ScanAssist(self)  # a card scanned into the dialog fills it

    # ------------------------------------------------------------ checking

    def _status_changed(self) -> None:
        if self.status is not None and self.reason is not None:
            is_l2 = bucket_of(self.status.currentData()) is Bucket.LEVEL2
            self.reason.setEnabled(not is_l2)

    def _dates(self) -> tuple[dict[str, dt.date | None], list[FieldProblem]]:
        out: dict[str, dt.date | None] = {}
        problems = []
        labels = {"birth_date": self.tr("Ngày sinh"), "start_date": self.tr("Ngày vào làm"),
                  "leave_date": self.tr("Ngày nghỉ việc")}
        for key, widget in (("birth_date", self.birth), ("start_date", self.start),
                            ("leave_date", self.leave)):
            out[key] = widget.date()
            if not widget.is_valid():
                problems.append(FieldProblem(key, self.tr("{field}: {problem}").format(
                    field=labels[key], problem=widget.problem())))
        if self.department_moved() and not self.moved_from.is_valid():
            problems.append(FieldProblem("department", self.tr("Ngày chuyển: {problem}").format(
                problem=self.moved_from.problem())))
        return out, problems

    def department_moved(self) -> bool:
        """An existing person's department changed: the move's date is asked."""
        from eidroster.services.departments import department_key

        if self.row is None:
            return False
        typed = self.department.currentText().strip()
        return bool(typed) and department_key(typed) != department_key(self.row.department)

    def moved_from_date(self) -> dt.date | None:
        return self.moved_from.date() if self.department_moved() else None

    def employee_input(self) -> EmployeeInput:
        ho, dem, ten = split_full_name(self.name.text())
        dates, _ = self._dates()
        return EmployeeInput(
            ho=ho, dem=dem, ten=ten, department=self.department.currentText(),
            birth_date=dates["birth_date"], gender=self.gender.currentData(),
            id_number=self.id_number.text().strip() or None, title=self.title.text(),
            start_date=dates["start_date"], leave_date=dates["leave_date"],
        )

    def status_input(self) -> StatusInput | None:
        if self.status is None or self.reason is None:
            return None
        status = Status(self.status.currentData())
        reason_id = None if bucket_of(status) is Bucket.LEVEL2 else self.reason.currentData()
        return StatusInput(status=status, effective_date=dt.date.today(), reason_id=reason_id)

    def current_problems(self) -> list[FieldProblem]:
        return list(self._last_problems)

    def revalidate(self) -> None:
        dates, date_problems = self._dates()
        inp = self.employee_input()
        checked = check_employee(inp)
        problems = list(date_problems)
        # date fields that failed to parse are reported once, by the parser
        bad_dates = {p.field for p in date_problems}
        problems += [p for p in checked.problems if p.field not in bad_dates]
        if not self.name.text().strip():
            problems = [p for p in problems if p.field != "ten"]
            problems.insert(0, FieldProblem("ten", self.tr("Chưa nhập họ và tên")))
        if checked.data.id_number and not any(p.field == "id_number" for p in problems):
            exclude = self.row.id if self.row is not None else None
            if roster.id_number_in_use(self.db, checked.data.id_number, exclude):
                problems.append(FieldProblem(
                    "id_number", self.tr("Số định danh này đã có ở một nhân viên khác trong danh sách")))
        self._last_problems = problems
        moved = self.department_moved()
        self.moved_label.setVisible(moved)
        self.moved_from.setVisible(moved)
        bad = {p.field for p in problems}
        for key, widget in self._fields.items():
            if key in ("dem", "ho"):
                continue
            target = widget.line if isinstance(widget, DateEdit) else widget
            target.setStyleSheet(_ERROR_STYLE if key in bad or (key == "ten" and bad & {"ho", "dem"}) else "")
        field_names = {
            "ho": self.tr("Họ"), "dem": self.tr("Tên đệm"), "ten": self.tr("Tên"),
            "birth_date": self.tr("Ngày sinh"), "gender": self.tr("Giới tính"),
            "id_number": self.tr("Số định danh cá nhân"), "title": self.tr("Chức danh"),
            "department": self.tr("Khoa/phòng"), "start_date": self.tr("Ngày vào làm"),
            "leave_date": self.tr("Ngày nghỉ việc"),
        }
        lines = []
        for p in problems:
            if p.field in bad_dates:
                lines.append("• " + p.message)
            else:
                lines.append(f"• {field_names.get(p.field, p.field)}: {p.message}")
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        warn = [f"• {w.message}" for w in checked.warnings]
        self.warnings.setText("\n".join(warn))
        self.warnings.setVisible(bool(warn))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def ok_enabled(self) -> bool:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def accept(self) -> None:
        self.revalidate()
        if not self.ok_enabled():
            return
        super().accept()


def input_from_row(row: RosterRow) -> EmployeeInput:
    """The EmployeeInput that reproduces a row (what undo puts back)."""
    return EmployeeInput(
        ho=row.ho, dem=row.dem, ten=row.ten, department=row.department,
        birth_date=row.birth_date, gender=row.gender, id_number=row.id_number,
        title=row.title, start_date=row.start_date, leave_date=row.leave_date,
    )


def describe(row: RosterRow) -> str:
    return join_name(row.ho, row.dem, row.ten)


