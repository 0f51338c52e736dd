"""No lost update (issue 13, point 6): real processes race on the same people, on SQLite
and on PostgreSQL. A change made meanwhile by someone else is never overwritten: the
import lists those rows as conflicts, a bulk change or an undo is refused and says so —
and nothing is ever counted as saved that is not in the database."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eidroster.domain.statuses import STATUS_LABEL_VI, Status
from eidroster.services import roster
from eidroster.services.database import open_database
from eidroster.services.demo import generate
from eidroster.services.importer import import_file
from tests.conftest import REPO
from tests.importer.corpus import write_xlsx

BELOW_LEVEL1 = {Status.NOT_REGISTERED, Status.SUBMITTED, Status.NO_CHIP_CARD, Status.REJECTED,
                Status.APPROVED_NOT_ACTIVATED}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request, tmp_path):
    if request.param == "sqlite":
        url = str(tmp_path / "shared.sqlite")
    else:
        url = request.getfixturevalue("pg_url")
    db = open_database(url)
    generate(db, 300, seed=13)
    db.close()
    return url


def _spawn(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.safety.workers", *map(str, args)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ))


def _race(sync: Path, procs, names) -> list[dict]:
    end = time.monotonic() + 120
    while not all((sync / f"{n}.ready").exists() for n in names):
        assert time.monotonic() < end, [p.stderr.read() for p in procs if p.poll() is not None]
        time.sleep(0.01)
    (sync / "go").touch()
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        assert p.returncode == 0, stderr[-2000:]
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def _rows(url):
    db = open_database(url)
    try:
        return {r.id: r for r in roster.list_roster(db)}
    finally:
        db.close()


def _list(path: Path, people, status: Status) -> Path:
    rows = [["TT", "Họ và tên", "Số CCCD", "Tình trạng"]]
    rows += [[i, p.full_name, p.id_number, STATUS_LABEL_VI[status]]
             for i, p in enumerate(people, start=1)]
    return write_xlsx(path, rows)


def _targets(url, n):
    rows = _rows(url)
    today = dt.date.today()
    return [r for r in rows.values()
            if r.status in BELOW_LEVEL1 and r.id_number and r.active_on(today)][:n]


def test_import_and_a_move_at_once(target, tmp_path):
    people = _targets(target, 60)
    moved = people[:20]
    sync = tmp_path / "sync"
    sync.mkdir()
    a = _spawn("import", target, _list(tmp_path / "a.xlsx", people, Status.LEVEL2), sync, "A")
    b = _spawn("move", target, ",".join(str(p.id) for p in moved), "Khoa Thử nghiệm", sync, "B")
    imp, mov = _race(sync, [a, b], ["A", "B"])
    after = _rows(target)
    moved_ids = {p.id for p in moved}
    if mov["outcome"] == "saved":
        assert moved_ids <= set(imp["conflicts"]) and not moved_ids & set(imp["saved"])
        assert {after[i].department for i in moved_ids} == {"Khoa Thử nghiệm"}
    else:
        assert "người khác" in mov["message"] and moved_ids <= set(imp["saved"])
    for i in imp["saved"]:
        assert after[i].status is Status.LEVEL2  # counted as saved: it is there
    for i in imp["conflicts"]:
        assert after[i].status is not Status.LEVEL2  # not saved: not overwritten either
    assert len(imp["saved"]) + len(imp["conflicts"]) == len(people)


def test_two_imports_at_once(target, tmp_path):
    people = _targets(target, 50)
    sync = tmp_path / "sync"
    sync.mkdir()
    a = _spawn("import", target, _list(tmp_path / "a.xlsx", people, Status.LEVEL1), sync, "A")
    b = _spawn("import", target, _list(tmp_path / "b.xlsx", people, Status.LEVEL2), sync, "B")
    ra, rb = _race(sync, [a, b], ["A", "B"])
    winner, loser = (ra, rb) if ra["saved"] else (rb, ra)
    assert len(winner["saved"]) == len(people) and winner["conflicts"] == []
    assert loser["saved"] == [] and len(loser["conflicts"]) == len(people)
    expected = Status.LEVEL1 if winner is ra else Status.LEVEL2
    after = _rows(target)
    assert {after[p.id].status for p in people} == {expected}


def test_undo_of_an_import_and_an_edit_at_once(target, tmp_path):
    people = _targets(target, 30)
    db = open_database(target)
    try:
        result = import_file(db, _list(tmp_path / "a.xlsx", people, Status.LEVEL1))
    finally:
        db.close()
    assert result.updated == len(people)
    sync = tmp_path / "sync"
    sync.mkdir()
    u = _spawn("undo_import", target, result.batch_id, sync, "U")
    m = _spawn("move", target, str(people[0].id), "Khoa Thử nghiệm", sync, "M")
    undo, mov = _race(sync, [u, m], ["U", "M"])
    assert sorted([undo["outcome"], mov["outcome"]]) == ["conflict", "saved"]
    after = _rows(target)
    if undo["outcome"] == "saved":  # the move came second, on versions it had not seen
        assert [after[p.id].status for p in people] == [p.status for p in people]
        assert after[people[0].id].department == people[0].department
    else:  # the undo was refused: the import and the move are both there
        assert "đã được sửa sau khi nhập" in undo["message"]
        assert after[people[0].id].department == "Khoa Thử nghiệm"
        assert {after[p.id].status for p in people} == {Status.LEVEL1}


def test_concurrent_import_plans_on_postgres_do_not_overwrite(request, monkeypatch, tmp_path):
    """On a shared server two imports may both read before either writes (no preview,
    the command line): the second waits for the first's row locks, then sees versions it
    did not read, and lists those rows as conflicts."""
    import threading

    from eidroster.services.importer import apply as apply_module

    url = request.getfixturevalue("pg_url")
    db = open_database(url)
    generate(db, 100, seed=5)
    db.close()
    people = _targets(url, 30)
    files = [_list(tmp_path / "a.xlsx", people, Status.LEVEL1),
             _list(tmp_path / "b.xlsx", people, Status.LEVEL2)]
    barrier = threading.Barrier(2, timeout=30)
    original = apply_module.lock_versions_in
    waited = threading.local()

    def planned_then_lock(s, ids):
        if not getattr(waited, "done", False):  # the check after planning, not the last read
            waited.done = True
            barrier.wait()  # both have planned; now both write
        return original(s, ids)

    monkeypatch.setattr(apply_module, "lock_versions_in", planned_then_lock)
    results: list = [None, None]

    def run(i):
        client = open_database(url)
        try:
            results[i] = import_file(client, files[i], allow_downgrade=True)
        except Exception as exc:  # noqa: BLE001 - asserted below
            results[i] = exc
        finally:
            client.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    updated = sorted(r.updated for r in results)
    conflicts = sorted(len(r.conflicts) for r in results)
    assert updated == [0, len(people)] and conflicts == [0, len(people)], results
    winner = next(r for r in results if r.updated)
    expected = Status.LEVEL1 if winner is results[0] else Status.LEVEL2
    assert {_rows(url)[p.id].status for p in people} == {expected}


test_concurrent_import_plans_on_postgres_do_not_overwrite = pytest.mark.postgres(
    test_concurrent_import_plans_on_postgres_do_not_overwrite)
