"""Two copies of the program on one database file: real processes racing on the same
employee. Optimistic versions: one save wins, the other is told and loses nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from eidroster.services import roster
from eidroster.services.audit import list_events
from eidroster.services.database import open_database
from tests.conftest import REPO


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.safety.workers", *map(str, args)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ),
    )


def _race(sync: Path, procs: list[subprocess.Popen], names: list[str]) -> list[dict]:
    end = time.monotonic() + 60
    while not all((sync / f"{n}.ready").exists() for n in names):
        assert time.monotonic() < end, [p.stderr.read() for p in procs if p.poll() is not None]
        time.sleep(0.01)
    (sync / "go").touch()  # both saved changes start at the same moment
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=60)
        assert p.returncode == 0, stderr
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def test_two_processes_edit_the_same_employee(demo_db, tmp_path):
    emp = roster.list_roster(demo_db)[5]
    demo_db.close()
    sync = tmp_path / "sync"
    sync.mkdir()
    a = _spawn("edit", demo_db.path, emp.id, "title", "Trưởng khoa (A)", sync, "A")
    b = _spawn("edit", demo_db.path, emp.id, "department", "Khoa Mắt", sync, "B")
    results = _race(sync, [a, b], ["A", "B"])

    outcomes = sorted(r["outcome"] for r in results)
    assert outcomes == ["conflict", "saved"], results
    loser = next(r for r in results if r["outcome"] == "conflict")
    winner = next(r for r in results if r["outcome"] == "saved")
    assert loser["message"].startswith("Nhân viên này vừa được người khác sửa")
    assert winner["read_version"] == loser["read_version"] == emp.version
    assert winner["saved_version"] == emp.version + 1
    assert loser["retry_version"] == emp.version + 2

    db = open_database(demo_db.path)
    try:
        final = roster.get_row(db, emp.id)
        # both people's changes are there: nothing was silently overwritten
        assert final.title == "Trưởng khoa (A)" and final.department == "Khoa Mắt"
        assert final.version == emp.version + 2
        with db.read() as s:
            changes = [e for e in list_events(s, action="employee_changed") if e.entity_id == emp.id]
        assert len(changes) == 2
    finally:
        db.close()


def test_two_processes_bulk_change_overlapping_people(demo_db, tmp_path):
    rows = roster.list_roster(demo_db)[:20]
    ids_a = ",".join(str(r.id) for r in rows[:12])
    ids_b = ",".join(str(r.id) for r in rows[8:])  # 4 people in both selections
    demo_db.close()
    sync = tmp_path / "sync"
    sync.mkdir()
    a = _spawn("status", demo_db.path, ids_a, "level2", sync, "A")
    b = _spawn("status", demo_db.path, ids_b, "level1", sync, "B")
    results = _race(sync, [a, b], ["A", "B"])
    assert sorted(r["outcome"] for r in results) == ["conflict", "saved"], results
    winner = next(r for r in results if r["outcome"] == "saved")
    db = open_database(demo_db.path)
    try:
        with db.read() as s:
            import sqlalchemy as sa

            batches = s.execute(sa.text(
                "SELECT batch_id, COUNT(*) FROM status_changes WHERE batch_id IS NOT NULL "
                "GROUP BY batch_id")).all()
    finally:
        db.close()
    # all-or-nothing: only the winner's batch exists, complete
    assert len(batches) == 1 and batches[0][0] == winner["batch"] and batches[0][1] == 12


def test_second_writer_waits_for_the_lock_then_saves(demo_db, tmp_path):
    emp = roster.list_roster(demo_db)[0]
    demo_db.close()
    sync = tmp_path / "sync"
    sync.mkdir()
    holder = _spawn("hold_write_lock", demo_db.path, "1.5", sync)
    end = time.monotonic() + 60
    while not (sync / "locked").exists():
        assert time.monotonic() < end
        time.sleep(0.01)
    started = time.monotonic()
    editor = _spawn("edit", demo_db.path, emp.id, "title", "Điều dưỡng trưởng", sync, "E")
    (sync / "go").touch()
    stdout, stderr = editor.communicate(timeout=60)
    waited = time.monotonic() - started
    holder.communicate(timeout=60)
    assert editor.returncode == 0, stderr
    assert json.loads(stdout)["outcome"] == "saved"
    assert waited >= 1.0  # it waited for the other writer instead of failing or clobbering
