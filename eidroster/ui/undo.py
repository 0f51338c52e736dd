"""Undoable commands of a session: edits, leave dates, status changes, imports.

Each command has already been carried out when it is pushed (the first ``redo`` does
nothing), so that a failure (bad input, a conflict with another user) is shown before
anything enters the stack. A later undo/redo that fails is shown to the user and the
command is dropped (``setObsolete``): the database is never left half-changed because
every service call is one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import EidrosterError
from eidroster.services import roster
from eidroster.services.database import Database


class Host(Protocol):
    db: Database

    def refresh_rows(self, ids: list[int]) -> None: ...
    def reload(self) -> None: ...
    def show_error(self, message: str) -> None: ...


class _Command(QUndoCommand):
    def __init__(self, host: Host, text: str) -> None:
        super().__init__(text)
        self.host = host
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except EidrosterError as exc:
            self.setObsolete(True)
            self.host.show_error(exc.message)
            self.host.reload()

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class EditEmployeeCommand(_Command):
    """Undo puts the previous fields back (checked against the version we wrote)."""

    def __init__(self, host: Host, employee_id: int, before: EmployeeInput,
                 after: EmployeeInput, version_after: int, name: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Sửa {name}").format(name=name))
        self.employee_id = employee_id
        self.before, self.after = before, after
        self.version = version_after

    def _undo(self) -> None:
        self.version = roster.update_employee(self.host.db, self.employee_id, self.before,
                                              expected_version=self.version)
        self.host.refresh_rows([self.employee_id])

    def _redo(self) -> None:
        self.version = roster.update_employee(self.host.db, self.employee_id, self.after,
                                              expected_version=self.version)
        self.host.refresh_rows([self.employee_id])


class LeaveCommand(_Command):
    def __init__(self, host: Host, employee_id: int, before: dt.date | None,
                 after: dt.date | None, name: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Nghỉ việc: {name}").format(name=name))
        self.employee_id = employee_id
        self.before, self.after = before, after

    def _undo(self) -> None:
        roster.mark_left(self.host.db, self.employee_id, self.before)
        self.host.refresh_rows([self.employee_id])

    def _redo(self) -> None:
        roster.mark_left(self.host.db, self.employee_id, self.after)
        self.host.refresh_rows([self.employee_id])


class StatusCommand(_Command):
    """Undo removes the batch of history rows; redo records the change again (a new
    batch id, remembered for the next undo)."""

    def __init__(self, host: Host, ids: list[int], change: StatusInput, batch_id: str,
                 text: str) -> None:
        super().__init__(host, text)
        self.ids = list(ids)
        self.change = change
        self.batch_id = batch_id

    def _undo(self) -> None:
        roster.remove_batch(self.host.db, self.batch_id)
        self.host.refresh_rows(self.ids)

    def _redo(self) -> None:
        self.batch_id = roster.set_status(self.host.db, self.ids, self.change)
        self.host.refresh_rows(self.ids)


class ImportCommand(_Command):
    """An import of the session: undo reverts it, redo applies it again (services of
    the import helper, which keep the batch's rows)."""

    def __init__(self, host: Host, batch_id: str, text: str) -> None:
        super().__init__(host, text)
        self.batch_id = batch_id

    def _undo(self) -> None:
        from eidroster.services.importer import revert_import

        revert_import(self.host.db, self.batch_id)
        self.host.reload()

    def _redo(self) -> None:
        from eidroster.services.importer import reapply_import

        reapply_import(self.host.db, self.batch_id)
        self.host.reload()
