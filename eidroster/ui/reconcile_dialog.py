"""Reconciling with an outside list in the window: choose the file (and the department it
is about), see who is only in the roster, only in the file, or different — the differing
cells marked — save it as .xlsx, and open each person with one click (the file's values
beside the stored ones; a person only in the file opens "Thêm nhân viên" filled)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.text import format_date
from eidroster.services.database import Database
from eidroster.services.reconcile import (
    DIFFERENT,
    ONLY_IN_FILE,
    ONLY_IN_ROSTER,
    Entry,
    Reconciliation,
    reconcile,
)
from eidroster.ui.i18n import format_int, status_label
from eidroster.ui.runner import TaskRunner

_ROOT = QModelIndex()
DIFF_BG = QColor("#f8d7da")
COL_OPEN, COL_KIND, COL_WHAT, COL_ROW = 0, 1, 2, 3
#: the columns that show each field of a difference
_FIELD_COLUMNS = {"name": (4, 5), "birth_date": (6, 7), "department": (8,), "status": (9, 10),
                  "employment": (COL_WHAT,), "id_number": (COL_WHAT,)}


class ReconcileModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Reconciliation | None = None
        self.rows: list[Entry] = []
        self.kind: str | None = None
        self.titles = [self.tr("Mở"), self.tr("Kết quả"), self.tr("Khác ở"),
                       self.tr("Dòng tệp"), self.tr("Họ và tên (danh sách)"),
                       self.tr("Họ và tên (tệp)"), self.tr("Ngày sinh (danh sách)"),
                       self.tr("Ngày sinh (tệp)"), self.tr("Khoa/phòng"),
                       self.tr("Tình trạng (danh sách)"), self.tr("Tình trạng (tệp)")]

    def set_result(self, result: Reconciliation | None, kind: str | None = None) -> None:
        self.beginResetModel()
        self.result, self.kind = result, kind
        entries = result.entries if result else []
        self.rows = [e for e in entries if kind is None or e.kind == kind]
        self.endResetModel()

    def kind_label(self, kind: str) -> str:
        return {DIFFERENT: self.tr("Khác nhau"), ONLY_IN_FILE: self.tr("Chỉ có trong tệp"),
                ONLY_IN_ROSTER: self.tr("Chỉ có trong danh sách")}[kind]

    def field_label(self, name: str) -> str:
        return {"name": self.tr("họ tên"), "birth_date": self.tr("ngày sinh"),
                "status": self.tr("tình trạng"), "id_number": self.tr("số định danh"),
                "department": self.tr("khoa/phòng"),
                "employment": self.tr("đã nghỉ việc")}[name]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            marked = {c for d in e.differences for c in _FIELD_COLUMNS[d.field]}
            return QBrush(DIFF_BG) if col in marked else None
        if role == Qt.ItemDataRole.FontRole and col == COL_OPEN:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_OPEN:
            return QBrush(QColor("#0d6efd"))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_OPEN:
            return self.tr("Mở hồ sơ người này") if e.person else self.tr(
                "Thêm người này vào danh sách")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(e, col)

    def _text(self, e: Entry, col: int) -> str:
        p, f = e.person, e.file
        values = {
            COL_OPEN: self.tr("Mở") if p else self.tr("Thêm…"),
            COL_KIND: self.kind_label(e.kind),
            COL_WHAT: ", ".join(self.field_label(d.field) for d in e.differences),
            COL_ROW: str(f.row) if f else "",
            4: p.full_name if p else "", 5: f.name if f else "",
            6: format_date(p.birth_date) if p else "", 7: format_date(f.birth_date) if f else "",
            8: p.department if p else (f.department if f else ""),
            9: status_label(p.status) if p else "",
            10: status_label(f.status) if f and f.status else "",
        }
        return values[col]


class ReconcileDialog(QDialog):
    """Non-modal: the user opens people from it and comes back to the list."""

    open_entry = Signal(object)  # an Entry: open the person (or add the file's person)

    def __init__(self, db: Callable[[], Database], runner: TaskRunner,
                 departments: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.runner = runner
        self.setWindowTitle(self.tr("Đối chiếu với danh sách khác"))
        self.resize(1280, 640)
        self.path = QLineEdit()
        self.path.setObjectName("reconcileFile")
        self.path.setPlaceholderText(self.tr(
            "Tệp danh sách: hồ sơ nhân sự, danh sách công an gửi, danh sách của khoa/phòng…"))
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self._browse)
        self.department = QComboBox()
        self.department.setObjectName("reconcileDepartment")
        self.department.addItem(self.tr("Cả đơn vị"), None)
        for name in departments():
            self.department.addItem(name, name)
        self.run_button = QPushButton(self.tr("Đối chiếu"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(QLabel(self.tr("với")))
        top.addWidget(self.department)
        top.addWidget(self.run_button)
        self.summary = QLabel(self.tr("Chọn tệp rồi bấm Đối chiếu. Không có gì bị thay đổi."))
        self.summary.setObjectName("reconcileSummary")
        self.summary.setWordWrap(True)
        self.show_kind = QComboBox()
        self.show_kind.setObjectName("reconcileKind")
        self.model = ReconcileModel(self)
        self.show_kind.addItem(self.tr("Tất cả khác biệt"), None)
        for kind in (DIFFERENT, ONLY_IN_FILE, ONLY_IN_ROSTER):
            self.show_kind.addItem(self.model.kind_label(kind), kind)
        self.show_kind.currentIndexChanged.connect(
            lambda _i: self.model.set_result(self.model.result, self.show_kind.currentData()))
        self.table = QTableView()
        self.table.setObjectName("reconcileTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._activated)  # Enter or a double click
        self.save_button = QPushButton(self.tr("Lưu ra Excel…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Hiện:")))
        bottom.addWidget(self.show_kind)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp để đối chiếu"), "",
            self.tr("Bảng tính (*.xlsx *.xlsm *.xls *.ods *.csv)"))
        if name:
            self.path.setText(name)

    # ------------------------------------------------------------ running

    def run(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.summary.setText(self.tr("Chưa chọn tệp để đối chiếu"))
            return
        db, department = self._db(), self.department.currentData()
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Đang đọc tệp và đối chiếu…"))

        def done(result: Reconciliation) -> None:
            self.run_button.setEnabled(True)
            self.show_result(result)

        def failed(message: str) -> None:
            self.run_button.setEnabled(True)
            self.summary.setText(message)
            self.model.set_result(None)
            self.save_button.setEnabled(False)

        self.runner.run_task(self.tr("Đang đối chiếu"),
                             lambda _t: reconcile(db, path, department=department), done,
                             on_failed=failed)

    def show_result(self, result: Reconciliation) -> None:
        self.model.set_result(result, self.show_kind.currentData())
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount() - 1):  # the last column takes what is left
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 165))
        text = self.tr(
            "Danh sách tính đến ngày {day}{scope}: khớp {same} người · <b>khác nhau {diff}</b> · "
            "chỉ có trong tệp {file} · chỉ có trong danh sách {roster}.").format(
            day=format_date(result.as_of),
            scope=f" ({result.department})" if result.department else "",
            same=format_int(result.same), diff=format_int(len(result.different)),
            file=format_int(len(result.only_in_file)),
            roster=format_int(len(result.only_in_roster)))
        if result.problems:
            text += " " + self.tr("{n} dòng của tệp không đọc được đầy đủ (rê chuột để xem).").format(
                n=format_int(len({p.row for p in result.problems})))
            self.summary.setToolTip("\n".join(p.text() for p in result.problems[:50]))
        self.summary.setText(text)
        self._result_text = text  # what a save's message is added to
        self.save_button.setEnabled(True)

    # ------------------------------------------------------------ opening, saving

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_OPEN:
            self.open_entry.emit(self.model.rows[index.row()])

    def _activated(self, index: QModelIndex) -> None:
        self.open_entry.emit(self.model.rows[index.row()])

    def save(self, target: str | None = None) -> None:
        result = self.model.result
        if result is None:
            return
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lưu kết quả đối chiếu"),
                str(result.path.with_name(f"{result.path.stem}-doi-chieu.xlsx")),
                self.tr("Excel (*.xlsx)"))
        if not target:
            return
        from eidroster.domain.errors import EidrosterError
        from eidroster.reports.reconcile_sheet import save_reconciliation

        try:
            save_reconciliation(target, result)
        except EidrosterError as exc:
            self.summary.setText(f"{self._result_text} <b>{html.escape(exc.message)}</b>")
            return
        self.summary.setText(self._result_text + " " + self.tr("Đã lưu {file}.").format(
            file=html.escape(target)))
