"""Phụ lục III (.xlsx and PDF) from a 100k-employee database, beside the bare SQLite
aggregate query on the same database in the same run (target: < 1 s per file, the
database query included). Phụ lục IV as PDF at 100k staff (every person not at level 2),
each format in its own process for its resident memory: the PDF beside writing the same
rows to .xlsx in the same run (target ≤ 10 s, ≤ 300 MB). The head's summary is measured
for context."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from harness import BARE_GROUP_BY, BARE_LATEST, BenchContext, Measurement, demo_database, timed


def run(ctx: BenchContext) -> list[Measurement]:
    from eidroster.reports.aggregate_sheet import write_aggregate_pdf, write_aggregate_xlsx
    from eidroster.reports.exports import (
        export_phu_luc_iii,
        export_summary,
    )
    from eidroster.services.database import open_database
    from eidroster.services.report_inputs import set_example_unit_details
    from eidroster.services.settings import get_settings
    from eidroster.services.summary import summary

    staff = 5_000 if ctx.quick else 100_000
    n = f"{staff // 1000}k"
    path = demo_database(ctx, staff)
    db = open_database(path)
    set_example_unit_details(db)  # reports are refused until the unit's details are set

    conn = sqlite3.connect(path)
    t_bare = timed(lambda: conn.execute(BARE_GROUP_BY).fetchall(), repeat=3)
    today = dt.date.today().isoformat()
    t_latest = timed(lambda: conn.execute(BARE_LATEST, {"d": today}).fetchall(), repeat=3)
    conn.close()
    out = ctx.workdir
    t_xlsx = timed(lambda: export_phu_luc_iii(db, out / "pl3.xlsx"), repeat=3)
    t_pdf = timed(lambda: export_phu_luc_iii(db, out / "pl3.pdf"), repeat=3)
    agg, settings = summary(db), get_settings(db)
    t_query = timed(lambda: summary(db), repeat=3)
    t_xlsx_only = timed(lambda: write_aggregate_xlsx(out / "w.xlsx", agg, settings), repeat=3)
    t_pdf_only = timed(lambda: write_aggregate_pdf(out / "w.pdf", agg, settings), repeat=3)
    iv_pdf = _child_export(path, out / "pl4.pdf")
    iv_xlsx = _child_export(path, out / "pl4.xlsx")
    t_summary = timed(lambda: export_summary(db, out / "summary.pdf"), repeat=1)
    db.close()
    return [
        Measurement(f"Phụ lục III .xlsx export, {n} staff", t_xlsx, "bare SQLite GROUP BY",
                    t_bare, target="< 1 s"),
        Measurement(f"Phụ lục III PDF export, {n} staff", t_pdf, "bare SQLite GROUP BY",
                    t_bare, target="< 1 s"),
        Measurement(f"Phụ lục III .xlsx export, {n} staff", t_xlsx,
                    "bare SQL, latest status grouped", t_latest, target="(context)"),
        Measurement("  of which: write .xlsx only", t_xlsx_only, "summary() query",
                    t_query, target="(split of the above)"),
        Measurement("  of which: write PDF only", t_pdf_only, "summary() query",
                    t_query, target="(split of the above)"),
        Measurement(f"Phụ lục IV PDF export, {n} staff ({iv_pdf['rows']} rows)",
                    iv_pdf["seconds"], "the same rows to .xlsx", iv_xlsx["seconds"],
                    target="≤ 10 s"),
        Measurement(f"Phụ lục IV PDF export, {n} staff: resident memory", iv_pdf["rss_mb"],
                    "the same rows to .xlsx", iv_xlsx["rss_mb"], unit="MB",
                    target="≤ 300 MB"),
        Measurement(f"head's summary PDF, {n} staff", t_summary, "summary() query",
                    t_query, target="(context: trend over the history)"),
    ]


def _child_export(db_path: Path, out: Path) -> dict:
    """Phụ lục IV exported by a fresh process: its time and peak resident memory."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    res = subprocess.run([sys.executable, str(Path(__file__).resolve()), str(db_path), str(out)],
                         capture_output=True, text=True, env=env, check=True, timeout=900)
    return json.loads(res.stdout.strip().splitlines()[-1])


if __name__ == "__main__":  # the child of _child_export
    import resource
    import time

    from eidroster.reports.exports import export_phu_luc_iv
    from eidroster.services.database import open_database

    database = open_database(sys.argv[1])
    t0 = time.perf_counter()
    result = export_phu_luc_iv(database, sys.argv[2])
    seconds = time.perf_counter() - t0
    database.close()
    print(json.dumps({"seconds": seconds, "rows": result.rows,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
