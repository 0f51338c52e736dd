"""installer/setup-dev.sh as an ordinary user on a system that lacks a package: it stops
after printing the one command that installs what is missing (``sudo`` where the user
may use it, ``su -c`` otherwise) and creates nothing. ``dpkg-query`` and ``id`` are
stand-ins on PATH, so the test runs the same as root and as any user."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO


def _bin(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


@pytest.mark.parametrize("with_sudo", [False, True])
def test_setup_stops_and_names_the_install_command(tmp_path, with_sudo):
    fake = tmp_path / "bin"
    fake.mkdir()
    # every package installed except postgresql and xvfb
    _bin(fake, "dpkg-query", 'for a; do p="$a"; done\n'
         'case "$p" in postgresql|xvfb) exit 1;; esac\necho "install ok installed"')
    groups = "tester sudo" if with_sudo else "tester"
    _bin(fake, "id", f'case "$1" in -u) echo 1000;; -nG) echo "{groups}";; *) echo tester;; esac')
    if with_sudo:
        _bin(fake, "sudo", "exit 99")
    env = dict(os.environ, PATH=f"{fake}:/usr/bin:/bin")
    copy = tmp_path / "repo"
    (copy / "installer").mkdir(parents=True)
    (copy / "installer" / "setup-dev.sh").write_text(
        (REPO / "installer" / "setup-dev.sh").read_text())
    r = subprocess.run(["bash", str(copy / "installer" / "setup-dev.sh"), "test"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1, (r.stdout, r.stderr)
    want = ("sudo apt-get install postgresql xvfb" if with_sudo
            else "su -c 'apt-get install postgresql xvfb'")
    assert want in r.stderr, r.stderr
    assert "thiếu các gói hệ thống" in r.stderr
    assert not (copy / ".venv").exists()  # stopped before the tests could scroll it away
