"""Issue 13, point 4: a status change changes only what the user changed, and a change for
many people (or a step back from mức 2) is confirmed — driven with the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QMessageBox

from eidroster.domain.employee import StatusInput
from eidroster.domain.statuses import Status
from eidroster.services import roster

from .conftest import on_next_dialog
from .helpers import choose_in_status_cell, history_count, latest_status, to_table, wait_idle

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


def people(window, n, *, status=None, not_status=None):
    rows = [r for r in window.roster.model.all_rows() if r.active_on(TODAY)
            and (status is None or r.status is status)
            and (not_status is None or r.status is not not_status)]
    assert len(rows) >= n
    return [r.id for r in rows[:n]]


def prepare(window, db, ids, change: StatusInput):
    """Another part of the day: these people already have a reason, a note and flags."""
    roster.set_status(db, ids, change)
    window.data.refresh_rows(ids)


def flags(db, ids):
    return {r.id: (r.status, r.reason_id, r.reason, r.justified, r.note, r.vneid_login,
                   r.dvcqg_used) for r in roster.list_roster(db, ids=ids)}


def press_ctrl_t(qtbot, window, ids):
    to_table(qtbot, window, ids)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_T, CTRL)


def focus(qtbot, widget):
    """Put the keyboard in ``widget`` of a dialog that just opened (offscreen, a new
    window is not activated by itself)."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def answer(button_role):
    def click(box):
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if box.buttonRole(b) == button_role).click()
    return click


@pytest.fixture
def reason_id(window):
    return next(r.id for r in window.data.reasons if r.justified and not r.retired)


def test_one_person_dialog_is_prefilled_and_changes_only_the_status(window, demo_db, qtbot,
                                                                    reason_id):
    [rid] = people(window, 1, not_status=Status.LEVEL2)
    prepare(window, demo_db, [rid], StatusInput(
        Status.NOT_REGISTERED, TODAY, reason_id=reason_id,
        note="Đang nghỉ phép", vneid_login=True, vneid_login_date=TODAY,
        dvcqg_used=True, dvcqg_date=TODAY))
    before = flags(demo_db, [rid])[rid]
    seen = {}

    def fill(dlg):
        seen["status"] = dlg.status.currentData()
        seen["reason"] = dlg.reason.currentData()
        seen["note"] = dlg.note.text()
        seen["flags"] = (dlg.vneid.isChecked(), dlg.dvcqg.isChecked())
        seen["ok_first"] = dlg.ok_enabled()  # nothing changed yet
        focus(qtbot, dlg.status)
        qtbot.keyClick(dlg.status, Qt.Key.Key_Down)  # Chưa đăng ký -> Đã nộp hồ sơ
        qtbot.keyClick(dlg.status, Qt.Key.Key_Return)

    on_next_dialog(fill)
    press_ctrl_t(qtbot, window, [rid])
    wait_idle(qtbot, window)
    assert seen == {"status": "not_registered", "reason": reason_id, "note": "Đang nghỉ phép",
                    "flags": (True, True), "ok_first": False}
    after = flags(demo_db, [rid])[rid]
    assert after[0] is Status.SUBMITTED
    assert after[1:] == before[1:]  # reason, chính đáng, note and both flags kept


