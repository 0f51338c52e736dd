"""The report actions of the window: the unit's settings, Phụ lục III, Phụ lục IV
(confirmation, optional password, audit), the head's summary (file and print preview)
and the submission folder for iDesk.

Each public function takes ``(parent, db)``; the main window's menu calls them. The
work itself runs on the worker thread (``eidroster.ui.workers``) while a local event
loop keeps the window live; a progress dialog appears only if it lasts over 0.5 s.
Visible strings are Vietnamese through ``QCoreApplication.translate("ReportDialogs", …)``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError
from eidroster.services import settings as settings_service
from eidroster.services.database import Database

DATE_DISPLAY = "dd/MM/yyyy"


def _labels() -> dict[str, str]:
    """Setting labels, written out so that lupdate extracts them."""
    return {
        "parent_agency": QCoreApplication.translate("ReportDialogs", "Cơ quan chủ quản"),
        "unit_name": QCoreApplication.translate("ReportDialogs", "Tên đơn vị"),
        "place_name": QCoreApplication.translate("ReportDialogs", "Địa danh (dòng ngày tháng)"),
        "doc_number_pattern": QCoreApplication.translate("ReportDialogs", "Số văn bản"),
        "reference_letter": QCoreApplication.translate("ReportDialogs", "Văn bản được trả lời"),
        "signer_title": QCoreApplication.translate(
            "ReportDialogs", "Chức vụ người ký (có thể 2 dòng)"),
        "signer_name": QCoreApplication.translate("ReportDialogs", "Họ tên người ký"),
        "preparer": QCoreApplication.translate("ReportDialogs", "Người lập biểu"),
        "recipients": QCoreApplication.translate(
            "ReportDialogs", "Nơi nhận (mỗi dòng một nơi)"),
        "target_date": QCoreApplication.translate("ReportDialogs", "Ngày phải đạt 100%"),
        "retention_days": QCoreApplication.translate(
            "ReportDialogs", "Số ngày giữ dữ liệu người đã nghỉ việc (0 = giữ mãi)"),
    }


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setObjectName(name)
    edit.setDisplayFormat(DATE_DISPLAY)
    edit.setCalendarPopup(True)
    return edit


def _last_folder() -> str:
    value = QSettings("eidroster", "eidroster").value("reports/last_folder", "")
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


def _remember_folder(path: Path) -> None:
    QSettings("eidroster", "eidroster").setValue("reports/last_folder", str(path))


# ====================================================================== settings

class SettingsDialog(QDialog):
    """The unit's settings printed on every report (one form for all keys)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved = False
        self.setObjectName("report_settings_dialog")
        self.setWindowTitle(QCoreApplication.translate("ReportDialogs", "Thiết lập thông tin đơn vị cho báo cáo"))
        current = settings_service.get_settings(db)
        labels = _labels()
        form = QFormLayout()
        self.editors: dict[str, QWidget] = {}
        for spec in settings_service.SETTINGS:
            label = labels.get(spec.key, spec.label)
            if spec.kind == "multiline":
                editor: QWidget = QPlainTextEdit(current[spec.key])
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
            elif spec.kind == "date":
                self.has_target = QCheckBox(label)
                self.has_target.setObjectName("has_target_date")
                value = current[spec.key]
                day = dt.date.fromisoformat(value) if value else dt.date.today() + dt.timedelta(30)
                editor = _date_edit(day, spec.key)
                self.has_target.setChecked(bool(value))
                editor.setEnabled(bool(value))
                self.has_target.toggled.connect(editor.setEnabled)
                editor.setObjectName(spec.key)
                form.addRow(self.has_target, editor)
                self.editors[spec.key] = editor
                continue
            elif spec.kind == "int":
                editor = QSpinBox()
                editor.setRange(0, 999_999)
                editor.setValue(int(current[spec.key] or 0))
            else:
                editor = QLineEdit(current[spec.key])
            editor.setObjectName(spec.key)
            form.addRow(label, editor)
            self.editors[spec.key] = editor
        ref = self.editors.get("reference_letter")
        if isinstance(ref, QLineEdit):
            ref.setPlaceholderText(QCoreApplication.translate("ReportDialogs", "ví dụ: Công văn số 3612/SYT-NV ngày 25/10/2023 của Sở Y tế"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("ReportDialogs", "Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("ReportDialogs", "Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                out[key] = editor.toPlainText()
            elif isinstance(editor, QDateEdit):
                out[key] = (_pydate(editor.date()).isoformat()
                            if self.has_target.isChecked() else "")
            elif isinstance(editor, QSpinBox):
                out[key] = str(editor.value())
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text()
        return out

    def save(self) -> None:
        try:
            settings_service.set_settings(self.db, self.values())
        except EidrosterError as exc:
            self.problem.setText(exc.message)
            return
        self.saved = True
        self.accept()


def edit_settings(parent: QWidget | None, db: Database) -> bool:
    """Show the settings form; True when the user saved."""
    dlg = SettingsDialog(db, parent)
    dlg.exec()
    return dlg.saved


# ====================================================================== options

class ReportOptionsDialog(QDialog):
    """The as-of date, and what a report needs beside it (target date, ASCII names,
    Phụ lục IV password)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, target: dt.date | None = None,
                 ask_target: bool = False, ask_ascii: bool = False,
                 ask_password: bool = False, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("report_options_dialog")
        self.setWindowTitle(title)
        form = QFormLayout()
        self.as_of = _date_edit(dt.date.today(), "as_of")
        self.as_of.setMaximumDate(_qdate(dt.date.today()))
        form.addRow(QCoreApplication.translate("ReportDialogs", "Số liệu tính đến ngày"), self.as_of)
        self.has_target = self.target = None
        if ask_target:
            self.has_target = QCheckBox(QCoreApplication.translate("ReportDialogs", "Ngày phải đạt 100%"))
            self.has_target.setObjectName("has_target")
            self.target = _date_edit(target or dt.date.today() + dt.timedelta(30), "target")
            self.has_target.setChecked(target is not None)
            self.target.setEnabled(target is not None)
            self.has_target.toggled.connect(self.target.setEnabled)
            form.addRow(self.has_target, self.target)
        self.ascii_names = None
        if ask_ascii:
            self.ascii_names = QCheckBox(QCoreApplication.translate("ReportDialogs", "Tên tệp không dấu (chỉ chữ, số, '-' và '_')"))
            self.ascii_names.setObjectName("ascii_names")
            form.addRow("", self.ascii_names)
        self.use_password = self.password = self.password2 = None
        if ask_password:
            self.use_password = QCheckBox(QCoreApplication.translate("ReportDialogs", "Đặt mật khẩu cho tệp (khuyên dùng)"))
            self.use_password.setObjectName("use_password")
            self.use_password.setChecked(True)
            self.password = QLineEdit()
            self.password.setObjectName("password")
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.password2 = QLineEdit()
            self.password2.setObjectName("password2")
            self.password2.setEchoMode(QLineEdit.EchoMode.Password)
            self.use_password.toggled.connect(self.password.setEnabled)
            self.use_password.toggled.connect(self.password2.setEnabled)
            form.addRow("", self.use_password)
            form.addRow(QCoreApplication.translate("ReportDialogs", "Mật khẩu"), self.password)
            form.addRow(QCoreApplication.translate("ReportDialogs", "Nhập lại mật khẩu"), self.password2)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ReportDialogs", "Tiếp tục"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("ReportDialogs", "Hủy"))
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        if self.use_password is not None and self.use_password.isChecked():
            assert self.password is not None and self.password2 is not None
            if not self.password.text():
                self.problem.setText(QCoreApplication.translate("ReportDialogs", "Hãy nhập mật khẩu, hoặc bỏ chọn \"Đặt mật khẩu\""))
                return
            if self.password.text() != self.password2.text():
                self.problem.setText(QCoreApplication.translate("ReportDialogs", "Hai lần nhập mật khẩu không giống nhau"))
                return
        self.accept()

    def as_of_date(self) -> dt.date:
        return _pydate(self.as_of.date())

    def target_date(self) -> dt.date | None:
        if self.has_target is None or not self.has_target.isChecked():
            return None
        assert self.target is not None
        return _pydate(self.target.date())

    def password_value(self) -> str | None:
        if self.use_password is None or not self.use_password.isChecked():
            return None
        assert self.password is not None
        return self.password.text() or None

    def ascii_value(self) -> bool:
        return bool(self.ascii_names is not None and self.ascii_names.isChecked())


# ====================================================================== running

def run_busy(parent: QWidget | None, label: str, fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Run ``fn`` on the worker thread, keep the window live, show a progress dialog
    after 0.5 s; returns (ok, result) — on failure the Vietnamese message is shown."""
    from eidroster.ui import workers

    task = workers.Task(label)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    task.finished.connect(lambda result: outcome.update(ok=True, result=result))
    task.failed.connect(lambda message: outcome.update(ok=False, message=message))
    task.cancelled.connect(lambda: outcome.update(ok=False, message=""))
    # queued to the loop's (GUI) thread: processed once exec() runs, however fast the work
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("report_progress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    workers.start(task, lambda _task: fn())
    timer.start(500)
    loop.exec()
    timer.stop()
    progress.close()
    progress.deleteLater()
    if outcome.get("ok"):
        return True, outcome.get("result")
    if outcome.get("message"):
        QMessageBox.warning(parent, QCoreApplication.translate("ReportDialogs", "Không lập được báo cáo"), outcome["message"])
    return False, None


def _ask_file(parent: QWidget | None, title: str, default_name: str,
              filters: list[tuple[str, str]]) -> Path | None:
    """A save dialog; the extension follows the chosen filter when the name has none."""
    filter_text = ";;".join(f"{label} (*.{ext})" for label, ext in filters)
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path(_last_folder()) / default_name), filter_text)
    if not path:
        return None
    out = Path(path)
    allowed = [ext for _, ext in filters]
    if out.suffix.lower().lstrip(".") not in allowed:
        ext = next((e for label, e in filters if chosen.startswith(label)), allowed[0])
        out = out.with_name(f"{out.name}.{ext}")
    _remember_folder(out.parent)
    return out


def _done(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("ReportDialogs", "Đã lập báo cáo"), text)


# ====================================================================== Phụ lục III

def export_phu_luc_iii(parent: QWidget | None, db: Database) -> Path | None:
    from eidroster.reports.exports import export_phu_luc_iii as export

    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Xuất Phụ lục III"), parent, note=QCoreApplication.translate("ReportDialogs",
        "Phụ lục III chỉ có số liệu tổng hợp theo khoa/phòng (không có tên người), "
        "gửi qua hệ thống iDesk."))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return None
    as_of = opts.as_of_date()
    out = _ask_file(parent, QCoreApplication.translate("ReportDialogs", "Lưu Phụ lục III"), f"Phu luc III {as_of:%d-%m-%Y}.xlsx",
                    [(QCoreApplication.translate("ReportDialogs", "Bảng tính Excel"), "xlsx"), (QCoreApplication.translate("ReportDialogs", "Tệp PDF"), "pdf")])
    if out is None:
        return None
    ok, _ = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập Phụ lục III…"), lambda: export(db, out, as_of))
    if not ok:
        return None
    _done(parent, QCoreApplication.translate("ReportDialogs", "Đã ghi Phụ lục III:") + f"\n{out}")
    return out


