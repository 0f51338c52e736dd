"""The reason catalogue: name, chính đáng or not, how often used; a reason in use can
only be retired, never deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError
from eidroster.domain.text import format_date
from eidroster.services import reported, roster
from eidroster.services.database import Database
from eidroster.services.reasons import classification_history
from eidroster.services.roster import ReasonInfo
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import format_int, yes_no
from eidroster.ui.reported_notice import tell
from eidroster.ui.status_dialog import future_message
from eidroster.ui.widgets import ok_cancel

REASON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReasonEditDialog(QDialog):
    """A reason's name, classification and retirement. Re-classifying an existing reason
    asks from which date (today by default) and says how many people it applies to:
    everyone whose status in force gives it, from that date; reports for earlier dates
    keep the old classification."""

    def __init__(self, reason: ReasonInfo | None, parent: QWidget | None = None,
                 history: list[tuple[dt.date, bool]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_edit_dialog")
        self.reason = reason
        self.setWindowTitle(self.tr("Thêm lý do") if reason is None else self.tr("Sửa lý do"))
        self.setMinimumWidth(520)
        self.label = QLineEdit(reason.label if reason else "")
        self.justified = QCheckBox(self.tr("Lý do &chính đáng (người có lý do này tính là \"có lý do chính đáng\")"))
        self.justified.setChecked(reason.justified if reason else True)
        self.retired = QCheckBox(self.tr("&Ngừng dùng (không hiện khi chọn lý do mới)"))
        self.retired.setChecked(reason.retired if reason else False)
        self.from_date = DateEdit(dt.date.today(), name="from_date", maximum=dt.date.today(),
                                  maximum_message=future_message())
        self.from_label = QLabel(self.tr("Áp dụng &từ ngày"))
        self.from_label.setBuddy(self.from_date)
        self.applies = QLabel()
        self.applies.setObjectName("applies")
        self.applies.setWordWrap(True)
        self.applies.setStyleSheet("color: #8a6d3b;")
        form = QFormLayout()
        form.addRow(self.tr("&Tên lý do"), self.label)
        form.addRow("", self.justified)
        form.addRow(self.from_label, self.from_date)
        form.addRow("", self.applies)
        form.addRow("", self.retired)
        if history:
            form.addRow(self.tr("Phân loại đã ghi"), QLabel(self._history_text(history)))
        self.buttons = ok_cancel(self, self.tr("Lưu"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.label.textChanged.connect(self._check)
        self.justified.toggled.connect(self._check)
        self.from_date.validityChanged.connect(self._check)
        self._check()

    def _history_text(self, history: list[tuple[dt.date, bool]]) -> str:
        parts = []
        for n, (day, justified) in enumerate(history):
            word = self.tr("chính đáng") if justified else self.tr("không chính đáng")
            parts.append(word + (self.tr(" (từ đầu)") if n == 0 else
                                 self.tr(" từ {day}").format(day=format_date(day))))
        return "; ".join(parts)

    def reclassified(self) -> bool:
        return self.reason is not None and self.justified.isChecked() != self.reason.justified

    def _check(self) -> None:
        again = self.reclassified()
        for w in (self.from_label, self.from_date, self.applies):
            w.setVisible(again)
        if again:
            assert self.reason is not None
            word = self.tr("chính đáng") if self.justified.isChecked() else self.tr(
                "không chính đáng")
            self.applies.setText(self.tr(
                "Từ ngày này, {n} người đang có lý do này được tính là «{word}»; báo cáo các "
                "ngày trước giữ phân loại cũ.").format(n=format_int(self.reason.people_now),
                                                      word=word))
        ok = bool(self.label.text().strip()) and (not again or self.from_date.is_valid())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen_from(self) -> dt.date | None:
        return self.from_date.date() if self.reclassified() else None


class ReasonsDialog(QDialog):
    """Edit the unit's reason catalogue."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.setWindowTitle(self.tr("Danh mục lý do chưa định danh mức 2"))
        self.resize(820, 480)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Lý do"), self.tr("Chính đáng"), self.tr("Số người hiện có"),
             self.tr("Số lần dùng"), self.tr("Ngừng dùng")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3, 4):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        # Enter or F2 on a reason edits it, Insert adds one (as in the roster's table)
        for key, slot in ((Qt.Key.Key_Return, self.edit_selected),
                          (Qt.Key.Key_Enter, self.edit_selected),
                          (Qt.Key.Key_F2, self.edit_selected), (Qt.Key.Key_Insert, self.add)):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.add_button = QPushButton(self.tr("&Thêm…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reasons: list[ReasonInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.reasons = roster.list_reasons(self.db)
        self.model.removeRows(0, self.model.rowCount())
        for r in self.reasons:
            a = QStandardItem(r.label)
            a.setData(r.id, REASON_ID_ROLE)
            cells = [a, QStandardItem(yes_no(r.justified)), QStandardItem(format_int(r.people_now)),
                     QStandardItem(format_int(r.in_use)), QStandardItem(yes_no(r.retired))]
            for c in cells[1:]:
                c.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.model.appendRow(cells)
        self._update_buttons()

    def selected(self) -> ReasonInfo | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        rid = self.model.item(idx.row(), 0).data(REASON_ID_ROLE)
        return next((r for r in self.reasons if r.id == rid), None)

    def _update_buttons(self) -> None:
        r = self.selected()
        self.edit_button.setEnabled(r is not None)
        self.delete_button.setEnabled(r is not None and r.in_use == 0)
        if r is not None and r.in_use:
            self.delete_button.setToolTip(self.tr("Lý do đang được dùng: chỉ có thể ngừng dùng"))
        else:
            self.delete_button.setToolTip("")

    def add(self) -> None:
        dlg = ReasonEditDialog(None, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(lambda: roster.add_reason(self.db, dlg.label.text(), dlg.justified.isChecked()))

    def edit_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        dlg = ReasonEditDialog(r, self, classification_history(self.db, r.id))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        since = dlg.chosen_from()
        before = reported.snapshot(self.db, since) if since is not None else {}
        if self._run(lambda: roster.update_reason(self.db, r.id, dlg.label.text(),
                                                  dlg.justified.isChecked(),
                                                  dlg.retired.isChecked(), from_date=since)):
            tell(self, reported.altered(self.db, before))

    def delete_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa lý do"),
            self.tr("Xóa lý do \"{label}\" khỏi danh mục?").format(label=r.label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: roster.delete_reason(self.db, r.id))

    def _run(self, fn) -> bool:
        """Run a change of the catalogue; False (and the reason shown) when refused."""
        ok = True
        try:
            fn()
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Danh mục lý do"), exc.message)
            ok = False
        self.changed = True
        self.refresh()
        return ok
