"""Every change is in the audit trail with old → new, the user and the time; the
``audit`` command reads and filters it."""

from __future__ import annotations

import datetime as dt
import json

from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.statuses import Status
from eidroster.services import roster
from eidroster.services.audit import list_events
from eidroster.services.settings import set_setting


def _input(row, **changes) -> EmployeeInput:
    base = dict(ho=row.ho, dem=row.dem, ten=row.ten, department=row.department,
                birth_date=row.birth_date, gender=row.gender, id_number=row.id_number,
                title=row.title, start_date=row.start_date, leave_date=row.leave_date)
    base.update(changes)
    return EmployeeInput(**base)


def _last(db, action):
    with db.read() as s:
        return list_events(s, action=action, limit=1)[0]


def test_changes_are_recorded_old_to_new(demo_db):
    rows = roster.list_roster(demo_db)
    row = next(r for r in rows if r.id_number)
    roster.update_employee(demo_db, row.id, _input(row, title="Phó trưởng khoa", department="Khoa Mắt"),
                           row.version)
    ev = _last(demo_db, "employee_changed")
    assert ev.entity_id == row.id and ev.user_name == "tester"
    assert abs((dt.datetime.now() - ev.at).total_seconds()) < 60
    assert set(ev.detail["fields"]) == {"title", "department"}
    assert ev.detail["old"] == {"title": row.title, "department": row.department}
    assert ev.detail["new"] == {"title": "Phó trưởng khoa", "department": "Khoa Mắt"}

    fresh = roster.get_row(demo_db, row.id)
    other_id = "079" + row.id_number[3:-3] + ("000" if row.id_number[-3:] != "000" else "001")
    roster.update_employee(demo_db, row.id, _input(fresh, id_number=other_id), fresh.version)
    ev = _last(demo_db, "employee_changed")
    assert ev.detail["fields"] == ["id_number"]
    text = json.dumps(ev.detail)
    assert row.id_number not in text and other_id not in text  # masked only
    assert ev.detail["new"]["id_number"].startswith("079") and "*" in ev.detail["new"]["id_number"]

    one = roster.get_row(demo_db, row.id)
    roster.set_status(demo_db, [one.id], StatusInput(Status.LEVEL2, dt.date.today()))
    ev = _last(demo_db, "status_changed")
    assert ev.detail["old"] == one.status.value and ev.detail["status"] == "level2"

    many = [r.id for r in rows[:30]]
    roster.set_status(demo_db, many, StatusInput(Status.LEVEL1, dt.date.today()))
    ev = _last(demo_db, "status_changed")
    assert ev.detail["count"] == 30 and sum(ev.detail["old"].values()) == 30

    victim = rows[-1]
    roster.delete_employee(demo_db, victim.id)
    ev = _last(demo_db, "employee_deleted")
    assert ev.detail["department"] == victim.department and ev.detail["history_rows"] >= 1

    set_setting(demo_db, "place_name", "Vũng Tàu")
    ev = _last(demo_db, "setting_changed")
    assert ev.detail == {"key": "place_name", "old": "", "new": "Vũng Tàu"}  # no default


def test_audit_command_filters_and_json(run_cli, tmp_path):
    db = tmp_path / "hr.sqlite"
    assert run_cli("--db", db, "demo", "--staff", "10").returncode == 0
    assert run_cli("--db", db, "settings", "set", "unit_name", "BỆNH VIỆN A").returncode == 0
    assert run_cli("--db", db, "backup", tmp_path / "b.sqlite").returncode == 0
    r = run_cli("--db", db, "audit", "--json")
    assert r.returncode == 0, r.stderr
    events = json.loads(r.stdout)
    actions = [e["action"] for e in events]
    assert actions[:2] == ["personal_data_exported", "setting_changed"]
    # the demo's plainly fictional unit details are recorded as it sets them
    assert actions[-1] == "demo_generated"
    assert set(actions[2:]) == {"setting_changed", "demo_generated"}
    assert all(e["user"] == "tester" for e in events)
    r = run_cli("--db", db, "audit", "--action", "setting_changed")
    assert r.returncode == 0 and "Đổi thiết lập" in r.stdout and "BỆNH VIỆN A" in r.stdout
    assert "Xuất tệp" not in r.stdout
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    r = run_cli("--db", db, "audit", "--since", tomorrow)
    assert r.returncode == 0 and "Không có sự kiện nào" in r.stdout
    r = run_cli("--db", db, "audit", "--since", "31/02/2026")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = run_cli("--db", db, "audit", "--limit", "0")
    assert r.returncode == 2

