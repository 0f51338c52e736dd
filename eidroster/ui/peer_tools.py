"""What the window offers beyond the roster itself (issue 19): scanning chip cards, the
departments' fill-in forms and reconciling with an outside list. Builds the "Công cụ"
menu and the toolbar's "Quét thẻ" button; each job lives in its own module."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from eidroster.ui.actions import Actions
from eidroster.ui.editing import EditingFlows
from eidroster.ui.roster_view import RosterView
from eidroster.ui.runner import TaskRunner
from eidroster.ui.scan_flow import ScanFlow


class PeerTools(QObject):
    message = Signal(str)
    imported = Signal(str)  # returned forms were imported (the batch id: undoable)

    def __init__(self, window: QMainWindow, view: RosterView, editing: EditingFlows,
                 acts: Actions, runner: TaskRunner, show_error: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.editing = editing
        self.runner = runner
        self.forms_panel = None
        self.reconcile_dialog = None
        self.scan = ScanFlow(window, view, editing, show_error)
        self.scan.message.connect(self.message)
        self.forms = QAction(self.tr("&Phiếu khoa/phòng tự điền…"), window)
        self.forms.setStatusTip(self.tr(
            "Phát cho mỗi khoa/phòng một tệp Excel để tự điền tình trạng, nhập lại các phiếu "
            "đã nộp và xem khoa/phòng nào đã nộp"))
        self.forms.triggered.connect(lambda _c=False: self.open_forms())
        menu = self.menu = window.menuBar().addMenu(self.tr("Cô&ng cụ"))
        window.menuBar().insertMenu(acts.menu_help.menuAction(), menu)
        menu.addAction(self.scan.mode)
        menu.addSeparator()
        menu.addAction(self.forms)
        self.reconcile = QAction(self.tr("Đối &chiếu với danh sách khác…"), window)
        self.reconcile.setStatusTip(self.tr(
            "So danh sách với một tệp khác (hồ sơ nhân sự, danh sách công an gửi, danh sách "
            "của khoa/phòng): ai chỉ có ở một bên, ai khác họ tên, ngày sinh, tình trạng"))
        self.reconcile.triggered.connect(lambda _c=False: self.open_reconcile())
        menu.addAction(self.reconcile)
        acts.toolbar.addSeparator()
        acts.toolbar.addAction(self.scan.mode)
        # an undo or redo (done on the worker) may take a returned form back: the panel follows
        window.undo_stack.indexChanged.connect(lambda _i: self._forms_changed())

    def _forms_changed(self) -> None:
        if self.forms_panel is not None and self.forms_panel.isVisible():
            self.forms_panel.refresh()

    def _db(self):
        return self.window.db  # the window's current database (it may switch)

    def open_forms(self):
        from eidroster.ui.forms_panel import FormsPanel

        if self.forms_panel is None:
            self.forms_panel = FormsPanel(self._db, self.runner,
                                          lambda: [d.name for d in self.view.departments],
                                          self.window)
            self.forms_panel.imported.connect(self.imported)
        else:
            self.forms_panel.refresh()
        self.forms_panel.show()
        self.forms_panel.raise_()
        return self.forms_panel

    def open_reconcile(self):
        from eidroster.ui.reconcile_dialog import ReconcileDialog

        if self.reconcile_dialog is None:
            self.reconcile_dialog = ReconcileDialog(
                self._db, self.runner, lambda: [d.name for d in self.view.departments],
                self.window)
            self.reconcile_dialog.open_entry.connect(self.open_entry)
        self.reconcile_dialog.show()
        self.reconcile_dialog.raise_()
        return self.reconcile_dialog

    def open_entry(self, entry) -> None:
        """One click on a reconciled line: the person's edit dialog with the file's values
        beside the stored ones, or "Thêm nhân viên" filled from the file's row."""
        from eidroster.domain.chip_qr import CardScan, QrReading
        from eidroster.domain.text import split_full_name
        from eidroster.ui.scan_flow import show_person

        reading = None
        if entry.file is not None:
            f = entry.file
            ho, dem, ten = split_full_name(f.name)
            reading = QrReading(CardScan(f.id_number, ho, dem, ten, f.birth_date, f.gender,
                                         True))

        def prepare(dlg) -> None:
            if reading is not None:
                dlg.scan_assist.apply(reading, file_row=entry.file.row)

        if entry.person is None:
            self.editing.add_employee(prepare=prepare)
            return
        show_person(self.view, entry.person.id)
        row = self.view.model.row_by_id(entry.person.id)
        if row is not None:
            self.editing.edit_employee(row, prepare=prepare)

