"""Issue 13, point 1 in the window: several people leave at once, come back, move to
another department from a date; each shows in the history and is undone — typed as a
user types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from eidroster.services import employment, roster
from eidroster.services.summary import summary

from .conftest import on_next_dialog
from .helpers import to_table, type_date, type_text, wait_idle

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


def working(window, n, department=None):
    rows = [r for r in window.roster.model.all_rows() if r.active_on(TODAY)
            and r.start_date is not None and r.start_date < TODAY - dt.timedelta(days=60)
            and (department is None or r.department == department)]
    assert len(rows) >= n
    return rows[:n]


def dept_counts(db, day):
    return {d.name: d.counts.total for d in summary(db, day).departments}


def test_several_people_leave_at_once_then_come_back(window, demo_db, qtbot):
    rows = working(window, 3)
    ids = [r.id for r in rows]
    left_on = TODAY - dt.timedelta(days=10)
    back_on = TODAY - dt.timedelta(days=3)
    total = summary(demo_db, TODAY).total.total
    before_leave = summary(demo_db, left_on - dt.timedelta(days=1)).total.total
    seen = {}

    def leave(dlg):
        seen["head"] = dlg.head.text()
        type_date(qtbot, dlg.date, left_on, "%d/%m/%y")  # a two-digit year, as often typed
        qtbot.keyClick(dlg.date.line, Qt.Key.Key_Return)

    on_next_dialog(leave)
    to_table(qtbot, window, ids)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_L, CTRL)
    wait_idle(qtbot, window)
    assert "3 người" in seen["head"]
    assert {roster.get_row(demo_db, i).leave_date for i in ids} == {left_on}
    assert summary(demo_db, TODAY).total.total == total - 3
    assert summary(demo_db, left_on - dt.timedelta(days=1)).total.total == before_leave
    # leavers are hidden by default: the user shows them to see their history and to
    # record their return
    assert all(window.roster.model.visible_position(i) is None for i in ids)
    combo = window.roster.employment_filter
    combo.setCurrentIndex(combo.findText("Cả người đã nghỉ"))
    # the history panel shows the leave beside the status changes
    to_table(qtbot, window, ids[:1])
    texts = [window.roster.history.model.item(r, 1).text()
             for r in range(window.roster.history.model.rowCount())]
    assert any(t.startswith("Nghỉ việc") for t in texts)
    assert any(t.startswith("Vào làm việc") for t in texts)

    def come_back(dlg):
        type_date(qtbot, dlg.date, back_on)
        qtbot.keyClick(dlg.date.line, Qt.Key.Key_Return)

    on_next_dialog(come_back)
    to_table(qtbot, window, ids)
    window.acts.returned.trigger()
    wait_idle(qtbot, window)
    assert not window.errors
    assert summary(demo_db, TODAY).total.total == total
    assert summary(demo_db, back_on - dt.timedelta(days=1)).total.total == total - 3  # the gap
    assert [p.kind for p in employment.employment_history(demo_db, ids[0])][:2] == ["join",
                                                                                    "leave"]
    # undo the return, then the leave: everything as before
    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert summary(demo_db, TODAY).total.total == total - 3
    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert summary(demo_db, TODAY).total.total == total
    assert {roster.get_row(demo_db, i).leave_date for i in ids} == {None}
    window.acts.redo.trigger()
    wait_idle(qtbot, window)
    assert summary(demo_db, TODAY).total.total == total - 3


def test_move_people_from_a_date_keeps_earlier_reports(window, demo_db, qtbot):
    rows = working(window, 2, department="Khoa Nội")
    ids = [r.id for r in rows]
    moved_on = TODAY - dt.timedelta(days=7)
    earlier = dept_counts(demo_db, moved_on - dt.timedelta(days=1))
    now = dept_counts(demo_db, TODAY)
    seen = {}

    def move(dlg):
        dlg.window().activateWindow()
        line = dlg.department.lineEdit()
        line.setFocus()
        type_text(line, "khoa ngoai")  # another spelling of "Khoa Ngoại"
        seen["match"] = dlg.match.text()
        type_date(qtbot, dlg.date, moved_on)
        qtbot.keyClick(dlg.date.line, Qt.Key.Key_Return)

    on_next_dialog(move)
    to_table(qtbot, window, ids)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_M, CTRL)
    wait_idle(qtbot, window)
    assert seen["match"] == "= «Khoa Ngoại» (đã có)"
    assert {roster.get_row(demo_db, i).department for i in ids} == {"Khoa Ngoại"}
    assert dept_counts(demo_db, moved_on - dt.timedelta(days=1)) == earlier
    after = dept_counts(demo_db, TODAY)
    assert after["Khoa Nội"] == now["Khoa Nội"] - 2
    assert after["Khoa Ngoại"] == now["Khoa Ngoại"] + 2
    assert window.roster.model.row_by_id(ids[0]).department == "Khoa Ngoại"
    to_table(qtbot, window, ids[:1])
    assert window.roster.history.model.item(0, 1).text() == "Chuyển sang Khoa Ngoại"
    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert dept_counts(demo_db, TODAY) == now
    assert window.roster.model.row_by_id(ids[0]).department == "Khoa Nội"


def test_move_to_a_new_department_and_a_refused_future_date(window, demo_db, qtbot):
    [row] = working(window, 1)
    seen = {}

    def move(dlg):
        dlg.window().activateWindow()
        line = dlg.department.lineEdit()
        line.setFocus()
        type_text(line, "Khoa Phục hồi chức năng")
        seen["match"] = dlg.match.text()
        type_date(qtbot, dlg.date, TODAY + dt.timedelta(days=1))
        seen["future_ok"] = dlg.ok_enabled()
        seen["hint"] = dlg.date.hint.text()
        type_date(qtbot, dlg.date, TODAY)
        qtbot.keyClick(dlg.date.line, Qt.Key.Key_Return)

    on_next_dialog(move)
    to_table(qtbot, window, [row.id])
    qtbot.keyClick(window.roster.table, Qt.Key.Key_M, CTRL)
    wait_idle(qtbot, window)
    assert "Khoa/phòng mới «Khoa Phục hồi chức năng»" in seen["match"]
    assert not seen["future_ok"] and "tương lai" in seen["hint"]
    assert roster.get_row(demo_db, row.id).department == "Khoa Phục hồi chức năng"


def test_a_refused_change_says_why_and_writes_nothing(window, demo_db, qtbot):
    rows = working(window, 2)
    ids = [r.id for r in rows]

    def come_back(dlg):  # they never left
        type_date(qtbot, dlg.date, TODAY)
        qtbot.keyClick(dlg.date.line, Qt.Key.Key_Return)

    on_next_dialog(come_back)
    to_table(qtbot, window, ids)
    window.acts.returned.trigger()
    wait_idle(qtbot, window)
    assert window.errors and "2 trong số 2 người đã chọn đang làm việc" in window.errors[-1]
    assert window.undo_stack.count() == 0
