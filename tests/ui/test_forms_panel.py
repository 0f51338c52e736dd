"""The forms panel, used as a person would: issue forms for two departments (typing the
folder, choosing departments with the keyboard), the departments fill them in, import both
returned forms at once through the wizard, see them returned, undo with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

from eidroster.domain.statuses import Status
from eidroster.reports.fill_in_form import LISTS_SHEET
from eidroster.services import roster
from tests.forms_filling import KEY, STATUS, Form
from tests.qr_texts import cards

from .conftest import on_next_dialog
from .helpers import type_text, wait_idle


def _button(dialog, text):
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def test_issue_fill_in_and_take_back(window, demo_db, qtbot, tmp_path, monkeypatch):
    window.peers.forms.trigger()  # Công cụ → Phiếu khoa/phòng tự điền…
    panel = window.peers.forms_panel
    assert panel.isVisible() and "Chưa phát phiếu nào" in panel.summary.text()
    folder = tmp_path / "phiếu đợt 1"

    def fill(dlg):
        type_text(dlg.folder, str(folder))
        qtbot.mouseClick(_button(dlg, "Bỏ chọn tất cả"), Qt.MouseButton.LeftButton)
        dlg.departments.setFocus()
        for row in (0, 1):  # the first two departments, with the keyboard
            dlg.departments.setCurrentRow(row)
            qtbot.keyClick(dlg.departments, Qt.Key.Key_Space)
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(fill)
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=20000)
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) == 2
    assert "<b>0/2</b> khoa/phòng đã nộp lại" in panel.summary.text()
    assert {panel.model.item(r, 5).text() for r in range(2)} == {"Chưa nộp"}

    changed, added, expected = [], cards(2, seed=55, province="001"), {}
    for path, card in zip(files, added, strict=True):
        f = Form(path)
        expected[card.id_number] = f.wb[LISTS_SHEET]["D4"].value  # the form's department
        waiting = [r for r in f.rows() if f.value(r, STATUS) != "Đã kích hoạt mức 2"]
        for r in waiting[:1]:
            f.set(r, STATUS, "Đã kích hoạt mức 2")
            changed.append(int(f.value(r, KEY).rsplit("-", 1)[1]))
        f.add(card.full_name, card.birth, card.id_number, "Chưa đăng ký")  # a new colleague
        f.save()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in files], "")))

    failures = []

    def run(wizard):
        try:
            assert wizard.show_preview(), wizard.preview_page.counts.text()
            assert wizard.plan.count("reject") == 0
            wizard.next()
            wizard.next()  # "Nhập"
            assert wizard.wait_for_import() and wizard.batch_id
            wizard.accept()
        except AssertionError as exc:  # a failing check must not leave the wizard open
            failures.append(exc)
            wizard.reject()

    seen = on_next_dialog(run)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert seen, "the import wizard did not open"
    assert not failures, failures
    assert "<b>2/2</b> khoa/phòng đã nộp lại" in panel.summary.text()
    assert {panel.model.item(r, 5).text() for r in range(2)} == {"Đã nộp lại"}
    everyone = roster.list_roster(demo_db)
    assert all(r.status is Status.LEVEL2 for r in everyone if r.id in changed)
    numbers = {r.id_number: r.department for r in everyone}
    assert {c.id_number: numbers.get(c.id_number) for c in added} == expected
    assert window.undo_stack.count() == 1

    window.acts.undo.trigger()  # on the worker; the open panel follows by itself
    wait_idle(qtbot, window)
    assert "<b>0/2</b>" in panel.summary.text()
    assert {panel.model.item(r, 5).text() for r in range(2)} == {
        "Đã hoàn tác lần nhập (nhập lại được)"}
