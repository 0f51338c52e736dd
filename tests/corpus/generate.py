"""Generated bad inputs for every way into eidroster (no committed binaries).

``python -m tests.corpus.generate DIR`` writes the files; the tests call
:func:`import_cases` / :func:`restore_cases` with a temporary folder. Every person in
here is made up by code (random names from the demo generator's lists, well-formed but
random CCCD numbers)."""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import sys
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eidroster.domain.cccd import make_cccd
from eidroster.services.demo import DEM_F, DEM_M, DEPARTMENTS, HO, TEN_F, TEN_M

HEADERS = ("TT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Khoa/phòng",
           "Chức danh", "Tình trạng", "Lý do", "Chính đáng", "Ghi chú")
STATUSES = ("Đã định danh mức 2", "Đã định danh mức 1", "Chưa định danh")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    birth: str  # dd/mm/yyyy
    gender: str  # "Nam" / "Nữ"
    cccd: str
    department: str
    status: str


def people(n: int, seed: int = 1) -> Iterator[Person]:
    """``n`` made-up people with distinct, well-formed CCCD numbers."""
    rng = random.Random(seed)
    for k in range(n):
        female = rng.random() < 0.6
        year = rng.randint(1965, 2002)
        name = " ".join((rng.choice(HO), rng.choice(DEM_F if female else DEM_M),
                         rng.choice(TEN_F if female else TEN_M)))
        yield Person(
            name, f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}",
            "Nữ" if female else "Nam",
            make_cccd("079", year, "F" if female else "M", seed * 1_000_000 + k),
            rng.choice(DEPARTMENTS), rng.choice(STATUSES),
        )


