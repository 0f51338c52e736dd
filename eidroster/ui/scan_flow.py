"""A card scanned in the main window: into the search box, or anywhere while the "quét
thẻ" mode is on. The number finds the person and selects them (a leaver or someone
hidden by the filters too); an unknown number opens "Thêm nhân viên" filled from the
card; a known person whose card says something else (name, birth date, gender) is
offered their edit dialog with the card beside what is stored.

The scanned text is read once (:func:`~eidroster.domain.chip_qr.read_card_qr`) and not
kept, shown or logged; only the fields the roster uses go further."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from eidroster.domain.chip_qr import CardScan, QrReading, looks_like_card_qr, read_card_qr
from eidroster.domain.text import fold
from eidroster.services.roster import RosterRow
from eidroster.ui.editing import EditingFlows
from eidroster.ui.roster_view import RosterView
from eidroster.ui.scan_input import ScanCatcher


def show_person(view: RosterView, employee_id: int) -> bool:
    """Select ``employee_id`` in the roster and scroll to them; filters that hide them
    (search, department, status, leavers) are cleared first. False: not in the roster."""
    model = view.model
    if model.row_by_id(employee_id) is None:
        return False
    if model.visible_position(employee_id) is None:
        view.search.clear()
        for combo in (view.bucket_filter, view.reason_filter):
            combo.setCurrentIndex(0)
        view.without_reason.setChecked(False)
        view.employment_filter.setCurrentIndex(max(0, view.employment_filter.findData("all")))
        view.dept_panel.choose(None)
    view.select_ids([employee_id])
    pos = model.visible_position(employee_id)
    if pos is not None:
        view.table.scrollTo(model.index(pos, 0))
    return pos is not None


def differences(row: RosterRow, scan: CardScan) -> list[str]:
    """Which of the stored fields the card contradicts ("name", "birth_date", "gender")."""
    out = []
    if scan.full_name:
        same = (row.full_name == scan.full_name if scan.has_diacritics
                else fold(row.full_name) == scan.name_key)
        if not same:
            out.append("name")
    if scan.birth_date is not None and row.birth_date != scan.birth_date:
        out.append("birth_date")
    if scan.gender is not None and row.gender != scan.gender:
        out.append("gender")
    return out


class ScanFlow(QObject):
    """The window's side of scanning; ``mode`` is the checkable "quét thẻ" action."""

    message = Signal(str)

    def __init__(self, window: QMainWindow, view: RosterView, editing: EditingFlows,
                 show_error: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.editing = editing
        self.show_error = show_error
        self.catcher = ScanCatcher(window, capture=True)
        self.catcher.scanned.connect(self.handle)
        self.catcher.not_a_scan.connect(lambda: self.message.emit(self.tr(
            "Đang ở chế độ quét thẻ: vừa nhận được chữ không phải mã QR của thẻ căn cước "
            "(bấm Esc hoặc F8 để thôi quét và gõ bình thường)")))
        self.catcher.capture_ended.connect(lambda: self.mode.setChecked(False))
        self.mode = QAction(self.tr("Chế độ &quét thẻ"), window, checkable=True)
        self.mode.setShortcut(QKeySequence("F8"))
        self.mode.setStatusTip(self.tr(
            "Quét mã QR thẻ căn cước ở bất kỳ đâu trong cửa sổ: tìm và chọn người có số định "
            "danh đó, hoặc mở Thêm nhân viên nếu chưa có"))
        self.mode.setIconText(self.tr("Quét thẻ"))
        self.mode.toggled.connect(self.set_mode)
        window.addAction(self.mode)
        self.indicator = QLabel(self.tr("QUÉT THẺ: đưa mã QR vào máy quét · Esc để thôi"))
        self.indicator.setObjectName("scanModeIndicator")
        self.indicator.setStyleSheet("background:#0d6efd;color:white;padding:1px 8px;"
                                     "font-weight:bold;")
        self.indicator.setVisible(False)
        window.statusBar().addPermanentWidget(self.indicator)
        view.search.returnPressed.connect(self._search_entered)

    def set_mode(self, on: bool) -> None:
        if on:
            self.catcher.start()
        else:
            self.catcher.stop()
        self.indicator.setVisible(on)
        self.message.emit(self.tr("Đã bật chế độ quét thẻ") if on
                          else self.tr("Đã tắt chế độ quét thẻ"))

    def _search_entered(self) -> None:
        text = self.view.search.text()
        if looks_like_card_qr(text):
            self.view.search.clear()  # the card's text does not stay on the screen
            self.handle(text)

    # ------------------------------------------------------------ one scan

    def handle(self, text: str) -> None:
        reading = read_card_qr(text)
        del text
        number = reading.number
        if number is None:
            self.show_error(self.tr("Không đọc được số định danh trên mã QR vừa quét:\n{why}\n"
                                    "Hãy quét lại.").format(why="\n".join(
                                        f"• {m}" for m in reading.messages())))
            return
        row = next((r for r in self.view.model.all_rows() if r.id_number == number), None)
        if row is None:
            self._add(reading)
            return
        shown = show_person(self.view, row.id)
        changed = [] if reading.problems else differences(row, reading.scan)
        if not changed:
            self.message.emit(self.tr("Đã tìm thấy theo thẻ: {name}").format(name=row.full_name)
                              if shown else self.tr("Người có thẻ này không hiện trong bảng"))
            return
        self._offer_edit(row, reading, changed)

    def _add(self, reading: QrReading) -> None:
        self.message.emit(self.tr("Số định danh trên thẻ chưa có trong danh sách: mở Thêm "
                                  "nhân viên"))
        self.editing.add_employee(prepare=lambda dlg: dlg.scan_assist.apply(reading))

    def _offer_edit(self, row: RosterRow, reading: QrReading, changed: list[str]) -> None:
        names = {"name": self.tr("họ tên"), "birth_date": self.tr("ngày sinh"),
                 "gender": self.tr("giới tính")}
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Thẻ khác với danh sách"))
        box.setText(self.tr("Đã chọn {name} theo số định danh trên thẻ, nhưng thẻ ghi khác "
                            "danh sách ở: {what}.").format(
            name=row.full_name, what=", ".join(names[c] for c in changed)))
        box.setInformativeText(self.tr("Mở hồ sơ để xem thẻ bên cạnh thông tin đã lưu và chọn "
                                       "giữ bên nào?"))
        open_button = box.addButton(self.tr("Mở hồ sơ"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            self.editing.edit_employee(row, prepare=lambda dlg: dlg.scan_assist.apply(reading))
