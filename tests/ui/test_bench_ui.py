"""The window benchmark runs in quick mode (5k rows) and prints every number beside a
baseline measured in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def test_ui_benchmark_quick(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EIDROSTER_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, str(BENCH / "run.py"), "--quick", "ui"],
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:3] == ["measurement", "value", "baseline"]
    rows = [line for line in lines[2:] if line.strip()]
    names = [r.split("  ")[0] for r in rows]
    assert any(n.startswith("filter keystroke") for n in names)
    assert any(n.startswith("sort by name") for n in names)
    assert any(n.startswith("resident memory") for n in names)
    for row in rows:
        assert "QSortFilterProxyModel" in row or "bare" in row or "list_roster" in row \
            or "timer" in row or "empty database" in row or "SQLAlchemy" in row
        assert "×" in row  # a ratio: value and baseline both measured
