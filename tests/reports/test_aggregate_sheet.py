"""The aggregate-sheet writer on hand-built aggregates (Phụ lục III and Phụ lục I)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from eidroster.domain.aggregate import from_counts
from eidroster.reports.aggregate_sheet import (
    GROUP_HEADER,
    write_aggregate_pdf,
    write_aggregate_xlsx,
)
from eidroster.reports.common import COUNT_FORMAT, date_line, recipient_lines

SETTINGS = {
    "parent_agency": "Sở Y tế tỉnh Bà Rịa - Vũng Tàu",
    "unit_name": "Bệnh viện Bà Rịa",
    "place_name": "Bà Rịa",
    "doc_number_pattern": "Số: …/BC-BV",
    "reference_letter": "Công văn số 3612/SYT-NV ngày 25/10/2023 của Sở Y tế",
    "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signer_name": "Người Ký Thử",
    "preparer": "",
    "recipients": "Sở Y tế (b/c)\nLưu: VT, TCCB",
}

# (department, none, level1, level2, with_reason): the seed's first rows, plus a
# 1.096/1.097 department that must show 99.9%, never 100%.
ROWS = [
    ("Khoa Nội", 11, 44, 1042, 55),
    ("Khoa Mắt", 0, 0, 101, 0),
    ("Khoa Ngoại", 1, 0, 1096, 1),
    ("Khoa Dược", 2, 5, 47, 3),
]


def _table(ws):
    """Rows of the main table: from the first numbered row to TỔNG CỘNG."""
    rows = list(ws.iter_rows(values_only=False))
    start = next(i for i, r in enumerate(rows) if r[0].value == 1)
    end = next(i for i, r in enumerate(rows) if r[0].value == "TỔNG CỘNG")
    return rows[start:end], rows[end]


def test_xlsx_layout_numbers_and_formats(tmp_path):
    agg = from_counts(ROWS, dt.date(2023, 11, 29))
    out = tmp_path / "pl3.xlsx"
    write_aggregate_xlsx(out, agg, SETTINGS, issued=dt.date(2024, 1, 5))
    ws = openpyxl.load_workbook(out).active
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "PHỤ LỤC III" in texts
    assert "SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU" in texts
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert any(t.endswith("TÍNH ĐẾN NGÀY 29/11/2023") and t.startswith("TIẾN ĐỘ") for t in texts)
    assert "(Kèm theo Công văn số 3612/SYT-NV ngày 25/10/2023 của Sở Y tế)" in texts
    assert GROUP_HEADER in texts and "Khoa/phòng" in texts
    head = next(c.row for row in ws.iter_rows() for c in row if c.value == "TT")
    assert any(str(r) == f"D{head}:H{head}" for r in ws.merged_cells.ranges)  # group header
    body, total = _table(ws)
    assert [r[1].value for r in body] == [r[0] for r in ROWS]
    for r in body + [total]:
        counts = [c.value for c in r[2:8]]
        assert all(isinstance(v, int) for v in counts)
        t, none, l1, l2, wr, wo = counts
        assert none + l1 + l2 == t and wr + wo == none + l1
        assert all(c.number_format == COUNT_FORMAT for c in r[2:8])
        assert isinstance(r[8].value, (int, float)) and 0 <= r[8].value <= 1
    assert [c.value for c in total[2:8]] == [2349, 14, 49, 2286, 59, 4]
    rate = {r[1].value: (r[8].value, r[8].number_format) for r in body}
    assert rate["Khoa Nội"] == (0.95, "0%")
    assert rate["Khoa Mắt"] == (1.0, "0%")
    # one decimal only near 100 %: its exact text as the format, a comma in every locale
    assert rate["Khoa Ngoại"][0] == pytest.approx(0.999)
    assert rate["Khoa Ngoại"][1] == '"99,9%"'
    assert "Bà Rịa, ngày 05 tháng 01 năm 2024" in texts and "Số: …/BC-BV" in texts
    # the statistics block: (4) = (1) + (2)
    stats = {r[1].value: r[2].value for r in ws.iter_rows() if isinstance(r[1].value, str)
             and r[1].value.startswith("(")}
    assert stats["(4) Chưa định danh mức 2 = (1)+(2)"] == 14 + 49
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == f"${head}:${head + 1}"
    assert ws.cell(row=head + 2, column=2).font.name == "Times New Roman"


def test_phu_luc_i_parameters(tmp_path):
    agg = from_counts(ROWS, dt.date(2023, 11, 29))
    settings = dict(SETTINGS, parent_agency="UBND tỉnh Bà Rịa - Vũng Tàu", unit_name="Sở Y tế")
    out = tmp_path / "pl1.xlsx"
    write_aggregate_xlsx(out, agg, settings, appendix="I", unit_header="Đơn vị",
                         stats_title="Thống kê toàn ngành", reference="Công văn số 1/SYT-NV",
                         notes=["Bệnh viện X: có lý do + không có lý do khác chưa mức 2"])
    texts = [c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert "PHỤ LỤC I" in texts and "Đơn vị" in texts and "Thống kê toàn ngành" in texts
    assert "Tổng số nhân viên tại đơn vị" in texts
    assert any("CỦA CÁC ĐƠN VỊ TÍNH ĐẾN NGÀY 29/11/2023" in t for t in texts)
    assert "(Kèm theo Công văn số 1/SYT-NV)" in texts
    assert "Bệnh viện X: có lý do + không có lý do khác chưa mức 2" in texts
    pdf = tmp_path / "pl1.pdf"
    write_aggregate_pdf(pdf, agg, settings, appendix="I", unit_header="Đơn vị",
                        stats_title="Thống kê toàn ngành")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "PHỤ LỤC I" in text and "Thống kê toàn ngành" in text


def test_pdf_text_and_embedded_fonts(tmp_path):
    agg = from_counts(ROWS, dt.date(2023, 11, 29))
    out = tmp_path / "pl3.pdf"
    write_aggregate_pdf(out, agg, SETTINGS, issued=dt.date(2024, 1, 5))
    reader = PdfReader(out)
    text = "\n".join(p.extract_text() for p in reader.pages)
    for expected in ("PHỤ LỤC III", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Bà Rịa, ngày 05 tháng 01 năm 2024",
                     "TÍNH ĐẾN NGÀY 29/11/2023", "TỔNG CỘNG", "2.349", "99,9%", "95%",
                     "Nơi nhận:", "- Sở Y tế (b/c);", "- Lưu: VT, TCCB.", "KT. GIÁM ĐỐC",
                     "PHÓ GIÁM ĐỐC", "Người Ký Thử", "Thống kê toàn đơn vị"):
        assert expected in text, expected
    assert "100%" in text  # Khoa Mắt, everyone at level 2
    fonts_seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fd = desc.get("/FontDescriptor")
            assert fd is not None, font["/BaseFont"]
            fd = fd.get_object()
            assert any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
            fonts_seen.add(str(font["/BaseFont"]))
    assert any("LiberationSerif" in f for f in fonts_seen), fonts_seen


def test_document_helpers():
    assert date_line("Bà Rịa", dt.date(2024, 1, 5)) == "Bà Rịa, ngày 05 tháng 01 năm 2024"
    assert recipient_lines("- Như trên;\nGiám đốc (b/c)\n\nLưu: VT, NV.") == [
        "- Như trên;", "- Giám đốc (b/c);", "- Lưu: VT, NV."]


def test_decomposed_text_is_written_composed(tmp_path):
    """Names typed on macOS arrive in NFD; the files carry NFC (one code point per letter)."""
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Khoa Hồi sức tích cực")
    agg = from_counts([(nfd, 1, 2, 3, 2)], dt.date(2023, 11, 29))
    settings = dict(SETTINGS, unit_name=unicodedata.normalize("NFD", "Bệnh viện Mắt"))
    xlsx, pdf = tmp_path / "a.xlsx", tmp_path / "a.pdf"
    write_aggregate_xlsx(xlsx, agg, settings)
    write_aggregate_pdf(pdf, agg, settings)
    values = [c.value for row in openpyxl.load_workbook(xlsx).active.iter_rows() for c in row
              if isinstance(c.value, str)]
    assert "Khoa Hồi sức tích cực" in values and nfd not in values
    assert all(v == unicodedata.normalize("NFC", v) for v in values)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Khoa Hồi sức tích cực" in text and "BỆNH VIỆN MẮT" in text
