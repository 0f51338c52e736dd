"""The frozen program: build the one-folder bundle from the repository with PyInstaller
(installer/eidroster.spec, as `make bundle` does) and run its `--self-test`, so a missing
resource or hidden import is caught here rather than in an HR office. ~35-60 s."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.delivery.iss import iss_sources


@pytest.mark.slow
def test_bundle_builds_and_passes_its_self_test(tmp_path):
    # PyInstaller writes the Linux executable with objcopy (Debian: binutils, which
    # installer/setup-dev.sh installs for `make test`).
    assert shutil.which("objcopy") and shutil.which("objdump"), "install binutils"
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(dist), "--workpath", str(work),
         str(REPO / "installer" / "eidroster.spec")],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    bundle = dist / "eidroster"
    try:
        exe = bundle / "eidroster"
        assert exe.is_file() and os.access(exe, os.X_OK)
        # PyInstaller 6 layout: resources under _internal (= sys._MEIPASS), which
        # eidroster.paths.resources_dir() reads.
        internal = bundle / "_internal" / "resources"
        assert sorted(p.name for p in (internal / "fonts").glob("*.ttf"))
        assert (internal / "icons" / "eidroster.png").is_file()
        assert (internal / "translations" / "eidroster_en.qm").is_file()
        for name in ("LICENSE", "LGPL-3.0.txt", "LICENSE-OFL.txt", "THIRD-PARTY.txt"):
            assert (bundle / "licenses" / name).is_file(), name
        assert (bundle / "VERSION").read_text().strip() == _project_version()
        # Every file the Windows installer script takes from the bundle is there (the
        # Linux build has the same layout, without the Windows-only .exe names).
        for source in iss_sources():
            if source.startswith("{#BundleDir}"):
                rel = source.removeprefix("{#BundleDir}").lstrip("\\").replace("\\", "/")
                rel = rel.replace("eidroster-cli.exe", "eidroster").replace(".exe", "")
                rel = rel.rstrip("*").rstrip("/")
                assert (bundle / rel).exists(), source

        env = dict(os.environ)
        for key in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH"):
            env.pop(key, None)
        env["EIDROSTER_DATA_DIR"] = str(tmp_path / "user-data")
        env["EIDROSTER_DB"] = str(tmp_path / "user.sqlite")
        done = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=180)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "(bản đóng gói)" in done.stdout  # really the frozen program
        assert "Tự kiểm tra đạt" in done.stdout
        version = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                                 env=env, timeout=60)
        assert version.stdout.strip() == f"eidroster {_project_version()}"
        assert not (tmp_path / "user.sqlite").exists()
    finally:
        shutil.rmtree(bundle, ignore_errors=True)  # ~250 MB
        shutil.rmtree(work, ignore_errors=True)


def _project_version() -> str:
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
