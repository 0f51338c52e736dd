"""Bounded fuzzing (hypothesis, a few seconds): the CCCD parser and the importer's
reading and parsing never fail with anything but the intended InputError."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eidroster.domain.cccd import IdKind, parse_id_number
from eidroster.domain.errors import InputError
from eidroster.services.database import open_database
from eidroster.services.importer import load_table, preview_import
from tests.corpus.generate import HEADERS, minimal_xlsx, people, row_of, write_csv

FAST = settings(max_examples=200, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

id_like = st.one_of(
    st.none(),
    st.integers(min_value=-10**15, max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet="0123456789 .-_/eE+O0Il", max_size=24),
    st.from_regex(r"\A0[0-9]{2}[0-3][0-9]{8}\Z"),
)


@FAST
@given(id_like)
def test_cccd_parser_accepts_or_refuses_in_vietnamese(raw):
    try:
        number = parse_id_number(raw)
    except InputError as exc:
        assert exc.message and not exc.message.isascii()
        return
    assert number.value.isdigit()
    assert len(number.value) == (12 if number.kind is IdKind.CCCD else 9)


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite")
    yield db
    db.close()


def _import_or_refuse(db, path: Path) -> None:
    try:
        loaded = load_table(path)
    except InputError as exc:
        assert exc.message and not exc.message.isascii()
        return
    plan = preview_import(db, loaded)
    for row in plan.rows:
        assert row.action in ("add", "update", "unchanged", "reject")


cell = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["31/02/1990", "=1+1", "\x00", "\u202e", "07919000123", "1e12", "", " ",
                     "Chưa định danh", "Mức 2", "Nữ", "Nam", "khoa nội", "1/1/1900", "9999"]),
)


@settings(max_examples=120, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=len(HEADERS) + 2), max_size=6),
       delimiter=st.sampled_from([",", ";", "\t", "|"]),
       keep_header=st.booleans())
def test_csv_reading_and_parsing(fuzz_db, rows, delimiter, keep_header):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "fuzz.csv"
        header = HEADERS if keep_header else tuple(f"c{i}" for i in range(len(HEADERS)))
        try:
            write_csv(path, rows, delimiter=delimiter, header=header)
        except UnicodeEncodeError:  # lone surrogates cannot be written to a file at all
            return
        _import_or_refuse(fuzz_db, path)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(values=st.lists(cell, min_size=1, max_size=len(HEADERS)), row=st.integers(1, 3))
def test_xlsx_cells(fuzz_db, values, row):
    base = row_of(1, next(people(1, 77)))
    for i, v in enumerate(values):
        base[i] = "".join(ch for ch in v if ch in "\t\n\r" or ord(ch) >= 32)[:200]
    base[min(row, len(base) - 1)] = base[min(row, len(base) - 1)]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "fuzz.xlsx"
        try:
            minimal_xlsx(path, lambda: iter([list(HEADERS), base]))
        except UnicodeEncodeError:
            return
        _import_or_refuse(fuzz_db, path)


@pytest.fixture(scope="module")
def good_xlsx(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("fuzzx") / "good.xlsx"
    minimal_xlsx(path, lambda: iter([list(HEADERS), *(row_of(i, p) for i, p in
                                                       enumerate(people(5, 3), 1))]))
    return path.read_bytes()


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.integers(0, 10**6)))
def test_damaged_xlsx_bytes(fuzz_db, good_xlsx, flips, cut):
    data = bytearray(good_xlsx)
    for pos, mask in flips:
        data[pos % len(data)] ^= mask
    if cut is not None:
        data = data[: cut % len(data)]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "fuzz.xlsx"
        path.write_bytes(bytes(data))
        _import_or_refuse(fuzz_db, path)
