"""The roster table model: all rows in memory, sorted and filtered in the model itself.

Why not ``QSortFilterProxyModel``: sorting 100k rows through it took 20–35 s here
(environment.md); sorting a list of row indices on a precomputed key takes ~0.1 s, and
filtering a list of precomputed accent-free keys ~10–20 ms (benchmarks/bench_ui.py).

``_rows`` holds every :class:`RosterRow`; ``_order`` is the sorted list of indices into
``_rows``; ``_visible`` is the filtered sub-list shown by the view. Search keys and sort
keys are computed once per row (``_search`` / ``_sort_cache``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from eidroster.domain.statuses import Status
from eidroster.domain.text import fold
from eidroster.services.roster import RosterRow
from eidroster.ui import terms
from eidroster.ui.roster_cells import (
    BUCKET_BRUSHES,
    CENTER,
    CENTERED,
    column_titles,
    display,
    foreground,
    tooltip,
)
from eidroster.ui.roster_keys import (
    COL_ID,
    COL_JUSTIFIED,
    COL_STATUS,
    COL_TT,
    COLUMN_COUNT,
    PreparedRoster,
    RosterFilter,
    accepts,
    narrow,
    narrowing,
    prepare_rows,
    quick_mask,
    search_key_of,
    search_words,
    shown,
    sort_key_for,
    tally_add,
    without,
)

_ROOT = QModelIndex()
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ROLES = frozenset({_DISPLAY, _BACKGROUND, _FOREGROUND, _FONT, _TOOLTIP, _ALIGN, _EDIT,
                    int(ROW_ID_ROLE), int(STATUS_ROLE)})
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
__all__ = ["ROW_ID_ROLE", "STATUS_ROLE", "RosterModel"]


class RosterModel(QAbstractTableModel):
    """Every employee of the roster, with in-model sort and filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self.tallies: dict[int, list[int]] = {}  # department id -> T_* counts (active today)
        self._search: list[str] = []
        self._index_of_id: dict[int, int] = {}
        self._order: list[int] = []
        self._visible: list[int] = []
        self._sort_cache: dict[int, list] = {}
        self._sort_column = -1
        self._sort_desc = False
        self._filter = RosterFilter()
        self._allowed: bytearray | None = None  # structural filter mask (None = all)
        self._allowed_for: tuple | None = None
        self._revealed: set[int] = set()
        self._titles = column_titles()
        self._italic = QFont()
        self._italic.setItalic(True)
        # Called with (row ids, status) when the user picks a status in the table; the
        # window turns it into an undoable command. None: the column is read-only.
        self.status_edit_handler: Callable[[list[int], Status], None] | None = None

    # ------------------------------------------------------------ loading

    def set_rows(self, rows: Sequence[RosterRow] | PreparedRoster) -> None:
        """Replace everything (after loading from the database). Pass a
        :class:`PreparedRoster` built on the worker thread to keep the GUI thread free."""
        prepared = rows if isinstance(rows, PreparedRoster) else prepare_rows(rows, self._filter.today)
        self.beginResetModel()
        self._rows = prepared.rows
        self._search = prepared.search
        self._index_of_id = prepared.index_of_id
        self.tallies = prepared.tallies
        self._sort_cache.clear()
        self._revealed &= set(self._index_of_id)
        self._allowed_for = None
        if prepared.mask_for is not None and prepared.mask_for == self._filter.structural():
            self._allowed, self._allowed_for = prepared.mask, prepared.mask_for
        self._order = self._sorted_order()
        self._visible = self._compute_visible()
        self.endResetModel()

    def update_rows(self, rows: Iterable[RosterRow], removed: Iterable[int] = ()) -> None:
        """Replace, add or remove a few rows (after an edit) keeping sort, filter,
        selection and the counts; touches only those rows' keys."""
        rows = list(rows)
        removed_idx = sorted(self._index_of_id[i] for i in set(removed) if i in self._index_of_id)
        if not removed_idx and all(r.id in self._index_of_id for r in rows):
            self._replace_rows(rows)
            return
        self.layoutAboutToBeChanged.emit()
        persistent_ids = self._persistent_ids()
        if removed_idx:
            self._remove_indices(removed_idx)
        held = len(self._rows)
        self._put(rows)
        appended = len(self._rows) > held
        # Timsort on an almost sorted list: a few ms at 100k rows
        if appended or self._sort_column not in (-1, COL_TT):
            self._order = self._sorted_order()
        self._visible = self._compute_visible()
        self._move_persistent(persistent_ids)
        self.layoutChanged.emit()

    def _put(self, rows: list[RosterRow]) -> None:
        """New values for the rows held, the others appended: keys, counts, mask."""
        today = self._filter.today
        changed: list[int] = []
        dept_fold: dict[str, str] = {}
        for r in rows:
            df = dept_fold.get(r.department)
            if df is None:
                df = dept_fold[r.department] = fold(r.department)
            i = self._index_of_id.get(r.id)
            if i is None:
                i = self._index_of_id[r.id] = len(self._rows)
                self._rows.append(r)
                self._search.append("")
            else:
                tally_add(self.tallies, self._rows[i], today, -1)
                self._rows[i] = r
            self._search[i] = search_key_of(r, df)
            tally_add(self.tallies, r, today, 1)
            changed.append(i)
        if self._allowed is not None and len(self._allowed) < len(self._rows):
            self._allowed.extend(bytes(len(self._rows) - len(self._allowed)))
        if any(len(keys) < len(self._rows) for keys in self._sort_cache.values()):
            self._sort_cache.clear()  # rows were added: made again when next sorted
        self._rekey(changed)

    def _rekey(self, changed: list[int]) -> None:
        """The sort keys and the quick-filter mask of the rows at ``changed``."""
        for col, keys in self._sort_cache.items():
            for i in changed:
                keys[i] = sort_key_for(col, self._rows[i], i)
        if self._allowed is not None:
            for i in changed:
                self._allowed[i] = 1 if self._accepts(self._rows[i]) else 0

    def _persistent_ids(self) -> list[tuple[QModelIndex, int | None]]:
        return [
            (p, self._rows[self._visible[p.row()]].id if 0 <= p.row() < len(self._visible) else None)
            for p in self.persistentIndexList()
        ]

    def _move_persistent(self, persistent_ids: list[tuple[QModelIndex, int | None]]) -> None:
        pos = {self._rows[i].id: n for n, i in enumerate(self._visible)} if persistent_ids else {}
        for p, rid in persistent_ids:
            n = pos.get(rid) if rid is not None else None
            if n is None:
                self.changePersistentIndex(p, QModelIndex())
            else:
                self.changePersistentIndex(p, self.index(n, p.column()))

    def _replace_rows(self, rows: list[RosterRow]) -> None:
        """New values for rows already held (the usual edit or bulk change)."""
        self.replace_values(rows)
        self.refresh_layout()

    def can_replace(self, rows: list[RosterRow]) -> bool:
        """True when every row is already held (``replace_values`` applies)."""
        return all(r.id in self._index_of_id for r in rows)

    def replace_values(self, rows: list[RosterRow]) -> None:
        """New values for rows already held, their keys and the counts; the rows shown
        stay where they are until :meth:`refresh_layout` (a bulk change is applied in
        slices of a few thousand rows, each one event-loop turn)."""
        self._put(rows)
        if self._visible:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._visible) - 1, COLUMN_COUNT - 1))

    def refresh_layout(self) -> None:
        """Sort and filter again after ``replace_values``. When the same rows stay shown
        in the same order nothing more is sent: no layout change, so the view and the
        selection keep their state for free (a layout change with 10,000 selected rows
        cost the GUI thread ~0.5 s)."""
        order = self._sorted_order() if self._sort_column not in (-1, COL_TT) else self._order
        old_visible = self._visible
        saved_order = self._order
        self._order = order
        visible = self._compute_visible()
        if visible == old_visible:
            return
        self._order = saved_order  # the layout change starts from what is shown
        self.layoutAboutToBeChanged.emit()
        persistent_ids = self._persistent_ids()
        self._order, self._visible = order, visible
        self._move_persistent(persistent_ids)
        self.layoutChanged.emit()

    def _remove_indices(self, indices: list[int]) -> None:
        """Drop rows by index, keeping every precomputed list aligned (no re-sort: the
        remaining order stays sorted)."""
        today = self._filter.today
        gone = set(indices)
        for i in indices:
            tally_add(self.tallies, self._rows[i], today, -1)
            self._revealed.discard(self._rows[i].id)
        n = len(self._rows)
        new_pos = [-1] * n
        k = 0
        for i in range(n):
            if i not in gone:
                new_pos[i] = k
                k += 1

        self._rows = without(self._rows, gone)
        self._search = without(self._search, gone)
        for col in list(self._sort_cache):
            self._sort_cache[col] = without(self._sort_cache[col], gone)
        if self._allowed is not None:
            self._allowed = bytearray(without(self._allowed, gone))
        self._order = [new_pos[i] for i in self._order if new_pos[i] >= 0]
        self._index_of_id = {r.id: i for i, r in enumerate(self._rows)}

    # ------------------------------------------------------------ access

    def all_rows(self) -> list[RosterRow]:
        return self._rows

    def visible_rows(self) -> list[RosterRow]:
        return [self._rows[i] for i in self._visible]

    def row_at(self, row: int) -> RosterRow:
        return self._rows[self._visible[row]]

    def row_by_id(self, employee_id: int) -> RosterRow | None:
        i = self._index_of_id.get(employee_id)
        return self._rows[i] if i is not None else None

    def versions_of(self, ids: list[int]) -> dict[int, int]:
        """The versions of ``ids`` as shown (what a write or an undo checks against)."""
        return {i: row.version for i in ids if (row := self.row_by_id(i)) is not None}

    def visible_position(self, employee_id: int) -> int | None:
        i = self._index_of_id.get(employee_id)
        if i is None:
            return None
        try:
            return self._visible.index(i)
        except ValueError:
            return None

    def reveal(self, employee_ids: Iterable[int]) -> None:
        ids = set(employee_ids) & set(self._index_of_id)
        self._revealed |= ids
        self._emit_column(COL_ID)

    def hide_all_ids(self) -> None:
        self._revealed.clear()
        self._emit_column(COL_ID)

    def is_revealed(self, employee_id: int) -> bool:
        return employee_id in self._revealed

    def _emit_column(self, col: int) -> None:
        if self._visible:
            self.dataChanged.emit(self.index(0, col), self.index(len(self._visible) - 1, col))

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
                return self._titles[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_JUSTIFIED:
                return terms.justified_column_help()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # called for every selected cell by the selection model: no enum arithmetic here
        if not index.isValid():
            return _NO_FLAGS
        if index.column() == COL_STATUS and self.status_edit_handler is not None:
            return _EDITABLE
        return _SELECTABLE

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # called ~1,700 times per repaint: plain int roles, prebuilt brushes
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        n = index.row()
        if n >= len(self._visible):
            return None
        r = self._rows[self._visible[n]]
        col = index.column()
        if role == _DISPLAY:
            return display(r, n, col, r.id in self._revealed)
        if role == _BACKGROUND:
            return BUCKET_BRUSHES[r.bucket] if col == COL_STATUS else None
        if role == _FOREGROUND:
            return foreground(r, col, self._filter.today)
        if role == _FONT:
            if r.leave_date is not None and r.leave_date <= self._filter.today:
                return self._italic
            return None
        if role == _TOOLTIP:
            return tooltip(r, col, r.id in self._revealed)
        if role == _ALIGN:
            return CENTER if col in CENTERED else None
        if role == ROW_ID_ROLE:
            return r.id
        if col == COL_STATUS:  # STATUS_ROLE, EditRole
            return r.status.value
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != COL_STATUS or role != Qt.ItemDataRole.EditRole
                or self.status_edit_handler is None):
            return False
        try:
            status = Status(value)
        except ValueError:
            return False
        r = self.row_at(index.row())
        if status is r.status:
            return False
        self.status_edit_handler([r.id], status)
        return True

    # ------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent_ids = self._persistent_ids()
        self._sort_column = column
        self._sort_desc = order == Qt.SortOrder.DescendingOrder
        self._order = self._sorted_order()
        self._visible = self._compute_visible()
        self._move_persistent(persistent_ids)
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, bool]:
        return self._sort_column, self._sort_desc

    def _sort_keys(self, column: int) -> list:
        keys = self._sort_cache.get(column)
        if keys is None:
            keys = [sort_key_for(column, r, i) for i, r in enumerate(self._rows)]
            self._sort_cache[column] = keys
        return keys

    def _sorted_order(self) -> list[int]:
        n = len(self._rows)
        if self._sort_column < 0 or self._sort_column == COL_TT:
            order = list(range(n))
            if self._sort_desc and self._sort_column == COL_TT:
                order.reverse()
            return order
        keys = self._sort_keys(self._sort_column)
        # Python's sort is stable: ties keep the loaded order (department, then name).
        return sorted(range(n), key=keys.__getitem__, reverse=self._sort_desc)

    # ------------------------------------------------------------ filtering

    def current_filter(self) -> RosterFilter:
        return self._filter

    def set_filter(self, flt: RosterFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_search_text(self, text: str) -> None:
        """The search box: one call per keystroke, a few ms at 100k rows. When the new
        text only adds to the old one (the usual typing), only the rows already shown
        are searched again."""
        if text == self._filter.text:
            return
        narrows = narrowing(self._filter.text, text)
        self.beginResetModel()
        self._filter.text = text
        if narrows:
            self._visible = narrow(self._visible, self._search, search_words(text))
        else:
            self._visible = self._compute_visible()
        self.endResetModel()

    def _accepts(self, r: RosterRow) -> bool:
        return accepts(self._filter, r)

    def _structural_mask(self) -> bytearray | None:
        f = self._filter
        key = f.structural()
        if self._allowed_for == key:
            return self._allowed
        mask = quick_mask(f, self._rows)
        self._allowed, self._allowed_for = mask, key
        return mask

    def _compute_visible(self) -> list[int]:
        return shown(self._order, self._structural_mask(), self._search,
                     search_words(self._filter.text))

    # ------------------------------------------------------------ totals of what is shown

    def visible_count(self) -> int:
        return len(self._visible)
