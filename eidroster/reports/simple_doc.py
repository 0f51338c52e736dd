"""A short official document of headed sections (paragraphs, bullets, a small ruled
table) under the Nghị định 30 header, written as PDF or Word: the page "Dữ liệu của một
người" and the processing notice for the staff use it. One description, two writers,
so both formats say exactly the same thing. Pure text in, no Qt, atomic writes."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from eidroster.io.atomic import atomic_path
from eidroster.reports import common
from eidroster.reports.dateline import Issued, resolve_issued

PORTRAIT_MM = 210 - 45  # the text width between Nghị định 30's margins


@dataclass(frozen=True, slots=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]  # fractions of the text width
    aligns: Sequence[str] = ()  # "left" / "center" / "right" per column (default left)


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    paragraphs: Sequence[str] = ()
    bullets: Sequence[str] = ()
    table: Table | None = None
    empty: str = ""  # said instead of an empty table
    after: Sequence[str] = ()  # paragraphs after the bullets and the table


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    subtitle: str = ""
    mark: str = ""  # a line above the header, e.g. "Tài liệu có dữ liệu cá nhân"
    sections: Sequence[Section] = field(default_factory=tuple)
    closing: Sequence[str] = ()
    signature: bool = True


def _aligns(table: Table) -> list[str]:
    return [table.aligns[i] if i < len(table.aligns) else "left"
            for i in range(len(table.header))]


# ----------------------------------------------------------------- PDF

def _pdf_table(table: Table, width: float):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, TableStyle
    from reportlab.platypus import Table as RTable

    st = common.styles()
    cell = {"left": st["cell"], "center": st["cell_c"], "right": st["cell_r"]}
    aligns = _aligns(table)
    data = [[Paragraph(common.para_text(h), st["head"]) for h in table.header]]
    data += [[Paragraph(common.para_text(v), cell[aligns[i]]) for i, v in enumerate(row)]
             for row in table.rows]
    t = RTable(data, colWidths=[width * w for w in table.widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _story(doc: Document, settings: Mapping[str, str], issued: Issued, width: float) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    st = common.styles()
    mm = common.MM
    # a section's heading never ends a page without the section's first lines
    heading = ParagraphStyle("section_heading", parent=st["h2"], keepWithNext=1)
    story: list = []
    if doc.mark:
        story += [Paragraph(common.para_text(doc.mark), st["small"]), Spacer(1, 2 * mm)]
    story += common.letter_header(settings, issued, width)
    story += [Spacer(1, 6 * mm), Paragraph(common.para_text(doc.title), st["title"])]
    if doc.subtitle:
        story.append(Paragraph(common.para_text(doc.subtitle), st["reference"]))
    story.append(Spacer(1, 3 * mm))
    for section in doc.sections:
        story.append(Paragraph(common.para_text(section.heading), heading))
        for para in section.paragraphs:
            story += [Paragraph(common.para_text(para), st["body"]), Spacer(1, 1.5 * mm)]
        for item in section.bullets:
            story.append(Paragraph("- " + common.para_text(item), st["body"]))
        if section.table is not None:
            if section.table.rows:
                story.append(_pdf_table(section.table, width))
            elif section.empty:
                story.append(Paragraph(common.para_text(section.empty), st["body"]))
        for para in section.after:
            story += [Spacer(1, 1.5 * mm), Paragraph(common.para_text(para), st["body"])]
    closing = [[Spacer(1, 2 * mm), Paragraph(common.para_text(para), st["body"])]
               for para in doc.closing]
    for part in closing[:-1]:
        story += part
    last = closing[-1] if closing else []
    if doc.signature:  # the signer never alone on a page: the last closing line with it
        last = last + [Spacer(1, 6 * mm), *common.signature_block(
            settings, width, recipients=False, preparer=False)]
    if last:
        story.append(KeepTogether(last))
    return story


def write_pdf(path: str | os.PathLike[str], doc: Document, settings: Mapping[str, str], *,
              issued: Issued = None) -> int:
    """The document as an A4 portrait PDF; returns the number of pages."""
    from eidroster.reports.pdf import build_pdf

    issued = resolve_issued(issued)
    return build_pdf(path, lambda width, _h: _story(doc, settings, issued, width),
                     landscape_page=False, title=doc.title, settings=settings)


# ----------------------------------------------------------------- Word

def write_docx(path: str | os.PathLike[str], doc: Document, settings: Mapping[str, str], *,
               issued: Issued = None) -> None:
    """The same document as an editable .docx."""
    from eidroster.reports import docx_layout as D  # noqa: N812
    from eidroster.reports import docx_table as T  # noqa: N812

    issued = resolve_issued(issued)
    word = D.new_document(landscape=False, title=doc.title, settings=settings)
    if doc.mark:
        D.add_text(word, doc.mark, size=10, align="left", space_after=3)
    D.letter_header(word, settings, issued, PORTRAIT_MM)
    D.add_text(word, "")
    D.add_text(word, doc.title, size=13.5, bold=True)
    if doc.subtitle:
        D.add_text(word, doc.subtitle, italic=True, space_after=6)
    tables: list = []
    for section in doc.sections:
        D.add_text(word, section.heading, bold=True, align="left", keep_with_next=True,
                   space_after=3)
        for para in section.paragraphs:
            D.add_text(word, para, align="justify", space_after=3)
        for item in section.bullets:
            D.add_text(word, "- " + item, align="justify")
        if section.table is not None:
            t = section.table
            if t.rows:
                T.add_table_marker(word, len(tables))
                tables.append(T.DocxTable(
                    widths_mm=[PORTRAIT_MM * w for w in t.widths],
                    header=[[(h, 1, "") for h in t.header]], rows=[tuple(r) for r in t.rows],
                    aligns=_aligns(t)))
            elif section.empty:
                D.add_text(word, section.empty, align="left")
        for para in section.after:
            D.add_text(word, para, align="justify", space_after=3)
    for para in doc.closing:
        D.add_text(word, para, align="justify", space_after=3)
    if doc.signature:
        D.add_text(word, "", keep_with_next=True)
        D.signature_block(word, settings, PORTRAIT_MM, recipients=False, preparer=False)
    data = T.save_document(word, tables)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


# ----------------------------------------------------------------- screen (HTML)

def to_html(doc: Document, settings: Mapping[str, str]) -> str:
    """The same document as simple HTML for the window's viewer (Qt's rich text)."""
    from html import escape

    def e(text: object) -> str:
        return escape(common.nfc(text)).replace("\n", "<br/>")

    out = []
    if doc.mark:
        out.append(f"<p style='color:#8a6d3b'><i>{e(doc.mark)}</i></p>")
    parent = common.nfc(settings.get("parent_agency", "")).upper()
    unit = common.nfc(settings.get("unit_name", "")).upper()
    out.append(f"<p align='left'>{e(parent)}<br/><b>{e(unit)}</b></p>")
    out.append(f"<h2 align='center'>{e(doc.title)}</h2>")
    if doc.subtitle:
        out.append(f"<p align='center'><i>{e(doc.subtitle)}</i></p>")
    for section in doc.sections:
        out.append(f"<h3>{e(section.heading)}</h3>")
        out += [f"<p>{e(p)}</p>" for p in section.paragraphs]
        if section.bullets:
            out.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in section.bullets) + "</ul>")
        table = section.table
        if table is not None and table.rows:
            head = "".join(f"<th>{e(h)}</th>" for h in table.header)
            body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>"
                           for row in table.rows)
            out.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                       f"<tr>{head}</tr>{body}</table>")
        elif table is not None and section.empty:
            out.append(f"<p>{e(section.empty)}</p>")
        out += [f"<p>{e(p)}</p>" for p in section.after]
    out += [f"<p>{e(p)}</p>" for p in doc.closing]
    return "\n".join(out)


# ----------------------------------------------------------------- terminal (text)

def to_text(doc: Document) -> str:
    """The document as plain text (the command line), tables as "label: value" lines."""
    out = [common.nfc(doc.title)]
    if doc.subtitle:
        out.append(common.nfc(doc.subtitle))
    if doc.mark:
        out.append(common.nfc(doc.mark))
    for section in doc.sections:
        out += ["", common.nfc(section.heading)]
        out += [common.nfc(p) for p in section.paragraphs]
        out += [f"  - {common.nfc(b)}" for b in section.bullets]
        table = section.table
        if table is not None and table.rows:
            if len(table.header) == 2:
                out += [f"  {common.nfc(a)}: {common.nfc(b)}" for a, b in table.rows]
            else:
                for row in table.rows:
                    out.append("  - " + "; ".join(
                        f"{common.nfc(h)}: {common.nfc(v)}"
                        for h, v in zip(table.header, row, strict=True) if v))
        elif table is not None and section.empty:
            out.append(f"  {common.nfc(section.empty)}")
        out += [common.nfc(p) for p in section.after]
    out += [""] + [common.nfc(p) for p in doc.closing]
    return "\n".join(out)
