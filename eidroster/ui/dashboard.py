"""The dashboard tab: headline numbers, rate per department, trend, pace to the target."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.aggregate import Aggregate, activations_needed_per_day
from eidroster.domain.text import format_date
from eidroster.services import settings as settings_service
from eidroster.services import summary as summary_service
from eidroster.services.database import Database
from eidroster.services.summary import TrendPoint
from eidroster.ui import terms
from eidroster.ui.i18n import decimal, format_int, format_rate
from eidroster.ui.runner import TaskRunner

TREND_DAYS = 60


@dataclass(frozen=True, slots=True)
class DashboardData:
    today: dt.date
    aggregate: Aggregate
    trend: list[TrendPoint]
    target_date: dt.date | None
    needed_per_day: float | None


def load_dashboard(db: Database, today: dt.date | None = None) -> DashboardData:
    """Everything the tab shows (runs on the worker thread: no Qt here)."""
    today = today or dt.date.today()
    agg = summary_service.summary(db, today)
    trend = summary_service.rate_trend(db, today - dt.timedelta(days=TREND_DAYS), today)
    raw = settings_service.get_settings(db).get("target_date", "")
    target: dt.date | None = None
    try:
        target = dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        target = None
    needed = activations_needed_per_day(agg.total.not_level2, today, target) if target else None
    return DashboardData(today, agg, trend, target, needed)


def _percent(rate: float) -> str:
    """A 0-1 rate as the window writes percentages ("85,3%"), never rounding up to 100%."""
    tenth = int(rate * 1000) / 10  # floor to a tenth: 99,99% is 99,9%, not 100%
    text = f"{tenth:.1f}".replace(".", ",").removesuffix(",0")
    return f"{decimal(text)}%"


class _Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("_Tile { background: #ffffff; }")
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.value)


class DashboardWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: DashboardData | None = None
        tiles = QGridLayout()
        self.tiles = {
            "total": _Tile(self.tr("Tổng số nhân viên")),
            "none": _Tile(self.tr("Chưa định danh")),
            "level1": _Tile(self.tr("Đã định danh mức 1")),
            "level2": _Tile(self.tr("Đã định danh mức 2")),
            "with_reason": _Tile(self.tr("Chưa mức 2, có lý do chính đáng")),
            "without_reason": _Tile(self.tr("Chưa mức 2, không có lý do chính đáng")),
            "rate": _Tile(self.tr("Tỉ lệ mức 2")),
            "needed": _Tile(self.tr("Cần kích hoạt mỗi ngày")),
        }
        for n, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, n)
        self.tiles["without_reason"].value.setStyleSheet("color: #b02a37;")
        for key, text in (("with_reason", terms.with_reason_help()),
                          ("without_reason", terms.without_reason_help())):
            self.tiles[key].setToolTip(text)
            self.tiles[key].setWhatsThis(text)
        self.tiles["level2"].value.setStyleSheet("color: #1e7b4f;")
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.dept_chart = QChart()
        self.dept_chart.setTitle(self.tr("Tỉ lệ mức 2 theo khoa/phòng (%)"))
        self.dept_chart.legend().hide()
        self.dept_chart.setLocalizeNumbers(True)
        self.dept_chart.setMargins(QMargins(4, 4, 4, 4))
        self.dept_view = QChartView(self.dept_chart)
        self.dept_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.trend_chart = QChart()
        self.trend_chart.setTitle(self.tr("Tỉ lệ mức 2 theo ngày (%)"))
        self.trend_chart.legend().hide()
        self.trend_chart.setLocalizeNumbers(True)
        self.trend_chart.setMargins(QMargins(4, 4, 4, 4))
        self.trend_view = QChartView(self.trend_chart)
        self.trend_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # each chart has a one-line text summary under it (also its accessible description:
        # a screen reader cannot read bars)
        self.dept_view.setAccessibleName(self.tr("Biểu đồ tỉ lệ mức 2 theo khoa/phòng"))
        self.trend_view.setAccessibleName(self.tr("Biểu đồ tỉ lệ mức 2 theo ngày"))
        self.dept_summary = QLabel()
        self.trend_summary = QLabel()
        # many departments or a large font (150 %): the bar chart keeps ~20 px a bar and
        # scrolls, instead of squeezing names and numbers into an unreadable stack
        self.dept_scroll = QScrollArea()
        self.dept_scroll.setWidgetResizable(True)
        self.dept_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dept_scroll.setWidget(self.dept_view)
        charts = QHBoxLayout()
        for view, summary in ((self.dept_scroll, self.dept_summary),
                              (self.trend_view, self.trend_summary)):
            summary.setWordWrap(True)
            summary.setObjectName("chartSummary")
            column = QVBoxLayout()
            column.addWidget(view, 1)
            column.addWidget(summary)
            charts.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addWidget(self.note)
        layout.addLayout(charts, 1)

    def set_data(self, data: DashboardData) -> None:
        self.data = data
        t = data.aggregate.total
        self.tiles["total"].value.setText(format_int(t.total))
        self.tiles["none"].value.setText(format_int(t.none))
        self.tiles["level1"].value.setText(format_int(t.level1))
        self.tiles["level2"].value.setText(format_int(t.level2))
        self.tiles["with_reason"].value.setText(format_int(t.with_reason))
        self.tiles["without_reason"].value.setText(format_int(t.without_reason))
        self.tiles["rate"].value.setText(format_rate(t.level2, t.total))
        if data.target_date is None:
            needed = "—"
            note = self.tr("Chưa đặt ngày phải đạt 100% (Báo cáo → Thông tin đơn vị cho báo cáo).")
        elif data.needed_per_day is None:
            needed = "—"
            note = self.tr("Ngày phải đạt 100% ({date}) đã qua; còn {n} người chưa mức 2.").format(
                date=format_date(data.target_date), n=format_int(t.not_level2))
        else:
            needed = decimal(f"{data.needed_per_day:.1f}".replace(".", ","))
            note = self.tr("Còn {n} người chưa mức 2; để đạt 100% vào ngày {date} cần "
                           "{per} lượt kích hoạt mỗi ngày.").format(
                n=format_int(t.not_level2), date=format_date(data.target_date), per=needed)
        self.tiles["needed"].value.setText(needed)
        self.note.setText(self.tr("Số liệu tính đến ngày {date}. ").format(
            date=format_date(data.today)) + note)
        for tile in self.tiles.values():
            tile.setAccessibleName(f"{tile.title.text()}: {tile.value.text()}")
            tile.value.setAccessibleName(tile.title.text())
        self._fill_departments(data)
        self._fill_trend(data)
        self._summarise(data)

    def _summarise(self, data: DashboardData) -> None:
        rows = [r for r in data.aggregate.departments if r.counts.total > 0]
        if rows:
            low = min(rows, key=lambda r: r.counts.level2 / r.counts.total)
            high = max(rows, key=lambda r: r.counts.level2 / r.counts.total)
            text = self.tr("Thấp nhất: {low} {low_rate} · cao nhất: {high} {high_rate} "
                           "({n} khoa/phòng)").format(
                low=low.name, low_rate=format_rate(low.counts.level2, low.counts.total),
                high=high.name, high_rate=format_rate(high.counts.level2, high.counts.total),
                n=format_int(len(rows)))
            every = "; ".join(f"{r.name} {format_rate(r.counts.level2, r.counts.total)}"
                              for r in rows)
        else:
            text = every = self.tr("Chưa có ai đang làm việc")
        self.dept_summary.setText(text)
        self.dept_view.setAccessibleDescription(every)
        self.dept_view.setToolTip(text)
        if data.trend:
            first, last = data.trend[0], data.trend[-1]
            trend = self.tr("Từ {a} ngày {d1} đến {b} ngày {d2}").format(
                a=_percent(first.rate), d1=format_date(first.day),
                b=_percent(last.rate), d2=format_date(last.day))
        else:
            trend = self.tr("Chưa có số liệu theo ngày")
        self.trend_summary.setText(trend)
        self.trend_view.setAccessibleDescription(trend)
        self.trend_view.setToolTip(trend)

    def _fill_departments(self, data: DashboardData) -> None:
        chart = self.dept_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        rows = [r for r in data.aggregate.departments if r.counts.total > 0]
        line = max(20, self.fontMetrics().height() + 6)
        self.dept_view.setMinimumHeight(max(200, line * len(rows) + 90))
        rows.reverse()  # horizontal bars draw bottom-up: keep the unit's order top-down
        bar_set = QBarSet(self.tr("Tỉ lệ mức 2"))
        bar_set.setColor(QColor("#2e86c1"))
        names = []
        for r in rows:
            bar_set.append(100.0 * r.counts.level2 / r.counts.total)
            names.append(r.name)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(names)
        small = QFont()
        small.setPointSize(7)
        axis_y.setLabelsFont(small)
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        axis_x.setLabelFormat("%.0f")
        axis_x.setLabelsFont(small)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)

    def _fill_trend(self, data: DashboardData) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QLineSeries()
        series.setColor(QColor("#1e7b4f"))
        for p in data.trend:
            stamp = QDateTime(p.day.year, p.day.month, p.day.day, 12, 0, 0)
            series.append(stamp.toMSecsSinceEpoch(), 100.0 * p.rate)
        chart.addSeries(series)
        axis_x = QDateTimeAxis()
        axis_x.setFormat("dd/MM")
        axis_x.setTickCount(7)
        small = QFont()
        small.setPointSize(7)
        axis_x.setLabelsFont(small)
        if data.trend:
            first, last = data.trend[0].day, data.trend[-1].day
            axis_x.setRange(QDateTime(first.year, first.month, first.day, 0, 0, 0),
                            QDateTime(last.year, last.month, last.day, 23, 59, 0))
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%.0f")
        axis_y.setLabelsFont(small)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)


class DashboardTab(DashboardWidget):
    """The dashboard as a tab: recomputed on the worker thread when it is shown and
    something changed since (``invalidate``), never while hidden."""

    def __init__(self, db: Callable[[], Database], runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._dirty = True
        self._task = None

    def invalidate(self) -> None:
        """The numbers may have changed: refresh now if shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self, block: bool = False) -> None:
        self._dirty = False
        if block:
            self.set_data(load_dashboard(self._db()))
            return
        if self._task is not None and not self._task.done:
            self._task.cancel()
        db = self._db()
        self._task = self._runner.run_task(
            self.tr("Đang tính số liệu tổng quan…"), lambda task: load_dashboard(db), self.set_data)