def test_several_people_start_with_nothing_chosen_and_enter_does_nothing(
        window, demo_db, qtbot, reason_id):
    ids = people(window, 30, not_status=Status.LEVEL2)
    prepare(window, demo_db, ids[:10], StatusInput(
        Status.NOT_REGISTERED, TODAY, reason_id=reason_id,
        note="Công an trả về", vneid_login=True, vneid_login_date=TODAY))
    before = flags(demo_db, ids)
    count = history_count(demo_db, ids)
    state = {}

    def first(dlg):
        state["status"] = dlg.status.currentIndex()
        state["flags"] = (dlg.vneid.currentText(), dlg.dvcqg.currentText())
        state["reason"] = dlg.reason.currentText()
        focus(qtbot, dlg.status)
        qtbot.keyClick(dlg.status, Qt.Key.Key_Return)  # no status chosen: nothing happens
        state["still_open"] = dlg.isVisible()
        state["ok"] = dlg.ok_enabled()
        dlg.status.setCurrentIndex(dlg.status.findData(Status.SUBMITTED.value))
        state["ok_after"] = dlg.ok_enabled()
        # Enter now: the confirmation must come, its default button is "Không"
        on_next_dialog(confirm)
        qtbot.keyClick(dlg.status, Qt.Key.Key_Return)

    def confirm(box):
        state["text"] = box.text()
        state["info"] = box.informativeText()
        state["default"] = box.defaultButton().text()
        focus(qtbot, box.defaultButton())
        qtbot.keyClick(box.defaultButton(), Qt.Key.Key_Return)  # Enter = the default = Không

    on_next_dialog(first)
    press_ctrl_t(qtbot, window, ids)
    qtbot.waitUntil(lambda: "default" in state, timeout=10000)
    wait_idle(qtbot, window)
    assert state["status"] == -1 and state["still_open"] and not state["ok"] and state["ok_after"]
    assert state["flags"] == ("giữ nguyên", "giữ nguyên")
    assert state["reason"] == "(giữ nguyên lý do của từng người)"
    assert "30 người" in state["text"] and "Đã nộp hồ sơ, chờ phê duyệt" in state["text"]
    assert "Đăng nhập VNeID: giữ nguyên" in state["info"]
    assert state["default"] == "Không"
    assert history_count(demo_db, ids) == count  # Enter applied nothing
    assert flags(demo_db, ids) == before

    # again, and this time the user clicks "Cập nhật cho 30 người"
    def second(dlg):
        focus(qtbot, dlg.status)
        dlg.status.setCurrentIndex(dlg.status.findData(Status.SUBMITTED.value))
        on_next_dialog(answer(QMessageBox.ButtonRole.YesRole))
        qtbot.keyClick(dlg.status, Qt.Key.Key_Return)

    on_next_dialog(second)
    press_ctrl_t(qtbot, window, ids)
    qtbot.waitUntil(lambda: history_count(demo_db, ids) == count + 30, timeout=10000)
    wait_idle(qtbot, window)
    after = flags(demo_db, ids)
    for i in ids:
        assert after[i][0] is Status.SUBMITTED
        assert after[i][1:] == before[i][1:]  # each one's reason, note and flags kept


def test_quick_key_step_back_from_level2_asks_and_keeps_flags(window, demo_db, qtbot):
    [rid] = people(window, 1, status=Status.LEVEL2)
    prepare(window, demo_db, [rid], StatusInput(
        Status.LEVEL2, TODAY, note="Đã kiểm tra", vneid_login=True, vneid_login_date=TODAY,
        dvcqg_used=True, dvcqg_date=TODAY))
    count = history_count(demo_db, [rid])
    def enter(box):
        focus(qtbot, box.defaultButton())
        qtbot.keyClick(box.defaultButton(), Qt.Key.Key_Return)

    asked = on_next_dialog(enter)
    to_table(qtbot, window, [rid])
    qtbot.keyClick(window.roster.table, Qt.Key.Key_2, CTRL)  # Chưa đăng ký
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    wait_idle(qtbot, window)
    assert "mức 2" in asked[0].informativeText()
    assert history_count(demo_db, [rid]) == count  # Enter = Không

    on_next_dialog(answer(QMessageBox.ButtonRole.YesRole))
    to_table(qtbot, window, [rid])
    qtbot.keyClick(window.roster.table, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: latest_status(demo_db, [rid])[rid] == "not_registered",
                    timeout=10000)
    wait_idle(qtbot, window)
    row = roster.get_row(demo_db, rid)
    assert (row.vneid_login, row.dvcqg_used, row.note) == (True, True, "Đã kiểm tra")


def test_quick_key_on_many_people_is_confirmed_and_keeps_reasons(window, demo_db, qtbot,
                                                                 reason_id):
    ids = people(window, 25, not_status=Status.LEVEL2)
    prepare(window, demo_db, ids, StatusInput(Status.NOT_REGISTERED, TODAY,
                                              reason_id=reason_id))
    asked = on_next_dialog(answer(QMessageBox.ButtonRole.YesRole))
    to_table(qtbot, window, ids)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_3, CTRL)  # Đã nộp hồ sơ
    qtbot.waitUntil(lambda: set(latest_status(demo_db, ids).values()) == {"submitted"},
                    timeout=10000)
    wait_idle(qtbot, window)
    assert "25 người" in asked[0].text()
    assert {r.reason_id for r in roster.list_roster(demo_db, ids=ids)} == {reason_id}


