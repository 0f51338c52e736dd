"""Big ruled tables in Word documents, and the rule that keeps the signature block on
the page that holds the table's last rows — in Word *and* in LibreOffice.

Tables are not built cell by cell through python-docx (minutes at Phụ lục IV's 100,000
people): :class:`DocxTable` writes the table's WordprocessingML as text, and
:func:`save_document` puts it in place of a marker paragraph when the file is saved.

**Keeping the tail with the table.** "Keep with next" on the last rows is honoured by
Word but not by LibreOffice (it keeps paragraphs together, not table rows): rendered
through LibreOffice, Phụ lục III's signature page held the statistics and the signature
but none of the table. What both honour is a row that may not break across pages
(``cantSplit``). So everything that must share the signer's page — the table's last
rows, then what follows the table (footnote, statistics, total line, signature block) —
goes into the table's **last row**: one cell spanning every column, without margins or
side borders, holding the last rows as a nested table with the same column widths, then
the tail. That row cannot split, so it moves to the next page whole, under the repeated
header rows. :class:`KeepTogether` does the same for a document without a table (the
letter: its last paragraph and the signature).

The tail is written with python-docx between :func:`add_table_marker` and
:func:`end_tail` like any other content; :func:`save_document` moves it into the row.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from eidroster.reports.common import nfc

FONT = "Times New Roman"
TWIP_PER_MM = 1440 / 25.4
CELL_MARGIN = 57  # twips (1 mm), left and right of every ruled cell
#: A cell's required last paragraph, 1 pt tall: closes the tail cell without a blank line.
_END_PARAGRAPH = ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" '
                  'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>')
_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _xml_text(value: object) -> str:
    return escape(nfc(value))  # nfc drops the control characters XML 1.0 refuses


def _borders(sides: Sequence[str], *, none: Sequence[str] = ()) -> str:
    return "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                   if s not in none else f'<w:{s} w:val="nil"/>' for s in sides)


def _table_start(twips: Sequence[int], *, no_borders: Sequence[str] = (),
                 margin: int = CELL_MARGIN) -> str:
    """``<w:tbl>`` with its properties (schema order) and grid. A top-level table stands
    ``margin`` to the left of the text (Word and LibreOffice move it by its cells' margin)."""
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
            '<w:tblInd w:w="0" w:type="dxa"/>'
            f'<w:tblBorders>{_borders(_SIDES, none=no_borders)}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="{margin}" w:type="dxa"/>'
            f'<w:right w:w="{margin}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{t}"/>' for t in twips) + "</w:tblGrid>")


def _unsplittable_row(width: int, span: int, content: str, *, top_border: bool) -> str:
    """One row, one cell over ``span`` columns, no margins, no side or bottom borders,
    that may not break across pages; ``content`` is block-level XML."""
    top = "" if top_border else '<w:top w:val="nil"/>'
    return ('<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr>'
            f'<w:tcW w:w="{width}" w:type="dxa"/>'
            + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
            + f'<w:tcBorders>{top}<w:left w:val="nil"/><w:bottom w:val="nil"/>'
            '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
            '</w:tcBorders><w:tcMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>'
            f'</w:tcPr>{content}{_END_PARAGRAPH}</w:tc></w:tr>')


