"""The date on which a list was true, read from its title ("Tính đến ngày 20/11/2026",
"(Số liệu cập nhật đến 17 giờ ngày 20 tháng 11 năm 2026)"): an import's default date."""

from __future__ import annotations

import datetime as dt
import re

from eidroster.domain.text import fold
from eidroster.io.spreadsheet import Sheet

#: words that introduce the date a list stands for (folded: no tone marks, lower case)
_LEAD = re.compile(
    r"(tinh den|tinh toi|cap nhat den|cap nhat toi|cap nhat ngay|cap nhat luc|so lieu den"
    r"|so lieu ngay|so lieu tinh den|den ngay|den het ngay|chot ngay|chot den|chot so lieu"
    r"|thoi diem)")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_WORDS = re.compile(r"(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
#: how far after the leading words the date may stand ("tính đến 17 giờ 30 ngày ...")
_REACH = 40


def title_date(sheet: Sheet, header_row: int) -> dt.date | None:
    """The "as of" date written above the table's header, or None."""
    for row in sheet.rows[:max(0, header_row)][:30]:
        for value in row:
            if isinstance(value, str):
                found = text_date(value)
                if found is not None:
                    return found
    return None


def text_date(text: str) -> dt.date | None:
    """The date after words like "tính đến" in ``text`` (None when there is none)."""
    key = fold(text)
    for lead in _LEAD.finditer(key):
        window = key[lead.end():lead.end() + _REACH]
        for pattern, order in ((_NUMERIC, "dmy"), (_WORDS, "dmy"), (_ISO, "ymd")):
            m = pattern.search(window)
            if m is None:
                continue
            a, b, c = (int(x) for x in m.groups())
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None
