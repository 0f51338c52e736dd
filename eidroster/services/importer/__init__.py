"""Importing the unit's existing lists (issue 4).

Steps, each usable alone (the wizard shows the result of each):

1. :func:`load_table` — read the file (:mod:`eidroster.io.spreadsheet`), convert legacy
   TCVN3/VNI text, choose the sheet (the first with a recognisable header unless one is
   named) and find the table (:mod:`.table`): a :class:`LoadedTable` with its
   :class:`TableLayout` (field -> column, changeable with ``with_mapping``).
2. :func:`preview_import` — parse every row (:mod:`.parse`, :mod:`.values`) and plan the
   merge against the database (:mod:`.plan`): an :class:`ImportPlan` (add / update /
   unchanged / reject per row, with messages).
3. :func:`run_import` — the same plan recomputed and applied inside ONE write transaction
   with an audit event; ``dry_run`` and ``strict`` change nothing.
4. :func:`revert_import` / :func:`reapply_import` — undo and redo by batch id.
"""

from __future__ import annotations

import datetime as dt
import os

from eidroster.services.importer.apply import (
    ImportCancelled,
    ImportResult,
    import_date,
    preview_import,
    run_import,
)
from eidroster.services.importer.fields import FIELD_LABEL_VI, Field, column_letter
from eidroster.services.importer.parse import LoadedTable, ParsedRow, RowIssue, load_table
from eidroster.services.importer.plan import ImportPlan
from eidroster.services.importer.rows import (
    ADD,
    CONFLICT,
    REJECT,
    SKIP,
    UNCHANGED,
    UPDATE,
    FieldChange,
    RowPlan,
)
from eidroster.services.importer.table import Column, TableLayout
from eidroster.services.importer.undo import reapply_import, revert_import


def import_file(
    db,
    path: str | os.PathLike[str],
    sheet: str | None = None,
    *,
    dry_run: bool = False,
    strict: bool = False,
    effective_date: dt.date | None = None,
    allow_downgrade: bool = False,
    department_map: dict[str, str] | None = None,
) -> ImportResult:
    """Load and import a file in one call (the command line)."""
    return run_import(db, load_table(path, sheet), dry_run=dry_run, strict=strict,
                      effective_date=effective_date, allow_downgrade=allow_downgrade,
                      department_map=department_map)


__all__ = [
    "ADD", "CONFLICT", "FIELD_LABEL_VI", "REJECT", "SKIP", "UNCHANGED", "UPDATE", "Column",
    "Field", "FieldChange", "ImportCancelled", "ImportPlan", "ImportResult", "LoadedTable",
    "ParsedRow", "RowIssue", "RowPlan", "TableLayout", "column_letter", "import_date",
    "import_file", "load_table", "preview_import", "reapply_import", "revert_import",
    "run_import",
]
