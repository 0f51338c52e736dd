"""Which reader a file to import needs: a spreadsheet (the importer's own reader), a text
file of chip-card QR scans, or departments' returned fill-in forms (one or several at
once). Every one of them gives a :class:`LoadedTable` that the ordinary import previews,
checks, dates and applies in one transaction."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from eidroster.domain.errors import InputError
from eidroster.services.database import Database
from eidroster.services.importer import LoadedTable, load_table

PathLike = str | os.PathLike[str]
#: the database, or a function that opens it (the command line opens it only when the
#: file's reader needs it, so a bad spreadsheet is refused before the database opens)
DatabaseSource = Database | Callable[[], Database]


def _database(source: DatabaseSource) -> Database:
    return source if isinstance(source, Database) else source()


def open_list(source: DatabaseSource, paths: PathLike | Sequence[PathLike],
              sheet: str | None = None) -> LoadedTable:
    """Read ``paths`` (one file, or several returned forms) for the import. Raises
    InputError with a Vietnamese message when the file(s) cannot be imported."""
    from eidroster.services import card_scans, forms_return

    files = [Path(paths)] if isinstance(paths, str | os.PathLike) else [Path(p) for p in paths]
    if not files:
        raise InputError("Chưa chọn tệp nào để nhập")
    if len(files) == 1 and card_scans.is_scan_file(files[0]):
        return card_scans.load_scans(_database(source), files[0])
    if any(forms_return.is_form(p) for p in files):
        return forms_return.load_forms(_database(source), files)
    if len(files) > 1:
        raise InputError("Chỉ nhập nhiều tệp một lần được với các phiếu khoa/phòng nộp lại "
                         "(phiếu do eidroster phát ra)")
    return load_table(files[0], sheet)
