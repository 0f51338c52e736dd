"""Phụ lục III and IV .xlsx as they print: page breaks chosen by the program (the same
pages in Excel and LibreOffice), the header rows repeated on every page, one page wide at
the full font size (not shrunk), the page number at the top from page 2, and the last
rows with the signature on one page — read back from the file, then printed through
LibreOffice at 1 department / 1 person and at 300 departments."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest

from eidroster.reports import aggregate_sheet, pending_list, xlsx_layout
from tests.reports import sizes
from tests.reports.sizes import SETTINGS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
MM = 72 / 25.4


def test_page_starts_keeps_blocks_whole_and_pages_within_height():
    heights = [10.0] * 100
    # rows 1-3 the title; 4 the header (repeated); 5 the first row; 95-100 the tail
    starts = xlsx_layout.page_starts(heights, titles=(4, 4), blocks=[(4, 5), (95, 100)],
                                     page=200.0)
    pages = list(zip([1, *starts], [*starts, 101], strict=True))
    for first, end in pages:
        repeated = 10.0 if first > 4 else 0.0
        assert repeated + sum(heights[first - 1:end - 1]) <= 200.0
    assert all(not 95 < s <= 100 and s != 5 for s in starts)
    assert pages[-1][0] <= 95  # the tail's page begins at or before its first row


def test_page_starts_moves_a_one_row_table_with_its_header():
    # the header and the only row (block 4-5) and the tail (5-9) overlap: the page that
    # cannot hold the tail starts at the header, never between the header and its row
    heights = [60.0, 20.0, 20.0, 20.0, 10.0, 40.0, 40.0, 40.0, 20.0]
    starts = xlsx_layout.page_starts(heights, titles=(4, 4), blocks=[(4, 5), (5, 9)],
                                     page=200.0)
    assert starts == [4]


def _sheets(tmp_path):
    out = {}
    for departments, staff in ((1, 1), (300, 800)):
        agg, people = sizes.aggregate(departments, staff), sizes.pending(departments, staff)
        out["pl3", departments] = tmp_path / f"pl3-{departments}.xlsx"
        aggregate_sheet.write_aggregate_xlsx(out["pl3", departments], agg, SETTINGS)
        out["pl4", departments] = tmp_path / f"pl4-{departments}.xlsx"
        pending_list.write_pending_xlsx(out["pl4", departments], people, SETTINGS,
                                        sizes.AS_OF)
    return out


def test_print_setup_read_back(tmp_path):
    for (kind, departments), path in _sheets(tmp_path).items():
        ws = openpyxl.load_workbook(path).active
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows  # the table's header rows, repeated
        assert ws.HeaderFooter.differentFirst and not ws.firstHeader.center.text
        assert ws.oddHeader.center.text == "&P" and ws.oddHeader.center.size == 13
        if kind == "pl4":
            assert ws.firstHeader.right.text == ws.oddHeader.right.text == (
                pending_list.PAGE_NOTICE)
        breaks = [b.id for b in ws.row_breaks.brk]
        assert breaks == sorted(breaks)
        if departments == 300:
            assert len(breaks) >= 10
        # every printed row has its own height: the page breaks were computed with them
        last = int(re.search(r"(\d+)$", ws.print_area).group(1))
        assert all(ws.row_dimensions[r].height for r in range(1, last + 1))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_printed_by_libreoffice(tmp_path):
    sheets = _sheets(tmp_path)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *map(str, sheets.values())], check=True, capture_output=True, timeout=600)
    for (kind, departments), path in sheets.items():
        ws = openpyxl.load_workbook(path).active
        words = sizes.pdf_words(path.with_suffix(".pdf"))
        pages = sizes.page_texts(words)
        # LibreOffice broke the pages where the file says, nowhere else
        assert max(pages) == len(ws.row_breaks.brk) + 1, (kind, departments)
        header_word = "Khoa/phòng" if kind == "pl3" else "Họ"
        body_size = 12 if kind == "pl3" else 11
        for page, text in pages.items():
            if page > 1:
                assert header_word in text, (kind, departments, page)
                number = [w for w in words if w.page == page and w.text == str(page)
                          and w.y0 < 20 * MM]
                # centred over the text (between the 30 mm and 15 mm margins), as in Word
                middle = (30 * MM + number[0].width - 15 * MM) / 2 if number else 0
                assert number and abs((number[0].x0 + number[0].x1) / 2 - middle) < 3
        # printed at the full size: a body word's box is ~1.3 em of the cells' font
        body = [w for w in words if w.text in ("Khoa", "Nguyễn", "Không") and w.y0 > 100]
        assert body and min(w.y1 - w.y0 for w in body) >= 1.25 * body_size, (kind, departments)
        signer = [p for p, t in pages.items() if SETTINGS["signer_name"] in t]
        assert signer == [max(pages)]
        last_text = pages[max(pages)]
        if kind == "pl3":
            assert "TỔNG CỘNG" in last_text and f"Khoa số {departments}" in last_text
        else:
            people = sizes.pending(departments, 1 if departments == 1 else 800)
            last = people[-1].id_number if people else pending_list.NOBODY
            assert last in last_text and "Tổng số:" in last_text
