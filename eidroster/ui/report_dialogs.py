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

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from shiboken6 import isValid

from eidroster.services import settings as settings_service
from eidroster.services.database import Database
from eidroster.ui.report_options import (
    DATE_DISPLAY,  # noqa: F401 - part of this module's interface
    ReportOptionsDialog,
    date_edit,
    last_folder,
    pydate,
    qdate,
    remember_folder,
    unit_details_ready,
)


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
            "ReportDialogs", "Số ngày giữ dữ liệu người đã nghỉ việc (0 = tính theo số tháng)"),
        "retention_months": QCoreApplication.translate(
            "ReportDialogs", "Số tháng giữ dữ liệu cá nhân người đã nghỉ việc (0 = không tự xóa)"),
        "data_viewers": QCoreApplication.translate("ReportDialogs", "Người được xem dữ liệu"),
        "data_contact": QCoreApplication.translate(
            "ReportDialogs", "Nơi tiếp nhận yêu cầu về dữ liệu cá nhân"),
    }


_qdate, _pydate, _date_edit = qdate, pydate, date_edit  # the names tests and callers used
_last_folder, _remember_folder = last_folder, remember_folder
setting_labels = _labels  # the audit log names the settings the same way


# ====================================================================== settings
# The settings dialog has its own module (the unit's details with greyed examples, the
# personal-data rules, issue 18); these names stay reachable from here.
from eidroster.ui.settings_dialog import SettingsDialog, edit_settings  # noqa: E402, F401

# ====================================================================== running

