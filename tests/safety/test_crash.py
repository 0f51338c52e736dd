"""Crash safety: ``kill -9`` a real process at random moments in the middle of a big
write, then check ``PRAGMA integrity_check`` and that the change is all-or-nothing."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eidroster.services.database import open_database
from tests.conftest import REPO
from tests.safety.helpers import demo_database, integrity, scalar

KILLS = 20
SEED = int(os.environ.get("EIDROSTER_CRASH_SEED", "20260125"))


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "eidroster", *map(str, args)], cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ),
    )


def _timed_run(*args: str) -> float:
    started = time.monotonic()
    p = _start(*args)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    return time.monotonic() - started


def _kill_after(p: subprocess.Popen, delay: float) -> bool:
    """SIGKILL ``p`` after ``delay`` seconds; True when it was still running."""
    try:
        p.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.kill(p.pid, signal.SIGKILL)
        p.wait(timeout=30)
        return True


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("crash") / "base.sqlite", 500, 11)


def _state(path: Path) -> tuple[int, int, int]:
    return (scalar(path, "SELECT COUNT(*) FROM employees"),
            scalar(path, "SELECT COUNT(*) FROM status_changes"),
            scalar(path, "SELECT COUNT(*) FROM audit_events"))


def test_bulk_generate_killed_at_random_moments(base_db, tmp_path):
    """A 10,000-person write in one transaction (the bulk path), killed 10 times."""
    old = _state(base_db)
    full = tmp_path / "full.sqlite"
    shutil.copy(base_db, full)
    duration = _timed_run("--db", full, "demo", "--staff", "10000", "--seed", "1")
    new = _state(full)
    assert new[0] == old[0] + 10_000
    rng = random.Random(SEED)
    killed_before_commit = 0
    kills = KILLS // 2
    for i in range(kills):
        db = tmp_path / f"k{i}.sqlite"
        shutil.copy(base_db, db)
        p = _start("--db", db, "demo", "--staff", "10000", "--seed", "1")
        was_running = _kill_after(p, rng.uniform(0.1, 0.85) * duration)
        assert integrity(db) == "ok", (i, SEED)
        state = _state(db)
        assert state in (old, new), (i, SEED, state)
        killed_before_commit += was_running and state == old
        # and the program opens it normally afterwards
        reopened = open_database(db)
        reopened.close()
        db.unlink()
    assert killed_before_commit >= kills // 4  # the kills really hit the write


def test_restore_killed_at_random_moments(base_db, tmp_path, run_cli):
    big = tmp_path / "big.sqlite"
    shutil.copy(base_db, big)
    assert run_cli("--db", big, "demo", "--staff", "10000").returncode == 0
    backup = tmp_path / "big-backup.sqlite"
    assert run_cli("--db", big, "backup", backup).returncode == 0
    old, new = _state(base_db), _state(backup)
    probe = tmp_path / "probe.sqlite"
    shutil.copy(base_db, probe)
    duration = _timed_run("--db", probe, "restore", backup)
    rng = random.Random(SEED + 1)
    for i in range(10):
        db = tmp_path / f"r{i}.sqlite"
        shutil.copy(base_db, db)
        p = _start("--db", db, "restore", backup)
        _kill_after(p, rng.uniform(0.05, 1.0) * duration)
        assert integrity(db) == "ok", (i, SEED)
        state = _state(db)
        assert state[:2] in (old[:2], new[:2]), (i, SEED, state)
        reopened = open_database(db)
        reopened.close()
    # whatever temporary copies the kills left are cleaned up (they are never picked up)
    from eidroster.services.backup import remove_stale_temp_files

    for i in range(10):
        remove_stale_temp_files(tmp_path / f"r{i}.sqlite", older_than=0)
    assert list(tmp_path.glob(".eidroster-*.part")) == []
    assert not (tmp_path / "backups").exists() or list((tmp_path / "backups").glob("*.part")) == []


def _write_started(db: Path) -> bool:
    """The importer backs the database up inside its write transaction, right before it
    writes the rows: once that backup exists, the import is in its all-or-nothing part."""
    return any((db.parent / "backups").glob(f"{db.stem}-before-import-*.sqlite"))


def _wait_for_write(p: subprocess.Popen, db: Path) -> float:
    end = time.monotonic() + 60
    while p.poll() is None and not _write_started(db) and time.monotonic() < end:
        time.sleep(0.002)
    return time.monotonic()


def test_import_of_10k_rows_killed_at_random_moments(base_db, tmp_path):
    """``python -m eidroster import`` of a 10,000-row file, killed 20 times while it
    writes (at a random moment after its transaction began)."""
    from tests.corpus.generate import valid_csv

    source = valid_csv(tmp_path / "list.csv", 10_000, seed=3)
    old = _state(base_db)
    full = tmp_path / "full.sqlite"
    shutil.copy(base_db, full)
    p = _start("--db", full, "import", source)
    began = _wait_for_write(p, full)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    write_time = time.monotonic() - began
    new = _state(full)
    assert new[0] == old[0] + 10_000
    rng = random.Random(SEED + 2)
    killed_before_commit = kills = 0
    for i in range(3 * KILLS):  # until 20 kills hit a running import
        if kills == KILLS:
            break
        db = tmp_path / f"i{i}.sqlite"
        shutil.copy(base_db, db)
        p = _start("--db", db, "import", source)
        _wait_for_write(p, db)
        was_running = _kill_after(p, rng.uniform(0.0, 0.9) * write_time)
        kills += was_running
        assert integrity(db) == "ok", (i, SEED)
        state = _state(db)
        assert state in (old, new), (i, SEED, state)
        if state == old:  # not one row of a killed import: no half batch
            assert scalar(db, "SELECT COUNT(*) FROM status_changes WHERE source = 'import'") == 0
        killed_before_commit += was_running and state == old
        reopened = open_database(db)
        reopened.close()
        db.unlink()
    assert kills == KILLS, (kills, write_time)
    # most kills landed inside the transaction
    assert killed_before_commit >= KILLS // 2, (killed_before_commit, write_time)
