"""Telling a USB QR scanner from the keyboard: the scanner types the card's code like a
keyboard, ending with Enter. A :class:`ScanCatcher` watches the keys typed into one
window and, when Enter ends something shaped like a chip card's code
(:func:`~eidroster.domain.chip_qr.looks_like_card_qr`), hands the text over instead of
letting Enter do its usual work.

Two ways of watching:

* ``capture=True`` (the main window's "quét thẻ" mode): every plain key typed into the
  window goes to the catcher, whatever has the focus; Esc ends the mode. Keys with Ctrl
  or Alt still reach the menus.
* ``capture=False`` (the add/edit dialog): keys go where they go; when a scan ends,
  the field it was typed into gets back what it held before, and Enter does not press OK.

The text is handed over once and never kept or logged here.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from eidroster.domain.chip_qr import looks_like_card_qr

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: the keys without text a catcher looks at (capture mode takes them all)
_TAKEN = (*_ENTER, Qt.Key.Key_Escape, Qt.Key.Key_Backspace)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
#: a pause longer than this between two keys starts a new scan (scanners type a whole
#: code in a fraction of a second; a person typing pauses)
GAP_SECONDS = 1.5


def _is_command(event: QKeyEvent) -> bool:
    """A key pressed with Ctrl, Alt or Meta (a shortcut or a menu's letter), except AltGr,
    which types characters: Ctrl+Alt on Windows, the group switch on X11."""
    mods = event.modifiers()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    if mods & Qt.KeyboardModifier.GroupSwitchModifier or (mods & ctrl_alt) == ctrl_alt:
        return False
    return bool(mods & _COMMAND_MODIFIERS)


def _field_of(widget: QWidget | None) -> QLineEdit | QComboBox | None:
    """The text field (or choice) a key typed into ``widget`` changes."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox):
        return widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


class ScanCatcher(QObject):
    """Watches the keys typed into ``window`` (see the module's docstring)."""

    scanned = Signal(str)  # the whole code, without the Enter
    not_a_scan = Signal()  # capture mode: Enter ended something that is not a card's code
    capture_ended = Signal()  # capture mode: Esc was pressed

    def __init__(self, window: QWidget, *, capture: bool) -> None:
        super().__init__(window)
        self.window = window
        self.capture = capture
        self._buffer: list[str] = []
        self._last = 0.0
        self._target: QObject | None = None
        self._field: QLineEdit | QComboBox | None = None
        self._before: str | int | None = None
        self._active = False

    def start(self) -> None:
        if not self._active:
            QApplication.instance().installEventFilter(self)
            self._active = True
        self._reset()

    def stop(self) -> None:
        if self._active:
            QApplication.instance().removeEventFilter(self)
            self._active = False
        self._reset()

    @property
    def active(self) -> bool:
        return self._active

    def _reset(self) -> None:
        self._buffer.clear()
        self._field = None
        self._before = None

    def _ours(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        # a key the focused widget did not take goes on to its parents: it was seen once
        if obj is not (QApplication.focusWidget() or self.window):
            return False
        modal = QApplication.activeModalWidget()
        return modal is None or modal is self.window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                or not self._ours(obj):
            return False
        assert isinstance(event, QKeyEvent)
        if _is_command(event):
            return False  # Ctrl+…, Alt+… (menu letters), Meta+…: for the menus and shortcuts
        text = event.text()
        typed = bool(text) and text.isprintable()
        if kind == QEvent.Type.ShortcutOverride:
            key = event.key()
            if (self.capture and (typed or key in _TAKEN)) or (
                    key in _ENTER and self._looks_scanned()):
                event.accept()  # the key is ours: no shortcut (the table's Enter) fires
            return False
        return self._key(obj, event)

    def _looks_scanned(self) -> bool:
        return looks_like_card_qr("".join(self._buffer))

    def _key(self, obj: QObject, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        typed = bool(text) and text.isprintable()
        if not typed and key not in _TAKEN:
            return False  # Shift (scanners press it for capitals), arrows, function keys
        now = time.monotonic()
        if self._buffer and (now - self._last > GAP_SECONDS or obj is not self._target):
            self._reset()  # a pause, or another field: not the same scan
        self._last, self._target = now, obj
        if key in _ENTER:
            text = "".join(self._buffer)
            field, before = self._field, self._before
            self._reset()
            if looks_like_card_qr(text):
                if not self.capture:
                    _restore(field, before)
                self.scanned.emit(text)
                return True
            if self.capture:
                if text:
                    self.not_a_scan.emit()
                return True
            return False
        if self.capture and key == Qt.Key.Key_Escape:
            self._reset()
            self.capture_ended.emit()
            return True
        if typed:
            if not self._buffer and not self.capture:
                self._field = _field_of(obj if isinstance(obj, QWidget) else None)
                self._before = _value(self._field)
            self._buffer.append(text)
            return self.capture
        return self.capture  # capture mode: Backspace would edit the field under the focus


def _value(field: QLineEdit | QComboBox | None) -> str | int | None:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentText() if field.isEditable() else field.currentIndex()
    return None


def _restore(field: QLineEdit | QComboBox | None, before: str | int | None) -> None:
    """Give the field the value it had before the scan was typed into it."""
    if isinstance(field, QLineEdit) and isinstance(before, str):
        field.setText(before)
    elif isinstance(field, QComboBox):
        if isinstance(before, str):
            field.setEditText(before)
        elif isinstance(before, int):
            field.setCurrentIndex(before)
