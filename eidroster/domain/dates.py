"""A date as a Vietnamese user types it into a date field (pure, no Qt).

Every date field of the window reads its text with :func:`read_typed_date`, so
"5/3/26", "05-03-2026", "05.03.2026" and "05032026" mean the same day everywhere. A
typed date is never turned into another one: 31/02 is not "corrected" to 28/02 or
03/03, a month of 13 is not read as next January; the field says what is wrong and
keeps the text as typed.

Accepted (spaces around the separators allowed):

* ``d/m/yyyy`` and ``dd/mm/yyyy`` with ``/``, ``-`` or ``.`` as separators;
* the same with a two-digit year: the latest year ending in those digits that is not
  after this year ("26" in 2026 is 2026, "85" is 1985) — the importer's rule, so a list
  and a date field read "01/02/27" alike;
* ``ddmmyyyy`` and ``ddmmyy`` without separators (8 and 6 digits);
* ``yyyy-mm-dd`` (ISO, as copied from other programs).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

EARLIEST_YEAR = 1900

_DMY = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")


class DateProblem(StrEnum):
    """Why a typed text is not a date (the window words each one)."""

    FORMAT = "format"  # not day/month/year at all
    INCOMPLETE = "incomplete"  # a start of a date: day/month without the year, ...
    MONTH = "month"  # month 0 or above 12
    DAY = "day"  # a day the month does not have (31/02, 31/04, 29/02 of 2025, 0/…)
    YEAR = "year"  # before 1900


@dataclass(frozen=True, slots=True)
class TypedDate:
    """What a date field's text says: a date, nothing (empty), or a problem."""

    text: str
    value: dt.date | None = None
    problem: DateProblem | None = None
    #: the parts as typed, for the message ("tháng 2 năm 2026 chỉ có 28 ngày")
    day: int | None = None
    month: int | None = None
    year: int | None = None

    @property
    def empty(self) -> bool:
        return self.value is None and self.problem is None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def days_in_month(self) -> int | None:
        if self.month is None or self.year is None or not 1 <= self.month <= 12:
            return None
        return calendar.monthrange(self.year, self.month)[1]


def full_year(year_text: str, today: dt.date | None = None) -> int:
    """A typed year: four digits as written; two digits as the latest such year that is
    not after this year."""
    year = int(year_text)
    if len(year_text) != 2:
        return year
    today = today or dt.date.today()
    century = today.year - today.year % 100
    return century + year if century + year <= today.year else century - 100 + year


def read_typed_date(text: str, today: dt.date | None = None) -> TypedDate:
    """Read what the user typed into a date field (see the module's docstring)."""
    raw = text
    text = text.strip()
    if not text:
        return TypedDate(raw)
    m = _DMY.match(text) or _COMPACT.match(text)
    if m:
        day, month, year = int(m[1]), int(m[2]), full_year(m[3], today)
    else:
        m = _ISO.match(text)
        if m is None:
            problem = DateProblem.INCOMPLETE if _partial(text) else DateProblem.FORMAT
            return TypedDate(raw, problem=problem)
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    parts = {"day": day, "month": month, "year": year}
    if not 1 <= month <= 12:
        return TypedDate(raw, problem=DateProblem.MONTH, **parts)
    if year < EARLIEST_YEAR:
        return TypedDate(raw, problem=DateProblem.YEAR, **parts)
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return TypedDate(raw, problem=DateProblem.DAY, **parts)
    return TypedDate(raw, value, **parts)


_PARTIAL = re.compile(r"^\d{1,2}(\s*[/.\-\s]\s*(\d{1,2}(\s*[/.\-\s]\s*\d{0,3})?)?)?$|^\d{3,7}$")


def _partial(text: str) -> bool:
    """Text that is the beginning of a date being typed ("15/", "15/3", "15/3/20")."""
    return bool(_PARTIAL.match(text))
