"""A bulk status change of 10,000 people in the window at 100,000, and its undo.

In a fresh process: the window loads, 10,000 shown rows are selected, Ctrl+T's change
runs (``EditingFlows.apply_status``: the write and the read-back on the worker thread,
the rows then shown), then Hoàn tác (the batch removed on the worker, the rows shown).
Each is timed from the call until the window shows the result, while a 10 ms timer
measures the longest stall of the GUI thread. Baseline: the bare SQL of the same size
in one transaction — one history row inserted per person (and the batch deleted again).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from harness import BenchContext, Measurement, demo_database

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _child(db_path: str, count: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QItemSelection, QItemSelectionModel, QTimer

    from eidroster.domain.employee import StatusInput
    from eidroster.domain.statuses import Status
    from eidroster.services.database import open_database
    from eidroster.ui.app import MainWindow, create_application

    app = create_application("vi")
    db = open_database(db_path)
    w = MainWindow(db, load=False, remember_layout=False)
    w.resize(1366, 768)
    w.show()
    w.reload(block=True)
    app.processEvents()
    model = w.roster.model
    n = min(count, model.rowCount())
    sel = QItemSelection(model.index(0, 0), model.index(n - 1, model.columnCount() - 1))
    w.roster.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    ids = w.roster.selected_ids()
    app.processEvents()

    def measure(start) -> tuple[float, float]:
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(10)
        t0 = time.perf_counter()
        start()
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if not w.runner.busy() else None)
        poll.start(2)
        loop.exec()
        took = time.perf_counter() - t0
        timer.stop()
        points = [t0, *ticks, time.perf_counter()]
        return took, max(b - a for a, b in zip(points, points[1:], strict=False))

    change = StatusInput(Status.LEVEL2, dt.date.today(), vneid_login=True,
                         vneid_login_date=dt.date.today())
    t_change, stall_change = measure(lambda: w.editing.apply_status(ids, change))
    assert all(model.row_by_id(i).status is Status.LEVEL2 for i in ids[:50])
    t_undo, stall_undo = measure(w.acts.undo.trigger)
    assert w.undo_stack.index() == 0
    w.shutdown()
    db.close()
    print(json.dumps({"rows": len(ids), "change": t_change, "change_stall": stall_change,
                      "undo": t_undo, "undo_stall": stall_undo}))


def _bare_sql(db_path: Path, ids: list[int]) -> tuple[float, float]:
    """One history row per person inserted in one transaction, then deleted by batch."""
    con = sqlite3.connect(db_path)
    now = dt.datetime.now().isoformat(sep=" ")
    today = dt.date.today().isoformat()
    t0 = time.perf_counter()
    with con:
        con.executemany(
            "INSERT INTO status_changes (employee_id, status, justified, note, vneid_login, "
            "dvcqg_used, effective_date, recorded_at, recorded_by, source, batch_id) "
            "VALUES (?, 'level2', 0, '', 1, 0, ?, ?, 'bench', 'bulk', 'bench-batch')",
            [(i, today, now) for i in ids])
        con.executemany("UPDATE employees SET version = version + 1 WHERE id = ?",
                        [(i,) for i in ids])
    insert = time.perf_counter() - t0
    t0 = time.perf_counter()
    with con:
        con.execute("DELETE FROM status_changes WHERE batch_id = 'bench-batch'")
        con.executemany("UPDATE employees SET version = version + 1 WHERE id = ?",
                        [(i,) for i in ids])
    delete = time.perf_counter() - t0
    con.close()
    return insert, delete


def run(ctx: BenchContext) -> list[Measurement]:
    staff = 5_000 if ctx.quick else 100_000
    count = 500 if ctx.quick else 10_000
    path = ctx.workdir / "bulk.sqlite"
    path.write_bytes(demo_database(ctx, staff, seed=5).read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    env.setdefault("EIDROSTER_DATA_DIR", str(ctx.workdir / "data"))
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), str(path), str(count)],
                         capture_output=True, text=True, env=env, cwd=REPO, check=True,
                         timeout=900)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT id FROM employees ORDER BY id LIMIT ?", (count,))]
    con.close()
    bare_insert, bare_delete = _bare_sql(path, ids)
    k = f"{got['rows']:,}".replace(",", ".")
    n = f"{staff // 1000}k"
    return [
        Measurement(f"bulk status change of {k} people in the window ({n})", got["change"],
                    "bare SQL: insert one history row each, one transaction", bare_insert,
                    target="≤ 1 s"),
        Measurement(f"its undo in the window ({n})", got["undo"],
                    "bare SQL: delete that batch, one transaction", bare_delete,
                    target="≤ 1 s"),
        Measurement("longest GUI stall during the change", got["change_stall"],
                    "a 10 ms timer's period", 0.010, target="≤ 0.100 s"),
        Measurement("longest GUI stall during the undo", got["undo_stall"],
                    "a 10 ms timer's period", 0.010, target="≤ 0.100 s"),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3:
        sys.path.insert(0, str(REPO))
        _child(sys.argv[1], int(sys.argv[2]))
    else:
        raise SystemExit("usage: bench_bulk.py DB COUNT (run through benchmarks/run.py)")
