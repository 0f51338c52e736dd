"""A number in scientific notation with a huge exponent is refused in Vietnamese (it
raised Python's own ValueError about 4300 digits: found by tests/safety/test_fuzz.py)."""

from __future__ import annotations

import pytest

from eidroster.domain.cccd import parse_id_number
from eidroster.domain.errors import InputError


@pytest.mark.parametrize("raw", ["1E5000", "9.9E+4299", "1E21"])
def test_huge_exponent_is_refused_with_a_message(raw):
    with pytest.raises(InputError, match="số mũ"):
        parse_id_number(raw)


def test_an_excel_number_of_twelve_digits_still_reads():
    assert parse_id_number("7.9123456789E+11").value == "791234567890"
