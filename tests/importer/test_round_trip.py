"""Round trip: the Phụ lục IV list exported by the reports imports back to the same data."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.services.database import open_database
from eidroster.services.importer import load_table, run_import
from eidroster.services.roster import list_roster


def test_phu_luc_iv_export_imports_back_to_the_same_data(tmp_path, demo_db):
    exports = pytest.importorskip("eidroster.reports.exports")
    from eidroster.services.report_inputs import set_example_unit_details
    from eidroster.services.summary import not_level2_people

    set_example_unit_details(demo_db)  # reports are refused until the unit's details are set
    today = dt.date.today()
    out = tmp_path / "phu-luc-iv.xlsx"
    exports.export_phu_luc_iv(demo_db, out, today)
    pending = {p.employee_id for p in not_level2_people(demo_db, today)}
    source = {r.id_number: r for r in list_roster(demo_db) if r.id in pending}
    assert len(source) > 20

    # into the same database: every row is recognised and nothing changes
    again = run_import(demo_db, load_table(out))
    assert (again.rows_read, again.added, again.updated, again.rejected) == (len(source), 0, 0, [])

    # into an empty database: the same people, departments, statuses, reasons, notes
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        result = run_import(fresh, load_table(out))
        assert (result.added, result.rejected) == (len(source), [])
        got = {r.id_number: r for r in list_roster(fresh)}
    finally:
        fresh.close()
    assert set(got) == set(source)
    for key, a in source.items():
        b = got[key]
        assert (b.ho, b.dem, b.ten, b.birth_date, b.department, b.status, b.reason, b.justified,
                b.note) == (a.ho, a.dem, a.ten, a.birth_date, a.department, a.status, a.reason,
                            a.justified, a.note), key[:3]
