"""Issue 13, point 8 in the window: a back-dated change that alters a date already
reported to the Sở says so, naming the reported date, the file and what changed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from eidroster.domain.statuses import Status
from eidroster.reports.exports import export_phu_luc_iii
from eidroster.services.settings import set_settings

from .conftest import on_next_dialog
from .helpers import to_table, type_date, wait_idle

TODAY = dt.date.today()
REPORTED = TODAY - dt.timedelta(days=5)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def sent(window, demo_db, tmp_path):
    """Phụ lục III for five days ago, exported (and so registered) before the change."""
    # written behind the window's back: the window would reload for it within 4 s and, in
    # the middle of a test, put back the selection it had before (nothing chosen)
    window.data.watch_elsewhere(False)
    set_settings(demo_db, {"unit_name": "Bệnh viện Thử nghiệm", "parent_agency": "Sở Y tế Mẫu",
                           "place_name": "Phường Mẫu", "signer_title": "GIÁM ĐỐC",
                           "signer_name": "Nguyễn Văn Mẫu"})
    export_phu_luc_iii(demo_db, tmp_path / "phu-luc-iii.xlsx", REPORTED)
    return tmp_path / "phu-luc-iii.xlsx"


def person(window, changed_on):
    return next(r for r in window.roster.model.all_rows()
                if r.active_on(changed_on) and r.leave_date is None
                and r.status is not Status.LEVEL2 and r.updated and r.updated <= changed_on)


def read_and_close(seen):
    def read(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "reported_changed"
        seen["text"] = box.text() + "\n" + box.informativeText()
        box.accept()
    return read


def test_back_dated_status_change_names_the_report(window, demo_db, qtbot, sent):
    changed_on = REPORTED - dt.timedelta(days=3)
    row = person(window, changed_on)
    seen = {}

    def fill(dlg):
        dlg.status.setCurrentIndex(dlg.status.findData(Status.LEVEL2.value))
        type_date(qtbot, dlg.effective, changed_on)
        on_next_dialog(read_and_close(seen), timeout_ms=60000)  # the write runs on the worker
        qtbot.keyClick(dlg.effective.line, Qt.Key.Key_Return)

    on_next_dialog(fill)
    to_table(qtbot, window, [row.id])
    qtbot.keyClick(window.roster.table, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: "text" in seen, timeout=60000)
    wait_idle(qtbot, window)
    assert "1 báo cáo đã gửi" in seen["text"]
    assert f"Phụ lục III tính đến ngày {REPORTED:%d/%m/%Y}" in seen["text"]
    assert sent.name in seen["text"] and "mức 2" in seen["text"]


def test_a_change_of_today_says_nothing(window, demo_db, qtbot, sent):
    row = person(window, TODAY)
    asked = on_next_dialog(lambda box: box.reject(), timeout_ms=1500)
    to_table(qtbot, window, [row.id])
    qtbot.keyClick(window.roster.table, Qt.Key.Key_7, CTRL)
    wait_idle(qtbot, window)
    qtbot.wait(1700)  # past the watch for a box (it must not outlive this test)
    assert not asked  # no confirmation (one person, a step up) and no report altered


def test_back_dated_leave_names_the_report(window, demo_db, qtbot, sent):
    left_on = REPORTED - dt.timedelta(days=1)
    row = person(window, left_on)
    seen = {}

    def fill(dlg):
        type_date(qtbot, dlg.date, left_on)
        seen["typed"] = (dlg.date.text(), dlg.date.problem())
        on_next_dialog(read_and_close(seen), timeout_ms=60000)  # the write runs on the worker
        qtbot.keyClick(dlg.date.line, Qt.Key.Key_Return)

    to_table(qtbot, window, [row.id])
    seen["selected"] = window.roster.selected_ids()
    seen["enabled"] = window.acts.leave.isEnabled()
    on_next_dialog(fill, timeout_ms=30000)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_L, CTRL)  # Đánh dấu nghỉ việc
    try:
        qtbot.waitUntil(lambda: "text" in seen or bool(window.errors), timeout=60000)
    except Exception:
        from PySide6.QtWidgets import QApplication
        modal = QApplication.activeModalWidget()
        raise AssertionError((seen, window.errors, row.id, modal and modal.objectName(),
                              window.runner.busy())) from None
    assert not window.errors
    wait_idle(qtbot, window)
    assert f"{REPORTED:%d/%m/%Y}" in seen["text"] and "tổng số" in seen["text"]
