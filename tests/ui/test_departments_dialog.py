"""Issue 13, point 7: Danh mục khoa/phòng — order (the rows of Phụ lục III), rename and
merge, driven from the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from eidroster.db.models import ReportExport
from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput
from eidroster.services import departments, roster
from eidroster.services.summary import summary
from eidroster.ui.departments_dialog import DepartmentsDialog

from .conftest import on_next_dialog
from .helpers import type_text

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialog(app, demo_db, qtbot):
    dlg = DepartmentsDialog(demo_db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.view, timeout=3000)
    yield dlg
    dlg.order_changed = False  # closing at teardown must not ask


def names(db):
    return [d.name for d in departments.catalogue(db)]


def test_order_with_the_keyboard_is_phu_luc_iii_order(dialog, demo_db, qtbot):
    before = names(demo_db)
    view = dialog.view
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the second department
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the third
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)  # now first
    assert dialog.model.item(0, 1).text() == before[2]
    assert dialog.model.item(0, 0).text() == "1"
    assert names(demo_db) == before  # not saved yet
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    expected = [before[2], before[0], before[1], *before[3:]]
    assert names(demo_db) == expected
    rows = [d.name for d in summary(demo_db, TODAY).departments]
    assert [n for n in expected if n in rows] == rows  # Phụ lục III's rows follow


def test_unsaved_order_is_asked_about_on_close(dialog, demo_db, qtbot):
    before = names(demo_db)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down, CTRL)
    asked = on_next_dialog(lambda box: next(
        b for b in box.buttons() if b.text() == "Lưu").click())
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible()
    assert names(demo_db) == [before[1], before[0], *before[2:]]


def test_rename_with_f2(dialog, demo_db, qtbot):
    old = dialog.model.item(0, 1).text()

    def rename(box):
        line = box.findChild(QLineEdit)
        box.activateWindow()
        line.setFocus()
        line.selectAll()
        type_text(line, "Ban Giám đốc bệnh viện")
        qtbot.keyClick(line, Qt.Key.Key_Return)

    on_next_dialog(rename)
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    assert names(demo_db)[0] == "Ban Giám đốc bệnh viện"
    assert dialog.changed
    with demo_db.read() as s:  # the old name stays known to the importer
        found = departments.find_department_in(s, old)
    assert found is not None and found.name == "Ban Giám đốc bệnh viện"


def test_merge_says_which_reports_change_and_asks(dialog, demo_db, qtbot):
    # a typo made a second department for one person, who was counted there on a date
    # already reported to the Sở
    reported = TODAY - dt.timedelta(days=5)
    typo = roster.add_employee(demo_db, EmployeeInput(
        "Lê", "Thị", "Hoa", "Khoa Nội tổng hợpp", birth_date=dt.date(1991, 4, 2), gender="F",
        id_number=make_cccd("079", 1991, "F", 77), start_date=TODAY - dt.timedelta(days=30)))
    for n, ten in enumerate(("Minh", "Tâm")):
        roster.add_employee(demo_db, EmployeeInput(
            "Lê", "Văn", ten, "Khoa Nội tổng hợp", birth_date=dt.date(1990, 4, 2 + n),
            gender="M", id_number=make_cccd("079", 1990, "M", 78 + n),
            start_date=TODAY - dt.timedelta(days=30)))
    with demo_db.write() as s:
        s.add(ReportExport(kind="phu_luc_iii", as_of=reported, issued=None,
                           exported_at=dt.datetime.now().replace(microsecond=0),
                           file="phu-luc-iii.xlsx", sha256="0" * 64, counts="{}",
                           user_name="tester"))
    before = summary(demo_db, reported).total
    dialog.refresh()
    rows = {dialog.model.item(r, 1).text(): r for r in range(dialog.model.rowCount())}
    first, second = sorted((rows["Khoa Nội tổng hợp"], rows["Khoa Nội tổng hợpp"]))
    dialog.view.selectRow(first)
    dialog.view.selectionModel().select(
        dialog.model.index(second, 1),
        dialog.view.selectionModel().SelectionFlag.Select
        | dialog.view.selectionModel().SelectionFlag.Rows)
    seen = {}

    def choose(dlg):
        seen["target"] = dlg.target.currentText()
        dlg.activateWindow()
        dlg.target.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.target, timeout=3000)
        on_next_dialog(refuse)
        qtbot.keyClick(dlg.target, Qt.Key.Key_Return)

    def refuse(box):
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        seen["default"] = box.defaultButton().text()
        box.activateWindow()
        box.defaultButton().setFocus()
        qtbot.keyClick(box.defaultButton(), Qt.Key.Key_Return)

    on_next_dialog(choose)
    qtbot.keyClick(dialog.view, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: "default" in seen, timeout=5000)
    assert seen["target"].startswith("Khoa Nội tổng hợp (")  # the right spelling: more people
    assert seen["text"] == "Gộp «Khoa Nội tổng hợpp» vào «Khoa Nội tổng hợp»?"
    assert reported.strftime("%d/%m/%Y") in seen["info"]
    assert "1 người" in seen["info"]
    assert seen["default"] == "Không"
    assert "Khoa Nội tổng hợpp" in names(demo_db)  # Enter = Không: nothing merged

    def agree(dlg):
        on_next_dialog(lambda box: next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole).click())
        dlg.accept()

    on_next_dialog(agree)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: "Khoa Nội tổng hợpp" not in names(demo_db), timeout=5000)
    assert roster.get_row(demo_db, typo).department == "Khoa Nội tổng hợp"
    after = summary(demo_db, reported)
    assert after.total == before  # the total of the reported date does not change
    assert "Khoa Nội tổng hợpp" not in [d.name for d in after.departments]
