"""Around the table: background work with progress and cancel, remembered layout,
the menus reaching every feature, start-up through run_app."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from eidroster.domain.statuses import Status
from eidroster.ui.i18n import status_label
from eidroster.ui.roster_keys import COL_NAME, COL_REASON, COL_STATUS

from .conftest import on_next_dialog


def test_long_work_shows_progress_and_cancel_stops_it(window, qtbot):
    steps: list[int] = []

    def slow(task):
        for i in range(400):
            task.report(i, 400)
            task.check()
            steps.append(i)
            time.sleep(0.01)
        return "finished"

    results: list = []
    window.runner.run_task("Đang thử việc dài…", slow, results.append)
    qtbot.waitUntil(lambda: window.runner.progress.isVisible(), timeout=3000)
    assert window.runner.progress_label.text() == "Đang thử việc dài…"
    assert window.runner.cancel_button.isVisible() and window.runner.cancel_button.text() == "Hủy"
    # the GUI thread keeps handling events while the work runs
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    start = window.runner.progress.value()
    qtbot.waitUntil(lambda: window.runner.progress.value() > start + 20, timeout=5000)
    timer.stop()
    assert len(ticks) >= 5
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.1
    assert window.runner.progress.maximum() == 400
    qtbot.mouseClick(window.runner.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=3000)
    assert results == []
    assert len(steps) < 400
    assert window.statusBar().currentMessage() == "Đã hủy: Đang thử việc dài…"
    assert not window.runner.progress.isVisible()


def test_failed_work_shows_the_vietnamese_message(window, qtbot):
    from eidroster.domain.errors import InputError

    def bad(task):
        raise InputError("Tệp danh_sach.xlsx, dòng 4, cột E: số CCCD không hợp lệ")

    window.runner.run_task("Đang nhập…", bad, lambda r: None)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=3000)
    assert window.errors[-1] == "Tệp danh_sach.xlsx, dòng 4, cột E: số CCCD không hợp lệ"


def test_column_widths_and_splitters_remembered(app, demo_db, qtbot):
    from eidroster.ui.app import MainWindow

    w = MainWindow(demo_db, load=False)
    qtbot.addWidget(w)
    w.show()
    w.roster.table.setColumnWidth(COL_NAME, 333)
    w.roster.table.setColumnWidth(COL_REASON, 77)
    w.roster.table.setColumnWidth(COL_STATUS, 30)  # as remembered from another scale
    w.close()
    again = MainWindow(demo_db, load=False)
    qtbot.addWidget(again)
    assert again.roster.table.columnWidth(COL_NAME) == 333
    assert again.roster.table.columnWidth(COL_REASON) == 77
    # a column of fixed-format text is never narrower than its text
    fm = again.roster.table.fontMetrics()
    assert again.roster.table.columnWidth(COL_STATUS) > fm.horizontalAdvance(
        status_label(Status.LEVEL2))
    # the history's titles are whole before anyone is chosen
    history = again.roster.history.view
    header_fm = history.horizontalHeader().fontMetrics()
    for col in range(history.model().columnCount() - 1):
        title = history.model().headerData(col, Qt.Orientation.Horizontal)
        assert history.columnWidth(col) >= header_fm.horizontalAdvance(title), title
    # screenshots use the default layout and leave the saved one alone
    shot = MainWindow(demo_db, load=False, remember_layout=False)
    qtbot.addWidget(shot)
    assert shot.roster.table.columnWidth(COL_NAME) != 333
    shot.close()
    third = MainWindow(demo_db, load=False)
    qtbot.addWidget(third)
    assert third.roster.table.columnWidth(COL_NAME) == 333


def test_menus_reach_every_feature(window):
    texts = []
    for top in window.menuBar().actions():
        for act in top.menu().actions():
            texts.append(act.text())
            if act.menu():
                texts += [a.text() for a in act.menu().actions()]
    for wanted in ("&Nhập danh sách từ Excel…", "&Sao lưu ngay", "&Khôi phục từ bản sao lưu…",
                   "Nhật ký thao tá&c…", "&Thêm nhân viên…", "&Cập nhật tình trạng…",
                   "Đánh dấu &nghỉ việc…", "&Xóa nhân viên…", "Danh mục lý d&o…",
                   "&Thông tin đơn vị cho báo cáo…", "Xuất Phụ lục &III (tổng hợp)…",
                   "Xuất Phụ lục I&V (dữ liệu cá nhân)…",
                   "&Công văn báo cáo kèm Phụ lục III…", "&Tổng quan", "English (tiếng Anh)",
                   "Đã kích hoạt mức 2"):
        assert wanted in texts, wanted
    toolbar = [a.iconText() for a in window.acts.toolbar.actions() if not a.isSeparator()]
    assert toolbar[:5] == ["Nhập Excel", "Thêm", "Sửa", "Cập nhật tình trạng", "Nghỉ việc"]


def _choose_language(window, qtbot, item: str, keys=(Qt.Key.Key_X, Qt.Key.Key_N)) -> None:
    """Alt+X opens the View menu (Xem), N its language submenu (Ngôn ngữ); the item is
    clicked. In English: Alt+V (View), L (Language)."""
    from PySide6.QtWidgets import QMenu

    qtbot.keyClick(window, keys[0], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    view_menu = QApplication.activePopupWidget()
    qtbot.keyClick(view_menu, keys[1])
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not view_menu, timeout=3000)
    sub = QApplication.activePopupWidget()
    act = next(a for a in sub.actions() if a.text() == item)
    qtbot.mouseClick(sub, Qt.MouseButton.LeftButton, pos=sub.actionGeometry(act).center())


def test_language_changes_at_once_and_is_saved_for_next_start(window, qtbot):
    from eidroster.ui.i18n import format_int, format_rate, saved_language

    window.roster.search.setFocus()
    qtbot.keyClicks(window.roster.search, "a")
    tab = window.tabs.currentIndex()
    _choose_language(window, qtbot, "English (tiếng Anh)")
    qtbot.waitUntil(lambda: window.replaced_by is not None, timeout=5000)
    english = window.current()
    qtbot.addWidget(english)
    try:
        qtbot.waitUntil(lambda: english.loaded, timeout=20000)
        assert saved_language() == "en"
        assert not window.isVisible() and english.isVisible()
        assert window.roster.model.all_rows() == []  # the closed window let go of its rows
        assert english.db is window.db and english.tabs.currentIndex() == tab
        menus = [a.text() for a in english.menuBar().actions()]
        assert menus[:3] == ["&File", "&Edit", "&Reports"], menus
        assert english.tabs.tabText(0) == "Staff list"
        header = english.roster.model.headerData(COL_NAME, Qt.Orientation.Horizontal)
        assert header == "Full name"
        # numbers in English: the thousands comma, a decimal point in rates
        totals = english.roster.totals.text()
        total = len([r for r in english.roster.model.all_rows() if not r.leave_date])
        assert f"<b>{total}</b>" in totals, totals
        assert format_int(100_000) == "100,000" and format_rate(999, 1000) == "99.9%"
        assert re.search(r"\d%", totals) and not re.search(r"\d,\d%", totals), totals
        _choose_language(english, qtbot, "Tiếng Việt (Vietnamese)", (Qt.Key.Key_V, Qt.Key.Key_L))
        qtbot.waitUntil(lambda: english.replaced_by is not None, timeout=5000)
        vietnamese = english.current()
        qtbot.addWidget(vietnamese)
        qtbot.waitUntil(lambda: vietnamese.loaded, timeout=20000)
        assert saved_language() == "vi"
        assert [a.text() for a in vietnamese.menuBar().actions()][:3] == ["&Tệp", "&Sửa", "&Báo cáo"]
        assert f"<b>{total}</b>" in vietnamese.roster.totals.text()
        assert format_int(100_000) == "100.000" and format_rate(999, 1000) == "99,9%"
    finally:
        for w in (window.replaced_by, english.replaced_by):
            if w is not None:
                w.shutdown()


def test_run_app_opens_and_quits(app, demo_db, monkeypatch, qtbot):
    from eidroster.ui import app as app_module

    opened: list = []

    def fake_exec() -> int:
        win = [w for w in QApplication.topLevelWidgets()
               if w.__class__.__name__ == "MainWindow" and w.isVisible()]
        opened.extend(win)
        qtbot.waitUntil(lambda: win[-1].loaded, timeout=10000)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setattr(app_module, "_first_run", lambda db, window: None)
    code = app_module.run_app(str(demo_db.path), lang="vi")
    assert code == 0
    assert opened and len(opened[-1].roster.model.all_rows()) == 300
    for w in opened:
        w.close()


def test_enter_on_a_row_opens_its_edit_dialog(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    window.roster.table.selectRow(2)
    row = window.roster.model.row_at(2)
    seen = on_next_dialog(lambda dlg: dlg.buttons.button(
        QDialogButtonBox.StandardButton.Cancel).click())
    window.roster.table.setFocus()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0].name.text() == row.full_name
    labels = [a.text() for a in window.roster.table.actions()]
    assert "&Sửa thông tin…" in labels and "Đánh dấu &nghỉ việc…" in labels


def test_menu_entries_call_the_other_modules(window, monkeypatch):
    """Each entry reaches the real function of the module that provides it."""
    from eidroster.ui import about, agency_dialog, report_dialogs, safety_dialogs

    calls: list[str] = []
    for module, names in (
        (report_dialogs, ("edit_settings", "export_phu_luc_iii", "export_phu_luc_iv",
                          "export_summary_pdf", "export_submission", "print_preview_summary")),
        (safety_dialogs, ("backup_now", "show_audit_log")),
    ):
        for name in names:
            assert callable(getattr(module, name)), name
            monkeypatch.setattr(module, name,
                                lambda parent, db, name=name: calls.append(name) or False)
    monkeypatch.setattr(safety_dialogs, "restore_from_backup",
                        lambda parent, db: calls.append("restore_from_backup") or False)
    monkeypatch.setattr(about, "show_about", lambda *a: calls.append("show_about"))

    class FakeAgency:
        def __init__(self, parent):
            calls.append("AgencyMergeDialog")

        def exec(self):
            return 0

    monkeypatch.setattr(agency_dialog, "AgencyMergeDialog", FakeAgency)
    for act in (window.acts.settings, window.acts.phu_luc_iii, window.acts.phu_luc_iv,
                window.acts.summary_pdf, window.acts.submission, window.acts.print,
                window.acts.backup, window.acts.audit, window.acts.restore, window.acts.about,
                window.acts.agency):
        act.trigger()
    assert calls == ["edit_settings", "export_phu_luc_iii", "export_phu_luc_iv",
                     "export_summary_pdf", "export_submission", "print_preview_summary",
                     "backup_now", "show_audit_log", "restore_from_backup", "show_about",
                     "AgencyMergeDialog"]
    assert window.errors == []


def test_every_menu_path_in_the_guide_is_a_real_menu_item(window):
    """The guide, the menus and the dialogs use the same names: each "**Tệp → …**" path
    of the user guide is an item of that menu (accelerator marks and "…" aside)."""
    import re

    from tests.conftest import REPO

    def plain(text: str) -> str:
        return text.replace("&", "").rstrip("…").strip()

    menus = {}
    for top in window.menuBar().actions():
        items = {}
        for act in top.menu().actions():
            if act.menu() is not None:
                items[plain(act.text())] = {plain(a.text()) for a in act.menu().actions()}
            elif not act.isSeparator():
                items[plain(act.text())] = set()
        menus[plain(top.text())] = items
    guide = (REPO / "docs" / "huong-dan-su-dung.md").read_text(encoding="utf-8")
    paths = re.findall(r"\*\*((?:Tệp|Sửa|Báo cáo|Xem|Trợ giúp) → [^*]+)\*\*", guide)
    assert len(paths) >= 15
    for path in paths:
        parts = [plain(p) for p in path.split(" → ")]
        items = menus[parts[0]]
        assert parts[1] in items, path
        if len(parts) > 2 and items[parts[1]]:
            assert parts[2].split(" (")[0] in {i.split(" (")[0] for i in items[parts[1]]}, path


def test_a_second_window_on_the_same_database_shows_the_first_ones_change(
        app, demo_db, qtbot, monkeypatch):
    import datetime as dt

    from eidroster.domain.statuses import Status
    from eidroster.ui import roster_data
    from eidroster.ui.app import MainWindow

    monkeypatch.setattr(roster_data, "WATCH_MS", 300)
    first, second = MainWindow(demo_db), MainWindow(demo_db)
    for w in (first, second):
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda w=w: w.loaded, timeout=20000)
    row = next(r for r in second.roster.model.all_rows()
               if r.status not in (Status.REJECTED, Status.LEVEL2)  # no step back to confirm
               and r.active_on(dt.date.today()))
    pos = first.roster.model.visible_position(row.id)
    first.roster.table.selectRow(pos)
    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first, timeout=3000)
    first.roster.table.setFocus()
    qtbot.keyClick(first.roster.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: first.roster.model.row_by_id(row.id).status is Status.REJECTED,
                    timeout=10000)
    # the other window notices within a few checks and shows it, without a restart
    qtbot.waitUntil(lambda: second.roster.model.row_by_id(row.id).status is Status.REJECTED,
                    timeout=15000)
    # and the first window did not reload for its own change
    assert first.roster.model.row_by_id(row.id).status is Status.REJECTED
    for w in (first, second):
        w.shutdown()


def test_department_counts_at_100000_people_are_not_cut(app, qtbot):
    """'98.0…' was shown for 98.000: the count and rate columns fit their widest text,
    in Vietnamese and in English, and a click on a department still chooses it."""
    from eidroster.services.roster import DepartmentInfo
    from eidroster.ui.i18n import install_translator
    from eidroster.ui.panels import DepartmentPanel

    departments = [DepartmentInfo(1, "Khoa Chẩn đoán hình ảnh", 98_000, 97_999),
                   DepartmentInfo(2, "Khoa Nội", 2_000, 1_000)]
    for lang, total in (("vi", "100.000"), ("en", "100,000")):
        install_translator(app, lang)
        panel = DepartmentPanel()
        qtbot.addWidget(panel)
        panel.resize(260, 400)
        panel.show()
        panel.set_departments(departments)
        view = panel.view
        for row in range(panel.model.rowCount()):
            for col in (1, 2):
                text = panel.model.item(row, col).text()
                font = view.font()
                font.setBold(True)
                needed = QFontMetrics(font).horizontalAdvance(text)
                assert view.columnWidth(col) > needed, (lang, text)
        assert panel.model.item(0, 1).text() == total
        assert panel.model.item(1, 0).toolTip() == "Khoa Chẩn đoán hình ảnh"  # cut short
        assert panel.model.item(1, 2).text() in ("99,9%", "99.9%")
        chosen: list = []
        panel.department_chosen.connect(chosen.append)
        rect = view.visualRect(panel.model.index(2, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert chosen == [2]
    install_translator(app, "vi")


def test_every_input_and_chart_has_a_name_a_screen_reader_reads(window, qtbot):
    """Inputs, lists and tables carry an accessible name (buttons and boxes their own
    text, a field its label's); each chart a name and a text description."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDateEdit,
        QLabel,
        QLineEdit,
        QSpinBox,
    )

    qtbot.keyClick(window.roster.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1, timeout=3000)
    charts = window.dashboard.findChildren(QChartView)
    qtbot.waitUntil(lambda: all(c.accessibleDescription() for c in charts), timeout=20000)
    assert len(charts) == 2 and all(c.accessibleName() for c in charts)
    nameless = []
    for tab in (0, 1):
        window.tabs.setCurrentIndex(tab)
        page = window.tabs.currentWidget()
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for cls in (QLineEdit, QComboBox, QAbstractItemView, QDateEdit, QSpinBox, QAbstractButton):
            for w in page.findChildren(cls):
                if not w.isVisibleTo(page) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
                    continue
                own_text = w.text() if isinstance(w, QAbstractButton) else ""
                if not (w.accessibleName() or own_text or w in buddies):
                    nameless.append(f"{type(w).__name__} {w.objectName()}")
    assert nameless == []


