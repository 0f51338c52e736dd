"""The departments' fill-in forms in the window: which department has returned its form
and when (the panel), issuing new forms, and importing the returned ones (one or many, in
the ordinary import wizard: dated, previewed, undoable, applied once)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.text import format_date
from eidroster.services.database import Database
from eidroster.services.forms import FormState, issue_forms, list_forms
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import format_int
from eidroster.ui.runner import TaskRunner
from eidroster.ui.widgets import ok_cancel

_WAITING, _DONE = QColor("#fff3cd"), QColor("#d1e7dd")


class IssueFormsDialog(QDialog):
    """Date, departments and folder of the forms to issue."""

    def __init__(self, departments: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phát phiếu cho khoa/phòng"))
        self.setMinimumWidth(560)
        # the window's one date field (typed dd/mm/yyyy, an impossible date said, not changed)
        self.as_of = DateEdit(dt.date.today(), name="formsDate", maximum=dt.date.today())
        self.folder = QLineEdit()
        self.folder.setObjectName("formsFolder")
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.departments = QListWidget()
        self.departments.setObjectName("formsDepartments")
        for name in departments:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.departments.addItem(item)
        none = QPushButton(self.tr("Bỏ chọn tất cả"))
        none.clicked.connect(lambda: self._check_all(False))
        every = QPushButton(self.tr("Chọn tất cả"))
        every.clicked.connect(lambda: self._check_all(True))
        picks = QHBoxLayout()
        picks.addWidget(every)
        picks.addWidget(none)
        picks.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Tình trạng tính đến ngày"), self.as_of)
        form.addRow(self.tr("Lưu các tệp vào thư mục"), folder_row)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b02a37;")
        self.problem.setWordWrap(True)
        self.buttons = ok_cancel(self, self.tr("Phát phiếu"))
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("Khoa/phòng nhận phiếu (mỗi khoa/phòng một tệp .xlsx):")))
        box.addWidget(self.departments, 1)
        box.addLayout(picks)
        box.addWidget(QLabel(self.tr(
            "Mỗi phiếu có dữ liệu cá nhân của khoa/phòng đó: chỉ gửi cho đúng khoa/phòng.")))
        box.addWidget(self.problem)
        box.addWidget(self.buttons)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Thư mục lưu phiếu"),
                                                self.folder.text())
        if name:
            self.folder.setText(name)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.departments.count()):
            self.departments.item(i).setCheckState(state)

    def chosen(self) -> list[str]:
        return [self.departments.item(i).text() for i in range(self.departments.count())
                if self.departments.item(i).checkState() == Qt.CheckState.Checked]

    def date(self) -> dt.date | None:
        return self.as_of.date()

    def accept(self) -> None:
        if self.date() is None:
            self.problem.setText(self.as_of.problem() or self.tr(
                "Ngày không hợp lệ: nhập dạng dd/mm/yyyy"))
        elif not self.folder.text().strip():
            self.problem.setText(self.tr("Chưa chọn thư mục lưu phiếu"))
        elif not self.chosen():
            self.problem.setText(self.tr("Chưa chọn khoa/phòng nào"))
        else:
            super().accept()


class FormsPanel(QDialog):
    """Every form issued: department, date, people, when issued and returned."""

    imported = Signal(str)  # an import of returned forms ran (its batch id)

    def __init__(self, db: Callable[[], Database], runner: TaskRunner, departments:
                 Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.runner = runner
        self._departments = departments
        self.setWindowTitle(self.tr("Phiếu khoa/phòng"))
        self.resize(1000, 560)
        self.summary = QLabel()
        self.summary.setObjectName("formsSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Khoa/phòng"), self.tr("Tính đến ngày"), self.tr("Số người"),
            self.tr("Phát lúc"), self.tr("Nộp lại lúc"), self.tr("Tình trạng phiếu"),
            self.tr("Tệp")])
        self.table = QTableView()
        self.table.setObjectName("formsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a file name on one line
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.issue_button = QPushButton(self.tr("Phát phiếu…"))
        self.issue_button.clicked.connect(self.issue)
        self.import_button = QPushButton(self.tr("Nhập phiếu nộp lại…"))
        self.import_button.clicked.connect(self.import_returned)
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.issue_button, self.import_button, refresh):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self.states: list[FormState] = []
        self.refresh()

    # ------------------------------------------------------------ what it shows

    def refresh(self) -> None:
        self.states = list_forms(self._db())
        self.model.removeRows(0, self.model.rowCount())
        for st in self.states:
            if st.returned:
                state = self.tr("Đã nộp lại") if st.batch_id else self.tr(
                    "Đã nộp lại (không có gì thay đổi)")
            elif st.undone:
                state = self.tr("Đã hoàn tác lần nhập (nhập lại được)")
            else:
                state = self.tr("Chưa nộp")
            cells = [st.department, format_date(st.as_of), format_int(st.people),
                     st.issued_at.strftime("%d/%m/%Y %H:%M"),
                     st.returned_at.strftime("%d/%m/%Y %H:%M") if st.returned else "",
                     state, st.returned_file if st.returned else st.file]
            items = [QStandardItem(c) for c in cells]
            colour = QBrush(_DONE if st.returned else _WAITING)
            items[5].setBackground(colour)
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        if not self.states:
            return self.tr("Chưa phát phiếu nào. Bấm <b>Phát phiếu…</b> để tạo cho mỗi "
                           "khoa/phòng một tệp .xlsx tự điền.")
        latest = max(st.as_of for st in self.states)
        batch = [st for st in self.states if st.as_of == latest]
        back = sum(1 for st in batch if st.returned)
        return self.tr("Đợt phiếu tính đến ngày <b>{day}</b>: <b>{back}/{total}</b> khoa/phòng "
                       "đã nộp lại.").format(day=format_date(latest), back=format_int(back),
                                            total=format_int(len(batch)))

    # ------------------------------------------------------------ issuing, taking back

    def issue(self) -> None:
        dlg = IssueFormsDialog(self._departments(), self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        db, folder, day, names = self._db(), dlg.folder.text().strip(), dlg.date(), dlg.chosen()
        self.issue_button.setEnabled(False)

        def done(issued) -> None:
            self.issue_button.setEnabled(True)
            self.refresh()
            self.summary.setText(self.summary.text() + "<br>" + self.tr(
                "Đã ghi {n} phiếu vào {folder}").format(n=format_int(len(issued)), folder=folder))

        def failed(message: str) -> None:
            self.issue_button.setEnabled(True)
            self.summary.setText(f"<span style='color:#b02a37'>{message}</span>")

        self.runner.run_task(self.tr("Đang tạo phiếu khoa/phòng"),
                             lambda _t: issue_forms(db, folder, day, names), done,
                             on_failed=failed, cancellable=False)

    def import_returned(self, paths: list[str] | None = None) -> None:
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Chọn các phiếu khoa/phòng đã nộp lại"), "",
                self.tr("Phiếu khoa/phòng (*.xlsx *.xlsm *.ods)"))
        if not paths:
            return
        from eidroster.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self._db(), self, path=[Path(p) for p in paths])
        wizard.exec()
        if wizard.batch_id:
            self.imported.emit(wizard.batch_id)
        self.refresh()
