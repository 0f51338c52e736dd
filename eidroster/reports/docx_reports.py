"""The reports as editable Word documents (.docx): Phụ lục III / I (the aggregate
sheet), Phụ lục IV, the head's summary and the covering letter — the same content and
layout as the PDFs (:mod:`reports.docx_layout`), written atomically. What follows each
document's table (or, in the letter, its last paragraph) up to the signature is its
tail (:func:`docx_table.end_tail`): it shares the page of the table's last rows in Word
and in LibreOffice."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence

from eidroster.domain.aggregate import Aggregate
from eidroster.io.atomic import atomic_path
from eidroster.reports import docx_layout as D  # noqa: N812
from eidroster.reports import docx_table as T  # noqa: N812
from eidroster.reports.dateline import Issued, resolve_issued

PORTRAIT_MM = 210 - 45
LANDSCAPE_MM = 297 - 45


def _write(path, doc, tables=()) -> None:
    data = T.save_document(doc, tables)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_aggregate_docx(path: str | os.PathLike[str], aggregate: Aggregate,
                         settings: Mapping[str, str], text, *, issued: Issued = None) -> None:
    """Phụ lục III / I (``text`` is the sheet's :class:`aggregate_sheet.SheetText`)."""
    from eidroster.reports import aggregate_sheet as A  # noqa: N812

    issued = resolve_issued(issued)
    doc = D.new_document(landscape=True, title=f"{text.appendix_heading} - {text.title}",
                         settings=settings)
    D.letter_header(doc, settings, issued, LANDSCAPE_MM)
    D.add_text(doc, text.appendix_heading, size=14, bold=True, space_after=0)
    D.add_text(doc, text.title, size=13.5, bold=True)
    D.add_text(doc, text.reference, italic=True, space_after=6)
    subs = A.sub_headers()
    header = [
        [("TT", 1, "restart"), (text.unit_header, 1, "restart"),
         (text.total_header, 1, "restart"), (A.GROUP_HEADER, 5, ""),
         (A.RATE_HEADER, 1, "restart")],
        [("", 1, "continue"), ("", 1, "continue"), ("", 1, "continue"),
         *((h, 1, "") for h in subs), ("", 1, "continue")],
    ]
    rows = [(str(n), d.name, *(A.count_text(v) for v in A.row_values(d.counts)),
             A.share_text(d.counts.level2, d.counts.total))
            for n, d in enumerate(aggregate.departments, 1)]
    t = aggregate.total
    rows.append((A.TOTAL_LABEL, *(A.count_text(v) for v in A.row_values(t)),
                 A.share_text(t.level2, t.total)))
    table = T.DocxTable(widths_mm=(10, 62, 24, 22, 22, 22, 28, 28, 34), header=header,
                        rows=rows, aligns=("center", "left") + ("right",) * 7,
                        bold_rows={len(rows) - 1}, span_first={len(rows) - 1: 2})
    T.add_table_marker(doc, 0)
    D.add_text(doc, "", size=6)
    D.add_text(doc, text.footnote, size=10, italic=True, align="justify")
    D.add_text(doc, "")
    stats = T.DocxTable(widths_mm=(84, 30, 30),
                        header=[[(text.stats_title, 1, ""), ("Số lượng", 1, ""),
                                 ("Tỉ lệ (%)", 1, "")]],
                        rows=[(label, A.count_text(n), A.share_text(n, t.total))
                              for label, n in A.stats_rows(t)],
                        aligns=("left", "right", "right"))
    T.add_table_marker(doc, 1)
    for note in text.notes:
        D.add_text(doc, note, size=10, italic=True, align="left")
    D.add_text(doc, "")
    D.signature_block(doc, settings, LANDSCAPE_MM)
    T.end_tail(doc, 0)
    _write(path, doc, [table, stats])


def write_pending_docx(path: str | os.PathLike[str], people: Sequence, settings:
                       Mapping[str, str], as_of: dt.date, *, issued: Issued = None,
                       reference: str | None = None) -> None:
    """Phụ lục IV (personal data: the same notice as the PDF and the .xlsx)."""
    from eidroster.reports import common
    from eidroster.reports import pending_list as P  # noqa: N812

    issued = resolve_issued(issued)
    doc = D.new_document(landscape=True, title=f"PHỤ LỤC IV - {P.title_text(settings, as_of)}",
                         settings=settings)
    # the page notice in the header of every page (the first page's header too)
    for header in (doc.sections[0].first_page_header, doc.sections[0].header):
        D.add_text(header, P.PAGE_NOTICE, size=10, italic=True, align="right")
    D.letter_header(doc, settings, issued, LANDSCAPE_MM)
    D.add_text(doc, "PHỤ LỤC IV", size=14, bold=True)
    D.add_text(doc, P.title_text(settings, as_of), size=13.5, bold=True)
    D.add_text(doc, common.reference_text(settings, reference), italic=True)
    D.add_text(doc, P.PERSONAL_DATA_NOTICE, size=11, bold=True, italic=True, space_after=6)
    rows = [P.row_texts(n, p) for n, p in enumerate(people, 1)]
    span = {}
    if not rows:
        rows, span = [(P.NOBODY,)], {0: P.NCOLS}
    widths = P.widths_mm(len(people))
    table = T.DocxTable(widths_mm=tuple(w * LANDSCAPE_MM / sum(widths) for w in widths),
                        header=[[(h, 1, "") for h in P.HEADERS]], rows=rows,
                        aligns=tuple("center" if i in P.CENTERED else "left"
                                     for i in range(P.NCOLS)), span_first=span)
    T.add_table_marker(doc, 0)
    D.add_text(doc, "")
    D.add_text(doc, P.total_line(len(people)), bold=True, align="left")
    D.add_text(doc, "")
    D.signature_block(doc, settings, LANDSCAPE_MM, recipients=False)
    T.end_tail(doc, 0)
    _write(path, doc, [table])


def write_summary_docx(path: str | os.PathLike[str], aggregate: Aggregate,
                       settings: Mapping[str, str], trend: Sequence, *,
                       target: dt.date | None = None, issued: Issued = None) -> None:
    """The head's summary: the same text and table as the PDF (no charts)."""
    from eidroster.reports import head_summary as H  # noqa: N812

    issued = resolve_issued(issued)
    doc = D.new_document(landscape=False, title=H.TITLE, settings=settings)
    D.letter_header(doc, settings, issued, PORTRAIT_MM, number=False)
    heading, title = H.title_lines(aggregate)
    D.add_text(doc, heading, size=14, bold=True)
    D.add_text(doc, title, size=13.5, bold=True, space_after=6)
    boxes = H.headline(aggregate)
    box = T.DocxTable(widths_mm=(PORTRAIT_MM / 4,) * 4, header=[[(b[0], 1, "") for b in boxes]],
                      rows=[tuple(b[1] for b in boxes)], aligns=("center",) * 4, size=13,
                      bold_rows={0})
    T.add_table_marker(doc, 0)
    D.add_text(doc, H.detail_sentence(aggregate), align="justify")
    p = H.pace(aggregate, trend, target)
    for sentence in H.pace_sentences(aggregate, p, target):
        D.add_text(doc, sentence, align="justify")
    choice = H.choose_rows(H.departments_by_rate(aggregate), H.DENSITIES[0].full_rows)
    D.add_text(doc, "Các khoa/phòng, tỉ lệ thấp nhất trước", bold=True, align="left",
               keep_with_next=True)
    table = T.DocxTable(widths_mm=(10, 60, 17, 17, 19, 22, 20),
                        header=[[(h, 1, "") for h in H.TABLE_HEADERS]],
                        rows=H.table_rows(choice),
                        aligns=("center", "left") + ("right",) * 5, size=10.5)
    T.add_table_marker(doc, 1)
    D.add_text(doc, "")
    D.signature_block(doc, settings, PORTRAIT_MM, recipients=False)
    T.end_tail(doc, 1)
    _write(path, doc, [box, table])


def write_letter_docx(path: str | os.PathLike[str], aggregate: Aggregate,
                      settings: Mapping[str, str], *, issued: Issued = None,
                      target: dt.date | None = None) -> None:
    """The covering letter (báo cáo) sent with Phụ lục III."""
    from eidroster.reports import letter as L  # noqa: N812

    issued = resolve_issued(issued)
    text = L.letter_text(aggregate, settings, target)
    doc = D.new_document(landscape=False, title=L.TITLE, settings=settings)
    D.letter_header(doc, settings, issued, PORTRAIT_MM, subject=L.SUBJECT)
    D.add_text(doc, "")
    D.add_text(doc, f"Kính gửi: {text.addressee}.", space_after=6)
    for n, para in enumerate(text.paragraphs):
        if n == len(text.paragraphs) - 1:
            # the last paragraphs ("Phụ lục III kèm theo", the closing) and the signature
            # cannot part: a letter has no table to keep them with
            T.add_table_marker(doc, 0)
        heading = para[:2] in ("1.", "2.")
        D.add_text(doc, para, bold=heading, align="justify", space_after=3,
                   keep_with_next=heading)
    D.add_text(doc, text.closing, align="justify")
    D.add_text(doc, "")
    D.signature_block(doc, settings, PORTRAIT_MM, preparer=False,
                      extra_recipients=("Như trên",))
    T.end_tail(doc, 0)
    _write(path, doc, [T.KeepTogether(PORTRAIT_MM)])
