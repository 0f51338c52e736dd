"""Reading reports back: every cell of a workbook, every text of a PDF, the personal
data of the database to look for."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from sqlalchemy import select

from eidroster.db.models import Employee
from eidroster.domain.text import join_name


def all_cell_texts(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    out: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            out += [str(c.value) for c in row if c.value is not None]
        out += [str(ws.oddHeader.right.text or ""), str(ws.oddFooter.center.text or "")]
    return out


def raw_xlsx_text(path: Path) -> str:
    """Every XML part of the .xlsx as text (shared strings, sheets, properties)."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def pdf_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Whitespace collapsed: a title wrapped over two lines reads as one."""
    return " ".join(text.split())


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Base font name -> embedded?"""
    out: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fd = desc.get("/FontDescriptor")
            fd = fd.get_object() if fd is not None else {}
            out[str(font["/BaseFont"])] = any(k in fd for k in ("/FontFile", "/FontFile2",
                                                                 "/FontFile3"))
    return out


def personal_data(db) -> dict[str, set[str]]:
    """Names, CCCD numbers and birth dates (in the formats a report could print)."""
    names, ids, births = set(), set(), set()
    with db.read() as s:
        for e in s.scalars(select(Employee)):
            names.add(join_name(e.ho, e.dem, e.ten))
            if e.id_number:
                ids.add(e.id_number)
            if e.birth_date:
                births.add(e.birth_date.strftime("%d/%m/%Y"))
                births.add(e.birth_date.isoformat())
    return {"name": names, "cccd": ids, "birth": births}


def find_personal(texts: list[str] | str, data: dict[str, set[str]]) -> list[str]:
    blob = "\n".join(texts) if isinstance(texts, list) else texts
    found = []
    for kind, values in data.items():
        found += [f"{kind}: {v}" for v in values if v and v in blob]
    return found


def docx_cell_texts(doc) -> list[str]:
    """The text of every table cell of a python-docx Document, nested tables included
    (a report's last rows sit in a table inside its last row: reports/docx_table.py)."""
    out: list[str] = []

    def walk(tables) -> None:
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    out.append(cell.text)
                    walk(cell.tables)

    walk(doc.tables)
    return out
