"""Schema v5 (issue 18): a version-4 database takes the words of Luật Căn cước 2023, its
CMND holders who had not started move to "Chưa có thẻ căn cước gắn chip" from the
migration day only, and the old real-looking default unit details are removed."""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from eidroster.db import migration_v5, migrations
from eidroster.services.backup import backup_before_migration
from eidroster.services.database import open_database
from eidroster.services.summary import summary

from .sqlite_rows import inserts

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v4.sqlite"
MIGRATION_DAY = dt.date(2026, 3, 10)


def _totals(db, day):
    t = summary(db, day).total
    return (t.total, t.none, t.level1, t.level2, t.with_reason, t.without_reason)


@pytest.fixture
def migrated(tmp_path, monkeypatch):
    monkeypatch.setattr(migration_v5, "today", lambda: MIGRATION_DAY)
    path = tmp_path / "v4.sqlite"
    shutil.copy(FIXTURE, path)
    before = open_v4_totals(path)
    db = open_database(path, before_migrate=backup_before_migration)
    yield db, before
    db.close()


def open_v4_totals(path):
    """The numbers the version-4 file gives, computed by hand from its tables before any
    migration (an independent count: active on the day, status in force, bucket)."""
    engine = sa.create_engine(f"sqlite:///{path}")
    out = {}
    with engine.connect() as conn:
        for day in (dt.date(2025, 2, 1), dt.date(2025, 6, 1), MIGRATION_DAY - dt.timedelta(1),
                    MIGRATION_DAY, MIGRATION_DAY + dt.timedelta(30)):
            rows = conn.execute(sa.text(
                "SELECT e.id, (SELECT kind FROM employment_events v WHERE v.employee_id = e.id "
                "AND v.effective_date <= :d ORDER BY v.effective_date DESC, v.id DESC LIMIT 1), "
                "(SELECT status FROM status_changes c WHERE c.employee_id = e.id AND "
                "c.effective_date <= :d ORDER BY c.effective_date DESC, c.id DESC LIMIT 1) "
                "FROM employees e"), {"d": day}).all()
            active = [(i, s or "not_registered") for i, k, s in rows if k in ("join", "move")]
            out[day] = (len(active), sum(s not in ("level1", "level2") for _i, s in active),
                        sum(s == "level2" for _i, s in active))
    engine.dispose()
    return out


def test_fixture_is_version_4():
    engine = sa.create_engine(f"sqlite:///{FIXTURE}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version FROM schema_info")).scalar() == 4
    engine.dispose()


def test_cmnd_holders_who_had_not_started_need_a_card_from_the_migration_day(migrated):
    db, _before = migrated
    assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION
    with db.read() as s:
        added = s.execute(sa.text(
            "SELECT employee_id, status, effective_date, reason_id, justified, note, source "
            "FROM status_changes WHERE batch_id = :b ORDER BY employee_id"),
            {"b": migration_v5.BATCH}).all()
    got = [(e, st, str(d), r, bool(j), n, src) for e, st, d, r, j, n, src in added]
    day = MIGRATION_DAY.isoformat()
    assert got == [
        # not registered: the stage changes, the reason and note are carried over
        (1, "no_chip_card", day, 2, False, "ghi chú thử", "migration"),
        # nothing recorded before: the card stage, no reason (as "chưa đăng ký" had none)
        (2, "no_chip_card", day, None, False, "", "migration"),
        # 7 keeps its justified reason (maternity)
        (7, "no_chip_card", day, 3, True, "", "migration"),
    ]  # 3 (submitted) and 4 (level 2) evidently have a card; 5 left; 6 holds a 12-digit number


def test_no_report_changes_before_the_migration_day_nor_its_numbers_after(migrated):
    db, before = migrated
    for day, (total, none, level2) in before.items():
        t = _totals(db, day)
        assert (t[0], t[1], t[3]) == (total, none, level2), day
    # the reasons keep their classification: with / without reason are unchanged too
    assert _totals(db, MIGRATION_DAY - dt.timedelta(1)) == _totals(db, MIGRATION_DAY)


