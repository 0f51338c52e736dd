"""The register of reports sent, in the window (issue 13, point 8): every Phụ lục III
exported — its as-of date, when, the file, its SHA-256, the totals — and whether the
numbers for that date are still the ones sent; for the selected entry, what changed
(which departments, which columns, old → new) and whether the file on disk is still the
one recorded. Opened from Báo cáo → Sổ báo cáo đã gửi.

:func:`confirm_export_again` is asked before a date already sent is exported again: it
shows what today's numbers would change, and nothing is written unless the user agrees.
Reads only; the work runs on the worker thread (``report_dialogs.run_busy``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.text import format_date
from eidroster.services.database import Database
from eidroster.services.register import Change, RegisterRow
from eidroster.ui.i18n import format_int  # in the window's language (1.097 / 1,097)

#: Changes listed in the question before exporting again; all of them in its details.
SHOWN_CHANGES = 12


def _key_labels() -> dict[str, str]:
    return {
        "total": QCoreApplication.translate("RegisterWindow", "tổng số"),
        "none": QCoreApplication.translate("RegisterWindow", "chưa định danh"),
        "level1": QCoreApplication.translate("RegisterWindow", "mức 1"),
        "level2": QCoreApplication.translate("RegisterWindow", "mức 2"),
        "with_reason": QCoreApplication.translate("RegisterWindow", "có lý do chính đáng"),
        "without_reason": QCoreApplication.translate("RegisterWindow",
                                                     "không có lý do chính đáng"),
    }


def change_lines(changes: list[Change]) -> list[str]:
    """One line for the unit's total, then one per department: "name: column old → new"."""
    labels = _key_labels()
    grouped: dict[str | None, list[Change]] = {}
    for c in changes:
        grouped.setdefault(c.department, []).append(c)
    lines = []
    for name, items in grouped.items():
        first = items[0]
        if first.key == "added":
            text = QCoreApplication.translate(
                "RegisterWindow", "khoa/phòng mới trong báo cáo ({count} người)").format(
                count=format_int(first.new))
        elif first.key == "removed":
            text = QCoreApplication.translate("RegisterWindow", "không còn trong báo cáo")
        else:
            text = "; ".join(f"{labels[c.key]} {format_int(c.old)} → {format_int(c.new)}"
                             for c in items)
        who = name if name is not None else QCoreApplication.translate(
            "RegisterWindow", "Toàn đơn vị")
        lines.append(f"{who}: {text}")
    return lines


def _file_state(entry) -> str:
    """Whether the file recorded is still on disk unchanged (its SHA-256 again)."""
    from eidroster.services.register import file_sha256

    path = Path(entry.file)
    try:
        same = file_sha256(path) == entry.sha256
    except OSError:
        return QCoreApplication.translate("RegisterWindow", "không còn ở chỗ đã lưu")
    if same:
        return QCoreApplication.translate("RegisterWindow", "còn nguyên (SHA-256 khớp)")
    return QCoreApplication.translate("RegisterWindow", "ĐÃ BỊ SỬA sau khi xuất (SHA-256 khác)")


