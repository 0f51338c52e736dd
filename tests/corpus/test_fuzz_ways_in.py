"""Bounded fuzzing of the ways in that issue 16 hardened (hypothesis, fixed example
counts, no example database): CSV bytes of any kind, setting values, command-line
arguments. Each is accepted or refused with a Vietnamese message; nothing else escapes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eidroster.cli import main
from eidroster.domain.errors import InputError
from eidroster.services.importer import load_table
from eidroster.services.settings import SETTING_KEYS, validate_setting
from tests.corpus.generate import HEADERS, people, row_of

BOUNDED = settings(max_examples=150, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])
GOOD = ("\n".join([",".join(HEADERS)] + [",".join(row_of(i, p)) for i, p in
                                          enumerate(people(5, 77), 1)]) + "\n").encode()


def _vietnamese(message: str) -> bool:
    return bool(message) and not message.isascii()


@st.composite
def mutated_csv(draw) -> bytes:
    data = bytearray(GOOD)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["insert", "delete", "flip", "encode"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "insert":
            data[at:at] = draw(st.sampled_from(
                [b'"', b",", b";", b"\t", b"\r", b"\n", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
                 b'""', b"=1+1", "Tổng cộng".encode(), b"\x1b[31m"]))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 20))]
        elif kind == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        else:
            data = bytearray(data.decode("utf-8", "ignore").encode(
                draw(st.sampled_from(["utf-16", "utf-16-le", "utf-8-sig", "cp1258"])),
                "ignore"))
    return bytes(data)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="eidroster-fuzz-") as name:
        yield Path(name)


@BOUNDED
@given(st.one_of(mutated_csv(), st.binary(max_size=3000)),
       st.sampled_from([".csv", ".xlsx", ".xls", ".txt"]))
def test_any_bytes_as_an_import_file(folder, data, suffix):
    path = folder / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        loaded = load_table(path)
    except InputError as exc:
        assert _vietnamese(exc.message), exc.message
        return
    assert loaded.layout is not None


@BOUNDED
@given(st.sampled_from(sorted(SETTING_KEYS)), st.text(max_size=3000))
def test_any_text_as_a_setting(key, value):
    try:
        cleaned = validate_setting(key, value)
    except InputError as exc:
        assert _vietnamese(exc.message) and len(exc.message) < 600
        return
    spec = SETTING_KEYS[key]
    lines = cleaned.split("\n")
    assert len(lines) <= spec.max_lines and all(len(x) <= spec.max_len for x in lines)
    assert validate_setting(key, cleaned) == cleaned  # cleaning is stable
    if spec.kind == "int":
        assert cleaned.isascii() and cleaned.isdigit()


_TOKEN = st.one_of(st.text(max_size=30), st.sampled_from(
    ["--as-of", "--json", "--limit", "--since", "--action", "0001-01-01", "2024-02-30",
     "-1", "0", "--", "-", "\x1b[2J", "9" * 400]))


@BOUNDED
@given(st.sampled_from([["summary"], ["audit"], ["settings", "show"], ["settings", "set"]]),
       st.lists(_TOKEN, max_size=4))
def test_any_arguments(tmp_path_factory, capsys, command, extra):
    db = tmp_path_factory.getbasetemp() / "fuzz-args.sqlite"
    capsys.readouterr()
    try:
        code = main(["--db", str(db), *command, *extra])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err and "\x1b" not in err
    if code:
        assert _vietnamese(err), err
