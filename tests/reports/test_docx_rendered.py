"""The .docx reports rendered by LibreOffice (the office suite most units without Word
have, and what a văn thư's PDF converter often is): at 1 department and at 300, the page
holding the signer's name also holds the end of the document above it — the table's last
rows (Phụ lục III, IV, the summary) or the letter's closing — and the letter's kept
paragraphs start at the same margin as the others.

LibreOffice honours "keep with next" on paragraphs but not on table rows; these documents
were caught with the signature alone on their last page before the tail went into an
unsplittable row (reports/docx_table.py)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from eidroster.reports import aggregate_sheet, docx_reports, letter
from tests.reports import sizes
from tests.reports.sizes import SETTINGS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
MM = 72 / 25.4


def _render(tmp_path, docs) -> None:
    """Every .docx in ``docs`` to PDF beside it, in one LibreOffice run (own profile)."""
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, docs)],
                   check=True, capture_output=True, timeout=600)


def _signer_page(words) -> tuple[int, str]:
    pages = sizes.page_texts(words)
    signer = [p for p, t in pages.items() if SETTINGS["signer_name"] in t]
    assert signer and signer[-1] == max(pages), (signer, max(pages))
    return signer[-1], pages[signer[-1]]


def test_docx_tail_shares_the_signers_page_in_libreoffice(tmp_path):
    docs = {}
    for departments, staff in ((1, 1), (300, 800)):
        agg = sizes.aggregate(departments, staff)
        people = sizes.pending(departments, staff)
        tag = f"{departments}"
        docs[tag, "pl3"] = tmp_path / f"pl3-{tag}.docx"
        aggregate_sheet.write_aggregate_docx(docs[tag, "pl3"], agg, SETTINGS,
                                             issued=sizes.AS_OF)
        docs[tag, "pl4"] = tmp_path / f"pl4-{tag}.docx"
        docx_reports.write_pending_docx(docs[tag, "pl4"], people, SETTINGS, sizes.AS_OF)
        docs[tag, "summary"] = tmp_path / f"summary-{tag}.docx"
        docx_reports.write_summary_docx(docs[tag, "summary"], agg, SETTINGS, sizes.trend(agg),
                                        target=sizes.AS_OF.replace(month=12, day=31))
        docs[tag, "letter"] = tmp_path / f"letter-{tag}.docx"
        docx_reports.write_letter_docx(docs[tag, "letter"], agg, SETTINGS)
    _render(tmp_path, docs.values())

    for (tag, kind), docx in docs.items():
        words = sizes.pdf_words(docx.with_suffix(".pdf"))
        page, text = _signer_page(words)
        last_department = "Khoa số 300" if tag == "300" else "Khoa số 1"
        if kind == "pl3":
            assert "TỔNG CỘNG" in text and last_department in text, (tag, page)
        elif kind == "pl4":
            people = sizes.pending(*((1, 1) if tag == "1" else (300, 800)))
            last = people[-1].full_name if people else "Không có ai chưa định danh"
            assert last in text and "Tổng số:" in text, (tag, page)
        elif kind == "summary":
            assert page <= 2 and last_department in text, (tag, page)
        else:
            agg = sizes.aggregate(*((1, 1) if tag == "1" else (300, 800)))
            closing = letter.letter_text(agg, SETTINGS, None).closing
            assert closing.split()[-1] in text and "Phụ lục III kèm theo" in text, (tag, page)
            # the kept paragraphs start at the left margin (30 mm) like every other line
            for first in ("(Số", closing.split()[0]):
                left = min(w.x0 for w in words if w.page == page and w.text == first)
                assert abs(left - 30 * MM) < 0.5, (first, left)
