"""The import wizard: file and sheet → preview (detected columns, problems) → confirm and
import (progress, cancel) → result (save the rejected rows to fix and import again).

Usage::

    wizard = ImportWizard(db, parent)              # the user picks the file
    wizard = ImportWizard(db, parent, path=FILE)   # opened on a file
    wizard.exec()
    wizard.batch_id   # the import's batch id after a successful import (for undo), else None

For the screenshot command and the tests: ``ImportWizard(db, parent, path=FILE)`` (or
``open_file(FILE)``) loads the file and ``show_preview()`` jumps to the preview page with
the preview computed (problem rows highlighted), without importing anything.

All work on the database runs on the window's worker thread; the import is one
transaction, so a cancel or an error leaves the list exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from eidroster.domain.cccd import mask
from eidroster.domain.errors import EidrosterError
from eidroster.domain.text import format_date
from eidroster.services.database import Database
from eidroster.services.importer import (
    ADD,
    REJECT,
    UNCHANGED,
    UPDATE,
    Field,
    ImportPlan,
    ImportResult,
    LoadedTable,
    column_letter,
    preview_import,
    run_import,
)
from eidroster.services.intake import open_list
from eidroster.ui import workers
from eidroster.ui.i18n import field_label, format_int

#: the fields offered in the column chooser, in the order of a usual list
CHOOSABLE = (
    Field.FULL_NAME, Field.HO_DEM, Field.TEN, Field.BIRTH_DATE, Field.BIRTH_MALE,
    Field.BIRTH_FEMALE, Field.GENDER, Field.ID_NUMBER, Field.DEPARTMENT, Field.TITLE,
    Field.STATUS, Field.TICK_NONE, Field.TICK_LEVEL1, Field.TICK_LEVEL2, Field.REASON,
    Field.JUSTIFIED, Field.NOTE,
)
_ROOT = QModelIndex()
REJECT_BG = QColor("#f8d7da")
WARN_BG = QColor("#fff3cd")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_date(value.date())
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


# ---------------------------------------------------------------- preview model

class PreviewModel(QAbstractTableModel):
    """One line per data row of the file: its row number, what the import will do with
    it, the file's cells (the CCCD masked unless asked) and the problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._rows: list = []
        self._columns: list[int] = []
        self._headers: list[str] = []
        self._id_col: int | None = None
        self.reveal_ids = False
        self.only_problems = False

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        if plan is None:
            self._columns, self._headers, self._rows, self._id_col = [], [], [], None
        else:
            layout = plan.loaded.layout
            width = max((c.index for c in layout.columns), default=-1) + 1
            self._columns = list(range(width))
            self._headers = [f"{column_letter(c)} · {layout.column(c).header}".rstrip(" ·")
                             for c in self._columns]
            self._id_col = layout.col_of(Field.ID_NUMBER)
            self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self.plan.rows if self.plan else []
        if self.only_problems:
            rows = [r for r in rows if r.action == REJECT or r.parsed.warnings]
        self._rows = rows

    def set_only_problems(self, on: bool) -> None:
        self.beginResetModel()
        self.only_problems = on
        self._filter()
        self.endResetModel()

    def set_reveal_ids(self, on: bool) -> None:
        self.reveal_ids = on
        if self._rows and self._id_col is not None:
            col = 2 + self._columns.index(self._id_col)
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def row_plan(self, row: int):
        return self._rows[row]

    # Qt interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() or self.plan is None else len(self._columns) + 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Dòng")
        if section == 1:
            return self.tr("Kết quả")
        if section == len(self._columns) + 2:
            return self.tr("Vấn đề / lưu ý")
        return self._headers[section - 2]

    def _action_label(self, action: str) -> str:
        return {ADD: self.tr("Thêm mới"), UPDATE: self.tr("Cập nhật"),
                UNCHANGED: self.tr("Không đổi"), REJECT: self.tr("Bị từ chối")}[action]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.plan is None:
            return None
        plan = self._rows[index.row()]
        col = index.column()
        last = len(self._columns) + 2
        if role == Qt.ItemDataRole.BackgroundRole:
            if plan.action == REJECT:
                return QBrush(REJECT_BG)
            if plan.parsed.warnings:
                return QBrush(WARN_BG)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._messages(plan) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return str(plan.row)
        if col == 1:
            return self._action_label(plan.action)
        if col == last:
            return self._messages(plan)
        sheet_col = self._columns[col - 2]
        cells = self.plan.loaded.sheet.rows[plan.parsed.index]
        value = cells[sheet_col] if sheet_col < len(cells) else None
        text = _cell_text(value)
        if sheet_col == self._id_col and not self.reveal_ids and text:
            return mask(text)
        return text

    def _messages(self, plan) -> str:
        issues = plan.parsed.problems if plan.action == REJECT else plan.parsed.warnings
        return "; ".join(
            (f"{i.column}: " if i.column else "") + i.message for i in issues
        )


