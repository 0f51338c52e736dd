"""eidroster on a real PostgreSQL server: migrations, seeding, services, the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from eidroster.db import migrations
from eidroster.db.engine import make_engine, server_url
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import StorageError
from eidroster.domain.reasons import DEFAULT_REASONS
from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.services import roster
from eidroster.services.audit import list_events
from eidroster.services.database import open_database
from eidroster.services.settings import get_settings, set_setting
from eidroster.services.summary import summary

pytestmark = pytest.mark.postgres


def test_plain_url_uses_psycopg3():
    assert server_url("postgresql://u@h:5433/d") == "postgresql+psycopg://u@h:5433/d"
    assert server_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert make_engine("postgresql://u@h/d").dialect.driver == "psycopg"


def test_migrations_from_empty_and_reopen(pg_url):
    engine = make_engine(pg_url)
    try:
        assert migrations.schema_version(engine) == 0
        assert migrations.migrate(engine) == 0
        assert migrations.schema_version(engine) == migrations.CURRENT_VERSION
        tables = set(sa.inspect(engine).get_table_names())
        assert {"employees", "status_changes", "departments", "reasons", "settings",
                "audit_events", "schema_info"} <= tables
        # a second run changes nothing
        assert migrations.migrate(engine) == migrations.CURRENT_VERSION
    finally:
        engine.dispose()


def test_new_server_database_is_seeded_once(pg_url):
    db = open_database(pg_url)
    db.close()
    db = open_database(pg_url)  # reopening must not seed again
    try:
        assert db.dialect == "postgresql" and db.path is None
        labels = [r.label for r in roster.list_reasons(db)]
        assert labels == [r.label for r in DEFAULT_REASONS]
    finally:
        db.close()


def test_demo_then_manual_add_gets_a_new_id(pg_demo_db):
    emp = roster.add_employee(pg_demo_db, EmployeeInput("Mẫu", "Văn", "An", "Khoa Nội"))
    assert emp == 301  # the serial sequence was advanced past the generated ids
    assert roster.get_row(pg_demo_db, emp).department == "Khoa Nội"


def test_summary_matches_a_direct_count_in_python(pg_demo_db):
    day = dt.date.today()
    agg = summary(pg_demo_db, day)
    rows = [r for r in roster.list_roster(pg_demo_db, day) if r.active_on(day)]
    assert agg.total.total == len(rows)
    assert agg.total.level2 == sum(r.bucket is Bucket.LEVEL2 for r in rows)
    assert agg.total.level1 == sum(r.bucket is Bucket.LEVEL1 for r in rows)
    assert agg.total.with_reason == sum(
        r.bucket is not Bucket.LEVEL2 and r.justified for r in rows)
    by_dept = {d.name: d.counts.total for d in agg.departments}
    for name, total in by_dept.items():
        assert total == sum(r.department == name for r in rows)


def test_as_of_history_and_undo(pg_db):
    emp = roster.add_employee(
        pg_db, EmployeeInput("Mẫu", "Thị", "Bình", "Khoa Sản", start_date=dt.date(2020, 1, 1)),
        StatusInput(Status.SUBMITTED, dt.date(2024, 1, 2)),
    )
    batch = roster.set_status(pg_db, [emp], StatusInput(Status.LEVEL2, dt.date(2024, 2, 1)))
    assert summary(pg_db, dt.date(2024, 1, 31)).total.none == 1
    assert summary(pg_db, dt.date(2024, 2, 1)).total.level2 == 1
    assert [h.status for h in roster.history(pg_db, emp)] == [Status.LEVEL2, Status.SUBMITTED]
    assert roster.remove_batch(pg_db, batch) == 1
    assert summary(pg_db, dt.date(2024, 3, 1)).total.level2 == 0
    roster.mark_left(pg_db, emp, dt.date(2024, 3, 1))
    assert summary(pg_db, dt.date(2024, 3, 2)).total.total == 0
    assert summary(pg_db, dt.date(2024, 2, 28)).total.total == 1


def test_settings_and_audit(pg_db):
    set_setting(pg_db, "unit_name", "BỆNH VIỆN MẪU")
    assert get_settings(pg_db)["unit_name"] == "BỆNH VIỆN MẪU"
    with pg_db.read() as s:
        event = list_events(s, action="setting_changed")[0]
    assert event.detail["new"] == "BỆNH VIỆN MẪU" and event.user_name == "tester"


def test_vietnamese_names_round_trip_and_sort(pg_db):
    for ho, dem, ten in (("Nguyễn", "Văn", "Ánh"), ("Trần", "Thị", "An"), ("Lê", "", "Ấn")):
        roster.add_employee(pg_db, EmployeeInput(ho, dem, ten, "Khoa Nội"))
    names = [r.full_name for r in roster.list_roster(pg_db)]
    assert names == ["Trần Thị An", "Nguyễn Văn Ánh", "Lê Ấn"]


def test_unreachable_server_is_a_clear_message(pg_server):
    url = f"postgresql://postgres@127.0.0.1:{pg_server.port}/no_such_db"
    with pytest.raises(StorageError) as err:
        open_database(url)
    assert "Không có cơ sở dữ liệu no_such_db" in err.value.message


def test_cli_demo_and_summary_json_on_postgres(pg_url, run_cli):
    made = run_cli("--db", pg_url, "demo", "--staff", "120", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "Đã tạo 120 nhân viên mẫu" in made.stdout
    out = run_cli("--db", pg_url, "summary", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    db = open_database(pg_url)
    try:
        rows = [r for r in roster.list_roster(db) if r.active_on(dt.date.today())]
    finally:
        db.close()
    assert data["total"] == len(rows)
    assert data["level2"] == sum(bucket_of(r.status) is Bucket.LEVEL2 for r in rows)
    assert data["none"] + data["level1"] + data["level2"] == data["total"]


def test_two_desks_opening_an_empty_database_at_once(pg_url):
    """Both start the program on a new shared database: one creates and seeds the
    schema (under an advisory lock), the other waits and finds it ready."""
    import threading

    barrier = threading.Barrier(2, timeout=20)
    opened: list[object] = []

    def desk() -> None:
        barrier.wait()
        try:
            opened.append(open_database(pg_url))
        except Exception as exc:  # noqa: BLE001 - asserted below
            opened.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert all(not isinstance(o, Exception) for o in opened), opened
        assert len(roster.list_reasons(opened[0])) == len(DEFAULT_REASONS)  # seeded once
        assert migrations.schema_version(opened[1].engine) == migrations.CURRENT_VERSION
    finally:
        for o in opened:
            if not isinstance(o, Exception):
                o.close()
