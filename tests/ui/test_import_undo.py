"""Importing from the menu goes on the undo stack: undo removes it, redo puts it back."""

from __future__ import annotations

import datetime as dt

from eidroster.ui.screens import messy_import_file

from .conftest import on_next_dialog
from .helpers import active_count, employee_count, wait_idle


def test_import_from_menu_then_undo_and_redo(window, demo_db, tmp_path, qtbot):
    path = messy_import_file(tmp_path, rows=25)
    before = employee_count(demo_db)
    shown = active_count(demo_db, dt.date.today())
    assert window.roster.model.rowCount() == shown

    def drive(wizard):
        assert wizard.open_file(str(path))
        assert wizard.show_preview()
        wizard.next()  # the confirmation page
        wizard.next()  # "Nhập": the import starts on the worker
        assert wizard.wait_for_import()
        assert wizard.batch_id
        wizard.accept()

    seen = on_next_dialog(drive)
    window.acts.import_.trigger()
    assert seen, "the import wizard did not open"
    added = employee_count(demo_db) - before
    assert added > 15  # most generated rows are new people (a few are rejected)
    qtbot.waitUntil(lambda: window.roster.model.rowCount() == shown + added, timeout=10000)
    assert window.undo_stack.count() == 1
    assert window.acts.undo.text() == "&Hoàn tác Nhập danh sách từ Excel"

    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert employee_count(demo_db) == before
    qtbot.waitUntil(lambda: window.roster.model.rowCount() == shown, timeout=10000)

    window.acts.redo.trigger()
    wait_idle(qtbot, window)
    assert employee_count(demo_db) == before + added
    qtbot.waitUntil(lambda: window.roster.model.rowCount() == shown + added, timeout=10000)


def test_undo_of_an_import_refused_after_someone_changed_those_people(window, demo_db,
                                                                      tmp_path, qtbot):
    from eidroster.domain.employee import EmployeeInput
    from eidroster.services import roster

    path = messy_import_file(tmp_path, rows=12, seed=9)
    before = employee_count(demo_db)

    def drive(wizard):
        assert wizard.open_file(str(path)) and wizard.show_preview()
        wizard.next()
        wizard.next()
        assert wizard.wait_for_import()
        wizard.accept()

    on_next_dialog(drive)
    window.acts.import_.trigger()
    after = employee_count(demo_db)
    assert after > before
    qtbot.waitUntil(lambda: len(window.roster.model.all_rows()) == after, timeout=10000)
    # another user corrects one of the imported people
    new_row = max(window.roster.model.all_rows(), key=lambda r: r.id)
    roster.update_employee(demo_db, new_row.id, EmployeeInput(
        new_row.ho, new_row.dem, new_row.ten, new_row.department, new_row.birth_date,
        new_row.gender, new_row.id_number, "Hộ lý"))
    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert window.errors, "the refused undo must be explained"
    assert employee_count(demo_db) == after  # nothing removed
    assert window.undo_stack.count() == 0  # the command is dropped, not retried