# ---------------------------------------------------------------- pages

class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Chọn tệp danh sách"))
        self.setSubTitle(self.tr(
            "Tệp Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) hoặc .csv; dòng tiêu đề có "
            "thể nằm dưới các dòng tên đơn vị, tên danh sách."))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.sheet.activated.connect(self._sheet_chosen)
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Tệp:")), 0, 0)
        grid.addLayout(row, 0, 1)
        grid.addWidget(QLabel(self.tr("Trang tính:")), 1, 0)
        grid.addWidget(self.sheet, 1, 1)
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(self.info)
        box.addStretch(1)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp danh sách"), "",
            self.tr("Bảng tính hoặc mã QR đã quét (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"))
        if name:
            self.wiz.open_file(name)

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet.itemText(index)
        if self.wiz.loaded is None or name != self.wiz.loaded.layout.sheet_name:
            self.wiz.open_file(self.path.text(), name)

    def show_loaded(self, loaded: LoadedTable | None, error: str | None) -> None:
        if loaded is not None:
            self.path.setText(str(loaded.path))
            self.sheet.clear()
            self.sheet.addItems(list(loaded.sheet_names))
            self.sheet.setCurrentText(loaded.layout.sheet_name)
            self.sheet.setEnabled(len(loaded.sheet_names) > 1)
            layout = loaded.layout
            found = [field_label(f) for f in CHOOSABLE if layout.has(f)]
            if layout.header_rows:
                text = self.tr("Trang \"{sheet}\": dòng tiêu đề ở dòng {row}; nhận ra các cột: "
                               "{fields}.").format(sheet=layout.sheet_name,
                                                   row=layout.header_rows[0] + 1,
                                                   fields=", ".join(found))
            else:  # a file of QR scans: one scan a line, no header
                text = self.tr("{sheet}: mỗi dòng của tệp là một lần quét; đọc được các thông "
                               "tin: {fields}.").format(sheet=layout.sheet_name,
                                                        fields=", ".join(found))
            for w in loaded.warnings:
                text += "\n" + w.message
            self.info.setStyleSheet("")
            self.info.setText(text)
        else:
            self.info.setStyleSheet("color: #a00;")
            self.info.setText(error or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.loaded is not None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Xem trước"))
        self.setSubTitle(self.tr(
            "Kiểm tra cột được nhận ra cho mỗi thông tin (đổi được nếu sai). Dòng tô đỏ bị "
            "từ chối, dòng tô vàng có lưu ý; rê chuột lên dòng để xem chi tiết."))
        self.mapping_box = QGroupBox(self.tr("Cột trong tệp"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setHorizontalSpacing(8)
        self.mapping_grid.setVerticalSpacing(2)
        self.combos: dict[Field, QComboBox] = {}
        for i, f in enumerate(CHOOSABLE):
            combo = QComboBox()
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _i, f=f: self._mapping_changed(f))
            self.combos[f] = combo
            r, c = divmod(i, 3)
            self.mapping_grid.addWidget(QLabel(field_label(f)), r, c * 2)
            self.mapping_grid.addWidget(combo, r, c * 2 + 1)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.only_problems = QCheckBox(self.tr("Chỉ hiện dòng có vấn đề"))
        self.only_problems.toggled.connect(self.wiz.model.set_only_problems)
        self.reveal = QCheckBox(self.tr("Hiện số định danh đầy đủ"))
        self.reveal.toggled.connect(self.wiz.model.set_reveal_ids)
        self.table = QTableView()
        self.table.setModel(self.wiz.model)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        tools = QHBoxLayout()
        tools.addWidget(self.counts, 1)
        tools.addWidget(self.only_problems)
        tools.addWidget(self.reveal)
        box = QVBoxLayout(self)
        box.addWidget(self.mapping_box)
        box.addLayout(tools)
        box.addWidget(self.table, 1)

    def initializePage(self) -> None:
        self.fill_mapping()
        self.wiz.start_preview()

    def fill_mapping(self) -> None:
        loaded = self.wiz.loaded
        if loaded is None:
            return
        layout = loaded.layout
        width = max((c.index for c in layout.columns), default=-1) + 1
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(không có)"), -1)
            for c in range(width):
                header = layout.column(c).header
                combo.addItem(f"{column_letter(c)} · {header}" if header else column_letter(c), c)
            col = layout.col_of(f)
            combo.setCurrentIndex(combo.findData(col if col is not None else -1))
            combo.blockSignals(False)

    def _mapping_changed(self, f: Field) -> None:
        col = self.combos[f].currentData()
        self.wiz.change_mapping(f, None if col in (None, -1) else int(col))
        self.fill_mapping()

    def show_plan(self, plan: ImportPlan | None, error: str | None = None) -> None:
        self.wiz.model.set_plan(plan)
        if plan is None:
            self.counts.setText(f"<span style='color:#a00'>{error or ''}</span>")
        else:
            self.counts.setText(self.tr(
                "Đọc {read} dòng: <b>thêm mới {add}</b> · cập nhật {upd} · không đổi {same} · "
                "<span style='color:#a00'>bị từ chối {rej}</span>").format(
                read=format_int(plan.rows_read), add=format_int(plan.count(ADD)),
                upd=format_int(plan.count(UPDATE)), same=format_int(plan.count(UNCHANGED)),
                rej=format_int(plan.count(REJECT))))
            self.table.resizeColumnsToContents()
            for c in range(self.wiz.model.columnCount()):
                if self.table.columnWidth(c) > 260:
                    self.table.setColumnWidth(c, 260)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.plan is not None and not self.wiz.busy


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Xác nhận nhập"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Nhập"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel = QPushButton(self.tr("Dừng nhập"))
        self.cancel.setVisible(False)
        self.cancel.clicked.connect(self.wiz.cancel_import)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addSpacing(12)
        box.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        box.addLayout(row)
        box.addWidget(self.status)
        box.addStretch(1)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        text = self.tr(
            "Sẽ thêm mới {add} người, cập nhật {upd} người (tình trạng mới được ghi vào lịch "
            "sử với ngày {day}), giữ nguyên {same} người.").format(
            add=format_int(plan.count(ADD)), upd=format_int(plan.count(UPDATE)),
            same=format_int(plan.count(UNCHANGED)), day=format_date(plan.effective_date))
        if plan.count(REJECT):
            text += " " + self.tr(
                "{rej} dòng bị từ chối sẽ được bỏ qua; sau khi nhập có thể lưu các dòng đó ra "
                "Excel để sửa rồi nhập lại.").format(rej=format_int(plan.count(REJECT)))
        text += "\n\n" + self.tr(
            "Mọi thay đổi được ghi trong một lần (tất cả hoặc không gì cả), có sao lưu trước "
            "khi nhập và hoàn tác được bằng Ctrl+Z.")
        self.summary.setText(text)
        self.status.clear()

    def validatePage(self) -> bool:
        if self.wiz.result is not None:
            return True
        if not self.wiz.busy:
            self.wiz.start_import()
        return False

    def isComplete(self) -> bool:
        return not self.wiz.busy

    def set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Đang nhập…"))
        self.completeChanged.emit()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Kết quả"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.save = QPushButton(self.tr("Lưu các dòng bị từ chối ra Excel…"))
        self.save.clicked.connect(self.save_rejected)
        self.add_reasons = QPushButton(self.tr("Thêm các lý do mới vào danh mục"))
        self.add_reasons.clicked.connect(self.wiz.add_new_reasons)
        self.justified = QCheckBox(self.tr("là lý do chính đáng"))
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        row.addWidget(self.add_reasons)
        row.addWidget(self.justified)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.details, 1)
        box.addLayout(row)

    def initializePage(self) -> None:
        result = self.wiz.result
        if result is None:
            return
        self.summary.setText(self.tr(
            "Đã nhập xong: thêm mới {add}, cập nhật {upd}, không đổi {same}, bị từ chối {rej} "
            "dòng.").format(add=format_int(result.added), upd=format_int(result.updated),
                            same=format_int(result.unchanged),
                            rej=format_int(result.rejected_rows)))
        lines = []
        if result.rejected:
            lines.append(self.tr("Các dòng bị từ chối:"))
            lines += [f"  - {i.text()}" for i in result.rejected]
        if result.warnings:
            lines.append(self.tr("Lưu ý:"))
            lines += [f"  - {i.text()}" for i in result.warnings]
        self.details.setPlainText("\n".join(lines))
        self.save.setEnabled(bool(result.rejected_rows))
        has_new = bool(result.plan.new_reasons)
        self.add_reasons.setVisible(has_new)
        self.justified.setVisible(has_new)

    def save_rejected(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu các dòng bị từ chối"), self.wiz.suggested_rejected_name(),
            self.tr("Excel (*.xlsx)"))
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        try:
            self.wiz.save_rejected(name)
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), exc.message)
            return
        self.summary.setText(self.summary.text() + "\n" + self.tr("Đã lưu {file}").format(
            file=os.path.basename(name)))