def row_of(i: int, p: Person) -> list[str]:
    return [str(i), p.name, p.birth, p.gender, p.cccd, p.department, "Điều dưỡng", p.status,
            "", "", ""]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",",
              encoding: str = "utf-8", header: tuple[str, ...] = HEADERS,
              transform: Callable[[str], str] | None = None) -> Path:
    """``transform`` is applied to every cell, header included (a whole legacy file)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter)
    f = transform or (lambda t: t)
    w.writerow([f(h) for h in header])
    w.writerows([[f(c) for c in row] for row in rows])
    text = buf.getvalue()
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path.write_bytes(data)
    return path


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters (ă â ê ô ơ ư đ)
    precomposed, tone marks as combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        tones = "".join(c for c in d if c in _TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def valid_csv(path: Path, n: int, seed: int = 1) -> Path:
    return write_csv(path, [row_of(i, p) for i, p in enumerate(people(n, seed), 1)])


def _xml_escape(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def minimal_xlsx(path: Path, rows: Callable[[], Iterator[list[str]]], *,
                 sheet_xml_prefix: str = "", compress: int = zipfile.ZIP_DEFLATED,
                 padding_mb: int = 0) -> Path:
    """A hand-written .xlsx (inline strings), streamed row by row into the zip."""
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="DanhSach" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'),
    }
    with zipfile.ZipFile(path, "w", compression=compress) as z:
        for name, text in files.items():
            z.writestr(name, text)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write((sheet_xml_prefix or '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
                     .encode())
            fh.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     b"<sheetData>")
            for r, values in enumerate(rows(), 1):
                cells = "".join(
                    f'<c r="{_col(c)}{r}" t="inlineStr"><is><t>{_xml_escape(v)}</t></is></c>'
                    for c, v in enumerate(values))
                fh.write(f'<row r="{r}">{cells}</row>'.encode())
            block = b" " * (1 << 20)
            for _ in range(padding_mb):  # whitespace: tiny once deflated
                fh.write(block)
            fh.write(b"</sheetData></worksheet>")
    return path


def _xlsx_rows(rows: list[list[str]]) -> Callable[[], Iterator[list[str]]]:
    return lambda: iter([list(HEADERS), *rows])


def _one(value_at: dict[int, str], i: int = 1, seed: int = 5) -> list[str]:
    row = row_of(i, next(people(1, seed)))
    for col, v in value_at.items():
        row[col] = v
    return row


NAME, BIRTH, CCCD, DEPT, STATUS, NOTE = 1, 2, 4, 5, 7, 10


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    path: Path
    #: "refused": the whole file is refused (exit 1, message on stderr); "rows": its bad
    #: rows are named (row, column) and ``--strict`` refuses the file; "accepted": the
    #: damage is repaired on the way in (``words``: values that must arrive clean)
    expect: str
    words: tuple[str, ...] = ()  # words the message must contain (any of them)


def import_cases(folder: Path) -> list[Case]:
    """Malformed import files: each is refused as a whole or has its bad rows named."""
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Case] = []

    def add(name: str, path: Path, expect: str, *words: str) -> None:
        out.append(Case(name, path, expect, words))

    good = folder / "good.xlsx"
    minimal_xlsx(good, _xlsx_rows([row_of(i, p) for i, p in enumerate(people(30, 2), 1)]))
    data = good.read_bytes()
    add("empty file", _w(folder / "empty.xlsx", b""), "refused", "rỗng", "trống", "không")
    add("truncated xlsx", _w(folder / "truncated.xlsx", data[: len(data) // 2]), "refused",
        "hỏng", "không đọc", "không phải")
    add("xlsx first bytes only", _w(folder / "head.xlsx", data[:100]), "refused", "hỏng", "không")
    flipped = bytearray(data)
    for k in range(200, len(flipped), 97):
        flipped[k] ^= 0xFF
    add("corrupt xlsx (flipped bytes)", _w(folder / "corrupt.xlsx", bytes(flipped)), "refused",
        "hỏng", "không")
    add("random bytes named .xlsx", _w(folder / "random.xlsx", random.Random(3).randbytes(5000)),
        "refused", "không")
    # the format comes from the content, whatever the extension: read as the CSV it is
    add("text named .xlsx", _w(folder / "text.xlsx", "Họ và tên,CCCD\n".encode() * 50), "rows",
        "CCCD")
    add("zip without a workbook", _zip(folder / "nozip.xlsx", {"hello.txt": "xin chào"}),
        "refused", "không")
    add("zip bomb", _zip_bomb(folder / "bomb.xlsx"), "refused", "quá lớn", "không", "nén")
    add("XML bomb (billion laughs)", _xml_bomb(folder / "xmlbomb.xlsx"), "refused",
        "không", "hỏng", "an toàn")
    add("XML external entity", _xxe(folder / "xxe.xlsx"), "refused", "không", "hỏng", "an toàn")
    add("one million rows", _million(folder / "million.csv"), "refused", "quá", "dòng", "lớn")
    add("megabyte-long name cell",
        minimal_xlsx(folder / "longcell.xlsx", _xlsx_rows([_one({NAME: "Nguyễn " + "A" * 1_100_000})])),
        "rows", "dài", "quá")
    add("megabyte-long note", write_csv(folder / "longnote.csv", [_one({NOTE: "x" * 1_048_576})]),
        "rows", "dài", "quá")
    add("control characters in names", write_csv(folder / "control.csv", [
        _one({NAME: "Trần\x07 Văn\x1b[31m Bình"}, 1, 6)]), "rows")
    add("NUL bytes in a CSV", _w(folder / "nul.csv", (",".join(HEADERS) + "\n1,Lê\x00Thị Hoa,"
                                                       "01/01/1990,Nữ,079190000001,Khoa Nội,,Chưa định danh,,,\n").encode()),
        "refused", "không phải bảng tính", "NUL")
    add("right-to-left marks", write_csv(folder / "rtl.csv", [
        _one({NAME: "\u202eNguyễn Văn An\u202c", DEPT: "Khoa\u200f Nội"}, 1, 7)]), "accepted",
        "Nguyễn Văn An", "Khoa Nội")
    add("formula text", write_csv(folder / "formula.csv", [
        _one({NAME: "=HYPERLINK(\"http://x\",\"Bấm\")"}, 1, 8),
        _one({DEPT: "=cmd|' /C calc'!A0", NOTE: "+SUM(A1:A9)"}, 2, 9)]), "rows")
    add("31/02/1990", write_csv(folder / "feb31.csv", [_one({BIRTH: "31/02/1990"})]), "rows",
        "ngày", "Ngày")
    add("birth date in the future", write_csv(folder / "future.csv", [_one({BIRTH: "01/01/2199"})]),
        "rows", "tương lai", "ngày", "Ngày")
    add("birth year 1800", write_csv(folder / "old.csv", [_one({BIRTH: "01/01/1800"})]), "rows",
        "ngày", "Ngày", "năm")
    dup = next(people(1, 11))
    add("duplicated CCCD in the file", write_csv(folder / "dupcccd.csv", [
        row_of(1, dup), _one({CCCD: dup.cccd}, 2, 12)]), "rows", "trùng", "CCCD")
    add("CCCD with letters", write_csv(folder / "cccdletters.csv", [_one({CCCD: "07919O00I234"})]),
        "rows", "CCCD", "số")
    add("CCCD too short", write_csv(folder / "cccdshort.csv", [_one({CCCD: "12345"})]), "rows",
        "CCCD", "số")
    add("CCCD as float", write_csv(folder / "cccdfloat.csv", [_one({CCCD: "7.9190001234E+10"})]),
        "rows", "CCCD", "số")
    add("empty name", write_csv(folder / "noname.csv", [_one({NAME: ""}), _one({NAME: "   "}, 2, 13)]),
        "rows", "tên", "Tên")
    add("unknown status", write_csv(folder / "badstatus.csv", [_one({STATUS: "Mức 7"})]), "rows",
        "tình trạng", "Tình trạng")
    from eidroster.io.legacy import TCVN3, VNI, from_unicode

    for label, kind in (("TCVN3", TCVN3), ("VNI", VNI)):
        person = next(people(1, 40 + len(label)))
        add(f"legacy font text ({label})", write_csv(
            folder / f"{kind}.csv", [row_of(1, person)], transform=lambda t, k=kind: from_unicode(t, k)),
            "accepted", person.name, person.department)
    person = next(people(1, 44))
    add("UTF-8 read as Windows-1252 (mojibake)", write_csv(
        folder / "latin1.csv", [row_of(1, person)],
        transform=lambda t: t.encode("utf-8").decode("cp1252", errors="ignore")),
        "refused", "lỗi mã")
    add("CSV in Windows-1258", write_csv(folder / "cp1258.csv", [_one({NAME: "Trương Thị Ánh"})],
                                         encoding="cp1258"), "accepted", "Trương Thị Ánh")
    add("CSV with the wrong delimiter", write_csv(folder / "semicolon_as_tab.csv",
                                                  [_one({})], delimiter="|"), "refused",
        "cột", "tiêu đề", "không")
    add("CSV with only a header", write_csv(folder / "headeronly.csv", []), "accepted")
    add("CSV without a header", _w(folder / "noheader.csv",
                                   "1,Ai Đó,01/01/1990\n2,Người Khác,02/02/1991\n".encode()),
        "refused", "tiêu đề", "cột", "không")
    add("binary named .csv", _w(folder / "binary.csv", bytes(range(256)) * 40), "refused",
        "không", "hỏng")
    add("unsupported extension", _w(folder / "list.pdf", b"%PDF-1.4\n"), "refused", "không")
    add("missing file", folder / "does-not-exist.xlsx", "refused", "Không tìm thấy", "không")
    add("a folder", _mkdir(folder / "folder.xlsx"), "refused", "thư mục", "không")
    add("header only xlsx", minimal_xlsx(folder / "hdr.xlsx", _xlsx_rows([])), "accepted")
    add("ragged rows", write_csv(folder / "ragged.csv", [
        _one({})[:3], [*_one({}, 2, 14), "extra", "more", "cells"]]), "accepted")
    add("all rows bad", write_csv(folder / "allbad.csv", [
        _one({CCCD: "x"}, i, 20 + i) for i in range(1, 6)]), "rows", "CCCD")
    out += hostile_import_cases(folder)
    return out


def hostile_import_cases(folder: Path) -> list[Case]:
    """Issue 16's import kinds: names that read like a total row, duplicated headers, a
    format that differs from the extension, UTF-16 text, broken CSV quoting."""
    out: list[Case] = []

    def add(name: str, path: Path, expect: str, *words: str) -> None:
        out.append(Case(name, path, expect, words))

    a, b, c = people(3, 61)
    total_like = [
        _person_row(1, a, "Tống Công Minh"), _person_row(2, b, "Trương Phong"),
        _person_row(3, c, "Cộng Văn Số"),
        ["", "Tổng cộng", "", "", "", "", "", "3", "", "", ""],
        ["", "Người lập biểu", "", "", "", "", "", "", "", "", ""],
    ]
    for label, rows_, no_tt in (("with TT", total_like, False), ("without TT", total_like, True)):
        rows_ = [[("" if no_tt else r[0]), *r[1:]] for r in rows_]
        add(f"people named like a total row ({label})", write_csv(
            folder / f"totalnames-{no_tt}.csv", rows_), "accepted",
            "Tống Công Minh", "Trương Phong", "Cộng Văn Số")
    dup_header = io.StringIO()
    csv.writer(dup_header).writerows([[*HEADERS, "Họ và tên"], [*row_of(1, a), "Người Khác"]])
    add("two columns headed Họ và tên", _w(folder / "dupheader.csv", dup_header.getvalue().encode()),
        "refused", "cùng là", "cột")
    add("two CCCD columns", _w(folder / "dupcccd-col.csv", (",".join(
        [*HEADERS, "CCCD"]) + "\n" + ",".join([*row_of(1, a), a.cccd]) + "\n").encode()),
        "refused", "cùng là")
    xls = _xls(folder / "real-xls.xlsx", [list(HEADERS), row_of(1, a)])
    add("a real .xls named .xlsx", xls, "accepted", a.name)
    add("a real .xlsx named .xls", _rename_copy(folder / "good.xlsx", folder / "real-xlsx.xls"),
        "accepted")
    add("an .xlsx named .csv", _rename_copy(folder / "good.xlsx", folder / "real-xlsx.csv"),
        "accepted")
    tsv = "\r\n".join("\t".join(r) for r in [list(HEADERS), row_of(1, b)]) + "\r\n"
    add("Excel Unicode text (UTF-16 LE with BOM, tabs)",
        _w(folder / "unicode.txt", b"\xff\xfe" + tsv.encode("utf-16-le")), "accepted", b.name)
    add("UTF-16 BE with BOM", _w(folder / "unicode-be.csv", b"\xfe\xff" + tsv.encode("utf-16-be")),
        "accepted", b.name)
    add("UTF-16 LE without BOM", _w(folder / "unicode-nobom.csv", tsv.encode("utf-16-le")),
        "accepted", b.name)
    semi = "\n".join(";".join(r) for r in [list(HEADERS), row_of(1, c)]) + "\n"
    add("UTF-8 with BOM, semicolons", _w(folder / "bom-semicolon.csv",
                                         b"\xef\xbb\xbf" + semi.encode()), "accepted", c.name)
    good_rows = [",".join(HEADERS)] + [",".join(row_of(i, p)) for i, p in
                                       enumerate(people(6, 62), 1)]
    broken = list(good_rows)
    cells = broken[3].split(",")
    cells[5] = '"' + cells[5]  # a quote opened on line 4, never closed
    broken[3] = ",".join(cells)
    add("CSV with an unclosed quote", _w(folder / "unclosed.csv", "\n".join(broken).encode()),
        "refused", "dòng 4")
    broken = list(good_rows)
    cells = broken[2].split(",")
    cells[6] = '"Điều" dưỡng'
    broken[2] = ",".join(cells)
    add("CSV with text after a closing quote", _w(folder / "afterquote.csv",
                                                  "\n".join(broken).encode()), "refused", "dòng 3")
    add("CSV with NUL-free binary junk after the header", _w(
        folder / "junk.csv", (",".join(HEADERS) + "\n").encode() + bytes(range(1, 9)) * 300),
        "refused", "không")
    esc = write_csv(folder / "escape\x1b[31mname.csv", [_one({})])
    add("escape sequence in the file name", esc, "accepted")
    return out


def _person_row(i: int, p: Person, name: str) -> list[str]:
    row = row_of(i, p)
    row[1] = name
    return row


def _rename_copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


def _xls(path: Path, rows: list[list[str]]) -> Path:
    """A real BIFF8 .xls (xlwt), whatever the name says."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("DanhSach")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    wb.save(str(path))
    return path


