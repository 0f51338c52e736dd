"""The import wizard: file and sheet → preview (the list's date, detected columns, what
each row changes, problems; ``ui/import_preview.py``) → confirm and import (progress,
cancel) → result (conflicts, skipped rows; save the rejected rows to fix and import
again; add the new reasons, linked to the people just imported).

Usage::

    wizard = ImportWizard(db, parent)              # the user picks the file
    wizard = ImportWizard(db, parent, path=FILE)   # opened on a file
    wizard.exec()
    wizard.batch_id   # the import's batch id after a successful import (for undo), else None

For the screenshot command and the tests: ``ImportWizard(db, parent, path=FILE)`` (or
``open_file(FILE)``) loads the file and ``show_preview()`` jumps to the preview page with
the preview computed (problem rows highlighted), without importing anything.

All work on the database runs on the window's worker thread; the import is one
transaction, so a cancel or an error leaves the list exactly as it was. It is applied
with the versions the preview saw: a person someone else changed since is not written
but listed ("người khác vừa sửa"), never counted as saved.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from eidroster.domain.errors import EidrosterError
from eidroster.services import reported
from eidroster.services.database import Database
from eidroster.services.importer import (
    CONFLICT,
    REJECT,
    Field,
    ImportPlan,
    ImportResult,
    LoadedTable,
    column_letter,
    preview_import,
    run_import,
)
from eidroster.services.intake import open_list
from eidroster.services.reported import ReportedChange
from eidroster.ui import workers
from eidroster.ui.i18n import field_label, format_int
from eidroster.ui.import_pages import ConfirmPage, ResultPage
from eidroster.ui.import_preview import CHOOSABLE, PreviewPage
from eidroster.ui.import_rows import REJECT_BG, PreviewModel

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
        self.resize(1100, 760)
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
        #: the user's choices on the preview: the list's date (None: the file's title or
        #: today), writing steps back, typed department name -> existing department
        self.list_date: dt.date | None = None
        self.allow_downgrade = False
        self.department_map: dict[str, str] = {}
        #: the reports already sent that the import altered (shown on the result page)
        self.reported: list[ReportedChange] = []
        self._known: list[str] | None = None
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
        self.list_date = None
        self.department_map = {}
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

    # -- the preview's choices
    def set_list_date(self, day: dt.date) -> None:
        self.list_date = day
        self.start_preview()

    def set_allow_downgrade(self, on: bool) -> None:
        self.allow_downgrade = on
        self.start_preview()

    def map_department(self, typed: str, existing: str | None) -> None:
        if existing:
            self.department_map[typed] = existing
        else:
            self.department_map.pop(typed, None)
        self.start_preview()

    def known_departments(self) -> list[str]:
        if self._known is None:
            from eidroster.services.roster import list_departments

            try:
                self._known = [d.name for d in list_departments(self.db, counts=False)]
            except EidrosterError:
                self._known = []
        return self._known

    def _options(self) -> dict:
        return dict(allow_downgrade=self.allow_downgrade,
                    department_map=dict(self.department_map) or None)

    # -- preview
    def start_preview(self) -> None:
        if self.loaded is None:
            return
        self.plan = None
        self._preview_serial += 1
        serial = self._preview_serial
        loaded, db, day, options = self.loaded, self.db, self.list_date, self._options()
        self.preview_page.counts.setText(self.tr("Đang đọc và kiểm tra từng dòng…"))
        task = workers.Task("import-preview", self)
        task.finished.connect(lambda plan: self._preview_done(serial, plan, None))
        task.failed.connect(lambda message: self._preview_done(serial, None, message))
        workers.start(task, lambda _task: preview_import(db, loaded, day, **options))
        self.preview_page.completeChanged.emit()

    def _preview_done(self, serial: int, plan: ImportPlan | None, error: str | None) -> None:
        if serial != self._preview_serial:
            return  # an older preview (the mapping changed since)
        self.plan = plan
        self.preview_page.show_plan(plan, error)

    def wait_for_preview(self, timeout_ms: int = 60000) -> bool:
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        while self.plan is None and timer.isActive():
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            workers.pool().waitForDone(20)
        loop.processEvents()
        return self.plan is not None

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
        return self.wait_for_preview(timeout_ms)

    # -- import
    def expected_versions(self) -> dict[int, int]:
        """The versions of the people the preview matched: someone else's change since is
        a conflict, not overwritten."""
        if self.plan is None:
            return {}
        return {r.employee_id: r.version for r in self.plan.rows
                if r.employee_id is not None and r.version is not None}

    def start_import(self) -> None:
        if self.loaded is None or self.busy:
            return
        self.busy = True
        self.confirm_page.set_running(True)
        loaded, db = self.loaded, self.db
        effective = self.plan.effective_date if self.plan else None
        options, expected = self._options(), self.expected_versions()
        remember = dict(self.department_map) if self.preview_page.remember.isChecked() else {}
        task = workers.Task("import", self)
        self._task = task

        since = self.earliest_date()

        def work(t: workers.Task) -> tuple[ImportResult, list[ReportedChange]]:
            before = reported.snapshot(db, since) if since else {}
            result = run_import(db, loaded, effective_date=effective, progress=t.report,
                                cancel=lambda: t.is_cancelled, expected_versions=expected,
                                **options)
            if result.applied and remember:
                from eidroster.services.departments import remember_aliases

                remember_aliases(db, remember)
            return result, reported.altered(db, before) if result.applied else []

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

    def earliest_date(self):
        """The earliest date the preview's rows write at (reports from it on may change)."""
        if self.plan is None:
            return None
        days = [r.effective_date for r in self.plan.rows
                if r.action in ("add", "update") and r.effective_date is not None]
        return min(days + [self.plan.effective_date])

    def _import_done(self, outcome: tuple[ImportResult, list[ReportedChange]]) -> None:
        result, self.reported = outcome
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
        """Add the reasons the file gave in words to the catalogue; the people of this
        import who gave them are linked to them (and follow their classification)."""
        from eidroster.services.roster import add_reason

        if self.result is None:
            return
        justified = self.result_page.justified.isChecked()
        added = 0
        for text in self.result.plan.new_reasons:
            try:
                add_reason(self.db, text, justified, link_batch=self.result.batch_id)
                added += 1
            except EidrosterError:
                continue  # already there (added meanwhile)
        self.result_page.add_reasons.setEnabled(False)
        self.result_page.justified.setEnabled(False)
        self.result_page.summary.setText(self.result_page.summary.text() + "\n" + self.tr(
            "Đã thêm {n} lý do vào danh mục; những người vừa nhập có các lý do này đã được "
            "gắn với chúng").format(n=format_int(added)))


__all__ = ["CHOOSABLE", "CONFLICT", "REJECT_BG", "ImportWizard", "PreviewModel"]
