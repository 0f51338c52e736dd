"""The employment flows of the window: mark several people as left at once, record a
return, move one or many people to another department from a date.

Each asks (``ui/employment_dialogs.py``), writes through ``services.employment`` on the
worker thread (one transaction, one batch, checked against the versions this window
shows), pushes an :class:`EmploymentCommand` (undo removes the batch with
``roster.undo_batch``, refused if someone changed those people since) and re-reads the
rows it touched. The events show in the person's history panel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from eidroster.domain.text import format_date
from eidroster.services import employment, reported, roster
from eidroster.services.database import Database
from eidroster.services.roster import RosterRow
from eidroster.ui.employment_dialogs import LeaveDialog, MoveDialog, ReturnDialog
from eidroster.ui.i18n import format_int
from eidroster.ui.reported_notice import tell
from eidroster.ui.undo import Host, _RowsCommand, reread

LEAVE, RETURN, MOVE = "leave", "return", "move"


def write(db: Database, kind: str, ids: list[int], day: dt.date, department: str | None,
          expected: dict[int, int] | None = None) -> str:
    """Record one employment change for ``ids``; returns its batch id."""
    if kind == LEAVE:
        batch = employment.mark_left(db, ids, day, expected_versions=expected)
        assert batch is not None
        return batch
    if kind == RETURN:
        return employment.mark_returned(db, ids, day, department, expected_versions=expected)
    assert department is not None
    return employment.move_employees(db, ids, department, day, expected_versions=expected)


class EmploymentCommand(_RowsCommand):
    """Undo removes the batch's events — refused when someone else changed those people
    since this window last read them (``shown``: their versions as shown now, which an
    undo of a later command of this window has moved on); redo records it again. The
    database half runs on the worker while the window waits (``UndoRunner``): the rows
    shown do not change meanwhile."""

    def __init__(self, host: Host, kind: str, ids: list[int], day: dt.date,
                 department: str | None, batch_id: str, text: str,
                 shown: Callable[[list[int]], dict[int, int]]) -> None:
        super().__init__(host, text)
        self.kind, self.ids, self.day, self.department = kind, list(ids), day, department
        self.batch_id = batch_id
        self.shown = shown

    def work(self, db: Database, undo: bool) -> Any:
        if undo:
            roster.undo_batch(db, self.batch_id, expected_versions=self.shown(self.ids))
        else:
            self.batch_id = write(db, self.kind, self.ids, self.day, self.department)
        return reread(db, self.ids)


class EmploymentFlows(QObject):
    """Nghỉ việc, Trở lại làm việc, Chuyển khoa/phòng (Sửa menu, toolbar, right-click)."""

    message = Signal(str)  # "done" for the status bar

    def __init__(self, host: Host, window: QWidget, view, data, undo_stack: QUndoStack,
                 runner) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.view = view  # RosterView
        self.data = data  # RosterData
        self.undo_stack = undo_stack
        self.runner = runner  # TaskRunner

    def _selected(self) -> list[RosterRow]:
        return self.view.selected_rows()

    def _departments(self) -> list[str]:
        return [d.name for d in self.data.departments]

    # ------------------------------------------------------------ the three flows

    def mark_left(self) -> None:
        rows = self._selected()
        if not rows:
            return
        one = rows[0] if len(rows) == 1 else None
        dlg = LeaveDialog(len(rows), one.full_name if one else None, self.window)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.run(LEAVE, rows, dlg.leave_date(), None)

    def mark_returned(self) -> None:
        rows = self._selected()
        if not rows:
            return
        one = rows[0] if len(rows) == 1 else None
        dlg = ReturnDialog(len(rows), one.full_name if one else None, self._departments(),
                           self.window)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.run(RETURN, rows, dlg.chosen_date(), dlg.chosen_department())

    def move(self) -> None:
        rows = self._selected()
        if not rows:
            return
        one = rows[0] if len(rows) == 1 else None
        dlg = MoveDialog(len(rows), one.full_name if one else None, self._departments(),
                         self.window, one.department if one else None)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.run(MOVE, rows, dlg.chosen_date(), dlg.chosen_department())

    def shown_versions(self, ids: list[int]) -> dict[int, int]:
        return self.view.model.versions_of(ids)

    # ------------------------------------------------------------ writing

    def describe(self, kind: str, rows: list[RosterRow], day: dt.date,
                 department: str | None) -> str:
        who = rows[0].full_name if len(rows) == 1 else QCoreApplication.translate(
            "EmploymentFlows", "{n} người").format(n=format_int(len(rows)))
        when = format_date(day)
        if kind == LEAVE:
            return self.tr("Nghỉ việc từ {day}: {who}").format(day=when, who=who)
        if kind == RETURN:
            return self.tr("Trở lại làm việc từ {day}: {who}").format(day=when, who=who)
        return self.tr("Chuyển sang {department} từ {day}: {who}").format(
            department=department, day=when, who=who)

    def run(self, kind: str, rows: list[RosterRow], day: dt.date,
            department: str | None, on_done: Callable[[str], Any] | None = None) -> None:
        ids = [r.id for r in rows]
        expected = {r.id: r.version for r in rows}
        db = self.host.db
        text = self.describe(kind, rows, day, department)

        def work(_task) -> tuple[str, list[RosterRow], list[reported.ReportedChange]]:
            before = reported.snapshot(db, day)  # the reports already sent it may reach
            batch = write(db, kind, ids, day, department, expected)
            return batch, reread(db, ids), reported.altered(db, before)

        def done(result: tuple[str, list[RosterRow], list[reported.ReportedChange]]) -> None:
            batch, rows, changes = result
            self.undo_stack.push(EmploymentCommand(self.host, kind, ids, day, department,
                                                   batch, text, self.shown_versions))
            self.data.apply_rows(ids, rows)
            self.message.emit(self.tr("Đã ghi: {what}").format(what=text))
            tell(self.window, changes)
            if on_done is not None:
                on_done(batch)

        def failed(message: str) -> None:
            self.host.show_error(message)
            self.data.refresh_rows_later(ids)  # show what another user left

        self.runner.run_task(self.tr("Đang ghi: {what}").format(what=text), work, done,
                             on_failed=failed, cancellable=False)
