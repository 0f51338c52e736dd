"""The roster tab: search and quick filters, the totals line, the table, the department
list and the selected person's history.

It shows and selects; it does not write. What the user asks for (edit this row, change
this status) leaves as a signal or through the model's ``status_edit_handler``, and the
main window wires it to the editing flows (``ui/editing.py``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.aggregate import Counts
from eidroster.domain.statuses import Bucket, Status
from eidroster.services.roster import DepartmentInfo, ReasonInfo, RosterRow
from eidroster.ui import terms
from eidroster.ui.i18n import (
    bucket_label,
    current_language,
    format_int,
    format_rate,
    status_label,
)
from eidroster.ui.panels import DepartmentPanel, HistoryPanel
from eidroster.ui.roster_cells import column_widths
from eidroster.ui.roster_keys import (
    COL_DEPT,
    COL_NAME,
    COL_REASON,
    COL_STATUS,
    T_L1,
    T_L2,
    T_NONE,
    T_TOTAL,
    T_WITH_REASON,
    RosterFilter,
)
from eidroster.ui.roster_model import RosterModel


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the seven statuses, in place in the Tình trạng column."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for s in Status:
            combo.addItem(status_label(s), s.value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if i >= 0:
            editor.setCurrentIndex(i)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RosterView(QWidget):
    """The roster tab's widgets and what they show."""

    selection_changed = Signal()
    edit_requested = Signal()  # double-click (outside the status column) or Enter on a row
    shown_changed = Signal()  # the rows shown or the counts changed (filters, a reload)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RosterModel(self)
        self.departments: list[DepartmentInfo] = []
        self._build_filters()
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self._build_table()
        self.dept_panel = DepartmentPanel()
        self.dept_panel.department_chosen.connect(self._department_chosen)
        self.history = HistoryPanel()

        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.addWidget(self.table)
        self.right_split.addWidget(self.history)
        self.right_split.setStretchFactor(0, 4)
        self.right_split.setStretchFactor(1, 1)
        self.right_split.setSizes([480, 130])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.dept_panel)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([250, 1110])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.totals)
        layout.addWidget(self.main_split, 1)

    # ================================================================ building

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên (không cần dấu), số định danh hoặc khoa/phòng…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm"))
        self.search.setAccessibleDescription(self.tr(
            "Tìm theo tên không cần dấu, số định danh hoặc khoa/phòng; Esc để xóa"))
        self.search.textChanged.connect(self._search_changed)
        # Escape clears the search; on an empty search it goes to the table
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._escape_search)
        self.bucket_filter = QComboBox()
        self.bucket_filter.setObjectName("bucketFilter")
        self.bucket_filter.addItem(self.tr("Mọi tình trạng"), None)
        for b in Bucket:
            self.bucket_filter.addItem(bucket_label(b), b.value)
        self.bucket_filter.addItem(self.tr("Chưa đạt mức 2"), "not_level2")
        self.without_reason = QCheckBox(terms.without_reason())
        self.without_reason.setToolTip(terms.without_reason_help())
        self.without_reason.setWhatsThis(terms.without_reason_help())
        self.reason_filter = QComboBox()
        self.reason_filter.setObjectName("reasonFilter")
        self.reason_filter.setMinimumContentsLength(18)
        self.reason_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason_filter.addItem(self.tr("Mọi lý do"), None)
        self.employment_filter = QComboBox()
        self.employment_filter.setObjectName("employmentFilter")
        self.employment_filter.addItem(self.tr("Đang làm việc"), "active")
        self.employment_filter.addItem(self.tr("Đã nghỉ việc"), "left")
        self.employment_filter.addItem(self.tr("Cả người đã nghỉ"), "all")
        # leavers are out by default: every count in the window is of active staff,
        # and a bulk change must not touch people who have left
        self.model.set_filter(RosterFilter(employment="active"))
        self.bucket_filter.setAccessibleName(self.tr("Lọc theo tình trạng"))
        self.without_reason.setAccessibleName(self.tr("Chỉ người không có lý do chính đáng"))
        self.reason_filter.setAccessibleName(self.tr("Lọc theo lý do"))
        self.employment_filter.setAccessibleName(self.tr("Lọc theo việc làm"))
        for w in (self.bucket_filter, self.reason_filter, self.employment_filter):
            w.currentIndexChanged.connect(self._filters_changed)
        self.without_reason.toggled.connect(self._filters_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.bucket_filter)
        bar.addWidget(self.without_reason)
        bar.addWidget(self.reason_filter, 1)
        bar.addWidget(self.employment_filter)
        self._filter_bar = bar

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("roster")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the header click sorts in the model (below)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setAccessibleName(self.tr("Danh sách nhân viên"))
        self.table.setAccessibleDescription(self.tr(
            "Mũi tên để đi, Shift để chọn nhiều, Enter để sửa, Ctrl+T để cập nhật tình trạng, "
            "Ctrl+C để chép các dòng đã chọn"))
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(22)
        hh = self.table.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setSortIndicatorShown(True)
        hh.setSectionsClickable(True)
        hh.sortIndicatorChanged.connect(self._sort_requested)
        hh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._default_column_widths()
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_requested)

    def _default_column_widths(self, at_least: bool = False) -> None:
        """Widths from the font, so that the twelve columns fit 1366 px. ``at_least``:
        only widen the columns of fixed-format text (dates, statuses, yes/no) that are
        narrower than their text — widths remembered from another scale or an older
        version cut them ("Đã kích hoạt m…" at 150 %)."""
        widths = column_widths(self.table.fontMetrics(),
                               self.table.horizontalHeader().fontMetrics(), self.model._titles)  # noqa: SLF001
        for col, width in widths.items():
            if not at_least:
                self.table.setColumnWidth(col, width)
            elif col not in (COL_NAME, COL_DEPT, COL_REASON) and self.table.columnWidth(col) < width:
                self.table.setColumnWidth(col, width)

    # ================================================================ layout memory

    @staticmethod
    def _header_key() -> str:
        """Column widths are remembered per language (English words are longer)."""
        lang = current_language()
        return "window/rosterHeader" if lang == "vi" else f"window/rosterHeader_{lang}"

    def restore_state(self, s: QSettings) -> None:
        header = s.value(self._header_key())
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._default_column_widths(at_least=True)
        for key, splitter in (("window/mainSplit", self.main_split), ("window/rightSplit", self.right_split)):
            value = s.value(key)
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def save_state(self, s: QSettings) -> None:
        s.setValue(self._header_key(), self.table.horizontalHeader().saveState())
        s.setValue("window/mainSplit", self.main_split.saveState())
        s.setValue("window/rightSplit", self.right_split.saveState())

    # ================================================================ what is shown

    def set_reasons(self, reasons: list[ReasonInfo]) -> None:
        current = self.reason_filter.currentData()
        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        self.reason_filter.addItem(self.tr("Mọi lý do"), None)
        for r in reasons:
            self.reason_filter.addItem(r.label, r.id)
        i = self.reason_filter.findData(current)
        self.reason_filter.setCurrentIndex(max(0, i))
        self.reason_filter.blockSignals(False)

    def set_departments(self, departments: list[DepartmentInfo]) -> None:
        """The unit's departments in its order (the counts come from the model)."""
        self.departments = list(departments)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Department list, totals line and row count from the model's tallies."""
        tallies = self.model.tallies
        known = {d.id for d in self.departments}
        for r_id in tallies:
            if r_id not in known:  # a department created since the last full load
                row = next((r for r in self.model.all_rows() if r.department_id == r_id), None)
                if row is not None:
                    self.departments.append(DepartmentInfo(r_id, row.department, 0, 0))
                    known.add(r_id)
        infos = []
        for d in self.departments:
            t = tallies.get(d.id)
            infos.append(DepartmentInfo(d.id, d.name, t[T_TOTAL] if t else 0, t[T_L2] if t else 0))
        self.dept_panel.set_departments(infos)
        self._update_totals()
        self.selection_changed.emit()

    def totals_counts(self) -> Counts:
        """Counts of the active employees on today's date (of the chosen department)."""
        dept = self.model.current_filter().department_id
        total = [0, 0, 0, 0, 0]
        for dept_id, t in self.model.tallies.items():
            if dept is None or dept_id == dept:
                for k in range(5):
                    total[k] += t[k]
        not_l2 = total[T_NONE] + total[T_L1]
        return Counts(total[T_TOTAL], total[T_NONE], total[T_L1], total[T_L2],
                      total[T_WITH_REASON], not_l2 - total[T_WITH_REASON])

    def _update_totals(self) -> None:
        c = self.totals_counts()
        self.totals.setText(self.tr(
            "Đang làm việc: <b>{total}</b> &nbsp;·&nbsp; Chưa định danh: <b>{none}</b> &nbsp;·&nbsp; "
            "Mức 1: <b>{l1}</b> &nbsp;·&nbsp; Mức 2: <b>{l2}</b> &nbsp;·&nbsp; Chưa mức 2 có lý do "
            "chính đáng: <b>{wr}</b> &nbsp;·&nbsp; không có lý do chính đáng: "
            "<b style='color:#b02a37'>{wo}</b> "
            "&nbsp;·&nbsp; Tỉ lệ mức 2: <b>{rate}</b>"
        ).format(total=format_int(c.total), none=format_int(c.none), l1=format_int(c.level1),
                 l2=format_int(c.level2), wr=format_int(c.with_reason),
                 wo=format_int(c.without_reason), rate=format_rate(c.level2, c.total)))
        self.shown_changed.emit()

    def count_text(self, selected: int) -> str:
        text = self.tr("Đang hiện {shown} / {total} dòng").format(
            shown=format_int(self.model.visible_count()), total=format_int(len(self.model.all_rows())))
        if selected:
            text += " · " + self.tr("{n} đã chọn").format(n=format_int(selected))
        return text

    # ================================================================ filters, sorting

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_table(self) -> None:
        """Put the keyboard in the table, on the current row (the first if none)."""
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COL_NAME))

    def _escape_search(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.focus_table()

    def _search_changed(self, text: str) -> None:
        self.model.set_search_text(text)
        self.shown_changed.emit()

    def current_filter(self) -> RosterFilter:
        """The filters as the widgets show them."""
        bucket = self.bucket_filter.currentData()
        return RosterFilter(
            text=self.search.text(),
            bucket=Bucket(bucket) if bucket in {b.value for b in Bucket} else None,
            not_level2=bucket == "not_level2",
            without_reason=self.without_reason.isChecked(),
            reason_id=self.reason_filter.currentData(),
            department_id=self.model.current_filter().department_id,
            employment=self.employment_filter.currentData() or "all",
        )

    def _filters_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        self.shown_changed.emit()

    def _department_chosen(self, dept_id: int | None) -> None:
        flt = self.current_filter()
        flt.department_id = dept_id
        self.model.set_filter(flt)
        self._update_totals()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if column >= 0:
            self.model.sort(column, order)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.table.horizontalHeader().setSortIndicator(column, order)

    # ================================================================ selection

    def selected_positions(self) -> list[int]:
        """The shown rows that are selected, top to bottom (from the selection's ranges:
        ``selectedRows()`` asks the model about every cell, ~1 s for 10,000 rows)."""
        rows: set[int] = set()
        count = self.model.rowCount()
        for rng in self.table.selectionModel().selection():
            if rng.isValid():
                rows.update(range(rng.top(), min(rng.bottom(), count - 1) + 1))
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        return [self.model.row_at(r).id for r in self.selected_positions()]

    def selected_rows(self) -> list[RosterRow]:
        out = []
        for rid in self.selected_ids():
            row = self.model.row_by_id(rid)
            if row is not None:
                out.append(row)
        return out

    def current_row(self) -> RosterRow | None:
        idx = self.table.currentIndex()
        if idx.isValid() and self.table.selectionModel().isRowSelected(idx.row(), QModelIndex()):
            return self.model.row_at(idx.row())
        rows = self.selected_rows()
        return rows[0] if rows else None

    def select_ids(self, ids: list[int]) -> None:
        sm = self.table.selectionModel()
        sm.clearSelection()
        first = None
        selection = QItemSelection()
        for rid in ids:
            pos = self.model.visible_position(rid)
            if pos is None:
                continue
            if first is None:
                first = pos
            selection.select(self.model.index(pos, 0), self.model.index(pos, self.model.columnCount() - 1))
        if not selection.isEmpty():
            sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            sm.setCurrentIndex(self.model.index(first, COL_NAME), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_STATUS:
            self.table.edit(index)
            return
        self.edit_requested.emit()