def run_busy(parent: QWidget | None, label: str, fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Run ``fn`` on the worker thread, keep the window live, show a progress dialog
    with Hủy after 0.5 s; returns (ok, result) — on failure the Vietnamese message is
    shown. Hủy frees the window at once: the work left on the worker stops before its
    file takes its name or anything is recorded (``domain.cancel``), so nothing of it
    remains; if it was already recording, it finishes and the user is told so."""
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
    progress = QProgressDialog(label, QCoreApplication.translate("ReportDialogs", "Hủy"), 0, 0, parent)
    progress.setObjectName("report_progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)

    def stop() -> None:
        if "ok" not in outcome:
            task.cancel()
            outcome.update(ok=False, message="", stopped=True)
            task.finished.connect(lambda _result: _finished_anyway(parent, label))
            loop.quit()

    progress.canceled.connect(stop)
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


def _finished_anyway(parent: QWidget | None, label: str) -> None:
    """Hủy came after the work had begun recording: it was finished, not stopped."""
    QMessageBox.information(
        parent if parent is not None and isValid(parent) else None,
        QCoreApplication.translate("ReportDialogs", "Đã xong trước khi kịp dừng"),
        QCoreApplication.translate(
            "ReportDialogs", "{what}: việc đã ghi xong trước khi kịp dừng, tệp đã được lưu.")
        .format(what=label.rstrip("…")))


def _ask_file(parent: QWidget | None, title: str, default_name: str,
              filters: list[tuple[str, str]]) -> Path | None:
    """A save dialog; the extension follows the chosen filter when the name has none."""
    filter_text = ";;".join(f"{label} (*.{ext})" for label, ext in filters)
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path(last_folder()) / default_name), filter_text)
    if not path:
        return None
    out = Path(path)
    allowed = [ext for _, ext in filters]
    if out.suffix.lower().lstrip(".") not in allowed:
        ext = next((e for label, e in filters if chosen.startswith(label)), allowed[0])
        out = out.with_name(f"{out.name}.{ext}")
    remember_folder(out.parent)
    return out


def _done(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("ReportDialogs", "Đã lập báo cáo"), text)


# ====================================================================== exports

XLSX, PDF, DOCX = "xlsx", "pdf", "docx"


def _filters(*kinds: str) -> list[tuple[str, str]]:
    names = {XLSX: QCoreApplication.translate("ReportDialogs", "Bảng tính Excel"),
             PDF: QCoreApplication.translate("ReportDialogs", "Tệp PDF"),
             DOCX: QCoreApplication.translate("ReportDialogs", "Tài liệu Word")}
    return [(names[k], k) for k in kinds]



def show_register(parent: QWidget | None, db: Database):
    """Báo cáo → Sổ báo cáo đã gửi (:mod:`ui.register_window`)."""
    from eidroster.ui.register_window import show_register as show

    return show(parent, db)


def confirm_export_again(parent: QWidget | None, db: Database, as_of: dt.date) -> bool:
    from eidroster.ui.register_window import confirm_export_again as confirm

    return confirm(parent, db, as_of)


def export_phu_luc_iii(parent: QWidget | None, db: Database) -> Path | None:
    from eidroster.reports.exports import export_phu_luc_iii as export

    if not unit_details_ready(parent, db):
        return None
    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Xuất Phụ lục III"), parent, note=QCoreApplication.translate("ReportDialogs",
        "Phụ lục III chỉ có số liệu tổng hợp theo khoa/phòng (không có tên người), "
        "gửi qua hệ thống iDesk."))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return None
    as_of, issued = opts.as_of_date(), opts.issued_value()
    if not confirm_export_again(parent, db, as_of):  # sent before, numbers changed since
        return None
    out = _ask_file(parent, QCoreApplication.translate("ReportDialogs", "Lưu Phụ lục III"), f"Phu luc III {as_of:%d-%m-%Y}.xlsx",
                    _filters(XLSX, PDF, DOCX))
    if out is None:
        return None
    ok, result = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập Phụ lục III…"),
                          lambda: export(db, out, as_of, issued=issued))
    if not ok:
        return None
    text = QCoreApplication.translate("ReportDialogs", "Đã ghi Phụ lục III:") + f"\n{out}"
    changes = _changes_text(result)
    if changes:
        text += "\n\n" + changes
    _done(parent, text)
    return out


def _changes_text(result) -> str:
    """What changed since the same as-of date was last exported (the register)."""
    recorded = getattr(result, "recorded", None)
    if recorded is None or recorded.previous is None:
        return ""
    from eidroster.services.register import describe_changes

    lines = describe_changes(recorded.previous, recorded.current)
    when = f"{recorded.previous.exported_at:%d/%m/%Y %H:%M}"
    if not lines:
        return QCoreApplication.translate("ReportDialogs", "Số liệu giống lần xuất trước cho cùng ngày ({when}).").format(when=when)
    return (QCoreApplication.translate("ReportDialogs", "Số liệu ngày này đã xuất lúc {when}; nay đã khác:").format(when=when) + "\n"
            + "\n".join(f"- {line}" for line in lines))


def export_phu_luc_iv(parent: QWidget | None, db: Database) -> Path | None:
    """Phụ lục IV: asks confirmation (personal data), offers a password; the export is
    recorded in the audit table."""
    from eidroster.reports.exports import export_phu_luc_iv as export

    if not unit_details_ready(parent, db):
        return None
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ReportDialogs", "Xuất Phụ lục IV (dữ liệu cá nhân)"),
        QCoreApplication.translate("ReportDialogs", "Phụ lục IV có họ tên, ngày sinh, số định danh cá nhân của những người chưa "
           "định danh mức 2: đó là dữ liệu cá nhân, được bảo vệ theo Luật Bảo vệ dữ liệu "
           "cá nhân.\nChỉ gửi qua thư điện tử cho cán bộ tổng hợp; không gửi qua iDesk, "
           "không chia sẻ, không đăng tải.\nMỗi lần xuất được ghi vào nhật ký.\n\nTiếp tục?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Xuất Phụ lục IV (dữ liệu cá nhân)"), parent,
                               ask_password=True)
    if opts.exec() != QDialog.DialogCode.Accepted:
        return None
    as_of, password, issued = opts.as_of_date(), opts.password_value(), opts.issued_value()
    kinds = (XLSX, PDF) if password else (XLSX, PDF, DOCX)  # Word files take no password
    out = _ask_file(parent, QCoreApplication.translate("ReportDialogs", "Lưu Phụ lục IV (dữ liệu cá nhân)"),
                    f"Phu luc IV {as_of:%d-%m-%Y}.xlsx", _filters(*kinds))
    if out is None:
        return None
    ok, result = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập Phụ lục IV…"),
                          lambda: export(db, out, as_of, password=password, issued=issued))
    if not ok:
        return None
    state = QCoreApplication.translate("ReportDialogs", "có mật khẩu") if result.encrypted else QCoreApplication.translate("ReportDialogs", "KHÔNG có mật khẩu")
    _done(parent, QCoreApplication.translate("ReportDialogs", "Đã ghi Phụ lục IV") + f" ({result.rows}, {state}):\n{out}\n\n"
          + QCoreApplication.translate("ReportDialogs", "Chỉ gửi qua thư điện tử cho cán bộ tổng hợp; không gửi qua iDesk."))
    return out


def _target_from_settings(db: Database) -> dt.date | None:
    value = settings_service.get_settings(db).get("target_date", "")
    return dt.date.fromisoformat(value) if value else None


def _export_with_target(parent: QWidget | None, db: Database, export, *, title: str,
                        save_title: str, default_name: str, kinds: tuple[str, ...],
                        busy: str, done: str) -> Path | None:
    """Options (as-of, letter's date, target date), file, work, message: the summary's
    and the letter's flow."""
    if not unit_details_ready(parent, db):
        return None
    opts = ReportOptionsDialog(title, parent, ask_target=True, target=_target_from_settings(db))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return None
    as_of, target, issued = opts.as_of_date(), opts.target_date(), opts.issued_value()
    out = _ask_file(parent, save_title, default_name.format(day=f"{as_of:%d-%m-%Y}"),
                    _filters(*kinds))
    if out is None:
        return None
    ok, _ = run_busy(parent, busy, lambda: export(db, out, as_of, target=target, issued=issued))
    if not ok:
        return None
    _done(parent, done + f"\n{out}")
    return out


def export_summary_pdf(parent: QWidget | None, db: Database) -> Path | None:
    """The head's summary, .pdf or .docx."""
    from eidroster.reports.exports import export_summary

    return _export_with_target(
        parent, db, export_summary,
        title=QCoreApplication.translate("ReportDialogs", "Báo cáo nhanh cho lãnh đạo"),
        save_title=QCoreApplication.translate("ReportDialogs", "Lưu báo cáo nhanh"),
        default_name="Bao cao nhanh {day}.pdf", kinds=(PDF, DOCX),
        busy=QCoreApplication.translate("ReportDialogs", "Đang lập báo cáo nhanh…"),
        done=QCoreApplication.translate("ReportDialogs", "Đã ghi báo cáo nhanh:"))


def export_letter(parent: QWidget | None, db: Database) -> Path | None:
    """The covering letter (công văn báo cáo) sent with Phụ lục III, .docx or .pdf."""
    from eidroster.reports.exports import export_letter

    return _export_with_target(
        parent, db, export_letter,
        title=QCoreApplication.translate("ReportDialogs", "Công văn báo cáo kèm Phụ lục III"),
        save_title=QCoreApplication.translate("ReportDialogs", "Lưu công văn báo cáo"),
        default_name="Cong van bao cao {day}.docx", kinds=(DOCX, PDF),
        busy=QCoreApplication.translate("ReportDialogs", "Đang lập công văn báo cáo…"),
        done=QCoreApplication.translate("ReportDialogs", "Đã ghi công văn báo cáo:"))


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

    if not unit_details_ready(parent, db):
        return False
    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Xem trước báo cáo nhanh"), parent, ask_target=True,
                               target=_target_from_settings(db))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return False
    as_of, target, issued = opts.as_of_date(), opts.target_date(), opts.issued_value()
    with tempfile.TemporaryDirectory(prefix="eidroster-preview-") as folder:
        pdf = Path(folder) / "bao-cao-nhanh.pdf"
        ok, _ = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập báo cáo nhanh…"),
                         lambda: export(db, pdf, as_of, target=target, issued=issued))
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
    """The covering letter and Phụ lục III (.xlsx + .pdf) into a folder for iDesk
    (never Phụ lục IV)."""
    from eidroster.reports.exports import export_submission as export

    if not unit_details_ready(parent, db):
        return []
    opts = ReportOptionsDialog(QCoreApplication.translate("ReportDialogs", "Hồ sơ gửi iDesk"), parent, ask_ascii=True, note=QCoreApplication.translate("ReportDialogs",
        "Ghi công văn báo cáo (.pdf) và Phụ lục III (.xlsx và .pdf) vào một thư mục để gửi "
        "qua iDesk. Phụ lục IV không bao giờ được đưa vào đây."))
    if opts.exec() != QDialog.DialogCode.Accepted:
        return []
    as_of, ascii_names, issued = opts.as_of_date(), opts.ascii_value(), opts.issued_value()
    if not confirm_export_again(parent, db, as_of):
        return []
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ReportDialogs", "Chọn thư mục hồ sơ"), last_folder())
    if not folder:
        return []
    remember_folder(Path(folder))
    ok, paths = run_busy(parent, QCoreApplication.translate("ReportDialogs", "Đang lập hồ sơ gửi iDesk…"),
                         lambda: export(db, folder, as_of, ascii_names=ascii_names,
                                        issued=issued))
    if not ok:
        return []
    _done(parent, QCoreApplication.translate("ReportDialogs", "Đã ghi hồ sơ gửi iDesk:") + "\n" + "\n".join(str(p) for p in paths))
    return list(paths)
