"""What a user types into a date field: read the same way everywhere, never changed
into another date."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.domain.dates import DateProblem, full_year, read_typed_date

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize("text, expected", [
    ("05/03/2026", dt.date(2026, 3, 5)),
    ("5/3/2026", dt.date(2026, 3, 5)),
    ("05-03-2026", dt.date(2026, 3, 5)),
    ("05.03.2026", dt.date(2026, 3, 5)),
    ("5.3.26", dt.date(2026, 3, 5)),
    ("5-3-26", dt.date(2026, 3, 5)),
    (" 5 / 3 / 2026 ", dt.date(2026, 3, 5)),
    ("5 3 2026", dt.date(2026, 3, 5)),
    ("05032026", dt.date(2026, 3, 5)),
    ("050326", dt.date(2026, 3, 5)),
    ("2026-03-05", dt.date(2026, 3, 5)),
    ("31/10/2026", dt.date(2026, 10, 31)),
    ("20/10/2026", dt.date(2026, 10, 20)),
    ("1/12/2026", dt.date(2026, 12, 1)),
    ("29/02/2024", dt.date(2024, 2, 29)),
    ("12/05/85", dt.date(1985, 5, 12)),
    ("01/01/00", dt.date(2000, 1, 1)),
    ("31/12/27", dt.date(1927, 12, 31)),  # not after this year: the importer's rule
])
def test_accepted_forms(text, expected):
    got = read_typed_date(text, TODAY)
    assert got.ok and got.value == expected


@pytest.mark.parametrize("text, problem, parts", [
    ("31/02/2026", DateProblem.DAY, (31, 2, 2026)),
    ("29/02/2025", DateProblem.DAY, (29, 2, 2025)),
    ("31/04/2026", DateProblem.DAY, (31, 4, 2026)),
    ("0/5/2026", DateProblem.DAY, (0, 5, 2026)),
    ("12/13/2026", DateProblem.MONTH, (12, 13, 2026)),
    ("10/00/2026", DateProblem.MONTH, (10, 0, 2026)),
    ("10/10/1899", DateProblem.YEAR, (10, 10, 1899)),
    ("2026-02-30", DateProblem.DAY, (30, 2, 2026)),
])
def test_impossible_dates_are_not_corrected(text, problem, parts):
    got = read_typed_date(text, TODAY)
    assert got.value is None and got.problem is problem
    assert (got.day, got.month, got.year) == parts
    assert got.text == text


@pytest.mark.parametrize("text", ["15", "15/", "15/3", "15/3/", "15/3/202", "1503", "1503202"])
def test_a_date_being_typed_is_incomplete(text):
    assert read_typed_date(text, TODAY).problem is DateProblem.INCOMPLETE


@pytest.mark.parametrize("text", ["hôm qua", "15/3/2026/1", "15//3/2026", "a/b/c", "2026/3"])
def test_other_text_is_not_a_date(text):
    assert read_typed_date(text, TODAY).problem is DateProblem.FORMAT


def test_empty_is_neither_a_date_nor_a_problem():
    got = read_typed_date("   ", TODAY)
    assert got.empty and got.ok and got.value is None


def test_days_in_month_for_the_message():
    assert read_typed_date("31/02/2024", TODAY).days_in_month == 29
    assert read_typed_date("31/02/2026", TODAY).days_in_month == 28


def test_two_digit_years_follow_today():
    assert full_year("26", dt.date(2026, 1, 1)) == 2026
    assert full_year("27", dt.date(2026, 1, 1)) == 1927
    assert full_year("27", dt.date(2027, 1, 1)) == 2027
    assert full_year("1985", TODAY) == 1985


def test_the_importer_reads_two_digit_years_the_same_way():
    from eidroster.services.importer.values import parse_date

    for yy in range(100):
        text = f"15/06/{yy:02d}"
        assert parse_date(text, TODAY).value == read_typed_date(text, TODAY).value, text
