"""Unit names: one key for two spellings of one unit, the name printed as typed."""

from __future__ import annotations

import pytest

from eidroster.services.agency.names import display_name, unit_key


@pytest.mark.parametrize(("a", "b"), [
    ("TTYT huyện Châu Đức", "Trung tâm Y tế huyện Châu Đức"),
    ("TRUNG TÂM Y TẾ HUYỆN CHÂU ĐỨC", "trung tam y te huyen chau duc"),
    ("BV Mắt", "Bệnh viện Mắt"),
    ("BVĐK tỉnh Mẫu", "Bệnh viện Đa khoa tỉnh Mẫu"),
    ("TTYT TP. Bà Rịa", "Trung tâm Y tế thành phố Bà Rịa"),
    ("TTYT TX Phú Mỹ", "TTYT thị xã Phú Mỹ"),
    ("Bệnh viện  Tâm Thần (tuyến tỉnh)", "bệnh viện tâm thần"),
])
def test_two_spellings_one_unit(a, b):
    assert unit_key(a) == unit_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("TTYT huyện Bà Rịa", "TTYT thành phố Bà Rịa"),
    ("Bệnh viện Bà Rịa", "TTYT thành phố Bà Rịa"),
    ("TTYT huyện Châu Đức", "TTYT Châu Đức"),  # "huyện" is kept: not guessed away
])
def test_different_units_stay_apart(a, b):
    assert unit_key(a) != unit_key(b)


@pytest.mark.parametrize(("typed", "printed"), [
    ("Bệnh viện Bà Rịa", "Bệnh viện Bà Rịa"),  # small letters: as typed
    ("BỆNH VIỆN MẪU A", "Bệnh viện Mẫu A"),
    ("TRUNG TÂM Y TẾ HUYỆN CHÂU ĐỨC", "Trung tâm Y tế huyện Châu Đức"),
    ("TTYT THỊ XÃ PHÚ MỸ", "TTYT thị xã Phú Mỹ"),
    ("TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "Trung tâm Kiểm soát bệnh tật"),
    ("BỆNH VIỆN PHỔI PHẠM HỮU CHÍ", "Bệnh viện Phổi Phạm Hữu Chí"),
    ("BỆNH VIỆN Y HỌC CỔ TRUYỀN", "Bệnh viện Y học cổ truyền"),
    ("CHI CỤC DS-KHHGĐ", "Chi cục DS-KHHGĐ"),
    ("TRƯỜNG TRUNG CẤP Y TẾ", "Trường Trung cấp Y tế"),
    ("BỆNH VIỆN ĐA KHOA KHU VỰC NÚI XANH", "Bệnh viện Đa khoa khu vực Núi Xanh"),
    ("SỞ Y TẾ", "Sở Y tế"),
])
def test_names_print_as_typed_not_in_capitals(typed, printed):
    assert display_name(typed) == printed
