"""Starting the window: the QApplication, the translator, opening the database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from eidroster.domain.errors import EidrosterError
from eidroster.services.database import Database, open_database
from eidroster.ui.i18n import install_translator, saved_language
from eidroster.ui.main_window import MainWindow

__all__ = ["MainWindow", "create_application", "open_database_for_window", "run_app"]


def create_application(lang: str | None = None) -> QApplication:
    """The QApplication (reused if one exists) with the language installed:
    ``lang`` if given, else the one saved from the menu, else Vietnamese."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("eidroster")
    app.setApplicationName("eidroster")
    app.setApplicationDisplayName("eidroster")
    install_translator(app, lang or saved_language())
    return app


def open_database_for_window(target: str) -> Database | None:
    """Open the database for the window. Uses the safety helper's interactive opener
    (damaged or locked file, offer of the latest good backup) when it is present."""
    try:
        from eidroster.ui import safety_dialogs
    except ImportError:
        safety_dialogs = None  # type: ignore[assignment]
    opener = getattr(safety_dialogs, "open_database_interactive", None) if safety_dialogs else None
    if opener is not None:
        return opener(target, None)
    try:
        return open_database(target)
    except EidrosterError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Không mở được cơ sở dữ liệu"), exc.message)
        return None


def _first_run(db: Database, window: MainWindow) -> None:
    try:
        from eidroster.ui import first_run
    except ImportError:
        return
    needs = getattr(first_run, "needs_first_run", None)
    wizard_cls = getattr(first_run, "FirstRunWizard", None)
    if needs is None or wizard_cls is None or not needs(db):
        return
    wizard = wizard_cls(db, window)
    wizard.exec()
    window.reload()


def run_app(db_target: str, lang: str | None = None) -> int:
    """``python -m eidroster``: open the window on ``db_target``; returns the exit code."""
    app = create_application(lang)
    db = open_database_for_window(db_target)
    if db is None:
        return 1
    window = MainWindow(db)
    window.show()
    _first_run(db, window)
    code = app.exec()
    window.shutdown()
    db.close()
    return code


if __name__ == "__main__":  # pragma: no cover - manual start
    from eidroster.paths import default_db_target

    raise SystemExit(run_app(sys.argv[1] if len(sys.argv) > 1 else default_db_target()))
