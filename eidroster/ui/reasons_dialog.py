"""The reason catalogue: name, chính đáng or not, how often used; a reason in use can
only be retired, never deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError
from eidroster.services import roster
from eidroster.services.database import Database
from eidroster.services.roster import ReasonInfo
from eidroster.ui.i18n import format_int, yes_no
from eidroster.ui.widgets import ok_cancel

REASON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReasonEditDialog(QDialog):
    def __init__(self, reason: ReasonInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm lý do") if reason is None else self.tr("Sửa lý do"))
        self.setMinimumWidth(460)
        self.label = QLineEdit(reason.label if reason else "")
        self.justified = QCheckBox(self.tr("Lý do chính đáng (người có lý do này tính là \"có lý do chính đáng\")"))
        self.justified.setChecked(reason.justified if reason else True)
        self.retired = QCheckBox(self.tr("Ngừng dùng (không hiện khi chọn lý do mới)"))
        self.retired.setChecked(reason.retired if reason else False)
        form = QFormLayout()
        form.addRow(self.tr("Tên lý do"), self.label)
        form.addRow("", self.justified)
        form.addRow("", self.retired)
        self.buttons = ok_cancel(self, self.tr("Lưu"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.label.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.label.text().strip()))


class ReasonsDialog(QDialog):
    """Edit the unit's reason catalogue."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.setWindowTitle(self.tr("Danh mục lý do chưa định danh mức 2"))
        self.resize(820, 480)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Lý do"), self.tr("Chính đáng"), self.tr("Số lần dùng"), self.tr("Ngừng dùng")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
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
            cells = [a, QStandardItem(yes_no(r.justified)), QStandardItem(format_int(r.in_use)),
                     QStandardItem(yes_no(r.retired))]
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
        dlg = ReasonEditDialog(r, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(lambda: roster.update_reason(self.db, r.id, dlg.label.text(),
                                               dlg.justified.isChecked(), dlg.retired.isChecked()))

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

    def _run(self, fn) -> None:
        try:
            fn()
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Danh mục lý do"), exc.message)
        self.changed = True
        self.refresh()
