"""Is this a list of people (Phụ lục IV)? Such a file is refused whole: nothing in it
is ever read further, counted, quoted or listed.

A list of people shows itself by any one of: columns of names, birth dates or
identity numbers; a title "PHỤ LỤC IV" or "DANH SÁCH CÁN BỘ …"; ticks or crosses in the
status columns; rows named like people ("Nguyễn Văn An"); cells holding a 9- or
12-digit number or birth dates; one person per row (each row counts one)."""

from __future__ import annotations

import datetime as dt
import re

from eidroster.services.agency.cells import clean_text, fold
from eidroster.services.agency.layout import Layout
from eidroster.services.agency.names import SURNAMES, find_appendix
from eidroster.services.agency.rows import DATA, TableRows

_FOLDED_SURNAMES = frozenset(fold(s) for s in SURNAMES)
_NOT_PERSON = re.compile(
    r"^(?:khoa|phong|tram|to|ban|bo phan|don nguyen|benh vien|trung tam|chi cuc|truong|"
    r"van phong|cong|tong|ttyt|bv|khoi|nhom|co so|cum|doi|trang|xa|phuong)\b")
_LIST_TITLE = re.compile(
    r"^danh sach (?:(?:cac |nhung )?(?:can bo|nhan vien|vien chuc|cong chuc|nguoi|ca nhan|cbvc|"
    r"cb|nv|vc|cong dan))")
_IDENTITY = re.compile(r"^\d{9}$|^\d{12}$")


def looks_like_person(label: str) -> bool:
    """"Nguyễn Văn An", "TRẦN THỊ B", "Le Van C": 2–6 words, the first a family name,
    no word of a department or a body."""
    text = clean_text(label)
    words = text.split(" ")
    if not 2 <= len(words) <= 6 or any(not w.isalpha() for w in words):
        return False
    f = fold(text)
    if _NOT_PERSON.match(f) or f.split(" ")[0] not in _FOLDED_SURNAMES:
        return False
    return all(w[0].isupper() for w in words)


def _identity_like(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 10**8 <= value < 10**12
    if isinstance(value, float):
        return value.is_integer() and 10**8 <= value < 10**12
    if isinstance(value, str):
        return bool(_IDENTITY.match(re.sub(r"[\s.'-]", "", value)))
    return False


def _title_says_list(top: list[list[object]]) -> bool:
    if find_appendix(top) == "IV":
        return True
    return any(isinstance(v, str) and _LIST_TITLE.match(fold(v)) for row in top for v in row)


def is_personal_list(rows: list[list[object]], layout: Layout, table: TableRows) -> bool:
    """Whether the table under ``layout`` lists people rather than counting them."""
    if layout.personal or layout.name_kind == "person_name":
        return True
    if _title_says_list(rows[:layout.header_rows[0]]):
        return True
    data = [ln for ln in table.lines if ln.kind == DATA]
    if table.marks >= 2:
        return True
    people = sum(1 for ln in data if looks_like_person(ln.label))
    if people >= 2 and people * 2 >= len(data):
        return True
    if len(data) >= 3 and people:
        statuses = ("none", "level1", "level2")
        if all(sum(ln.values.get(f, 0) for f in statuses) <= 1 for ln in data):
            return True  # one person per row, counted with "1"
    date_columns: dict[int, int] = {}
    for ln in data:
        for j, v in enumerate(rows[ln.row - 1]):
            if _identity_like(v):
                return True
            if isinstance(v, (dt.date, dt.datetime)):
                date_columns[j] = date_columns.get(j, 0) + 1
    return any(n >= 2 for n in date_columns.values())


def sheet_is_personal(rows: list[list[object]], layout: Layout | None) -> bool:
    """A sheet with no counting table that is still a list of people (by its header
    or its title) — reported as such rather than as "no table"."""
    if layout is not None and (layout.personal or layout.name_kind == "person_name"):
        return True
    return _title_says_list(rows[:40])
