"""Random sequences of dated operations driven through the services, and the property
they must keep: a report for a date before an operation's effective date is unchanged
by it (and every report agrees with an independent count from the raw tables).

Shared by the SQLite test (tests/history/test_property.py) and the PostgreSQL one
(tests/postgres/test_pg_history.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa
from hypothesis import strategies as st

from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import EidrosterError
from eidroster.domain.statuses import STATUS_LABEL_VI, Bucket, Status, bucket_of
from eidroster.io.spreadsheet import Sheet
from eidroster.services import employment, reasons, roster
from eidroster.services.importer import LoadedTable, revert_import, run_import
from eidroster.services.importer.table import detect_layout
from eidroster.services.summary import summary

TODAY = dt.date.today()
BASE = TODAY - dt.timedelta(days=60)
#: the last one is new: made by the first move or import that names it
DEPTS = ("Khoa Nội", "Khoa Ngoại", "Khoa Sản", "Khoa Mới")
REASONS = ("maternity", "no_time", "no_smartphone")
FIRST = 4  # people added before the sequence starts
PROBES = tuple(BASE + dt.timedelta(days=d) for d in range(0, 61, 6))

days = st.integers(min_value=0, max_value=60)
people_ids = st.lists(st.integers(min_value=0, max_value=FIRST - 1), min_size=1, max_size=3,
                      unique=True)
statuses = st.sampled_from(list(Status))

ops = st.one_of(
    st.tuples(st.just("status"), people_ids, statuses, st.sampled_from((None,) + REASONS), days,
              st.booleans()),
    st.tuples(st.just("move"), people_ids, st.integers(0, len(DEPTS) - 1), days),
    st.tuples(st.just("leave"), people_ids, days),
    st.tuples(st.just("return"), people_ids, days),
    st.tuples(st.just("reclassify"), st.sampled_from(REASONS), st.booleans(), days),
    st.tuples(st.just("import"),
              st.lists(st.tuples(st.integers(0, FIRST + 2), statuses,
                                 st.integers(0, len(DEPTS) - 1), st.one_of(st.none(), days)),
                       min_size=1, max_size=5, unique_by=lambda r: r[0]),
              st.one_of(st.none(), days), st.booleans()),
    st.tuples(st.just("undo"), st.integers(0, 3)),
)


def day(offset: int) -> dt.date:
    return BASE + dt.timedelta(days=offset)


def person(i: int) -> EmployeeInput:
    names = ("An", "Bình", "Chi", "Dung", "Giang", "Hà", "Khánh")
    return EmployeeInput("Mẫu", "Văn", names[i], DEPTS[i % 3],
                         birth_date=dt.date(1980 + i, 1, 1), gender="M",
                         id_number=make_cccd("079", 1980 + i, "M", 100 + i))


def setup(db) -> list[int]:
    """The first people, working since before the window."""
    start = BASE - dt.timedelta(days=10)
    return [roster.add_employee(db, dataclasses.replace(person(i), start_date=start))
            for i in range(FIRST)]


def _sheet(rows, as_of) -> LoadedTable:
    head = [[f"DANH SÁCH (Tính đến ngày {day(as_of):%d/%m/%Y})"]] if as_of is not None else []
    table = [["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng",
              "Ngày kích hoạt"]]
    for n, (i, status, dept, row_day) in enumerate(rows, start=1):
        p = person(i)
        table.append([n, f"{p.ho} {p.dem} {p.ten}", p.birth_date.strftime("%d/%m/%Y"),
                      p.id_number, DEPTS[dept], STATUS_LABEL_VI[status],
                      day(row_day).strftime("%d/%m/%Y") if row_day is not None else None])
    sheet = Sheet("DS", head + table)
    return LoadedTable(Path("danh_sach.xlsx"), sheet, detect_layout(sheet), ("DS",), None)


def apply(db, op, ids: list[int], batches: list[tuple[str, str, dt.date]]) -> dt.date:
    """Run one operation; returns its effective date (the earliest date it may change)."""
    kind = op[0]
    if kind == "status":
        _, who, status, code, offset, allow = op
        reason_id = None
        if code is not None and bucket_of(status) is not Bucket.LEVEL2:
            reason_id = {r.code: r.id for r in roster.list_reasons(db)}[code]
        batch = roster.set_status(db, [ids[i] for i in who],
                                  StatusInput(status, day(offset), reason_id=reason_id),
                                  allow_downgrade=allow)
        batches.append(("batch", batch, day(offset)))
        return day(offset)
    if kind == "move":
        _, who, dept, offset = op
        batch = employment.move_employees(db, [ids[i] for i in who], DEPTS[dept], day(offset))
        batches.append(("batch", batch, day(offset)))
        return day(offset)
    if kind == "leave":
        _, who, offset = op
        batch = employment.mark_left(db, [ids[i] for i in who], day(offset))
        batches.append(("batch", batch, day(offset)))  # type: ignore[arg-type]
        return day(offset)
    if kind == "return":
        _, who, offset = op
        batch = employment.mark_returned(db, [ids[i] for i in who], day(offset))
        batches.append(("batch", batch, day(offset)))
        return day(offset)
    if kind == "reclassify":
        _, code, justified, offset = op
        rid = {r.code: r.id for r in roster.list_reasons(db)}[code]
        reasons.reclassify_reason(db, rid, justified, from_date=day(offset))
        return day(offset)
    if kind == "import":
        _, rows, as_of, allow = op
        dates = [day(r[3]) for r in rows if r[3] is not None]
        effective = min(dates + [day(as_of) if as_of is not None else TODAY])
        result = run_import(db, _sheet(rows, as_of), allow_downgrade=allow, backup=False)
        if result.batch_id:
            batches.append(("import", result.batch_id, effective))
        return effective
    _, k = op
    if not batches:
        return TODAY
    what, batch, effective = batches.pop(-1 - min(k, len(batches) - 1))
    if what == "import":
        revert_import(db, batch)
    else:
        roster.undo_batch(db, batch)
    return effective


def reports(db) -> dict[dt.date, dict]:
    return {p: summary(db, p).as_dict() for p in PROBES}


def oracle(db, on: dt.date) -> dict[str, int]:
    """An independent count from the raw tables, in plain Python."""
    with db.read() as s:
        events = s.execute(sa.text(
            "SELECT employee_id, kind, effective_date, id FROM employment_events")).all()
        changes = s.execute(sa.text(
            "SELECT employee_id, status, reason_id, justified, justified_fixed, effective_date, "
            "id FROM status_changes")).all()
        classes = s.execute(sa.text(
            "SELECT reason_id, effective_date, justified, id FROM reason_classes")).all()

    def as_date(v):
        return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])

    last_event: dict[int, tuple] = {}
    for emp, kind, d, i in events:
        if as_date(d) <= on and (emp not in last_event or (as_date(d), i) > last_event[emp][0]):
            last_event[emp] = ((as_date(d), i), kind)
    last_change: dict[int, tuple] = {}
    for emp, status, rid, just, fixed, d, i in changes:
        if as_date(d) <= on and (emp not in last_change or (as_date(d), i) > last_change[emp][0]):
            last_change[emp] = ((as_date(d), i), status, rid, just, fixed)
    cls: dict[int, list] = defaultdict(list)
    for rid, d, j, i in classes:
        cls[rid].append((as_date(d), i, bool(j)))
    out = {"total": 0, "level2": 0, "with_reason": 0}
    for emp, (_, kind) in last_event.items():
        if kind == "leave":
            continue
        out["total"] += 1
        status, rid, just, fixed = last_change.get(emp, (None, "not_registered", None, 0, 0))[1:]
        if status == "level2":
            out["level2"] += 1
            continue
        if rid is not None and not fixed:
            steps = sorted(cls[rid])
            valid = [j for d, _, j in steps if d <= on] or [steps[0][2]]
            just = valid[-1]
        if just:
            out["with_reason"] += 1
    return out


def run(db, sequence) -> None:
    ids = setup(db)
    batches: list[tuple[str, str, dt.date]] = []
    for op in sequence:
        before = reports(db)
        try:
            effective = apply(db, op, ids, batches)
        except EidrosterError:
            assert reports(db) == before, f"a refused {op[0]} changed a report"
            continue
        after = reports(db)
        for probe in PROBES:
            if probe < effective:
                assert after[probe] == before[probe], (op, probe, effective)
        for probe in PROBES[::2]:
            got = {k: after[probe][k] for k in ("total", "level2", "with_reason")}
            assert got == oracle(db, probe), (op, probe)
