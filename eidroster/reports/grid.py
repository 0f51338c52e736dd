"""A ruled table for reportlab that stays fast at 100,000 rows, and the rule that keeps
the signature block on the page that holds the table's last row.

reportlab's own ``Table`` with one ``Paragraph`` per cell took 40–62 s and 534 MB for
Phụ lục IV at 100,000 people. :class:`GridLayout` wraps every cell once (plain text,
font metrics), keeps the rows' heights as prefix sums, so a page split is a binary
search and a page is drawn straight onto the canvas. The header (merged cells, bold,
wrapped) is an ordinary reportlab ``Table`` drawn at the top of every page's part.

:class:`KeepTail` holds the table and what must follow its last row (the statistics,
the total line, the signature block): when they do not fit on the page where the table
would end, rows move to the next page with them, so the signer's page always holds the
last row of the table (Nghị định 30: the signature is never alone on a page).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from eidroster.reports import fonts
from eidroster.reports.common import nfc

LEFT, CENTER, RIGHT = "LEFT", "CENTER", "RIGHT"


@dataclass(frozen=True)
class Column:
    width: float  # points
    align: str = LEFT


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    bold: bool = False
    span: int = 1  # the first cell spans this many columns ("TỔNG CỘNG")


class Measure:
    """Text widths in one font and size, summed from cached word widths (reportlab
    applies no kerning, so the sum is exact): 100,000 rows repeat the same words."""

    _all: dict[tuple[str, float], Measure] = {}

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self.cache: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    @classmethod
    def of(cls, font: str, size: float) -> Measure:
        key = (font, size)
        m = cls._all.get(key)
        if m is None:
            m = cls._all[key] = Measure(font, size)
        return m

    def word(self, word: str) -> float:
        w = self.cache.get(word)
        if w is None:
            w = stringWidth(word, self.font, self.size)
            if len(self.cache) < 200_000:
                self.cache[word] = w
        return w

    def text(self, text: str) -> float:
        w = self.cache.get(text)
        if w is None:
            parts = text.split(" ")
            w = sum(map(self.word, parts)) + self.space * (len(parts) - 1)
            if len(self.cache) < 200_000:
                self.cache[text] = w
        return w


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by the font's metrics; a word longer than the width is cut."""
    m = Measure.of(font, size)
    text = nfc(text)
    out: list[str] = []
    for para in text.split("\n") or [""]:
        if m.text(para) <= width:
            out.append(para)
            continue
        line, line_w = "", 0.0
        for word in para.split():
            w = m.word(word)
            if line and line_w + m.space + w <= width:
                line, line_w = f"{line} {word}", line_w + m.space + w
                continue
            if line:
                out.append(line)
            while w > width and len(word) > 1:  # a very long word: cut it
                cut = max(1, int(len(word) * width / w))
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                out.append(word[:cut])
                word = word[cut:]
                w = m.word(word)
            line, line_w = word, w
        out.append(line)
    return out or [""]


