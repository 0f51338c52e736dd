"""The editing flows: add and edit a person, change statuses, mark a leaver, delete,
show a full CCCD, edit the reasons catalogue. A status change is asked, checked and
confirmed by ``ui/status_flow.py``; leaving, returning and moving by
``ui/employment_flows.py`` (both reached from here).

Each flow asks (a dialog), stores through ``services.roster`` (which checks the input
and the versions, one transaction), pushes an undoable command (``ui/undo.py``) and
asks ``RosterData`` to re-read the rows it touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from eidroster.domain.employee import StatusInput
from eidroster.domain.errors import ConflictError, EidrosterError
from eidroster.domain.statuses import Status
from eidroster.domain.text import join_name
from eidroster.services import audit, reported, roster
from eidroster.services.roster import RosterRow
from eidroster.ui.employee_dialog import EmployeeDialog, input_from_row
from eidroster.ui.employment_flows import MOVE, EmploymentFlows
from eidroster.ui.i18n import format_int, status_label
from eidroster.ui.reported_notice import tell
from eidroster.ui.roster_data import RosterData
from eidroster.ui.roster_view import RosterView
from eidroster.ui.runner import TaskRunner
from eidroster.ui.status_flow import StatusFlow
from eidroster.ui.undo import AddEmployeeCommand, EditEmployeeCommand, Host, StatusCommand, reread

#: fills an employee dialog before it is shown (what a card scan read)
Prepare = Callable[[EmployeeDialog], None]


class EditingFlows(QObject):
    """What the Sửa menu, the toolbar and the table's own editing start."""

    message = Signal(str)  # a short "done" line for the status bar

    def __init__(self, host: Host, window: QWidget, view: RosterView, data: RosterData,
                 undo_stack: QUndoStack, runner: TaskRunner) -> None:
        super().__init__(window)
        self.runner = runner
        self.host = host  # db, show_error, refresh_rows, reload (also the undo commands' host)
        self.window = window  # the dialogs' parent
        self.view = view
        self.data = data
        self.undo_stack = undo_stack
        view.model.status_edit_handler = self.quick_status
        self.status_flow = StatusFlow(lambda: host.db, window, view, data, runner,
                                      self.apply_status)
        self.employment = EmploymentFlows(host, window, view, data, undo_stack, runner)
        self.employment.message.connect(self.message)

    def _department_names(self) -> list[str]:
        return [d.name for d in self.data.departments]

    def _save_failed(self, exc: EidrosterError, ids: list[int]) -> bool:
        """Say why a save failed; after a conflict, show the rows as the other user left
        them (their change is kept, never overwritten). Returns False for the caller."""
        self.host.show_error(exc.message)
        if isinstance(exc, ConflictError):
            self.data.refresh_rows(ids)
        return False

    # ================================================================ add, edit

    def add_employee(self, prepare: Prepare | None = None) -> None:
        """``prepare(dialog)`` fills the dialog before it is shown (a card scan)."""
        dlg = EmployeeDialog(self.host.db, None, self.window, self._department_names())
        if prepare is not None:
            prepare(dlg)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        employee, status = dlg.employee_input(), dlg.status_input()
        try:
            new_id = roster.add_employee(self.host.db, employee, status)
        except EidrosterError as exc:
            self.host.show_error(exc.message)
            return
        self.undo_stack.push(AddEmployeeCommand(self.host, new_id, employee, status,
                                                join_name(employee.ho, employee.dem, employee.ten)))
        self.data.refresh_rows([new_id])
        self.view.select_ids([new_id])
        self.message.emit(self.tr("Đã thêm nhân viên"))

    def edit_selected(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.edit_employee(row)

    def edit_employee(self, row: RosterRow, dialog: EmployeeDialog | None = None,
                      prepare: Prepare | None = None) -> bool:
        if dialog is None:
            if row.id_number and not self._audit_reveal([row.id]):
                return False
            dlg = EmployeeDialog(self.host.db, row, self.window, self._department_names())
            if prepare is not None:
                prepare(dlg)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
        else:
            dlg = dialog
        after = dlg.employee_input()
        before = input_from_row(row)
        moved_from = dlg.moved_from_date()
        new_department = after.department
        if moved_from is not None:  # a move is its own dated step (undone by its batch)
            after = replace(after, department=row.department)
        if after != before or moved_from is None:
            # a start or leave date moved into the past may alter reports already sent
            moved = [d for a, b in ((before.start_date, after.start_date),
                                    (before.leave_date, after.leave_date)) if a != b
                     for d in (a, b) if d is not None]
            snap = reported.snapshot(self.host.db, min(moved)) if moved else {}
            try:
                version = roster.update_employee(self.host.db, row.id, after,
                                                 expected_version=row.version)
            except EidrosterError as exc:
                return self._save_failed(exc, [row.id])
            tell(self.window, reported.altered(self.host.db, snap))
            self.undo_stack.push(EditEmployeeCommand(self.host, row.id, before, after, version,
                                                     row.full_name))
            self.data.refresh_rows([row.id])
        if moved_from is not None:
            current = self.view.model.row_by_id(row.id) or row
            self.employment.run(MOVE, [current], moved_from, new_department)
        return True

    # ================================================================ leave, delete

    def mark_left(self) -> None:
        self.employment.mark_left()

    def delete_selected(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Xóa nhân viên"))
        box.setText(self.tr("Xóa hẳn {name} và toàn bộ lịch sử của người này?").format(name=row.full_name))
        box.setInformativeText(self.tr(
            "Không hoàn tác được. Nếu người này chỉ nghỉ việc, hãy dùng \"Đánh dấu nghỉ việc\" "
            "để giữ lịch sử."))
        delete = box.addButton(self.tr("Xóa hẳn"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is delete:
            self.delete_employee(row)

    def delete_employee(self, row: RosterRow) -> None:
        try:
            roster.delete_employee(self.host.db, row.id)
        except EidrosterError as exc:
            self.host.show_error(exc.message)
            return
        self.data.refresh_rows([row.id])
        self.message.emit(self.tr("Đã xóa một nhân viên"))

    # ================================================================ statuses

    def bulk_status(self) -> None:
        self.status_flow.ask(self.view.selected_ids())

    def shown_versions(self, ids: list[int]) -> dict[int, int]:
        """The versions of ``ids`` as this window shows them now (an undo's check)."""
        return self.view.model.versions_of(ids)

    def apply_status(self, ids: list[int], change: StatusInput) -> None:
        """Record ``change`` for ``ids`` (one transaction, on the worker thread with the
        progress bar), read the rows back there, then show them and push the command."""
        # the versions this window shows: if someone else changed one of these people
        # since, nothing is written and the user is told (never a silent overwrite)
        expected = self.shown_versions(ids)
        ids = list(ids)
        db = self.host.db
        text = self.tr("{status} cho {n} người").format(
            status=status_label(change.status), n=format_int(len(ids)))

        def work(_task) -> tuple[str, list[RosterRow]]:
            batch = roster.set_status(db, ids, change, expected_versions=expected)
            return batch, reread(db, ids)

        def done(result: tuple[str, list[RosterRow]]) -> None:
            batch, rows = result
            self.undo_stack.push(StatusCommand(self.host, ids, change, batch, text,
                                               shown=self.shown_versions))
            self.data.apply_rows(ids, rows)
            self.message.emit(self.tr("Đã cập nhật tình trạng: {what}").format(what=text))

        def failed(message: str) -> None:
            self.host.show_error(message)
            self.data.refresh_rows_later(ids)  # show what the other user left

        # one transaction: once it runs it cannot be half-stopped, so no Cancel
        self.runner.run_task(self.tr("Đang cập nhật tình trạng: {what}").format(what=text),
                             work, done, on_failed=failed, cancellable=False)

    def quick_status(self, ids: list[int], status: Status) -> None:
        """In-place change (delegate or Ctrl+1..7): checked and confirmed like the dialog."""
        self.status_flow.quick(ids, status)

    def quick_status_selected(self, status: Status) -> None:
        ids = self.view.selected_ids()
        if ids:
            self.quick_status(ids, status)

    # ================================================================ CCCD, reasons

    def reveal_selected(self) -> None:
        ids = self.view.selected_ids()
        if ids and self._audit_reveal(ids):
            self.data.note_own_change()
            self.view.model.reveal(ids)

    def _audit_reveal(self, ids: list[int]) -> bool:
        """Record that the full CCCD of ``ids`` was shown (the edit dialog shows it too)."""
        try:
            with self.host.db.write() as s:
                for rid in ids:
                    audit.record_event(s, "id_revealed", "employee", rid, {})
        except EidrosterError as exc:
            self.host.show_error(exc.message)
            return False
        return True

    def edit_departments(self) -> None:
        from eidroster.ui.departments_dialog import DepartmentsDialog

        dlg = DepartmentsDialog(self.host.db, self.window)
        dlg.exec()
        if dlg.changed:
            self.data.reload()

    def edit_reasons(self) -> None:
        from eidroster.ui.reasons_dialog import ReasonsDialog

        dlg = ReasonsDialog(self.host.db, self.window)
        dlg.exec()
        if dlg.changed:
            self.data.reload()
