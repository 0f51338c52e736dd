"""Every report at 1, 20, 80 and 300 departments and at 10, 800 and 100,000 staff, in
every format: no exception; the summary within two pages; the signer's page holds the
last rows of the table; text inside Nghị định 30's margins; page numbers 13 pt from page
2; no "MẬT". Inputs are generated (tests/reports/sizes.py): one per size, shared."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from pypdf import PdfReader

from eidroster.reports import aggregate_sheet, docx_reports, head_summary, letter, pending_list
from tests.reports import sizes
from tests.reports.sizes import SETTINGS

MM = 72 / 25.4
# (departments, staff): the smallest unit, the department axis at 800 staff, the staff axis at 20
# departments, and the largest unit of both
SIZES = [(1, 1), (1, 800), (20, 800), (80, 800), (300, 800), (20, 10), (20, 100_000), (300, 100_000)]
TOLERANCE = 1.0  # points: glyph boxes from pdftotext are rounded


def _ids(size):
    return f"{size[0]}dept-{size[1]}staff"


def assert_margins(words, *, header_words=()) -> None:
    """Body text within left 30 mm, right 15 mm, top and bottom 20 mm; only the page
    number (from page 2) and ``header_words`` sit in the top margin."""
    assert words
    for w in words:
        assert w.x0 >= 30 * MM - TOLERANCE, (w.page, w.text, w.x0)
        assert w.x1 <= w.width - 15 * MM + TOLERANCE, (w.page, w.text, w.x1)
        assert w.y1 <= w.height - 20 * MM + TOLERANCE, (w.page, w.text, w.y1)
        if w.y0 < 20 * MM - TOLERANCE:
            assert w.text == str(w.page) and w.page > 1 or w.text in header_words, (
                w.page, w.text, w.y0)
            if w.text == str(w.page):  # 13–14 pt (poppler's box is 0,909 em), centred
                assert 13 * 0.9 <= w.y1 - w.y0 <= 14 * 0.92, (w.page, w.y1 - w.y0)
                assert abs((w.x0 + w.x1) / 2 - w.width / 2) < 2


def signer_page_holds(words, signer: str, last_row: str) -> None:
    pages = sizes.page_texts(words)
    signer_pages = [p for p, t in pages.items() if signer in t]
    assert signer_pages, signer
    assert last_row in pages[signer_pages[-1]], (signer_pages[-1], last_row)
    assert signer_pages[-1] == max(pages)


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_phu_luc_iii_every_format(size, tmp_path):
    agg = sizes.aggregate(*size)
    pdf, xlsx, docx = (tmp_path / f"pl3.{ext}" for ext in ("pdf", "xlsx", "docx"))
    for path in (pdf, xlsx, docx):
        aggregate_sheet.write_aggregate(path, agg, SETTINGS, issued=sizes.AS_OF)
    words = sizes.pdf_words(pdf)
    assert_margins(words)
    # the signer's page holds TỔNG CỘNG and the last department's row
    signer_page_holds(words, "Người Ký Bố Cục", "TỔNG CỘNG")
    last = f"{len(agg.departments)} {agg.departments[-1].name.split()[0]}"
    assert last in sizes.page_texts(words)[max(w.page for w in words)]
    text = " ".join(w.text for w in words)
    assert "MẬT" not in text and "Phường Thử Nghiệm, ngày 20 tháng 11 năm 2026" in text
    assert PdfReader(pdf).pdf_header == "%PDF-1.7"
    ws = openpyxl.load_workbook(xlsx).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert any(c.value == "TỔNG CỘNG" for c in cells)
    # every department row is as tall as its wrapped name
    for c in cells:
        if c.column == 2 and isinstance(c.value, str) and c.value.startswith(sizes.LONG):
            assert ws.row_dimensions[c.row].height >= 30, (c.row, c.value)
    body = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert body.count("<w:tblHeader/>") == 2 + 1  # Phụ lục III's two rows, the statistics'
    assert "TỔNG CỘNG" in body and "MẬT" not in body


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_phu_luc_iv_every_format(size, tmp_path):
    people = sizes.pending(*size)
    pdf = tmp_path / "pl4.pdf"
    pending_list.write_pending_pdf(pdf, people, SETTINGS, sizes.AS_OF, issued="blank")
    words = sizes.pdf_words(pdf)
    notice = set(pending_list.PAGE_NOTICE.split())
    assert_margins(words, header_words=notice)
    last = people[-1].id_number if people else "Không có ai"  # 12 digits never wrap
    signer_page_holds(words, "Người Ký Bố Cục", last)
    if people:  # the last TT on one line ("159" over "35" at 15.935 people, once)
        assert any(w.text == str(len(people)) and w.x0 < 45 * MM  # in TT, not a name
                   for w in words if w.page == words[-1].page)
    text = " ".join(w.text for w in words)
    assert "MẬT" not in text
    assert "ngày\u00a0" not in text  # pdftotext shows the room left as spaces
    if size[1] <= 800:  # the slow formats at the small sizes; 100k below
        xlsx, docx = tmp_path / "pl4.xlsx", tmp_path / "pl4.docx"
        pending_list.write_pending_xlsx(xlsx, people, SETTINGS, sizes.AS_OF)
        docx_reports.write_pending_docx(docx, people, SETTINGS, sizes.AS_OF)
        values = [str(c.value) for row in openpyxl.load_workbook(xlsx).active.iter_rows()
                  for c in row if c.value is not None]
        assert not any("MẬT" in v for v in values)
        assert pending_list.PERSONAL_DATA_NOTICE in values
        body = zipfile.ZipFile(docx).read("word/document.xml").decode()
        assert pending_list.PERSONAL_DATA_NOTICE in body and "MẬT" not in body
        assert body.count("<w:tblHeader/>") == 1


def test_phu_luc_iv_xlsx_and_docx_at_100k_staff(tmp_path):
    people = sizes.pending(300, 100_000)
    xlsx, docx = tmp_path / "pl4.xlsx", tmp_path / "pl4.docx"
    pending_list.write_pending_xlsx(xlsx, people, SETTINGS, sizes.AS_OF)
    docx_reports.write_pending_docx(docx, people, SETTINGS, sizes.AS_OF)
    ws = openpyxl.load_workbook(xlsx, read_only=True).active
    numbered = sum(1 for r in ws.iter_rows(values_only=True) if isinstance(r[0], int))
    assert numbered == len(people) > 10_000
    # column A holds the 5-digit TT (Excel prints "###" where a number does not fit)
    sheet = zipfile.ZipFile(xlsx).read("xl/worksheets/sheet1.xml")[:4000].decode()
    width = float(re.search(r'<col width="([\d.]+)"[^>]* min="1" max="1"', sheet).group(1))
    assert width >= len(str(numbered)) + 2
    body = zipfile.ZipFile(docx).read("word/document.xml").decode()
    # the people, the header row, the letter header's and the signature block's rows, and
    # the unsplittable row that holds the last people with the signature block
    assert body.count("<w:tr>") == len(people) + 1 + 2 + 1
    assert people[-1].full_name in body


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_summary_and_letter_every_format(size, tmp_path):
    agg = sizes.aggregate(*size)
    target = sizes.AS_OF.replace(month=12, day=31)
    pdf = tmp_path / "summary.pdf"
    pages = head_summary.write_summary_pdf(pdf, agg, SETTINGS, sizes.trend(agg), target=target)
    assert pages <= 2 and len(PdfReader(pdf).pages) == pages
    words = sizes.pdf_words(pdf)
    assert_margins(words)
    pages_text = sizes.page_texts(words)
    # the table's last row (the highest rate, listed last) is on the signer's page, even
    # when the bar chart between them pushes the signature over (once caught at 1 person)
    last = head_summary.departments_by_rate(agg)[-1]
    signer_page_holds(words, "Người Ký Bố Cục", last.name)
    assert "MẬT" not in " ".join(pages_text.values())
    letter_pdf = tmp_path / "letter.pdf"
    letter.write_letter_pdf(letter_pdf, agg, SETTINGS, issued="blank", target=target)
    words = sizes.pdf_words(letter_pdf)
    assert_margins(words)
    text = " ".join(w.text for w in words)
    assert "Phụ lục III kèm theo" in text and "Người Ký Bố Cục" in text
    docx_reports.write_summary_docx(tmp_path / "summary.docx", agg, SETTINGS,
                                    sizes.trend(agg), target=target)
    docx_reports.write_letter_docx(tmp_path / "letter.docx", agg, SETTINGS, target=target)
