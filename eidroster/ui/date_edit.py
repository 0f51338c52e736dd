"""The one date field of the window: what a Vietnamese user types, read the same way in
every dialog, never turned silently into another date.

``QDateEdit`` edits a date section by section and "fixes" what it cannot take: typing
31/10 into a field showing 29/02 kept 29, typing a month of 12 over a day of 31 gave
28/02, a partly typed field kept the old month. ``DateEdit`` is a text field instead:
the text is read by :func:`eidroster.domain.dates.read_typed_date` ("5/3/26",
"05-03-2026", "05.03.2026", "05032026"); beside it a line says which day that is
("Thứ Năm, 05/03/2026") or what is wrong ("tháng 2 năm 2026 chỉ có 28 ngày"), and the
text stays as typed until it is a real date. A calendar opens with Alt+↓ or F4 (or the
button); ↑/↓ step one day, Page Up/Page Down one month.

Dialogs ask :meth:`DateEdit.date` (None when empty or wrong) and :meth:`is_valid`, and
disable their OK button on :attr:`validityChanged`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from eidroster.domain.dates import DateProblem, read_typed_date
from eidroster.domain.text import format_date

_ERROR_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"
_HINT_STYLE = "color: #555;"
_PROBLEM_STYLE = "color: #b02a37;"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


class DateEdit(QWidget):
    """A date typed as dd/mm/yyyy (see the module's docstring)."""

    dateChanged = Signal(object)  # noqa: N815 - Qt naming; dt.date, or None (empty/wrong)
    validityChanged = Signal(bool)  # noqa: N815
    editingFinished = Signal()  # noqa: N815

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 name: str = "", allow_empty: bool = False,
                 maximum: dt.date | None = None, minimum: dt.date | None = None,
                 maximum_message: str | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.allow_empty = allow_empty
        self._maximum, self._minimum = maximum, minimum
        self._maximum_message = maximum_message
        self.line = QLineEdit()
        self.line.setObjectName(f"{name}_text" if name else "date_text")
        self.line.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.line.setMaxLength(20)
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.line.setToolTip(self.tr(
            "Nhập ngày/tháng/năm, ví dụ 05/03/2026, 5/3/26, 05-03-2026 hoặc 05032026. "
            "Alt+↓: mở lịch; ↑/↓: đổi một ngày."))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses Alt+↓ / F4
        self.button.setToolTip(self.tr("Chọn trên lịch (Alt+↓)"))
        self.button.setAccessibleName(self.tr("Mở lịch"))
        self.hint = QLabel()
        self.hint.setObjectName(f"{name}_hint" if name else "date_hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addWidget(self.hint, 1)
        self.setFocusProxy(self.line)
        self._calendar: QCalendarWidget | None = None
        self._state = read_typed_date("")
        self._valid = True
        self._value: dt.date | None = None
        self.line.textChanged.connect(self._text_changed)
        self.line.editingFinished.connect(self._finished)
        self.line.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        if value is not None:
            self.line.setText(format_date(value))
        self._text_changed(self.line.text())

    # ------------------------------------------------------------ the value

    def date(self) -> dt.date | None:
        """The date typed, or None when the field is empty or not a valid date."""
        return self._value if self._valid else None

    def setDate(self, value: dt.date | QDate | None) -> None:  # noqa: N802 - Qt naming
        """Show ``value`` (a QDate is taken too, as ``QDateEdit.setDate`` did)."""
        if isinstance(value, QDate):
            value = from_qdate(value) if value.isValid() else None
        self.line.setText(format_date(value) if value is not None else "")

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        """Put ``text`` in the field as if typed (read the same way)."""
        self.line.setText(text)

    def is_valid(self) -> bool:
        return self._valid

    def problem(self) -> str:
        """Why the text is not accepted ("" when it is)."""
        return "" if self._valid else self._problem_text()

    def setMaximumDate(self, day: dt.date | None, message: str | None = None) -> None:  # noqa: N802
        self._maximum, self._maximum_message = day, message
        self._text_changed(self.line.text())

    def setMinimumDate(self, day: dt.date | None) -> None:  # noqa: N802
        self._minimum = day
        self._text_changed(self.line.text())

    def setReadOnly(self, on: bool) -> None:  # noqa: N802
        self.line.setReadOnly(on)
        self.button.setEnabled(not on)

    # ------------------------------------------------------------ reading the text

    def _text_changed(self, text: str) -> None:
        state = read_typed_date(text)
        self._state = state
        value = state.value
        valid = state.ok and not (state.empty and not self.allow_empty) and self._in_range(value)
        changed = value != self._value
        self._value = value
        self._show(valid)
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        if changed:
            self.dateChanged.emit(value if valid else None)

    def _in_range(self, value: dt.date | None) -> bool:
        if value is None:
            return True
        return not ((self._maximum and value > self._maximum)
                    or (self._minimum and value < self._minimum))

    def _show(self, valid: bool) -> None:
        typing = self.line.hasFocus()
        state = self._state
        if valid:
            self.line.setStyleSheet("")
            self.hint.setStyleSheet(_HINT_STYLE)
            self.hint.setText(self._describe(state.value) if state.value else "")
            return
        # a date being typed ("15/3") is not an error yet: say what is missing, quietly
        quiet = typing and state.problem is DateProblem.INCOMPLETE
        self.line.setStyleSheet("" if quiet else _ERROR_STYLE)
        self.hint.setStyleSheet(_HINT_STYLE if quiet else _PROBLEM_STYLE)
        self.hint.setText(self._problem_text())

    def _describe(self, day: dt.date) -> str:
        names = (self.tr("Thứ Hai"), self.tr("Thứ Ba"), self.tr("Thứ Tư"), self.tr("Thứ Năm"),
                 self.tr("Thứ Sáu"), self.tr("Thứ Bảy"), self.tr("Chủ nhật"))
        return f"{names[day.weekday()]}, {format_date(day)}"

    def _problem_text(self) -> str:
        state = self._state
        if state.empty:
            return self.tr("Chưa nhập ngày")
        if state.problem is DateProblem.INCOMPLETE:
            return self.tr("Chưa đủ ngày/tháng/năm (ví dụ 05/03/2026)")
        if state.problem is DateProblem.FORMAT:
            return self.tr("Không đọc được ngày: hãy nhập ngày/tháng/năm, ví dụ 05/03/2026")
        if state.problem is DateProblem.MONTH:
            return self.tr("Không có tháng {month}: ngày phải viết theo ngày/tháng/năm").format(
                month=state.month)
        if state.problem is DateProblem.YEAR:
            return self.tr("Năm {year} không hợp lệ (từ năm 1900 trở đi)").format(year=state.year)
        if state.problem is DateProblem.DAY:
            if not state.day:
                return self.tr("Không có ngày 0")
            return self.tr("Không có ngày {date}: tháng {month} năm {year} chỉ có {n} ngày"
                           ).format(date=f"{state.day:02d}/{state.month:02d}/{state.year}",
                                    month=state.month, year=state.year, n=state.days_in_month)
        value = state.value
        if value is not None and self._maximum and value > self._maximum:
            return self._maximum_message or self.tr("Ngày phải từ {day} trở về trước").format(
                day=format_date(self._maximum))
        if value is not None and self._minimum and value < self._minimum:
            return self.tr("Ngày phải từ {day} trở đi").format(day=format_date(self._minimum))
        return ""

    def _finished(self) -> None:
        # a real date is written back in full (dd/mm/yyyy): "5/3/26" shows as 05/03/2026,
        # so the user sees the day that was read; a wrong text stays as typed
        if self._state.value is not None and self.line.text() != format_date(self._state.value):
            self.line.setText(format_date(self._state.value))
        self._show(self._valid)
        self.editingFinished.emit()

    # ------------------------------------------------------------ keys and the calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if watched is self.line and event.type() == QEvent.Type.FocusOut:
            self._show(self._valid)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return True
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not alt and not self.line.isReadOnly():
            base = self._state.value or dt.date.today()
            days, months = steps[key]
            day = _add_months(base, months) + dt.timedelta(days=days)
            if self._in_range(day):
                self.setDate(day)
            return True
        return False

    def open_calendar(self) -> None:
        if self.line.isReadOnly():
            return
        if self._calendar is None:
            cal = QCalendarWidget(self)
            cal.setWindowFlags(Qt.WindowType.Popup)
            cal.setObjectName("date_calendar")
            cal.setGridVisible(True)
            cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            cal.activated.connect(self._picked)
            cal.clicked.connect(self._picked)
            self._calendar = cal
        cal = self._calendar
        cal.setMaximumDate(to_qdate(self._maximum) if self._maximum else QDate(9999, 12, 31))
        cal.setMinimumDate(to_qdate(self._minimum) if self._minimum else QDate(1900, 1, 1))
        cal.setSelectedDate(to_qdate(self._state.value or dt.date.today()))
        cal.adjustSize()
        cal.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        cal.show()
        cal.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setDate(from_qdate(day))
        if self._calendar is not None:
            self._calendar.hide()
        self.line.setFocus()

    def calendar(self) -> QCalendarWidget | None:
        return self._calendar
