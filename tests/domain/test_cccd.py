import datetime as dt

import pytest

from eidroster.domain.cccd import (
    CMND_EXPIRED_ON,
    IdKind,
    birth_year_of,
    cccd_problems,
    gender_of,
    id_number_warnings,
    make_cccd,
    mask,
    parse_id_number,
)
from eidroster.domain.errors import InputError

# generated, well-formed numbers (province 077, female born 1990; male born 2001)
F1990 = make_cccd("077", 1990, "F", 123)
M2001 = make_cccd("079", 2001, "M", 456789)


def test_make_cccd_layout():
    assert F1990 == "077190000123"
    assert M2001 == "079201456789"


def test_valid_cccd_is_accepted_untouched():
    n = parse_id_number(F1990)
    assert n.value == F1990 and n.kind is IdKind.CCCD and n.repairs == ()
    assert n.province == "Bà Rịa - Vũng Tàu"
    assert birth_year_of(n) == 1990 and gender_of(n) == "F"


@pytest.mark.parametrize("raw", ["12345", "1234567890123", "0771900001234567"])
def test_wrong_length_is_refused(raw):
    with pytest.raises(InputError, match="chữ số"):
        parse_id_number(raw)


@pytest.mark.parametrize("raw", ["003190000123", "097190000123", "900190000123"])
def test_prefix_that_is_no_province_is_accepted_with_a_warning(raw):
    """Births registered abroad have numbers whose first three digits are no province
    code: the number is kept (12 digits), flagged, and the message names no digits of it
    beyond the prefix."""
    n = parse_id_number(raw)
    assert n.value == raw and n.kind is IdKind.CCCD and n.foreign_prefix
    assert n.province is None
    [warning] = id_number_warnings(n)
    assert warning.startswith(f"Mã {raw[:3]} ở đầu số định danh không phải mã tỉnh")
    assert "nước ngoài" in warning and raw not in warning
    # the rest of the number is still checked against the birth date and gender
    assert cccd_problems(n, dt.date(1990, 1, 1), "F") == []
    assert cccd_problems(n, dt.date(1991, 1, 1), "F") == [
        "Năm sinh trong số định danh không khớp với ngày sinh"]


def test_province_numbers_have_no_warning():
    n = parse_id_number(F1990)
    assert not n.foreign_prefix and id_number_warnings(n) == []


def test_lost_leading_zero_is_repaired_only_to_a_province_code():
    """11 digits: the zero put back only when it gives a province code (an unknown
    prefix could be a different repair altogether)."""
    with pytest.raises(InputError, match="11 chữ số"):
        parse_id_number("97190000123")


def test_letters_are_refused():
    with pytest.raises(InputError, match="chữ số"):
        parse_id_number("07719000012A")


def test_century_and_gender_checked_against_birth_date_and_gender():
    n = parse_id_number(F1990)
    assert cccd_problems(n, dt.date(1990, 5, 1), "F") == []
    assert cccd_problems(n, dt.date(1991, 5, 1), "F") == [
        "Năm sinh trong số định danh không khớp với ngày sinh"
    ]
    assert cccd_problems(n, dt.date(1990, 5, 1), "M") == [
        "Chữ số giới tính trong số định danh không khớp với giới tính"
    ]
    # 2000s digit (2) for a person born in 1901 is caught too
    m = parse_id_number(M2001)
    assert cccd_problems(m, dt.date(1901, 1, 1), "M") == [
        "Năm sinh trong số định danh không khớp với ngày sinh"
    ]


def test_excel_lost_leading_zero_number():
    n = parse_id_number(int(F1990))  # Excel stored it as a number: 11 digits
    assert n.value == F1990 and "đã thêm số 0 bị mất ở đầu" in n.repairs


def test_excel_float_and_trailing_dot_zero():
    assert parse_id_number(float(F1990)).value == F1990
    assert parse_id_number(F1990.lstrip("0") + ".0").value == F1990


def test_excel_scientific_notation_with_all_digits_is_repaired():
    n = parse_id_number("7.7190000123E+10")
    assert n.value == F1990
    assert "đã đổi từ dạng số mũ của Excel" in n.repairs


def test_excel_scientific_notation_that_lost_digits_is_refused():
    with pytest.raises(InputError, match="mất chữ số"):
        parse_id_number("7.7189E+10")


def test_spaces_and_dots_inside_are_removed():
    assert parse_id_number("077 190 000 123").value == F1990
    assert parse_id_number("077.190.000.123").value == F1990
    assert parse_id_number(" '077190000123 ").value == F1990


def test_old_cmnd_kept_and_flagged_as_expired():
    n = parse_id_number("273456789")
    assert n.kind is IdKind.CMND and n.value == "273456789"
    assert cccd_problems(n, dt.date(1980, 1, 1), "M") == []
    assert parse_id_number(23456789).value == "023456789"
    assert CMND_EXPIRED_ON == dt.date(2025, 1, 1)
    assert id_number_warnings(n) == [
        "Số CMND cũ (9 số) đã hết giá trị sử dụng từ ngày 01/01/2025: người này cần làm "
        "thẻ căn cước gắn chip"]


def test_messages_speak_the_current_words():
    for raw in ("12345", "", "07719000012A"):
        with pytest.raises(InputError) as info:
            parse_id_number(raw)
        assert info.value.message.startswith("Số định danh cá nhân")
        assert "CCCD" not in info.value.message


def test_empty_and_negative_values_refused():
    for raw in (None, "", "   ", -77190000123, True):
        with pytest.raises(InputError):
            parse_id_number(raw)


def test_error_messages_never_repeat_the_number():
    for raw in ("97190000123", "12345", "7.7189E+10"):
        with pytest.raises(InputError) as info:
            parse_id_number(raw)
        assert raw not in info.value.message


def test_mask():
    assert mask(F1990) == "077******123"
    assert mask("273456789") == "273***789"
    assert mask(None) == ""