# ====================================================================== Phụ lục IV

def export_phu_luc_iv(parent: QWidget | None, db: Database) -> Path | None:
    """Phụ lục IV: asks confirmation (personal data), offers a password; the export is
    recorded in the audit table."""
    from eidroster.reports.exports import export_phu_luc_iv as export

    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ReportDialogs", "Xuất Phụ lục IV (MẬT)"),
        QCoreApplication.translate("ReportDialogs", "Phụ lục IV có họ tên, ngày sinh, số CCCD của những người chưa định danh mức 2.\n"
           "Chỉ gửi qua thư điện tử cho cán bộ tổng hợp, KHÔNG gửi qua iDesk.\n"
           "Mỗi lần xuất được ghi vào nhật ký.\n\nTiếp tục?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Xuất Phụ lục IV (MẬT)"), parent, ask_password=True)
    if opts.exec() != QDialog.DialogCode.Accepted:
        return None
    as_of, password = opts.as_of_date(), opts.password_value()
    out = _ask_file(parent, QCoreApplication.translate("ReportDialogs", "Lưu Phụ lục IV (MẬT)"), f"Phu luc IV {as_of:%d-%m-%Y}.xlsx",
                    [(QCoreApplication.translate("ReportDialogs", "Bảng tính Excel"), "xlsx"), (QCoreApplication.translate("ReportDialogs", "Tệp PDF"), "pdf")])
    if out is None:
        return None
    ok, result = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập Phụ lục IV…"),
                          lambda: export(db, out, as_of, password=password))
    if not ok:
        return None
    state = QCoreApplication.translate("ReportDialogs", "có mật khẩu") if result.encrypted else QCoreApplication.translate("ReportDialogs", "KHÔNG có mật khẩu")
    _done(parent, QCoreApplication.translate("ReportDialogs", "Đã ghi Phụ lục IV") + f" ({result.rows}, {state}):\n{out}")
    return out


