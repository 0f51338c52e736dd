"""Two clients on one PostgreSQL database change the same employee.

Each client is its own engine (its own connections), as two HR desks would be. The
barrier makes both clients read the employee before either saves, so the race really
happens on the server: one UPDATE ... WHERE version = :seen waits for the other's
transaction, then matches no row and that client is told (ConflictError)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading

import pytest

from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import ConflictError
from eidroster.domain.statuses import Status
from eidroster.services import roster
from eidroster.services.audit import list_events
from eidroster.services.database import open_database

pytestmark = pytest.mark.postgres


def person(**kw) -> EmployeeInput:
    base = dict(ho="Mẫu", dem="Thị", ten="Hoa", department="Khoa Nội", title="Điều dưỡng")
    base.update(kw)
    return EmployeeInput(**base)


@pytest.fixture
def two_clients(pg_url):
    a, b = open_database(pg_url), open_database(pg_url)
    yield a, b
    a.close()
    b.close()


def _race(monkeypatch, jobs):
    """Run the jobs at once; each reaches its save only after all have read."""
    from eidroster.services import employees

    barrier = threading.Barrier(len(jobs), timeout=20)
    original = employees._check_duplicate

    def read_then_wait(session, id_number, exclude_id):
        original(session, id_number, exclude_id)
        barrier.wait()

    monkeypatch.setattr(employees, "_check_duplicate", read_then_wait)
    results: list[object] = [None] * len(jobs)

    def run(i, job):
        try:
            results[i] = job()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, j)) for i, j in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def test_simultaneous_edits_one_wins_the_other_is_told(two_clients, monkeypatch):
    a, b = two_clients
    emp = roster.add_employee(a, person())
    seen = roster.get_row(a, emp).version
    assert roster.get_row(b, emp).version == seen  # both desks show the same row
    results = _race(monkeypatch, [
        lambda: roster.update_employee(a, emp, person(title="Điều dưỡng trưởng"), seen),
        lambda: roster.update_employee(b, emp, person(department="Khoa Ngoại"), seen),
    ])
    conflicts = [r for r in results if isinstance(r, ConflictError)]
    wins = [r for r in results if isinstance(r, int)]
    assert len(conflicts) == 1 and wins == [seen + 1], results
    assert "người khác" in conflicts[0].message
    winner = 0 if isinstance(results[0], int) else 1
    # the loser reloads and sees the winner's change, nothing half-applied
    row = roster.get_row((a, b)[1 - winner], emp)
    assert row.version == seen + 1
    if winner == 0:
        assert (row.title, row.department) == ("Điều dưỡng trưởng", "Khoa Nội")
    else:
        assert (row.title, row.department) == ("Điều dưỡng", "Khoa Ngoại")
    with a.read() as s:
        assert len(list_events(s, action="employee_changed")) == 1


def test_stale_edit_after_the_other_saved_is_refused(two_clients):
    a, b = two_clients
    emp = roster.add_employee(a, person())
    seen_by_b = roster.get_row(b, emp).version
    roster.update_employee(a, emp, person(title="Hộ sinh"), roster.get_row(a, emp).version)
    with pytest.raises(ConflictError, match="vừa được người khác sửa"):
        roster.update_employee(b, emp, person(title="Bác sĩ"), seen_by_b)
    assert roster.get_row(b, emp).title == "Hộ sinh"  # visible to b on reload


def test_simultaneous_status_changes_one_is_told(two_clients, monkeypatch):
    """Two status changes on the same person at the same moment: the employee's version
    is bumped by each, so the one that saves second is told instead of silently
    interleaving with a change it has not seen."""
    a, b = two_clients
    emp = roster.add_employee(a, person(), StatusInput(Status.NOT_REGISTERED, dt.date(2024, 1, 1)))
    seen = roster.get_row(a, emp).version
    from eidroster.services import status_changes

    barrier = threading.Barrier(2, timeout=20)
    original = status_changes.lock_versions_in

    def wait_then_lock(s, ids):
        # both have read what they show the user; now both save at once: the row lock
        # makes the second wait for the first, then see the version it did not read
        barrier.wait()
        return original(s, ids)

    monkeypatch.setattr(status_changes, "lock_versions_in", wait_then_lock)
    errors: list[Exception] = []

    def change(db, status, day):
        try:
            roster.set_status(db, [emp], StatusInput(status, day), expected_versions={emp: seen})
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    ta = threading.Thread(target=change, args=(a, Status.SUBMITTED, dt.date(2024, 1, 5)))
    tb = threading.Thread(target=change, args=(b, Status.LEVEL2, dt.date(2024, 1, 9)))
    ta.start()
    tb.start()
    ta.join(30)
    tb.join(30)
    # both read the same version: the second save is refused, the first is complete
    assert len(errors) == 1 and isinstance(errors[0], ConflictError), errors
    history = [h.status for h in roster.history(a, emp)]
    assert len(history) == 2 and history[-1] is Status.NOT_REGISTERED
    assert history[0] in (Status.SUBMITTED, Status.LEVEL2)


def _edit_in_process(url: str, emp: int, version: int, title: str) -> subprocess.Popen:
    code = (
        "import sys\n"
        "from eidroster.domain.employee import EmployeeInput\n"
        "from eidroster.domain.errors import ConflictError\n"
        "from eidroster.services import roster\n"
        "from eidroster.services.database import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "try:\n"
        "    v = roster.update_employee(db, int(sys.argv[2]), EmployeeInput('Mẫu', 'Thị', 'Hoa',"
        " 'Khoa Nội', title=sys.argv[4]), int(sys.argv[3]))\n"
        "    print('saved', v)\n"
        "except ConflictError as exc:\n"
        "    print('conflict', exc.message)\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, url, str(emp), str(version), title],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_processes_with_the_same_stale_version(pg_url):
    """Two real programs save an edit made on the same version: exactly one is saved."""
    db = open_database(pg_url)
    try:
        emp = roster.add_employee(db, person())
        seen = roster.get_row(db, emp).version
        procs = [_edit_in_process(pg_url, emp, seen, t) for t in ("Bác sĩ", "Dược sĩ")]
        outs = [p.communicate(timeout=60) for p in procs]
        assert all(p.returncode == 0 for p in procs), [o[1][-500:] for o in outs]
        lines = [o[0].strip() for o in outs]
        saved = [i for i, line in enumerate(lines) if line.startswith("saved")]
        told = [line for line in lines if line.startswith("conflict")]
        assert len(saved) == 1 and len(told) == 1, lines
        assert "người khác" in told[0]
        assert roster.get_row(db, emp).title == ("Bác sĩ", "Dược sĩ")[saved[0]]
    finally:
        db.close()


def test_two_desks_adding_the_same_person_at_once(two_clients, monkeypatch):
    """Both check that the CCCD is free and that "Khoa Mới" does not exist yet, then
    save: the unique index lets one through; the other is told, nothing half-saved."""
    from eidroster.domain.cccd import make_cccd

    a, b = two_clients
    cccd = make_cccd("077", 1990, "F", 4242)
    same = person(department="Khoa Mới", id_number=cccd, birth_date=dt.date(1990, 5, 6),
                  gender="F")
    results = _race(monkeypatch, [lambda: roster.add_employee(a, same),
                                  lambda: roster.add_employee(b, same)])
    saved = [r for r in results if isinstance(r, int)]
    told = [r for r in results if isinstance(r, ConflictError)]
    assert len(saved) == 1 and len(told) == 1, results
    assert "người khác" in told[0].message
    rows = roster.list_roster(b)
    assert [(r.id, r.department, r.id_number) for r in rows] == [(saved[0], "Khoa Mới", cccd)]
    assert [d.name for d in roster.list_departments(b)] == ["Khoa Mới"]
