"""Which reports already sent a back-dated change alters (issue 13, point 8)."""

from __future__ import annotations

import datetime as dt

from eidroster.domain.employee import StatusInput
from eidroster.domain.statuses import Status
from eidroster.reports.exports import export_phu_luc_iii
from eidroster.services import employment, reported, roster
from eidroster.services.settings import set_settings

TODAY = dt.date.today()


def unit(db):
    set_settings(db, {"unit_name": "Bệnh viện Thử nghiệm", "parent_agency": "Sở Y tế Mẫu",
                      "place_name": "Phường Mẫu", "signer_title": "GIÁM ĐỐC",
                      "signer_name": "Nguyễn Văn Mẫu"})


def test_a_back_dated_change_names_the_reported_dates_it_alters(demo_db, tmp_path):
    unit(demo_db)
    early, late = TODAY - dt.timedelta(days=20), TODAY - dt.timedelta(days=5)
    for day in (early, late):
        export_phu_luc_iii(demo_db, tmp_path / f"pl3-{day:%d%m}.xlsx", day)
    changed_on = TODAY - dt.timedelta(days=10)
    person = next(r for r in roster.list_roster(demo_db)  # not at mức 2, nothing later
                  if r.active_on(early) and r.status is not Status.LEVEL2
                  and r.leave_date is None and r.updated and r.updated <= changed_on)
    before = reported.snapshot(demo_db, changed_on)
    assert list(before) == [late]  # the report of 20 days ago cannot change
    roster.set_status(demo_db, [person.id], StatusInput(Status.LEVEL2, changed_on))
    [change] = reported.altered(demo_db, before)
    assert change.as_of == late and change.file == f"pl3-{late:%d%m}.xlsx"
    assert any("mức 2" in line for line in change.lines)
    # a change of today alters nothing already sent before today
    today = reported.snapshot(demo_db, TODAY)
    assert today == {}
    employment.mark_left(demo_db, [person.id], TODAY)
    assert reported.altered(demo_db, today) == []
