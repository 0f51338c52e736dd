"""Shared pieces of every report: safe text, number formats, the Nghị định 30/2020
letter layout (agency block, national motto, Số, place and date, signature block,
Nơi nhận) for reportlab, and the matching header block for openpyxl sheets."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

from eidroster.reports import dateline, fonts

MM = 72.0 / 25.4  # points per millimetre

# ----------------------------------------------------------------- numbers in xlsx
# Counts: "1.097" whatever the reader's locale (a literal dot, not the locale's
# separator), zero as "-" like the seed's Phụ lục I. Exact below one million, which no
# unit or sector reaches (beyond it the digits stay right, only one dot is shown).
COUNT_FORMAT = '[>=1000]#\\.##0;[>=1]0;"-"'
RATE_FORMAT_WHOLE = "0%"
RATE_FORMAT_DECIMAL = "0.0%"

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def nfc(value: object) -> str:
    """Text as drawn: NFC (files from macOS arrive decomposed), no control characters."""
    text = "" if value is None else str(value)
    if text.isascii() and text.isprintable():
        return text  # the common case, 100,000 times in Phụ lục IV: nothing to do
    text = unicodedata.normalize("NFC", text)
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def para_text(value: object) -> str:
    """NFC text escaped for a reportlab Paragraph (user text never becomes markup)."""
    return escape(nfc(value)).replace("\n", "<br/>")


def date_line(place: str, day: dateline.Issued) -> str:
    """"Bà Rịa, ngày 05 tháng 01 năm 2024" by Nghị định 30 (see :mod:`reports.dateline`)."""
    return dateline.date_line(place, day)


def lines_of(value: str) -> list[str]:
    return [line.strip() for line in nfc(value).replace("\\n", "\n").splitlines() if line.strip()]


def recipient_lines(value: str) -> list[str]:
    """"Nơi nhận" entries as "- …;" with the last one ending in "." (e.g. "- Lưu: VT, TCCB.")."""
    items = [line.lstrip("-–• ").rstrip(";. ") for line in lines_of(value)]
    items = [i for i in items if i]
    out = []
    for n, item in enumerate(items):
        out.append(f"- {item}{'.' if n == len(items) - 1 else ';'}")
    return out


def reference_text(settings: Mapping[str, str], reference: str | None) -> str:
    """The "(Kèm theo …)" line: an explicit reference, else the letter the report
    answers (setting ``reference_letter``), else the unit's own document number."""
    ref = nfc(reference if reference is not None else settings.get("reference_letter", "")).strip()
    if not ref:
        number = nfc(settings.get("doc_number_pattern", "")).strip()
        number = number.split(":", 1)[1].strip() if ":" in number else number
        unit = nfc(settings.get("unit_name", "")).strip()
        ref = f"Văn bản số {number or '…'} của {unit or 'đơn vị'}"
    ref = ref.strip("() ")
    if not ref.lower().startswith("kèm theo"):
        ref = f"Kèm theo {ref}"
    return f"({ref})"


# ----------------------------------------------------------------- reportlab layout

