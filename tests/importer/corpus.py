"""Generated people and messy spreadsheets for the importer tests (never real people)."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from eidroster.domain.cccd import make_cccd

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
DEM_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công"]
DEM_F = ["Thị", "Ngọc", "Thu", "Thanh", "Thị Thu", "Kim"]
TEN_M = ["An", "Bình", "Cường", "Dũng", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quân", "Sơn",
         "Tuấn", "Việt"]
TEN_F = ["Anh", "Chi", "Dung", "Hà", "Hương", "Lan", "Mai", "Nga", "Oanh", "Phương", "Thảo",
         "Trang", "Yến"]
DEPTS = ["Khoa Nội", "Khoa Ngoại", "Khoa Sản", "Phòng Tổ chức cán bộ", "Khoa Hồi sức tích cực"]
TITLES = ["Bác sĩ", "Điều dưỡng", "Hộ sinh", "Kỹ thuật viên", "Chuyên viên"]


@dataclass(frozen=True)
class Person:
    ho: str
    dem: str
    ten: str
    birth: dt.date
    gender: str  # "M" / "F"
    cccd: str
    dept: str
    title: str

    @property
    def full_name(self) -> str:
        return " ".join(x for x in (self.ho, self.dem, self.ten) if x)


def people(n: int, seed: int = 1) -> list[Person]:
    rng = random.Random(seed)
    out, used, names = [], set(), set()
    serial = seed * 100_000
    while len(out) < n:
        gender = rng.choice("MF")
        ho = rng.choice(HO)
        dem = rng.choice(DEM_M if gender == "M" else DEM_F)
        ten = rng.choice(TEN_M if gender == "M" else TEN_F)
        birth = dt.date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
        if (ho, dem, ten, birth) in names:
            continue
        serial += 1
        province = rng.choice(["001", "077", "079", "048", "092"])
        cccd = make_cccd(province, birth.year, gender, serial)
        if cccd in used:
            continue
        used.add(cccd)
        names.add((ho, dem, ten, birth))
        out.append(Person(ho, dem, ten, birth, gender, cccd, rng.choice(DEPTS),
                          rng.choice(TITLES)))
    return out


def write_xlsx(path: Path, rows: list[list], merges: tuple[str, ...] = (), title: str = "DS",
               extra: dict[str, list[list]] | None = None, first: dict[str, list[list]] | None = None,
               number_formats: dict[str, str] | None = None) -> Path:
    """Write rows (row 1 first) to an .xlsx; ``first`` sheets come before the main one."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, data in (first or {}).items():
        _fill(wb.create_sheet(name), data)
    ws = wb.create_sheet(title)
    _fill(ws, rows)
    for rng in merges:
        ws.merge_cells(rng)
    for ref, fmt in (number_formats or {}).items():
        ws[ref].number_format = fmt
    for name, data in (extra or {}).items():
        _fill(wb.create_sheet(name), data)
    wb.save(path)
    return path


def _fill(ws, rows: list[list]) -> None:
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is None:
                continue
            cell = ws.cell(r, c, value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"


TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 has the shaped letters (ă, ê, ơ…) but writes tones as combining marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += base.encode("cp1258") + "".join(c for c in d if c in TONES).encode("cp1258")
    return bytes(out)


def dmy(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def write_xls(path: Path, rows: list[list], title: str = "DS") -> Path:
    """A real BIFF8 .xls (Excel 97-2003) written with xlwt."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(title)
    date_style = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, dt.date):
                ws.write(r, c, dt.datetime(value.year, value.month, value.day), date_style)
            else:
                ws.write(r, c, value)
    wb.save(str(path))
    return path


def write_ods(path: Path, rows: list[list], title: str = "DS") -> Path:
    """A minimal OpenDocument spreadsheet, written by hand (LibreOffice's format)."""
    import zipfile
    from xml.sax.saxutils import escape, quoteattr

    cells_xml = []
    for row in rows:
        cells = []
        for value in row:
            if value is None:
                cells.append("<table:table-cell/>")
            elif isinstance(value, dt.date):
                cells.append(f'<table:table-cell office:value-type="date" '
                             f'office:date-value="{value.isoformat()}"><text:p>{value:%d/%m/%Y}'
                             "</text:p></table:table-cell>")
            elif isinstance(value, int | float):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{value}">'
                             f"<text:p>{value}</text:p></table:table-cell>")
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>'
                             f"{escape(str(value))}</text:p></table:table-cell>")
        cells_xml.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet><table:table table:name={quoteattr(title)}>"
        + "".join(cells_xml)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def encrypt_xlsx(source: Path, target: Path, password: str = "matkhau") -> Path:
    """Real Office encryption (msoffcrypto-tool)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as fh, target.open("wb") as out:
        OOXMLFile(fh).encrypt(password, out)
    return target