# ---------------------------------------------------------------- the wizard

class ImportWizard(QWizard):
    """Import a list from a spreadsheet. See the module docstring: ``path=`` opens a
    file at once, :meth:`show_preview` jumps to the computed preview (screenshots,
    tests), :attr:`batch_id` is set after a successful import."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Nhập danh sách từ Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(1100, 720)
        # access keys (Alt+letter) on every button; Hủy is Escape
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Quay lại")),
                             (QWizard.WizardButton.NextButton, self.tr("&Tiếp >")),
                             (QWizard.WizardButton.CancelButton, self.tr("Hủy")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Xong"))):
            self.setButtonText(button, text)
        self.loaded: LoadedTable | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.batch_id: str | None = None
        self.busy = False
        self._task: workers.Task | None = None
        self._preview_serial = 0
        self.model = PreviewModel(self)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.confirm_page = ConfirmPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.preview_page, self.confirm_page, self.result_page):
            self.addPage(page)
        if path is not None:
            self.open_file(path)

    # -- file
    def open_file(self, path: str | os.PathLike[str], sheet: str | None = None) -> bool:
        """Read the file and find its table (the default sheet unless ``sheet``)."""
        self.plan = None
        try:
            self.setCursor(Qt.CursorShape.WaitCursor)
            self.loaded = open_list(self.db, path, sheet)
        except EidrosterError as exc:
            self.loaded = None
            self.file_page.path.setText(str(path))
            self.file_page.show_loaded(None, exc.message)
            return False
        finally:
            self.unsetCursor()
        self.file_page.show_loaded(self.loaded, None)
        return True

    def change_mapping(self, field: Field, column: int | None) -> None:
        if self.loaded is None:
            return
        self.loaded = self.loaded.with_mapping({field: column})
        self.start_preview()

    # -- preview
    def start_preview(self) -> None:
        if self.loaded is None:
            return
        self.plan = None
        self._preview_serial += 1
        serial = self._preview_serial
        loaded, db = self.loaded, self.db
        self.preview_page.counts.setText(self.tr("Đang đọc và kiểm tra từng dòng…"))
        task = workers.Task("import-preview", self)
        task.finished.connect(lambda plan: self._preview_done(serial, plan, None))
        task.failed.connect(lambda message: self._preview_done(serial, None, message))
        workers.start(task, lambda _task: preview_import(db, loaded))
        self.preview_page.completeChanged.emit()

    def _preview_done(self, serial: int, plan: ImportPlan | None, error: str | None) -> None:
        if serial != self._preview_serial:
            return  # an older preview (the mapping changed since)
        self.plan = plan
        self.preview_page.show_plan(plan, error)

    def show_preview(self, timeout_ms: int = 60000) -> bool:
        """Go to the preview page and wait until the preview is computed."""
        if self.loaded is None:
            return False
        while self.currentId() < 1:
            if self.currentId() == -1:
                self.restart()
            self.next()
        if self.currentPage() is not self.preview_page:
            return False
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        while self.plan is None and timer.isActive():
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            workers.pool().waitForDone(20)
        return self.plan is not None

    # -- import
    def start_import(self) -> None:
        if self.loaded is None or self.busy:
            return
        self.busy = True
        self.confirm_page.set_running(True)
        loaded, db = self.loaded, self.db
        effective = self.plan.effective_date if self.plan else None
        task = workers.Task("import", self)
        self._task = task

        def work(t: workers.Task) -> ImportResult:
            return run_import(db, loaded, effective_date=effective, progress=t.report,
                              cancel=lambda: t.is_cancelled)

        task.progress.connect(self._progress)
        task.finished.connect(self._import_done)
        task.failed.connect(self._import_failed)
        task.cancelled.connect(lambda: self._import_failed(self.tr(
            "Đã hủy nhập tệp; danh sách không thay đổi gì")))
        workers.start(task, work)

    def _progress(self, done: int, total: int) -> None:
        bar = self.confirm_page.progress
        if total:
            bar.setRange(0, total)
            bar.setValue(done)

    def cancel_import(self) -> None:
        if self._task is not None and self.busy:
            self._task.cancel()
            self.confirm_page.cancel.setEnabled(False)
            self.confirm_page.status.setText(self.tr("Đang dừng…"))

    def _import_done(self, result: ImportResult) -> None:
        self.busy = False
        self._task = None
        self.result = result
        self.batch_id = result.batch_id
        self.confirm_page.set_running(False)
        self.next()

    def _import_failed(self, message: str) -> None:
        self.busy = False
        self._task = None
        if self._task_cancelled_message(message):
            message = self.tr("Đã hủy nhập tệp; danh sách không thay đổi gì")
        self.confirm_page.set_running(False)
        self.confirm_page.status.setText(message)

    @staticmethod
    def _task_cancelled_message(message: str) -> bool:
        return message.startswith("Đã hủy nhập")

    def wait_for_import(self, timeout_ms: int = 120000) -> bool:
        """Process events until a started import has finished (tests)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(timeout_ms)
        while self.busy and timer.isActive():
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            workers.pool().waitForDone(20)
        loop.processEvents()
        return not self.busy

    def reject(self) -> None:
        if self.busy:
            self.cancel_import()  # Cancel while importing stops the import (nothing kept)
            return
        super().reject()

    # -- result page actions
    def suggested_rejected_name(self) -> str:
        if self.loaded is None:
            return "dong-bi-tu-choi.xlsx"
        p = Path(self.loaded.path)
        return str(p.with_name(f"{p.stem}-dong-bi-tu-choi.xlsx"))

    def save_rejected(self, target: str | os.PathLike[str]) -> Path:
        """The rejected rows with their original cells and a last column saying why, under
        the file's own header: fix them and import the file again."""
        from eidroster.io.import_template import write_rows

        plan = (self.result.plan if self.result else self.plan)
        if plan is None:
            raise EidrosterError("Chưa có kết quả để lưu")
        layout = plan.loaded.layout
        width = max((c.index for c in layout.columns), default=-1) + 1
        headers = [layout.column(c).header or column_letter(c) for c in range(width)]
        headers += [self.tr("Dòng trong tệp gốc"), self.tr("Lý do bị từ chối")]
        rows = []
        for r in plan.rows:
            if r.action != REJECT:
                continue
            cells = list(plan.loaded.sheet.rows[r.parsed.index][:width])
            cells += [None] * (width - len(cells))
            why = "; ".join((f"{i.column}: " if i.column else "") + i.message
                            for i in r.parsed.problems)
            rows.append(cells + [r.row, why])
        return write_rows(target, headers, rows)

    def add_new_reasons(self) -> None:
        from eidroster.services.roster import add_reason

        if self.result is None:
            return
        justified = self.result_page.justified.isChecked()
        added = 0
        for text in self.result.plan.new_reasons:
            try:
                add_reason(self.db, text, justified)
                added += 1
            except EidrosterError:
                continue  # already there (added meanwhile)
        self.result_page.add_reasons.setEnabled(False)
        self.result_page.justified.setEnabled(False)
        self.result_page.summary.setText(self.result_page.summary.text() + "\n" + self.tr(
            "Đã thêm {n} lý do vào danh mục").format(n=format_int(added)))