@dataclass
class DocxTable:
    """A ruled table written as WordprocessingML text (fast at 100,000 rows).

    ``header`` rows repeat on every page; a header cell is (text, column span, merged
    with the cell below: "restart" / "continue" / ""). ``rows`` are tuples of texts;
    ``aligns`` per column ("left", "center", "right"); ``bold_rows`` index rows printed
    bold; ``span_first`` maps a row index to how many columns its first cell spans.
    With a tail (see the module docstring), the last ``tail_rows`` rows and the tail
    make the table's unsplittable last row.
    """

    widths_mm: Sequence[float]
    header: Sequence[Sequence[tuple[str, int, str]]]
    rows: Sequence[Sequence[str]]
    aligns: Sequence[str]
    size: float = 11
    bold_rows: set[int] = field(default_factory=set)
    span_first: dict[int, int] = field(default_factory=dict)
    tail_rows: int = 2

    @property
    def twips(self) -> list[int]:
        return [round(w * TWIP_PER_MM) for w in self.widths_mm]

    def _cell(self, text: str, width: int, align: str, bold: bool, span: int = 1,
              vmerge: str = "") -> str:
        props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span > 1:
            props += f'<w:gridSpan w:val="{span}"/>'
        if vmerge:
            props += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
        props += '<w:vAlign w:val="center"/>'
        rpr = (f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
               + ("<w:b/>" if bold else "") + f'<w:sz w:val="{round(self.size * 2)}"/></w:rPr>')
        ppr = f'<w:pPr><w:spacing w:before="20" w:after="20"/><w:jc w:val="{align}"/>{rpr}</w:pPr>'
        runs = "".join(
            (f"<w:r>{rpr}<w:br/></w:r>" if i else "")
            + f'<w:r>{rpr}<w:t xml:space="preserve">{_xml_text(line)}</w:t></w:r>'
            for i, line in enumerate(nfc(text).split("\n"))) if text else ""
        return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{ppr}{runs}</w:p></w:tc>"

    def _row(self, i: int, row: Sequence[str], twips: Sequence[int]) -> str:
        bold = i in self.bold_rows
        span = self.span_first.get(i, 1)
        parts = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
        col = 0
        for j, text in enumerate(row):
            s = span if j == 0 else 1
            align = "center" if s > 1 else self.aligns[col]
            parts.append(self._cell(text, sum(twips[col:col + s]), align, bold, s))
            col += s
        parts.append("</w:tr>")
        return "".join(parts)

    def xml(self, tail: str | None = None) -> str:
        """The table; with ``tail`` (block-level XML), its last rows and the tail in one
        unsplittable row."""
        twips = self.twips
        out = [_table_start(twips)]
        for hrow in self.header:
            parts = ["<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"]
            col = 0
            for text, span, vmerge in hrow:
                parts.append(self._cell(text, sum(twips[col:col + span]), "center", True,
                                        span, vmerge))
                col += span
            parts.append("</w:tr>")
            out.append("".join(parts))
        n = len(self.rows)
        kept = min(n, self.tail_rows) if tail is not None else 0
        out += [self._row(i, row, twips) for i, row in enumerate(self.rows[:n - kept])]
        if tail is not None:
            nested = ""
            if kept:
                # the same grid; the row above (or the repeated header) draws the top rule.
                # A nested table's edge is at its indent (only a top-level table moves one
                # cell margin left in Word 2010 layout), here the cell's edge: no margins
                nested = (_table_start(twips, no_borders=("top",))
                          + "".join(self._row(i, self.rows[i], twips)
                                    for i in range(n - kept, n)) + "</w:tbl>")
            out.append(_unsplittable_row(sum(twips), len(twips), nested + tail,
                                         top_border=not kept))
        out.append("</w:tbl>")
        return "".join(out)


@dataclass
class KeepTogether:
    """Content that must stay on one page (the letter's last paragraph and signature):
    a borderless one-cell table whose only row cannot split. Its content is the tail."""

    width_mm: float

    def xml(self, tail: str | None = None) -> str:
        width = round(self.width_mm * TWIP_PER_MM)
        # no cell margins: its paragraphs start where the letter's other paragraphs do
        return (_table_start([width], no_borders=_SIDES, margin=0)
                + _unsplittable_row(width, 1, tail or "", top_border=False) + "</w:tbl>")


_MARKER = "EIDROSTER-TABLE-{}"
_TAIL_END = "EIDROSTER-TAIL-END-{}"


def add_table_marker(doc, index: int) -> None:
    """A paragraph :func:`save_document` replaces with table number ``index``."""
    doc.add_paragraph(_MARKER.format(index))


def end_tail(doc, index: int) -> None:
    """What was added since table ``index``'s marker is its tail: the table's last row
    (see the module docstring)."""
    doc.add_paragraph(_TAIL_END.format(index))


def _take_tails(doc) -> dict[int, str]:
    """Remove each tail from the body; table index -> the tail's XML."""
    from lxml import etree

    body = doc.element.body
    children = list(body)
    w_t = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    # (python-docx's elements repeat runs' text in itertext(): read the w:t nodes)
    texts = ["".join(t.text or "" for t in el.iter(w_t)) if el.tag.endswith("}p") else ""
             for el in children]
    tails: dict[int, str] = {}
    for end, text in enumerate(texts):
        m = re.fullmatch(_TAIL_END.format(r"(\d+)"), text)
        if not m:
            continue
        index = int(m.group(1))
        start = texts.index(_MARKER.format(index))
        moved = children[start + 1:end]
        tails[index] = "".join(etree.tostring(el, encoding="unicode") for el in moved)
        for el in [*moved, children[end]]:
            body.remove(el)
    return tails


def save_document(doc, tables: Sequence[DocxTable | KeepTogether] = ()) -> bytes:
    """The .docx as bytes, each marker paragraph replaced by its table (and tail)."""
    tails = _take_tails(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    if not tables:
        return buffer.getvalue()
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                for i, table in enumerate(tables):
                    # (a marker moved into a tail carries its namespace declarations)
                    pattern = re.compile(r"<w:p(?: [^>]*)?>(?:(?!<w:p[ >]).)*?"
                                         + re.escape(_MARKER.format(i)) + r".*?</w:p>", re.S)
                    text = pattern.sub(lambda _m, t=table, i=i: t.xml(tails.get(i)), text,
                                       count=1)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    return out.getvalue()
