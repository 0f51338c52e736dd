"""Lists out of the roster: the rows shown (after the filters) to an .xlsx file or to the
printer with a preview, and the selected rows to the clipboard as tab-separated text.

The daily need: "send Khoa Nội the list of its people without a justified reason" —
choose the department, tick "Không có lý do", then Xuất danh sách đang hiện. The CCCD is
masked as on screen unless the user asks for the full numbers, which is recorded in
the audit log (how many, never which).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget

from eidroster.domain.statuses import Bucket
from eidroster.domain.text import format_date
from eidroster.io.import_template import write_rows
from eidroster.services.privacy import record_export
from eidroster.services.roster import RosterRow
from eidroster.ui import workers
from eidroster.ui.i18n import format_int, gender_label, status_label, yes_no
from eidroster.ui.roster_cells import column_titles
from eidroster.ui.roster_keys import COL_TT
from eidroster.ui.roster_view import RosterView
from eidroster.ui.runner import TaskRunner
from eidroster.ui.saved import show_saved
from eidroster.ui.widgets import ok_cancel

ROWS_PER_STEP = 1000  # progress and Cancel are checked this often while writing


class Labels:
    """The words the list uses, taken on the GUI thread (the worker only formats)."""

    def __init__(self, heading: str = "") -> None:
        from eidroster.domain.statuses import Status

        self.heading = heading
        self.status = {s: status_label(s) for s in Status}
        self.gender = {g: gender_label(g) for g in ("M", "F", None)}
        self.yes, self.no = yes_no(True), yes_no(False)
        self.titles = [t.replace("\n", " ") for t in column_titles()]


def row_values(n: int, r: RosterRow, full_id: bool, words: Labels) -> list[object]:
    """One row as the table shows it (TT first), the CCCD masked unless ``full_id``."""
    level2 = r.bucket is Bucket.LEVEL2
    yn = {True: words.yes, False: words.no}
    return [
        n, r.full_name, format_date(r.birth_date), words.gender.get(r.gender, ""), r.department,
        (r.id_number or "") if full_id else r.masked_id, words.status[r.status],
        "" if level2 else r.reason, "" if level2 else yn[r.justified],
        yn[r.vneid_login], yn[r.dvcqg_used], format_date(r.updated),
    ]


class ListOptions(QDialog):
    """How many rows go out, and whether the full CCCD numbers go with them."""

    def __init__(self, title: str, ok_text: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("{n} dòng đang hiện trong danh sách (theo các bộ lọc và ô tìm)")
                      .format(n=format_int(count)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.full_id = QCheckBox(self.tr("Ghi đầy đủ số &định danh (được ghi vào nhật ký)"))
        self.full_id.setAccessibleDescription(self.tr(
            "Mặc định số định danh được che như trên màn hình"))
        layout.addWidget(self.full_id)
        self.buttons = ok_cancel(self, ok_text)
        layout.addWidget(self.buttons)


class ListsOut(QObject):
    message = Signal(str)

    def __init__(self, db, view: RosterView, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._db = db  # () -> Database
        self.view = view
        self.runner = runner
        self.window = window

    # ---------------------------------------------------------------- clipboard

    def copy_selected(self) -> int:
        """The selected rows, tab-separated with a header line, CCCD as shown."""
        model = self.view.model
        rows = self.view.selected_rows()
        if not rows:
            return 0
        words = Labels()
        lines = ["\t".join(words.titles)]
        for n, r in zip(self.view.selected_positions(), rows, strict=True):
            values = row_values(n + 1, r, model.is_revealed(r.id), words)
            lines.append("\t".join(str(v).replace("\t", " ").replace("\n", " ") for v in values))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.message.emit(self.tr("Đã chép {n} dòng (dán được vào Excel)").format(
            n=format_int(len(rows))))
        return len(rows)

    # ---------------------------------------------------------------- shared

    def _ask(self, title: str, ok_text: str) -> tuple[list[RosterRow], bool] | None:
        rows = self.view.model.visible_rows()
        if not rows:
            self.message.emit(self.tr("Không có dòng nào đang hiện"))
            return None
        dlg = ListOptions(title, ok_text, len(rows), self.window)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return rows, dlg.full_id.isChecked()

    # ---------------------------------------------------------------- .xlsx

    def export_visible(self) -> None:
        title = self.tr("Xuất danh sách đang hiện")
        asked = self._ask(title, self.tr("Chọn nơi ghi…"))
        if asked is None:
            return
        rows, full = asked
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Danh sach {date}").format(date=f"{dt.date.today():%d-%m-%Y}") + ".xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / name),
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        words = Labels()
        total = len(rows)

        def lines(task: workers.Task) -> Iterator[list[object]]:
            for n, r in enumerate(rows, 1):
                if n % ROWS_PER_STEP == 0:
                    task.check()
                    task.report(n, total)
                yield row_values(n, r, full, words)

        db = self._db()
        sheet = self.tr("Danh sách")

        def work(task: workers.Task) -> Path:
            out = write_rows(path, words.titles, lines(task), sheet_title=sheet)
            # names (and perhaps full CCCD numbers) left the database: the audit log says so
            record_export(db, "list-full-ids" if full else "list", out, total)
            return out

        self.runner.run_task(self.tr("Đang ghi danh sách ({n} dòng)…").format(n=format_int(total)),
                             work, lambda out: show_saved(self.window, self.tr("Đã ghi danh sách"), out))

    # ---------------------------------------------------------------- print

    def print_visible(self) -> None:
        title = self.tr("In danh sách đang hiện")
        asked = self._ask(title, self.tr("Xem trước bản in"))
        if asked is None:
            return
        rows, full = asked
        total = len(rows)
        words = Labels(self.tr("Danh sách nhân viên ({n} người), in ngày {date}").format(
            n=format_int(total), date=format_date(dt.date.today())))

        db = self._db()

        def work(task: workers.Task) -> str:
            html = list_html(rows, full, words, task, total)
            record_export(db, "print-full-ids" if full else "print", "-", total)
            return html

        self.runner.run_task(self.tr("Đang chuẩn bị bản in ({n} dòng)…").format(n=format_int(total)),
                             work, self._preview)

    def _preview(self, html: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        doc = QTextDocument()
        doc.setHtml(html)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        from PySide6.QtGui import QPageLayout, QPageSize

        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(self.tr("Xem trước bản in danh sách"))
        preview.paintRequested.connect(doc.print_)
        self.document = doc  # kept while the preview may print again
        preview.exec()


def list_html(rows: list[RosterRow], full: bool, words: Labels, task: workers.Task | None,
              total: int) -> str:
    """The list as an HTML table for QTextDocument (worker thread: plain strings)."""
    head = "".join(f"<th>{escape(t)}</th>" for t in words.titles)
    parts = ["<html><body style='font-size:9pt'>",
             f"<p><b>{escape(words.heading)}</b></p>",
             "<table border='1' cellspacing='0' cellpadding='2' width='100%'>",
             f"<thead><tr>{head}</tr></thead><tbody>"]
    for n, r in enumerate(rows, 1):
        if task is not None and n % ROWS_PER_STEP == 0:
            task.check()
            task.report(n, total)
        cells = row_values(n, r, full, words)
        parts.append("<tr>" + "".join(
            f"<td align='center'>{escape(str(v))}</td>" if i in (COL_TT, 2, 3, 5, 8, 9, 10, 11)
            else f"<td>{escape(str(v))}</td>" for i, v in enumerate(cells)) + "</tr>")
    parts.append("</tbody></table></body></html>")
    return "".join(parts)
