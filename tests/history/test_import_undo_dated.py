"""Undo and redo of an import that moves people, records leaves and corrects start dates:
undo gives back exactly the reports of every date, redo exactly the imported ones."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eidroster.services import roster
from eidroster.services.importer import load_table, reapply_import, revert_import, run_import
from eidroster.services.summary import summary
from tests.importer.corpus import dmy, people, write_xlsx

TODAY = dt.date.today()
DAYS = [TODAY - dt.timedelta(days=d) for d in (400, 200, 60, 30, 10, 3, 0)]


def state(db):
    reports = {d: summary(db, d).as_dict() for d in DAYS}
    rows = sorted((r.id, r.full_name, r.department, r.start_date, r.leave_date, r.status,
                   r.reason, r.justified) for r in roster.list_roster(db))
    return reports, rows


def test_undo_and_redo_of_an_import_with_dates(tmp_path, db):
    ps = [dataclasses.replace(p, dept="Khoa Nội") for p in people(6, seed=140)]
    first = [["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Ngày vào làm",
              "Tình trạng", "Lý do"]]
    first += [[i, p.full_name, dmy(p.birth), p.cccd, p.dept, dmy(TODAY - dt.timedelta(days=300)),
               "Chưa đăng ký", "Nghỉ thai sản"] for i, p in enumerate(ps, start=1)]
    run_import(db, load_table(write_xlsx(tmp_path / "a.xlsx", first)),
               effective_date=TODAY - dt.timedelta(days=90))
    before = state(db)
    second = [["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Ngày vào làm",
               "Ngày nghỉ việc", "Tình trạng", "Ngày kích hoạt"]]
    second += [
        [1, ps[0].full_name, dmy(ps[0].birth), ps[0].cccd, "Khoa Ngoại", None, None, "Mức 2",
         dmy(TODAY - dt.timedelta(days=20))],
        [2, ps[1].full_name, dmy(ps[1].birth), ps[1].cccd, "Khoa Nội", None,
         dmy(TODAY - dt.timedelta(days=5)), None, None],
        [3, ps[2].full_name, dmy(ps[2].birth), ps[2].cccd, "Khoa Nội",
         dmy(TODAY - dt.timedelta(days=500)), None, "Mức 1", None],
        [4, "Mẫu Thị Mới", "01/02/1990", None, "Khoa Sản", None, None, "Đã nộp hồ sơ", None],
    ]
    result = run_import(db, load_table(write_xlsx(tmp_path / "b.xlsx", second)),
                        effective_date=TODAY - dt.timedelta(days=15))
    assert (result.added, result.updated, result.rejected) == (1, 3, [])
    after = state(db)
    assert after != before
    # reports before the import's dates are unchanged (200 and 60 days ago) ...
    assert after[0][DAYS[1]] == before[0][DAYS[1]] and after[0][DAYS[2]] == before[0][DAYS[2]]
    # ... except where the file itself moved a start date earlier (person 3: 500 days ago)
    assert after[0][DAYS[0]]["total"] == before[0][DAYS[0]]["total"] + 1
    revert_import(db, result.batch_id)
    assert state(db) == before
    reapply_import(db, result.batch_id)
    redone = state(db)
    assert redone[0] == after[0]
    assert [r[1:] for r in redone[1]] == [r[1:] for r in after[1]]
