"""Reading spreadsheets: .xlsx / .xlsm / .xls / .ods (python-calamine) and .csv.

The API others use::

    sheet_names(path) -> list[str]
    read_sheet(path, sheet=None) -> Sheet(name, rows, merged)

``rows`` is a list of rows, each a list of cell values; ``rows[i][j]`` is the cell at Excel
row ``i + 1`` and column ``j`` (A = 0), so row numbers shown to the user match what Excel
shows. Empty cells are ``None``. Values are ``str`` (NFC), ``int`` (whole numbers, including
integral floats), ``float``, ``datetime.date``, ``datetime.datetime``, ``bool`` or ``None``.
Formula cells give the value Excel cached when it last saved the file; nothing is ever
evaluated. CSV cells are text, except plain whole numbers without a leading zero (up to nine
digits), which become ``int``; a 12-digit CCCD therefore stays text with its zeros.

Every problem with the file raises :class:`InputError` with a Vietnamese message that names
the file: not a spreadsheet, password-protected, truncated or corrupt, empty.
python-calamine was chosen because it reads ~6× faster than openpyxl (environment.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from eidroster.domain.errors import InputError
from eidroster.io.files import shown

Cell = str | int | float | dt.date | dt.datetime | bool | None

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
#: more data rows than any unit has staff: refused before it is read into memory
MAX_ROWS = 300_000
#: a workbook bigger than this once unzipped is refused (a "zip bomb" expands from KBs)
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
#: one CSV cell may be long (the row parser then says "quá dài" with row and column)
MAX_CSV_CELL = 16 * 1024 * 1024
_CSV_INT = re.compile(r"^-?(?:[1-9]\d{0,8}|0)$")


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Cell]]
    #: merged ranges as ((first_row, first_col), (last_row, last_col)), 0-based, inclusive
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def sheet_names(path: str | os.PathLike[str], *, visible_only: bool = False) -> list[str]:
    """The worksheet names of a workbook, in the workbook's order (one name for a CSV);
    ``visible_only`` leaves out the hidden ones."""
    p = Path(path)
    kind = _detect(p)
    if kind == "csv":
        return [p.stem]
    wb = _open_workbook(p, kind)
    try:
        names = _worksheet_names(wb)
        if visible_only:
            hidden = _hidden_names(wb)
            names = [n for n in names if n not in hidden]
        return names
    finally:
        wb.close()


def read_sheet(path: str | os.PathLike[str], sheet: str | None = None) -> Sheet:
    """Read one sheet (the first worksheet when ``sheet`` is None)."""
    p = Path(path)
    kind = _detect(p)
    if kind == "csv":
        if sheet is not None and sheet != p.stem:
            raise InputError(f"Tệp {shown(p.name)} là tệp CSV, chỉ có một trang \"{shown(p.stem)}\"")
        return Sheet(p.stem, _read_csv(p))
    wb = _open_workbook(p, kind)
    try:
        names = _worksheet_names(wb)
        if not names:
            raise InputError(f"Tệp {shown(p.name)} không có trang tính nào")
        if sheet is None:
            name = names[0]
        else:
            name = _match_sheet_name(sheet, names, p)
        try:
            ws = wb.get_sheet_by_name(name)
            if ws.total_height > MAX_ROWS + 50:
                raise InputError(_too_many_rows(p))
            raw = ws.to_python(skip_empty_area=False)
            merged = list(ws.merged_cell_ranges or [])
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - calamine raises several error types
            raise InputError(_corrupt(p)) from exc
    finally:
        wb.close()
    return Sheet(name, [[_cell(v) for v in row] for row in _trim(raw)], merged)


# ---------------------------------------------------------------- detection

def _detect(p: Path) -> str:
    """'zip' (xlsx/xlsm/ods), 'ole' (xls or an encrypted Office file) or 'csv', from the
    file's content whatever its extension (a real .xls named .xlsx is read as .xls, a
    CSV named .xlsx as CSV). Pipes, devices and folders are refused at once."""
    from eidroster.io.files import LIMIT_SPREADSHEET, check_input

    size = check_input(p, "tệp bảng tính", LIMIT_SPREADSHEET)
    try:
        with p.open("rb") as fh:
            head = fh.read(4096)
    except PermissionError as exc:
        raise InputError(f"Không có quyền đọc tệp {shown(p)}") from exc
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {shown(p)}") from exc
    if size == 0:
        raise InputError(f"Tệp {shown(p.name)} trống (0 byte), không có dữ liệu để nhập")
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(_ZIP_MAGIC) or head.startswith(b"PK"):
        return "zip"
    if _utf16_kind(head) is not None or _looks_like_text(head):
        if head.lstrip().lower().startswith((b"<html", b"<!doctype", b"<?xml", b"<table")):
            raise InputError(
                f"Tệp {shown(p.name)} là trang web/XML chứ không phải bảng tính; hãy mở bằng "
                "Excel rồi lưu lại dạng .xlsx"
            )
        return "csv"
    raise InputError(_not_spreadsheet(p))


def _utf16_kind(head: bytes) -> str | None:
    """'utf-16' for text with a UTF-16 byte-order mark (Excel's "Unicode text"), or
    'utf-16-le' / 'utf-16-be' for UTF-16 without one (a zero byte in every other place)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    pairs = len(head) // 2
    if pairs < 8:
        return None
    odd = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
    even = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
    if odd >= pairs * 0.3 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    if head.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ")):
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control <= len(head) // 100


def _not_spreadsheet(p: Path) -> str:
    return (
        f"Tệp {shown(p.name)} không phải bảng tính (chỉ nhận .xlsx, .xlsm, .xls, .ods hoặc .csv)"
    )


def _too_many_rows(p: Path) -> str:
    limit = f"{MAX_ROWS:,}".replace(",", ".")
    return (
        f"Tệp {shown(p.name)} có quá nhiều dòng (hơn {limit} dòng; không đơn vị nào có chừng ấy "
        "người); hãy kiểm tra lại tệp hoặc tách thành nhiều tệp"
    )


def _corrupt(p: Path) -> str:
    return (
        f"Tệp {shown(p.name)} bị hỏng hoặc không đầy đủ (có thể bị cắt ngang khi chép/tải về); "
        "hãy mở bằng Excel, lưu lại rồi nhập lại"
    )


def _encrypted(p: Path) -> str:
    return (
        f"Tệp {shown(p.name)} được bảo vệ bằng mật khẩu (đã mã hóa); hãy mở bằng Excel, "
        "bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu lại rồi nhập lại"
    )


def _is_encrypted_ole(p: Path) -> bool:
    """An encrypted .xlsx is an OLE container with an EncryptionInfo stream; an encrypted
    .xls has a FILEPASS record. msoffcrypto-tool recognises both."""
    try:
        import msoffcrypto

        with p.open("rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception:  # noqa: BLE001 - a broken OLE file is reported as corrupt later
        try:
            import olefile

            ole = olefile.OleFileIO(str(p))
            try:
                return ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage")
            finally:
                ole.close()
        except Exception:  # noqa: BLE001
            return False


def _open_workbook(p: Path, kind: str):  # -> python_calamine.CalamineWorkbook
    import python_calamine as pc

    if kind == "ole" and _is_encrypted_ole(p):
        raise InputError(_encrypted(p))
    if kind == "zip":
        try:
            with zipfile.ZipFile(p) as zf:
                names = set(zf.namelist())
                if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED_BYTES:
                    raise InputError(
                        f"Tệp {shown(p.name)} khi giải nén lớn hơn {MAX_UNPACKED_BYTES // 2**20} MB "
                        "(quá lớn, có thể là tệp độc hại «bom nén»); không nhập"
                    )
                bad = zf.testzip()
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - BadZipFile, zlib.error, RuntimeError
            # (an "encrypted" flag bit), NotImplementedError (unknown compression), …
            raise InputError(_corrupt(p)) from exc
        if bad is not None:
            raise InputError(_corrupt(p))
        if not ("xl/workbook.xml" in names or "xl/workbook.bin" in names or "content.xml" in names):
            if "word/document.xml" in names:
                raise InputError(f"Tệp {shown(p.name)} là văn bản Word, không phải bảng tính")
            raise InputError(_not_spreadsheet(p))
        if "xl/workbook.bin" in names:
            raise InputError(
                f"Tệp {shown(p.name)} ở dạng .xlsb chưa được hỗ trợ; hãy lưu lại dạng .xlsx"
            )
    try:
        if _suffix_matches(p, kind):
            return pc.CalamineWorkbook.from_path(str(p))
        with p.open("rb") as fh:  # calamine picks the reader from the content
            return pc.CalamineWorkbook.from_filelike(fh)
    except pc.PasswordError as exc:
        raise InputError(_encrypted(p)) from exc
    except Exception as exc:  # noqa: BLE001 - CalamineError, ZipError, XmlError, OSError …
        text = str(exc).lower()
        if "password" in text or "encrypt" in text:
            raise InputError(_encrypted(p)) from exc
        raise InputError(_corrupt(p)) from exc


def _suffix_matches(p: Path, kind: str) -> bool:
    suffix = p.suffix.lower()
    return (kind == "ole" and suffix == ".xls") or (
        kind == "zip" and suffix in (".xlsx", ".xlsm", ".ods"))


def _worksheet_names(wb) -> list[str]:
    try:
        return [m.name for m in wb.sheets_metadata if str(m.typ).endswith("WorkSheet")]
    except Exception:  # noqa: BLE001 - older calamine without metadata types
        return list(wb.sheet_names)


def _hidden_names(wb) -> set[str]:
    try:
        return {m.name for m in wb.sheets_metadata if not str(m.visible).endswith("Visible")}
    except Exception:  # noqa: BLE001
        return set()


def _match_sheet_name(wanted: str, names: list[str], p: Path) -> str:
    if wanted in names:
        return wanted
    norm = unicodedata.normalize("NFC", wanted).strip().casefold()
    for name in names:
        if unicodedata.normalize("NFC", name).strip().casefold() == norm:
            return name
    listed = ", ".join(f'"{shown(n, 40)}"' for n in names[:20]) + (" …" if len(names) > 20 else "")
    raise InputError(f'Tệp {shown(p.name)} không có trang "{shown(wanted, 60)}"; các trang có: {listed}')


# ---------------------------------------------------------------- values

def _cell(v: object) -> Cell:
    if v is None or v == "":
        return None
    if isinstance(v, str):
        if v.isascii():
            return v
        return unicodedata.normalize("NFC", v)
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return int(v)
        return v
    if isinstance(v, dt.timedelta):  # a time-only cell
        return str(v)
    if isinstance(v, dt.time):
        return v.isoformat()
    return v  # int, date, datetime


def _trim(rows: list[list[object]]) -> list[list[object]]:
    """Drop trailing empty rows (calamine pads to the used range)."""
    end = len(rows)
    while end and all(v is None or v == "" for v in rows[end - 1]):
        end -= 1
    return rows[:end]


# ---------------------------------------------------------------- CSV

def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with or without BOM, else Windows-1258 (the
    Vietnamese ANSI code page, whose tone marks are combining characters: NFC puts them
    back together)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    utf16 = _utf16_kind(data[:4096])
    if utf16 is not None:
        return data.decode(utf16, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # a text typed with a TCVN3/VNI font was saved as Windows-1252 bytes: keep those
    # characters as they are, so that the legacy converter recognises them
    from eidroster.io.legacy import detect_legacy, odd_characters, to_unicode

    vietnamese = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    latin = data.decode("cp1252", errors="replace")
    lines = latin.splitlines()[:2000]
    kind = detect_legacy(lines)
    if kind is not None:
        converted = "\n".join(to_unicode(line, kind) for line in lines)
        # Windows-1258 Vietnamese has (almost) no odd characters; legacy bytes read as
        # Windows-1258 are full of them (µ, ¸, ø …) and read cleanly once converted
        if odd_characters(converted) < odd_characters("\n".join(vietnamese.splitlines()[:2000])):
            return latin
    return vietnamese


def _read_csv(p: Path) -> list[list[Cell]]:
    from eidroster.io.files import LIMIT_SPREADSHEET, read_input

    data = read_input(p, "tệp bảng tính", LIMIT_SPREADSHEET)
    text = decode_text(data)
    if not text.strip():
        raise InputError(f"Tệp {shown(p.name)} trống, không có dữ liệu để nhập")
    if text.count("\n") > MAX_ROWS + 50:
        raise InputError(_too_many_rows(p))
    delimiter = _sniff_delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_CELL))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[Cell]] = []
    line = 0  # the last line of the record read before
    try:
        for row in reader:
            rows.append([_csv_cell(v) for v in row])
            line = reader.line_num
    except csv.Error as exc:
        # strict mode: a quote left open swallows every later row, and text after a
        # closing quote is a broken cell; either way the file is refused, never truncated
        if "end of data" in str(exc) or "unexpected end" in str(exc):
            where = line + 1
            what = 'dấu ngoặc kép (") mở ở dòng này không được đóng'
        else:
            where = reader.line_num
            what = "sau dấu ngoặc kép đóng phải là dấu phân cách hoặc hết dòng"
        raise InputError(
            f"Tệp CSV {shown(p.name)} bị lỗi định dạng ở dòng {where}: {what}; hãy sửa "
            "dòng đó (hoặc mở bằng Excel và lưu lại) rồi nhập lại"
        ) from exc
    return _trim(rows)


def _sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    best, best_score = ",", -1
    for delim in (",", ";", "\t"):
        counts = [ln.count(delim) for ln in lines]
        if not counts or max(counts) == 0:
            continue
        # the delimiter that splits most lines into the most common number of fields
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * 1000 + common
        if common and score > best_score:
            best, best_score = delim, score
    return best


def _csv_cell(v: str) -> Cell:
    v = unicodedata.normalize("NFC", v).strip()
    if not v:
        return None
    if _CSV_INT.match(v):
        return int(v)
    return v
