"""Issue 13, point 5: every date field of the program reads what a Vietnamese user types
the same way — dd/mm/yyyy, d/m/yyyy, with / - . separators, two-digit years, eight
digits — and never turns a typed date into another one. Each field of each dialog is
found, then typed into key by key."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from eidroster.ui.date_edit import DateEdit

UI = Path(__file__).resolve().parents[2] / "eidroster" / "ui"
DAY = dt.date.today() - dt.timedelta(days=40)  # accepted by every field (none refuses it)
FORMS = [f"{DAY.day}/{DAY.month}/{DAY.year}", f"{DAY:%d-%m-%Y}", f"{DAY:%d.%m.%y}",
         f"{DAY:%d%m%Y}", f" {DAY:%d / %m / %Y} "]
IMPOSSIBLE = f"31/02/{DAY.year}"


def type_into(qtbot, field: DateEdit, text: str) -> None:
    field.window().activateWindow()
    field.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line, timeout=3000)
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, text)


def check_every_field(qtbot, dialog: QWidget, expected: set[str]) -> None:
    """Type each accepted form and the impossible date into every date field."""
    fields = dialog.findChildren(DateEdit)
    assert {f.objectName() for f in fields} == expected
    for box in dialog.findChildren(QCheckBox):  # "Có ngày phải đạt 100%" enables its field
        if box.objectName() in ("has_target", "has_target_date") and not box.isChecked():
            box.click()
    for field in fields:
        assert field.isVisible() and field.isEnabled(), field.objectName()
        for text in FORMS:
            type_into(qtbot, field, text)
            assert field.is_valid() and field.date() == DAY, (field.objectName(), text)
        type_into(qtbot, field, IMPOSSIBLE)
        assert not field.is_valid() and field.date() is None, field.objectName()
        assert field.text() == IMPOSSIBLE  # as typed, not corrected
        assert "chỉ có" in field.problem()


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_status_dialog(app, demo_db, qtbot):
    from eidroster.services.roster import list_reasons, list_roster
    from eidroster.ui.status_dialog import StatusDialog

    rows = list_roster(demo_db)
    for some in (rows[:1], rows[:30]):
        dlg = show(qtbot, StatusDialog(len(some), list_reasons(demo_db), rows=some))
        check_every_field(qtbot, dlg, {"effective"})


def test_employee_dialog(app, demo_db, qtbot):
    from eidroster.services.roster import list_roster
    from eidroster.ui.employee_dialog import EmployeeDialog

    row = next(r for r in list_roster(demo_db) if r.department == "Khoa Nội")
    dlg = show(qtbot, EmployeeDialog(demo_db, row, None, ["Khoa Nội", "Khoa Sản"]))
    dlg.department.setCurrentText("Khoa Sản")  # the move's date appears
    check_every_field(qtbot, dlg, {"birth", "start", "leave", "moved_from"})


def test_leave_return_move_dialogs(app, qtbot):
    from eidroster.ui.employment_dialogs import LeaveDialog, MoveDialog, ReturnDialog

    for dlg in (LeaveDialog(3, None), ReturnDialog(3, None, ["Khoa Nội"]),
                MoveDialog(3, None, ["Khoa Nội"])):
        check_every_field(qtbot, show(qtbot, dlg), {"date"})


def test_reason_reclassification(app, demo_db, qtbot):
    from eidroster.services.reasons import list_reasons
    from eidroster.ui.reasons_dialog import ReasonEditDialog

    dlg = show(qtbot, ReasonEditDialog(list_reasons(demo_db)[0]))
    dlg.justified.click()  # re-classified: "from which date" appears
    check_every_field(qtbot, dlg, {"from_date"})


def test_import_wizard_date(app, db, qtbot, tmp_path):
    from eidroster.ui.import_wizard import ImportWizard
    from eidroster.ui.screens import messy_import_file

    wizard = show(qtbot, ImportWizard(db, None, path=messy_import_file(tmp_path, rows=5)))
    assert wizard.show_preview()
    check_every_field(qtbot, wizard.preview_page, {"list_date"})


def test_report_dialogs(app, demo_db, qtbot):
    from eidroster.ui.report_dialogs import SettingsDialog
    from eidroster.ui.report_options import ReportOptionsDialog

    options = show(qtbot, ReportOptionsDialog("Phụ lục III", ask_target=True))
    check_every_field(qtbot, options, {"as_of", "issued", "target"})
    check_every_field(qtbot, show(qtbot, SettingsDialog(demo_db)), {"target_date"})


def test_agency_merge_date(app, qtbot, tmp_path):
    from eidroster.ui.agency_dialog import AgencyMergeDialog

    dlg = show(qtbot, AgencyMergeDialog())
    assert not dlg.as_of.isEnabled()  # "Tính đến ngày" unticked: each file's own date
    dlg.fixed_date.click()
    check_every_field(qtbot, dlg, {"as_of"})
    # an impossible date stops the check with its reason; nothing is read
    dlg.add_files([str(tmp_path / "don-vi.xlsx")])
    type_into(qtbot, dlg.as_of, IMPOSSIBLE)
    assert dlg.run_check() is None
    assert "chỉ có" in dlg.summary.text()


def test_audit_log_since(app, demo_db, qtbot):
    from eidroster.ui.audit_log import AuditLogDialog

    dlg = show(qtbot, AuditLogDialog(demo_db))
    everything = dlg.model.rowCount()
    assert everything > 0
    dlg.use_since.click()
    check_every_field(qtbot, dlg, {"since"})
    assert dlg.model.rowCount() == everything  # an impossible date leaves the list as it was
    type_into(qtbot, dlg.since, f"{dt.date.today() + dt.timedelta(days=1):%d/%m/%Y}")
    assert dlg.model.rowCount() == 0  # nothing recorded after today


def test_first_run_target(app, db, qtbot):
    from eidroster.ui.first_run import FirstRunWizard

    wizard = show(qtbot, FirstRunWizard(db))
    check_every_field(qtbot, wizard.currentPage(), {"target_date"})




def _uses_qdateedit(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(n, ast.Name | ast.Attribute) and getattr(n, "id", getattr(
        n, "attr", "")) == "QDateEdit" for n in ast.walk(tree))


@pytest.mark.parametrize("path", sorted(UI.glob("*.py")), ids=lambda p: p.name)
def test_no_other_date_widget(path):
    assert not _uses_qdateedit(path), f"{path.name} uses QDateEdit: use ui.date_edit.DateEdit"