def test_reason_catalogue_speaks_the_current_law(migrated):
    db, _ = migrated
    with db.read() as s:
        reasons = dict(s.execute(sa.text("SELECT code, label FROM reasons")).all())
        classes = s.execute(sa.text(
            "SELECT c.justified FROM reason_classes c JOIN reasons r ON r.id = c.reason_id "
            "WHERE r.code = 'old_cmnd'")).scalars().all()
    assert reasons["waiting_card"] == "Chưa có thẻ căn cước gắn chip (đang chờ cấp)"
    assert reasons["old_cmnd"].startswith("Còn dùng CMND cũ")
    assert [bool(j) for j in classes] == [False]


def test_old_real_looking_defaults_are_removed_and_audited(migrated):
    db, _ = migrated
    with db.read() as s:
        settings = dict(s.execute(sa.text("SELECT key, value FROM settings")).all())
        audit = s.execute(sa.text(
            "SELECT action, detail FROM audit_events WHERE user_name = 'migration' "
            "ORDER BY id")).all()
    assert "parent_agency" not in settings and "unit_name" not in settings
    assert "place_name" not in settings
    assert settings["signer_name"] == "Người Ký Thử"  # typed by the unit: kept
    removed = [json.loads(d)["key"] for a, d in audit if a == "setting_changed"]
    assert removed == ["parent_agency", "unit_name", "place_name"]
    assert any(a == "status_changed" and json.loads(d)["count"] == 3 for a, d in audit)


def test_a_renamed_reason_is_left_as_the_unit_named_it(tmp_path, monkeypatch):
    monkeypatch.setattr(migration_v5, "today", lambda: MIGRATION_DAY)
    path = tmp_path / "v4.sqlite"
    shutil.copy(FIXTURE, path)
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE reasons SET label = 'Chờ cấp thẻ' WHERE code = 'waiting_card'"))
        conn.execute(sa.text("UPDATE settings SET value = 'SỞ Y TẾ TỈNH MẪU' "
                             "WHERE key = 'parent_agency'"))
    engine.dispose()
    db = open_database(path)
    try:
        with db.read() as s:
            label = s.execute(sa.text(
                "SELECT label FROM reasons WHERE code = 'waiting_card'")).scalar()
            agency = s.execute(sa.text(
                "SELECT value FROM settings WHERE key = 'parent_agency'")).scalar()
        assert label == "Chờ cấp thẻ" and agency == "SỞ Y TẾ TỈNH MẪU"
    finally:
        db.close()


def test_a_migration_killed_half_way_leaves_version_4(tmp_path, monkeypatch):
    path = tmp_path / "v4.sqlite"
    shutil.copy(FIXTURE, path)

    def broken(conn):
        migration_v5._reasons(conn, dt.datetime(2026, 3, 10))
        raise RuntimeError("power cut")

    monkeypatch.setitem(migrations.MIGRATIONS, 5, broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version FROM schema_info")).scalar() == 4
        assert conn.execute(sa.text(
            "SELECT COUNT(*) FROM reasons WHERE code = 'old_cmnd'")).scalar() == 0
    engine.dispose()


V5_FIXTURE = FIXTURE.with_name("schema_v5.sqlite")


def test_a_version_5_database_opens_as_it_is(tmp_path):
    """The fixture for the next migration: a version-5 file opens with none of its rows
    rewritten (later versions only add: one backup, then the version number moves), and the
    program reads it: the purged leaver, the number registered abroad, the old-CMND reason
    in use, the unit's retention setting."""
    from eidroster.services.retention import retention_rule
    from eidroster.services.roster import get_row

    path = tmp_path / "v5.sqlite"
    shutil.copy(V5_FIXTURE, path)
    before = inserts(path)
    made: list = []
    db = open_database(path, before_migrate=lambda *a, **k: made.append(a))
    try:
        assert migrations.schema_version(db.engine) == migrations.CURRENT_VERSION
        assert len(made) == (migrations.CURRENT_VERSION > 5)
        assert get_row(db, 5).full_name == ""  # purged: the row stays, nameless
        assert get_row(db, 8).id_number == "990085000008"
        assert get_row(db, 2).reason.startswith("Còn dùng CMND cũ")
        assert retention_rule(db).months == 6
        # counted by hand from the fixture: 7 employed (5 left), 1 level 2 (4), 1 level 1 (8)
        assert _totals(db, dt.date(2026, 1, 6))[:4] == (7, 5, 1, 1)
    finally:
        db.close()
    assert inserts(path, but="schema_info") == [r for r in before if '"schema_info"' not in r]

