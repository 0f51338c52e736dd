"""The employee dialog's dates, typed key by key, and a change of department that holds
from a date (a dated move, its own undo step)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eidroster.services import employment, roster

from .conftest import on_next_dialog
from .helpers import type_text, wait_idle

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


def retype(qtbot, field, text):
    field.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line, timeout=3000)
    qtbot.keyClick(field.line, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field.line, text)


def test_dates_typed_and_a_dated_department_change(window, demo_db, qtbot):
    row = next(r for r in window.roster.model.all_rows() if r.active_on(TODAY)
               and r.department == "Khoa Nội" and r.start_date
               and r.start_date < TODAY - dt.timedelta(days=60))
    moved_on = TODAY - dt.timedelta(days=5)
    year = row.birth_date.year
    assert year < 2000 or year <= TODAY.year % 100 + 2000
    seen = {}

    def edit(dlg):
        dlg.activateWindow()
        retype(qtbot, dlg.birth, "31/02/1990")
        seen["impossible_ok"] = dlg.ok_enabled()
        seen["impossible"] = dlg.problems.text()
        seen["kept"] = dlg.birth.text()
        retype(qtbot, dlg.birth, f"3.4.{year % 100:02d}")  # the CCCD's year stays right
        seen["birth_ok"] = dlg.ok_enabled()
        seen["moved_hidden"] = not dlg.moved_from.isVisible()
        line = dlg.department.lineEdit()
        line.setFocus()
        line.selectAll()
        type_text(line, "Khoa Sản")
        seen["moved_shown"] = dlg.moved_from.isVisible()
        retype(qtbot, dlg.moved_from, (TODAY + dt.timedelta(days=2)).strftime("%d/%m/%Y"))
        seen["future_ok"] = dlg.ok_enabled()
        retype(qtbot, dlg.moved_from, moved_on.strftime("%d-%m-%Y"))
        seen["problems_left"] = dlg.problems.text()
        qtbot.keyClick(dlg.moved_from.line, Qt.Key.Key_Return)
        if dlg.isVisible():
            dlg.reject()  # a problem left: the asserts below say which

    on_next_dialog(edit)
    window.roster.select_ids([row.id])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.roster.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.roster.table, timeout=3000)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_E, CTRL)
    wait_idle(qtbot, window)
    assert not seen["impossible_ok"] and "tháng 2 năm 1990 chỉ có 28 ngày" in seen["impossible"]
    assert seen["kept"] == "31/02/1990"
    assert seen["birth_ok"] and seen["moved_hidden"] and seen["moved_shown"]
    assert not seen["future_ok"]
    assert seen["problems_left"] == ""
    after = roster.get_row(demo_db, row.id)
    assert after.birth_date == dt.date(year, 4, 3)
    assert after.department == "Khoa Sản"
    history = employment.employment_history(demo_db, row.id)
    assert (history[0].kind, history[0].department, history[0].effective_date) == (
        "move", "Khoa Sản", moved_on)
    # two undo steps: the move, then the edit of the birth date
    assert window.undo_stack.count() == 2
    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert roster.get_row(demo_db, row.id).department == "Khoa Nội"
    assert [p.kind for p in employment.employment_history(demo_db, row.id)].count("move") == \
        [p.kind for p in history].count("move") - 1
