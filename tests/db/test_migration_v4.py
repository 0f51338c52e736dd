"""Schema v4 (the day a department entered the catalogue): a version-3 database keeps
every report as it was, empty active departments included; a department made after a
date never shows in that date's report."""

import datetime as dt
import shutil
from pathlib import Path

from eidroster.db import migrations
from eidroster.services import departments
from eidroster.services.database import open_database
from eidroster.services.summary import summary

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v3.sqlite"


def rows(db, day):
    return [(d.name, d.counts.total, d.counts.with_reason) for d in summary(db, day).departments]


def test_v3_reports_keep_their_rows(tmp_path):
    path = tmp_path / "v3.sqlite"
    shutil.copy(FIXTURE, path)
    db = open_database(path)
    try:
        assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION
        assert rows(db, dt.date(2025, 2, 1)) == [("Khoa Nội", 2, 1), ("Khoa Ngoại", 0, 0),
                                                ("Phòng Trống", 0, 0)]
        assert rows(db, dt.date(2025, 7, 1)) == [("Khoa Nội", 0, 0), ("Khoa Ngoại", 1, 0),
                                                ("Phòng Trống", 0, 0)]
        # a department made today is not an empty row of an earlier report
        with db.write() as s:
            departments.ensure_department_in(s, "Khoa Mới")
        assert [n for n, _, _ in rows(db, dt.date(2025, 7, 1))] == [
            "Khoa Nội", "Khoa Ngoại", "Phòng Trống"]
        assert "Khoa Mới" in [n for n, _, _ in rows(db, dt.date.today())]
    finally:
        db.close()
