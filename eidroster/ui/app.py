"""Starting the window: the QApplication, the translator, opening the database."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from eidroster.services.database import Database
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
    app.setDesktopFileName("eidroster")  # matches installer/eidroster.desktop (Wayland)
    from eidroster.ui.about import app_icon

    app.setWindowIcon(app_icon())
    install_translator(app, lang or saved_language())
    return app


def open_database_for_window(target: str) -> Database | None:
    """Open the database for the window: a damaged or locked file, or an encrypted one,
    is handled by the safety dialogs (offer of the latest good backup, passphrase)."""
    from eidroster.ui.safety_dialogs import open_database_interactive

    return open_database_interactive(target, None)


def _first_run(db: Database, window: MainWindow) -> None:
    from eidroster.ui.first_run import FirstRunWizard, needs_first_run

    if not needs_first_run(db):
        return
    FirstRunWizard(db, window).exec()
    window.reload()


def start_up_purge(db: Database) -> str:
    """The retention rule when the window opens, at most once a day (leavers' personal data
    past the unit's retention period is purged, see ``services.retention``), before the
    window reads the rows. Returns what the status bar should say ("" for nothing)."""
    from PySide6.QtCore import QCoreApplication

    from eidroster.domain.errors import EidrosterError
    from eidroster.services.retention import purge_if_due
    from eidroster.ui.i18n import format_int

    try:
        result = purge_if_due(db)
    except EidrosterError as exc:
        return QCoreApplication.translate(
            "App", "Chưa chạy được quy định lưu trữ dữ liệu: {problem}").format(problem=exc.message)
    if result is None or not result.count:
        return ""
    rule = result.rule
    period = (QCoreApplication.translate("App", "{n} ngày").format(n=format_int(rule.days))
              if rule.days else
              QCoreApplication.translate("App", "{n} tháng").format(n=format_int(rule.months)))
    return QCoreApplication.translate(
        "App", "Đã xóa dữ liệu cá nhân của {n} người nghỉ việc quá thời hạn lưu trữ ({period}); "
        "số liệu báo cáo cũ giữ nguyên. Xem Nhật ký thao tác.").format(
            n=format_int(result.count), period=period)


def run_app(db_target: str, lang: str | None = None) -> int:
    """``python -m eidroster``: open the window on ``db_target``; returns the exit code."""
    app = create_application(lang)
    db = open_database_for_window(db_target)
    if db is None:
        return 1
    purged = start_up_purge(db)
    window = MainWindow(db)
    window.show()
    if purged:
        window.info(purged)
    _first_run(db, window)
    code = app.exec()
    window = window.current()  # a change of language builds the window anew
    window.shutdown()
    if window.db is not db:
        window.db.close()
    db.close()
    return code


if __name__ == "__main__":  # pragma: no cover - manual start
    from eidroster.paths import default_db_target

    raise SystemExit(run_app(sys.argv[1] if len(sys.argv) > 1 else default_db_target()))
