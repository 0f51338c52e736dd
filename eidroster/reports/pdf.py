"""Building a PDF with reportlab into a temporary file beside the target, then renaming
it (atomic), with page numbers from page 2 (top centre, as Nghị định 30 asks)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from eidroster.io.atomic import atomic_path
from eidroster.reports import common, fonts


def build_pdf(
    path: str | os.PathLike[str],
    make_story: Callable[[float], list],
    *,
    landscape_page: bool,
    title: str,
    settings: Mapping[str, str],
    on_page: Callable[[object, object], None] | None = None,
    password: str | None = None,
) -> None:
    """``make_story(frame_width)`` returns the flowables; ``on_page(canvas, doc)`` draws
    extras on every page (e.g. the "MẬT" mark); ``password`` encrypts (AES-256)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    fonts.register_fonts()
    pagesize = landscape(A4) if landscape_page else A4
    margins = common.page_margins()
    meta = common.pdf_metadata(title, settings)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        if doc.page > 1:
            canvas.setFont(fonts.REGULAR, 12)
            canvas.drawCentredString(pagesize[0] / 2, pagesize[1] - 12 * common.MM, str(doc.page))
        if on_page is not None:
            on_page(canvas, doc)
        canvas.restoreState()

    with atomic_path(path) as tmp:
        doc = BaseDocTemplate(str(tmp), pagesize=pagesize, invariant=1,
                              initialFontName=fonts.REGULAR, initialFontSize=12,
                              **margins, **meta)
        # no frame padding: the margins are exactly Nghị định 30's
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        doc.build(make_story(doc.width))
        if password:
            _encrypt_in_place(tmp, password)


def _encrypt_in_place(path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(path))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    with open(path, "wb") as fh:
        writer.write(fh)
