"""Reading one cell: a head count typed by hand, in every form clerks use, or a rate.

A count is read when it is unambiguous — ``1097``, ``"1.097"``, ``"1,097"``, ``"1 097"``,
``" 12 "``, ``"12 người"``, ``"2 (thai sản)"``, ``"12.0"``, full-width digits, ``"-"``,
``"—"``, ``"0"`` — and the number 1.097 that Excel made of a typed "1.097" in a
locale whose decimal sign is the dot. Empty is "not written" (None). Anything else —
a mark ("X", "✓"), a date, a negative or fractional number, "#REF!", "khoảng 10",
"2 (1 thai sản)", "10/12" — raises :class:`BadCell`: the caller names the cell and holds
the unit out rather than guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata

from eidroster.domain import text as _text

#: clean_text and fold of domain.text, cached: the same header, title and label texts
#: recur in every sheet of a merge (a merge of 20 units' sheets spent ~2/3 of its time
#: folding the same strings again)
clean_text = functools.lru_cache(maxsize=32768)(_text.clean_text)
fold = functools.lru_cache(maxsize=32768)(_text.fold)


class BadCell(Exception):
    """A count cell that cannot be read as a whole number of people."""


class TooLarge(BadCell):
    """A whole number too large to be a count of people (a pasted identity number, a
    run of digits): above :data:`MAX_COUNT`."""


#: no unit or agency counts ten million staff: a larger number in a count cell is a
#: mistake of that cell (and a 5.000-digit one cannot even be converted by Python)
MAX_COUNT = 10_000_000
_MAX_DIGITS = len(str(MAX_COUNT))


ZERO_MARKS = frozenset({"-", "–", "—", "−", "--", "---", "_", "0", "ko", "không", "khong"})
#: the ticks and crosses of a list with one row per person
PERSON_MARKS = frozenset({"x", "✓", "✔", "√", "v", "☑", "☒", "✗", "✘"})
_UNIT_WORDS = r"(?:người|nguoi|ng|nv|cb|cbvc|vc|người lao động|trường hợp|th)\.?"
_THOUSANDS = re.compile(r"^\d{1,3}([., ])\d{3}(?:\1\d{3})*$")
_WHOLE = re.compile(r"^\d+(?:[.,]0{1,2})?$")  # "12", "12.0", "12,00" (not "1.000")
_NOTE = re.compile(r"^(\S+)\s*(?:\(([^()]*)\)|" + _UNIT_WORDS + r")$", re.IGNORECASE)


def _digits_text(value: str) -> str:
    """NFKC (full-width digits), NBSP and thin spaces as plain spaces, trimmed, without
    a leading apostrophe (Excel's "keep as text" mark) or surrounding quotes."""
    text = unicodedata.normalize("NFKC", clean_text(value)).replace("\u202f", " ")
    return text.strip().lstrip("'").strip("\"“”").strip()


def _checked(digits: str) -> int:
    digits = digits.lstrip("0") or "0"
    if len(digits) > _MAX_DIGITS or int(digits) > MAX_COUNT:
        raise TooLarge
    return int(digits)


def _number_of(text: str) -> int | None:
    if _THOUSANDS.match(text):
        return _checked(re.sub(r"[., ]", "", text))
    if _WHOLE.match(text):
        return _checked(re.split(r"[.,]", text)[0])
    return None


def parse_count(value: object) -> int | None:
    """A count cell as a whole number ≥ 0; None when empty. Raises :class:`BadCell`."""
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (dt.date, dt.datetime)):
        raise BadCell
    if isinstance(value, int):
        if value < 0:
            raise BadCell
        if value > MAX_COUNT:
            raise TooLarge
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value) or value < 0:
            raise BadCell
        if value > MAX_COUNT:
            raise TooLarge
        if value.is_integer():
            return int(value)
        scaled = value * 1000
        if abs(scaled - round(scaled)) < 1e-6 and value < 1000:
            return int(round(scaled))  # "1.097" typed where the dot is the decimal sign
        raise BadCell
    text = _digits_text(str(value))
    if not text:
        return None
    if text.casefold() in ZERO_MARKS:
        return 0
    number = _number_of(text)
    if number is not None:
        return number
    m = _NOTE.match(text)
    if m:
        note = m.group(2)
        if note is None or not re.search(r"\d", note):
            number = _number_of(m.group(1))
            if number is not None:
                return number
    raise BadCell


def is_person_mark(value: object) -> bool:
    """A tick or cross as used in a list with one row per person."""
    return isinstance(value, str) and _digits_text(value).casefold() in PERSON_MARKS


def parse_rate(value: object) -> float | None:
    """A rate cell as a percentage 0..100: 0.95 (a % cell) → 95; "95%" / "99,9%" → 95 /
    99.9; 95 → 95. None when empty or unreadable (the rate is only checked, never used)."""
    if value is None or isinstance(value, bool) or isinstance(value, (dt.date, dt.datetime)):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
        if math.isnan(v) or math.isinf(v):
            return None
        return v * 100 if -1.0 <= v <= 1.0 else v
    text = _digits_text(str(value)).replace(" ", "")
    if not text or text.casefold() in ZERO_MARKS:
        return None
    percent = text.endswith("%")
    text = text.rstrip("%").replace(",", ".")
    try:
        v = float(text)
    except ValueError:
        return None
    if math.isnan(v) or math.isinf(v):
        return None
    if not percent and -1.0 <= v <= 1.0:
        return v * 100
    return v


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def has_text(value: object) -> bool:
    return value is not None and clean_text(value) != ""
