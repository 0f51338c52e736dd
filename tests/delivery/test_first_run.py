"""The first-run wizard, driven as a user would: type the unit's details, choose how to
begin, finish; then read the database back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget, QWizard

from eidroster.services.database import count_rows
from eidroster.services.settings import get_settings, saved_setting_keys
from eidroster.services.summary import summary
from eidroster.ui.first_run import (
    DEMO_STAFF,
    FirstRunWizard,
    import_wizard_class,
    needs_first_run,
)


def type_text(widget: QWidget, text: str) -> None:
    """Vietnamese text as key events carrying the text (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def clear(widget: QLineEdit | QPlainTextEdit) -> None:
    widget.selectAll()
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete,
                                             Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def wizard(qtbot, db):
    w = FirstRunWizard(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def next_button(w: QWizard):
    return w.button(QWizard.WizardButton.NextButton)


def fill_unit(w: FirstRunWizard) -> None:
    page = w.unit_page
    # a new database: every field empty, a greyed example in each (never a real unit's)
    for key, editor in page.editors.items():
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        assert text == "" and editor.placeholderText(), key
    clear(page.editors["unit_name"])
    assert not next_button(w).isEnabled()  # no unit name, no way on
    type_text(page.editors["unit_name"], "TRUNG TÂM Y TẾ KHU VỰC MẪU")
    clear(page.editors["signer_name"])
    type_text(page.editors["signer_name"], "Người Ký Thử")
    clear(page.editors["place_name"])
    type_text(page.editors["place_name"], "Phường Mẫu")
    page.has_target.setChecked(True)
    from PySide6.QtCore import QDate

    page.target.setDate(QDate(2027, 3, 31))
    assert next_button(w).isEnabled()


def test_new_database_needs_the_wizard_until_the_unit_is_saved(qtbot, wizard, db):
    assert needs_first_run(db)
    fill_unit(wizard)
    next_button(wizard).click()
    assert wizard.currentPage() is wizard.start_page
    wizard.start_page.empty_button.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted

    values = get_settings(db)
    assert values["unit_name"] == "TRUNG TÂM Y TẾ KHU VỰC MẪU"
    assert values["signer_name"] == "Người Ký Thử"
    assert values["place_name"] == "Phường Mẫu"
    assert values["target_date"] == "2027-03-31"
    # Nothing real-looking is saved for the user: what was left empty stays empty (the
    # reports are refused until it is typed).
    assert values["parent_agency"] == ""
    assert {"unit_name", "signer_title", "recipients", "parent_agency"} <= saved_setting_keys(db)
    assert count_rows(db, "employees") == 0
    assert not needs_first_run(db)


def test_the_settings_survive_reopening_the_file(qtbot, wizard, db, db_path):
    fill_unit(wizard)
    next_button(wizard).click()
    wizard.start_page.empty_button.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    db.close()
    from eidroster.services.database import open_database

    again = open_database(db_path)
    try:
        assert get_settings(again)["unit_name"] == "TRUNG TÂM Y TẾ KHU VỰC MẪU"
        assert not needs_first_run(again)
    finally:
        again.close()


def test_demo_choice_fills_the_database_with_generated_people(qtbot, wizard, db):
    fill_unit(wizard)
    next_button(wizard).click()
    wizard.start_page.demo_button.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert count_rows(db, "employees") == DEMO_STAFF
    total = summary(db).total
    assert total.level2 > 0 and total.level2 < total.total  # a campaign under way, not empty
    assert get_settings(db)["unit_name"] == "TRUNG TÂM Y TẾ KHU VỰC MẪU"
    assert not needs_first_run(db)


def test_an_overlong_value_is_refused_with_a_message_and_nothing_saved(qtbot, wizard, db):
    fill_unit(wizard)
    wizard.unit_page.editors["reference_letter"].setText("x" * 2100)
    next_button(wizard).click()
    assert wizard.currentPage() is wizard.unit_page
    assert "quá dài" in wizard.unit_page.problem.text()
    assert "unit_name" not in saved_setting_keys(db)


def test_later_saves_nothing_and_asks_again_next_time(qtbot, wizard, db):
    fill_unit(wizard)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert saved_setting_keys(db) == set()
    assert needs_first_run(db)


def test_a_database_with_people_does_not_ask(demo_db):
    assert not needs_first_run(demo_db)


def test_import_choice_opens_the_import_wizard_over_the_window(qtbot, db):
    owner = QWidget()
    qtbot.addWidget(owner)
    wizard = FirstRunWizard(db, owner)
    wizard.show()
    cls = import_wizard_class()
    assert wizard.start_page.import_button.isEnabled() == (cls is not None)
    if cls is None:
        # Without the import part the choice cannot be made; "empty" is preselected.
        assert wizard.start_page.empty_button.isChecked()
        return
    fill_unit(wizard)
    next_button(wizard).click()
    assert wizard.start_page.import_button.isChecked()  # the usual first step is preselected
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.import_wizard is not None and wizard.import_wizard.isVisible())
    assert isinstance(wizard.import_wizard, cls)
    assert wizard.import_wizard.parentWidget() is owner
    wizard.import_wizard.reject()
    assert get_settings(db)["unit_name"] == "TRUNG TÂM Y TẾ KHU VỰC MẪU"


def test_import_choice_uses_the_main_windows_import_when_there_is_one(qtbot, db, monkeypatch):
    import eidroster.ui.first_run as first_run

    class Owner(QWidget):
        calls = 0

        def import_file(self) -> None:  # what MainWindow.import_file does, observed
            Owner.calls += 1

    monkeypatch.setattr(first_run, "import_wizard_class", lambda: QWizard)
    owner = Owner()
    qtbot.addWidget(owner)
    wizard = FirstRunWizard(db, owner)
    wizard.show()
    fill_unit(wizard)
    next_button(wizard).click()
    assert wizard.start_page.import_button.isChecked()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: Owner.calls == 1)
    assert wizard.import_wizard is None
    assert get_settings(db)["unit_name"] == "TRUNG TÂM Y TẾ KHU VỰC MẪU"
