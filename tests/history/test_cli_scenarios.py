"""Issue 13, as a user runs it: imports and edits never change a report for an earlier
date. Each scenario reads ``summary --as-of`` for past dates before and after, through the
real command line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from eidroster.domain.statuses import Status
from eidroster.services import employment, roster
from eidroster.services.database import open_database
from tests.importer.corpus import dmy, people, write_xlsx

TODAY = dt.date.today()
LAST_MONTH = TODAY - dt.timedelta(days=30)
HEADER = ["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng", "Lý do"]


def summary(run_cli, db_path, day: dt.date) -> dict:
    proc = run_cli("--db", db_path, "summary", "--as-of", day.isoformat(), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    return {k: v for k, v in out.items() if k not in ("as_of", "departments")}


def imported(run_cli, db_path, path, *extra) -> dict:
    proc = run_cli("--db", db_path, "import", path, "--json", *extra)
    assert proc.returncode in (0, 3), proc.stderr
    return json.loads(proc.stdout)


def by_dept(run_cli, db_path, day: dt.date) -> dict[str, int]:
    proc = run_cli("--db", db_path, "summary", "--as-of", day.isoformat(), "--json")
    assert proc.returncode == 0, proc.stderr
    return {d["name"]: d["total"] for d in json.loads(proc.stdout)["departments"] if d["total"]}


def rows(ps, status="Đã nộp hồ sơ", reason=None, title=None):
    head = [[title]] if title else []
    return head + [HEADER] + [[i + 1, p.full_name, dmy(p.birth), p.cccd, p.dept, status, reason]
                              for i, p in enumerate(ps)]


def test_new_hires_do_not_change_last_months_report(tmp_path, db_path, run_cli):
    ps = people(22, seed=131)
    first = write_xlsx(tmp_path / "first.xlsx", rows(ps[:19]),)
    out = imported(run_cli, db_path, first, "--as-of", (LAST_MONTH - dt.timedelta(days=5)).isoformat())
    assert out["added"] == 19
    before = summary(run_cli, db_path, LAST_MONTH)
    assert (before["total"], before["none"]) == (19, 19)
    # three new hires arrive in today's list (no start date): they start today
    hires = write_xlsx(tmp_path / "hires.xlsx", rows(ps))
    assert imported(run_cli, db_path, hires)["added"] == 3
    assert summary(run_cli, db_path, LAST_MONTH) == before
    assert summary(run_cli, db_path, TODAY)["total"] == 22


def test_stale_list_never_overrides_a_later_change(tmp_path, db_path, run_cli):
    ps = people(4, seed=132)
    week_ago = TODAY - dt.timedelta(days=7)
    title = f"DANH SÁCH ĐỊNH DANH ĐIỆN TỬ (Tính đến ngày {dmy(week_ago)})"
    last_week = write_xlsx(tmp_path / "last_week.xlsx", rows(ps, "Đã nộp hồ sơ", title=title))
    out = imported(run_cli, db_path, last_week)
    assert (out["added"], out["as_of"], out["as_of_source"]) == (4, week_ago.isoformat(), "title")
    today_list = write_xlsx(tmp_path / "today.xlsx", rows(ps[:3], "Mức 2"))
    assert imported(run_cli, db_path, today_list)["updated"] == 3
    after_today = summary(run_cli, db_path, TODAY)
    assert after_today["level2"] == 3
    # last week's list again: its rows are dated last week and were true then
    again = imported(run_cli, db_path, last_week)
    assert (again["updated"], again["unchanged"], again["skipped"]) == (0, 4, [])
    assert summary(run_cli, db_path, TODAY) == after_today
    # the same file with its title cut (so it looks like today's list): a downgrade
    untitled = write_xlsx(tmp_path / "untitled.xlsx", rows(ps, "Đã nộp hồ sơ"))
    out = imported(run_cli, db_path, untitled)
    assert out["updated"] == 0 and len(out["skipped"]) == 3
    assert all("lùi bước" in s["message"] and s["row"] in (2, 3, 4) for s in out["skipped"])
    assert summary(run_cli, db_path, TODAY) == after_today


def test_downgrade_needs_allow_downgrade(tmp_path, db_path, run_cli):
    ps = people(3, seed=133)
    imported(run_cli, db_path, write_xlsx(tmp_path / "l2.xlsx", rows(ps, "Mức 2")),
             "--as-of", LAST_MONTH.isoformat())
    back = write_xlsx(tmp_path / "back.xlsx", rows(ps[:1], "Chưa đăng ký"))
    proc = run_cli("--db", db_path, "import", back, "--json")
    assert proc.returncode == 3  # not every row went in
    out = json.loads(proc.stdout)
    assert out["skipped"] == [{"row": 2, "column": "F (Tình trạng)", "message": out["skipped"][0]
                               ["message"]}]
    assert "Đã kích hoạt mức 2" in out["skipped"][0]["message"]
    assert summary(run_cli, db_path, TODAY)["level2"] == 3
    forced = imported(run_cli, db_path, back, "--allow-downgrade")
    assert (forced["updated"], forced["skipped"]) == (1, [])
    assert summary(run_cli, db_path, TODAY)["level2"] == 2
    assert summary(run_cli, db_path, LAST_MONTH)["level2"] == 3  # the past stays


def test_row_dates_go_into_the_history_at_their_dates(tmp_path, db_path, run_cli):
    ps = people(3, seed=134)
    d1, d2 = TODAY - dt.timedelta(days=40), TODAY - dt.timedelta(days=20)
    table = [["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Ngày vào làm",
              "Tình trạng", "Ngày kích hoạt"]]
    start = TODAY - dt.timedelta(days=400)
    table += [[1, ps[0].full_name, dmy(ps[0].birth), ps[0].cccd, ps[0].dept, dmy(start),
               "Mức 2", dmy(d1)],
              [2, ps[1].full_name, dmy(ps[1].birth), ps[1].cccd, ps[1].dept, dmy(start),
               "Mức 2", dmy(d2)],
              [3, ps[2].full_name, dmy(ps[2].birth), ps[2].cccd, ps[2].dept, dmy(start),
               "Chưa đăng ký", None]]
    out = imported(run_cli, db_path, write_xlsx(tmp_path / "dated.xlsx", table))
    assert out["added"] == 3
    assert summary(run_cli, db_path, d1 - dt.timedelta(days=1))["level2"] == 0
    assert summary(run_cli, db_path, d1 - dt.timedelta(days=1))["total"] == 3  # started long ago
    assert summary(run_cli, db_path, d1)["level2"] == 1
    assert summary(run_cli, db_path, d2)["level2"] == 2
    db = open_database(db_path)
    try:
        hist = roster.history(db, roster.list_roster(db)[0].id)
        assert {h.effective_date for h in hist} <= {d1, d2, TODAY}
    finally:
        db.close()


def test_blank_reason_keeps_the_reason(tmp_path, db_path, run_cli):
    ps = people(2, seed=135)
    imported(run_cli, db_path, write_xlsx(tmp_path / "a.xlsx", rows(ps, "Chưa đăng ký",
                                                                     "Nghỉ thai sản")),
             "--as-of", LAST_MONTH.isoformat())
    assert summary(run_cli, db_path, TODAY)["with_reason"] == 2
    out = imported(run_cli, db_path, write_xlsx(tmp_path / "b.xlsx", rows(ps, "Đã nộp hồ sơ")))
    assert out["updated"] == 2
    db = open_database(db_path)
    try:
        assert {(r.status, r.reason, r.justified) for r in roster.list_roster(db)} == {
            (Status.SUBMITTED, "Nghỉ thai sản", True)}
    finally:
        db.close()
    assert summary(run_cli, db_path, TODAY)["with_reason"] == 2


def test_transfer_keeps_past_reports_by_department(tmp_path, db_path, run_cli):
    ps = [dataclasses.replace(p, dept="Khoa Nội") for p in people(4, seed=136)]
    imported(run_cli, db_path, write_xlsx(tmp_path / "a.xlsx", rows(ps)),
             "--as-of", LAST_MONTH.isoformat())

    before = by_dept(run_cli, db_path, LAST_MONTH)
    assert before == {"Khoa Nội": 4}
    db = open_database(db_path)
    try:
        moving = {ps[0].cccd, ps[1].cccd}
        ids = [r.id for r in roster.list_roster(db) if r.id_number in moving]
        employment.move_employees(db, ids, "Khoa Ngoại", TODAY - dt.timedelta(days=10))
    finally:
        db.close()
    assert by_dept(run_cli, db_path, LAST_MONTH) == before
    assert by_dept(run_cli, db_path, TODAY) == {"Khoa Nội": 2, "Khoa Ngoại": 2}
    # a list from before the move does not move them back
    old = write_xlsx(tmp_path / "old.xlsx", rows(ps, title=f"Tính đến ngày {dmy(LAST_MONTH)}"))
    out = imported(run_cli, db_path, old)
    assert out["updated"] == 0
    assert by_dept(run_cli, db_path, TODAY) == {"Khoa Nội": 2, "Khoa Ngoại": 2}
    # a department spelt another way is the same department
    spelt = [[HEADER[0], HEADER[1], HEADER[2], HEADER[3], HEADER[4], HEADER[5]]] + [
        [1, p.full_name, dmy(p.birth), p.cccd, "K. Noi", "Đã nộp hồ sơ"] for p in ps[2:]]
    out = imported(run_cli, db_path, write_xlsx(tmp_path / "spelt.xlsx", spelt))
    assert (out["unchanged"], out["new_departments"]) == (2, [])


def test_transfer_and_leave_by_import(tmp_path, db_path, run_cli):
    ps = [dataclasses.replace(p, dept="Khoa Nội") for p in people(5, seed=137)]
    imported(run_cli, db_path, write_xlsx(tmp_path / "a.xlsx", rows(ps)),
             "--as-of", LAST_MONTH.isoformat())

    before = by_dept(run_cli, db_path, LAST_MONTH)
    left_on = TODAY - dt.timedelta(days=3)
    table = [["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Ngày nghỉ việc"]]
    table += [[1, ps[0].full_name, dmy(ps[0].birth), ps[0].cccd, "Khoa Ngoại", None],
              [2, ps[1].full_name, dmy(ps[1].birth), ps[1].cccd, "Khoa Nội", dmy(left_on)]]
    out = imported(run_cli, db_path, write_xlsx(tmp_path / "b.xlsx", table))
    assert out["updated"] == 2
    assert by_dept(run_cli, db_path, LAST_MONTH) == before == {"Khoa Nội": 5}
    assert by_dept(run_cli, db_path, left_on - dt.timedelta(days=1)) == {"Khoa Nội": 5}
    assert by_dept(run_cli, db_path, TODAY) == {"Khoa Nội": 3, "Khoa Ngoại": 1}


def test_people_below_a_total_row_are_reported_not_dropped_silently(tmp_path, db_path, run_cli):
    ps = people(5, seed=138)
    table = rows(ps[:3])[:]
    table.append([None, "Tổng cộng", None, None, None, 3])
    table.append([4, ps[3].full_name, dmy(ps[3].birth), ps[3].cccd, ps[3].dept, "Mức 2"])
    table.append([5, ps[4].full_name, dmy(ps[4].birth), ps[4].cccd, ps[4].dept, "Mức 2"])
    out = imported(run_cli, db_path, write_xlsx(tmp_path / "two.xlsx", table))
    assert out["added"] == 3
    notes = [w["message"] for w in out["warnings"] if w["row"] is None]
    assert any("Bảng kết thúc ở dòng 5" in m and "2 dòng" in m and "dòng 6, 7" in m
               for m in notes), notes
