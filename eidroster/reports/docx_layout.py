"""The Nghị định 30/2020 letter layout in Word (python-docx): margins, Times New Roman,
the agency block and national motto, "Số" and the date line, page numbers (13 pt,
centred at the top, from page 2), ruled tables whose header rows repeat on every page,
and the signature block kept with the end of the table.

Big tables (Phụ lục IV at 100,000 people) are not built cell by cell through
python-docx (minutes): :class:`DocxTable` writes the table's WordprocessingML as text,
and :func:`save_document` puts it in place of a marker paragraph when the file is saved.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from eidroster.reports import common, dateline
from eidroster.reports.common import nfc

FONT = "Times New Roman"
_TWIP_PER_MM = 1440 / 25.4


def _xml_text(value: object) -> str:
    text = escape(nfc(value))
    # characters XML 1.0 refuses are already gone (nfc drops control characters)
    return text


def new_document(*, landscape: bool, title: str, settings: Mapping[str, str]):
    """An empty A4 document with the decree's margins, font and page numbers."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (
        Mm(210), Mm(297))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    # page numbers from page 2: the first page has its own (empty) header
    section.different_first_page_header_footer = True
    para = section.header.paragraphs[0]
    para.alignment = 1
    _page_field(para)
    props = doc.core_properties
    props.title = nfc(title)
    props.author = nfc(settings.get("unit_name", ""))
    props.comments = "eidroster"
    return doc