def styles() -> dict[str, object]:
    """Paragraph styles in the shipped font (registered on first use)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    fonts.register_fonts()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=13, leading=16)
    s = {
        "base": base,
        "agency": ParagraphStyle("agency", base, fontSize=12.5, leading=15, alignment=TA_CENTER),
        "unit": ParagraphStyle("unit", base, fontName=fonts.BOLD, fontSize=12.5, leading=15,
                               alignment=TA_CENTER),
        "motto1": ParagraphStyle("motto1", base, fontName=fonts.BOLD, fontSize=12.5, leading=15,
                                 alignment=TA_CENTER),
        "motto2": ParagraphStyle("motto2", base, fontName=fonts.BOLD, fontSize=13.5, leading=16,
                                 alignment=TA_CENTER),
        "number": ParagraphStyle("number", base, alignment=TA_CENTER),
        "subject": ParagraphStyle("subject", base, fontSize=12, leading=14,
                                  alignment=TA_CENTER, spaceBefore=3),
        "date": ParagraphStyle("date", base, fontName=fonts.ITALIC, alignment=TA_CENTER),
        "appendix": ParagraphStyle("appendix", base, fontName=fonts.BOLD, fontSize=14,
                                   leading=18, alignment=TA_CENTER, spaceBefore=8),
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=13.5, leading=17,
                                alignment=TA_CENTER),
        "reference": ParagraphStyle("reference", base, fontName=fonts.ITALIC, alignment=TA_CENTER,
                                    spaceAfter=8),
        "cell": ParagraphStyle("cell", base, fontSize=11, leading=13, alignment=TA_LEFT),
        "cell_c": ParagraphStyle("cell_c", base, fontSize=11, leading=13, alignment=TA_CENTER),
        "cell_r": ParagraphStyle("cell_r", base, fontSize=11, leading=13, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", base, fontName=fonts.BOLD, fontSize=11, leading=13,
                               alignment=TA_CENTER),
        "sign_title": ParagraphStyle("sign_title", base, fontName=fonts.BOLD, alignment=TA_CENTER),
        "sign_name": ParagraphStyle("sign_name", base, fontName=fonts.BOLD, alignment=TA_CENTER),
        "recipients_head": ParagraphStyle("recipients_head", base, fontName=fonts.BOLD_ITALIC,
                                          fontSize=12, leading=14),
        "recipients": ParagraphStyle("recipients", base, fontSize=11, leading=13),
        "body": ParagraphStyle("body", base, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("small", base, fontSize=10, leading=12),
        "h2": ParagraphStyle("h2", base, fontName=fonts.BOLD, fontSize=13, leading=16,
                             spaceBefore=8, spaceAfter=4),
    }
    return s


def page_margins() -> dict[str, float]:
    """Nghị định 30/2020: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm."""
    return {"topMargin": 20 * MM, "bottomMargin": 20 * MM, "leftMargin": 30 * MM,
            "rightMargin": 15 * MM}


_PLACE_WORDS = {"TỈNH", "PHỐ", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "TRẤN"}


def balanced(text: str, font: str, size: float, width: float) -> str:
    """Paragraph markup of ``text`` on one line if it fits ``width``, else on two lines
    of similar length (an agency name wraps as "SỞ Y TẾ TỈNH / BÀ RỊA - VŨNG TÀU", not
    with one word left alone)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return para_text(text)
    words = text.split(" ")
    best, best_w = None, float("inf")
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        if first.endswith(" -") or first.endswith("-"):
            continue  # never leave the dash of "BÀ RỊA - VŨNG TÀU" at a line end
        w = max(stringWidth(first, font, size), stringWidth(second, font, size))
        # a place name stays whole: break after "TỈNH", "HUYỆN", … when that fits
        if words[i - 1].upper() in _PLACE_WORDS and w <= width:
            w -= 10_000
        if w < best_w:
            best, best_w = (first, second), w
    if best is None:
        return para_text(text)
    return f"{para_text(best[0])}<br/>{para_text(best[1])}"


def letter_header(settings: Mapping[str, str], issued: dateline.Issued, width: float,
                  *, number: bool = True, subject: str = "") -> list:
    """Agency block left (parent agency upright caps, unit bold caps, short rule, Số),
    national motto right (bold caps, bold motto with a rule under it, italic place/date)."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable

    st = styles()
    parent = nfc(settings.get("parent_agency", "")).upper()
    unit = nfc(settings.get("unit_name", "")).upper()
    left_w = min(width * 0.42, 95 * MM)
    left: list = []
    if parent:
        left.append(Paragraph(balanced(parent, fonts.REGULAR, st["agency"].fontSize, left_w - 4),
                              st["agency"]))
    left.append(Paragraph(balanced(unit, fonts.BOLD, st["unit"].fontSize, left_w - 4),
                          st["unit"]))
    left.append(Spacer(1, 3))
    left.append(HRFlowable(width=32 * MM, thickness=0.6, color=colors.black, hAlign="CENTER",
                           spaceBefore=2, spaceAfter=5))
    doc_number = dateline.number_line(settings.get("doc_number_pattern", ""), issued)
    if number and doc_number:
        left.append(Paragraph(para_text(doc_number), st["number"]))
    if subject:  # the letter's "V/v …" (trích yếu) under its number
        left.append(Paragraph(para_text(subject), st["subject"]))
    right = [
        Paragraph(MOTTO_1, st["motto1"]),
        Paragraph(MOTTO_2, st["motto2"]),
        Spacer(1, 3),
        HRFlowable(width=stringWidth(MOTTO_2, fonts.BOLD, st["motto2"].fontSize),
                   thickness=0.6, color=colors.black,
                   hAlign="CENTER", spaceBefore=2, spaceAfter=5),
        Paragraph(para_text(date_line(settings.get("place_name", ""), issued)), st["date"]),
    ]
    table = Table([[left, right]], colWidths=[left_w, width - left_w])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 12),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def signature_block(settings: Mapping[str, str], width: float, *,
                    recipients: bool = True, preparer: bool = True,
                    extra_recipients: Sequence[str] = ()) -> list:
    """Nơi nhận (bold italic, "- …;" entries) left; the preparer in the middle when set;
    the signer's title (caps bold, one or two lines), space to sign, and name right."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    left: list = []
    if recipients:
        rec = recipient_lines("\n".join([*extra_recipients,
                                          settings.get("recipients", "")]))
        if rec:
            left.append(Paragraph("Nơi nhận:", st["recipients_head"]))
            left += [Paragraph(para_text(r), st["recipients"]) for r in rec]
    titles = lines_of(settings.get("signer_title", ""))
    middle: list = []
    prep = nfc(settings.get("preparer", "")).strip()
    if preparer and prep:
        # the preparer's name on the same line as the signer's
        extra = max(0, len(titles) - 1) * st["sign_title"].leading
        middle = [Paragraph("NGƯỜI LẬP BIỂU", st["sign_title"]), Spacer(1, 24 * MM + extra),
                  Paragraph(para_text(prep), st["sign_name"])]
    right: list = [Paragraph(para_text(t.upper()), st["sign_title"]) for t in titles]
    right.append(Spacer(1, 24 * MM))
    name = nfc(settings.get("signer_name", "")).strip()
    if name:
        right.append(Paragraph(para_text(name), st["sign_name"]))
    widths = [width * 0.40, width * 0.25, width * 0.35]
    table = Table([[left, middle, right]], colWidths=widths)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 12),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def pdf_metadata(title: str, settings: Mapping[str, str]) -> dict[str, str]:
    return {"title": nfc(title), "author": nfc(settings.get("unit_name", "")),
            "creator": "eidroster", "subject": nfc(title)}


