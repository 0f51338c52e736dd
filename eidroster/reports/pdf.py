"""Building a PDF with reportlab, then writing it atomically: page numbers from page 2
(13 pt, centred in the top margin, as Nghị định 30 asks), PDF 1.7 with the real
creation date, the title and the embedded fonts a signing tool expects, and — for a
password — AES-256 encryption done in memory, so the readable document never touches
the disk (not even as a temporary file)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
from collections.abc import Callable, Mapping

from eidroster.domain.errors import InputError
from eidroster.io.atomic import atomic_path
from eidroster.reports import common, fonts

PAGE_NUMBER_SIZE = 13
PDF_VERSION = (1, 7)


def build_pdf(
    path: str | os.PathLike[str],
    make_story: Callable[[float, float], list],
    *,
    landscape_page: bool,
    title: str,
    settings: Mapping[str, str],
    on_page: Callable[[object, object], None] | None = None,
    password: str | None = None,
) -> int:
    """``make_story(frame_width, frame_height)`` returns the flowables; ``on_page(canvas,
    doc)`` draws extras on every page; ``password`` encrypts (AES-256). Returns the
    number of pages."""
    data, pages = render_pdf(make_story, landscape_page=landscape_page, title=title,
                             settings=settings, on_page=on_page)
    if password:
        data = encrypt_pdf_bytes(data, password)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return pages


def render_pdf(
    make_story: Callable[[float, float], list],
    *,
    landscape_page: bool,
    title: str,
    settings: Mapping[str, str],
    on_page: Callable[[object, object], None] | None = None,
) -> tuple[bytes, int]:
    """The PDF in memory and its page count."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    fonts.register_fonts()
    pagesize = landscape(A4) if landscape_page else A4
    margins = common.page_margins()
    meta = common.pdf_metadata(title, settings)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        if doc.page > 1:
            canvas.setFont(fonts.REGULAR, PAGE_NUMBER_SIZE)
            canvas.drawCentredString(pagesize[0] / 2, pagesize[1] - 12 * common.MM,
                                     str(doc.page))
        if on_page is not None:
            on_page(canvas, doc)
        canvas.restoreState()

    buffer = io.BytesIO()
    # invariant=0: the real creation date (a fixed 2000-01-01 looked forged to signers)
    doc = BaseDocTemplate(buffer, pagesize=pagesize, invariant=0, lang="vi-VN",
                          initialFontName=fonts.REGULAR, initialFontSize=12,
                          **margins, **meta)
    # no frame padding: the margins are exactly Nghị định 30's
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    story = make_story(doc.width, doc.height)
    try:
        doc.build(story, canvasmaker=functools.partial(Canvas, pdfVersion=PDF_VERSION))
    except LayoutError as exc:
        raise InputError(too_long_message(settings)) from exc
    return buffer.getvalue(), doc.page


#: The unit's texts printed on the letter, with their names in the settings form.
PRINTED_SETTINGS = {
    "parent_agency": "Cơ quan chủ quản",
    "unit_name": "Tên đơn vị",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
    "preparer": "Người lập biểu",
    "recipients": "Nơi nhận",
    "reference_letter": "Văn bản được trả lời",
    "doc_number_pattern": "Số văn bản",
    "place_name": "Địa danh",
}


def too_long_message(settings: Mapping[str, str]) -> str:
    """Nothing fits even after wrapping: name the longest of the unit's texts."""
    key = max(PRINTED_SETTINGS, key=lambda k: len(settings.get(k, "") or ""))
    return (f"Không dàn trang được báo cáo: thiết lập \"{PRINTED_SETTINGS[key]}\" ({key}) "
            "quá dài để in trên một trang. Hãy rút ngắn rồi xuất lại.")


def encrypt_pdf_bytes(data: bytes, password: str) -> bytes:
    """AES-256 encryption of a PDF held in memory (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def creation_date(data: bytes) -> dt.datetime | None:
    """The creation date written in a PDF's metadata (for tests and the self-test)."""
    from pypdf import PdfReader

    info = PdfReader(io.BytesIO(data)).metadata
    return info.creation_date if info is not None else None
