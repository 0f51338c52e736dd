"""The head's summary: a one- or two-page A4 PDF for the unit head to read and sign —
headline numbers, the pace needed to reach 100% by the target date (seed 004 style
"trung bình … người/ngày", in whole people, rounded up), the level-2 rate over time,
and the departments sorted by rate, lowest first (where to push), with a bar chart.
Counts only, no names.

At any number of departments it stays within two pages: the weakest and the strongest
departments are listed in full, the rest in one condensed row; when that is still too
long the charts shrink, then go (:func:`write_summary_pdf` builds, counts the pages and
steps down until it fits)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from eidroster.domain.aggregate import (
    Aggregate,
    Counts,
    DepartmentRow,
    format_rate,
    rate_percent,
    whole_people_per_day,
)
from eidroster.domain.text import format_date, format_int
from eidroster.reports import common, fonts
from eidroster.reports.common import MM, nfc
from eidroster.reports.dateline import Issued, resolve_issued

MAX_PAGES = 2


@dataclass(frozen=True)
class TrendDay:
    """One day of the trend (``services.summary.TrendPoint`` fits)."""

    day: dt.date
    total: int
    level2: int


@dataclass(frozen=True)
class Pace:
    days_left: int | None
    needed_per_day: int | None  # whole people, rounded up; None: the target date passed
    recent_per_day: float | None  # level-2 gained per day over the last 14 days


def per_day_text(value: float) -> str:
    """A pace in Vietnamese: "3.485", "12", "2,5", "0,4"; below 0,1 "dưới 0,1"."""
    if value >= 10:
        return format_int(round(value))
    if 0 < value < 0.05:
        return "dưới 0,1"
    return f"{value:.1f}".replace(".", ",").replace(",0", "") if value else "0"


def departments_by_rate(aggregate: Aggregate) -> list[DepartmentRow]:
    """Departments with staff, lowest shown rate first (then most people missing)."""
    rows = [d for d in aggregate.departments if d.counts.total > 0]
    return sorted(rows, key=lambda d: (d.counts.level2 / d.counts.total,
                                       -d.counts.not_level2))


def pace(aggregate: Aggregate, trend: Sequence[TrendDay], target: dt.date | None) -> Pace:
    recent = None
    if len(trend) >= 2:
        window = list(trend[-15:])
        span = (window[-1].day - window[0].day).days
        if span > 0:
            recent = (window[-1].level2 - window[0].level2) / span
    if target is None:
        return Pace(None, None, recent)
    missing = aggregate.total.not_level2
    return Pace((target - aggregate.as_of).days,
                whole_people_per_day(missing, aggregate.as_of, target), recent)


def pace_sentences(aggregate: Aggregate, p: Pace, target: dt.date | None) -> list[str]:
    missing = aggregate.total.not_level2
    out: list[str] = []
    if target is not None:
        if missing == 0:
            out.append(f"Đơn vị đã đạt 100% trước ngày mục tiêu {format_date(target)}.")
        elif p.needed_per_day is None:
            out.append(f"Ngày mục tiêu {format_date(target)} đã qua mà còn "
                       f"{format_int(missing)} người chưa định danh mức 2.")
        else:
            out.append(f"Để đạt 100% vào ngày {format_date(target)} (còn "
                       f"{format_int(p.days_left or 0)} ngày), cần kích hoạt trung bình "
                       f"{format_int(p.needed_per_day)} người/ngày "
                       f"({format_int(missing)} người còn lại).")
    elif missing:
        out.append("Chưa đặt ngày phải đạt 100% (Thông tin đơn vị → Ngày phải đạt 100%).")
    if p.recent_per_day is not None:
        if p.recent_per_day > 0:
            out.append("Tốc độ thực tế 14 ngày qua: trung bình "
                       f"{per_day_text(p.recent_per_day)} người đạt mức 2 mỗi ngày.")
        else:
            out.append("14 ngày qua không có thêm người đạt mức 2.")
    return out


@dataclass(frozen=True)
class TableChoice:
    """Which departments the summary lists in full (lowest first, then the highest),
    and the condensed rest."""

    lowest: tuple[DepartmentRow, ...]
    rest: Counts | None
    rest_count: int
    highest: tuple[DepartmentRow, ...]


def choose_rows(rows: Sequence[DepartmentRow], full: int) -> TableChoice:
    """All rows when there are at most ``full``; else the weakest ~3/4 of ``full`` and
    the strongest rest, the middle condensed into one row."""
    if len(rows) <= full:
        return TableChoice(tuple(rows), None, 0, ())
    high = max(1, full // 4)
    low = max(1, full - high)
    middle = rows[low:len(rows) - high]
    rest = Counts()
    for r in middle:
        rest = rest + r.counts
    return TableChoice(tuple(rows[:low]), rest, len(middle), tuple(rows[len(rows) - high:]))


def table_rows(choice: TableChoice) -> list[tuple[str, ...]]:
    """(TT, name, total, level 2, not level 2, không có lý do chính đáng, rate) texts."""
    def cells(tt: str, name: str, c: Counts) -> tuple[str, ...]:
        return (tt, name, format_int(c.total), format_int(c.level2), format_int(c.not_level2),
                format_int(c.without_reason), format_rate(c.level2, c.total))

    out = [cells(str(n), r.name, r.counts) for n, r in enumerate(choice.lowest, 1)]
    if choice.rest is not None:
        out.append(cells("…", f"{format_int(choice.rest_count)} khoa/phòng khác (gộp)",
                         choice.rest))
    start = len(choice.lowest) + choice.rest_count + 1
    out += [cells(str(n), r.name, r.counts) for n, r in enumerate(choice.highest, start)]
    return out


TABLE_HEADERS = ("TT", "Khoa/phòng", "Tổng số", "Đã mức 2", "Chưa mức 2",
                 "Không có lý do chính đáng", "Tỉ lệ mức 2")


def headline(aggregate: Aggregate) -> list[tuple[str, str]]:
    t = aggregate.total
    return [
        ("Tổng số nhân viên", format_int(t.total)),
        ("Đã định danh mức 2", f"{format_int(t.level2)} ({format_rate(t.level2, t.total)})"),
        ("Chưa định danh mức 2", format_int(t.not_level2)),
        ("Không có lý do chính đáng", format_int(t.without_reason)),
    ]


def detail_sentence(aggregate: Aggregate) -> str:
    t = aggregate.total
    return (f"Trong đó: chưa định danh: {format_int(t.none)}; đã định danh mức 1: "
            f"{format_int(t.level1)}; chưa mức 2 có lý do chính đáng: "
            f"{format_int(t.with_reason)}; không có lý do chính đáng: "
            f"{format_int(t.without_reason)}.")


def title_lines(aggregate: Aggregate) -> tuple[str, str]:
    return ("BÁO CÁO NHANH",
            "TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2 CỦA CÁN BỘ, VIÊN CHỨC, NGƯỜI LAO ĐỘNG "
            f"TÍNH ĐẾN NGÀY {format_date(aggregate.as_of)}")


def _trend_chart(trend: Sequence[TrendDay], width: float, height: float):
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    d = Drawing(width, height)
    d.initialFontName = fonts.REGULAR  # else the renderer selects Helvetica (not embedded)
    points = [(i, 100.0 * t.level2 / t.total if t.total else 0.0) for i, t in enumerate(trend)]
    plot = LinePlot()
    plot.x, plot.y = 36, 26
    plot.width, plot.height = width - 50, height - 40
    plot.data = [points]
    plot.lines[0].strokeColor = colors.HexColor("#1F4E79")
    plot.lines[0].strokeWidth = 1.6
    low = min(p[1] for p in points)
    plot.yValueAxis.valueMin = max(0, (int(low) // 10) * 10)
    plot.yValueAxis.valueMax = 100
    plot.yValueAxis.valueStep = 10 if plot.yValueAxis.valueMin < 60 else 5
    plot.yValueAxis.labelTextFormat = "%d%%"
    plot.yValueAxis.labels.fontName = fonts.REGULAR
    plot.yValueAxis.labels.fontSize = 9
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max(1, len(points) - 1)
    step = max(1, (len(points) - 1) // 6)
    plot.xValueAxis.valueSteps = list(range(0, len(points), step))
    plot.xValueAxis.labelTextFormat = lambda i: trend[int(i)].day.strftime("%d/%m")
    plot.xValueAxis.labels.fontName = fonts.REGULAR
    plot.xValueAxis.labels.fontSize = 9
    d.add(plot)
    d.add(String(36, height - 10, "Tỉ lệ đã định danh mức 2 theo ngày (%)",
                 fontName=fonts.BOLD, fontSize=10))
    return d


def _bar_chart(rows: Sequence[DepartmentRow], width: float):
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    bar = 11.0
    label_w = 150.0
    height = 40 + bar * len(rows)
    d = Drawing(width, height)
    d.initialFontName = fonts.REGULAR  # else the renderer selects Helvetica (not embedded)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 22
    chart.width, chart.height = width - label_w - 30, bar * len(rows)
    # reportlab draws the first category at the bottom: reverse so the lowest is on top
    ordered = list(reversed(rows))
    chart.data = [[rate_percent(r.counts.level2, r.counts.total) for r in ordered]]
    chart.categoryAxis.categoryNames = [nfc(r.name)[:34] for r in ordered]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 10
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8.5
    chart.bars[0].fillColor = colors.HexColor("#2E75B6")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: (f"{v:.1f}".replace(".", ",") if v != int(v)
                                      else f"{int(v)}") + "%"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    d.add(String(0, height - 10, "Tỉ lệ mức 2 theo khoa/phòng (thấp nhất ở trên)",
                 fontName=fonts.BOLD, fontSize=10))
    return d


@dataclass(frozen=True)
class Density:
    """How much the summary shows; :data:`DENSITIES` steps down until it fits."""

    full_rows: int
    trend_mm: float  # 0: no trend chart
    bars: int  # 0: no bar chart


#: The table's last rows, kept on the signature's page.
TAIL_ROWS = 2

DENSITIES = (Density(30, 52, 20), Density(20, 45, 12), Density(14, 38, 8),
             Density(10, 0, 0), Density(6, 0, 0), Density(3, 0, 0))


def build_story(aggregate: Aggregate, settings: Mapping[str, str], trend: Sequence[TrendDay],
                target: dt.date | None, width: float, issued: Issued,
                density: Density = DENSITIES[0]) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = common.styles()
    story = common.letter_header(settings, issued, width, number=False)
    heading, title = title_lines(aggregate)
    story += [Spacer(1, 4 * MM), Paragraph(heading, st["appendix"]),
              Paragraph(title, st["title"]), Spacer(1, 5 * MM)]
    head = st["head"]
    boxes = headline(aggregate)
    cells = [[Paragraph(label, head) for label, _ in boxes],
             [Paragraph(value, st["title"]) for _, value in boxes]]
    box_table = Table(cells, colWidths=[width / 4] * 4)
    box_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 11),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, 1), 6), ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
    ]))
    story += [box_table, Spacer(1, 2 * MM), Paragraph(detail_sentence(aggregate), st["base"])]
    p = pace(aggregate, trend, target)
    for sentence in pace_sentences(aggregate, p, target):
        story.append(Paragraph(common.para_text(sentence), st["body"]))
    if len(trend) >= 2 and density.trend_mm:
        story += [Spacer(1, 3 * MM), _trend_chart(trend, width, density.trend_mm * MM)]

    rows = departments_by_rate(aggregate)
    choice = choose_rows(rows, density.full_rows)
    heading = "Các khoa/phòng, tỉ lệ thấp nhất trước"
    if choice.rest is not None:
        heading += (f" ({format_int(len(choice.lowest))} thấp nhất và "
                    f"{format_int(len(choice.highest))} cao nhất; các khoa/phòng khác gộp một dòng)")
    data: list[list] = [[Paragraph(h, head) for h in TABLE_HEADERS]]
    for cells_ in table_rows(choice):
        data.append([cells_[0], Paragraph(common.para_text(cells_[1]), st["cell"]), *cells_[2:]])
    widths_mm = (10, 60, 17, 17, 19, 22, 20)
    scale = width / (sum(widths_mm) * MM)
    col_widths = [w * MM * scale for w in widths_mm]

    def ruled(rows: list[list], *, header: bool):
        first = 1 if header else 0  # the first row of numbers
        table = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10.5, 12.5),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, first), (0, -1), "CENTER"),
            ("ALIGN", (2, first), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return table

    # the signature shares its page with the table's last rows: they, the bar chart and
    # the signature block stay together (a short table goes whole, with its heading)
    tail: list = []
    if len(data) - 1 > TAIL_ROWS:
        story += [Paragraph(heading, st["h2"]), ruled(data[:-TAIL_ROWS], header=True)]
        tail.append(ruled(data[-TAIL_ROWS:], header=False))
    else:
        tail += [Paragraph(heading, st["h2"]), ruled(data, header=True)]
    if rows and density.bars:
        tail += [Spacer(1, 4 * MM), _bar_chart(rows[:density.bars], width)]
    tail += [Spacer(1, 6 * MM), *common.signature_block(settings, width, recipients=False)]
    story.append(KeepTogether(tail))
    return story


TITLE = "Báo cáo nhanh tiến độ định danh điện tử mức 2"


def render_summary_pdf(aggregate: Aggregate, settings: Mapping[str, str],
                       trend: Sequence[TrendDay], *, target: dt.date | None = None,
                       issued: Issued = None) -> tuple[bytes, int]:
    """The summary in memory, at the richest density that fits two pages."""
    from eidroster.reports.pdf import render_pdf

    issued = resolve_issued(issued)
    result: tuple[bytes, int] | None = None
    for density in DENSITIES:
        result = render_pdf(
            lambda width, _h, d=density: build_story(aggregate, settings, trend, target, width,
                                                     issued, d),
            landscape_page=False, title=TITLE, settings=settings)
        if result[1] <= MAX_PAGES:
            return result
    assert result is not None
    return result


def write_summary_pdf(path: str | os.PathLike[str], aggregate: Aggregate,
                      settings: Mapping[str, str], trend: Sequence[TrendDay], *,
                      target: dt.date | None = None, issued: Issued = None) -> int:
    """Write the head's summary (A4 portrait, at most two pages, atomically); returns
    the page count."""
    from eidroster.io.atomic import atomic_path

    data, pages = render_summary_pdf(aggregate, settings, trend, target=target, issued=issued)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return pages
