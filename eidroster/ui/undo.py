"""Undoable commands of a session: adding, edits, status changes, imports (leave, return
and move: ``ui/employment_flows.py``).

Each command has already been carried out when it is pushed (the first ``redo`` does
nothing), so that a failure (bad input, a conflict with another user) is shown before
anything enters the stack. Every service call is one transaction, so the database is
never left half-changed.

An undo or redo runs in two halves: :meth:`_Command.work` does the database work and
reads back what changed (the worker thread, through ``UndoRunner`` in ``ui/undoing.py``),
:meth:`_Command.show` puts it on screen (the GUI thread, inside ``QUndoStack.undo``).
A half that fails is shown to the user and the command is dropped (``setObsolete``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import EidrosterError
from eidroster.services import roster
from eidroster.services.database import Database
from eidroster.services.roster import RosterRow


class Host(Protocol):
    db: Database

    def apply_rows(self, ids: list[int], rows: list[RosterRow]) -> None: ...
    def reload(self) -> None: ...
    def show_error(self, message: str) -> None: ...


class _Failed:
    def __init__(self, message: str) -> None:
        self.message = message


def reread(db: Database, ids: list[int]) -> list[RosterRow]:
    """The rows of ``ids`` as they are now (worker thread)."""
    return roster.list_roster(db, ids=ids)


class _Command(QUndoCommand):
    def __init__(self, host: Host, text: str) -> None:
        super().__init__(text)
        self.host = host
        self._first = True
        self._prepared: Any = None  # the result of work() done ahead on the worker

    # ---------------------------------------------------------------- the worker half

    def prepare(self, undo: bool) -> None:
        """Do the database half now (worker thread); the next undo()/redo() shows it."""
        try:
            self._prepared = self.work(self.host.db, undo)
        except EidrosterError as exc:
            self._prepared = _Failed(exc.message)

    @property
    def failed_ahead(self) -> bool:
        """The database half done ahead failed (undo()/redo() will drop the command)."""
        return isinstance(self._prepared, _Failed)

    def work(self, db: Database, undo: bool) -> Any:
        raise NotImplementedError

    def show(self, result: Any, undo: bool) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- QUndoCommand

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(undo=False)

    def undo(self) -> None:
        self._run(undo=True)

    def _run(self, undo: bool) -> None:
        result, self._prepared = self._prepared, None
        if result is None:
            try:
                result = self.work(self.host.db, undo)
            except EidrosterError as exc:
                result = _Failed(exc.message)
        if isinstance(result, _Failed):
            self.setObsolete(True)
            self.host.show_error(result.message)
            self.host.reload()
            return
        self.show(result, undo)


class _RowsCommand(_Command):
    """A change to some employees' rows: shown by re-reading those rows."""

    ids: list[int]

    def show(self, result: Any, undo: bool) -> None:
        self.host.apply_rows(self.ids, result)


class AddEmployeeCommand(_RowsCommand):
    """Undo deletes the person added in this session (nothing else was recorded for
    them yet: a later change is its own command, undone first); redo adds them again."""

    def __init__(self, host: Host, employee_id: int, employee: EmployeeInput,
                 status: StatusInput | None, name: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Thêm {name}").format(name=name))
        self.ids = [employee_id]
        self.employee, self.status = employee, status

    def work(self, db: Database, undo: bool) -> Any:
        if undo:
            roster.delete_employee(db, self.ids[0])
            return []
        self.ids = [roster.add_employee(db, self.employee, self.status)]
        return reread(db, self.ids)


class EditEmployeeCommand(_RowsCommand):
    """Undo puts the previous fields back (checked against the version we wrote)."""

    def __init__(self, host: Host, employee_id: int, before: EmployeeInput,
                 after: EmployeeInput, version_after: int, name: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Sửa {name}").format(name=name))
        self.ids = [employee_id]
        self.before, self.after = before, after
        self.version = version_after

    def work(self, db: Database, undo: bool) -> Any:
        self.version = roster.update_employee(db, self.ids[0], self.before if undo else self.after,
                                              expected_version=self.version)
        return reread(db, self.ids)


class StatusCommand(_RowsCommand):
    """Undo removes the batch of history rows — refused when someone else changed those
    people since this window last read them (``shown``: their versions as shown now,
    which an undo of a later change of this window has moved on; without it, the
    versions the change left); redo records the change again (a new batch id,
    remembered for the next undo)."""

    def __init__(self, host: Host, ids: list[int], change: StatusInput, batch_id: str,
                 text: str, shown: Callable[[list[int]], dict[int, int]] | None = None) -> None:
        super().__init__(host, text)
        self.ids = list(ids)
        self.change = change
        self.batch_id = batch_id
        self.shown = shown

    def work(self, db: Database, undo: bool) -> Any:
        if undo:
            roster.undo_batch(db, self.batch_id,
                              expected_versions=self.shown(self.ids) if self.shown else None)
        else:
            self.batch_id = roster.set_status(db, self.ids, self.change)
        return reread(db, self.ids)


class ImportCommand(_Command):
    """An import of the session: undo reverts it, redo applies it again (services of
    the import helper, which keep the batch's rows); the whole roster is reloaded."""

    def __init__(self, host: Host, batch_id: str, text: str) -> None:
        super().__init__(host, text)
        self.batch_id = batch_id

    def work(self, db: Database, undo: bool) -> Any:
        from eidroster.services.importer import reapply_import, revert_import

        (revert_import if undo else reapply_import)(db, self.batch_id)
        return True

    def show(self, result: Any, undo: bool) -> None:
        self.host.reload()
