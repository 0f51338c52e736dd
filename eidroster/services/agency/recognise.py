"""Step 2, recognise: which sheet of a file holds the counting table, what kind of file
it is — one unit's sheet (a row per department), an agency-style sheet (a row per
unit), a list of people (refused) or nothing usable — and what its title says (the
unit, "tính đến ngày", the letter's date)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from eidroster.io.files import shown
from eidroster.services.agency.cells import clean_text, fold
from eidroster.services.agency.layout import Layout, find_layout
from eidroster.services.agency.names import (
    display_name,
    find_appendix,
    find_as_of,
    find_letter_date,
    find_mixed_case,
    find_unit,
    unit_key,
)
from eidroster.services.agency.personal import is_personal_list, sheet_is_personal
from eidroster.services.agency.read import read_workbook
from eidroster.services.agency.rows import DATA, TableRows, read_rows

UNIT, AGENCY, PERSONAL, NO_TABLE = "unit", "agency", "personal", "none"
CHECK_SHEET = "check"  # the check sheet of an earlier merge (eidroster's own)
OWN_OUTPUT = "own"  # a Phụ lục I this agency issued with eidroster (an earlier result)
_CHECK_TITLE = re.compile(r"^kiem tra so lieu tong hop phu luc i\b")
_UNIT_ROW = re.compile(r"^(?:benh vien|trung tam|chi cuc|truong|phong kham|ban quan ly|"
                       r"nha ho sinh|van phong so|cuc|so)\b")


@dataclass
class Parsed:
    """What a file is and what it holds (rows only for a counting table)."""

    path: Path
    kind: str
    unit: str = ""  # the unit in the file's header, as it should print
    key: str = ""
    as_of: dt.date | None = None
    as_of_row: int | None = None
    letter_date: dt.date | None = None
    layout: Layout | None = None
    table: TableRows | None = None
    rows: list[list[object]] = field(default_factory=list)
    personal_sheet: bool = False  # another sheet of the file is a list of people

    @property
    def file(self) -> str:
        return shown(self.path.name)


def _file_unit(path: Path) -> str:
    return clean_text(re.sub(r"[_]+", " ", path.stem))


def _unit_of(top: list[list[object]], prop: str) -> str:
    """The unit named in the header, as it should print."""
    if prop:
        return prop
    found = find_unit(top)
    if not found:
        return ""
    return find_mixed_case(top, unit_key(found)) or display_name(found)


#: rows that are departments of one unit, never units of an agency
_DEPARTMENT_ROW = re.compile(r"^(?:khoa|to|ban giam doc|ban lanh dao|phong (?!kham|y te)\w)")


def _is_agency_style(top: list[list[object]], table: TableRows, layout: Layout) -> bool:
    appendix = find_appendix(top)
    data = [ln for ln in table.lines if ln.kind == DATA]
    if appendix == "I" and find_unit(top):
        # a unit that typed its departments on the agency's Phụ lục I form: its rows are
        # departments ("Khoa Nội" of two hospitals would otherwise be one "unit")
        departments = sum(1 for ln in data if _DEPARTMENT_ROW.match(unit_key(ln.label)))
        return not (data and departments * 2 >= len(data))
    if appendix in ("I", "III"):
        return appendix == "I"
    units = sum(1 for ln in data if _UNIT_ROW.match(unit_key(ln.label)))
    if len(data) >= 2 and units * 10 >= len(data) * 6:
        return True
    return layout.name_kind == "unit" and not find_unit(top) and len(data) >= 2


def recognise(path: str | Path, own_agency: str = "") -> Parsed:
    """Read a file and say what it is. Raises InputError when it is not a spreadsheet.
    ``own_agency``: the merging agency's name (its own earlier Phụ lục I is no input)."""
    book = read_workbook(path)
    p = book.path
    if own_agency and book.issuer_property and (
            unit_key(book.issuer_property) == unit_key(own_agency)):
        unit = _file_unit(p)
        return Parsed(p, OWN_OUTPUT, unit=unit, key=unit_key(unit))
    if any(isinstance(v, str) and _CHECK_TITLE.match(fold(v))
           for sheet in book.sheets for row in sheet.rows[:3] for v in row):
        unit = _file_unit(p)
        return Parsed(p, CHECK_SHEET, unit=unit, key=unit_key(unit))
    personal_seen = False
    personal_top: list[list[object]] = []
    for sheet in book.sheets:
        rows = sheet.filled()
        layout = find_layout(rows)
        above = rows[:layout.header_rows[0]] if layout is not None else rows[:6]
        if layout is None or layout.personal or layout.name_kind == "person_name":
            if sheet_is_personal(rows, layout) and not personal_seen:
                personal_seen, personal_top = True, above
            continue
        table = read_rows(rows, layout)
        if is_personal_list(rows, layout, table):
            if not personal_seen:
                personal_seen, personal_top = True, above
            continue
        top = rows[:layout.header_rows[0]]
        as_of, as_of_row = find_as_of(top)
        parsed = Parsed(p, UNIT, as_of=as_of, as_of_row=as_of_row,
                        letter_date=find_letter_date(top), layout=layout, table=table,
                        rows=rows, personal_sheet=personal_seen)
        if _is_agency_style(top, table, layout):
            parsed.kind = AGENCY
            parsed.unit = _unit_of(top, "")
        else:
            parsed.unit = _unit_of(top, book.unit_property) or _file_unit(p)
        parsed.key = unit_key(parsed.unit)
        if not personal_seen:
            parsed.personal_sheet = any(
                sheet_is_personal(other.filled(), find_layout(other.filled()))
                for other in book.sheets if other is not sheet)
        return parsed
    if personal_seen:
        unit = _unit_of(personal_top, "") or _file_unit(p)
        return Parsed(p, PERSONAL, unit=unit, key=unit_key(unit))
    unit = _file_unit(p)
    return Parsed(p, NO_TABLE, unit=unit, key=unit_key(unit))
