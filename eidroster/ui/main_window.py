"""The main window: composes the parts of the everyday window and wires their signals.

Where things live (one job each; the map for newcomers is in docs/decisions.md):

* ``roster_view.RosterView`` — the roster tab: filters, totals, table, departments, history
* ``roster_data.RosterData`` — loading the roster (worker thread) and re-reading edited rows
* ``editing.EditingFlows`` — add/edit, statuses, leavers, delete, CCCD reveal, reasons
* ``entries.Entries`` — import, reports, backup/restore/audit, server, agency, About, language
* ``actions.Actions`` — the actions, menus, toolbar and the table's right-click menu
* ``runner.TaskRunner`` — long work on the worker thread, progress bar and Cancel
* ``dashboard.DashboardTab`` — the dashboard tab
* ``lists_out.ListsOut`` — the rows shown to .xlsx or the printer, the selected to the clipboard
* ``undoing.UndoRunner`` — undo and redo on the worker, saying what was undone
* ``peer_tools.PeerTools`` — card scans, departments' fill-in forms, reconciling with a list
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget
from shiboken6 import isValid

from eidroster.services.database import Database
from eidroster.ui.actions import Actions
from eidroster.ui.dashboard import DashboardTab
from eidroster.ui.editing import EditingFlows
from eidroster.ui.entries import Entries, database_label
from eidroster.ui.i18n import install_translator, settings
from eidroster.ui.lists_out import ListsOut
from eidroster.ui.peer_tools import PeerTools
from eidroster.ui.roster_cells import window_size
from eidroster.ui.roster_data import RosterData
from eidroster.ui.roster_view import RosterView
from eidroster.ui.runner import TaskRunner
from eidroster.ui.undo import ImportCommand
from eidroster.ui.undoing import UndoRunner


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, load: bool = True, remember_layout: bool = True) -> None:
        super().__init__()
        self.db = db
        self.remember_layout = remember_layout
        self.replaced_by: MainWindow | None = None  # after a change of language
        self.setWindowTitle(self.tr("eidroster — Định danh điện tử của đơn vị"))
        self.resize(*window_size())  # smaller on a small or scaled screen

        current_db = lambda: self.db  # noqa: E731 - the parts follow a switch of database
        self.runner = TaskRunner(self.statusBar(), self)
        self.undoing = UndoRunner(self.runner, self)
        self.undo_stack = self.undoing.stack
        self.roster = RosterView()
        self.data = RosterData(current_db, self.roster, self.runner, self)
        self.dashboard = DashboardTab(current_db, self.runner)
        self.editing = EditingFlows(self, self, self.roster, self.data, self.undo_stack, self.runner)
        self.entries = Entries(current_db, self, self.runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roster, self.tr("Danh sách nhân viên"))
        self.tabs.addTab(self.dashboard, self.tr("Tổng quan"))
        self.setCentralWidget(self.tabs)
        self.lists = ListsOut(current_db, self.roster, self.runner, self)
        self.acts = Actions(self, self.undoing, self.tabs, self.roster, self.editing,
                            self.entries, self.lists, self.reload)
        self.peers = PeerTools(self, self.roster, self.editing, self.acts, self.runner,
                               lambda message: self.show_error(message))
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self._wire()
        if remember_layout:
            self._restore_layout()
        self._selection_changed()
        if load:
            self.reload()
            self.data.watch_elsewhere()

    def _wire(self) -> None:
        """Who tells whom: the whole conversation between the parts is here."""
        # failures and short messages reach the user through the window (tests replace
        # show_error, so look it up at call time)
        for part in (self.runner, self.data):
            part.error.connect(lambda message: self.show_error(message))
        self.editing.message.connect(self.info)
        self.undoing.message.connect(self.info)
        self.lists.message.connect(self.info)
        self.peers.message.connect(self.info)
        self.peers.imported.connect(self._imported)
        self.roster.selection_changed.connect(self._selection_changed)
        self.roster.shown_changed.connect(self._selection_changed)  # a filter may hide the selection
        self.roster.edit_requested.connect(self.editing.edit_selected)
        self.undo_stack.indexChanged.connect(lambda _i: self._selection_changed())
        self.data.loaded.connect(self._loaded)
        self.data.rows_changed.connect(self.dashboard.invalidate)
        self.entries.imported.connect(self._imported)
        self.entries.settings_saved.connect(self.dashboard.invalidate)
        self.entries.database_opened.connect(self.switch_database)
        self.entries.close_requested.connect(self.close)
        self.entries.language_chosen.connect(self.switch_language)

    # ================================================================ what the parts ask

    def _loaded(self, unit_name: str) -> None:
        text, tip = database_label(self.db)
        self.db_label.setText(text)
        self.db_label.setToolTip(tip)
        title = self.tr("eidroster — Định danh điện tử của đơn vị")
        self.setWindowTitle(f"{title} — {unit_name}" if unit_name else title)
        self.dashboard.invalidate()

    def _selection_changed(self) -> None:
        if not isValid(self.count_label):
            return  # the window is being destroyed
        # only rows shown count: a hidden row is never acted on
        positions = self.roster.selected_positions()
        self.acts.selection_changed(len(positions))
        self.count_label.setText(self.roster.count_text(len(positions)))
        if len(positions) == 1:
            row = self.roster.model.row_at(positions[0])
            self.roster.history.show_history(row.full_name, self.data.history(row.id),
                                             self.data.employment(row.id))
        else:
            self.roster.history.show_history(None, [])

    def _imported(self, batch_id: str) -> None:
        self.undo_stack.push(ImportCommand(self, batch_id, self.tr("Nhập danh sách từ Excel")))
        self.reload()

    def switch_database(self, db: Database) -> None:
        """Work on another database from now on (a restored file, a server)."""
        self.shutdown()
        if db is not self.db:
            self.db.close()
        self.db = db
        self.undo_stack.clear()  # the commands belong to the other database
        self.roster.model.hide_all_ids()
        self.reload()

    def switch_language(self, lang: str) -> None:
        """Show the window in ``lang`` now: the same database in a window built anew in
        that language (every part takes its texts when built), at the same place and tab.
        The list of changes to undo belongs to the old window and is not carried over."""
        install_translator(QApplication.instance(), lang)
        if self.remember_layout:
            self.save_layout()
        self.shutdown()
        new = MainWindow(self.db, remember_layout=self.remember_layout)
        new.setGeometry(self.geometry())
        new.tabs.setCurrentIndex(self.tabs.currentIndex())
        self.replaced_by = new
        new.show()
        self.remember_layout = False  # the new window keeps the layout from now on
        self.close()
        # the closed window stays alive (run_app follows replaced_by): let go of its rows
        self.undo_stack.clear()
        self.roster.model.set_rows([])

    def current(self) -> MainWindow:
        """This window, or the one that replaced it (a change of language)."""
        window = self
        while window.replaced_by is not None:
            window = window.replaced_by
        return window

    # ================================================================ the undo commands' host

    @property
    def loaded(self) -> bool:
        return self.data.is_loaded

    def reload(self, block: bool = False) -> None:
        self.data.reload(block)

    def apply_rows(self, ids: list[int], rows: list) -> None:
        self.data.apply_rows(ids, rows)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("eidroster"), message)

    def info(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    # ================================================================ layout, closing

    def _restore_layout(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.roster.restore_state(s)

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        self.roster.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.remember_layout:
            self.save_layout()
        self.data.watch_elsewhere(False)  # a closed window no longer follows the database
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work before the database closes."""
        self.runner.shutdown()


__all__ = ["MainWindow"]
