"""No module outside eidroster/ui imports PySide6 (the CLI stays light and Qt-free)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import eidroster

REPO = Path(__file__).resolve().parents[2]


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(eidroster.__path__, "eidroster."):
        if info.name == "eidroster.ui" or info.name.startswith("eidroster.ui."):
            continue
        if info.name == "eidroster.__main__":
            continue
        names.append(info.name)
    return names


def test_no_pyside_outside_ui():
    modules = non_ui_modules()
    assert "eidroster.services.roster" in modules and "eidroster.cli" in modules
    code = (
        "import importlib, json, sys\n"
        f"mods = {modules!r}\n"
        "bad = {}\n"
        "for m in mods:\n"
        "    importlib.import_module(m)\n"
        "    qt = sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6')))\n"
        "    if qt:\n"
        "        bad[m] = qt[:3]\n"
        "        break\n"
        "print(json.dumps(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {}


def test_ui_does_import_pyside():
    """The check above can fail: importing the window does load PySide6."""
    out = subprocess.run(
        [sys.executable, "-c",
         "import sys, eidroster.ui.roster_model; print('PySide6' in sys.modules)"],
        capture_output=True, text=True, cwd=REPO, timeout=120)
    assert out.stdout.strip() == "True", out.stderr
