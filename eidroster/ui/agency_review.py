"""The merge window's two review tables: one line per unit and file (counts, rate,
status), and every problem with its unit, file, row and column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from eidroster.domain.agency import HELD_OUT, MERGED, PROBLEM, SET_ASIDE, MergeResult
from eidroster.ui.i18n import format_int, format_rate

STATUS_COLOUR = {MERGED: None, PROBLEM: "#fff3cd", HELD_OUT: "#f8d7da", SET_ASIDE: "#e9ecef"}
UNIT_COLUMNS = 11
STATUS_COLUMN = 9


def status_text(status: str) -> str:
    return {
        MERGED: QCoreApplication.translate("AgencyReview", "đã tổng hợp"),
        PROBLEM: QCoreApplication.translate("AgencyReview", "có vấn đề"),
        HELD_OUT: QCoreApplication.translate("AgencyReview", "không tổng hợp"),
        SET_ASIDE: QCoreApplication.translate("AgencyReview", "không dùng (trùng đơn vị)"),
    }[status]


def _item(text: str, right: bool = False, tip: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tip and text:
        item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _view(model: QStandardItemModel, stretch: int, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    # rows as tall as their wrapped text: a reason is read whole, not cut at "…"
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _cap_names(view: QTableView) -> None:
    """The unit and file columns at most about 34 and 30 characters wide (longer names
    wrap), so the reason or problem column keeps room to be read."""
    em = view.fontMetrics().averageCharWidth()
    for column, chars in ((0, 34), (1, 30)):
        if view.columnWidth(column) > chars * em:
            view.setColumnWidth(column, chars * em)


class ReviewTables:
    """The unit lines and the problems of the last merge, as two read-only tables."""

    def __init__(self, parent: QWidget) -> None:
        self.units = QStandardItemModel(0, UNIT_COLUMNS, parent)
        self.units.setHorizontalHeaderLabels([
            QCoreApplication.translate("AgencyReview", "Đơn vị"),
            QCoreApplication.translate("AgencyReview", "Tệp"),
            QCoreApplication.translate("AgencyReview", "Tổng số"),
            QCoreApplication.translate("AgencyReview", "Chưa định danh"),
            QCoreApplication.translate("AgencyReview", "Mức 1"),
            QCoreApplication.translate("AgencyReview", "Mức 2"),
            QCoreApplication.translate("AgencyReview", "Có lý do"),
            QCoreApplication.translate("AgencyReview", "Không có lý do"),
            QCoreApplication.translate("AgencyReview", "Tỉ lệ mức 2"),
            QCoreApplication.translate("AgencyReview", "Tình trạng"),
            QCoreApplication.translate("AgencyReview", "Lý do")])
        self.problems = QStandardItemModel(0, 5, parent)
        self.problems.setHorizontalHeaderLabels([
            QCoreApplication.translate("AgencyReview", "Đơn vị"),
            QCoreApplication.translate("AgencyReview", "Tệp"),
            QCoreApplication.translate("AgencyReview", "Dòng"),
            QCoreApplication.translate("AgencyReview", "Cột"),
            QCoreApplication.translate("AgencyReview", "Vấn đề")])
        self.unit_view = _view(self.units, 10, "agency_units")
        self.unit_view.setAccessibleName(
            QCoreApplication.translate("AgencyReview", "Các đơn vị và tình trạng tổng hợp"))
        self.problem_view = _view(self.problems, 4, "agency_problems")
        self.problem_view.setAccessibleName(
            QCoreApplication.translate("AgencyReview", "Các chỗ không khớp"))

    def clear(self) -> None:
        self.units.removeRows(0, self.units.rowCount())
        self.problems.removeRows(0, self.problems.rowCount())

    def show(self, result: MergeResult) -> None:
        self.clear()
        for line in result.lines:
            row = [_item(line.unit, tip=True), _item(line.file, tip=True)]
            c = line.counts
            if c is None:
                row += [_item("") for _ in range(7)]
            else:
                row += [_item(format_int(v), True) for v in (c.total, c.none, c.level1,
                                                             c.level2, c.with_reason,
                                                             c.without_reason)]
                row.append(_item(format_rate(c.level2, c.total), True))
            row += [_item(status_text(line.status)), _item(line.reason, tip=True)]
            colour = STATUS_COLOUR[line.status]
            if colour:
                for item in row:
                    item.setBackground(QBrush(QColor(colour)))
            self.units.appendRow(row)
        for p in result.problems:
            self.problems.appendRow([_item(p.unit, tip=True), _item(p.file, tip=True),
                                     _item("" if p.row is None else str(p.row), True),
                                     _item(p.column or ""), _item(p.message, tip=True)])
        for view, last in ((self.unit_view, 10), (self.problem_view, 4)):
            view.resizeColumnsToContents()
            _cap_names(view)
            view.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)

    def unit_rows(self) -> list[list[str]]:
        """The unit table's texts (what the user reads)."""
        return [[self.units.item(r, c).text() for c in range(UNIT_COLUMNS)]
                for r in range(self.units.rowCount())]
