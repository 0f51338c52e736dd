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
        self.runner = runner
        self.forms_panel = None
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
        acts.toolbar.addSeparator()
        acts.toolbar.addAction(self.scan.mode)

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
