import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def test_summary_benchmark_prints_value_beside_baseline():
    out = subprocess.run([sys.executable, str(BENCH / "run.py"), "--quick", "summary"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:3] == ["measurement", "value", "baseline"]
    rows = [line for line in lines[2:] if line.strip()]
    assert len(rows) == 3
    for row in rows:
        assert row.count(" s ") >= 2, row  # a value and a baseline value