class GridLayout:
    """Every row wrapped once; ``heights`` and their prefix sums ``tops``."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Row], header, *,
                 size: float = 11, leading: float = 13, pad_x: float = 3,
                 pad_y: float = 2.5, max_height: float | None = None) -> None:
        self.columns = list(columns)
        self.size, self.leading, self.pad_x, self.pad_y = size, leading, pad_x, pad_y
        self.width = sum(c.width for c in self.columns)
        self.header = header  # a reportlab Table of the same width (or None)
        self.header_height = header.wrap(self.width, 10_000)[1] if header is not None else 0
        self.edges = list(accumulate((c.width for c in self.columns), initial=0.0))
        self._op_cache: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.rows: list[Row] = []
        self.lines: list[tuple] = []  # per row: per cell a str (one line) or a tuple
        heights: list[float] = []
        limit = None
        if max_height is not None:
            limit = max(1, int((max_height - self.header_height - 2 * pad_y) // leading))
        for row in rows:
            cells = self._wrap_row(row)
            n = max(1 if isinstance(c, str) else len(c) for c in cells)
            if limit is not None and n > limit:  # taller than a page: continue below
                for part in self._split_row(row, cells, limit):
                    self._add(part[0], part[1], heights)
                continue
            self._add(row, cells, heights)
        self.heights = heights
        self.tops = list(accumulate(heights, initial=0.0))

    def _add(self, row: Row, cells: tuple, heights: list[float]) -> None:
        n = max(1 if isinstance(c, str) else len(c) for c in cells)
        self.rows.append(row)
        self.lines.append(cells)
        heights.append(n * self.leading + 2 * self.pad_y)

    def _wrap_row(self, row: Row) -> tuple:
        font = fonts.BOLD if row.bold else fonts.REGULAR
        measure = Measure.of(font, self.size)
        out = []
        col = 0
        for i, text in enumerate(row.cells):
            span = row.span if i == 0 else 1
            width = self.edges[min(col + span, len(self.columns))] - self.edges[col]
            col += span
            text = nfc(text)
            if "\n" not in text and measure.text(text) <= width - 2 * self.pad_x:
                out.append(text)
            else:
                lines = wrap_text(text, font, self.size, width - 2 * self.pad_x)
                out.append(lines[0] if len(lines) == 1 else tuple(lines))
        return tuple(out)

    @staticmethod
    def _split_row(row: Row, cells: tuple, limit: int) -> list[tuple[Row, tuple]]:
        as_lists = [[c] if isinstance(c, str) else list(c) for c in cells]
        n = max(len(c) for c in as_lists)
        parts = []
        for start in range(0, n, limit):
            part = tuple(tuple(c[start:start + limit]) or "" for c in as_lists)
            parts.append((row, part))
        return parts

    def count_fitting(self, start: int, end: int, height: float) -> int:
        """How many rows from ``start`` fit in ``height`` (header included)."""
        room = height - self.header_height
        if room <= 0:
            return 0
        stop = bisect.bisect_right(self.tops, self.tops[start] + room + 1e-6, start, end + 1)
        return max(0, stop - 1 - start)

    def _ops(self, canv, font: str, text: str) -> list[tuple[str, str]]:
        """(subset font name, escaped string) chunks of ``text``, cached per document:
        reportlab's per-line text object was the slowest part at 100,000 rows."""
        key = (font, text)
        ops = self._op_cache.get(key)
        if ops is None:
            face = pdfmetrics.getFont(font)
            doc = canv._doc
            ops = [(face.getSubsetInternalName(subset, doc), canv._escape(chunk))
                   for subset, chunk in face.splitString(text, doc)]
            if len(self._op_cache) < 300_000:
                self._op_cache[key] = ops
        return ops

    def _header_form(self, canv) -> str | None:
        """The header drawn once per document as a form XObject, then reused on every
        page (redrawing its wrapped paragraphs 3.000 times cost seconds)."""
        if self.header is None:
            return None
        name = f"eidGridHeader{id(self)}"
        if getattr(self, "_form_doc", None) is not canv._doc:
            canv.saveState()
            canv.beginForm(name, lowerx=0, lowery=0, upperx=self.width,
                           uppery=self.header_height)
            self.header.drawOn(canv, 0, 0)
            canv.endForm()
            canv.restoreState()
            self._form_doc = canv._doc
        return name

    def draw(self, canv, start: int, end: int, top: float) -> None:
        """Draw the header and rows ``start:end`` with the header's top at ``top``."""
        y = top
        form = self._header_form(canv)
        if form is not None:
            canv.saveState()
            canv.translate(0, y - self.header_height)
            canv.doForm(form)
            canv.restoreState()
            y -= self.header_height
        size, leading = self.size, self.leading
        code: list[str] = ["BT"]
        current = None  # the subset font selected in this text object
        tf = f" {size:.2f} Tf"
        spans = []  # (row top, bottom, span) of rows whose first cell spans columns
        body_top = y
        for i in range(start, end):
            row, cells, h = self.rows[i], self.lines[i], self.heights[i]
            if row.span > 1:
                spans.append((y, y - h, row.span))
            font = fonts.BOLD if row.bold else fonts.REGULAR
            measure = Measure.of(font, size)
            col = 0
            for j, cell in enumerate(cells):
                span = row.span if j == 0 else 1
                x0, x1 = self.edges[col], self.edges[min(col + span, len(self.columns))]
                align = self.columns[col].align if span == 1 else CENTER
                col += span
                lines = (cell,) if isinstance(cell, str) else cell
                base = y - (h - len(lines) * leading) / 2 - leading / 2 - 0.32 * size
                for k, line in enumerate(lines):
                    if not line:
                        continue
                    if align == LEFT:
                        x = x0 + self.pad_x
                    else:
                        w = measure.text(line)
                        x = x1 - self.pad_x - w if align == RIGHT else (x0 + x1 - w) / 2
                    code.append(f"1 0 0 1 {x:.2f} {base - k * leading:.2f} Tm")
                    for name, chunk in self._ops(canv, font, line):
                        if name != current:
                            code.append(name + tf)
                            current = name
                        code.append(f"({chunk}) Tj")
            y -= h
            code.append(f"ET 0 {y:.2f} m {self.width:.2f} {y:.2f} l S BT")  # rule under it
            current = None
        code[-1] = code[-1][:-3]  # no text object left open
        bottom = y
        # the verticals, full height, broken only where a first cell spans columns
        for k, x in enumerate(self.edges):
            segments, upper = [], body_top
            for row_top, row_bottom, span in spans:
                if 0 < k < span:
                    if upper > row_top:
                        segments.append((upper, row_top))
                    upper = row_bottom
            if upper > bottom:
                segments.append((upper, bottom))
            code += [f"{x:.2f} {a:.2f} m {x:.2f} {b:.2f} l" for a, b in segments]
        code.append(f"0 {body_top:.2f} m {self.width:.2f} {body_top:.2f} l S")
        canv.setLineWidth(0.5)
        canv.addLiteral("\n".join(code))


