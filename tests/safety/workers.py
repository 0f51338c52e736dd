"""Worker processes for the safety tests: ``python -m tests.safety.workers CMD DB ...``.

Each worker prints one JSON line on stdout saying what it saw, so that the test (the
parent process) can tell who won a race."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path


def _wait_for(path: Path, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > end:
            raise SystemExit("timeout waiting for " + str(path))
        time.sleep(0.005)


def _outcome(name: str, action) -> dict:
    """Run ``action()``: "saved" with what it returned, or "conflict" with the message."""
    from eidroster.domain.errors import ConflictError

    result: dict = {"name": name}
    try:
        result["batch"] = action()
        result["outcome"] = "saved"
    except ConflictError as exc:
        result["outcome"] = "conflict"
        result["message"] = exc.message
    return result


def edit(db_path: str, employee_id: str, field: str, value: str, sync_dir: str, name: str) -> int:
    """Read the employee, say ready, wait for go, save one changed field with the
    version read; on a conflict reload and retry once (what the window does)."""
    from eidroster.domain.employee import EmployeeInput
    from eidroster.domain.errors import ConflictError
    from eidroster.services import roster
    from eidroster.services.database import open_database

    db = open_database(db_path)
    row = roster.get_row(db, int(employee_id))
    sync = Path(sync_dir)
    (sync / f"{name}.ready").touch()
    _wait_for(sync / "go")

    def input_from(r) -> EmployeeInput:
        base = dict(ho=r.ho, dem=r.dem, ten=r.ten, department=r.department,
                    birth_date=r.birth_date, gender=r.gender, id_number=r.id_number,
                    title=r.title, start_date=r.start_date, leave_date=r.leave_date)
        base[field] = value
        return EmployeeInput(**base)

    result: dict = {"name": name, "read_version": row.version}
    try:
        result["saved_version"] = roster.update_employee(db, row.id, input_from(row), row.version)
        result["outcome"] = "saved"
    except ConflictError as exc:
        result["outcome"] = "conflict"
        result["message"] = exc.message
        fresh = roster.get_row(db, row.id)  # reload, then apply my change again
        result["retry_version"] = roster.update_employee(db, row.id, input_from(fresh), fresh.version)
    db.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


def status(db_path: str, ids_csv: str, new_status: str, sync_dir: str, name: str) -> int:
    """Bulk status change of ``ids`` with the versions read before 'go'."""
    from eidroster.domain.employee import StatusInput
    from eidroster.domain.statuses import Status
    from eidroster.services import roster
    from eidroster.services.database import open_database

    db = open_database(db_path)
    ids = [int(x) for x in ids_csv.split(",")]
    versions = {r.id: r.version for r in roster.list_roster(db) if r.id in set(ids)}
    sync = Path(sync_dir)
    (sync / f"{name}.ready").touch()
    _wait_for(sync / "go")
    change = StatusInput(Status(new_status), dt.date.today())
    result = _outcome(name, lambda: roster.set_status(db, ids, change,
                                                       expected_versions=versions))
    db.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


def bulk_status(db_path: str, new_status: str) -> int:
    """One transaction changing every employee's status (killed by the crash test)."""
    from eidroster.domain.employee import StatusInput
    from eidroster.domain.statuses import Status
    from eidroster.services import roster
    from eidroster.services.database import open_database

    db = open_database(db_path)
    with db.read() as s:
        import sqlalchemy as sa

        ids = list(s.execute(sa.text("SELECT id FROM employees")).scalars())
    print("start", flush=True)
    roster.set_status(db, ids, StatusInput(Status(new_status), dt.date.today()), source="bulk")
    db.close()
    print("done", flush=True)
    return 0


def hold_write_lock(db_path: str, seconds: str, sync_dir: str) -> int:
    """Keep the write lock (as a long import would) for ``seconds``."""
    from eidroster.services.database import open_database

    db = open_database(db_path)
    with db.write() as s:
        import sqlalchemy as sa

        s.execute(sa.text("UPDATE settings SET value = value WHERE key = 'created_at'"))
        (Path(sync_dir) / "locked").touch()
        time.sleep(float(seconds))
    db.close()
    return 0


def import_file(db_target: str, file: str, sync_dir: str, name: str) -> int:
    """The window's import: preview (the versions the user sees), ready, wait for go,
    then apply with those versions; reports what was saved and what was set aside."""
    from eidroster.services.database import open_database
    from eidroster.services.importer import UPDATE, load_table, preview_import, run_import

    db = open_database(db_target)
    loaded = load_table(file)
    plan = preview_import(db, loaded)
    seen = {r.employee_id: r.version for r in plan.rows if r.employee_id and r.version}
    sync = Path(sync_dir)
    (sync / f"{name}.ready").touch()
    _wait_for(sync / "go")
    result = run_import(db, loaded, expected_versions=seen, backup=False)
    saved = [r.employee_id for r in result.plan.rows if r.action == UPDATE]
    conflicts = [r.employee_id for r in result.plan.rows if r.action == "conflict"]
    db.close()
    print(json.dumps({"name": name, "saved": saved, "conflicts": conflicts,
                      "batch": result.batch_id}))
    return 0


def move(db_target: str, ids_csv: str, department: str, sync_dir: str, name: str) -> int:
    """Move people to another department with the versions read before 'go'."""
    from eidroster.services import employment, roster
    from eidroster.services.database import open_database

    db = open_database(db_target)
    ids = [int(x) for x in ids_csv.split(",")]
    versions = {r.id: r.version for r in roster.list_roster(db, ids=ids)}
    sync = Path(sync_dir)
    (sync / f"{name}.ready").touch()
    _wait_for(sync / "go")
    result = _outcome(name, lambda: employment.move_employees(
        db, ids, department, dt.date.today(), expected_versions=versions))
    db.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


def undo_import(db_target: str, batch: str, sync_dir: str, name: str) -> int:
    from eidroster.services.database import open_database
    from eidroster.services.importer import revert_import

    db = open_database(db_target)
    sync = Path(sync_dir)
    (sync / f"{name}.ready").touch()
    _wait_for(sync / "go")
    result = _outcome(name, lambda: revert_import(db, batch))
    db.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


COMMANDS = {"edit": edit, "status": status, "bulk_status": bulk_status,
            "hold_write_lock": hold_write_lock, "import": import_file, "move": move,
            "undo_import": undo_import}

if __name__ == "__main__":
    raise SystemExit(COMMANDS[sys.argv[1]](*sys.argv[2:]))