def _w(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def _zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    return path


def _zip_bomb(path: Path) -> Path:
    """A real workbook whose sheet inflates to 512 MB from ~0.5 MB (streamed)."""
    return minimal_xlsx(path, _xlsx_rows([_one({})]), padding_mb=512)


def _xml_bomb(path: Path) -> Path:
    """"Billion laughs": nine levels of entities, each ten times the one before."""
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
           + "]>")
    return _bomb_sheet(path, lol, "&lol9;")


def _bomb_sheet(path: Path, prolog: str, entity: str) -> Path:
    minimal_xlsx(path, _xlsx_rows([_one({})]))
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', prolog, 1)
    sheet = sheet.replace("<sheetData>", f'<sheetData><row r="100"><c r="A100" t="inlineStr"><is><t>{entity}</t></is></c></row>', 1)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)
    return path


def _xxe(path: Path) -> Path:
    return _bomb_sheet(path, '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                       "&x;")


def _million(path: Path) -> Path:
    """A CSV of 1,000,000 data rows (~25 MB), written in one pass."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("TT,Họ và tên,Khoa/phòng,Tình trạng\n")
        fh.writelines(f"{i},Người Số {i},Khoa Nội,Chưa định danh\n" for i in range(1, 1_000_001))
    return path


# ---------------------------------------------------------------- restore files

def restore_cases(folder: Path, good_backup: Path) -> list[Case]:
    """Files that must never replace the database."""
    folder.mkdir(parents=True, exist_ok=True)
    data = good_backup.read_bytes()
    out: list[Case] = []

    def add(name: str, path: Path, *words: str) -> None:
        out.append(Case(name, path, "refused", words))

    other = folder / "other-app.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customers (name) VALUES ('x')")
    con.commit()
    con.close()
    add("non-eidroster SQLite file", other, "không phải của eidroster")
    add("empty SQLite file", _w(folder / "empty.sqlite", b""), "rỗng")
    add("truncated backup", _w(folder / "trunc.sqlite", data[: len(data) // 3]), "cắt cụt", "hỏng")
    add("backup cut at 4100 bytes", _w(folder / "trunc2.sqlite", data[:4100]), "cắt cụt", "hỏng")
    damaged = bytearray(data)
    for off in range(4096, len(damaged), 4096):
        damaged[off + 50:off + 400] = b"\xff" * 350
    add("damaged pages", _w(folder / "damaged.sqlite", bytes(damaged)), "hỏng")
    add("an xlsx file", _w(folder / "list.sqlite", (folder.parent / "good.xlsx").read_bytes()
                           if (folder.parent / "good.xlsx").exists() else b"PK\x03\x04" + b"\0" * 600),
        "không phải cơ sở dữ liệu SQLite", "hỏng", "cắt cụt")
    newer = _w(folder / "newer.sqlite", data)
    con = sqlite3.connect(newer)
    con.execute("UPDATE schema_info SET version = 999")
    con.commit()
    con.close()
    add("newer schema version", newer, "mới hơn")
    nover = _w(folder / "noversion.sqlite", data)
    con = sqlite3.connect(nover)
    con.execute("DELETE FROM schema_info")
    con.commit()
    con.close()
    add("no schema version", nover, "phiên bản")
    partial = _w(folder / "partial.sqlite", data)
    con = sqlite3.connect(partial)
    con.execute("DROP TABLE status_changes")
    con.commit()
    con.close()
    add("eidroster-like file missing a table", partial, "không phải của eidroster")
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "corpus-out")
    for case in import_cases(folder / "import"):
        print(f"{case.expect:8} {case.name}: {case.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
