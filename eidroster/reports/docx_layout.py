"""The Nghị định 30/2020 letter layout in Word (python-docx): margins, Times New Roman,
the agency block and national motto, "Số" and the date line, page numbers (13 pt,
centred at the top, from page 2) and the signature block. The ruled tables, and how the
signature block stays with the end of the table, are in :mod:`reports.docx_table`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eidroster.reports import common, dateline
from eidroster.reports.common import nfc
from eidroster.reports.docx_table import FONT


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


def _borderless(table, *, margins: bool = True) -> None:
    """No rules; ``margins=False`` also drops the cells' left and right margins."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tbl_pr = table._tbl.tblPr  # children in the schema's order (Word checks it)
    tbl_pr.insert_element_before(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{side} w:val="nil"/>' for side in
            ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"),
        *_AFTER_BORDERS)
    if not margins:
        tbl_pr.insert_element_before(parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:left w:w="0" w:type="dxa"/>'
            '<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'), *_AFTER_BORDERS[2:])


_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                  "w:tblDescription", "w:tblPrChange")


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
    _borderless(table, margins=False)  # as the PDF: "NGƯỜI LẬP BIỂU" on one line in portrait
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
