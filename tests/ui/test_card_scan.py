"""A USB scanner "types" a chip card's QR code into the window, key by key, ending with
Enter: into the search box, anywhere in "quét thẻ" mode, into the add/edit dialog."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from eidroster.db.models import Employee
from tests.qr_texts import Card, cards, without_marks

from .conftest import on_next_dialog
from .helpers import employee_count


def _send(widget, kind, key, modifiers=Qt.KeyboardModifier.NoModifier, text="") -> None:
    QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def scan(widget, text: str) -> None:
    """What a scanner does: every character as a key press carrying it (Shift pressed
    and released around capitals and "|", as a keyboard does), then Enter."""
    widget.setFocus()
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    shift = Qt.KeyboardModifier.ShiftModifier
    for ch in text:
        if ch.isupper() or ch == "|":
            _send(widget, press, Qt.Key.Key_Shift, shift)  # no text: goes on to the parents
            _send(widget, press, Qt.Key.Key_unknown, shift, ch)
            _send(widget, release, Qt.Key.Key_unknown, shift, ch)
            _send(widget, release, Qt.Key.Key_Shift)
        else:
            _send(widget, press, Qt.Key.Key_unknown, text=ch)
            _send(widget, release, Qt.Key.Key_unknown, text=ch)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier, "\r"))
    QApplication.processEvents()


def card_of(row, **changes) -> Card:
    values = dict(id_number=row.id_number, cmnd="", ho=row.ho, dem=row.dem, ten=row.ten,
                  birth=row.birth_date, gender=row.gender, address="Thôn Mẫu, Xã Thử",
                  issued=dt.date(2022, 3, 4))
    values.update(changes)
    return Card(**values)


def known_row(window, skip: int = 0):
    rows = [r for r in window.roster.model.all_rows()
            if r.id_kind == "cccd" and r.birth_date and r.gender]
    return rows[len(rows) // 2 + skip]


def test_scan_into_the_search_box_selects_the_person(window):
    row = known_row(window)
    window.roster.focus_search()
    scan(window.roster.search, card_of(row).qr())
    assert window.roster.selected_ids() == [row.id]
    assert window.roster.search.text() == ""  # the card's text does not stay on screen
    assert "Đã tìm thấy theo thẻ" in window.statusBar().currentMessage()
    assert window.errors == []


def test_scan_without_diacritics_still_finds_the_person(window):
    row = known_row(window, 1)
    scan(window.roster.search, without_marks(card_of(row).qr()))
    assert window.roster.selected_ids() == [row.id]
    assert window.errors == []


def test_scan_mode_catches_a_scan_anywhere(window, qtbot):
    row = known_row(window, 2)
    window.peers.scan.mode.trigger()  # F8 / the toolbar's "Quét thẻ"
    assert window.peers.scan.indicator.isVisible()
    # the focus is in the table: a scan there would otherwise search and press Enter
    window.roster.table.setFocus()
    scan(window.roster.table, card_of(row).qr())
    assert window.roster.selected_ids() == [row.id]
    assert window.roster.search.text() == ""
    # typing that is not a scan is not taken for one
    scan(window.roster.table, "xin chao")
    assert "không phải mã QR" in window.statusBar().currentMessage()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_Escape)
    assert not window.peers.scan.mode.isChecked()
    assert not window.peers.scan.indicator.isVisible()


def test_scan_mode_finds_a_leaver_hidden_by_the_filters(window):
    row = known_row(window, 3)
    window.roster.search.setText("không ai có tên này")
    assert window.roster.model.visible_position(row.id) is None
    window.peers.scan.mode.setChecked(True)
    scan(window.roster.table, card_of(row).qr())
    window.peers.scan.mode.setChecked(False)
    assert window.roster.selected_ids() == [row.id]


def test_unknown_card_opens_add_prefilled(window, demo_db):
    card = cards(1, seed=77, province="001")[0]
    seen = {}

    def fill(dlg):
        seen["name"] = dlg.name.text()
        seen["birth"] = dlg.birth.text()
        seen["gender"] = dlg.gender.currentData()
        seen["id"] = dlg.id_number.text()
        seen["split"] = dlg.findChild(type(dlg.problems), "scanNotes").text()
        seen["ok_before"] = dlg.ok_enabled()  # the department is still to be chosen
        dlg.department.setCurrentText("Khoa Sản")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    before = employee_count(demo_db)
    on_next_dialog(fill)
    scan(window.roster.search, card.qr())
    assert seen["name"] == card.full_name and seen["id"] == card.id_number
    assert seen["birth"] == card.birth.strftime("%d/%m/%Y") and seen["gender"] == card.gender
    assert f"họ «{card.ho}», đệm «{card.dem}», tên «{card.ten}»" in seen["split"]
    assert seen["ok_before"] is False
    assert employee_count(demo_db) == before + 1
    with demo_db.read() as s:
        e = s.scalar(sa.select(Employee).where(Employee.id_number == card.id_number))
    assert (e.ho, e.dem, e.ten, e.birth_date, e.gender) == (
        card.ho, card.dem, card.ten, card.birth, card.gender)
    assert window.roster.selected_ids() == [e.id]


def test_damaged_scan_says_why(window):
    row = known_row(window, 4)
    text = card_of(row).qr().split("|")
    text[0] = text[0][:11]
    scan(window.roster.search, "|".join(text))
    assert window.errors and "11 chữ số (cần 12)" in window.errors[-1]


def test_card_that_differs_is_shown_beside_the_stored_data(window, demo_db):
    row = known_row(window, 5)
    other_birth = row.birth_date.replace(day=1 if row.birth_date.day != 1 else 2)
    card = card_of(row, ten=row.ten + "h", birth=other_birth)
    seen = {}

    def answer(box):
        assert isinstance(box, QMessageBox)
        seen["question"] = box.text()
        on_next_dialog(edit)
        [b for b in box.buttons() if b.text() == "Mở hồ sơ"][0].click()

    def edit(dlg):
        assist = dlg.scan_assist
        seen["differences"] = dict(assist.differences)
        seen["name_field"] = dlg.name.text()
        dlg.findChild(QPushButton, "takeFromCard_birth_date").click()
        seen["birth_after"] = dlg.birth.text()
        dlg.reject()

    on_next_dialog(answer)
    scan(window.roster.search, card.qr())
    assert "họ tên, ngày sinh" in seen["question"]
    assert seen["differences"]["name"] == (row.full_name, card.full_name)
    assert seen["differences"]["birth_date"][1] == other_birth.strftime("%d/%m/%Y")
    assert seen["name_field"] == row.full_name  # shown side by side, not overwritten
    assert seen["birth_after"] == other_birth.strftime("%d/%m/%Y")
    with demo_db.read() as s:  # cancelled: nothing stored
        assert s.get(Employee, row.id).birth_date == row.birth_date


def test_scan_into_the_add_dialog_fills_empty_fields_and_keeps_typed_ones(window, demo_db):
    card = cards(1, seed=78, province="001")[0]
    seen = {}

    def fill(dlg):
        from tests.ui.helpers import type_text

        type_text(dlg.name, "Trần Thị Gõ Tay")
        scan(dlg.id_number, card.qr())  # the scanner types into the number field
        seen["visible"] = dlg.isVisible()  # Enter of the scan did not press "Lưu"
        seen["name"] = dlg.name.text()
        seen["id"] = dlg.id_number.text()
        seen["birth"] = dlg.birth.text()
        seen["diff"] = dict(dlg.scan_assist.differences)
        dlg.reject()

    on_next_dialog(fill)
    window.acts.add.trigger()
    assert seen["visible"]
    assert seen["name"] == "Trần Thị Gõ Tay"
    assert seen["diff"] == {"name": ("Trần Thị Gõ Tay", card.full_name)}
    assert seen["id"] == card.id_number and seen["birth"] == card.birth.strftime("%d/%m/%Y")
    assert employee_count(demo_db) == 300


def test_scan_mode_leaves_the_menus_and_f8_working(window, qtbot):
    window.peers.scan.mode.setChecked(True)
    table = window.roster.table
    table.setFocus()
    # Alt+N opens the "Công cụ" menu (its letter) even while scans are caught
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.peers.menu.isVisible(), timeout=3000)
    window.peers.menu.close()
    assert window.peers.scan.catcher._buffer == []  # noqa: SLF001 - nothing taken as typed
    qtbot.keyClick(table, Qt.Key.Key_F8)  # the same key ends the mode
    assert not window.peers.scan.mode.isChecked()