def test_table_combo_keeps_flags(window, demo_db, qtbot):
    [rid] = people(window, 1, not_status=Status.LEVEL2)
    prepare(window, demo_db, [rid], StatusInput(
        Status.SUBMITTED, TODAY, vneid_login=True, vneid_login_date=TODAY,
        dvcqg_used=False))
    choose_in_status_cell(window, rid, Status.LEVEL1)
    qtbot.waitUntil(lambda: latest_status(demo_db, [rid])[rid] == "level1", timeout=10000)
    wait_idle(qtbot, window)
    assert roster.get_row(demo_db, rid).vneid_login is True


def test_future_date_refused_and_earlier_date_warned(window, demo_db, qtbot):
    [rid] = people(window, 1, not_status=Status.LEVEL2)
    prepare(window, demo_db, [rid], StatusInput(Status.SUBMITTED, TODAY))
    state = {}

    def fill(dlg):
        focus(qtbot, dlg.effective.line)
        qtbot.keyClick(dlg.effective.line, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dlg.effective.line, (TODAY + dt.timedelta(days=1)).strftime("%d/%m/%Y"))
        qtbot.keyClick(dlg.status, Qt.Key.Key_Down)
        state["future_ok"] = dlg.ok_enabled()
        state["future_hint"] = dlg.effective.hint.text()
        qtbot.keyClick(dlg.effective.line, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dlg.effective.line, (TODAY - dt.timedelta(days=10)).strftime("%d/%m/%y"))
        state["later"] = dlg.later.text() if dlg.later.isVisible() else ""
        state["past_ok"] = dlg.ok_enabled()
        dlg.reject()

    on_next_dialog(fill)
    press_ctrl_t(qtbot, window, [rid])
    QApplication.processEvents()
    assert not state["future_ok"] and "tương lai" in state["future_hint"]
    assert state["past_ok"]
    assert "đã có cập nhật ngày" in state["later"]
    assert TODAY.strftime("%d/%m/%Y") in state["later"]


def test_single_dialog_flags_are_checkboxes_and_several_are_three_way(window, qtbot):
    ids = people(window, 2)
    kinds = []

    def look(dlg):
        kinds.append((type(dlg.vneid), type(dlg.dvcqg)))
        dlg.reject()

    on_next_dialog(look)
    press_ctrl_t(qtbot, window, ids[:1])
    on_next_dialog(look)
    press_ctrl_t(qtbot, window, ids)
    qtbot.waitUntil(lambda: len(kinds) == 2, timeout=5000)
    assert kinds == [(QCheckBox, QCheckBox), (QComboBox, QComboBox)]


def test_two_quick_key_changes_of_the_same_people_are_undone_one_after_the_other(
        window, demo_db, qtbot):
    """Ctrl+Z twice after two changes of the same people: the second undo is not taken
    for someone else's edit (the first undo moved their versions on, this window did)."""
    ids = people(window, 3, status=Status.NOT_REGISTERED)
    before = latest_status(demo_db, ids)
    count = history_count(demo_db, ids)
    to_table(qtbot, window, ids)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_3, CTRL)  # Đã nộp hồ sơ
    qtbot.waitUntil(lambda: set(latest_status(demo_db, ids).values()) == {"submitted"},
                    timeout=10000)
    wait_idle(qtbot, window)
    to_table(qtbot, window, ids)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_7, CTRL)  # mức 2
    qtbot.waitUntil(lambda: set(latest_status(demo_db, ids).values()) == {"level2"},
                    timeout=10000)
    wait_idle(qtbot, window)
    assert history_count(demo_db, ids) == count + 6

    errors = []
    window.show_error = errors.append
    qtbot.keyClick(window.roster.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: set(latest_status(demo_db, ids).values()) == {"submitted"},
                    timeout=10000)
    wait_idle(qtbot, window)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: latest_status(demo_db, ids) == before or bool(errors),
                    timeout=10000)
    wait_idle(qtbot, window)
    assert not errors
    assert latest_status(demo_db, ids) == before
    assert history_count(demo_db, ids) == count
    assert all(window.roster.model.row_by_id(i).status is Status.NOT_REGISTERED for i in ids)
