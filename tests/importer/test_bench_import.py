"""The import benchmark runs (quick size) and puts its number beside the bare-read baseline."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def test_import_benchmark_quick(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_import", BENCH / "bench_import.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        from harness import BenchContext

        rows = mod.run(BenchContext(tmp_path, quick=True))
    finally:
        sys.path.remove(str(BENCH))
    assert [m.name for m in rows] == [
        "import 1,000 messy rows, whole process (.xlsx → SQLite)",
        "import 1,000 messy rows, whole process: CPU time (user+sys)",
        "re-import the same 1,000 rows, whole process (all unchanged)"]
    for m in rows:
        assert m.baseline_name.startswith("openpyxl")
        assert m.value > 0 and m.baseline and m.baseline > 0
    # every generated messy row went in (import_process raises otherwise): 3 fresh databases
    from eidroster.services.database import count_rows, open_database

    for i in range(3):
        db = open_database(tmp_path / f"import-{i}.sqlite")
        try:
            assert count_rows(db, "employees") == 1000
        finally:
            db.close()
