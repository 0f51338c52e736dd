"""Run every ``benchmarks/bench_*.py`` (or those named) and print one table.

    python benchmarks/run.py [--quick] [NAME ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import BenchContext, format_table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes (checks the harness)")
    ap.add_argument("names", nargs="*", help="bench modules to run, e.g. summary import")
    args = ap.parse_args(argv)
    modules = sorted(HERE.glob("bench_*.py"))
    if args.names:
        modules = [m for m in modules if m.stem.removeprefix("bench_") in args.names]
    rows = []
    with tempfile.TemporaryDirectory(prefix="eidroster-bench-") as tmp:
        for path in modules:
            spec = importlib.util.spec_from_file_location(path.stem, path)
            mod = importlib.util.module_from_spec(spec)
            assert spec.loader is not None
            spec.loader.exec_module(mod)
            work = Path(tmp) / path.stem
            work.mkdir()
            print(f"# {path.stem} …", file=sys.stderr, flush=True)
            rows.extend(mod.run(BenchContext(work, quick=args.quick)))
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
