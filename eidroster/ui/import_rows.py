"""The rows of the import preview: what each row of the file will do (add, update — with
old → new for every field it changes —, unchanged, rejected, skipped as a step back, not
written because someone else changed the person), its repairs and warnings, and the
categories the preview can show alone (``ui/import_preview.py``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QWidget,
)

from eidroster.domain.cccd import mask
from eidroster.domain.statuses import STATUS_LABEL_VI
from eidroster.domain.text import format_date
from eidroster.services.importer import (
    ADD,
    CONFLICT,
    REJECT,
    SKIP,
    UNCHANGED,
    UPDATE,
    Field,
    ImportPlan,
    RowPlan,
    column_letter,
)
from eidroster.services.importer.parse import REPAIR
from eidroster.ui.i18n import status_label

_ROOT = QModelIndex()
REJECT_BG = QColor("#f8d7da")
WARN_BG = QColor("#fff3cd")
SKIP_BG = QColor("#e2e3e5")
REPAIR_BG = QColor("#d9ecf7")

#: what the preview can show alone
ALL, ERRORS, REPAIRS, SKIPPED, WARNINGS, UPDATES, ADDS = (
    "all", "errors", "repairs", "skipped", "warnings", "updates", "adds")
_STATUS_BY_VI = {label: status for status, label in STATUS_LABEL_VI.items()}


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_date(value.date())
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def repairs_of(r: RowPlan) -> list:
    return [] if r.action == REJECT else [w for w in r.parsed.warnings if w.kind == REPAIR]


def warnings_of(r: RowPlan) -> list:
    return [] if r.action == REJECT else [w for w in r.parsed.warnings if w.kind != REPAIR]


def in_category(r: RowPlan, category: str) -> bool:
    return {
        ALL: lambda: True,
        ERRORS: lambda: r.action == REJECT,
        REPAIRS: lambda: bool(repairs_of(r)),
        SKIPPED: lambda: r.action in (SKIP, CONFLICT),
        WARNINGS: lambda: bool(warnings_of(r)),
        UPDATES: lambda: r.action == UPDATE,
        ADDS: lambda: r.action == ADD,
    }[category]()


# ---------------------------------------------------------------- the rows

class PreviewModel(QAbstractTableModel):
    """One line per data row of the file: its row number, what the import will do with
    it, what it changes (old → new), the file's cells (the CCCD masked unless asked) and
    the problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._rows: list[RowPlan] = []
        self._columns: list[int] = []
        self._headers: list[str] = []
        self._id_col: int | None = None
        self.reveal_ids = False
        self.category = ALL

    FIRST_CELL = 3  # Dòng, Kết quả, Thay đổi, then the file's columns

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        if plan is None:
            self._columns, self._headers, self._rows, self._id_col = [], [], [], None
        else:
            layout = plan.loaded.layout
            width = max((c.index for c in layout.columns), default=-1) + 1
            self._columns = list(range(width))
            self._headers = [f"{column_letter(c)} · {layout.column(c).header}".rstrip(" ·")
                             for c in self._columns]
            self._id_col = layout.col_of(Field.ID_NUMBER)
            self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self.plan.rows if self.plan else []
        self._rows = [r for r in rows if in_category(r, self.category)]

    def set_category(self, category: str) -> None:
        self.beginResetModel()
        self.category = category
        self._filter()
        self.endResetModel()

    def set_only_problems(self, on: bool) -> None:
        self.set_category(ERRORS if on else ALL)

    def set_reveal_ids(self, on: bool) -> None:
        self.reveal_ids = on
        if self._rows and self._id_col is not None:
            col = self.FIRST_CELL + self._columns.index(self._id_col)
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def row_plan(self, row: int) -> RowPlan:
        return self._rows[row]

    # Qt interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.plan is None else len(self._columns) + 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Dòng")
        if section == 1:
            return self.tr("Kết quả")
        if section == 2:
            return self.tr("Thay đổi (cũ → mới)")
        if section == len(self._columns) + self.FIRST_CELL:
            return self.tr("Vấn đề / lưu ý")
        return self._headers[section - self.FIRST_CELL]

    def action_label(self, action: str) -> str:
        return {ADD: self.tr("Thêm mới"), UPDATE: self.tr("Cập nhật"),
                UNCHANGED: self.tr("Không đổi"), REJECT: self.tr("Bị từ chối"),
                SKIP: self.tr("Bỏ qua (lùi bước)"),
                CONFLICT: self.tr("Chưa ghi (người khác vừa sửa)")}[action]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.plan is None:
            return None
        plan = self._rows[index.row()]
        col = index.column()
        last = len(self._columns) + self.FIRST_CELL
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(plan)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = "\n".join(x for x in (self.changes_text(plan, "\n"), self.messages(plan)) if x)
            return tip or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return str(plan.row)
        if col == 1:
            return self.action_label(plan.action)
        if col == 2:
            return self.changes_text(plan, "; ")
        if col == last:
            return self.messages(plan)
        sheet_col = self._columns[col - self.FIRST_CELL]
        cells = self.plan.loaded.sheet.rows[plan.parsed.index]
        value = cells[sheet_col] if sheet_col < len(cells) else None
        text = _cell_text(value)
        if sheet_col == self._id_col and not self.reveal_ids and text:
            return mask(text)
        return text

    @staticmethod
    def _background(plan: RowPlan) -> QBrush | None:
        if plan.action == REJECT:
            return QBrush(REJECT_BG)
        if plan.action in (SKIP, CONFLICT):
            return QBrush(SKIP_BG)
        if warnings_of(plan):
            return QBrush(WARN_BG)
        if repairs_of(plan):
            return QBrush(REPAIR_BG)
        return None

    def field_label(self, field: str, fallback: str) -> str:
        return {
            "name": self.tr("Họ tên"), "birth_date": self.tr("Ngày sinh"),
            "gender": self.tr("Giới tính"), "id_number": self.tr("Số định danh"),
            "title": self.tr("Chức danh"), "department": self.tr("Khoa/phòng"),
            "start_date": self.tr("Ngày vào làm"), "leave_date": self.tr("Ngày nghỉ việc"),
            "status": self.tr("Tình trạng"), "reason": self.tr("Lý do"),
            "justified": self.tr("Chính đáng"), "note": self.tr("Ghi chú"),
        }.get(field, fallback)

    @staticmethod
    def _value(field: str, text: str) -> str:
        if field == "status" and text in _STATUS_BY_VI:
            return status_label(_STATUS_BY_VI[text])
        return text

    def changes_text(self, plan: RowPlan, sep: str) -> str:
        return sep.join(f"{self.field_label(c.field, c.label)}: {self._value(c.field, c.old)} → "
                        f"{self._value(c.field, c.new)}" for c in plan.changes)

    def messages(self, plan: RowPlan) -> str:
        def line(i) -> str:
            return (f"{i.column}: " if i.column else "") + i.message

        if plan.action == REJECT:
            return "; ".join(line(i) for i in plan.parsed.problems)
        out = [line(plan.skip_reason)] if plan.skip_reason else []
        out += [self.tr("Đã tự sửa: {what}").format(what=line(i)) for i in repairs_of(plan)]
        out += [line(i) for i in warnings_of(plan)]
        return "; ".join(out)


