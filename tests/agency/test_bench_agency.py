"""The agency benchmark runs in quick mode and prints each number beside its baseline."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def test_agency_benchmark_quick():
    from tests.postgres.server import pg_bindir

    out = subprocess.run([sys.executable, str(BENCH / "run.py"), "--quick", "agency"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:3] == ["measurement", "value", "baseline"]
    rows = [line for line in lines[2:] if line.strip()]
    assert [r.split(",")[0] for r in rows[:2]] == [
        "agency merge (read + check)", "agency merge + write Phụ lục I .xlsx"]
    if pg_bindir() is not None:
        assert len(rows) == 3 and "summary() on PostgreSQL" in rows[2]
    else:
        assert len(rows) == 2 and "PostgreSQL row skipped" in out.stderr
    for row in rows:
        assert row.count(" s ") >= 2, row  # a value and a baseline value
