"""The agency's merge window: pick the units' Phụ lục III files (or a hand-made
Phụ lục I table), the output, run the merge on the worker thread, see the totals and
every row that does not add up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.aggregate import format_rate
from eidroster.domain.text import format_date, format_int
from eidroster.ui import workers
from eidroster.ui.i18n import DATE_FORMAT

SPREADSHEET_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"


class AgencyMergeDialog(QDialog):
    """Merge units' Phụ lục III into Phụ lục I. ``settings`` are the agency's own
    (header block, signer); when None they are read from the parent window's database
    (``parent.db``) if it has one, else the defaults are used."""

    def __init__(self, parent: QWidget | None = None,
                 settings: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tổng hợp Phụ lục I từ Phụ lục III của các đơn vị"))
        self.resize(820, 620)
        self._settings = settings
        self._db = getattr(parent, "db", None) if settings is None else None
        self.result = None  # the last MergeResult
        self.task: workers.Task | None = None

        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Thêm tệp…"))
        add.clicked.connect(self._choose_inputs)
        remove = QPushButton(self.tr("Bỏ tệp đã chọn"))
        remove.clicked.connect(self._remove_selected)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addLayout(file_buttons)

        self.output = QLineEdit()
        self.output.setPlaceholderText(self.tr("Tệp Phụ lục I sẽ ghi (.xlsx)"))
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._choose_output)
        self.with_pdf = QCheckBox(self.tr("Ghi thêm bản PDF cùng tên"))
        self.with_pdf.setChecked(True)
        self.fixed_date = QCheckBox(self.tr("Tính đến ngày"))
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(DATE_FORMAT)
        today = dt.date.today()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.as_of.setEnabled(False)
        self.fixed_date.toggled.connect(self.as_of.setEnabled)
        date_hint = QLabel(self.tr("(bỏ chọn: lấy ngày ghi trong các tệp)"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Tệp kết quả")), 0, 0)
        grid.addWidget(self.output, 0, 1)
        grid.addWidget(browse, 0, 2)
        grid.addWidget(self.with_pdf, 1, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.fixed_date)
        date_row.addWidget(self.as_of)
        date_row.addWidget(date_hint)
        date_row.addStretch(1)
        grid.addLayout(date_row, 2, 1)

        self.run_button = QPushButton(self.tr("Tổng hợp"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_merge)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.progress, 1)
        run_row.addStretch(0)
        run_row.addWidget(close)

        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QStandardItemModel(0, 4, self)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Đơn vị"), self.tr("Tệp"), self.tr("Dòng"), self.tr("Chỗ không khớp")])
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problems)
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_view.setWordWrap(True)
        self.problem_view.verticalHeader().setVisible(False)
        header = self.problem_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Các tệp Phụ lục III của đơn vị (hoặc một bảng Phụ lục I tự lập để kiểm tra)")))
        layout.addLayout(files_row, 2)
        layout.addLayout(grid)
        layout.addLayout(run_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 3)

    # ------------------------------------------------------------ choosing

    def add_files(self, paths: list[str | Path]) -> None:
        present = {self.files.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.files.count())}
        for p in paths:
            path = str(Path(p))
            if path in present:
                continue
            present.add(path)
            self.files.addItem(Path(path).name)
            item = self.files.item(self.files.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        if not self.output.text() and self.files.count():
            first = Path(self.input_paths()[0])
            self.output.setText(str(first.with_name("Phu_luc_I_tong_hop.xlsx")))

    def input_paths(self) -> list[str]:
        return [self.files.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.files.count())]

    def set_output(self, path: str | Path) -> None:
        self.output.setText(str(path))

    def _choose_inputs(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn các tệp Phụ lục III"), "",
            self.tr("Bảng tính") + f" ({SPREADSHEET_FILTER})")
        self.add_files(paths)

    def _choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu Phụ lục I"), self.output.text(), "Excel (*.xlsx)")
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.output.setText(path)

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    # ------------------------------------------------------------ running

    def _error(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;")

    def run_merge(self) -> workers.Task | None:
        """Check the choices, then merge and write on the worker thread."""
        paths = self.input_paths()
        out = self.output.text().strip()
        if not paths:
            self._error(self.tr("Hãy thêm ít nhất một tệp Phụ lục III"))
            return None
        if not out.lower().endswith(".xlsx"):
            self._error(self.tr("Tệp kết quả phải có đuôi .xlsx"))
            return None
        pdf = str(Path(out).with_suffix(".pdf")) if self.with_pdf.isChecked() else None
        as_of = None
        if self.fixed_date.isChecked():
            q = self.as_of.date()
            as_of = dt.date(q.year(), q.month(), q.day())
        settings, db = self._settings, self._db

        def work(task: workers.Task):
            from eidroster.services.agency import merge_files, write_outputs
            from eidroster.services.settings import SETTINGS, get_settings

            result = merge_files(paths, as_of, progress=task.report)
            task.check()
            values = settings
            if values is None:
                values = get_settings(db) if db is not None else {
                    d.key: d.default for d in SETTINGS}
            write_outputs(result, out, pdf, values)
            return result

        self.run_button.setEnabled(False)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Đang đọc và kiểm tra {n} tệp…").format(
            n=format_int(len(paths))))
        task = workers.Task("agency-merge", self)
        task.progress.connect(lambda done, _total: self.progress.setValue(done))
        task.finished.connect(lambda result: self._show(result, out, pdf))
        task.failed.connect(self._failed)
        task.cancelled.connect(self._failed)
        self.task = task
        return workers.start(task, work)

    def _failed(self, message: str = "") -> None:
        self.run_button.setEnabled(True)
        self.progress.setVisible(False)
        self._error(message or self.tr("Đã dừng"))

    def _show(self, result, out: str, pdf: str | None) -> None:
        self.result = result
        self.run_button.setEnabled(True)
        self.progress.setVisible(False)
        t = result.total
        written = out if pdf is None else f"{out}, {pdf}"
        text = self.tr(
            "Phụ lục I tính đến ngày {date}: {units} đơn vị, {total} nhân viên; chưa định "
            "danh {none}, mức 1 {l1}, mức 2 {l2} ({rate}); chưa mức 2 có lý do {with_r}, "
            "không có lý do {without_r}. Đã ghi: {written}."
        ).format(date=format_date(result.as_of), units=format_int(len(result.units)),
                 total=format_int(t.total), none=format_int(t.none), l1=format_int(t.level1),
                 l2=format_int(t.level2), rate=format_rate(t.level2, t.total),
                 with_r=format_int(t.with_reason), without_r=format_int(t.without_reason),
                 written=written)
        if result.problems:
            text += " " + self.tr("{n} chỗ không khớp (xem bảng dưới).").format(
                n=format_int(len(result.problems)))
        else:
            text += " " + self.tr("Số liệu của mọi đơn vị khớp hai quy tắc của báo cáo.")
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.problems.removeRows(0, self.problems.rowCount())
        for p in result.problems:
            row = [QStandardItem(p.unit), QStandardItem(p.file),
                   QStandardItem("" if p.row is None else str(p.row)), QStandardItem(p.message)]
            self.problems.appendRow(row)
        self.problem_view.resizeRowsToContents()

    def reject(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        super().reject()
