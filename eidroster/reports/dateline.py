"""The letter's "Số" and its place-and-date line, as Nghị định 30/2020 writes them.

- Date: a leading zero only on days below 10 and on months 1 and 2: "ngày 05 tháng 01
  năm 2026", "ngày 07 tháng 5 năm 2026", "ngày 20 tháng 11 năm 2026".
- The letter's date (``issued``) is separate from the report's as-of date. It is a date,
  ``None`` (today) or :data:`BLANK`: the văn thư writes the number and the date by hand
  when the letter is registered, so both are left with room to write
  ("Số:        /BC-BV", "Hà Nội, ngày        tháng        năm 2026").
- Place: the administrative unit where the unit sits, by its own name ("Hà Nội", not
  "Thành phố Hà Nội"; "Tỉnh Lâm Đồng" -> "Lâm Đồng"); a unit named after a person or by a
  number keeps its full name ("Thành phố Hồ Chí Minh", "Phường 5").

Pure text: the PDF and .docx writers draw what these functions return. The room left
for handwriting is made of no-break spaces, which no writer collapses.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal, Union

BLANK: Literal["blank"] = "blank"
#: What the writers accept as the letter's date.
Issued = Union[dt.date, Literal["blank"], None]  # noqa: UP007 - a runtime alias

NBSP = "\u00a0"
ROOM = NBSP * 10  # room for a handwritten number, day or month

# Province-level units keep their own name only; the level word goes (Nghị định 30,
# Phụ lục I: "tên gọi chính thức của đơn vị hành chính"). Hồ Chí Minh is named after a
# person: the decree writes it in full.
_PROVINCE_PREFIX = re.compile(r"^(tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)
_FULL_NAME_CITIES = {"hồ chí minh"}
_ABBREVIATIONS = ((re.compile(r"^tp\.?\s*", re.IGNORECASE), "Thành phố "),
                  (re.compile(r"^tx\.?\s*", re.IGNORECASE), "Thị xã "),
                  (re.compile(r"^tt\.?\s+", re.IGNORECASE), "Thị trấn "),
                  (re.compile(r"^p\.\s*", re.IGNORECASE), "Phường "),
                  (re.compile(r"^x\.\s*", re.IGNORECASE), "Xã "))


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def place_for_date_line(place: str) -> str:
    """The place as the date line writes it (see the module docstring)."""
    text = " ".join(_nfc(place).split()).strip(" ,")
    if not text:
        return ""
    for pattern, full in _ABBREVIATIONS:
        if pattern.match(text):
            text = pattern.sub(full, text, count=1)
            break
    m = _PROVINCE_PREFIX.match(text)
    if m:
        rest = text[m.end():].strip()
        if rest and not rest[0].isdigit() and rest.lower() not in _FULL_NAME_CITIES:
            return _cap(rest)
        if rest.lower() in _FULL_NAME_CITIES:
            return f"Thành phố {rest}"
    return _cap(text)


def day_text(day: int) -> str:
    return f"{day:02d}" if day < 10 else str(day)


def month_text(month: int) -> str:
    return f"{month:02d}" if month <= 2 else str(month)


def date_words(issued: Issued, *, today: dt.date | None = None) -> str:
    """"ngày 05 tháng 01 năm 2026", or with room to write the day and month."""
    if issued == BLANK:
        year = (today or dt.date.today()).year
        return f"ngày{ROOM}tháng{ROOM}năm {year}"
    day = issued if isinstance(issued, dt.date) else (today or dt.date.today())
    return f"ngày {day_text(day.day)} tháng {month_text(day.month)} năm {day.year}"


def date_line(place: str, issued: Issued, *, today: dt.date | None = None) -> str:
    """"Hà Nội, ngày 07 tháng 5 năm 2026" (italic in the letter)."""
    where = place_for_date_line(place)
    words = date_words(issued, today=today)
    return f"{where}, {words}" if where else _cap(words)


def number_line(pattern: str, issued: Issued) -> str:
    """The "Số" line from the setting ``doc_number_pattern`` ("Số: …/BC-BV"). Spaces the
    user typed are kept (no-break); with :data:`BLANK` the number itself is left empty
    with room to write ("Số:" + room + "/BC-BV"). Empty pattern: "" (no line)."""
    text = _nfc(pattern).strip()
    if not text:
        return ""
    if not re.match(r"^số\b", text, re.IGNORECASE):
        text = f"Số: {text}"
    head, _, rest = text.partition(":") if ":" in text[:5] else ("Số", "", text[2:])
    body = rest[1:] if rest.startswith(" ") else rest  # "Số: " then what was typed
    if issued == BLANK:
        symbol = body[body.index("/"):].strip() if "/" in body else ""
        return f"{head}:{ROOM}{symbol}"
    return f"{head}: " + body.replace(" ", NBSP)


def resolve_issued(issued: Issued) -> dt.date | Literal["blank"]:
    """A date (today for ``None``) or :data:`BLANK`."""
    if issued == BLANK:
        return BLANK
    return issued if isinstance(issued, dt.date) else dt.date.today()


def parse_issued(text: str) -> dt.date | Literal["blank"]:
    """The ``--issued`` value: YYYY-MM-DD or ``blank``; ValueError otherwise."""
    value = text.strip().lower()
    if value in (BLANK, "trong", "trống"):
        return BLANK
    return dt.date.fromisoformat(value)