class RegisterDialog(QDialog):
    """The register: one row per export, newest first; the selected one in detail."""

    COLUMNS = 7

    def __init__(self, rows: list[RegisterRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_dialog")
        self.setWindowTitle(QCoreApplication.translate("RegisterWindow", "Sổ báo cáo đã gửi"))
        self.rows = sorted(rows, key=lambda r: (r.entry.exported_at, r.entry.id), reverse=True)
        intro = QLabel(QCoreApplication.translate(
            "RegisterWindow",
            "Mỗi lần xuất Phụ lục III được ghi lại. Cột \"So với hôm nay\" cho biết số liệu "
            "của ngày đó, tính lại hôm nay, có còn đúng như đã gửi không (một thay đổi ghi "
            "lùi ngày có thể làm khác)."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), self.COLUMNS)
        self.table.setObjectName("register_table")
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("RegisterWindow", "Số liệu đến ngày"),
            QCoreApplication.translate("RegisterWindow", "Xuất lúc"),
            QCoreApplication.translate("RegisterWindow", "Tệp"),
            QCoreApplication.translate("RegisterWindow", "SHA-256"),
            QCoreApplication.translate("RegisterWindow", "Tổng số"),
            QCoreApplication.translate("RegisterWindow", "Mức 2"),
            QCoreApplication.translate("RegisterWindow", "So với hôm nay"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        for i, row in enumerate(self.rows):
            self._fill(i, row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("register_detail")
        self.detail.setReadOnly(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 160])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("RegisterWindow", "Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        if not self.rows:
            self.detail.setPlainText(QCoreApplication.translate(
                "RegisterWindow", "Chưa xuất Phụ lục III lần nào từ cơ sở dữ liệu này."))
        else:
            self.table.selectRow(0)
        self.resize(960, 560)

    def _fill(self, i: int, row: RegisterRow) -> None:
        e = row.entry
        same = row.matches_now
        texts = [format_date(e.as_of), f"{e.exported_at:%d/%m/%Y %H:%M}", Path(e.file).name,
                 e.sha256[:16] + "…", format_int(e.total), format_int(e.level2),
                 QCoreApplication.translate("RegisterWindow", "Khớp") if same else
                 QCoreApplication.translate("RegisterWindow", "ĐÃ KHÁC")]
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if col in (4, 5):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == 2:
                item.setToolTip(e.file)
            if col == 6 and not same:
                item.setForeground(QColor("#B00020"))
            self.table.setItem(i, col, item)

    def _show_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self.rows[selected[0].row()]
        e = row.entry
        lines = [
            QCoreApplication.translate("RegisterWindow", "Số liệu đến ngày: {day}").format(day=format_date(e.as_of)),
            QCoreApplication.translate("RegisterWindow", "Xuất lúc: {when}, người xuất: {user}").format(
                when=f"{e.exported_at:%d/%m/%Y %H:%M:%S}", user=e.user_name or "-"),
            QCoreApplication.translate("RegisterWindow", "Ngày ban hành: {day}").format(
                day=format_date(e.issued) if isinstance(e.issued, dt.date)
                else QCoreApplication.translate("RegisterWindow", "để trống cho văn thư ghi tay")),
            QCoreApplication.translate("RegisterWindow", "Tệp: {path}").format(path=e.file),
            QCoreApplication.translate("RegisterWindow", "Tệp trên đĩa: {state}").format(state=_file_state(e)),
            "SHA-256: " + e.sha256,
            "",
        ]
        if row.matches_now:
            lines.append(QCoreApplication.translate("RegisterWindow", "Số liệu ngày này tính lại hôm nay vẫn đúng như "
                                             "đã gửi."))
        else:
            lines.append(QCoreApplication.translate("RegisterWindow", "Số liệu ngày này tính lại hôm nay đã khác "
                                             "(đã gửi → hôm nay):"))
            lines += [f"- {line}" for line in change_lines(row.changes)]
        self.detail.setPlainText("\n".join(lines))


def show_register(parent: QWidget | None, db: Database) -> RegisterDialog | None:
    """Báo cáo → Sổ báo cáo đã gửi: read the register (and today's numbers), show it."""
    from eidroster.services.register import register_rows
    from eidroster.ui.report_dialogs import run_busy

    ok, rows = run_busy(parent, QCoreApplication.translate(
        "RegisterWindow", "Đang đọc sổ báo cáo đã gửi…"), lambda: register_rows(db))
    if not ok:
        return None
    dlg = RegisterDialog(rows, parent)
    dlg.exec()
    return dlg


def confirm_export_again(parent: QWidget | None, db: Database, as_of: dt.date) -> bool:
    """Before exporting ``as_of`` again: when it was sent and today's numbers differ,
    show what changed and ask; True to go on (also when never sent, or unchanged)."""
    from eidroster.services.register import changes_since_sent
    from eidroster.ui.report_dialogs import run_busy

    ok, row = run_busy(parent, QCoreApplication.translate(
        "RegisterWindow", "Đang so với báo cáo đã gửi…"), lambda: changes_since_sent(db, as_of))
    if not ok:
        return False
    if row is None or row.matches_now:
        return True
    lines = change_lines(row.changes)
    e = row.entry
    text = QCoreApplication.translate("RegisterWindow",
             "Phụ lục III số liệu ngày {day} đã xuất lúc {when} ({file}).\n"
             "Số liệu ngày này nay đã khác (đã gửi → nay):").format(
        day=format_date(as_of), when=f"{e.exported_at:%d/%m/%Y %H:%M}", file=Path(e.file).name)
    shown = "\n".join(f"- {line}" for line in lines[:SHOWN_CHANGES])
    if len(lines) > SHOWN_CHANGES:
        shown += "\n" + QCoreApplication.translate("RegisterWindow", "… và {count} dòng khác (xem phần chi tiết).").format(
            count=format_int(len(lines) - SHOWN_CHANGES))
    ask = QCoreApplication.translate(
        "RegisterWindow", "Xuất lại với số liệu mới? Nhớ báo cho nơi đã nhận bản trước.")
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("RegisterWindow", "Ngày này đã gửi báo cáo"),
                      text + "\n" + shown + "\n\n" + ask, parent=parent)
    box.setObjectName("export_again_box")
    if len(lines) > SHOWN_CHANGES:
        box.setDetailedText("\n".join(lines))
    again = box.addButton(QCoreApplication.translate("RegisterWindow", "Xuất lại"), QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(QCoreApplication.translate("RegisterWindow", "Không xuất"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stop)
    box.setEscapeButton(stop)
    box.exec()
    return box.clickedButton() is again