def _page_field(paragraph) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    rpr = f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/><w:sz w:val="26"/></w:rPr>'
    for xml in (f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {nsdecls("w")}>{rpr}<w:t>2</w:t></w:r>',
                f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def add_text(container, text: str, *, size: float = 13, bold: bool = False,
             italic: bool = False, align: str = "center", keep_with_next: bool = False,
             space_after: float = 0, underline: bool = False):
    """A paragraph of one run (``container`` is the document or a table cell)."""
    from docx.shared import Pt

    para = container.add_paragraph()
    para.alignment = {"left": 0, "center": 1, "right": 2, "justify": 3}[align]
    run = para.add_run(nfc(text))
    run.font.size = Pt(size)
    run.font.bold, run.font.italic, run.font.underline = bold, italic, underline
    run.font.name = FONT
    para.paragraph_format.keep_with_next = keep_with_next
    para.paragraph_format.space_after = Pt(space_after)
    return para


def _borderless(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{side} w:val="nil"/>' for side in
            ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _widths(table, widths_mm: Sequence[float]) -> None:
    """Column widths in the grid (what Word and LibreOffice lay out) and in each cell."""
    from docx.shared import Mm

    table.autofit = False
    for column, cell, w in zip(table.columns, table.rows[0].cells, widths_mm, strict=True):
        column.width = Mm(w)
        cell.width = Mm(w)


def _first_cell_paragraph(cell):
    para = cell.paragraphs[0]
    return para


def letter_header(doc, settings: Mapping[str, str], issued: dateline.Issued, width_mm: float,
                  *, number: bool = True, subject: str = "") -> None:
    """Agency block left, national motto right, Số (and the V/v line) and the date."""

    table = doc.add_table(rows=1, cols=2)
    _borderless(table)
    table.autofit = False
    left_w = min(width_mm * 0.42, 95)
    _widths(table, (left_w, width_mm - left_w))
    left, right = table.rows[0].cells
    parent = nfc(settings.get("parent_agency", "")).upper()
    first = _first_cell_paragraph(left)
    first.alignment = 1
    if parent:
        run = first.add_run(parent)
        run.font.name = FONT
        run.font.size = common_pt(12.5)
        add_text(left, nfc(settings.get("unit_name", "")).upper(), size=12.5, bold=True)
    else:
        run = first.add_run(nfc(settings.get("unit_name", "")).upper())
        run.font.bold, run.font.name, run.font.size = True, FONT, common_pt(12.5)
    add_text(left, "―――――", size=8)
    number_text = dateline.number_line(settings.get("doc_number_pattern", ""), issued)
    if number and number_text:
        add_text(left, number_text, size=13)
    if subject:
        add_text(left, subject, size=12)
    top = _first_cell_paragraph(right)
    top.alignment = 1
    run = top.add_run(common.MOTTO_1)  # 12 pt: one line in the right column with Word's
    run.font.bold, run.font.name, run.font.size = True, FONT, common_pt(12)  # cell margins
    add_text(right, common.MOTTO_2, size=13, bold=True, underline=True)
    add_text(right, dateline.date_line(settings.get("place_name", ""), issued), size=13,
             italic=True)


def common_pt(size: float):
    from docx.shared import Pt

    return Pt(size)


def signature_block(doc, settings: Mapping[str, str], width_mm: float, *,
                    recipients: bool = True, preparer: bool = True,
                    extra_recipients: Sequence[str] = ()) -> None:
    """Nơi nhận (left), the preparer (middle), the signer (right); its rows never split."""

    table = doc.add_table(rows=1, cols=3)
    _borderless(table)
    widths = (width_mm * 0.40, width_mm * 0.25, width_mm * 0.35)
    _widths(table, widths)
    _cant_split(table.rows[0])
    left, middle, right = table.rows[0].cells
    rec = common.recipient_lines("\n".join([*extra_recipients, settings.get("recipients", "")]))
    if recipients and rec:
        p = _first_cell_paragraph(left)
        run = p.add_run("Nơi nhận:")
        run.font.bold, run.font.italic, run.font.name, run.font.size = (
            True, True, FONT, common_pt(12))
        for line in rec:
            add_text(left, line, size=11, align="left")
    titles = [t.upper() for t in common.lines_of(settings.get("signer_title", ""))]
    prep = nfc(settings.get("preparer", "")).strip()
    if preparer and prep:
        p = _first_cell_paragraph(middle)
        p.alignment = 1
        run = p.add_run("NGƯỜI LẬP BIỂU")
        run.font.bold, run.font.name, run.font.size = True, FONT, common_pt(13)
        for _ in range(max(0, len(titles) - 1) + 4):
            add_text(middle, "")
        add_text(middle, prep, bold=True)
    p = _first_cell_paragraph(right)
    p.alignment = 1
    for i, t in enumerate(titles):
        if i == 0:
            run = p.add_run(t)
            run.font.bold, run.font.name, run.font.size = True, FONT, common_pt(13)
        else:
            add_text(right, t, bold=True)
    for _ in range(4):
        add_text(right, "")
    add_text(right, nfc(settings.get("signer_name", "")).strip(), bold=True)


def _cant_split(row) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


# ----------------------------------------------------------------- big ruled tables

@dataclass
class DocxTable:
    """A ruled table written as WordprocessingML text (fast at 100,000 rows).

    ``header`` rows repeat on every page; a header cell is (text, column span, merged
    with the cell below: "restart" / "continue" / ""). ``rows`` are tuples of texts;
    ``aligns`` per column ("left", "center", "right"); ``bold_rows`` index rows printed
    bold; ``span_first`` maps a row index to how many columns its first cell spans.
    The last ``keep_last`` rows keep with what follows (the signature block).
    """

    widths_mm: Sequence[float]
    header: Sequence[Sequence[tuple[str, int, str]]]
    rows: Sequence[Sequence[str]]
    aligns: Sequence[str]
    size: float = 11
    bold_rows: set[int] = field(default_factory=set)
    span_first: dict[int, int] = field(default_factory=dict)
    keep_last: int = 2

    def xml(self) -> str:
        twips = [round(w * _TWIP_PER_MM) for w in self.widths_mm]
        half = round(self.size * 2)
        border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
               f'<w:tblLayout w:type="fixed"/><w:tblBorders>{border}</w:tblBorders>'
               '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
               '</w:tblCellMar></w:tblPr><w:tblGrid>'
               + "".join(f'<w:gridCol w:w="{t}"/>' for t in twips) + "</w:tblGrid>"]
        jc = {"left": "left", "center": "center", "right": "right"}

        def cell(text: str, width: int, align: str, bold: bool, span: int = 1,
                 vmerge: str = "", keep: bool = False) -> str:
            props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
            if span > 1:
                props += f'<w:gridSpan w:val="{span}"/>'
            if vmerge:
                props += ('<w:vMerge w:val="restart"/>' if vmerge == "restart"
                          else "<w:vMerge/>")
            props += '<w:vAlign w:val="center"/>'
            rpr = (f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
                   + ("<w:b/>" if bold else "") + f'<w:sz w:val="{half}"/></w:rPr>')
            ppr = (f'<w:pPr>{"<w:keepNext/>" if keep else ""}<w:spacing w:before="20" '
                   f'w:after="20"/><w:jc w:val="{jc[align]}"/>{rpr}</w:pPr>')
            runs = "".join(
                (f'<w:r>{rpr}<w:br/></w:r>' if i else "")
                + f'<w:r>{rpr}<w:t xml:space="preserve">{_xml_text(line)}</w:t></w:r>'
                for i, line in enumerate(nfc(text).split("\n"))) if text else ""
            return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{ppr}{runs}</w:p></w:tc>"

        for hrow in self.header:
            parts = ['<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>']
            col = 0
            for text, span, vmerge in hrow:
                width = sum(twips[col:col + span])
                parts.append(cell(text, width, "center", True, span, vmerge, keep=True))
                col += span
            parts.append("</w:tr>")
            out.append("".join(parts))
        n = len(self.rows)
        for i, row in enumerate(self.rows):
            keep = i >= n - self.keep_last
            bold = i in self.bold_rows
            span = self.span_first.get(i, 1)
            parts = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
            col = 0
            for j, text in enumerate(row):
                s = span if j == 0 else 1
                align = "center" if s > 1 else self.aligns[col]
                parts.append(cell(text, sum(twips[col:col + s]), align, bold, s, keep=keep))
                col += s
            parts.append("</w:tr>")
            out.append("".join(parts))
        out.append("</w:tbl>")
        return "".join(out)


_MARKER = "EIDROSTER-TABLE-{}"


def add_table_marker(doc, index: int) -> None:
    """A paragraph :func:`save_document` replaces with table number ``index``."""
    doc.add_paragraph(_MARKER.format(index))


def save_document(doc, tables: Sequence[DocxTable] = ()) -> bytes:
    """The .docx as bytes, each marker paragraph replaced by its table."""
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
                    pattern = re.compile(r"<w:p>(?:(?!<w:p>).)*?" + re.escape(_MARKER.format(i))
                                         + r".*?</w:p>", re.S)
                    text = pattern.sub(lambda _m, t=table: t.xml(), text, count=1)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    return out.getvalue()
