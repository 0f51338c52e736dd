"""The window's doors to the other modules: import, reports, safety (backup, restore,
audit log), the PostgreSQL server, the agency merge, About and the language.

Each entry opens the module that owns the work (``import_wizard``, ``report_dialogs``,
``safety_dialogs``, ``agency_dialog``, ``about``) and tells the window what changed
through a signal: rows to reload, an import to put on the undo stack, another database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from eidroster.services.database import Database, server_of
from eidroster.ui.i18n import save_language, saved_language
from eidroster.ui.runner import TaskRunner


class Entries(QObject):
    """The File, Reports and Help menus' work, outside the roster."""

    imported = Signal(str)  # an import ran (its batch id): undoable, rows to reload
    settings_saved = Signal()  # the unit's settings changed (title, dashboard)
    database_opened = Signal(object)  # the window now works on this Database
    close_requested = Signal()  # the database is gone and could not be reopened
    language_chosen = Signal(str)  # "vi" or "en", saved: the window redraws itself in it

    def __init__(self, db, window: QWidget, runner: TaskRunner) -> None:
        super().__init__(window)
        self.runner = runner
        self._db = db  # () -> Database: the window's current database
        self.window = window

    def import_file(self) -> None:
        from eidroster.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self._db(), self.window)
        wizard.exec()
        # the import is saved as soon as it has run, however the wizard is closed after
        batch_id = getattr(wizard, "batch_id", None)
        if batch_id:
            self.imported.emit(batch_id)

    def report(self, name: str) -> Any:
        from eidroster.ui import report_dialogs

        result = getattr(report_dialogs, name)(self.window, self._db())
        if name == "edit_settings" and result:
            self.settings_saved.emit()
        return result

    def person_data(self, ids: list[int]) -> None:
        """"Dữ liệu của một người" for the one selected row (its opening is audited)."""
        if len(ids) == 1:
            from eidroster.ui.privacy_dialogs import show_person_data

            show_person_data(self.window, self._db(), ids[0])

    def processing_notice(self) -> None:
        from eidroster.ui.privacy_dialogs import show_notice

        show_notice(self.window, self._db())

    def safety(self, name: str) -> Any:
        from eidroster.ui import safety_dialogs

        return getattr(safety_dialogs, name)(self.window, self._db())

    def restore_backup(self) -> None:
        if not self.safety("restore_from_backup"):
            return
        # the file was replaced: open it again (the old engine's connections are stale);
        # the interactive opener asks again for an encrypted file's passphrase
        from eidroster.ui.app import open_database_for_window

        old = self._db()
        target = old.target
        self.runner.shutdown()  # background work stops before the file is replaced
        old.close()
        db = open_database_for_window(target)
        if db is None:
            self.close_requested.emit()
            return
        self.database_opened.emit(db)

    def connect_server(self) -> None:
        from eidroster.ui.connect_dialog import ConnectDialog

        url = ConnectDialog.get_url(self.window)
        if not url:
            return
        from eidroster.ui.app import open_database_for_window

        db = open_database_for_window(url)
        if db is not None:
            self.database_opened.emit(db)

    def open_other_file(self) -> None:
        """Work on another data file (a copy from another office, last year's file)."""
        from PySide6.QtWidgets import QFileDialog

        current = self._db().path
        start = str(current.parent) if current is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Mở tệp dữ liệu khác"), start,
            self.tr("Tệp dữ liệu eidroster (*.sqlite *.db);;Mọi tệp (*)"))
        if not name:
            return
        from eidroster.ui.app import open_database_for_window

        db = open_database_for_window(name)
        if db is not None:
            self.database_opened.emit(db)

    def open_data_folder(self) -> None:
        """The folder of the data file (its backups are in ``backups`` inside it)."""
        from eidroster.paths import data_dir
        from eidroster.ui.saved import open_path

        current = self._db().path
        open_path(current.parent if current is not None else data_dir())

    def backup_elsewhere(self) -> None:
        """"Sao lưu ra nơi khác…": a copy to a place the user picks (a USB stick)."""
        from PySide6.QtWidgets import QFileDialog

        db = self._db()
        if db.path is None:
            self.safety("backup_now")  # says to use the server's own tools
            return
        name = f"{db.path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Sao lưu ra nơi khác"), str(Path.home() / name),
            self.tr("Tệp dữ liệu eidroster (*.sqlite)"))
        if not target:
            return
        from eidroster.services.backup import backup_to
        from eidroster.ui.saved import show_saved

        self.runner.run_task(self.tr("Đang sao lưu…"), lambda _t: backup_to(db, Path(target)),
                             lambda made: show_saved(self.window, self.tr("Đã sao lưu"), made),
                             cancellable=False)

    def help(self) -> None:
        from eidroster.ui.help import show_help

        show_help(self.window)

    def agency_merge(self) -> None:
        from eidroster.ui.agency_dialog import AgencyMergeDialog

        AgencyMergeDialog(self.window).exec()

    def about(self) -> None:
        from eidroster.ui.about import show_about

        show_about(self.window, self._db().path)

    def switch_language(self, lang: str) -> None:
        if lang == saved_language():
            return
        save_language(lang)
        self.language_chosen.emit(lang)


def database_label(db: Database) -> tuple[str, str]:
    """What the status bar says of the database: (text, tooltip)."""
    if db.path is not None:
        return db.path.name, str(db.path)
    host, name = server_of(db)
    return QCoreApplication.translate("MainWindow", "Máy chủ {host}/{name}").format(
        host=host, name=name), ""
