"""The personal-data law in the window, driven as a user would: the settings form (empty
fields with greyed examples, the place explained, the retention rule and the notice's
inputs), "Dữ liệu của người này…" from the selected row, the processing notice."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from eidroster.db.models import AuditEvent, Employee
from eidroster.services import person_data
from eidroster.services.report_inputs import set_example_unit_details
from eidroster.services.settings import get_settings, saved_setting_keys
from eidroster.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import on_next_dialog
from tests.ui.helpers import select_rows, type_text


def _audit(db, action: str) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)))


def _select_all(widget) -> None:
    widget.setFocus()
    widget.selectAll()


def _privacy_tab(qtbot, db) -> SettingsDialog:
    """The settings of a unit with its details set, open on the personal-data tab."""
    set_example_unit_details(db)
    dlg = SettingsDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.tabs.setCurrentIndex(1)
    return dlg


def test_a_new_database_shows_examples_never_values(app, qtbot, db):
    dlg = SettingsDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    for key in ("parent_agency", "unit_name", "place_name", "signer_name"):
        editor = dlg.findChild(QLineEdit, key)
        assert editor.text() == "" and editor.placeholderText()
    titles = dlg.findChild(QPlainTextEdit, "signer_title")
    assert titles.toPlainText() == "" and "GIÁM ĐỐC" in titles.placeholderText()
    # Cancel: nothing saved, not even the empty fields
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.saved and "unit_name" not in saved_setting_keys(db)


def test_the_place_field_speaks_of_the_two_level_map(app, qtbot, db):
    dlg = SettingsDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    place = dlg.findChild(QLineEdit, "place_name")
    preview = dlg.findChild(QLabel, "place_preview")
    type_text(place, "Huyện Mẫu")
    assert "không còn cấp huyện" in preview.text()
    _select_all(place)
    type_text(place, "Phường Mẫu")
    today = dt.date.today()
    assert "Phường Mẫu, ngày" in preview.text() and f"năm {today.year}" in preview.text()


def test_the_personal_data_tab_saves_the_rule_and_the_notice_inputs(app, qtbot, db):
    dlg = _privacy_tab(qtbot, db)
    months = dlg.findChild(QSpinBox, "retention_months")
    assert months.value() == 24 and months.isEnabled()  # on by default
    _select_all(months.lineEdit())
    qtbot.keyClicks(months.lineEdit(), "36")
    type_text(dlg.findChild(QLineEdit, "data_contact"), "Phòng Mẫu, tầng 9")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.saved
    values = get_settings(db)
    assert values["retention_months"] == "36" and values["retention_days"] == "0"
    assert values["data_contact"] == "Phòng Mẫu, tầng 9"
    assert values["unit_name"] == "Bệnh viện Mẫu (dữ liệu mẫu)"  # the other tab untouched
    # turning the rule off is one click, and says so in the settings
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    again.show()
    again.tabs.setCurrentIndex(1)
    on = again.findChild(QCheckBox, "retention_on")
    on.setFocus()
    qtbot.keyClick(on, Qt.Key.Key_Space)
    assert not on.isChecked() and not again.findChild(QSpinBox, "retention_months").isEnabled()
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(db)["retention_months"] == "0"


def test_person_data_from_the_selected_row_is_shown_saved_and_audited(window, qtbot, tmp_path,
                                                                      monkeypatch):
    db = window.db
    select_rows(window, [0])
    [employee_id] = window.roster.selected_ids()
    with db.read() as s:
        before = s.execute(sa.select(Employee.__table__)).all()
    out = tmp_path / "nguoi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "Tệp PDF (*.pdf)")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    seen: list = []

    def read_and_save(dlg) -> None:
        seen.append(dlg.view.toPlainText())
        qtbot.mouseClick(dlg.findChild(QPushButton, "save_button"), Qt.MouseButton.LeftButton)
        dlg.reject()

    on_next_dialog(read_and_save)
    assert window.acts.person_data.isEnabled()
    window.acts.person_data.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    row = window.roster.model.all_rows()
    name = next(r for r in row if r.id == employee_id).ten
    assert "DỮ LIỆU CÁ NHÂN ĐƠN VỊ ĐANG LƯU GIỮ VỀ MỘT NGƯỜI" in seen[0] and name in seen[0]
    assert (tmp_path / "nguoi.pdf").is_file()  # the extension of the chosen filter
    assert [e.entity_id for e in _audit(db, person_data.ACTION_VIEWED)] == [employee_id]
    exported = _audit(db, person_data.ACTION_EXPORTED)
    assert [e.entity_id for e in exported] == [employee_id] and name not in exported[0].detail
    with db.read() as s:
        assert s.execute(sa.select(Employee.__table__)).all() == before
    # two rows selected: the action is off (one person's page at a time)
    select_rows(window, [0, 1])
    assert not window.acts.person_data.isEnabled()


def test_the_notice_from_the_reports_menu_is_refused_until_the_unit_is_set(window, qtbot,
                                                                           tmp_path, monkeypatch):
    db = window.db
    out = tmp_path / "thong-bao.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "Tài liệu Word (*.docx)")))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: warnings.append(a[2])))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))

    def save(dlg) -> None:
        qtbot.mouseClick(dlg.findChild(QPushButton, "save_button"), Qt.MouseButton.LeftButton)
        dlg.reject()

    on_next_dialog(save)
    window.acts.notice.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "Còn thiếu: Tên đơn vị" in warnings[0] and not out.exists()
    set_example_unit_details(db)
    done = on_next_dialog(save)
    window.acts.notice.trigger()
    qtbot.waitUntil(lambda: bool(done) and out.exists(), timeout=10000)
    assert len(_audit(db, person_data.ACTION_NOTICE)) == 1


def test_the_notice_button_shows_what_the_form_says_before_it_is_saved(app, qtbot, db):
    dlg = _privacy_tab(qtbot, db)
    type_text(dlg.findChild(QLineEdit, "data_contact"), "Phòng Mẫu, tầng 7")
    months = dlg.findChild(QSpinBox, "retention_months")
    _select_all(months.lineEdit())
    qtbot.keyClicks(months.lineEdit(), "18")
    shown: list[str] = []

    def read(notice) -> None:
        shown.append(notice.view.toPlainText())
        notice.reject()

    on_next_dialog(read)
    qtbot.mouseClick(dlg.findChild(QPushButton, "notice_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    text = " ".join(shown[0].split())
    assert "Phòng Mẫu, tầng 7" in text and "18 tháng kể từ ngày nghỉ việc" in text
    # shown, not saved: the settings change only with Lưu
    assert get_settings(db)["data_contact"] == "" and get_settings(db)["retention_months"] == "24"
