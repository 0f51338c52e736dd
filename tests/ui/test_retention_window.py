"""The retention rule runs when the window opens (at most once a day), before the rows are
read, and the status bar says what it did."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from eidroster.services import roster
from eidroster.services.database import open_database
from eidroster.services.demo import generate
from eidroster.services.employment import mark_left


def _old_leavers(path):
    db = open_database(path)
    generate(db, 80, seed=2, today=dt.date(2023, 9, 1))
    ids = [r.id for r in roster.list_roster(db) if r.leave_date is None][:5]
    mark_left(db, ids, dt.date(2023, 10, 1))  # more than 24 months ago
    db.close()
    return ids


def test_window_start_purges_old_leavers_once_a_day(app, qtbot, tmp_path, monkeypatch):
    from eidroster.ui import app as app_module
    from eidroster.ui.main_window import MainWindow

    path = tmp_path / "hr.sqlite"
    ids = _old_leavers(path)
    opened: list[MainWindow] = []
    shown: list[str] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)  # return at once
    monkeypatch.setattr(MainWindow, "shutdown", lambda self: opened.append(self))
    monkeypatch.setattr(MainWindow, "info", lambda self, text: shown.append(text))
    assert app_module.run_app(str(path), "vi") == 0
    db = open_database(path)
    purged = [r.id for r in roster.list_roster(db) if r.ten == ""]
    assert set(ids) <= set(purged)
    assert shown == [f"Đã xóa dữ liệu cá nhân của {len(purged)} người nghỉ việc quá thời hạn "
                     "lưu trữ (24 tháng); số liệu báo cáo cũ giữ nguyên. Xem Nhật ký thao tác."]
    window = opened[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded, timeout=20000)
    shown_names = {r.id: r.ten for r in window.roster.model.all_rows()}
    assert all(shown_names[i] == "" for i in ids if i in shown_names)  # read after the purge
    window.close()
    # a second start the same day does not run it again
    assert app_module.start_up_purge(db) == ""
    db.close()
