"""The register of reports sent, in the window: opened from Báo cáo → Sổ báo cáo đã gửi
with the mouse, one row per export (as-of date, when, file, SHA-256, totals, whether the
numbers still match today), the selected entry's changes (department, column, old → new)
and whether its file is still the one recorded; and exporting a date already sent asks
first, showing what changed — "Không xuất" writes nothing, not even a register entry."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from eidroster.domain.text import format_int
from eidroster.reports import exports
from eidroster.services.register import (
    changes_since_sent,
    list_register,
    register_rows,
    registered_dates_from,
)
from eidroster.services.summary import summary
from eidroster.ui.date_edit import DateEdit
from tests.reports.test_register import _backdate_a_level2
from tests.reports.test_report_dialogs_keys import (
    Script,
    click,
    click_button,
    click_ok,
    type_date,
)


def test_changes_since_sent_and_the_dates_a_change_can_alter(report_db, tmp_path, past_day):
    assert changes_since_sent(report_db, past_day) is None
    assert registered_dates_from(report_db, past_day) == []
    exports.export_phu_luc_iii(report_db, tmp_path / "a.pdf", past_day)
    exports.export_phu_luc_iii(report_db, tmp_path / "b.xlsx", dt.date.today())
    assert changes_since_sent(report_db, past_day).matches_now
    assert registered_dates_from(report_db, past_day) == [past_day, dt.date.today()]
    assert registered_dates_from(report_db, past_day + dt.timedelta(1)) == [dt.date.today()]
    before = summary(report_db, past_day).total.level2
    department = _backdate_a_level2(report_db, past_day)
    row = changes_since_sent(report_db, past_day)
    assert not row.matches_now and row.entry.file == str((tmp_path / "a.pdf").resolve())
    moved = {(c.department, c.key): (c.old, c.new) for c in row.changes}
    assert moved[None, "level2"] == (before, before + 1)
    assert moved[department, "level2"][1] == moved[department, "level2"][0] + 1
    # nothing else moved than the person's old bucket and level 2
    assert {k for _d, k in moved} <= {"level2", "none", "level1", "with_reason",
                                      "without_reason"}
    assert [r.matches_now for r in register_rows(report_db)][0] is False
    assert len(list_register(report_db)) == 2  # reading wrote nothing


@pytest.fixture
def window(qapp, report_db, qtbot):
    """The main window on the report database (Qt's own strings left untranslated, as
    the other report tests expect: tests/ui's ``app`` fixture installs qt_vi)."""
    from eidroster.ui.app import MainWindow

    w = MainWindow(report_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    yield w
    w.shutdown()


def _click_menu(qtbot, main_window, menu, action) -> None:
    bar = main_window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_register_window_from_the_reports_menu(qtbot, window, report_db, tmp_path, past_day):
    sent = tmp_path / "sent.pdf"
    exports.export_phu_luc_iii(report_db, sent, past_day)
    exports.export_phu_luc_iii(report_db, tmp_path / "today.xlsx", dt.date.today())
    before = summary(report_db, past_day).total.level2
    department = _backdate_a_level2(report_db, past_day)
    sent.write_bytes(sent.read_bytes() + b"\n% edited")  # the file changed after it was sent
    seen: dict = {}

    def look(dlg) -> None:
        assert dlg.objectName() == "register_dialog"
        table = dlg.findChild(type(dlg.table), "register_table")
        seen["rows"] = [[table.item(r, c).text() for c in range(table.columnCount())]
                        for r in range(table.rowCount())]
        _click_row(qtbot, table, 1)  # the older export: past_day
        seen["detail"] = dlg.detail.toPlainText()
        _click_row(qtbot, table, 0)
        seen["detail_today"] = dlg.detail.toPlainText()
        close = next(b for b in dlg.findChildren(QPushButton) if b.text() == "Đóng")
        click(qtbot, close)

    script = Script(qtbot).then(look)
    _click_menu(qtbot, window, window.acts.menu_reports, window.acts.register)
    qtbot.waitUntil(lambda: "detail_today" in seen, timeout=20000)
    script.done()
    newest, oldest = seen["rows"]
    assert oldest[0] == f"{past_day:%d/%m/%Y}" and oldest[2] == "sent.pdf"
    assert oldest[3].endswith("…") and len(oldest[3]) == 17
    assert oldest[6] == "ĐÃ KHÁC" and newest[6] in ("Khớp", "ĐÃ KHÁC")
    assert oldest[5] == format_int(before)
    detail = seen["detail"]
    unit_line = next(line for line in detail.splitlines() if line.startswith("- Toàn đơn vị:"))
    assert f"mức 2 {format_int(before)} → {format_int(before + 1)}" in unit_line
    assert f"Ngày ban hành: {dt.date.today():%d/%m/%Y}" in detail  # not given: today
    assert f"{department}:" in detail and "ĐÃ BỊ SỬA" in detail
    assert list_register(report_db)[0].sha256 in detail
    assert "còn nguyên" in seen["detail_today"]


def test_exporting_a_sent_date_again_asks_and_no_writes_nothing(
        qtbot, report_db, tmp_path, past_day, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from eidroster.ui import report_dialogs as rd


    def _ok(box: QMessageBox) -> None:
        # the "done" box's OK: its text is Qt's own (translated once the window's app ran)
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))

    exports.export_phu_luc_iii(report_db, tmp_path / "first.xlsx", past_day)
    department = _backdate_a_level2(report_db, past_day)
    asked_for_file: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: asked_for_file.append(1) or (str(tmp_path / "again.xlsx"), "")))

    def options(dlg) -> None:
        type_date(qtbot, dlg.findChild(DateEdit, "as_of"), f"{past_day:%d/%m/%Y}")
        click_ok(qtbot, dlg)

    def refuse(box: QMessageBox) -> None:
        assert box.objectName() == "export_again_box"
        assert box.defaultButton().text() == "Không xuất"
        click_button(qtbot, box, "Không xuất")

    script = Script(qtbot).then(options).then(refuse)
    assert rd.export_phu_luc_iii(None, report_db) is None
    script.done()
    question = script.seen[0]
    assert f"{past_day:%d/%m/%Y}" in question and "first.xlsx" in question
    assert f"{department}: " in question and "→" in question
    assert not asked_for_file and not (tmp_path / "again.xlsx").exists()
    assert len(list_register(report_db)) == 1

    script = Script(qtbot).then(options).then(
        lambda box: click_button(qtbot, box, "Xuất lại")).then(
        _ok)
    assert rd.export_phu_luc_iii(None, report_db) == tmp_path / "again.xlsx"
    script.done()
    assert len(list_register(report_db)) == 2
    assert changes_since_sent(report_db, past_day).matches_now
    # the same date, unchanged since: exported without a question
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(tmp_path / "third.xlsx"), "")))
    script = Script(qtbot).then(options).then(_ok)
    assert rd.export_phu_luc_iii(None, report_db) == tmp_path / "third.xlsx"
    script.done()
    assert "giống lần xuất trước" in script.seen[-1]


def test_the_idesk_folder_of_a_sent_date_asks_too(qtbot, report_db, tmp_path, past_day,
                                                 monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from eidroster.ui import report_dialogs as rd

    exports.export_phu_luc_iii(report_db, tmp_path / "first.pdf", past_day)
    _backdate_a_level2(report_db, past_day)
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
        lambda *a, **k: asked.append(1) or str(tmp_path / "idesk")))

    def options(dlg) -> None:
        type_date(qtbot, dlg.findChild(DateEdit, "as_of"), f"{past_day:%d/%m/%Y}")
        click_ok(qtbot, dlg)

    script = Script(qtbot).then(options).then(
        lambda box: click_button(qtbot, box, "Không xuất"))
    assert rd.export_submission(None, report_db) == []
    script.done()
    assert "first.pdf" in script.seen[0] and not asked
    assert not (tmp_path / "idesk").exists() and len(list_register(report_db)) == 1
