"""Undo / redo of an import (the window's undo stack), cancel, all-or-nothing."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from eidroster.domain.employee import EmployeeInput
from eidroster.domain.errors import ConflictError, InputError
from eidroster.services.importer import ImportCancelled, reapply_import, revert_import
from eidroster.services.roster import history, list_departments, list_roster, update_employee
from tests.importer.corpus import dmy, people, write_xlsx

HEADER = ["Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng"]


def _state(db):
    """Everything a user sees: roster rows (without versions) and every history entry."""
    rows = []
    for r in list_roster(db):
        hist = [(h.status, h.effective_date, h.source, h.reason) for h in history(db, r.id)]
        rows.append((r.id_number, r.full_name, r.birth_date, r.department, r.status, tuple(hist)))
    return sorted(rows), [d.name for d in list_departments(db)]


def _setup(tmp_path, db, do_import):
    ps = people(6, seed=61)
    first = [HEADER] + [[p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 1"] for p in ps[:4]]
    do_import(write_xlsx(tmp_path / "a.xlsx", first), effective_date=dt.date(2023, 11, 1))
    second = [HEADER] + [[p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 1"] for p in ps]
    second[1][4] = "Mức 2"  # a status change
    second[2][3] = "Khoa Dược"  # a field change
    return ps, write_xlsx(tmp_path / "b.xlsx", second)


def test_revert_and_reapply_restore_exact_states(tmp_path, db, do_import):
    ps, second = _setup(tmp_path, db, do_import)
    before = _state(db)
    result = do_import(second, effective_date=dt.date(2023, 12, 1))
    assert (result.added, result.updated, result.unchanged) == (2, 2, 2)
    after = _state(db)
    assert after != before

    assert revert_import(db, result.batch_id) == 4
    assert _state(db) == before
    with pytest.raises(InputError, match="đã được hoàn tác rồi"):
        revert_import(db, result.batch_id)

    reapply_import(db, result.batch_id)
    assert _state(db) == after
    revert_import(db, result.batch_id)  # undo / redo again: the stack can go back and forth
    assert _state(db) == before
    reapply_import(db, result.batch_id)
    assert _state(db) == after
    with pytest.raises(InputError, match="chưa được hoàn tác"):
        reapply_import(db, result.batch_id)


def test_revert_refuses_when_an_employee_changed_since(tmp_path, db, do_import):
    ps, second = _setup(tmp_path, db, do_import)
    result = do_import(second)
    row = next(r for r in list_roster(db) if r.id_number == ps[1].cccd)
    update_employee(db, row.id, EmployeeInput(row.ho, row.dem, row.ten, "Khoa Khám bệnh",
                                              row.birth_date, row.gender, row.id_number))
    state = _state(db)
    with pytest.raises(ConflictError, match="đã được sửa sau khi nhập"):
        revert_import(db, result.batch_id)
    assert _state(db) == state  # all or nothing


def test_cancel_and_failure_leave_nothing_behind(tmp_path, db, do_import):
    ps, second = _setup(tmp_path, db, do_import)
    state = _state(db)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1  # cancel after the first chunk was written

    with pytest.raises(ImportCancelled, match="không thay đổi gì"):
        do_import(second, cancel=cancel)
    assert _state(db) == state
    with db.read() as s:
        assert s.execute(sa.text("SELECT COUNT(*) FROM audit_events WHERE action='import'")).scalar() == 1


def test_import_records_an_audit_event_with_the_batch(tmp_path, db, do_import):
    from eidroster.services.audit import list_events

    ps, second = _setup(tmp_path, db, do_import)
    result = do_import(second)
    with db.read() as s:
        event = list_events(s, action="import", limit=1)[0]
    assert event.detail["batch"] == result.batch_id
    assert (event.detail["file"], event.detail["added"], event.detail["updated"]) == ("b.xlsx", 2, 2)
    with db.read() as s:
        sources = set(s.execute(sa.text(
            "SELECT DISTINCT source FROM status_changes WHERE batch_id=:b"), {"b": result.batch_id}).scalars())
    assert sources == {"import"}


def test_a_backup_is_made_before_a_real_import_only(tmp_path, db, do_import):
    import sqlite3

    from eidroster.paths import backup_dir_for

    ps = people(3, seed=62)
    path = write_xlsx(tmp_path / "c.xlsx", [HEADER] + [
        [p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 1"] for p in ps])
    folder = backup_dir_for(db.path)
    do_import(path, dry_run=True)
    assert not folder.exists() or not list(folder.glob("*before-import*"))
    do_import(path)
    backups = list(folder.glob("*before-import*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:  # the state before the import
        assert con.execute("SELECT COUNT(*) FROM employees").fetchone() == (0,)
    do_import(path)  # nothing to change: no new backup
    assert len(list(folder.glob("*before-import*"))) == 1


def test_the_audit_trail_shows_no_personal_data(tmp_path, db, do_import):
    ps, second = _setup(tmp_path, db, do_import)
    result = do_import(second)
    revert_import(db, result.batch_id)
    reapply_import(db, result.batch_id)
    with db.read() as s:
        details = list(s.execute(sa.text(
            "SELECT detail FROM audit_events WHERE action LIKE 'import%'")).scalars())
    assert len(details) == 4
    for text in details:
        for p in ps:
            assert p.cccd not in text and p.full_name not in text
            assert p.birth.isoformat() not in text


def test_audit_listing_hides_the_undo_data_of_an_import(tmp_path, db_path, run_cli):
    """The import keeps what an undo needs in its audit row; `audit` never lists it."""
    import json

    from tests.importer.corpus import people, write_xlsx

    rows = [["Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng"]]
    for p in people(3, seed=11):
        rows.append([p.full_name, p.birth.strftime("%d/%m/%Y"), p.cccd, "Khoa Nội", "Mức 2"])
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    assert run_cli("--db", db_path, "import", path).returncode == 0
    out = run_cli("--db", db_path, "audit", "--json", "--action", "import")
    events = json.loads(out.stdout)
    assert events and all("undo" not in e["detail"] for e in events)
    text = run_cli("--db", db_path, "audit").stdout
    assert "undo" not in text
    for p in people(3, seed=11):
        assert p.cccd not in out.stdout + text and p.full_name not in out.stdout + text
