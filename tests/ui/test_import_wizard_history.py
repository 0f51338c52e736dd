"""The import wizard and history (issue 13): the list's date shown and changeable, steps
back skipped unless allowed, old → new for every change, errors / repairs / skipped /
warnings apart, new departments mapped (and remembered), conflicts never counted as
saved, new reasons linked to the people just imported — driven as a user."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.statuses import Status
from eidroster.services import departments, roster
from eidroster.ui.import_rows import ERRORS, REPAIRS, SKIPPED, WARNINGS
from eidroster.ui.import_wizard import ImportWizard
from tests.importer.corpus import dmy, people, write_xlsx

TODAY = dt.date.today()
HEADER = ["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng", "Lý do"]
CTRL = Qt.KeyboardModifier.ControlModifier


def seed(db, ps, status=Status.LEVEL2, dept="Khoa Nội", day=None):
    """The people already in the roster (joined long ago), each at ``status``."""
    day = day or TODAY - dt.timedelta(days=40)
    ids = []
    for p in ps:
        ids.append(roster.add_employee(db, EmployeeInput(
            p.ho, p.dem, p.ten, dept, birth_date=p.birth, gender=p.gender, id_number=p.cccd,
            start_date=dt.date(2020, 1, 1)), StatusInput(status, day)))
    return ids


def row(p, dept="Khoa Nội", status="Mức 2", reason=None, cccd=None):
    return [1, p.full_name, dmy(p.birth), cccd or p.cccd, dept, status, reason]


def open_wizard(qtbot, db, path) -> ImportWizard:
    wizard = ImportWizard(db, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.show_preview()
    return wizard


def click_next(wizard):
    wizard.button(QWizard.WizardButton.NextButton).click()


def click_commit(wizard):
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.wait_for_import()


def test_list_date_from_the_title_then_typed(qtbot, tmp_path, db):
    ps = people(2, seed=81)
    seed(db, ps[:1], Status.SUBMITTED)
    titled = TODAY - dt.timedelta(days=10)
    path = write_xlsx(tmp_path / "ds.xlsx", [
        ["DANH SÁCH CÁN BỘ ĐỊNH DANH ĐIỆN TỬ"], [f"(Tính đến ngày {dmy(titled)})"], HEADER,
        row(ps[0]), row(ps[1])])
    wizard = open_wizard(qtbot, db, path)
    page = wizard.preview_page
    assert page.date.date() == titled
    assert "tiêu đề" in page.date_source.text()
    # the user types another date, key by key, and leaves the field
    typed = TODAY - dt.timedelta(days=3)
    wizard.activateWindow()
    page.date.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.date.line, timeout=3000)
    qtbot.keyClick(page.date.line, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.date.line, typed.strftime("%d.%m.%y"))
    qtbot.keyClick(page.date.line, Qt.Key.Key_Tab)
    assert wizard.wait_for_preview()
    assert wizard.plan.effective_date == typed and wizard.plan.as_of_source == "option"
    assert page.date_source.text() == "ngày bạn đã chọn"
    click_next(wizard)
    assert typed.strftime("%d/%m/%Y") in wizard.confirm_page.summary.text()
    click_commit(wizard)
    hist = roster.history(db, roster.list_roster(db)[0].id)
    assert {h.effective_date for h in hist} >= {typed}


def test_step_back_skipped_unless_allowed_and_old_to_new_shown(qtbot, tmp_path, db):
    ps = people(3, seed=82)
    ids = seed(db, ps)
    path = write_xlsx(tmp_path / "ds.xlsx", [
        HEADER, row(ps[0], status="Chưa đăng ký", reason="Đi công tác xa"),  # a step back
        row(ps[1], dept="Khoa Ngoại"),  # moved
        row(ps[2], cccd=ps[2].cccd + "9")])  # an error: 13 digits
    wizard = open_wizard(qtbot, db, path)
    model = wizard.model
    page = wizard.preview_page
    actions = {model.data(model.index(r, 0)): model.data(model.index(r, 1))
               for r in range(model.rowCount())}
    assert actions == {"2": "Bỏ qua (lùi bước)", "3": "Cập nhật", "4": "Bị từ chối"}
    moved = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "3")
    assert model.data(model.index(moved, 2)) == "Khoa/phòng: Khoa Nội → Khoa Ngoại"
    assert "bỏ qua (lùi bước) 1" in page.counts.text()
    # show the skipped rows alone, from the keyboard
    combo = page.show_only
    combo.setCurrentIndex(combo.findData(SKIPPED))
    assert model.rowCount() == 1 and "lùi bước" in model.data(model.index(0, model.columnCount() - 1))
    combo.setCurrentIndex(combo.findData(ERRORS))
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "4"
    # the user allows the step back: the row becomes an update, old -> new shown
    page.downgrade.click()
    assert wizard.wait_for_preview()
    combo.setCurrentIndex(0)
    back = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "2")
    assert model.data(model.index(back, 1)) == "Cập nhật"
    assert "Tình trạng: Đã kích hoạt mức 2 → Chưa đăng ký" in model.data(model.index(back, 2))
    click_next(wizard)
    # the confirmation names the step back it will write
    assert ("1 người sẽ bị ghi lùi bước, trong đó 1 người đang ở mức 2"
            in wizard.currentPage().summary.text())
    click_commit(wizard)
    assert roster.get_row(db, ids[0]).status is Status.NOT_REGISTERED
    assert roster.get_row(db, ids[1]).department == "Khoa Ngoại"
    assert wizard.result.updated == 2


def test_repairs_and_warnings_are_apart_from_errors(qtbot, tmp_path, db):
    ps = people(3, seed=83)
    lost_zero = ps[0].cccd.lstrip("0")
    assert len(lost_zero) < 12  # Excel dropped the leading zero: repaired
    path = write_xlsx(tmp_path / "ds.xlsx", [
        HEADER, row(ps[0], cccd=lost_zero), row(ps[1], dept=""),  # no department: a warning
        row(ps[2], cccd="12")])
    wizard = open_wizard(qtbot, db, path)
    rows = {r.row: r for r in wizard.plan.rows}
    from eidroster.ui.import_rows import in_category

    assert in_category(rows[2], REPAIRS) and not in_category(rows[2], ERRORS)
    assert in_category(rows[3], WARNINGS) and not in_category(rows[3], REPAIRS)
    assert in_category(rows[4], ERRORS)
    text = wizard.preview_page.counts.text()
    assert "tự sửa 1" in text and "có lưu ý 1" in text and "bị từ chối 1" in text
    model = wizard.model
    first = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "2")
    assert model.data(model.index(first, model.columnCount() - 1)).startswith("Đã tự sửa: ")


def test_new_department_mapped_to_an_existing_one_and_remembered(qtbot, tmp_path, db):
    ps = people(3, seed=84)
    seed(db, ps[:1], dept="Khoa Nội tổng hợp")
    path = write_xlsx(tmp_path / "ds.xlsx", [
        HEADER, row(ps[1], dept="Noi TH"), row(ps[2], dept="Noi TH")])
    wizard = open_wizard(qtbot, db, path)
    page = wizard.preview_page
    assert page.new_departments.isVisible()
    combos = page.map_combos()
    assert list(combos) == ["Noi TH"]
    combo = combos["Noi TH"]
    assert combo.currentText() == "(thêm khoa/phòng mới)"
    combo.setCurrentIndex(combo.findText("Khoa Nội tổng hợp"))
    combo.activated.emit(combo.currentIndex())  # what choosing it in the list sends
    assert wizard.wait_for_preview()
    assert wizard.plan.new_departments == {}
    assert page.map_combos()["Noi TH"].currentText() == "Khoa Nội tổng hợp"  # still shown
    click_next(wizard)
    assert "Khoa/phòng mới" not in wizard.confirm_page.summary.text()
    click_commit(wizard)
    assert {r.department for r in roster.list_roster(db)} == {"Khoa Nội tổng hợp"}
    with db.read() as s:  # the next file with this spelling is recognised by itself
        found = departments.find_department_in(s, "Noi TH")
    assert found is not None and found.name == "Khoa Nội tổng hợp"


def test_someone_else_changed_a_person_after_the_preview(qtbot, tmp_path, db):
    ps = people(2, seed=85)
    ids = seed(db, ps, Status.SUBMITTED)
    path = write_xlsx(tmp_path / "ds.xlsx", [HEADER, row(ps[0]), row(ps[1])])
    wizard = open_wizard(qtbot, db, path)
    assert wizard.plan.count("update") == 2
    # meanwhile another user records a change for the first person
    roster.set_status(db, [ids[0]], StatusInput(Status.LEVEL1, TODAY))
    click_next(wizard)
    click_commit(wizard)
    result = wizard.result
    assert result.updated == 1 and len(result.conflicts) == 1
    page = wizard.result_page
    assert page.conflicts.isVisible() and "người khác vừa sửa" in page.conflicts.text()
    assert "cập nhật 1," in page.summary.text()
    assert roster.get_row(db, ids[0]).status is Status.LEVEL1  # theirs kept
    assert roster.get_row(db, ids[1]).status is Status.LEVEL2


@pytest.mark.parametrize("justified", [True, False])
def test_new_reasons_link_the_people_just_imported(qtbot, tmp_path, db, justified):
    from eidroster.services.summary import summary

    ps = people(3, seed=86)
    path = write_xlsx(tmp_path / "ds.xlsx", [HEADER] + [
        row(p, status="Chưa đăng ký", reason="Đang đi học nước ngoài") for p in ps])
    wizard = open_wizard(qtbot, db, path)
    click_next(wizard)
    click_commit(wizard)
    page = wizard.result_page
    assert page.add_reasons.isVisible()
    if justified:
        page.justified.click()
    page.add_reasons.click()
    rows = roster.list_roster(db)
    reason = next(r for r in roster.list_reasons(db) if r.label == "Đang đi học nước ngoài")
    assert {r.reason_id for r in rows} == {reason.id}  # linked, not left in words
    assert summary(db, TODAY).total.with_reason == (3 if justified else 0)
