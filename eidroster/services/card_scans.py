"""A text file of chip-card QR scans (one scan a line, what scanner apps save) read as a
table for the ordinary importer: number, name, birth date and gender of each card, the
line number as the row number, a damaged scan as a rejected row saying what is wrong.

Nothing else of a scan is kept (not the address, not the issue date, not the old CMND),
and the scanned text itself is never stored, shown or logged: only the fields read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from eidroster.db.models import Employee
from eidroster.domain.chip_qr import QrReading, looks_like_card_qr, read_card_qr
from eidroster.domain.errors import InputError
from eidroster.domain.text import fold
from eidroster.io.spreadsheet import MAX_ROWS, Sheet, decode_text
from eidroster.services.database import Database
from eidroster.services.importer import Column, Field, LoadedTable, RowIssue, TableLayout
from eidroster.services.importer.parse import ERROR, REPAIR

SCAN_SUFFIXES = (".txt",)
SHEET_NAME = "Mã QR thẻ căn cước"
#: a file of scans is small; anything bigger is not one
MAX_BYTES = 64 * 1024 * 1024
_COLUMNS = (
    Column(0, "Số định danh", Field.ID_NUMBER),
    Column(1, "Họ và tên", Field.FULL_NAME),
    Column(2, "Ngày sinh", Field.BIRTH_DATE),
    Column(3, "Giới tính", Field.GENDER),
)


def is_scan_file(path: str | Path) -> bool:
    """A .txt file of scans, not a table saved as text (Excel's "Unicode Text" is a .txt of
    tab-separated cells): some line has a card code's shape, or the first line is not a
    table's (no tab; commas or semicolons only beside a scan's '|')."""
    p = Path(path)
    if p.suffix.lower() not in SCAN_SUFFIXES:
        return False
    try:
        lines = [line for line in read_lines(p) if line.strip()]
    except InputError:
        return True  # the scan reader says what is wrong with the file
    if any(looks_like_card_qr(line) for line in lines[:200]):
        return True
    first = lines[0] if lines else ""
    return "\t" not in first and ("|" in first or not any(c in first for c in ",;"))


def read_lines(path: Path) -> list[str]:
    from eidroster.io.files import read_input

    data = read_input(path, "tệp mã QR đã quét", MAX_BYTES)  # never a pipe or a folder
    lines = decode_text(data).splitlines()
    if len(lines) > MAX_ROWS:
        raise InputError(f"Tệp {path.name} có quá nhiều dòng để là một tệp mã QR đã quét")
    return lines


def load_scans(db: Database, path: str | Path, today: dt.date | None = None) -> LoadedTable:
    """The scans of ``path`` as a table. Raises InputError when no line is a scan."""
    p = Path(path)
    lines = read_lines(p)
    if not any(looks_like_card_qr(line) for line in lines):
        raise InputError(
            f"Tệp {p.name} không có dòng nào là mã QR của thẻ căn cước (mỗi dòng một lần "
            "quét: số định danh|số CMND|họ và tên|ngày sinh|giới tính|nơi thường trú|ngày cấp)")
    readings = [read_card_qr(line, today) if line.strip() else None for line in lines]
    del lines  # the scanned text goes no further than this function
    stored = _stored_names(db, [r.scan.id_number for r in readings
                                if r is not None and r.number is not None])
    rows: list[list] = []
    notes: dict[int, tuple[tuple[str, str], ...]] = {}
    warnings: list[RowIssue] = []
    seen: dict[tuple, int] = {}
    for index, reading in enumerate(readings):
        if reading is None:
            rows.append([None] * len(_COLUMNS))
            continue
        cells, row_notes = _row(reading, stored)
        same = seen.setdefault(tuple(cells), index) if reading.ok else index
        if same != index:  # the same card scanned twice: once is enough
            warnings.append(RowIssue(index + 1, "", (
                f"Cùng thẻ với dòng {same + 1} (quét hai lần): đã bỏ qua dòng này")))
            rows.append([None] * len(_COLUMNS))
            continue
        rows.append(cells)
        if row_notes:
            notes[index] = row_notes
    layout = TableLayout(SHEET_NAME, (), 0, len(rows), _COLUMNS,
                         mapping={c.field: c.index for c in _COLUMNS})
    return LoadedTable(p, Sheet(SHEET_NAME, rows), layout, (SHEET_NAME,), None,
                       tuple(warnings), row_notes=notes)


def _row(reading: QrReading, stored: dict[str, tuple[str, str]]) -> tuple[list, tuple]:
    """The cells of one scan and what its row must say."""
    notes = [(ERROR, message) for message in reading.messages()]
    scan = reading.scan
    if scan is None:
        return [None] * len(_COLUMNS), tuple(notes)
    name = scan.full_name or None
    known = stored.get(scan.id_number or "")
    for note in reading.notes:
        if "không có dấu" in note and known is not None and known[1] == scan.name_key:
            # the roster has this person's name with its marks: keep it
            name = known[0]
            notes.append((REPAIR, "Họ tên trên mã quét không có dấu: giữ họ tên đã có trong "
                                  "danh sách"))
        else:
            notes.append((REPAIR, note))
    gender = {"M": "Nam", "F": "Nữ"}.get(scan.gender or "")
    return [reading.number, name, scan.birth_date, gender], tuple(notes)


def _stored_names(db: Database, numbers: list[str]) -> dict[str, tuple[str, str]]:
    """number -> (full name as stored, its accent-free key) for the people already in
    the roster."""
    e = Employee.__table__
    out: dict[str, tuple[str, str]] = {}
    with db.read() as s:
        for start in range(0, len(numbers), 500):
            q = sa.select(e.c.id_number, e.c.ho, e.c.dem, e.c.ten, e.c.search_key).where(
                e.c.id_number.in_(numbers[start:start + 500]))
            for number, ho, dem, ten, key in s.execute(q):
                full = " ".join(p for p in (ho, dem, ten) if p)
                out[number] = (full, key or fold(full))
    return out
