"""The report dialogs driven as a user does: keys typed into the date fields, boxes
ticked and buttons clicked with the mouse, every message box read and answered. Only
the operating system's file dialog is answered by the test."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from eidroster.ui import report_dialogs as rd
from eidroster.ui.date_edit import DateEdit
from tests.reports.helpers import flat, pdf_text


class Script:
    """Steps run one after the other on the modal windows as they open."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.steps: list = []
        self.seen: list[str] = []  # texts of the message boxes shown
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(30)

    def then(self, step) -> Script:
        self.steps.append(step)
        return self

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not self.steps or not widget.isVisible():
            return
        if isinstance(widget, QProgressDialog):  # shown while slow work runs: not a step
            return
        # a Qt property lives on the C++ object: a new box at a recycled address (whose
        # Python wrapper may be reused) starts without it
        if widget.property("script_handled"):
            return
        widget.setProperty("script_handled", True)
        if isinstance(widget, QMessageBox):
            self.seen.append(widget.text())
        self.steps.pop(0)(widget)

    def done(self) -> None:
        self.timer.stop()
        assert self.steps == [], f"{len(self.steps)} steps never ran"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_button(qtbot, box, text: str) -> None:
    if text == "OK" and isinstance(box, QMessageBox) and box.button(
            QMessageBox.StandardButton.Ok) is not None:
        # Qt's own text: "Đồng ý" once a test has installed qt_vi (tests/ui's app fixture)
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))
        return
    button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)
    click(qtbot, button)


def type_date(qtbot, edit: DateEdit, text: str) -> None:
    """Type "dd/mm/yyyy" key by key over the date shown (select all, then the digits)."""
    edit.line.setFocus()
    qtbot.keyClick(edit.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit.line, text)
    assert edit.text() == text, (edit.text(), text)


def click_ok(qtbot, dlg) -> None:
    click(qtbot, dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


@pytest.fixture
def save_as(monkeypatch):
    chosen: dict = {}

    def fake(parent, title, default, filters):
        chosen["filters"] = re.findall(r"\(\*\.(\w+)\)", filters)
        return str(chosen["path"]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return chosen


def test_no_report_until_the_unit_details_are_set(qtbot, demo_db, save_as, tmp_path):
    save_as["path"] = tmp_path / "pl3.xlsx"
    script = Script(qtbot)
    script.then(lambda box: click_button(qtbot, box, "Hủy"))
    assert rd.export_phu_luc_iii(None, demo_db) is None
    script.done()
    message = script.seen[0]
    for label in ("Tên đơn vị", "Cơ quan chủ quản", "Địa danh", "Họ tên người ký"):
        assert label in message
    assert not save_as.get("filters") and not save_as["path"].exists()


def test_phu_luc_iii_with_a_typed_as_of_date_and_a_blank_issue_date(
        qtbot, report_db, save_as, tmp_path, past_day):
    save_as["path"] = tmp_path / "pl3.pdf"

    def options(dlg):
        assert dlg.objectName() == "report_options_dialog"
        type_date(qtbot, dlg.findChild(DateEdit, "as_of"), f"{past_day:%d/%m/%Y}")
        click(qtbot, dlg.findChild(QCheckBox, "issued_blank"))
        assert not dlg.findChild(DateEdit, "issued").isEnabled()
        click_ok(qtbot, dlg)

    script = Script(qtbot)
    script.then(options).then(lambda box: click_button(qtbot, box, "OK"))
    out = rd.export_phu_luc_iii(None, report_db)
    script.done()
    assert out == tmp_path / "pl3.pdf"
    assert save_as["filters"] == ["xlsx", "pdf", "docx"]
    text = flat(pdf_text(out))
    assert f"TÍNH ĐẾN NGÀY {past_day:%d/%m/%Y}" in text
    assert f"ngày {dt.date.today().day:02d} tháng" not in text  # left for the văn thư
    assert "Đã ghi Phụ lục III" in script.seen[-1]


def test_phu_luc_iv_confirmation_speaks_of_personal_data(qtbot, report_db, save_as,
                                                         tmp_path):
    save_as["path"] = tmp_path / "pl4.docx"

    def options(dlg):
        click(qtbot, dlg.findChild(QCheckBox, "use_password"))  # no password: Word allowed
        type_date(qtbot, dlg.findChild(DateEdit, "issued"), "07/05/2026")
        click_ok(qtbot, dlg)

    script = Script(qtbot)
    script.then(lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Yes)))
    script.then(options).then(lambda box: click_button(qtbot, box, "OK"))
    out = rd.export_phu_luc_iv(None, report_db)
    script.done()
    question, done = script.seen[0], script.seen[-1]
    assert "dữ liệu cá nhân" in question and "MẬT" not in question
    assert "không gửi qua iDesk" in question and "iDesk" in done
    assert save_as["filters"] == ["xlsx", "pdf", "docx"]
    import zipfile

    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "Bà Rịa, ngày 07 tháng 5 năm 2026" in body and "MẬT" not in body


def test_covering_letter_from_the_menu_entry(qtbot, report_db, save_as, tmp_path):
    save_as["path"] = tmp_path / "cong-van.pdf"

    def options(dlg):
        type_date(qtbot, dlg.findChild(DateEdit, "issued"), "05/01/2026")
        click_ok(qtbot, dlg)

    script = Script(qtbot)
    script.then(options).then(lambda box: click_button(qtbot, box, "OK"))
    out = rd.export_letter(None, report_db)
    script.done()
    text = flat(pdf_text(out))
    assert "Bà Rịa, ngày 05 tháng 01 năm 2026" in text
    assert "V/v báo cáo tiến độ định danh điện tử mức độ 2" in text