def test_all_twelve_columns_fit_1366_px_in_both_languages(app, demo_db, qtbot):
    """No horizontal scrolling at 1366×768 with the rows loaded (the vertical scroll bar
    shown), in Vietnamese and in English."""
    from eidroster.ui.app import MainWindow
    from eidroster.ui.i18n import install_translator

    for lang in ("vi", "en"):
        install_translator(app, lang)
        w = MainWindow(demo_db, remember_layout=False)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitUntil(lambda w=w: w.loaded, timeout=20000)
        table = w.roster.table
        qtbot.waitUntil(lambda t=table: t.verticalScrollBar().isVisible(), timeout=5000)
        used = sum(table.columnWidth(c) for c in range(w.roster.model.columnCount()))
        assert used <= table.viewport().width(), (lang, used, table.viewport().width())
        assert not table.horizontalScrollBar().isVisible(), lang
        w.shutdown()
    install_translator(app, "vi")


def test_a_change_elsewhere_before_the_first_check_is_not_missed(app, demo_db, qtbot, monkeypatch):
    """Another user's change made between this window's load and its first check: it
    was taken as the starting point and never shown; the load now sets that point."""
    import datetime as dt

    from eidroster.domain.employee import StatusInput
    from eidroster.services import roster
    from eidroster.ui import roster_data
    from eidroster.ui.app import MainWindow

    monkeypatch.setattr(roster_data, "WATCH_MS", 60_000)
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    row = next(r for r in w.roster.model.all_rows()
               if r.status is not Status.REJECTED and r.active_on(dt.date.today()))
    roster.set_status(demo_db, [row.id], StatusInput(Status.REJECTED, dt.date.today()))
    w.data._watch.setInterval(200)  # noqa: SLF001 - the next check comes sooner
    qtbot.waitUntil(lambda: w.roster.model.row_by_id(row.id).status is Status.REJECTED,
                    timeout=15000)
    w.shutdown()


def test_on_a_1920x1080_screen_at_150_percent_the_window_fits_it(app, demo_db, qtbot, monkeypatch):
    """The screen offers 1280×720 (logical) at 150 %: the window takes that, not 1366×768
    (which ran off the screen under Xvfb), and its twelve columns fit without scrolling."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    from eidroster.ui.app import MainWindow

    class Screen:
        def availableGeometry(self):  # noqa: N802 - Qt's name
            return QRect(0, 0, 1280, 720)

    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(QGuiApplication, "primaryScreen", staticmethod(lambda: Screen()))
    w = MainWindow(demo_db, remember_layout=False)
    qtbot.addWidget(w)
    assert (w.width(), w.height()) == (1280, 720)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    table = w.roster.table
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible(), timeout=5000)
    used = sum(table.columnWidth(c) for c in range(w.roster.model.columnCount()))
    assert used <= table.viewport().width(), (used, table.viewport().width())
    w.shutdown()
