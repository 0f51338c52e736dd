"""The windows of the personal-data law: "Dữ liệu của một người" (everything the unit holds
about one employee, shown, printed or saved as PDF, Word or Excel — each time recorded in
the audit trail) and the processing notice the unit prints for its staff. Both show the
same document their files hold (``reports.simple_doc``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError
from eidroster.services import person_data
from eidroster.services.database import Database


class _DocumentDialog(QDialog):
    """A document on screen with Print, Save as… and Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters: list[tuple[str, str]] = []
        self.default_name = ""
        self.write: Callable[[Path], None] = lambda _path: None
        self.printed: Callable[[], None] = lambda: None
        self.view = QTextBrowser()
        self.view.setObjectName("document_view")
        self.print_button = QPushButton(self.tr("&In…"))
        self.print_button.setObjectName("print_button")
        self.save_button = QPushButton(self.tr("&Lưu thành tệp…"))
        self.save_button.setObjectName("save_button")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.saved_to: Path | None = None

    def show_document(self, title: str, html: str, filters: list[tuple[str, str]],
                      default_name: str, write: Callable[[Path], None],
                      printed: Callable[[], None]) -> None:
        """What to show, the formats it saves to, how to write and record it."""
        self.setWindowTitle(title)
        self.view.setHtml(html)
        self.filters, self.default_name = filters, default_name
        self.write, self.printed = write, printed

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.view.document().print_(printer)
        self._safely(self.printed)
        return True

    def save_document(self) -> Path | None:
        from eidroster.ui.report_dialogs import _ask_file  # the reports' save dialog

        path = _ask_file(self, self.tr("Lưu thành tệp"), self.default_name, self.filters)
        if path is None or not self._safely(lambda: self.write(path)):
            return None
        self.saved_to = path
        QMessageBox.information(self, self.tr("Đã lưu"), self.tr("Đã ghi tệp:") + f"\n{path}")
        return path

    def _safely(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except EidrosterError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return False
        return True


class PersonDataDialog(_DocumentDialog):
    """"Dữ liệu của một người": opening it is recorded (person_data_viewed)."""

    def __init__(self, db: Database, employee_id: int, parent: QWidget | None = None) -> None:
        from eidroster.reports.person_page import document
        from eidroster.reports.simple_doc import to_html
        from eidroster.services.settings import get_settings

        super().__init__(parent)
        self.setObjectName("person_data_dialog")
        self.db, self.employee_id = db, employee_id
        self.settings = get_settings(db)
        self.record = person_data.person_record(db, employee_id)
        person_data.record_person_access(db, employee_id)
        self.show_document(
            self.tr("Dữ liệu của một người"),
            to_html(document(self.record, self.settings), self.settings),
            [(self.tr("Tệp PDF"), "pdf"), (self.tr("Tài liệu Word"), "docx"),
             (self.tr("Bảng tính Excel"), "xlsx")],
            f"Du lieu ca nhan {employee_id}.pdf", self._write, self._printed)

    def _write(self, path: Path) -> None:
        from eidroster.reports.person_page import write_person_page

        write_person_page(path, self.record, self.settings)
        person_data.record_person_access(self.db, self.employee_id, path)

    def _printed(self) -> None:
        person_data.record_person_access(self.db, self.employee_id, "máy in")


class NoticeDialog(_DocumentDialog):
    """The processing notice from ``values`` (the unit's settings, maybe not saved yet)."""

    def __init__(self, db: Database, values: dict[str, str],
                 parent: QWidget | None = None) -> None:
        from eidroster.reports.notice import document
        from eidroster.reports.simple_doc import to_html

        super().__init__(parent)
        self.setObjectName("notice_dialog")
        self.db, self.values = db, values
        self.show_document(
            self.tr("Thông báo về việc xử lý dữ liệu cá nhân"),
            to_html(document(values), values),
            [(self.tr("Tệp PDF"), "pdf"), (self.tr("Tài liệu Word"), "docx")],
            "Thong bao xu ly du lieu ca nhan.pdf", self._write, self._printed)

    def _write(self, path: Path) -> None:
        from eidroster.domain.errors import InputError
        from eidroster.reports.notice import write_notice
        from eidroster.services.report_inputs import REQUIRED_UNIT_DETAILS

        missing = [name for key, name in REQUIRED_UNIT_DETAILS.items()
                   if not (self.values.get(key) or "").strip()]
        if missing:  # the notice is signed by the unit, like every report
            raise InputError(self.tr("Chưa ghi được thông báo: hãy nhập thông tin đơn vị "
                                     "trước. Còn thiếu: {names}.").format(names="; ".join(missing)))
        write_notice(path, self.values)
        person_data.record_notice_export(self.db, path)

    def _printed(self) -> None:
        person_data.record_notice_export(self.db, "máy in")


def show_person_data(parent: QWidget | None, db: Database, employee_id: int) -> None:
    try:
        dialog = PersonDataDialog(db, employee_id, parent)
    except EidrosterError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PrivacyDialogs", "Dữ liệu của một người"),
            exc.message)
        return
    dialog.exec()


def show_notice(parent: QWidget | None, db: Database) -> None:
    from eidroster.services.settings import get_settings

    NoticeDialog(db, get_settings(db), parent).exec()
