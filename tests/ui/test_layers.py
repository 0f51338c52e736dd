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


def _imports(path: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_nothing_under_ui_imports_the_db_layer():
    """The window reaches the database through services only (no ORM model, no engine
    helper), at module level or inside a function."""
    ui = REPO / "eidroster" / "ui"
    crossing = {p.name: sorted(m for m in _imports(p) if m == "eidroster.db" or m.startswith("eidroster.db."))
                for p in sorted(ui.glob("*.py"))}
    assert {k: v for k, v in crossing.items() if v} == {}
    assert "eidroster.services.roster" in _imports(ui / "editing.py")  # the check can see imports


def test_selftest_outside_ui_has_no_qt_import():
    """The self-test's window check lives under ui/ (selftest.py imports it when run)."""
    names = _imports(REPO / "eidroster" / "selftest.py")
    assert not any(n.startswith(("PySide6", "shiboken6")) for n in names)
    assert "eidroster.ui.selftest_window" in names


def test_numbers_on_screen_follow_the_window_language():
    """Screens format counts and rates with ui.i18n (1.097 / 1,097 by language), never
    with the documents' Vietnamese-only formatters, at module level or in a function."""
    import ast

    found = {}
    for path in sorted((REPO / "eidroster" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in (
                    "eidroster.domain.text", "eidroster.domain.aggregate"):
                bad = [a.name for a in node.names if a.name in ("format_int", "format_rate")]
                if bad:
                    found[path.name] = bad
    assert found == {}
    assert "format_int" in _imports_names(REPO / "eidroster" / "ui" / "roster_view.py")


def _imports_names(path: Path) -> set[str]:
    import ast

    return {a.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) for a in node.names}
