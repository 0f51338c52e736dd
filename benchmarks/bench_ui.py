"""The roster window at 100,000 employees beside QSortFilterProxyModel on the same model.

* time to show the window with every row loaded (in a fresh process) beside the bare
  service read of the same rows (``roster.list_roster``);
* one filter keystroke in the search box (our in-model filter over precomputed keys)
  beside QSortFilterProxyModel filtering the same model on the name column;
* one sort by name (in-model, precomputed Vietnamese keys) beside QSortFilterProxyModel's
  own sort of the same column;
* resident memory of the window with the data beside a bare PySide6 window, each in its
  own process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from harness import BenchContext, Measurement, timed

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _child(kind: str, db_path: str) -> None:
    """Run in a separate process: print a JSON line with the timings and RSS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView

    if kind in ("bare", "bare+services"):
        if kind == "bare+services":
            import eidroster.services.roster  # noqa: F401 - SQLAlchemy ORM and the services
        app = QApplication([])
        t0 = time.perf_counter()
        w = QMainWindow()
        w.setCentralWidget(QTableView())
        w.statusBar().addWidget(QLabel("bare"))
        w.resize(1366, 768)
        w.show()
        app.processEvents()
        shown = time.perf_counter() - t0
        print(json.dumps({"show": shown, "rss": _rss_mb()}))
        return
    from PySide6.QtCore import QEventLoop, QTimer

    from eidroster.services.database import open_database
    from eidroster.ui.app import MainWindow, create_application

    app = create_application("vi")
    db = open_database(db_path)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    t0 = time.perf_counter()
    w = MainWindow(db, remember_layout=False)
    w.show()
    timer.start(10)  # a 10 ms heartbeat: the gaps between ticks are the GUI's stalls
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if w.loaded else None)
    poll.start(5)
    loop.exec()
    app.processEvents()
    w.roster.table.viewport().repaint()
    shown = time.perf_counter() - t0
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    rows = w.roster.model.rowCount()
    rss = _rss_mb()
    w.shutdown()
    db.close()
    print(json.dumps({"show": shown, "rss": rss, "rows": rows,
                      "max_stall": max(gaps) if gaps else shown}))


def _run_child(kind: str, db_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    env.setdefault("EIDROSTER_DATA_DIR", str(db_path.parent / "data"))
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), kind, str(db_path)],
                         capture_output=True, text=True, env=env, cwd=REPO, check=True,
                         timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(ctx: BenchContext) -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("EIDROSTER_DATA_DIR", str(ctx.workdir / "data"))
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QTableView

    from eidroster.services import roster
    from eidroster.services.database import open_database
    from eidroster.services.demo import generate
    from eidroster.ui.app import MainWindow, create_application
    from eidroster.ui.roster_keys import COL_NAME

    staff = 5_000 if ctx.quick else 100_000
    n = f"{staff // 1000}k"
    path = ctx.workdir / "ui.sqlite"
    db = open_database(path)
    generate(db, staff, seed=3)

    t_service = timed(lambda: roster.list_roster(db), repeat=1)
    window_proc = _run_child("window", path)
    bare_proc = _run_child("bare", path)
    bare_services = _run_child("bare+services", path)
    empty = ctx.workdir / "empty.sqlite"
    open_database(empty).close()
    empty_proc = _run_child("window", empty)

    app = create_application("vi")
    w = MainWindow(db, load=False)
    w.resize(1366, 768)
    w.show()
    w.reload(block=True)
    app.processEvents()
    model = w.roster.model

    # --- one filter keystroke: typing "nguyen van a" letter by letter, the slowest key
    query = "nguyen van a"
    key_times = []
    for i in range(1, len(query) + 1):
        t0 = time.perf_counter()
        w.roster.search.setText(query[:i])
        app.processEvents()
        key_times.append(time.perf_counter() - t0)
    first_key = key_times[0]
    worst_key = max(key_times)
    w.roster.search.setText("")
    app.processEvents()

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(COL_NAME)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setDynamicSortFilter(False)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1000, 600)
    view.show()
    app.processEvents()

    def proxy_key() -> None:
        proxy.setFilterFixedString("n")
        app.processEvents()

    t_proxy_filter = timed(proxy_key, repeat=1)
    proxy.setFilterFixedString("")
    app.processEvents()

    # --- one sort by name
    def our_sort() -> None:
        w.roster.sort_by(COL_NAME, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        w.roster.sort_by(COL_NAME, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    t_sort = timed(our_sort, repeat=2) / 2

    def proxy_sort() -> None:
        proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    t_proxy_sort = timed(proxy_sort, repeat=1)
    view.close()
    w.shutdown()
    db.close()

    return [
        Measurement(f"window shown with {n} rows (own process)", window_proc["show"],
                    "roster.list_roster() alone (the data read)", t_service,
                    target="loads on a worker; GUI stays live"),
        Measurement(f"longest GUI stall while loading {n} rows", window_proc["max_stall"],
                    "a 10 ms timer's period", 0.010, target="≤ 0.100 s"),
        Measurement(f"filter keystroke 'n', {n} rows", first_key,
                    "QSortFilterProxyModel filter 'n', same model", t_proxy_filter,
                    target="≤ 0.050 s"),
        Measurement(f"slowest keystroke of '{query}', {n} rows", worst_key,
                    "QSortFilterProxyModel filter 'n', same model", t_proxy_filter,
                    target="≤ 0.050 s"),
        Measurement(f"sort by name, {n} rows", t_sort,
                    "QSortFilterProxyModel sort by name, same model", t_proxy_sort,
                    target="≤ 0.3 s"),
        Measurement(f"resident memory, window with {n} rows", window_proc["rss"],
                    "bare PySide6 window (own process)", bare_proc["rss"], unit="MB",
                    target="≤ 2× bare"),
        Measurement(f"resident memory, window with {n} rows", window_proc["rss"],
                    "bare PySide6 window + SQLAlchemy/services imported", bare_services["rss"],
                    unit="MB", target="(the floor any window on this stack has)"),
        Measurement(f"resident memory, window with {n} rows", window_proc["rss"],
                    "the same window on an empty database", empty_proc["rss"], unit="MB",
                    target="(what the rows themselves cost)"),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in ("window", "bare", "bare+services"):
        sys.path.insert(0, str(REPO))
        _child(sys.argv[1], sys.argv[2])
    else:
        raise SystemExit("usage: bench_ui.py window|bare DB (run through benchmarks/run.py)")