# ----------------------------------------------------------------- openpyxl helpers

def set_text(ws, row: int, col: int, value: object, font=None, alignment=None):
    """A text cell that stays text: never a formula, whatever the user typed."""
    cell = ws.cell(row=row, column=col)
    text = nfc(value)
    cell.value = text
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def xlsx_header_block(ws, settings: Mapping[str, str], ncols: int, *, left_span: int,
                      right_start: int) -> int:
    """Agency (left) and national motto (right) in rows 1-2; returns the next free row."""
    from openpyxl.styles import Alignment, Font

    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    set_text(ws, 1, 1, nfc(settings.get("parent_agency", "")).upper(),
             Font(name=fonts.XLSX_FONT, size=12), center)
    set_text(ws, 2, 1, nfc(settings.get("unit_name", "")).upper(),
             Font(name=fonts.XLSX_FONT, size=12, bold=True), center)
    set_text(ws, 1, right_start, MOTTO_1, Font(name=fonts.XLSX_FONT, size=12, bold=True), center)
    set_text(ws, 2, right_start, MOTTO_2,
             Font(name=fonts.XLSX_FONT, size=13, bold=True, underline="single"), center)
    for r in (1, 2):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=left_span)
        ws.merge_cells(start_row=r, start_column=right_start, end_row=r, end_column=ncols)
    return 4


def xlsx_print_setup(ws, title_rows: str, *, landscape: bool = True) -> None:
    """A4, landscape, fit to one page wide, header rows repeated, Nghị định 30 margins,
    the page number (13 pt) centred at the top from page 2."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    inch = 25.4
    ws.page_margins.left = 30 / inch
    ws.page_margins.right = 15 / inch
    ws.page_margins.top = 20 / inch
    ws.page_margins.bottom = 20 / inch
    ws.page_margins.header = 10 / inch
    ws.HeaderFooter.differentFirst = True  # the first page's header stays empty
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.size = 13
    ws.oddHeader.center.font = f"{fonts.XLSX_FONT},Regular"


def save_workbook(wb, path) -> None:
    """Save to ``path`` (the caller's temporary file) with fixed metadata."""
    import io
    from pathlib import Path

    wb.properties.creator = "eidroster"
    wb.properties.lastModifiedBy = "eidroster"
    # built in memory, then written in one go: openpyxl leaves its ZipFile open when a
    # write fails (full disk), and that file's __del__ then prints a traceback
    buffer = io.BytesIO()
    wb.save(buffer)
    Path(path).write_bytes(buffer.getvalue())


def sequence_or_empty(items: Sequence[str] | None) -> list[str]:
    return [nfc(i) for i in (items or ()) if nfc(i).strip()]
