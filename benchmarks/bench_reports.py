"""Phụ lục III (.xlsx and PDF) from a 100k-employee database, beside the bare SQLite
aggregate query on the same database in the same run (target: < 1 s per file, the
database query included). Phụ lục IV (.xlsx, every person not at level 2) and the
head's summary are measured for context."""

from __future__ import annotations

import datetime as dt
import sqlite3

from harness import BARE_GROUP_BY, BARE_LATEST, BenchContext, Measurement, demo_database, timed


def run(ctx: BenchContext) -> list[Measurement]:
    from eidroster.reports.aggregate_sheet import write_aggregate_pdf, write_aggregate_xlsx
    from eidroster.reports.exports import (
        export_phu_luc_iii,
        export_phu_luc_iv,
        export_summary,
    )
    from eidroster.services.database import open_database
    from eidroster.services.settings import get_settings
    from eidroster.services.summary import summary

    staff = 5_000 if ctx.quick else 100_000
    n = f"{staff // 1000}k"
    path = demo_database(ctx, staff)
    db = open_database(path)

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
    t_iv = timed(lambda: export_phu_luc_iv(db, out / "pl4.xlsx"), repeat=1)
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
        Measurement(f"Phụ lục IV .xlsx export, {n} staff", t_iv, "bare SQLite GROUP BY",
                    t_bare, target="(context: one row per person not at level 2)"),
        Measurement(f"head's summary PDF, {n} staff", t_summary, "summary() query",
                    t_query, target="(context: trend over the history)"),
    ]
