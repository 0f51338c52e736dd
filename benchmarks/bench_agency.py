"""The agency's merge of 20 units' Phụ lục III (5,000 staff each) beside a bare read of
the same files; and `summary` on PostgreSQL beside SQLite over the same 100k people."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from harness import BenchContext, Measurement, demo_database, timed

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests.postgres.server starts the PostgreSQL server

AS_OF = dt.date(2023, 11, 29)


def _unit_files(workdir: Path, units: int, staff: int) -> list[Path]:
    """Each unit's Phụ lục III exactly as eidroster writes it (counts of generated
    people; the merge reads files, so no database is needed to make them)."""
    from eidroster.domain.aggregate import PersonState, aggregate
    from eidroster.domain.statuses import Bucket
    from eidroster.reports.aggregate_sheet import write_aggregate_xlsx
    from eidroster.services.demo import DEPARTMENTS
    from eidroster.services.settings import SETTINGS

    rng = random.Random(9)
    base = {d.key: d.default for d in SETTINGS}
    paths = []
    for n in range(1, units + 1):
        people = []
        for _ in range(staff):
            roll = rng.random()
            bucket = Bucket.LEVEL2 if roll < 0.9 else Bucket.LEVEL1 if roll < 0.95 else Bucket.NONE
            people.append(PersonState(rng.choice(DEPARTMENTS), bucket, rng.random() < 0.8))
        agg = aggregate(people, AS_OF, DEPARTMENTS)
        path = workdir / f"phu_luc_iii_don_vi_{n:02d}.xlsx"
        write_aggregate_xlsx(path, agg, {**base, "unit_name": f"Bệnh viện mẫu số {n}"})
        paths.append(path)
    return paths


def _merge_rows(ctx: BenchContext) -> list[Measurement]:
    from eidroster.io.spreadsheet import read_sheet
    from eidroster.reports.phu_luc_i import write_phu_luc_i
    from eidroster.services.agency import merge_files
    from eidroster.services.settings import SETTINGS

    units, staff = (3, 300) if ctx.quick else (20, 5_000)
    folder = ctx.workdir / "units"
    folder.mkdir()
    paths = _unit_files(folder, units, staff)
    settings = {d.key: d.default for d in SETTINGS}
    out = ctx.workdir / "phu_luc_i.xlsx"

    def merge_and_write() -> None:
        result = merge_files(paths)
        assert len(result.merged) == units and not result.problems
        assert result.total.total == units * staff
        write_phu_luc_i(result, settings, xlsx=out, check=ctx.workdir / "kiem_tra.xlsx")

    t_bare = timed(lambda: [read_sheet(p) for p in paths], repeat=3)
    t_merge = timed(lambda: merge_files(paths), repeat=3)
    t_all = timed(merge_and_write, repeat=3)
    label = f"{units} units × {staff:,} staff".replace(",", ".")
    return [
        Measurement(f"agency merge (read + check), {label}", t_merge,
                    "bare read_sheet of the same files", t_bare,
                    target="< 0.5 s; bare read is the floor"),
        Measurement(f"agency merge + write Phụ lục I .xlsx, {label}", t_all,
                    "bare read_sheet of the same files", t_bare,
                    target="< 1 s (one click in the window)"),
    ]


def _summary_rows(ctx: BenchContext) -> list[Measurement]:
    import sqlalchemy as sa

    from eidroster.services.database import open_database
    from eidroster.services.demo import generate
    from eidroster.services.summary import summary
    from tests.postgres.server import ServerUnavailable, start_server

    staff = 2_000 if ctx.quick else 100_000
    today = dt.date.today()
    lite = open_database(demo_database(ctx, staff))
    try:
        server = start_server()
    except ServerUnavailable as exc:
        print(f"# bench_agency: PostgreSQL row skipped: {exc}", file=sys.stderr)
        lite.close()
        return []
    try:
        pg = open_database(server.url(server.create_database("bench")))
        try:
            generate(pg, staff, seed=1, today=today)
            with pg.write() as s:
                s.execute(sa.text("ANALYZE"))
            a, b = summary(lite, today), summary(pg, today)
            assert a.total == b.total, (a.total, b.total)  # the same people on both
            t_lite = timed(lambda: summary(lite, today), repeat=3)
            t_pg = timed(lambda: summary(pg, today), repeat=3)
        finally:
            pg.close()
    finally:
        lite.close()
        server.stop()
    n = f"{staff // 1000}k"
    return [Measurement(f"summary() on PostgreSQL 15 (loopback), {n} staff", t_pg,
                        f"summary() on SQLite, same {n} people", t_lite,
                        target="same order as SQLite (≤ 3×)")]


def run(ctx: BenchContext) -> list[Measurement]:
    return _merge_rows(ctx) + _summary_rows(ctx)
