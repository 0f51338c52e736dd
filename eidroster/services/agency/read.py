"""Step 1, read: a file's sheets as rows of cell values, in Unicode, with the cells
of a merged range all holding the range's value (a header merged over two columns
names both), and the unit name eidroster itself stored in the workbook's properties.

Nothing is interpreted here; :mod:`.recognise` finds the table."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from eidroster.domain.agency import ISSUER_PROPERTY, UNIT_PROPERTY
from eidroster.io.spreadsheet import read_sheet, sheet_names


@dataclass(frozen=True)
class SheetData:
    name: str
    rows: list[list[object]]  # rows[i][j]: Excel row i + 1, column j (A = 0)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    def filled(self) -> list[list[object]]:
        """The rows with every cell of a merged range holding the range's value."""
        rows = [list(r) for r in self.rows]
        for (r0, c0), (r1, c1) in self.merged:
            if r0 >= len(rows) or c0 >= len(rows[r0]):
                continue
            value = rows[r0][c0]
            for r in range(r0, min(r1, len(rows) - 1) + 1):
                row = rows[r]
                if len(row) <= c1:
                    row.extend([None] * (c1 + 1 - len(row)))
                for c in range(c0, c1 + 1):
                    row[c] = value
        return rows


@dataclass(frozen=True)
class Workbook:
    path: Path
    sheets: tuple[SheetData, ...]
    unit_property: str = ""
    issuer_property: str = ""  # the agency of a Phụ lục I eidroster wrote


def _unicode(rows: list[list[object]]) -> list[list[object]]:
    """A sheet typed with the old TCVN3 (.VnTime) or VNI fonts, converted to Unicode
    (the rows unchanged when the sheet is Unicode already)."""
    from eidroster.io.legacy import detect_legacy, to_unicode

    kind = detect_legacy(v for row in rows for v in row if isinstance(v, str))
    if kind is None:
        return rows
    return [[to_unicode(v, kind) if isinstance(v, str) else v for v in row] for row in rows]


def _properties(path: Path) -> tuple[str, str]:
    """The unit name and the Phụ lục I issuer eidroster wrote into an .xlsx's custom
    properties ("" for each that is not there)."""
    try:
        with zipfile.ZipFile(path) as zf:
            if "docProps/custom.xml" not in zf.namelist():
                return "", ""
            xml = zf.read("docProps/custom.xml").decode("utf-8", "replace")
    except (OSError, zipfile.BadZipFile):
        return "", ""
    from html import unescape

    from eidroster.domain.text import clean_text

    def value(name: str) -> str:
        m = re.search(r'name="' + re.escape(name) + r'"[^>]*>\s*<vt:lpwstr\b[^>]*>([^<]*)<',
                      xml)
        return clean_text(unescape(m.group(1)))[:200] if m else ""

    return value(UNIT_PROPERTY), value(ISSUER_PROPERTY)


_SHEET_ENTRY = re.compile(r'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(r'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_REL_REVERSED = re.compile(r'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')
_ERROR_CELL = re.compile(r'<c r="([A-Z]+)(\d+)"[^>]*?t="e"[^>]*>(?:<f[^>]*>.*?</f>|<f[^>]*/>)?'
                         r'<v>([^<]*)</v>', re.S)


def _error_cells(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Cells holding a formula error ("#REF!", "#VALUE!") per sheet name, from the .xlsx
    XML: the spreadsheet reader gives them as empty cells, which a count must not be."""
    from html import unescape

    out: dict[str, dict[tuple[int, int], str]] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            book = zf.read("xl/workbook.xml").decode("utf-8", "replace")
            rels_xml = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
            rels = dict(_REL.findall(rels_xml)) | {i: t for t, i in _REL_REVERSED.findall(rels_xml)}
            for name, rid in _SHEET_ENTRY.findall(book):
                target = rels.get(rid, "").lstrip("/")
                target = target if target.startswith("xl/") else f"xl/{target}"
                if target not in names:
                    continue
                xml = zf.read(target).decode("utf-8", "replace")
                if 't="e"' not in xml:
                    continue
                cells = {}
                for letters, row, value in _ERROR_CELL.findall(xml):
                    col = 0
                    for ch in letters:
                        col = col * 26 + ord(ch) - 64
                    cells[(int(row) - 1, col - 1)] = unescape(value) or "#ERROR"
                out[unescape(name)] = cells
    except (OSError, KeyError, zipfile.BadZipFile):
        return {}
    return out


def _with_errors(rows: list[list[object]], errors: dict[tuple[int, int], str]) -> list[list[object]]:
    for (r, c), text in errors.items():
        while len(rows) <= r:
            rows.append([])
        if len(rows[r]) <= c:
            rows[r].extend([None] * (c + 1 - len(rows[r])))
        rows[r][c] = text
    return rows


def read_workbook(path: str | Path) -> Workbook:
    """Every worksheet of the file (one for a CSV), the visible ones first. Raises InputError with a Vietnamese
    message naming the file when it is not a readable spreadsheet."""
    p = Path(path)
    names = sheet_names(p)  # first: a pipe, a device or a damaged file is refused here
    if len(names) > 1:  # visible sheets first: a hidden one is often last week's copy
        visible = sheet_names(p, visible_only=True)
        names = visible + [n for n in names if n not in visible]
    xlsx = p.suffix.lower() in (".xlsx", ".xlsm")
    errors = _error_cells(p) if xlsx else {}
    sheets = []
    for name in names:
        sheet = read_sheet(p, name)
        rows = _with_errors(sheet.rows, errors.get(sheet.name, {}))
        sheets.append(SheetData(sheet.name, _unicode(rows), list(sheet.merged)))
    return Workbook(p, tuple(sheets), *(_properties(p) if xlsx else ("", "")))
