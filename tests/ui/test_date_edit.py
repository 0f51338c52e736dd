"""The date field, typed key by key as a user does."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from eidroster.ui.date_edit import DateEdit


@pytest.fixture
def field(app, qtbot):
    form = QWidget()
    box = QVBoxLayout(form)
    w = DateEdit(dt.date(2026, 2, 28), name="day")
    box.addWidget(w)
    box.addWidget(QLineEdit())  # somewhere for Tab to go
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    yield w  # the generator keeps the form alive


def retype(qtbot, field: DateEdit, text: str) -> None:
    """Select all, then type key by key (what a user does over a date shown)."""
    field.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, text)


@pytest.mark.parametrize("typed, expected", [
    ("31/10/2026", dt.date(2026, 10, 31)),
    ("20/10/2026", dt.date(2026, 10, 20)),
    ("1/12/2025", dt.date(2025, 12, 1)),
    ("5.3.26", dt.date(2026, 3, 5)),
    ("05-03-2026", dt.date(2026, 3, 5)),
    ("05032026", dt.date(2026, 3, 5)),
])
def test_typed_dates_are_read_as_typed(field, qtbot, typed, expected):
    retype(qtbot, field, typed)
    assert field.is_valid() and field.date() == expected
    assert "05/03/2026" in field.hint.text() or expected.strftime("%d/%m/%Y") in field.hint.text()
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)  # leaving the field writes the date in full
    assert field.line.text() == expected.strftime("%d/%m/%Y")


def test_impossible_date_stays_as_typed_and_says_why(field, qtbot):
    changes = []
    field.validityChanged.connect(changes.append)
    retype(qtbot, field, "31/02/2026")
    assert not field.is_valid() and field.date() is None
    assert field.line.text() == "31/02/2026"
    assert "tháng 2 năm 2026 chỉ có 28 ngày" in field.hint.text()
    assert changes == [False]
    field.line.editingFinished.emit()
    assert field.line.text() == "31/02/2026"  # never corrected into another date
    retype(qtbot, field, "12/13/2026")
    assert "Không có tháng 13" in field.problem()


def test_partial_date_is_quiet_while_typing_then_an_error(field, qtbot):
    retype(qtbot, field, "15/3")
    assert not field.is_valid()
    assert "Chưa đủ" in field.hint.text()
    assert field.line.styleSheet() == ""  # not red while the user is still typing
    field.line.clearFocus()
    QApplication.processEvents()
    assert "border" in field.line.styleSheet()


def test_future_refused_with_the_fields_message(app, qtbot):
    today = dt.date.today()
    w = DateEdit(today, maximum=today, maximum_message="Ngày ở tương lai")
    qtbot.addWidget(w)
    w.show()
    retype(qtbot, w, (today + dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    assert not w.is_valid() and w.problem() == "Ngày ở tương lai"
    qtbot.keyClick(w.line, Qt.Key.Key_Down)  # a day back: today again, accepted
    assert w.is_valid() and w.date() == today
    qtbot.keyClick(w.line, Qt.Key.Key_Up)  # not past the maximum
    assert w.date() == today


def test_arrows_step_days_and_months(field, qtbot):
    field.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert field.date() == dt.date(2026, 3, 1)
    qtbot.keyClick(field.line, Qt.Key.Key_PageDown)
    assert field.date() == dt.date(2026, 2, 1)


def test_calendar_opens_from_the_keyboard_and_picks(field, qtbot):
    field.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = field.calendar()
    assert cal is not None and cal.isVisible()
    assert cal.selectedDate().toString("dd/MM/yyyy") == "28/02/2026"
    qtbot.keyClick(cal.focusWidget() or cal, Qt.Key.Key_Right)
    qtbot.keyClick(cal.focusWidget() or cal, Qt.Key.Key_Return)
    assert not cal.isVisible()
    assert field.date() == dt.date(2026, 3, 1)


def test_empty_allowed_or_required(app, qtbot):
    optional = DateEdit(None, allow_empty=True)
    required = DateEdit(None)
    for w in (optional, required):
        qtbot.addWidget(w)
    assert optional.is_valid() and optional.date() is None
    assert not required.is_valid() and required.problem() == "Chưa nhập ngày"
    assert isinstance(optional.focusProxy(), QLineEdit)
