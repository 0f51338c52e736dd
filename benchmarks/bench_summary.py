"""`summary` on a 100k-employee database beside bare SQLite queries over the same rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

from harness import BARE_GROUP_BY, BARE_LATEST, BenchContext, Measurement, demo_database, timed


def run(ctx: BenchContext) -> list[Measurement]:
    from eidroster.services.database import open_database
    from eidroster.services.summary import summary

    staff = 5_000 if ctx.quick else 100_000
    path = demo_database(ctx, staff)
    db = open_database(path)
    today = dt.date.today().isoformat()

    t_service = timed(lambda: summary(db), repeat=3)
    db.close()
    conn = sqlite3.connect(path)
    t_group = timed(lambda: conn.execute(BARE_GROUP_BY).fetchall(), repeat=3)
    t_latest = timed(lambda: conn.execute(BARE_LATEST, {"d": today}).fetchall(), repeat=3)
    conn.close()
    cmd = [sys.executable, "-m", "eidroster", "--db", str(path), "summary", "--json"]
    t_cli = timed(lambda: subprocess.run(cmd, check=True, capture_output=True), repeat=2)
    bare_cmd = [sys.executable, "-c",
                f"import sqlite3; sqlite3.connect({str(path)!r}).execute({BARE_LATEST!r}, "
                f"{{'d': {today!r}}}).fetchall()"]
    t_bare_proc = timed(lambda: subprocess.run(bare_cmd, check=True, capture_output=True), repeat=2)
    n = f"{staff // 1000}k"
    return [
        Measurement(f"summary() service, {n} staff", t_service, "bare GROUP BY employees",
                    t_group, target="(context: a plain count)"),
        Measurement(f"summary() service, {n} staff", t_service,
                    "bare SQL, same latest-status numbers", t_latest, target="≤ 2× bare SQL"),
        Measurement(f"`summary --json` process, {n} staff", t_cli,
                    "python -c sqlite3 bare SQL process", t_bare_proc,
                    target="start-up cost of Python+SQLAlchemy; < 1 s in all"),
    ]
