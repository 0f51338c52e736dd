"""A card scan in the add/edit employee dialog: empty fields are filled from the card;
a field that already holds something else (name, birth date, gender, number) is shown
beside what the card says, with a button to take the card's value — never overwritten.

Attached by the dialog itself (``ScanAssist(self)``); a scan typed into any field of the
dialog is caught there (:class:`~eidroster.ui.scan_input.ScanCatcher`), and the window's
scan flow hands over a scan made before the dialog opened (:meth:`ScanAssist.apply`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.chip_qr import CardScan, QrReading, read_card_qr
from eidroster.domain.text import clean_text, fold, format_date
from eidroster.ui.i18n import gender_label
from eidroster.ui.scan_input import ScanCatcher


class ScanAssist(QObject):
    """The dialog's scan panel. ``dialog`` has the fields ``name``, ``birth``,
    ``gender`` (a combo with "M"/"F" data) and ``id_number``."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.box = QGroupBox(self.tr("Thông tin từ thẻ vừa quét"))
        self.box.setObjectName("scanPanel")
        self.grid = QGridLayout(self.box)
        self.grid.setHorizontalSpacing(10)
        self.box.setVisible(False)
        self.differences: dict[str, tuple[str, str]] = {}  # field -> (typed, card)
        self._from_file = False
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(max(0, layout.count() - 3), self.box)
        self.catcher = ScanCatcher(dialog, capture=False)
        self.catcher.scanned.connect(self.apply_text)
        self.catcher.start()
        dialog.finished.connect(lambda _r: self.catcher.stop())

    # ------------------------------------------------------------ what a scan changes

    def apply_text(self, text: str) -> None:
        self.apply(read_card_qr(text))

    def apply(self, reading: QrReading, file_row: int | None = None) -> None:
        """Fill the empty fields from ``reading``; show each disagreement side by side.
        ``file_row``: the values come from that row of a list being reconciled, not from a
        card."""
        self._clear()
        self._from_file = file_row is not None
        self.box.setTitle(self.tr("Thông tin ở dòng {row} của tệp đối chiếu").format(row=file_row)
                          if self._from_file else self.tr("Thông tin từ thẻ vừa quét"))
        scan = reading.scan
        lines: list[str] = [f"• {m}" for m in reading.messages()]
        if scan is None:
            self._show(lines, [])
            return
        bad = {p.field for p in reading.problems}
        rows: list[tuple | None] = []
        if "id_number" not in bad and "" not in bad and scan.id_number:
            rows.append(self._text_field("id_number", self.tr("Số định danh"), self.dialog.id_number,
                                         scan.id_number))
        if scan.full_name and "name" not in bad:
            rows.append(self._name(scan))
        if scan.birth_date is not None:
            rows.append(self._text_field("birth_date", self.tr("Ngày sinh"), self.dialog.birth,
                                         format_date(scan.birth_date)))
        if scan.gender is not None:
            rows.append(self._gender(scan.gender))
        if scan.full_name and "name" not in bad:
            lines.append(self.tr("• Họ tên được tách: họ «{ho}», đệm «{dem}», tên «{ten}»").format(
                ho=scan.ho, dem=scan.dem, ten=scan.ten))
        lines += [f"• {note}" for note in reading.notes]
        self._show(lines, [r for r in rows if r is not None])

    def _text_field(self, key: str, label: str, widget: QLineEdit, card: str):
        typed = clean_text(widget.text())
        if not typed:
            widget.setText(card)
            return None
        if typed == card or (key == "birth_date" and _same_date(typed, card)):
            return None
        return key, label, typed, card, lambda: widget.setText(card)

    def _name(self, scan: CardScan):
        widget = self.dialog.name
        typed = clean_text(widget.text())
        if not typed:
            widget.setText(scan.full_name)
            return None
        if typed == scan.full_name or (not scan.has_diacritics and fold(typed) == scan.name_key):
            return None  # the same name (the typed one keeps its marks)
        return ("name", self.tr("Họ và tên"), typed, scan.full_name,
                lambda: widget.setText(scan.full_name))

    def _gender(self, gender: str):
        combo: QComboBox = self.dialog.gender
        current = combo.currentData()
        index = combo.findData(gender)
        if current is None:
            combo.setCurrentIndex(index)
            return None
        if current == gender:
            return None
        return ("gender", self.tr("Giới tính"), gender_label(current), gender_label(gender),
                lambda: combo.setCurrentIndex(index))

    # ------------------------------------------------------------ the panel

    def _clear(self) -> None:
        self.differences.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _show(self, lines: list[str], rows: list[tuple]) -> None:
        r = 0
        if rows:
            for c, text in enumerate((self.tr("Khác nhau ở"), self.tr("Đang nhập"),
                                      self.tr("Theo tệp") if self._from_file
                                      else self.tr("Theo thẻ"))):
                self.grid.addWidget(_bold(text), r, c)
            r += 1
        for key, label, typed, card, take in rows:
            self.differences[key] = (typed, card)
            self.grid.addWidget(QLabel(label), r, 0)
            self.grid.addWidget(_value_label(typed), r, 1)
            self.grid.addWidget(_value_label(card), r, 2)
            button = QPushButton(self.tr("Dùng theo tệp") if self._from_file
                                 else self.tr("Dùng theo thẻ"))
            button.setObjectName(f"takeFromCard_{key}")
            button.clicked.connect(lambda _c=False, take=take, key=key: self._take(key, take))
            self.grid.addWidget(button, r, 3)
            r += 1
        if lines:
            note = QLabel("\n".join(lines))
            note.setWordWrap(True)
            note.setObjectName("scanNotes")
            self.grid.addWidget(note, r, 0, 1, 4)
        self.box.setVisible(bool(rows or lines))

    def _take(self, key: str, take) -> None:
        take()
        self.differences.pop(key, None)
        for button in self.box.findChildren(QPushButton, f"takeFromCard_{key}"):
            button.setEnabled(False)
            button.setText(self.tr("Đã dùng"))


def _same_date(a: str, b: str) -> bool:
    """Two texts naming the same day, read as every date field of the window reads them."""
    from eidroster.domain.dates import read_typed_date

    da, db = read_typed_date(a).value, read_typed_date(b).value
    return da is not None and da == db


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _value_label(text: str) -> QWidget:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
