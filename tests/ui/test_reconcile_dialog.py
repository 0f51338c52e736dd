"""Reconciling in the window, as a user: type the file's path, run, filter, open a person
with one click (the file's values beside the stored ones), add the one only in the file,
save the .xlsx."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from eidroster.domain.statuses import STATUS_LABEL_VI
from tests.importer.corpus import write_xlsx
from tests.qr_texts import cards

from .conftest import on_next_dialog
from .helpers import type_text


def _click(qtbot, table, row: int, col: int) -> None:
    index = table.model().index(row, col)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def test_reconcile_in_the_window(window, qtbot, tmp_path, monkeypatch):
    people = [r for r in window.roster.model.all_rows()
              if r.active_on(dt.date.today()) and r.birth_date and r.id_number][:6]
    renamed, redated = people[0], people[1]
    stranger = cards(1, seed=61, province="001")[0]
    rows = [["Họ và tên", "Ngày sinh", "Số CCCD", "Tình trạng"]]
    for p in people:
        name = p.full_name + "h" if p is renamed else p.full_name
        birth = p.birth_date.replace(year=p.birth_date.year - 1) if p is redated else p.birth_date
        rows.append([name, birth.strftime("%d/%m/%Y"), p.id_number, STATUS_LABEL_VI[p.status]])
    rows.append([stranger.full_name, stranger.birth.strftime("%d/%m/%Y"), stranger.id_number,
                 "Chưa đăng ký"])
    path = write_xlsx(tmp_path / "ho-so.xlsx", rows)

    window.peers.reconcile.trigger()  # Công cụ → Đối chiếu với danh sách khác…
    dlg = window.peers.reconcile_dialog
    type_text(dlg.path, str(path))
    qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "khớp" in dlg.summary.text(), timeout=20000)
    result = dlg.model.result
    assert (result.same, len(result.different), len(result.only_in_file)) == (4, 2, 1)
    active = sum(1 for r in window.roster.model.all_rows() if r.active_on(dt.date.today()))
    assert len(result.only_in_roster) == active - 6

    dlg.show_kind.setFocus()
    qtbot.keyClick(dlg.show_kind, Qt.Key.Key_Down)  # "Khác nhau"
    assert dlg.model.rowCount() == 2
    row_of = {dlg.model.rows[r].employee_id: r for r in range(2)}
    seen = {}

    def look(edit):
        seen["differences"] = dict(edit.scan_assist.differences)
        seen["title"] = edit.scan_assist.box.title()
        edit.reject()

    on_next_dialog(look)
    _click(qtbot, dlg.table, row_of[renamed.id], 0)  # "Mở"
    assert seen["differences"] == {"name": (renamed.full_name, renamed.full_name + "h")}
    assert seen["title"] == "Thông tin ở dòng 2 của tệp đối chiếu"
    assert window.roster.selected_ids() == [renamed.id]

    qtbot.keyClick(dlg.show_kind, Qt.Key.Key_Down)  # "Chỉ có trong tệp"
    assert dlg.model.rowCount() == 1

    def add(edit):
        seen["name"] = edit.name.text()
        seen["id"] = edit.id_number.text()
        edit.reject()

    on_next_dialog(add)
    _click(qtbot, dlg.table, 0, 0)  # "Thêm…"
    assert seen["name"] == stranger.full_name and seen["id"] == stranger.id_number

    kept = path.read_bytes()  # saving over the compared list itself: refused, said why
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "chính tệp đang đối chiếu" in dlg.summary.text() and path.read_bytes() == kept

    out = tmp_path / "ket-qua.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    ws = openpyxl.load_workbook(out).active
    assert "chính tệp" not in dlg.summary.text() and "Đã lưu" in dlg.summary.text()
    assert "khác nhau 2" in dlg.summary.text()  # the counts stay beside the messages
    kinds = [row[0].value for row in ws.iter_rows(min_row=6)]
    assert kinds.count("Khác nhau") == 2 and kinds.count("Chỉ có trong tệp") == 1
