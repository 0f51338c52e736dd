"""`screenshot DIR` draws every main screen to a 1366×768 PNG offscreen."""

from __future__ import annotations

from PySide6.QtGui import QImage


def test_screenshot_command_writes_pngs(run_cli, tmp_path):
    db = tmp_path / "shot.sqlite"
    assert run_cli("--db", db, "demo", "--staff", "120", "--seed", "3").returncode == 0
    out = tmp_path / "png"
    result = run_cli("--db", db, "screenshot", out)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in out.glob("*.png")}
    assert {"main_window.png", "dashboard.png", "edit_dialog.png",
            "edit_dialog_invalid.png", "status_dialog.png", "reasons_dialog.png"} <= names
    for name in ("main_window.png", "dashboard.png"):
        img = QImage(str(out / name))
        assert (img.width(), img.height()) == (1366, 768)
    edit = QImage(str(out / "edit_dialog.png"))
    assert 400 < edit.width() <= 1366 and 200 < edit.height() <= 768
    # the printed list names the files
    assert str(out / "main_window.png") in result.stdout


def test_screenshot_into_a_file_path_is_a_clean_error(run_cli, tmp_path):
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("x")
    result = run_cli("--db", tmp_path / "a.sqlite", "screenshot", blocker / "sub")
    assert result.returncode == 1
    assert result.stderr.startswith("Lỗi: Không tạo được thư mục")
    assert "Traceback" not in result.stderr
