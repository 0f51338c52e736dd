"""`summary` on a 100k-employee database beside bare SQLite queries over the same rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

from harness import BenchContext, Measurement, timed

BARE_GROUP_BY = "SELECT department_id, COUNT(*) FROM employees GROUP BY department_id"
# the same numbers as `summary`, written by hand in one SQL statement
BARE_LATEST = """
SELECT e.department_id, c.status, c.justified, COUNT(*) FROM employees e
LEFT JOIN status_changes c ON c.id = (
  SELECT id FROM status_changes c2 WHERE c2.employee_id = e.id AND c2.effective_date <= :d
  ORDER BY c2.effective_date DESC, c2.id DESC LIMIT 1)
WHERE (e.start_date IS NULL OR e.start_date <= :d) AND (e.leave_date IS NULL OR e.leave_date > :d)
GROUP BY 1, 2, 3"""


def run(ctx: BenchContext) -> list[Measurement]:
    from eidroster.services.database import open_database
    from eidroster.services.demo import generate
    from eidroster.services.summary import summary

    staff = 5_000 if ctx.quick else 100_000
    path = ctx.workdir / "summary.sqlite"
    db = open_database(path)
    generate(db, staff, seed=1)
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
