"""``eidroster --self-test`` from the source tree, in real processes: it passes, it names
a failing part, and it never touches the user's database, data folder or preferences."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def _isolated_env(tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["EIDROSTER_DATA_DIR"] = str(tmp_path / "user-data")
    env["EIDROSTER_DB"] = str(tmp_path / "user.sqlite")
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    return env


def test_self_test_passes_and_leaves_the_users_files_alone(tmp_path, run_cli):
    env = _isolated_env(tmp_path)
    done = run_cli("--self-test", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for part in ("Nhập danh sách từ tệp Excel", "Phụ lục III (.xlsx)", "Phụ lục III (.pdf)",
                 "Phụ lục IV (.xlsx",
                 "Phụ lục IV (.pdf)", "Báo cáo tóm tắt", "Cửa sổ chính", "Bản dịch tiếng Anh"):
        assert f"[ OK ] {part}" in out, out
    assert "khớp CSDL" in out
    assert "Tự kiểm tra đạt" in out
    assert "[LỖI]" not in done.stderr
    # Nothing of the user's was created or changed; its own temporary folder is gone.
    assert not (tmp_path / "user.sqlite").exists()
    user_data = tmp_path / "user-data"
    assert not user_data.exists() or not any(user_data.iterdir())
    assert not (tmp_path / "home" / ".config" / "eidroster").exists()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_missing_translation_fails_the_self_test_naming_the_part(tmp_path):
    env = _isolated_env(tmp_path)
    code = (
        "from pathlib import Path\n"
        "import eidroster.ui.i18n as i18n\n"
        "i18n.translation_path = lambda lang, suffix='.qm': Path('/nonexistent') / f'x_{lang}{suffix}'\n"
        "from eidroster.cli import main\n"
        "raise SystemExit(main(['--self-test']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)
    assert done.returncode == 1
    assert "[LỖI] Bản dịch tiếng Anh: thiếu tệp dịch" in done.stderr
    assert "KHÔNG ĐẠT (1 phần lỗi: Bản dịch tiếng Anh)" in done.stderr
    assert "[ OK ] Phụ lục III (.pdf)" in done.stdout  # the other parts still ran
    assert "Traceback" not in done.stderr
