"""Side panels: the department list (counts and rate) and an employee's history (status
changes and employment events: joined, moved, left)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.text import format_date
from eidroster.services.employment import EmploymentPeriod
from eidroster.services.roster import DepartmentInfo, HistoryEntry
from eidroster.ui.i18n import format_int, format_rate, status_label, yes_no

DEPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DepartmentPanel(QWidget):
    """Departments with active head count and level-2 rate; the first line is 'all'."""

    department_chosen = Signal(object)  # department id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Khoa/phòng"), self.tr("Số NV"), self.tr("Mức 2")])
        self.view = QTableView()
        self.view.setObjectName("departments")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list (it used to walk its cells and change the filter every
        # third press); the arrows choose a department
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(self.tr("Khoa/phòng"))
        self.view.setAccessibleDescription(self.tr(
            "Chọn một khoa/phòng để chỉ hiện người của khoa/phòng đó; dòng đầu là tất cả"))
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # sized by _fit_counts
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Khoa/phòng</b> (đang làm việc)"))
        layout.addWidget(title)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._changed)
        self._selected: int | None = None

    def set_departments(self, departments: list[DepartmentInfo]) -> None:
        selected = self._selected
        self.view.selectionModel().blockSignals(True)
        self.model.removeRows(0, self.model.rowCount())
        total = sum(d.active_count for d in departments)
        l2 = sum(d.level2_count for d in departments)
        self._append(self.tr("Tất cả"), total, l2, None)
        for d in departments:
            self._append(d.name, d.active_count, d.level2_count, d.id)
        row = 0
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).data(DEPT_ID_ROLE) == selected:
                row = r
        self.view.selectRow(row)
        self.view.selectionModel().blockSignals(False)
        self._fit_counts()

    def _fit_counts(self) -> None:
        """The count and rate columns as wide as their widest text ("100.000" at 100,000
        people; bold when selected), the names taking the rest."""
        bold = self.view.font()
        bold.setBold(True)
        fms = (self.view.fontMetrics(), QFontMetrics(bold), self.view.horizontalHeader().fontMetrics())
        for col in (1, 2):
            texts = [self.model.item(r, col).text() for r in range(self.model.rowCount())]
            texts.append(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            widest = max(fm.horizontalAdvance(t) for t in texts for fm in fms)
            self.view.setColumnWidth(col, widest + 16)

    def _append(self, name: str, count: int, l2: int, dept_id: int | None) -> None:
        a = QStandardItem(name)
        a.setData(dept_id, DEPT_ID_ROLE)
        a.setToolTip(name)  # a long name is cut short in the narrow list
        b = QStandardItem(format_int(count))
        b.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        c = QStandardItem(format_rate(l2, count) if count else "")
        c.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model.appendRow([a, b, c])

    def choose(self, dept_id: int | None) -> None:
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).data(DEPT_ID_ROLE) == dept_id:
                self.view.selectRow(r)
                return

    def _changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        dept_id = self.model.item(current.row(), 0).data(DEPT_ID_ROLE)
        self._selected = dept_id
        self.department_chosen.emit(dept_id)


EVENT_BG = QColor("#e8f0fa")


class HistoryPanel(QWidget):
    """Every status change and employment event of the selected employee, newest first
    (on one date, the status change above the event)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<b>Lịch sử</b> — chọn một nhân viên"))
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Ngày hiệu lực"), self.tr("Tình trạng"), self.tr("Lý do"),
            self.tr("Lý do chính đáng"), self.tr("Ghi chú"), self.tr("Ghi lúc"), self.tr("Người ghi"),
        ])
        self.view = QTableView()
        self.view.setObjectName("history")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(self.tr("Lịch sử"))
        self.view.setAccessibleDescription(self.tr("Mọi lần cập nhật tình trạng của người đang chọn"))
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()  # the titles whole before anyone is chosen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)

    def show_history(self, name: str | None, entries: list[HistoryEntry],
                     events: list[EmploymentPeriod] | tuple = ()) -> None:
        self.model.removeRows(0, self.model.rowCount())
        if name is None:
            self.title.setText(self.tr("<b>Lịch sử</b> — chọn một nhân viên"))
            self.view.resizeColumnsToContents()
            return
        self.title.setText(self.tr("<b>Lịch sử</b> — {name}").format(name=name))
        lines: list[tuple[tuple, list[QStandardItem]]] = []
        for n, e in enumerate(entries):  # newest first already
            items = [
                format_date(e.effective_date), status_label(e.status), e.reason,
                "" if e.status.value == "level2" else yes_no(e.justified), e.note,
                e.recorded_at.strftime("%d/%m/%Y %H:%M"), e.recorded_by,
            ]
            lines.append(((e.effective_date, 1, -n), [QStandardItem(x) for x in items]))
        for n, ev in enumerate(events):
            lines.append(((ev.effective_date, 0, -n), self._event_items(ev)))
        for _key, items in sorted(lines, key=lambda line: line[0], reverse=True):
            self.model.appendRow(items)
        self.view.resizeColumnsToContents()

    def _event_items(self, ev: EmploymentPeriod) -> list[QStandardItem]:
        if ev.kind == "join":
            text = self.tr("Vào làm việc ở {department}")
        elif ev.kind == "move":
            text = self.tr("Chuyển sang {department}")
        else:
            text = self.tr("Nghỉ việc (đang ở {department})")
        items = [QStandardItem(format_date(ev.effective_date)),
                 QStandardItem(text.format(department=ev.department))]
        items += [QStandardItem("") for _ in range(5)]
        font = QFont()
        font.setItalic(True)
        for item in items:
            item.setBackground(QBrush(EVENT_BG))
            item.setFont(font)
        return items
