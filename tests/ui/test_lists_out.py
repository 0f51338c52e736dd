"""Lists out of the roster, the user guide (F1), About, and the File menu's data entries,
driven as a user would: keys, menu actions, the dialogs answered."""

from __future__ import annotations

import json

import openpyxl
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from eidroster.db.models import AuditEvent
from eidroster.domain.statuses import Status

from .conftest import on_next_dialog
from .helpers import select_rows, wait_idle


def _exports(db) -> list[dict]:
    with db.read() as s:
        details = s.scalars(sa.select(AuditEvent.detail).where(
            AuditEvent.action == "personal_data_exported")).all()
    return [json.loads(d) for d in details]


def _answer_list_dialog(full: bool):
    def answer(dlg):
        dlg.full_id.setChecked(full)
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return answer


def _close_saved_box(seen: list):
    def close(box):
        seen.append(box.text())
        names = [b.text() for b in box.buttons()]
        assert "Mở &tệp" in names and "Mở thư &mục" in names  # open the file or its folder
        [b for b in box.buttons() if b.text() == "Đóng"][0].click()
    return close


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_text(window, qtbot):
    select_rows(window, [0, 2])
    window.roster.table.setFocus()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    head = lines[0].split("\t")
    assert head[:3] == ["TT", "Họ và tên", "Ngày sinh"] and len(head) == 12
    first = window.roster.model.row_at(0)
    cells = lines[1].split("\t")
    assert cells[0] == "1" and cells[1] == first.full_name
    assert cells[5] == first.masked_id != first.id_number  # masked as on screen
    assert lines[2].split("\t")[1] == window.roster.model.row_at(2).full_name
    assert window.statusBar().currentMessage() == "Đã chép 2 dòng (dán được vào Excel)"


def test_export_the_filtered_list_masked_then_with_full_numbers(window, demo_db, tmp_path,
                                                                 qtbot, monkeypatch):
    # "send Khoa X the list of its people without a justified reason"
    import datetime as dt

    wanted = {r.department_id for r in window.roster.model.all_rows()
              if r.active_on(dt.date.today()) and r.status is not Status.LEVEL2 and not r.justified}
    dept = next(d for d in window.roster.departments if d.id in wanted)
    window.roster.dept_panel.choose(dept.id)
    window.roster.without_reason.setChecked(True)
    shown = window.roster.model.visible_rows()
    assert shown and all(r.department_id == dept.id and not r.justified for r in shown)
    target = tmp_path / "khoa.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []
    on_next_dialog(_answer_list_dialog(full=False))
    window.acts.export_list.trigger()
    on_next_dialog(_close_saved_box(seen))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert str(target) in seen[0]
    ws = openpyxl.load_workbook(target).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("TT", "Họ và tên")
    assert [r[1] for r in rows[1:]] == [r.full_name for r in shown]
    assert all(r[5] == s.masked_id for r, s in zip(rows[1:], shown, strict=True))
    assert all(r[4] == dept.name for r in rows[1:])
    assert _exports(demo_db)[-1] == {"kind": "list", "file": str(target), "rows": len(shown)}

    # the user asks for the full numbers: written, and the audit log says so
    seen.clear()
    on_next_dialog(_answer_list_dialog(full=True))
    window.acts.export_list.trigger()
    on_next_dialog(_close_saved_box(seen))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert [r[5] for r in rows[1:]] == [s.id_number for s in shown]
    assert _exports(demo_db)[-1]["kind"] == "list-full-ids"


def test_print_the_list_shown_with_a_preview(window, demo_db, qtbot):
    window.roster.bucket_filter.setCurrentIndex(window.roster.bucket_filter.findData("level1"))
    shown = window.roster.model.visible_rows()
    assert shown and {r.status for r in shown} == {Status.LEVEL1}
    previews: list = []

    def close_preview(dlg):
        previews.append(dlg.windowTitle())
        dlg.reject()

    on_next_dialog(_answer_list_dialog(full=False))
    window.acts.print_list.trigger()
    on_next_dialog(close_preview, timeout_ms=15000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(previews), timeout=15000)
    assert previews == ["Xem trước bản in danh sách"]
    text = window.lists.document.toPlainText()
    assert f"Danh sách nhân viên ({len(shown)} người)" in text
    for r in shown[:5]:
        assert r.full_name in text and r.masked_id in text
    assert r.id_number not in text
    assert _exports(demo_db)[-1]["kind"] == "print"


def test_f1_opens_the_guide_with_its_pictures(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_F1)
    helps = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "helpWindow" and w.isVisible()]
    assert len(helps) == 1
    browser = helps[0].browser
    text = browser.toPlainText()
    assert "Hướng dẫn sử dụng" in text[:200]
    assert len(text) > 2000
    html = browser.document().toHtml()
    assert "images/main_window.png" in html
    image = browser.document().resource(3, "images/main_window.png")  # ImageResource
    assert image is not None and not image.isNull()
    helps[0].close()


def test_about_says_where_the_data_and_backups_are(window, demo_db, qtbot):
    window.acts.about.trigger()
    about = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "AboutDialog" and w.isVisible()][0]
    assert str(demo_db.path) in about.where.text()
    assert str(demo_db.path.parent / "backups") in about.where.text()
    about.close()


def test_backup_to_a_place_the_user_chooses(window, demo_db, tmp_path, qtbot, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "ban-sao.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []
    window.acts.backup_elsewhere.trigger()
    on_next_dialog(_close_saved_box(seen))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    from eidroster.services.restore import check_database_file

    assert check_database_file(target).employees == 300
    assert _exports(demo_db)[-1]["kind"] == "backup"
    # a file that is not an eidroster backup is never overwritten
    other = usb / "thu.sqlite"
    other.write_text("không phải CSDL")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    window.acts.backup_elsewhere.trigger()
    wait_idle(qtbot, window)
    assert "không phải bản sao lưu eidroster" in window.errors[-1]
    assert other.read_text() == "không phải CSDL"


def test_file_menu_has_the_data_entries(window):
    texts = [a.text() for a in window.acts.menu_file.actions() if not a.isSeparator()]
    for text in ("Mở tệp &dữ liệu khác…", "Mở thư mục dữ liệ&u", "Sao &lưu ra nơi khác…",
                 "Xuất danh sách đang hiện ra &Excel…", "&In danh sách đang hiện…"):
        assert text in texts
