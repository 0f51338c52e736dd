"""Column headers in the words clerks use: what each one is read as (one header row, or
the texts of a header over two or three rows, top to bottom)."""

from __future__ import annotations

import pytest

from eidroster.services.agency.headers import column_field, normalise_header


def _field(*texts: str) -> str | None:
    return column_field([normalise_header(t) for t in texts])


@pytest.mark.parametrize(("texts", "field"), [
    (("Chưa ĐDĐT",), "none"),
    (("Số lượng",), "total"),
    (("Quân số",), "total"),
    (("SL",), "total"),
    (("Tổng số CB-VC-NLĐ",), "total"),
    (("Chưa định danh mức 2",), "not_level2"),
    (("Đã ĐDĐT mức độ 2",), "level2"),
    (("Đã kích hoạt mức 1",), "level1"),
    (("Số người chưa kích hoạt",), "none"),
    (("Chưa ĐD có lý do",), "with_reason"),
    (("Chưa ĐD không lý do",), "without_reason"),
    (("Tỷ lệ ĐDĐT mức 2 (%)",), "rate"),
    # both levels together, never read as Mức 1
    (("Đã định danh (mức 1 + mức 2)",), "identified"),
    (("Đã ĐDĐT",), "identified"),
    (("Số đã định danh",), "identified"),
    (("Đã định danh", "Tổng"), "identified"),
    (("Đã định danh", "Trong đó: mức 2"), "level2"),
    (("Đã định danh", "Mức 1"), "level1"),
    (("Mức 2", "Đã kích hoạt"), "level2"),
    (("Tình trạng thu nhận, kích hoạt ĐDĐT", "Chưa định danh"), "none"),
    (("Lý do", "Có"), "with_reason"),
    (("Lý do", "Không"), "without_reason"),
])
def test_header_words(texts, field):
    assert _field(*texts) == field
