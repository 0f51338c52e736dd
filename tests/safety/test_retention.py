"""The retention rule (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): on by default, leavers'
personal fields purged 24 months after their latest leave, every past report unchanged."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from eidroster.db.models import AuditEvent, Employee, Setting
from eidroster.domain.retention import RetentionRule, months_before
from eidroster.domain.text import join_name
from eidroster.services import roster
from eidroster.services.audit import list_events
from eidroster.services.demo import generate
from eidroster.services.employment import mark_left, mark_returned
from eidroster.services.retention import (
    CHECKED_KEY,
    leavers_due,
    purge_if_due,
    purge_leavers,
    retention_rule,
)
from eidroster.services.settings import get_settings, set_setting
from eidroster.services.summary import not_level2_people, summary

CAMPAIGN = dt.date(2023, 9, 1)  # the demo's history ends here (six weeks of changes)
TODAY = dt.date(2026, 11, 20)


def _every(start: dt.date, end: dt.date, step: int) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range(0, (end - start).days + 1, step)]


@pytest.fixture
def history_db(db):
    """300 generated people whose campaign was in 2023, leavers at known dates: long ago
    (purged), recently (kept), and one who left and came back (not a leaver)."""
    generate(db, 300, seed=11, today=CAMPAIGN)
    active = [r for r in roster.list_roster(db) if r.leave_date is None]
    long_ago, recent, back = active[:30], active[30:40], active[40]
    mark_left(db, [r.id for r in long_ago[:15]], dt.date(2024, 1, 15))
    mark_left(db, [r.id for r in long_ago[15:]], months_before(TODAY, 24))  # exactly 24 months
    mark_left(db, [r.id for r in recent], dt.date(2025, 6, 1))
    mark_left(db, [back.id], dt.date(2023, 12, 1))
    mark_returned(db, [back.id], dt.date(2024, 2, 1))
    return db, [r.id for r in long_ago], [r.id for r in recent], back.id


def test_the_rule_is_on_by_default_at_24_months(db):
    values = get_settings(db)
    assert values["retention_months"] == "24" and values["retention_days"] == "0"
    rule = retention_rule(db)
    assert rule == RetentionRule(24, 0) and rule.active and rule.text() == "24 tháng"
    assert rule.cutoff(dt.date(2026, 3, 31)) == dt.date(2024, 3, 31)


def test_months_are_calendar_months():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)
    assert months_before(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)
    assert months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


def test_days_override_and_zero_months_turns_it_off(db):
    set_setting(db, "retention_days", "90")
    assert retention_rule(db).cutoff(TODAY) == TODAY - dt.timedelta(days=90)
    assert retention_rule(db).text() == "90 ngày"
    set_setting(db, "retention_days", "0")
    set_setting(db, "retention_months", "0")
    assert not retention_rule(db).active
    assert purge_leavers(db, today=TODAY).cutoff is None


def test_purge_keeps_every_past_report_and_blanks_the_leavers(history_db):
    db, long_ago, recent, back = history_db
    days = _every(dt.date(2023, 7, 1), TODAY, 9) + [
        dt.date(2024, 1, 14), dt.date(2024, 1, 15), months_before(TODAY, 24), TODAY]
    before = {d: summary(db, d).as_dict() for d in days}
    pending = {d: sorted((p.employee_id, p.status, p.justified, p.department)
                         for p in not_level2_people(db, d)) for d in days[::6]}
    history = {i: [(h.effective_date, h.status) for h in roster.history(db, i)] for i in long_ago}

    dry = purge_leavers(db, today=TODAY, dry_run=True)
    assert set(dry.employee_ids) >= set(long_ago)
    assert not set(dry.employee_ids) & set(recent) and back not in dry.employee_ids
    result = purge_leavers(db, today=TODAY)
    assert result.employee_ids == dry.employee_ids
    # a file gets its "before purge" backup; a server database has its own backup tools
    assert (result.backup is not None) == (db.path is not None)

    assert {d: summary(db, d).as_dict() for d in days} == before  # every date, every department
    assert {d: sorted((p.employee_id, p.status, p.justified, p.department)
                      for p in not_level2_people(db, d)) for d in days[::6]} == pending
    rows = {r.id: r for r in roster.list_roster(db)}
    for i in long_ago:
        r = rows[i]
        assert (r.ho, r.dem, r.ten, r.birth_date, r.gender, r.id_number, r.title) == (
            "", "", "", None, None, None, "")
        assert r.department and r.leave_date
        assert [(h.effective_date, h.status) for h in roster.history(db, i)] == history[i]
        assert all(h.note == "" for h in roster.history(db, i))
    for i in recent + [back]:
        assert rows[i].ten and rows[i].id_number
    event = list_events_of(db, "personal_data_purged")[0]
    assert event["count"] == result.count and event["retention"] == "24 tháng"
    assert purge_leavers(db, today=TODAY).count == 0  # nothing left to do


def list_events_of(db, action):
    with db.read() as s:
        return [e.detail for e in list_events(s, action=action)]


def test_the_leave_date_is_the_latest_leave_event(history_db):
    db, long_ago, _recent, back = history_db
    with db.write() as s:  # a stale cache must not decide: the events do
        s.get(Employee, back).leave_date = dt.date(2023, 12, 1)
        s.get(Employee, long_ago[0]).leave_date = None
    due = leavers_due(db, months_before(TODAY, 24))
    assert back not in due and long_ago[0] in due


def test_audit_and_import_undo_data_lose_the_purged_names(db, tmp_path):
    from eidroster.services.importer import load_table, run_import
    from tests.importer.corpus import dmy, people, write_xlsx

    ps = people(6, seed=4)
    rows = [["Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Khoa/phòng", "Ghi chú"]]
    rows += [[p.full_name, dmy(p.birth), p.cccd, p.dept, f"ghi chú {k}"] for k, p in enumerate(ps)]
    run_import(db, load_table(write_xlsx(tmp_path / "ds.xlsx", rows)),
               effective_date=dt.date(2023, 10, 1))
    ids = {r.id_number: r.id for r in roster.list_roster(db)}
    gone, kept = ps[:3], ps[3:]
    renamed = roster.get_row(db, ids[gone[0].cccd])
    from tests.safety.test_privacy import roster_input

    roster.update_employee(db, renamed.id, roster_input(renamed, ten="Khanhvy"), renamed.version)
    mark_left(db, [ids[p.cccd] for p in gone], dt.date(2024, 2, 1))
    assert purge_leavers(db, today=TODAY).count == 3

    from eidroster.services.importer.store import unpack

    with db.read() as s:
        details = [json.loads(d) for d in s.scalars(select(AuditEvent.detail))]
    text = json.dumps([unpack(d) for d in details], ensure_ascii=False)
    for p in gone:
        assert p.cccd not in text and join_name(p.ho, p.dem, p.ten) not in text
    assert "Khanhvy" not in text
    assert "ghi chú 0" not in text and "ghi chú 3" in text
    for p in kept:  # the others' undo data is intact
        assert p.cccd in text and p.ten in text


def test_start_up_run_happens_at_most_once_a_day(history_db, monkeypatch):
    db, long_ago, _recent, _back = history_db
    first = purge_if_due(db, today=TODAY)
    assert first is not None and set(long_ago) <= set(first.employee_ids)
    with db.read() as s:
        assert s.get(Setting, CHECKED_KEY).value == TODAY.isoformat()
    calls = []
    monkeypatch.setattr("eidroster.services.retention.purge_leavers",
                        lambda *a, **k: calls.append(1))
    assert purge_if_due(db, today=TODAY) is None and calls == []
    purge_if_due(db, today=TODAY + dt.timedelta(days=1))
    assert calls == [1]
    assert CHECKED_KEY not in get_settings(db)  # bookkeeping, not a setting of the unit


def test_purge_command_says_what_it_does(db_path, run_cli):
    from eidroster.services.database import open_database

    d = open_database(db_path)
    try:
        generate(d, 60, seed=5, today=CAMPAIGN)
        leavers = [r.id for r in roster.list_roster(d) if r.leave_date is None][:4]
        mark_left(d, leavers, dt.date(2023, 10, 1))
    finally:
        d.close()
    out = run_cli("--db", db_path, "purge", "--dry-run")
    assert out.returncode == 0 and "thời hạn lưu trữ 24 tháng" in out.stdout
    assert "Chưa xóa gì" in out.stdout
    out = run_cli("--db", db_path, "purge")
    assert out.returncode == 0 and "Đã xóa họ tên" in out.stdout, out.stderr
    assert run_cli("--db", db_path, "settings", "set", "retention_months", "0").returncode == 0
    out = run_cli("--db", db_path, "purge")
    assert out.returncode == 0 and "đang tắt" in out.stdout
