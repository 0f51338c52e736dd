"""The roster window, driven as a user drives it (offscreen, real SQLite)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from eidroster.db.models import AuditEvent, Employee
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.statuses import Status
from eidroster.domain.text import fold, format_int
from eidroster.services import employment, roster
from eidroster.services.summary import summary
from eidroster.ui.roster_keys import COL_ID, COL_NAME

from .conftest import on_next_dialog
from .helpers import (
    active_count,
    choose_in_status_cell,
    employee_count,
    history_count,
    latest_status,
    select_rows,
    type_text,
    wait_idle,
)


def visible_names(window) -> list[str]:
    m = window.roster.model
    return [m.data(m.index(r, COL_NAME)) for r in range(m.rowCount())]


def test_window_opens_with_every_active_row_and_leavers_one_choice_away(window, demo_db):
    total = employee_count(demo_db)
    assert total == 300
    active = active_count(demo_db, dt.date.today())
    assert 0 < active < total  # the demo has leavers: by default they are not shown
    assert window.roster.model.rowCount() == active
    assert window.count_label.text() == f"Đang hiện {active} / 300 dòng"
    combo = window.roster.employment_filter
    assert combo.currentText() == "Đang làm việc"
    combo.setCurrentIndex(combo.findText("Cả người đã nghỉ"))
    assert window.roster.model.rowCount() == total
    with demo_db.read() as s:
        ids = set(s.scalars(sa.select(Employee.id)))
    assert {window.roster.model.row_at(r).id for r in range(total)} == ids
    assert window.count_label.text() == "Đang hiện 300 / 300 dòng"
    # the strip shows the same totals as the report service
    agg = summary(demo_db, dt.date.today())
    text = re.sub(r"<[^>]+>", "", window.roster.totals.text()).replace("&nbsp;", " ")
    assert f"Đang làm việc: {format_int(agg.total.total)}" in text
    assert f"Mức 2: {format_int(agg.total.level2)}" in text
    # CCCD masked on screen
    first = window.roster.model.row_at(0)
    shown = window.roster.model.data(window.roster.model.index(0, COL_ID))
    assert shown == first.masked_id and "*" in shown and shown != first.id_number


def test_search_vietnamese_name_typed_with_accents(window, demo_db, qtbot):
    rows = roster.list_roster(demo_db)
    # a real family name + given name from the data, typed with its tone marks
    target = next(r for r in rows if r.dem and r.ho == "Nguyễn")
    query = f"{target.ho} {target.ten}"
    type_text(window.roster.search, query)
    assert window.roster.search.text() == query
    expected = {r.id for r in rows if r.active_on(dt.date.today())
                and all(w in f"{r.search_key} {r.id_number or ''} {fold(r.department)}"
                       for w in fold(query).split())}
    shown = {window.roster.model.row_at(i).id for i in range(window.roster.model.rowCount())}
    assert shown == expected
    assert target.id in shown
    assert 0 < len(shown) < len(rows)
    for name in visible_names(window):
        assert "nguyen" in fold(name)
    # the same without tone marks finds the same people
    window.roster.search.clear()
    type_text(window.roster.search, fold(query))
    assert {window.roster.model.row_at(i).id for i in range(window.roster.model.rowCount())} == expected
    # CCCD digits
    window.roster.search.clear()
    type_text(window.roster.search, target.id_number)
    assert [window.roster.model.row_at(i).id for i in range(window.roster.model.rowCount())] == [target.id]
    # Escape clears the search and shows everyone (at work) again
    qtbot.keyClick(window.roster.search, Qt.Key.Key_Escape)
    assert window.roster.search.text() == ""
    assert window.roster.model.rowCount() == sum(1 for r in rows if r.active_on(dt.date.today()))


def test_sort_by_name_in_vietnamese_order(app, db, qtbot):
    from eidroster.ui.app import MainWindow

    names = [("Đặng", "Văn", "Đức"), ("Lê", "Thị", "Ân"), ("Trần", "", "Bình"),
             ("Phạm", "Minh", "Dũng"), ("Hoàng", "Thị", "Ánh"), ("Nguyễn", "Văn", "Ánh"),
             ("Võ", "Thị", "Ước"), ("Bùi", "", "Uyên")]
    for ho, dem, ten in names:
        roster.add_employee(db, EmployeeInput(ho, dem, ten, "Khoa Nội"))
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)
    header = w.roster.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_NAME) + header.sectionSize(COL_NAME) // 2
    from PySide6.QtCore import QPoint
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert visible_names(w) == [
        "Hoàng Thị Ánh", "Nguyễn Văn Ánh", "Lê Thị Ân", "Trần Bình", "Phạm Minh Dũng",
        "Đặng Văn Đức", "Bùi Uyên", "Võ Thị Ước",
    ]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert visible_names(w)[0] == "Võ Thị Ước"
    w.shutdown()


def test_edit_dialog_rejects_invalid_cccd(window, demo_db, qtbot):
    from eidroster.ui.employee_dialog import EmployeeDialog

    row = next(r for r in window.roster.model.all_rows() if r.id_kind == "cccd" and r.birth_date)
    dlg = EmployeeDialog(demo_db, row, window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ok_enabled()
    assert not dlg.problems.isVisible()
    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, "12345")
    assert not dlg.ok_enabled()
    assert "Số định danh cá nhân" in dlg.problems.text()
    # a 12-digit number whose prefix is no province code (099): possibly a birth
    # registered abroad, saved with a warning (Luật Căn cước 2023)
    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, "099" + row.id_number[3:])
    assert dlg.ok_enabled()
    assert not dlg.problems.isVisible()
    assert dlg.warnings.isVisible() and "nước ngoài" in dlg.warnings.text()
    # an old 9-digit CMND: saved, flagged as expired
    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, "100000009")
    assert dlg.ok_enabled()
    assert "hết giá trị sử dụng từ ngày 01/01/2025" in dlg.warnings.text()
    # century/gender digit that contradicts the birth date and gender
    wrong_gender = {"0": "1", "1": "0", "2": "3", "3": "2"}[row.id_number[3]]
    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, row.id_number[:3] + wrong_gender + row.id_number[4:])
    assert not dlg.ok_enabled()
    assert dlg.problems.text().startswith("• Số định danh cá nhân:")
    # another employee's number: duplicate
    # (an old CMND: no birth year or gender in it to contradict this person's)
    other = next(r for r in window.roster.model.all_rows()
                 if r.id != row.id and r.id_kind == "cmnd")
    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, other.id_number)
    assert not dlg.ok_enabled()
    assert "đã có ở một nhân viên khác" in dlg.problems.text()
    # back to valid; the name too must be there
    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, row.id_number)
    assert dlg.ok_enabled()
    dlg.name.clear()
    assert not dlg.ok_enabled()
    assert "Chưa nhập họ và tên" in dlg.problems.text()
    dlg.close()


def test_edit_saves_undo_and_conflict(window, demo_db, qtbot):
    row = window.roster.model.row_at(0)
    select_rows(window, [0])

    def fill(dlg):
        dlg.title.setText("Trưởng khoa")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(fill)
    window.acts.edit.trigger()
    with demo_db.read() as s:
        assert s.get(Employee, row.id).title == "Trưởng khoa"
    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    with demo_db.read() as s:
        assert s.get(Employee, row.id).title == row.title
    window.acts.redo.trigger()
    wait_idle(qtbot, window)
    with demo_db.read() as s:
        assert s.get(Employee, row.id).title == "Trưởng khoa"
    # Someone else saves this employee; our stale copy must not overwrite theirs.
    stale = window.roster.model.row_by_id(row.id)
    other = EmployeeInput(stale.ho, stale.dem, stale.ten, stale.department, stale.birth_date,
                          stale.gender, stale.id_number, "Điều dưỡng trưởng")
    roster.update_employee(demo_db, row.id, other)
    from eidroster.ui.employee_dialog import EmployeeDialog
    dlg = EmployeeDialog(demo_db, stale, window)
    dlg.title.setText("Bác sĩ")
    assert window.editing.edit_employee(stale, dialog=dlg) is False
    assert window.errors and "vừa được người khác sửa" in window.errors[-1]
    with demo_db.read() as s:
        assert s.get(Employee, row.id).title == "Điều dưỡng trưởng"
    assert window.roster.model.row_by_id(row.id).title == "Điều dưỡng trưởng"  # reloaded


def test_bulk_change_twenty_rows_undo_redo(window, demo_db, qtbot):
    rows = [r for r in window.roster.model.all_rows() if r.status is not Status.LEVEL2][:20]
    assert len(rows) == 20
    ids = [r.id for r in rows]
    before = latest_status(demo_db, ids)
    before_count = history_count(demo_db, ids)
    window.roster.model.set_search_text("")
    positions = [window.roster.model.visible_position(i) for i in ids]
    select_rows(window, positions)
    assert sorted(window.roster.selected_ids()) == sorted(ids)

    def fill(dlg):
        dlg.status.setCurrentIndex(dlg.status.findData(Status.LEVEL2.value))
        dlg.note.setText("Danh sách công an trả về")
        ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()

    seen = on_next_dialog(fill)
    window.acts.status.trigger()
    wait_idle(qtbot, window)
    assert seen, "the status dialog did not open"
    assert set(latest_status(demo_db, ids).values()) == {"level2"}
    assert history_count(demo_db, ids) == before_count + 20
    assert all(window.roster.model.row_by_id(i).status is Status.LEVEL2 for i in ids)
    assert window.undo_stack.count() == 1
    assert "20" in window.acts.undo.text()

    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert latest_status(demo_db, ids) == before
    assert history_count(demo_db, ids) == before_count
    assert all(window.roster.model.row_by_id(i).status is r.status for i, r in zip(ids, rows, strict=True))

    window.acts.redo.trigger()
    wait_idle(qtbot, window)
    assert set(latest_status(demo_db, ids).values()) == {"level2"}
    assert history_count(demo_db, ids) == before_count + 20
    assert all(window.roster.model.row_by_id(i).status is Status.LEVEL2 for i in ids)

    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert latest_status(demo_db, ids) == before


def test_status_in_place_with_keyboard_and_delegate(window, demo_db, qtbot):
    row_no = next(n for n in range(window.roster.model.rowCount())
                  if window.roster.model.row_at(n).status is not Status.LEVEL2)
    rid = window.roster.model.row_at(row_no).id
    select_rows(window, [row_no])
    window.roster.table.setFocus()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: latest_status(demo_db, [rid])[rid] == "level2", timeout=3000)
    wait_idle(qtbot, window)
    assert window.roster.model.row_by_id(rid).status is Status.LEVEL2
    # the delegate: pick "Hồ sơ bị từ chối" in the Tình trạng cell (a step back from
    # mức 2: the user confirms it)
    asked = on_next_dialog(lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole).click())
    choose_in_status_cell(window, rid, Status.REJECTED)
    qtbot.waitUntil(lambda: latest_status(demo_db, [rid])[rid] == "rejected", timeout=3000)
    wait_idle(qtbot, window)
    assert asked and "mức 2" in asked[0].informativeText()
    assert window.undo_stack.count() == 2


def test_mark_leaver_changes_totals(window, demo_db, qtbot):
    today = dt.date.today()
    before = active_count(demo_db, today)
    row_no = next(n for n in range(window.roster.model.rowCount()) if window.roster.model.row_at(n).active_on(today))
    row = window.roster.model.row_at(row_no)
    select_rows(window, [row_no])
    assert f"Đang làm việc: <b>{format_int(before)}</b>" in window.roster.totals.text()
    dept_line_before = window.roster.dept_panel.model.item(0, 1).text()
    assert dept_line_before == format_int(before)

    def fill(dlg):
        dlg.date.setDate(dlg.date.date())  # today
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(fill)
    window.acts.leave.trigger()
    wait_idle(qtbot, window)
    assert active_count(demo_db, today) == before - 1
    assert summary(demo_db, today).total.total == before - 1
    assert f"Đang làm việc: <b>{format_int(before - 1)}</b>" in window.roster.totals.text()
    assert window.roster.dept_panel.model.item(0, 1).text() == format_int(before - 1)
    assert window.roster.model.row_by_id(row.id).leave_date == today
    assert history_count(demo_db, [row.id]) > 0  # history kept
    window.acts.undo.trigger()
    wait_idle(qtbot, window)
    assert active_count(demo_db, today) == before
    assert f"Đang làm việc: <b>{format_int(before)}</b>" in window.roster.totals.text()


def test_quick_filters(window, demo_db):
    rows = [r for r in window.roster.model.all_rows() if r.active_on(dt.date.today())]
    window.roster.without_reason.setChecked(True)
    shown = window.roster.model.visible_rows()
    assert shown and all(r.status is not Status.LEVEL2 and not r.justified for r in shown)
    assert len(shown) == sum(1 for r in rows if r.status is not Status.LEVEL2 and not r.justified)
    window.roster.without_reason.setChecked(False)
    window.roster.bucket_filter.setCurrentIndex(window.roster.bucket_filter.findData("level1"))
    assert {r.status for r in window.roster.model.visible_rows()} == {Status.LEVEL1}
    window.roster.bucket_filter.setCurrentIndex(0)
    dept = window.roster.departments[3]
    window.roster.dept_panel.choose(dept.id)
    shown = window.roster.model.visible_rows()
    assert shown and {r.department_id for r in shown} == {dept.id}
    assert len(shown) == sum(1 for r in rows if r.department_id == dept.id)
    window.roster.dept_panel.choose(None)
    assert window.roster.model.rowCount() == len(rows)


def test_reveal_cccd_is_audited(window, demo_db, qtbot):
    select_rows(window, [0, 1])
    ids = window.roster.selected_ids()
    window.acts.reveal.trigger()
    for n in (0, 1):
        r = window.roster.model.row_at(n)
        assert window.roster.model.data(window.roster.model.index(n, COL_ID)) == r.id_number
    assert window.roster.model.data(window.roster.model.index(2, COL_ID)) == window.roster.model.row_at(2).masked_id
    with demo_db.read() as s:
        events = s.execute(sa.select(AuditEvent.entity_id).where(AuditEvent.action == "id_revealed")).all()
    assert sorted(e[0] for e in events) == sorted(ids)


def test_add_and_delete_with_confirmation(window, demo_db, qtbot, monkeypatch):
    def fill(dlg):
        type_text(dlg.name, "Lương Thị Ngọc Ánh")
        dlg.department.setCurrentText("Khoa Sản")
        dlg.birth.setText("03/04/1990")
        dlg.gender.setCurrentIndex(dlg.gender.findData("F"))
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(fill)
    window.acts.add.trigger()
    assert employee_count(demo_db) == 301
    new = [r for r in window.roster.model.all_rows() if r.full_name == "Lương Thị Ngọc Ánh"]
    assert len(new) == 1 and window.roster.model.rowCount() == active_count(demo_db, dt.date.today())
    assert window.roster.selected_ids() == [new[0].id]

    def refuse(box):
        [b for b in box.buttons() if b.text() == "Không xóa"][0].click()

    on_next_dialog(refuse)
    window.acts.delete.trigger()
    assert employee_count(demo_db) == 301

    def confirm(box):
        [b for b in box.buttons() if b.text() == "Xóa hẳn"][0].click()

    on_next_dialog(confirm)
    window.acts.delete.trigger()
    assert employee_count(demo_db) == 300
    assert window.roster.model.row_by_id(new[0].id) is None


def test_history_panel_lists_changes(window, demo_db):
    select_rows(window, [0])
    rid = window.roster.model.row_at(0).id
    entries = roster.history(demo_db, rid)
    events = employment.employment_history(demo_db, rid)  # joined, moved, left
    assert events
    assert window.roster.history.model.rowCount() == len(entries) + len(events) > 0
    assert window.roster.model.row_at(0).full_name in window.roster.history.title.text()
    roster.set_status(demo_db, [rid], StatusInput(Status.LEVEL2, dt.date.today()))
    window.data.refresh_rows([rid])
    assert window.roster.history.model.rowCount() == len(entries) + len(events) + 1
    assert window.roster.history.model.item(0, 1).text() == "Đã kích hoạt mức 2"


def test_dashboard_numbers(window, demo_db):
    from eidroster.services.settings import set_setting

    target = dt.date.today() + dt.timedelta(days=10)
    set_setting(demo_db, "target_date", target.isoformat())
    window.tabs.setCurrentIndex(1)
    window.dashboard.refresh(block=True)
    agg = summary(demo_db, dt.date.today())
    tiles = window.dashboard.tiles
    assert tiles["total"].value.text() == format_int(agg.total.total)
    assert tiles["without_reason"].value.text() == format_int(agg.total.without_reason)
    per_day = agg.total.not_level2 / 10
    assert tiles["needed"].value.text() == f"{per_day:.1f}".replace(".", ",")
    series = window.dashboard.dept_chart.series()[0]
    assert series.barSets()[0].count() == sum(1 for d in agg.departments if d.counts.total)
    # the trend ends today at the headline rate
    from eidroster.ui.dashboard import TREND_DAYS

    trend = window.dashboard.trend_chart.series()[0]
    assert trend.count() == TREND_DAYS + 1
    assert abs(trend.at(trend.count() - 1).y() - 100 * agg.total.level2 / agg.total.total) < 1e-9
    from eidroster.domain.aggregate import format_rate

    assert tiles["rate"].value.text() == format_rate(agg.total.level2, agg.total.total)


def test_reason_in_use_can_only_be_retired(app, demo_db, qtbot):
    from eidroster.ui.reasons_dialog import ReasonsDialog

    dlg = ReasonsDialog(demo_db)
    qtbot.addWidget(dlg)
    used = next(r for r in dlg.reasons if r.in_use)
    row = [r.id for r in dlg.reasons].index(used.id)
    dlg.view.setCurrentIndex(dlg.model.index(row, 0))
    assert not dlg.delete_button.isEnabled()
    assert dlg.model.item(row, 2).text() == format_int(used.people_now)  # có lý do này hôm nay
    assert dlg.model.item(row, 3).text() == format_int(used.in_use)  # dòng lịch sử ghi lý do này


@pytest.mark.parametrize("lang", ["en"])
def test_english_menus(app, demo_db, qtbot, lang):
    from eidroster.ui.app import MainWindow
    from eidroster.ui.i18n import install_translator

    vi = MainWindow(demo_db, load=False)
    qtbot.addWidget(vi)
    vi_titles = [a.text() for a in vi.menuBar().actions()]
    assert vi_titles[0] == "&Tệp"
    assert install_translator(app, lang) == "en"
    en = MainWindow(demo_db, load=False)
    qtbot.addWidget(en)
    en_titles = [a.text() for a in en.menuBar().actions()]
    assert en_titles == ["&File", "&Edit", "&Reports", "&View", "T&ools", "&Help"]
    assert en.roster.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Full name"
    install_translator(app, "vi")


def test_bulk_change_refused_when_someone_else_changed_a_row(window, demo_db, qtbot):
    rows = [r for r in window.roster.model.all_rows() if r.status is not Status.LEVEL2][:5]
    ids = [r.id for r in rows]
    # another user records a change for one of them after this window loaded
    roster.set_status(demo_db, [ids[2]], StatusInput(Status.SUBMITTED, dt.date.today()))
    before = latest_status(demo_db, ids)
    count = history_count(demo_db, ids)
    window.editing.apply_status(ids, StatusInput(Status.LEVEL2, dt.date.today()))
    wait_idle(qtbot, window)
    assert "vừa được người khác sửa" in window.errors[-1]
    assert latest_status(demo_db, ids) == before  # nothing written, for anyone
    assert history_count(demo_db, ids) == count
    assert window.undo_stack.count() == 0
    # the window now shows the other user's change and a retry goes through
    wait_idle(qtbot, window)  # the rows are read back on the worker
    assert window.roster.model.row_by_id(ids[2]).status is Status.SUBMITTED
    window.editing.apply_status(ids, StatusInput(Status.LEVEL2, dt.date.today()))
    wait_idle(qtbot, window)
    assert window.undo_stack.count() == 1
    assert set(latest_status(demo_db, ids).values()) == {"level2"}


def test_an_added_employee_can_be_undone_and_the_status_bar_says_what(window, demo_db, qtbot):
    def fill(dlg):
        type_text(dlg.name, "Đinh Thị Mỹ Dung")
        dlg.department.setCurrentText("Khoa Sản")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert employee_count(demo_db) == 301
    assert window.acts.undo.text() == "&Hoàn tác Thêm Đinh Thị Mỹ Dung"
    window.activateWindow()  # the closed dialog leaves no active window offscreen
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert employee_count(demo_db) == 300
    assert not [r for r in window.roster.model.all_rows() if r.full_name == "Đinh Thị Mỹ Dung"]
    assert window.statusBar().currentMessage() == "Đã hoàn tác: Thêm Đinh Thị Mỹ Dung"
    # Ctrl+Y redoes (as in Excel), whatever the platform's own Redo key is
    qtbot.keyClick(window.roster.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert employee_count(demo_db) == 301
    assert [r for r in window.roster.model.all_rows() if r.full_name == "Đinh Thị Mỹ Dung"]
    assert window.statusBar().currentMessage() == "Đã làm lại: Thêm Đinh Thị Mỹ Dung"


def test_bulk_change_runs_on_the_worker_and_keeps_the_window_live(window, demo_db, qtbot):
    """The write and its read-back run off the GUI thread: the event loop keeps ticking
    and the progress label names the work while it runs."""
    import time

    from PySide6.QtCore import QTimer

    ids = [r.id for r in window.roster.model.all_rows()][:200]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    window.editing.apply_status(ids, StatusInput(Status.LEVEL1, dt.date.today()))
    # returned at once: the work is queued on the worker, nothing is shown or pushed yet
    assert window.runner.busy() and window.undo_stack.count() == 0
    assert window.runner.progress_label.text() == "Đang cập nhật tình trạng: Đã kích hoạt mức 1 cho 200 người"
    wait_idle(qtbot, window)
    timer.stop()
    assert set(latest_status(demo_db, ids).values()) == {"level1"}
    assert all(window.roster.model.row_by_id(i).status is Status.LEVEL1 for i in ids)
    assert window.statusBar().currentMessage() == "Đã cập nhật tình trạng: Đã kích hoạt mức 1 cho 200 người"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert gaps and max(gaps) < 0.5  # the event loop ran (benchmarks/bench_bulk.py measures)
    assert window.undo_stack.count() == 1


def test_keyboard_tab_leaves_the_department_list_and_alt_1_reaches_the_roster(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    depts = window.roster.dept_panel.view
    depts.setFocus()
    chosen = window.roster.model.current_filter().department_id
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # three Tabs moved the focus through other controls, never changed the department
    assert window.roster.model.current_filter().department_id == chosen
    assert QApplication.focusWidget() is not depts
    # Escape on an empty search goes to the table; Alt+1 from anywhere too
    window.roster.search.setFocus()
    qtbot.keyClick(window.roster.search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.roster.table
    window.roster.search.setFocus()
    qtbot.keyClick(window.roster.search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.roster.table
    assert window.roster.table.currentIndex().isValid()


def test_toolbar_tooltips_name_their_keys(window):
    tips = {a.iconText(): a.toolTip() for a in window.acts.toolbar.actions() if not a.isSeparator()}
    assert tips["Cập nhật tình trạng"].endswith("(Ctrl+T)")
    assert tips["Thêm"] == "Thêm nhân viên (Ctrl+N)"
    assert tips["Làm lại"].endswith("(Ctrl+Shift+Z)") or tips["Làm lại"].endswith("(Ctrl+Y)")


def test_selected_count_and_actions_follow_what_is_shown(window, qtbot):
    select_rows(window, [0, 1, 2])
    assert window.count_label.text().endswith(" · 3 đã chọn")
    assert window.acts.status.isEnabled() and not window.acts.edit.isEnabled()
    select_rows(window, [4])
    assert window.acts.edit.isEnabled()
    # a search that hides the selected rows: nothing is selected, nothing can be acted on
    type_text(window.roster.search, "zzzz khong ai")
    assert window.roster.model.rowCount() == 0
    assert not window.acts.status.isEnabled() and not window.acts.edit.isEnabled()
    assert not window.acts.leave.isEnabled() and not window.acts.delete.isEnabled()
    assert "đã chọn" not in window.count_label.text()


def test_dashboard_charts_have_text_summaries(window, demo_db, qtbot):
    qtbot.keyClick(window.roster.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    window.dashboard.refresh(block=True)
    d = window.dashboard
    agg = summary(demo_db, dt.date.today())
    rows = [r for r in agg.departments if r.counts.total > 0]
    assert d.dept_summary.text().startswith("Thấp nhất: ")
    assert f"({len(rows)} khoa/phòng)" in d.dept_summary.text()
    described = d.dept_view.accessibleDescription()
    assert all(r.name in described for r in rows)
    assert d.trend_summary.text().startswith("Từ ") and "ngày" in d.trend_summary.text()
    assert d.tiles["total"].accessibleName() == f"Tổng số nhân viên: {format_int(agg.total.total)}"


def test_a_large_change_is_shown_in_slices_and_counts_end_right(window, demo_db, qtbot,
                                                                monkeypatch):
    """Many rows are shown a slice per event-loop turn (the window stays live); when
    the work ends every row, the totals and the department list are right."""
    from eidroster.ui import roster_data

    monkeypatch.setattr(roster_data, "SLICE", 40)
    count = window.roster.model.rowCount()
    select_rows(window, list(range(count)))
    window.roster.table.setFocus()
    # a change for more than 20 people is confirmed first (answered "Cập nhật cho …")
    asked = on_next_dialog(lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole).click(),
        timeout_ms=15000)
    qtbot.keyClick(window.roster.table, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    qtbot.waitUntil(lambda: window.runner.busy(), timeout=3000)
    wait_idle(qtbot, window)
    assert f"{format_int(count)} người" in asked[0].text()
    ids = [window.roster.model.row_at(n).id for n in range(count)]
    assert set(latest_status(demo_db, ids).values()) == {"level1"}
    assert all(window.roster.model.row_by_id(i).status is Status.LEVEL1 for i in ids)
    agg = summary(demo_db, dt.date.today())
    assert agg.total.level1 == agg.total.total == count
    assert f"Mức 1: <b>{format_int(count)}</b>" in window.roster.totals.text()
    assert window.undo_stack.count() == 1


def test_an_old_cmnd_is_flagged_in_the_table(window):
    """Luật Căn cước 2023: a 9-digit CMND is kept but shown as one to replace (its own
    colour and a tooltip saying why), a 12-digit number is not."""
    from PySide6.QtCore import Qt

    from eidroster.ui.roster_keys import COL_ID

    model = window.roster.model
    rows = {model.row_at(i).id_kind: i for i in range(model.rowCount())}
    assert {"cmnd", "cccd"} <= set(rows)
    old = model.index(rows["cmnd"], COL_ID)
    assert "hết giá trị từ 01/01/2025" in model.data(old, Qt.ItemDataRole.ToolTipRole)
    assert model.data(old, Qt.ItemDataRole.ForegroundRole) is not None
    new = model.index(rows["cccd"], COL_ID)
    assert "01/01/2025" not in (model.data(new, Qt.ItemDataRole.ToolTipRole) or "")
