"""The roster table model: all rows in memory, sorted and filtered in the model itself.

Why not ``QSortFilterProxyModel``: sorting 100k rows through it took 20–35 s here
(environment.md); sorting a list of row indices on a precomputed key takes ~0.1 s, and
filtering a list of precomputed accent-free keys ~10–20 ms (benchmarks/bench_ui.py).

``_rows`` holds every :class:`RosterRow`; ``_order`` is the sorted list of indices into
``_rows``; ``_visible`` is the filtered sub-list shown by the view. Search keys and sort
keys are computed once per row (``_search`` / ``_sort_cache``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.domain.text import fold, format_date, format_int, text_sort_key
from eidroster.services.roster import RosterRow
from eidroster.ui import terms
from eidroster.ui.i18n import bucket_label, gender_label, status_label, yes_no

# Column numbers (named, so no code uses a bare number).
COL_TT = 0
COL_NAME = 1
COL_BIRTH = 2
COL_GENDER = 3
COL_DEPT = 4
COL_ID = 5
COL_STATUS = 6
COL_REASON = 7
COL_JUSTIFIED = 8
COL_VNEID = 9
COL_DVCQG = 10
COL_UPDATED = 11
COLUMN_COUNT = 12

_ROOT = QModelIndex()
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

BUCKET_COLOURS: dict[Bucket, QColor] = {
    Bucket.NONE: QColor("#f8d7da"),
    Bucket.LEVEL1: QColor("#fff3cd"),
    Bucket.LEVEL2: QColor("#d1e7dd"),
}
LEAVER_COLOUR = QColor("#8a8a8a")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ROLES = frozenset({_DISPLAY, _BACKGROUND, _FOREGROUND, _FONT, _TOOLTIP, _ALIGN, _EDIT,
                    int(ROW_ID_ROLE), int(STATUS_ROLE)})
_BUCKET_BRUSHES = {b: QBrush(c) for b, c in BUCKET_COLOURS.items()}
_LEAVER_BRUSH = QBrush(LEAVER_COLOUR)
_WARN_BRUSH = QBrush(QColor("#b02a37"))
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
_CENTERED = frozenset({COL_TT, COL_BIRTH, COL_GENDER, COL_ID, COL_JUSTIFIED, COL_VNEID,
                       COL_DVCQG, COL_UPDATED})


def column_titles() -> list[str]:

    return [
        QCoreApplication.translate("RosterModel", "TT"),
        QCoreApplication.translate("RosterModel", "Họ và tên"),
        QCoreApplication.translate("RosterModel", "Ngày sinh"),
        QCoreApplication.translate("RosterModel", "Giới\ntính"),
        QCoreApplication.translate("RosterModel", "Khoa/phòng"),
        QCoreApplication.translate("RosterModel", "Số định danh"),
        QCoreApplication.translate("RosterModel", "Tình trạng"),
        QCoreApplication.translate("RosterModel", "Lý do"),
        QCoreApplication.translate("RosterModel", "Lý do\nchính đáng"),
        QCoreApplication.translate("RosterModel", "VNeID\nđăng nhập"),
        QCoreApplication.translate("RosterModel", "Dùng\nDVCQG"),
        QCoreApplication.translate("RosterModel", "Cập nhật"),
    ]


@dataclass
class RosterFilter:
    """The quick filters; everything empty = every row."""

    text: str = ""
    bucket: Bucket | None = None
    not_level2: bool = False  # "Chưa đạt mức 2": both lower buckets
    without_reason: bool = False  # not at level 2 and no justified reason
    reason_id: int | None = None
    department_id: int | None = None
    employment: str = "all"  # "all", "active", "left"
    today: dt.date = field(default_factory=dt.date.today)

    def structural(self) -> tuple:
        return (self.bucket, self.not_level2, self.without_reason, self.reason_id, self.department_id,
                self.employment, self.today)


def search_key_of(row: RosterRow, dept_fold: str) -> str:
    """Accent-free key matched by the search box: name, CCCD digits, department."""
    return f"{row.search_key} {row.id_number or ''} {dept_fold}"


# Tally slots per department (active employees on the day): the report's numbers.
T_TOTAL, T_NONE, T_L1, T_L2, T_WITH_REASON = range(5)


def tally_add(tallies: dict[int, list[int]], row: RosterRow, today: dt.date, sign: int) -> None:
    """Add (sign 1) or remove (sign -1) one row's contribution to the per-department
    counts of active employees on ``today``."""
    # called twice per row of a bulk change: plain lookups, no Enum construction
    start, leave = row.start_date, row.leave_date
    if (start is not None and start > today) or (leave is not None and leave <= today):
        return
    t = tallies.get(row.department_id)
    if t is None:
        t = tallies[row.department_id] = [0, 0, 0, 0, 0]
    t[T_TOTAL] += sign
    slot = _TALLY_SLOT[row.status]
    t[slot] += sign
    if slot != T_L2 and row.justified:
        t[T_WITH_REASON] += sign


_TALLY_SLOT = {s: (T_L2 if bucket_of(s) is Bucket.LEVEL2 else
                   T_NONE if bucket_of(s) is Bucket.NONE else T_L1) for s in Status}


def accepts(f: RosterFilter, r: RosterRow) -> bool:
    """The quick filters (not the search text) for one row."""
    if f.department_id is not None and r.department_id != f.department_id:
        return False
    b = bucket_of(r.status)
    if f.bucket is not None and b is not f.bucket:
        return False
    if f.not_level2 and b is Bucket.LEVEL2:
        return False
    if f.without_reason and (b is Bucket.LEVEL2 or r.justified):
        return False
    if f.reason_id is not None and (r.reason_id != f.reason_id or b is Bucket.LEVEL2):
        return False
    if f.employment != "all":
        left = r.leave_date is not None and r.leave_date <= f.today
        if (f.employment == "left") != left:
            return False
    return True


@dataclass
class PreparedRoster:
    """The per-row keys and counts, computed off the GUI thread (pure Python)."""

    rows: list[RosterRow]
    search: list[str]
    index_of_id: dict[int, int]
    tallies: dict[int, list[int]]
    today: dt.date
    mask: bytearray | None = None  # the quick filters' mask for ``mask_for``
    mask_for: tuple | None = None


def prepare_rows(rows: Sequence[RosterRow], today: dt.date | None = None,
                 flt: RosterFilter | None = None) -> PreparedRoster:
    """Keys and counts of ``rows``; with ``flt``, also the mask of its quick filters (at
    100,000 people the mask took the GUI thread ~0.3-1 s when made there)."""
    today = today or dt.date.today()
    rows = list(rows)
    dept_fold: dict[str, str] = {}
    search = []
    tallies: dict[int, list[int]] = {}
    for r in rows:
        df = dept_fold.get(r.department)
        if df is None:
            df = dept_fold[r.department] = fold(r.department)
        search.append(search_key_of(r, df))
        tally_add(tallies, r, today, 1)
    prepared = PreparedRoster(rows, search, {r.id: i for i, r in enumerate(rows)}, tallies, today)
    if flt is not None and _has_quick_filter(flt):
        prepared.mask = bytearray(1 if accepts(flt, r) else 0 for r in rows)
        prepared.mask_for = flt.structural()
    return prepared


def _has_quick_filter(f: RosterFilter) -> bool:
    return not (f.bucket is None and not f.not_level2 and not f.without_reason
                and f.reason_id is None and f.department_id is None and f.employment == "all")


_text_keys: dict[str, str] = {}


def _text_key(text: str) -> str:
    """text_sort_key, remembered (departments and reasons repeat on every row)."""
    k = _text_keys.get(text)
    if k is None:
        if len(_text_keys) > 5000:
            _text_keys.clear()
        k = _text_keys[text] = text_sort_key(text)
    return k


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
        self._last_text = ""
        self._revealed: set[int] = set()
        self._titles = column_titles()
        self._bold = QFont()
        self._bold.setBold(True)
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
        today = self._filter.today
        changed: list[int] = []
        appended = False
        for r in rows:
            i = self._index_of_id.get(r.id)
            key = search_key_of(r, fold(r.department))
            if i is None:
                i = len(self._rows)
                self._rows.append(r)
                self._search.append(key)
                self._index_of_id[r.id] = i
                appended = True
            else:
                tally_add(self.tallies, self._rows[i], today, -1)
                self._rows[i] = r
                self._search[i] = key
            tally_add(self.tallies, r, today, 1)
            changed.append(i)
        if appended:
            self._sort_cache.clear()
            if self._allowed is not None:
                self._allowed.extend(bytes(len(self._rows) - len(self._allowed)))
        self._rekey(changed)
        # Timsort on an almost sorted list: a few ms at 100k rows
        if appended or self._sort_column not in (-1, COL_TT):
            self._order = self._sorted_order()
        self._visible = self._compute_visible()
        self._move_persistent(persistent_ids)
        self.layoutChanged.emit()

    def _rekey(self, changed: list[int]) -> None:
        """The sort keys and the quick-filter mask of the rows at ``changed``."""
        for col, keys in self._sort_cache.items():
            for i in changed:
                keys[i] = self._sort_key_for(col, self._rows[i], i)
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
        today = self._filter.today
        changed: list[int] = []
        dept_fold: dict[str, str] = {}
        for r in rows:
            i = self._index_of_id[r.id]
            df = dept_fold.get(r.department)
            if df is None:
                df = dept_fold[r.department] = fold(r.department)
            tally_add(self.tallies, self._rows[i], today, -1)
            self._rows[i] = r
            self._search[i] = search_key_of(r, df)
            tally_add(self.tallies, r, today, 1)
            changed.append(i)
        self._rekey(changed)
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

        def keep(seq):
            return [x for i, x in enumerate(seq) if i not in gone]

        self._rows = keep(self._rows)
        self._search = keep(self._search)
        for col in list(self._sort_cache):
            self._sort_cache[col] = keep(self._sort_cache[col])
        if self._allowed is not None:
            self._allowed = bytearray(keep(self._allowed))
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
            return self._display(r, n, col)
        if role == _BACKGROUND:
            return _BUCKET_BRUSHES[r.bucket] if col == COL_STATUS else None
        if role == _FOREGROUND:
            if r.leave_date is not None and r.leave_date <= self._filter.today:
                return _LEAVER_BRUSH
            if col == COL_JUSTIFIED and r.bucket is not Bucket.LEVEL2 and not r.justified:
                return _WARN_BRUSH
            return None
        if role == _FONT:
            if r.leave_date is not None and r.leave_date <= self._filter.today:
                return self._italic
            return None
        if role == _TOOLTIP:
            return self._tooltip(r, col)
        if role == _ALIGN:
            return _CENTER if col in _CENTERED else None
        if role == ROW_ID_ROLE:
            return r.id
        if col == COL_STATUS:  # STATUS_ROLE, EditRole
            return r.status.value
        return None

    def _display(self, r: RosterRow, n: int, col: int) -> str:
        if col == COL_TT:
            return format_int(n + 1)
        if col == COL_NAME:
            return r.full_name
        if col == COL_BIRTH:
            return format_date(r.birth_date)
        if col == COL_GENDER:
            return gender_label(r.gender)
        if col == COL_DEPT:
            return r.department
        if col == COL_ID:
            return (r.id_number or "") if r.id in self._revealed else r.masked_id
        if col == COL_STATUS:
            return status_label(r.status)
        if col == COL_REASON:
            return "" if r.bucket is Bucket.LEVEL2 else r.reason
        if col == COL_JUSTIFIED:
            return "" if r.bucket is Bucket.LEVEL2 else yes_no(r.justified)
        if col == COL_VNEID:
            return yes_no(r.vneid_login)
        if col == COL_DVCQG:
            return yes_no(r.dvcqg_used)
        if col == COL_UPDATED:
            return format_date(r.updated)
        return ""

    def _tooltip(self, r: RosterRow, col: int) -> str | None:

        parts = []
        if col in (COL_NAME, COL_DEPT, COL_REASON, COL_STATUS):
            parts.append(self._display(r, 0, col))
        if col == COL_STATUS:
            parts.append(bucket_label(r.bucket))
        if col == COL_REASON and r.note:
            parts.append(r.note)
        if r.leave_date is not None:
            parts.append(QCoreApplication.translate("RosterModel", "Nghỉ việc từ {date}").format(date=format_date(r.leave_date)))
        if col == COL_ID and r.id not in self._revealed and r.id_number:
            parts.append(QCoreApplication.translate("RosterModel", "Số bị che; chọn dòng rồi bấm Ctrl+H để xem đủ"))
        return "\n".join(parts) or None

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
        persistent = self.persistentIndexList()
        ids = [
            (p, self._rows[self._visible[p.row()]].id if 0 <= p.row() < len(self._visible) else None)
            for p in persistent
        ]
        self._sort_column = column
        self._sort_desc = order == Qt.SortOrder.DescendingOrder
        self._order = self._sorted_order()
        self._visible = self._compute_visible()
        if ids:
            pos = {self._rows[i].id: n for n, i in enumerate(self._visible)}
            for p, rid in ids:
                n = pos.get(rid) if rid is not None else None
                self.changePersistentIndex(
                    p, self.index(n, p.column()) if n is not None else QModelIndex())
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, bool]:
        return self._sort_column, self._sort_desc

    def _sort_keys(self, column: int) -> list:
        keys = self._sort_cache.get(column)
        if keys is None:
            keys = [self._sort_key_for(column, r, i) for i, r in enumerate(self._rows)]
            self._sort_cache[column] = keys
        return keys

    _STATUS_ORDER = {s: n for n, s in enumerate(Status)}

    def _sort_key_for(self, column: int, r: RosterRow, i: int):
        """The precomputed sort key of one row for one column (text in Vietnamese order)."""
        if column == COL_NAME:
            return r.sort_key
        if column == COL_BIRTH:
            return r.birth_date or dt.date.max
        if column == COL_GENDER:
            return r.gender or ""
        if column == COL_DEPT:
            return _text_key(r.department)
        if column == COL_ID:
            return r.id_number or ""
        if column == COL_STATUS:
            return self._STATUS_ORDER[r.status]
        if column == COL_REASON:
            return _text_key("" if r.bucket is Bucket.LEVEL2 else r.reason)
        if column == COL_JUSTIFIED:
            return (r.bucket is Bucket.LEVEL2, r.justified)
        if column == COL_VNEID:
            return r.vneid_login
        if column == COL_DVCQG:
            return r.dvcqg_used
        if column == COL_UPDATED:
            return r.updated or dt.date.min
        return i  # TT: the loaded order

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
        old_words = [w for w in fold(self._filter.text).split(" ") if w]
        new_words = [w for w in fold(text).split(" ") if w]
        narrowing = bool(old_words) and len(new_words) >= len(old_words) and all(
            n.find(o) >= 0 for o, n in zip(old_words, new_words, strict=False))
        self.beginResetModel()
        self._filter.text = text
        if narrowing:
            self._visible = self._narrow(self._visible, new_words)
        else:
            self._visible = self._compute_visible()
        self.endResetModel()

    def _narrow(self, candidates: list[int], words: list[str]) -> list[int]:
        search = self._search
        for w in words:
            candidates = [i for i in candidates if w in search[i]]
        return candidates

    def _accepts(self, r: RosterRow) -> bool:
        return accepts(self._filter, r)

    def _structural_mask(self) -> bytearray | None:
        f = self._filter
        key = f.structural()
        if self._allowed_for == key:
            return self._allowed
        if not _has_quick_filter(f):
            mask = None
        else:
            accepts = self._accepts
            mask = bytearray(1 if accepts(r) else 0 for r in self._rows)
        self._allowed, self._allowed_for = mask, key
        return mask

    def _compute_visible(self) -> list[int]:
        mask = self._structural_mask()
        words = [w for w in fold(self._filter.text).split(" ") if w]
        order = self._order
        search = self._search
        if not words:
            if mask is None:
                return list(order)
            return [i for i in order if mask[i]]
        w = words[0]
        if mask is None:
            first = [i for i in order if w in search[i]]
        else:
            first = [i for i in order if mask[i] and w in search[i]]
        return self._narrow(first, words[1:])

    # ------------------------------------------------------------ totals of what is shown

    def visible_count(self) -> int:
        return len(self._visible)
