"""Fixtures for the window tests: a QApplication in Vietnamese and a loaded window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


@pytest.fixture
def app(qapp):
    from eidroster.ui.app import create_application

    application = create_application("vi")
    yield application
    from eidroster.ui.i18n import install_translator

    install_translator(application, "vi")


@pytest.fixture
def window(app, demo_db, qtbot):
    from eidroster.ui.app import MainWindow

    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    errors: list[str] = []
    w.show_error = errors.append  # a warning box would block; the test reads the text
    w.errors = errors
    yield w
    w.shutdown()
    # a box still open (a test that failed before answering it) would sit modal over the
    # next tests of this process and block them: close it, the test has its result already
    for stray in QApplication.topLevelWidgets():
        if isinstance(stray, QDialog) and stray.isVisible():
            stray.reject()


#: bumped after every test: a watch for a dialog that never came stops with its test
#: (it would otherwise answer — and close — the first dialog of a later test)
_TEST_GENERATION = [0]


@pytest.fixture(autouse=True)
def _dialog_watches_end_with_the_test():
    yield
    _TEST_GENERATION[0] += 1


def on_next_dialog(action, timeout_ms: int = 5000, kind=None) -> list:
    """Run ``action(dialog)`` on the next modal dialog that opens (as a user would
    fill it in), polling until it appears. Returns a list that receives the dialog.
    ``kind`` (a widget class): the next visible widget of that class instead — a file
    dialog or message box opened by a dialog whose own window is hidden is not Qt's
    "active modal widget"."""
    seen: list = []
    waited = [0]
    generation = _TEST_GENERATION[0]

    def poll() -> None:
        if generation != _TEST_GENERATION[0]:
            return  # its test is over
        if kind is None:
            dlg = QApplication.activeModalWidget()
            found = dlg if isinstance(dlg, QDialog) and dlg.isVisible() else None
        else:
            found = next((w for w in QApplication.allWidgets()
                          if isinstance(w, kind) and w.isVisible()), None)
        if found is not None:
            seen.append(found)
            action(found)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen
