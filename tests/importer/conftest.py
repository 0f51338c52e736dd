from __future__ import annotations

import datetime as dt

import pytest

IMPORT_DAY = dt.date(2024, 1, 5)


@pytest.fixture
def do_import(db):
    """Import a file in-process on the test database; returns the ImportResult."""
    from eidroster.services.importer import load_table, run_import

    def run(path, sheet=None, **kw):
        kw.setdefault("effective_date", IMPORT_DAY)
        return run_import(db, load_table(path, sheet), **kw)

    return run


@pytest.fixture
def roster(db):
    """{cccd or full name: RosterRow} of the test database."""
    from eidroster.services.roster import list_roster

    def get():
        return {r.id_number or r.full_name: r for r in list_roster(db)}

    return get
