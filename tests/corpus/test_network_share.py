"""A database on a network file system: detected (the file-system type injected), opened
with a rollback journal instead of WAL, and safe for two programs at once under kill -9."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eidroster.io import filesystem as fs
from eidroster.services.database import open_database
from tests.conftest import REPO
from tests.safety.helpers import integrity, scalar

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /home rw - ext4 /dev/sda2 rw
41 40 0:36 / /home/hr/Chung\\040TCCB rw - cifs //server/share rw,vers=3.0
42 22 0:37 / /mnt/nfs rw - nfs4 server:/export rw
43 22 0:38 / /mnt/ssh rw - fuse.sshfs user@host:/ rw
44 22 0:39 / /media/usb rw - fuseblk /dev/sdb1 rw
45 22 0:40 / /tmp rw - tmpfs tmpfs rw
"""


@pytest.mark.parametrize("path,expected", [
    ("/home/hr/Chung TCCB/eidroster.sqlite", "cifs"),
    ("/home/hr/Chung TCCB/sub/x.sqlite", "cifs"),
    ("/home/hr/Chung TCCBx/x.sqlite", None),  # a sibling whose name only starts the same
    ("/mnt/nfs/a.sqlite", "nfs4"),
    ("/mnt/ssh/a.sqlite", "fuse.sshfs"),
    ("/media/usb/a.sqlite", None),  # ntfs-3g: a local disk through FUSE
    ("/tmp/a.sqlite", None),
    ("/home/hr/a.sqlite", None),
])
def test_linux_network_file_systems_from_mountinfo(path, expected):
    mounts = fs.parse_mountinfo(MOUNTINFO)
    assert fs.network_filesystem(path, mounts=mounts, windows=False) == expected


@pytest.mark.parametrize("path,drive_type,expected", [
    (r"\\server\share\eidroster.sqlite", 3, "UNC"),
    ("//server/share/eidroster.sqlite", 3, "UNC"),
    (r"\\?\UNC\server\share\x.sqlite", 3, "UNC"),
    (r"Z:\TCCB\eidroster.sqlite", fs.DRIVE_REMOTE, "ổ đĩa mạng"),
    (r"C:\Users\hr\eidroster.sqlite", 3, None),  # DRIVE_FIXED
    (r"\\?\C:\Users\hr\x.sqlite", 3, None),
])
def test_windows_unc_paths_and_mapped_network_drives(path, drive_type, expected):
    asked = []

    def drive(root: str) -> int:
        asked.append(root)
        return drive_type

    assert fs.network_filesystem(path, windows=True, drive_type=drive) == expected
    if path[1:3] == ":\\":
        assert asked == [path[:3]]


def _as_nfs(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(fs, "_linux_mounts", lambda: [("/", "ext4"), (str(folder), "nfs4")])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mount table of Linux")
def test_a_database_on_a_network_share_uses_a_rollback_journal(tmp_path, monkeypatch, capsys):
    share = tmp_path / "share"
    share.mkdir()
    _as_nfs(monkeypatch, share)
    db = open_database(share / "hr.sqlite")
    try:
        assert db.network == "nfs4"
        with db.write() as s:
            import sqlalchemy as sa

            assert s.execute(sa.text("PRAGMA journal_mode")).scalar_one() == "delete"
        assert not (share / "hr.sqlite-wal").exists()
    finally:
        db.close()
    from eidroster.cli import main

    assert main(["--db", str(share / "hr.sqlite"), "summary"]) == 0
    err = capsys.readouterr().err
    assert "thư mục mạng (nfs4)" in err and "PostgreSQL" in err
    # a local database stays in WAL mode
    local = open_database(tmp_path / "local.sqlite")
    try:
        assert local.network is None
        assert scalar(tmp_path / "local.sqlite", "PRAGMA journal_mode") == "wal"
    finally:
        local.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mount table of Linux")
def test_a_wal_database_moved_to_a_share_leaves_wal(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    open_database(share / "hr.sqlite").close()  # made in WAL mode (local)
    assert scalar(share / "hr.sqlite", "PRAGMA journal_mode") == "wal"
    _as_nfs(monkeypatch, share)
    open_database(share / "hr.sqlite").close()
    con = sqlite3.connect(share / "hr.sqlite")
    try:  # the mode is recorded in the file: even a plain reader now sees "delete"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()


def _worker(db: Path, name: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.corpus.netshare_worker", str(db), name, str(count)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mount table of Linux")
def test_two_programs_on_a_share_under_kill_9(tmp_path, monkeypatch):
    """Two processes increment one counter in the rollback-journal mode, one of them
    killed with SIGKILL 12 times mid-work: every committed increment is there exactly
    once (no lost update), every killed one is wholly absent, the file is intact."""
    share = tmp_path / "share"
    share.mkdir()
    _as_nfs(monkeypatch, share)
    db_path = share / "hr.sqlite"
    db = open_database(db_path)
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO settings (key, value) VALUES ('test_counter', '0')")
    con.commit()
    con.close()
    rng = random.Random(16)
    steady = _worker(db_path, "steady", 600)
    kills = 0
    try:
        while kills < 12:
            victim = _worker(db_path, f"victim{kills}", 100_000)
            assert victim.stdout.readline().strip() == "ready", victim.stderr.read()
            time.sleep(rng.uniform(0.05, 0.4))
            assert victim.poll() is None
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait()
            kills += 1
            assert not Path(str(db_path) + "-wal").exists()
        steady.wait(timeout=300)
        assert steady.returncode == 0, steady.stderr.read()
    finally:
        if steady.poll() is None:
            steady.kill()
            steady.wait()
    assert integrity(db_path) == "ok"
    counter = int(scalar(db_path, "SELECT value FROM settings WHERE key = 'test_counter'"))
    increments = scalar(db_path, "SELECT COUNT(*) FROM audit_events WHERE action = 'test_increment'")
    distinct = scalar(db_path, "SELECT COUNT(DISTINCT detail) FROM audit_events "
                               "WHERE action = 'test_increment'")
    assert counter == increments == distinct  # each value was written once: no lost update
    assert scalar(db_path, "SELECT COUNT(*) FROM audit_events WHERE user_name = 'steady'") == 600
    assert counter > 600  # the victims did commit work before their kills
    assert scalar(db_path, "PRAGMA journal_mode") == "delete"
