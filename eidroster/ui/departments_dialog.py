"""Danh mục khoa/phòng: rename a department, merge spellings of one department (typo
clean-up), and set the order of Phụ lục III's rows — all from the keyboard.

* **Đổi tên** (F2): the same department under a new name, in every report (the old
  spelling stays known to the importer).
* **Gộp** (Ctrl+G): the selected departments become one; the window first says how
  many people's history names them and which reports already sent (the register) will
  read differently, and asks (default "Không": it cannot be undone).
* **Thứ tự** (Ctrl+↑ / Ctrl+↓ move the selected row; Ctrl+S saves): the order of the rows
  of Phụ lục III and of every list of departments.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
from eidroster.services import departments
from eidroster.services.database import Database
from eidroster.services.departments import DepartmentRow
from eidroster.ui.i18n import format_int
from eidroster.ui.widgets import ok_cancel

DEPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_POS, COL_NAME, COL_NOW, COL_EVER, COL_ALIASES = range(5)


class MergeDialog(QDialog):
    """Which department the chosen ones become."""

    def __init__(self, chosen: list[DepartmentRow], every: list[DepartmentRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Gộp khoa/phòng"))
        self.setMinimumWidth(520)
        names = ", ".join(f"«{d.name}»" for d in chosen)
        head = QLabel(self.tr("Gộp {names} thành một khoa/phòng (dùng khi cùng một nơi bị ghi "
                              "theo nhiều cách). Giữ lại tên:").format(names=names))
        head.setWordWrap(True)
        self.target = QComboBox()
        self.target.setObjectName("target")
        # the chosen ones first (the usual case: one of them is the right spelling),
        # the one with most people pre-selected
        ordered = sorted(chosen, key=lambda d: -d.people) + [d for d in every if d not in chosen]
        for d in ordered:
            self.target.addItem(self.tr("{name} ({n} người đang làm việc)").format(
                name=d.name, n=format_int(d.people)), d.id)
        form = QFormLayout()
        form.addRow(self.tr("&Tên giữ lại"), self.target)
        buttons = ok_cancel(self, self.tr("Tiếp…"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.target.setFocus()

    def target_id(self) -> int:
        return int(self.target.currentData())


class DepartmentsDialog(QDialog):
    """The catalogue of departments. ``changed`` tells the window to reload."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.order_changed = False
        self.rows: list[DepartmentRow] = []
        self.setObjectName("departments_dialog")
        self.setWindowTitle(self.tr("Danh mục khoa/phòng"))
        self.resize(860, 560)
        head = QLabel(self.tr(
            "Thứ tự ở đây là thứ tự các dòng của Phụ lục III. Ctrl+↑/Ctrl+↓: chuyển dòng đang "
            "chọn lên/xuống; F2: đổi tên; chọn nhiều dòng (Shift/Ctrl) rồi Gộp để gộp các "
            "cách viết khác nhau của cùng một khoa/phòng."))
        head.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("TT"), self.tr("Khoa/phòng"), self.tr("Đang làm việc"),
            self.tr("Từng làm việc"), self.tr("Cách viết khác đã biết")])
        self.view = QTableView()
        self.view.setObjectName("departments")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for c in (COL_POS, COL_NOW, COL_EVER):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_ALIASES, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(COL_ALIASES, 220)
        self.rename_button = QPushButton(self.tr("Đổi &tên… (F2)"))
        self.merge_button = QPushButton(self.tr("&Gộp…"))
        self.up_button = QPushButton(self.tr("&Lên (Ctrl+↑)"))
        self.down_button = QPushButton(self.tr("&Xuống (Ctrl+↓)"))
        self.save_button = QPushButton(self.tr("Lưu thứ tự (Ctrl+&S)"))
        for b in (self.rename_button, self.merge_button, self.up_button, self.down_button,
                  self.save_button):
            b.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.save_button.clicked.connect(self.save_order)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.rename_button, self.merge_button, self.up_button, self.down_button,
                  self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        for keys, slot in (("F2", self.rename_selected), ("Ctrl+G", self.merge_selected),
                           ("Ctrl+S", self.save_order)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        # Ctrl+↑/↓ are the table's own keys (move the cursor without selecting): taken here
        self.view.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()
        self.view.setFocus()
        if self.model.rowCount():
            self.view.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() in (QEvent.Type.KeyPress,
                                                     QEvent.Type.ShortcutOverride):
            key = event.key()  # type: ignore[attr-defined]
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                if event.type() == QEvent.Type.KeyPress:
                    self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ showing

    def refresh(self, select: list[int] | None = None) -> None:
        try:
            self.rows = departments.catalogue(self.db)
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Danh mục khoa/phòng"), exc.message)
            self.rows = []
        self.model.removeRows(0, self.model.rowCount())
        for d in self.rows:
            self.model.appendRow(self._items(d))
        self._renumber()
        self.order_changed = False
        if select:
            self.select_ids(select)
        self._update()

    def _items(self, d: DepartmentRow) -> list[QStandardItem]:
        pos, name = QStandardItem(), QStandardItem(d.name)
        name.setData(d.id, DEPT_ID_ROLE)
        now, ever = QStandardItem(format_int(d.people)), QStandardItem(format_int(d.ever))
        for item in (pos, now, ever):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [pos, name, now, ever, QStandardItem("; ".join(d.aliases))]

    def _renumber(self) -> None:
        for r in range(self.model.rowCount()):
            self.model.item(r, COL_POS).setText(str(r + 1))

    def ordered_ids(self) -> list[int]:
        return [self.model.item(r, COL_NAME).data(DEPT_ID_ROLE)
                for r in range(self.model.rowCount())]

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.item(r, COL_NAME).data(DEPT_ID_ROLE) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        self.view.clearSelection()
        order = self.ordered_ids()
        for n, dept_id in enumerate(ids):
            if dept_id in order:
                row = order.index(dept_id)
                if n == 0:
                    self.view.setCurrentIndex(self.model.index(row, COL_NAME))
                self.view.selectionModel().select(
                    self.model.index(row, COL_NAME),
                    self.view.selectionModel().SelectionFlag.Select
                    | self.view.selectionModel().SelectionFlag.Rows)

    def _update(self) -> None:
        n = len(self.selected_ids())
        self.rename_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 1 and self.model.rowCount() > 1)
        self.up_button.setEnabled(n == 1)
        self.down_button.setEnabled(n == 1)
        self.save_button.setEnabled(self.order_changed)

    def _by_id(self, dept_id: int) -> DepartmentRow:
        return next(d for d in self.rows if d.id == dept_id)

    # ------------------------------------------------------------ order

    def move_selected(self, step: int) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = self.ordered_ids().index(ids[0])
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self._renumber()
        self.order_changed = True
        # not selectRow(): with Ctrl held (Ctrl+↑) it would toggle the row instead
        sm = self.view.selectionModel()
        index = self.model.index(target, COL_NAME)
        sm.setCurrentIndex(index, sm.SelectionFlag.NoUpdate)
        sm.select(index, sm.SelectionFlag.ClearAndSelect | sm.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self._update()

    def save_order(self) -> bool:
        if not self.order_changed:
            return True
        try:
            departments.reorder_departments(self.db, self.ordered_ids())
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Danh mục khoa/phòng"), exc.message)
            self.refresh()
            return False
        self.order_changed = False
        self.changed = True
        self._update()
        return True

    # ------------------------------------------------------------ rename

    def rename_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or not self.save_order():
            return
        d = self._by_id(ids[0])
        dlg = QInputDialog(self)
        dlg.setObjectName("rename_dialog")
        dlg.setWindowTitle(self.tr("Đổi tên khoa/phòng"))
        dlg.setLabelText(self.tr("Tên mới của «{name}» (mọi báo cáo, kể cả báo cáo các ngày "
                                 "trước, sẽ ghi tên mới):").format(name=d.name))
        dlg.setTextValue(d.name)
        dlg.setOkButtonText(self.tr("Đổi tên"))
        dlg.setCancelButtonText(self.tr("Hủy"))
        dlg.findChild(QLineEdit).setMaxLength(departments.MAX_DEPARTMENT)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.textValue().strip() == d.name:
            return
        try:
            departments.rename_department(self.db, d.id, dlg.textValue())
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Đổi tên khoa/phòng"), exc.message)
            return
        self.changed = True
        self.refresh(select=[d.id])

    # ------------------------------------------------------------ merge

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.model.rowCount() < 2 or not self.save_order():
            return
        chosen = [self._by_id(i) for i in ids]
        dlg = MergeDialog(chosen, self.rows, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        target = self._by_id(dlg.target_id())
        sources = [d for d in chosen if d.id != target.id]
        if not sources:
            QMessageBox.information(self, self.tr("Gộp khoa/phòng"), self.tr(
                "Hãy chọn ít nhất một khoa/phòng khác với «{name}» để gộp vào.").format(
                name=target.name))
            return
        try:
            impact = departments.merge_impact(self.db, [d.id for d in sources], target.id)
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Gộp khoa/phòng"), exc.message)
            return
        if not self.confirm_merge(sources, target, impact):
            return
        try:
            departments.merge_departments(self.db, [d.id for d in sources], target.id)
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Gộp khoa/phòng"), exc.message)
            self.refresh()
            return
        self.changed = True
        self.refresh(select=[target.id])

    def confirm_merge(self, sources: list[DepartmentRow], target: DepartmentRow,
                      impact: departments.MergeImpact) -> bool:
        names = ", ".join(f"«{d.name}»" for d in sources)
        box = QMessageBox(self)
        box.setObjectName("confirm_merge")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Gộp khoa/phòng"))
        box.setText(self.tr("Gộp {names} vào «{target}»?").format(names=names,
                                                                   target=target.name))
        lines = [self.tr("{n} người có lịch sử ở {names} sẽ được tính ở «{target}» trong mọi "
                         "báo cáo, kể cả báo cáo các ngày trước.").format(
            n=format_int(impact.people), names=names, target=target.name)]
        if impact.reported_dates:
            dates = ", ".join(format_date(d) for d in impact.reported_dates)
            lines.append(self.tr("Báo cáo đã gửi sẽ khác khi lập lại (các dòng khoa/phòng gộp "
                                 "thành một, tổng số không đổi): Phụ lục III tính đến ngày "
                                 "{dates}.").format(dates=dates))
        else:
            lines.append(self.tr("Không báo cáo nào đã gửi có dòng của {names}.").format(
                names=names))
        lines.append(self.tr("Tên cũ được ghi nhớ để nhập Excel sau này tự nhận ra. Không hoàn "
                             "tác được."))
        box.setInformativeText("\n\n".join(lines))
        yes = box.addButton(self.tr("Gộp"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("Không"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.order_changed:
            box = QMessageBox(self)
            box.setObjectName("unsaved_order")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Danh mục khoa/phòng"))
            box.setText(self.tr("Lưu thứ tự mới của các khoa/phòng?"))
            save = box.addButton(self.tr("Lưu"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Không lưu"), QMessageBox.ButtonRole.DestructiveRole)
            stay = box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(save)
            box.exec()
            if box.clickedButton() is stay:
                return
            if box.clickedButton() is save and not self.save_order():
                return
        super().reject()
