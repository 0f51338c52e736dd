"""A full disk or a read-only folder: a Vietnamese message, no traceback, nothing lost.

As root (the CI container) the test mounts a tiny tmpfs, which is a real full disk and
a real read-only file system; otherwise a read-only folder is made with chmod and a
full disk is simulated with RLIMIT_FSIZE in the child process."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eidroster.services.database import open_database
from eidroster.services.demo import generate
from tests.conftest import REPO
from tests.safety.helpers import checkpoint, file_hash, integrity, scalar

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                   check=True)


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> None:
    """Use up all the space of the tmpfs at ``folder``."""
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def _cli(*args, limit_bytes: int | None = None):
    def limit() -> None:  # pragma: no cover - runs in the child
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "eidroster", *map(str, args)], cwd=REPO, capture_output=True,
        text=True, env=dict(os.environ), timeout=120,
        preexec_fn=limit if limit_bytes is not None else None,
    )


@pytest.fixture
def populated(tmp_path) -> Path:
    path = tmp_path / "hr.sqlite"
    db = open_database(path)
    generate(db, 300, seed=4)
    from eidroster.services.report_inputs import set_example_unit_details

    set_example_unit_details(db)  # reports are refused until the unit's details are set
    db.close()
    checkpoint(path)
    return path


@pytest.fixture
def full_dir(tmp_path):
    """(folder, limit): a folder on a full disk, or a size limit for the child."""
    folder = tmp_path / "full"
    if IS_ROOT:
        _mount(folder, "96k")
        try:
            _fill(folder)
            yield folder, None
        finally:
            _umount(folder)
    else:
        folder.mkdir()
        yield folder, 4096


@pytest.fixture
def readonly_dir(tmp_path):
    folder = tmp_path / "ro"
    if IS_ROOT:
        _mount(folder, "1m")
        try:
            (folder / "old-report.xlsx").write_bytes(b"previous content")
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        finally:
            _umount(folder)
    else:
        folder.mkdir()
        (folder / "old-report.xlsx").write_bytes(b"previous content")
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)


def _no_traceback(r) -> None:
    assert "Traceback" not in r.stderr and "Error:" not in r.stderr, r.stderr
    assert r.stderr.startswith("Lỗi: "), r.stderr


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith(".")]


@pytest.mark.parametrize("what", ["phu-luc-iv", "phu-luc-iii", "backup"])
def test_export_to_a_full_disk(populated, full_dir, what):
    folder, limit = full_dir
    before = file_hash(populated)
    if what == "backup":
        args = ("--db", populated, "backup", folder / "copy.sqlite")
    else:
        args = ("--db", populated, "export", what, folder / "report.xlsx")
    r = _cli(*args, limit_bytes=limit)
    assert r.returncode == 1, (r.stdout, r.stderr)
    _no_traceback(r)
    assert ("đầy" in r.stderr) if limit is None else ("Không" in r.stderr)
    assert not (folder / "report.xlsx").exists() and not (folder / "copy.sqlite").exists()
    assert _leftovers(folder) == []
    assert file_hash(populated) == before  # nothing recorded as exported, nothing lost


@pytest.mark.parametrize("what", ["phu-luc-iv", "backup"])
def test_export_to_a_read_only_folder(populated, readonly_dir, what):
    before = file_hash(populated)
    target = readonly_dir / ("old-report.xlsx" if what != "backup" else "copy.sqlite")
    if what == "backup":
        r = _cli("--db", populated, "backup", target)
    else:
        r = _cli("--db", populated, "export", what, target)
    assert r.returncode == 1, (r.stdout, r.stderr)
    _no_traceback(r)
    assert "không có quyền ghi" in r.stderr or "chỉ đọc" in r.stderr, r.stderr
    assert (readonly_dir / "old-report.xlsx").read_bytes() == b"previous content"
    assert file_hash(populated) == before


@pytest.mark.skipif(not IS_ROOT, reason="needs a real small file system (tmpfs mount)")
def test_database_on_a_disk_that_fills_up(tmp_path):
    folder = tmp_path / "small"
    _mount(folder, "512k")
    try:
        path = folder / "hr.sqlite"
        db = open_database(path)
        generate(db, 100, seed=2)
        db.close()
        r = _cli("--db", path, "demo", "--staff", "20000")
        assert r.returncode == 1
        _no_traceback(r)
        assert "đã đầy" in r.stderr and "chưa có thay đổi nào bị mất" in r.stderr
        assert integrity(path) == "ok"
        assert scalar(path, "SELECT COUNT(*) FROM employees") == 100
        # reading still works on the full disk
        r = _cli("--db", path, "summary", "--json")
        assert r.returncode == 0, r.stderr
    finally:
        _umount(folder)


@pytest.mark.skipif(not IS_ROOT, reason="needs a read-only file system (tmpfs remount)")
def test_database_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "stick"
    _mount(folder, "2m")
    try:
        path = folder / "hr.sqlite"
        db = open_database(path)
        generate(db, 50, seed=2)
        db.close()
        checkpoint(path)
        before = file_hash(path)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        for args in (("summary",), ("demo", "--staff", "5")):
            r = _cli("--db", path, *args)
            assert r.returncode == 1
            _no_traceback(r)
            assert "chỉ cho phép đọc" in r.stderr, r.stderr
        assert file_hash(path) == before
        shutil.copy(path, tmp_path / "copy.sqlite")
        assert scalar(tmp_path / "copy.sqlite", "SELECT COUNT(*) FROM employees") == 50
    finally:
        _umount(folder)