# ====================================================================== summary

def _target_from_settings(db: Database) -> dt.date | None:
    value = settings_service.get_settings(db).get("target_date", "")
    return dt.date.fromisoformat(value) if value else None


def export_summary_pdf(parent: QWidget | None, db: Database) -> Path | None:
    from eidroster.reports.exports import export_summary as export

    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Báo cáo nhanh cho lãnh đạo"), parent, ask_target=True,
                               target=_target_from_settings(db))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return None
    as_of, target = opts.as_of_date(), opts.target_date()
    out = _ask_file(parent, QCoreApplication.translate("ReportDialogs", "Lưu báo cáo nhanh"), f"Bao cao nhanh {as_of:%d-%m-%Y}.pdf",
                    [(QCoreApplication.translate("ReportDialogs", "Tệp PDF"), "pdf")])
    if out is None:
        return None
    ok, _ = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập báo cáo nhanh…"),
                     lambda: export(db, out, as_of, target=target))
    if not ok:
        return None
    _done(parent, QCoreApplication.translate("ReportDialogs", "Đã ghi báo cáo nhanh:") + f"\n{out}")
    return out


class PdfPrinter:
    """Paints the pages of a PDF file onto a QPrinter (the print preview's pages)."""

    def __init__(self, pdf_path: Path) -> None:
        from PySide6.QtPdf import QPdfDocument

        self.document = QPdfDocument()
        self.document.load(str(pdf_path))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def paint(self, printer) -> int:
        """Render every page at the printer's resolution; returns the pages painted."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            page_rect = printer.pageRect(printer.Unit.DevicePixel).toRect()
            painted = 0
            for i in range(self.page_count):
                if i:
                    printer.newPage()
                size = self.document.pagePointSize(i)
                scale = min(page_rect.width() / size.width(), page_rect.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(i, target)
                painter.drawImage(0, 0, image)
                painted += 1
            return painted
        finally:
            painter.end()


def print_preview_summary(parent: QWidget | None, db: Database) -> bool:
    """Build the head's summary and show it in a print preview (print from there)."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from eidroster.reports.exports import export_summary as export

    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Xem trước báo cáo nhanh"), parent, ask_target=True,
                               target=_target_from_settings(db))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return False
    as_of, target = opts.as_of_date(), opts.target_date()
    with tempfile.TemporaryDirectory(prefix="eidroster-preview-") as folder:
        pdf = Path(folder) / "bao-cao-nhanh.pdf"
        ok, _ = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập báo cáo nhanh…"),
                         lambda: export(db, pdf, as_of, target=target))
        if not ok:
            return False
        pages = PdfPrinter(pdf)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        preview = QPrintPreviewDialog(printer, parent)
        preview.setObjectName("summary_print_preview")
        preview.setWindowTitle(QCoreApplication.translate("ReportDialogs", "Xem trước báo cáo nhanh"))
        preview.paintRequested.connect(pages.paint)
        preview.resize(900, 1000)
        preview.exec()
    return True


# ====================================================================== submission

def export_submission(parent: QWidget | None, db: Database) -> list[Path]:
    """Phụ lục III .xlsx + .pdf into a folder for iDesk (never Phụ lục IV)."""
    from eidroster.reports.exports import export_submission as export

    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Hồ sơ gửi iDesk"), parent, ask_ascii=True, note=QCoreApplication.translate("ReportDialogs",
        "Ghi Phụ lục III (.xlsx và .pdf) vào một thư mục để gửi qua iDesk. "
        "Phụ lục IV không bao giờ được đưa vào đây."))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return []
    as_of, ascii_names = opts.as_of_date(), opts.ascii_value()
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ReportDialogs", "Chọn thư mục hồ sơ"), _last_folder())
    if not folder:
        return []
    _remember_folder(Path(folder))
    ok, paths = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập hồ sơ gửi iDesk…"),
                         lambda: export(db, folder, as_of, ascii_names=ascii_names))
    if not ok:
        return []
    _done(parent, QCoreApplication.translate("ReportDialogs", "Đã ghi hồ sơ gửi iDesk:") + "\n" + "\n".join(str(p) for p in paths))
    return list(paths)
