"""A tiny benchmark harness: every measurement is printed beside a baseline measured
in the same run, on the same machine, so the numbers can be compared fairly.

A benchmark module ``benchmarks/bench_*.py`` defines ``run(ctx) -> list[Measurement]``;
``ctx.workdir`` is a temporary folder shared by the run, ``ctx.quick`` asks for smaller
sizes (used by the test that checks the harness works)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measurement:
    name: str  # what was measured
    value: float
    baseline_name: str  # what it is compared with
    baseline: float | None
    unit: str = "s"
    target: str = ""  # the target, in words ("≤ 1 s", "≤ baseline")

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline


@dataclass
class BenchContext:
    workdir: Path
    quick: bool = False


#: Baselines on an eidroster SQLite database: a plain count, and the report's numbers
#: written by hand in one statement (each employee's employment and latest status in force
#: on the date, grouped; the dated classification is applied to the few groups afterwards).
BARE_GROUP_BY = "SELECT department_id, COUNT(*) FROM employees GROUP BY department_id"
BARE_LATEST = """
SELECT ev.department_id, c.status, c.reason_id, c.justified, c.justified_fixed, COUNT(*)
FROM employees e
JOIN employment_events ev ON ev.id = (
  SELECT id FROM employment_events v2 WHERE v2.employee_id = e.id AND v2.effective_date <= :d
  ORDER BY v2.effective_date DESC, v2.id DESC LIMIT 1)
LEFT JOIN status_changes c ON c.id = (
  SELECT id FROM status_changes c2 WHERE c2.employee_id = e.id AND c2.effective_date <= :d
  ORDER BY c2.effective_date DESC, c2.id DESC LIMIT 1)
WHERE ev.kind <> 'leave'
GROUP BY 1, 2, 3, 4, 5"""


def demo_database(ctx: BenchContext, staff: int, seed: int = 1) -> Path:
    """A generated demo database of ``staff`` people, made once per run and shared by the
    benchmarks that only read it (generating 100k people takes ~10 s)."""
    from eidroster.services.database import open_database
    from eidroster.services.demo import generate

    path = ctx.workdir.parent / "shared" / f"demo-{staff}-{seed}.sqlite"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        db = open_database(path)
        try:
            generate(db, staff, seed=seed)
        finally:
            db.close()
    return path


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """Best wall-clock time of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def format_table(rows: list[Measurement]) -> str:
    headers = ("measurement", "value", "baseline", "baseline value", "ratio", "target")
    body = []
    for m in rows:
        body.append((
            m.name,
            f"{m.value:.3f} {m.unit}",
            m.baseline_name,
            "" if m.baseline is None else f"{m.baseline:.3f} {m.unit}",
            "" if m.ratio is None else f"{m.ratio:.2f}×",
            m.target,
        ))
    widths = [max(len(h), *(len(r[i]) for r in body)) if body else len(h)
              for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in body]
    return "\n".join(lines)
