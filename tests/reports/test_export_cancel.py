"""Hủy during an export (issue 17: "every export with a progress bar and Cancel"): the
window is free at once, and the export left on the worker leaves nothing behind — no
file, no temporary file, no audit or register entry. Once it has begun recording it
finishes instead (a document never without its entry, nor an entry without its file)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from eidroster.domain import cancel
from eidroster.io.atomic import write_bytes_atomic
from eidroster.reports import pending_list
from eidroster.reports.exports import AUDIT_ACTION_PHU_LUC_IV
from eidroster.services.audit import list_events
from eidroster.ui import report_dialogs as rd
from eidroster.ui import workers


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """Yes to the warning, the options as they open, the file name typed."""
    (tmp_path / "out").mkdir()
    messages: list[str] = []
    def exec_options(self):
        if self.use_password is not None:
            self.use_password.setChecked(False)  # the file stays on this machine
        self.check_and_accept()
        return self.result()

    monkeypatch.setattr(rd.ReportOptionsDialog, "exec", exec_options)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "out" / "pl4.xlsx"), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: messages.append(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: messages.append("!" + a[2])))
    return messages


def _slow_writer(monkeypatch, release: threading.Event) -> None:
    """The real writer, after waiting (a 100,000-person PDF takes tens of seconds)."""
    real = pending_list.write_pending_xlsx

    def slow(*args, **kwargs):
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(pending_list, "write_pending_xlsx", slow)


def _click_cancel_when_shown(qtbot, clicked: list) -> None:
    def poll() -> None:
        dlg = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(50, poll)
            return
        button = dlg.findChild(QPushButton)
        assert button.text() == "Hủy"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        clicked.append(time.perf_counter())

    QTimer.singleShot(50, poll)


def test_cancel_frees_the_window_and_leaves_nothing(qtbot, report_db, answers, tmp_path, monkeypatch):
    release = threading.Event()
    _slow_writer(monkeypatch, release)
    clicked: list = []
    _click_cancel_when_shown(qtbot, clicked)
    assert rd.export_phu_luc_iv(None, report_db) is None
    assert clicked, answers
    assert time.perf_counter() - clicked[0] < 2  # free at once, not after the work
    release.set()  # the writer goes on and reaches the point where it stops
    assert workers.wait_all(30000)
    qtbot.wait(50)
    assert list((tmp_path / "out").iterdir()) == []  # neither the file nor its temporary part
    with report_db.read() as s:
        assert list_events(s, action=AUDIT_ACTION_PHU_LUC_IV) == []
    assert not [m for m in answers if m.startswith("!")]
    # the same export, not cancelled, writes and records as before
    release.set()
    out = rd.export_phu_luc_iv(None, report_db)
    assert out == tmp_path / "out" / "pl4.xlsx" and out.exists()
    with report_db.read() as s:
        assert len(list_events(s, action=AUDIT_ACTION_PHU_LUC_IV)) == 1


class _Stop(Exception):
    pass


def test_stopping_points_before_and_after_recording(tmp_path, db):
    pressed = threading.Event()

    def check() -> None:
        if pressed.is_set():
            raise _Stop

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "a.txt"
    target.write_text("cũ")
    with cancel.cancellable(check):
        pressed.set()
        with pytest.raises(_Stop):  # a finished file does not take the name
            write_bytes_atomic(target, b"new")
        with pytest.raises(_Stop), db.write():  # nothing begins recording
            pass
    assert target.read_text() == "cũ" and list(folder.iterdir()) == [target]
    pressed.clear()
    with cancel.cancellable(check) as scope:
        with db.write():  # recording began before Hủy: the work runs to its end
            pass
        pressed.set()
        cancel.check()
        write_bytes_atomic(target, b"new")
        assert scope.committed
    assert target.read_bytes() == b"new"
    pressed.clear()
    with cancel.cancellable(check):
        write_bytes_atomic(target, b"list")  # a file took its name before Hủy ...
        pressed.set()
        with db.write():  # ... so its audit entry is still written
            pass
    assert target.read_bytes() == b"list"
    write_bytes_atomic(target, b"cli")  # outside a task (command line): never stops
    assert target.read_bytes() == b"cli"