class GridPart(Flowable):
    """Rows ``start:end`` of a :class:`GridLayout`, with its header on top."""

    def __init__(self, layout: GridLayout, start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.layout = layout
        self.start = start
        self.end = len(layout.rows) if end is None else end

    @property
    def body_height(self) -> float:
        return self.layout.tops[self.end] - self.layout.tops[self.start]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = self.layout.width
        self.height = self.layout.header_height + self.body_height
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        n = self.layout.count_fitting(self.start, self.end, ah)
        if n <= 0:
            return []
        if n >= self.end - self.start:
            return [self]
        cut = self.start + n
        return [GridPart(self.layout, self.start, cut), GridPart(self.layout, cut, self.end)]

    def draw(self) -> None:
        self.layout.draw(self.canv, self.start, self.end, self.height)


class KeepTail(Flowable):
    """A :class:`GridPart` and the flowables that must share the page of its last row
    (see the module docstring). ``page_height`` is the frame's full height: a tail that
    cannot fit even on an empty page with one row is laid out normally."""

    def __init__(self, body: GridPart, tail: Sequence[Flowable], page_height: float) -> None:
        super().__init__()
        self.body = body
        self.tail = list(tail)
        self.page_height = page_height
        self._tail_sizes: list[tuple[float, float]] = []

    def _tail_height(self, aw: float) -> float:
        self._tail_sizes = [f.wrap(aw, self.page_height) for f in self.tail]
        return sum(h + f.getSpaceBefore() + f.getSpaceAfter()
                   for f, (_, h) in zip(self.tail, self._tail_sizes, strict=True))

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _, bh = self.body.wrap(aw, ah)
        self.tail_height = self._tail_height(aw)
        self.width, self.height = aw, bh + self.tail_height
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        body = self.body
        tail_h = self._tail_height(aw)
        rows = body.end - body.start
        last_row = body.layout.tops[body.end] - body.layout.tops[max(body.start, body.end - 2)]
        if body.layout.header_height + last_row + tail_h > self.page_height:
            return [body, *self.tail]  # cannot keep together anywhere: plain flow
        # the last two rows (e.g. the last department and TỔNG CỘNG) go with the tail
        n = min(body.layout.count_fitting(body.start, body.end, ah), rows - min(rows, 2))
        if n <= 0:
            return []  # nothing of it here: all of it on the next page
        cut = body.start + n
        rest = GridPart(body.layout, cut, body.end)
        return [GridPart(body.layout, body.start, cut), KeepTail(rest, self.tail,
                                                                 self.page_height)]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        self.body.wrap(self.width, y)
        y -= self.body.height
        self.body.drawOn(canv, 0, y)
        for f, (_, h) in zip(self.tail, self._tail_sizes, strict=True):
            y -= f.getSpaceBefore() + h
            f.drawOn(canv, 0, y)
            y -= f.getSpaceAfter()
