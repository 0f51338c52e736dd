"""Acting as a user in the window tests."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from eidroster.db.models import Employee, StatusChange
from eidroster.ui.roster_keys import COL_NAME


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key with QKeyEvents carrying the characters (qtbot.keyClicks
    aborts Qt on non-ASCII text, see environment.md)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def latest_status(db, ids) -> dict[int, str]:
    """The status in force now for each id, straight from the history table."""
    sc = StatusChange.__table__
    q = sa.select(sc.c.employee_id, sc.c.status, sc.c.effective_date, sc.c.id).where(
        sc.c.employee_id.in_(list(ids)))
    best: dict[int, tuple] = {}
    with db.read() as s:
        for emp, status, day, rid in s.execute(q):
            if emp not in best or (day, rid) > best[emp][:2]:
                best[emp] = (day, rid, status)
    return {k: v[2] for k, v in best.items()}


def history_count(db, ids) -> int:
    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(StatusChange).where(
            StatusChange.employee_id.in_(list(ids))))


def employee_count(db) -> int:
    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(Employee))


def active_count(db, day: dt.date) -> int:
    e = Employee.__table__
    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(e).where(
            sa.or_(e.c.start_date.is_(None), e.c.start_date <= day),
            sa.or_(e.c.leave_date.is_(None), e.c.leave_date > day)))


def wait_idle(qtbot, window, timeout: int = 20000) -> None:
    """Wait until the window's background work (a bulk change, an undo) has ended and
    its result is shown."""
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=timeout)


def select_rows(window, rows: list[int]) -> None:
    """Select these shown rows (whole rows), the first one current."""
    m = window.roster.model
    sel = QItemSelection()
    for r in rows:
        sel.select(m.index(r, 0), m.index(r, m.columnCount() - 1))
    window.roster.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.roster.table.setCurrentIndex(m.index(rows[0], COL_NAME))
    window.roster.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def to_table(qtbot, window, ids) -> None:
    """Select ``ids`` and put the keyboard in the table (offscreen, a closed dialog leaves
    no active window: activate the main window as the user's click would)."""
    window.roster.select_ids(ids)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.roster.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.roster.table, timeout=3000)


def type_date(qtbot, field, day: dt.date, fmt: str = "%d/%m/%Y") -> None:
    """Type ``day`` key by key over what a date field (``ui.date_edit.DateEdit``) shows."""
    field.window().activateWindow()
    field.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line, timeout=3000)
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, day.strftime(fmt))


def choose_in_status_cell(window, employee_id: int, status) -> None:
    """Open the Tình trạng cell's combo of ``employee_id`` and pick ``status`` in it."""
    from PySide6.QtWidgets import QComboBox

    from eidroster.ui.roster_keys import COL_STATUS

    index = window.roster.model.index(window.roster.model.visible_position(employee_id),
                                      COL_STATUS)
    window.roster.table.setCurrentIndex(index)
    window.roster.table.edit(index)
    editor = window.roster.table.indexWidget(index) or window.roster.table.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(status.value))
    editor.activated.emit(editor.currentIndex())
