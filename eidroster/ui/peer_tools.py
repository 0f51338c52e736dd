"""What the window offers beyond the roster itself (issue 19): scanning chip cards, the
departments' fill-in forms and reconciling with an outside list. Builds the "Công cụ"
menu and the toolbar's "Quét thẻ" button; each job lives in its own module."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from eidroster.ui.actions import Actions
from eidroster.ui.editing import EditingFlows
from eidroster.ui.roster_view import RosterView
from eidroster.ui.scan_flow import ScanFlow


class PeerTools(QObject):
    message = Signal(str)

    def __init__(self, window: QMainWindow, view: RosterView, editing: EditingFlows,
                 acts: Actions, show_error: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.scan = ScanFlow(window, view, editing, show_error)
        self.scan.message.connect(self.message)
        menu = self.menu = window.menuBar().addMenu(self.tr("Cô&ng cụ"))
        window.menuBar().insertMenu(acts.menu_help.menuAction(), menu)
        menu.addAction(self.scan.mode)
        acts.toolbar.addSeparator()
        acts.toolbar.addAction(self.scan.mode)
