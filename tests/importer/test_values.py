"""Cell readers and the legacy encodings, value by value."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.domain.statuses import Status
from eidroster.io.legacy import TCVN3, VNI, detect_legacy, from_unicode, to_unicode
from eidroster.services.importer.fields import Field, classify_header, column_letter
from eidroster.services.importer.values import (
    CatalogueReason,
    ReasonMatcher,
    ValueProblem,
    parse_date,
    parse_status,
    parse_tick,
)

LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"


@pytest.mark.parametrize(("text", "status"), [
    ("Mức 2", Status.LEVEL2), ("mức độ 2", Status.LEVEL2), ("MĐ2", Status.LEVEL2),
    ("Đã kích hoạt mức 2", Status.LEVEL2), ("ĐDĐT mức 2", Status.LEVEL2), ("muc 2", Status.LEVEL2),
    ("Mức 1", Status.LEVEL1), ("Đã định danh mức 1", Status.LEVEL1), ("MĐ1", Status.LEVEL1),
    ("Chưa", Status.NOT_REGISTERED), ("Chưa định danh", Status.NOT_REGISTERED),
    ("Chưa đăng ký", Status.NOT_REGISTERED), ("Chờ duyệt", Status.SUBMITTED),
    ("Đã nộp hồ sơ, chờ phê duyệt", Status.SUBMITTED), ("Hồ sơ bị từ chối", Status.REJECTED),
    ("Đã phê duyệt, chưa kích hoạt", Status.APPROVED_NOT_ACTIVATED),
    ("Chưa có CCCD gắn chip", Status.NO_CHIP_CARD), (2, Status.LEVEL2),
])
def test_status_spellings(text, status):
    assert parse_status(text)[0] is status


def test_status_without_level_is_level_2_with_a_warning_and_nonsense_is_refused():
    assert parse_status("Đã định danh") == (
        Status.LEVEL2, "Tình trạng «Đã định danh» không ghi mức; đã hiểu là mức 2")
    with pytest.raises(ValueProblem, match="Không hiểu tình trạng «xyz»"):
        parse_status("xyz")


@pytest.mark.parametrize("value", ["x", "X", "1", 1, "có", "Có", "✓", "✔", True])
def test_ticks(value):
    assert parse_tick(value) is True


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), ("0", False),
                                                 ("không", False), (0, False)])
def test_not_ticked(value, expected):
    assert parse_tick(value) is expected


@pytest.mark.parametrize(("raw", "expected", "year_only"), [
    (dt.date(1985, 1, 5), dt.date(1985, 1, 5), False),
    (dt.datetime(1985, 1, 5, 0, 0), dt.date(1985, 1, 5), False),
    (31052, dt.date(1985, 1, 5), False),  # Excel serial
    ("05/01/1985", dt.date(1985, 1, 5), False), ("5/1/85", dt.date(1985, 1, 5), False),
    ("05-01-1985", dt.date(1985, 1, 5), False), ("05.01.1985", dt.date(1985, 1, 5), False),
    ("1985-01-05", dt.date(1985, 1, 5), False), ("1985", dt.date(1985, 1, 1), True),
    (1985, dt.date(1985, 1, 1), True), ("ngày 05/01/1985", dt.date(1985, 1, 5), False),
    ("5/1/05", dt.date(2005, 1, 5), False),
])
def test_dates(raw, expected, year_only):
    value = parse_date(raw, today=dt.date(2024, 1, 1))
    assert (value.value, value.year_only) == (expected, year_only)


@pytest.mark.parametrize("raw", ["31/02/1990", "13/13/1990", "hôm qua", True])
def test_bad_dates(raw):
    with pytest.raises(ValueProblem):
        parse_date(raw)


def test_reason_matching():
    m = ReasonMatcher([CatalogueReason(1, "Nghỉ thai sản", True),
                       CatalogueReason(2, "Ốm đau dài ngày / đang điều trị", True),
                       CatalogueReason(3, "Chưa sắp xếp thời gian", False)])
    assert m.match("NGHI THAI SAN").reason_id == 1 and m.match("NGHI THAI SAN").exact
    assert m.match("ốm đau dài ngày").reason_id == 2
    assert m.match("chưa sắp xếp được thời gian").reason_id == 3
    unknown = m.match("Đang đi nước ngoài")
    assert (unknown.reason_id, unknown.text) == (None, "Đang đi nước ngoài")
    assert m.match("   ") is None


def test_header_synonyms():
    assert classify_header("HỌ VÀ TÊN") is Field.FULL_NAME
    assert classify_header("ho ten") is Field.FULL_NAME
    assert classify_header("Số CCCD (12 số)") is Field.ID_NUMBER
    assert classify_header("Số định danh cá nhân") is Field.ID_NUMBER
    assert classify_header("CMND/CCCD") is Field.ID_NUMBER
    assert classify_header("Năm sinh") is Field.BIRTH_DATE
    assert classify_header("Bộ phận") is Field.DEPARTMENT
    assert classify_header("Chức vụ") is Field.TITLE
    assert classify_header("Kết quả định danh") is Field.STATUS
    assert classify_header("Lý do chưa định danh") is Field.REASON
    assert classify_header("Ghi chú") is Field.NOTE
    assert classify_header("SĐT") is Field.PHONE
    assert classify_header("Quê quán") is None
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"]


@pytest.mark.parametrize("kind", [TCVN3, VNI])
def test_legacy_round_trip_of_every_letter(kind):
    words = [LOWER[i:i + 7] for i in range(0, len(LOWER), 7)]
    text = " ".join(words)
    assert to_unicode(from_unicode(text, kind), kind) == text
    capitals = "ĂÂĐÊÔƠƯ" if kind == TCVN3 else LOWER.upper()
    assert to_unicode(from_unicode(capitals + " Nam", kind), kind) == capitals + " Nam"


def test_a_few_odd_symbols_do_not_make_a_unicode_sheet_legacy():
    texts = ["Nguyễn Văn Ánh", "Trần Thị Hương", "Lê Đức Thọ", "Phòng 2×3", "Kho ×", "Mã ×1",
             "Khoa Hồi sức tích cực"]
    assert detect_legacy(texts) is None
    assert detect_legacy([from_unicode(t, TCVN3) for t in texts]) == TCVN3


def test_unicode_text_is_not_taken_for_legacy():
    texts = ["Họ và tên", "Nguyễn Thị Hoà", "Khoa Hồi sức", "Đi học, công tác xa", "Toàn Quân",
             "Nhiệt độ 37°", "Bùi Xuân"]
    assert detect_legacy(texts) is None
    # a cell with letters only Unicode has is never converted, even in a legacy sheet
    assert all(to_unicode(t, TCVN3) == t and to_unicode(t, VNI) == t for t in texts[:4])
