"""The report's numbers from the database agree with a count made straight from it."""

import datetime as dt

import sqlalchemy as sa

from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.statuses import Status
from eidroster.services import roster
from eidroster.services.summary import not_level2_people, rate_trend, summary

TODAY = dt.date.today()


def direct_counts(db, as_of):
    """Independent count: plain SQL, latest change by (effective_date, id) per person."""
    sql = sa.text("""
        SELECT e.id, d.name,
          (SELECT status FROM status_changes c WHERE c.employee_id = e.id AND c.effective_date <= :d
            ORDER BY c.effective_date DESC, c.id DESC LIMIT 1) AS status,
          (SELECT justified FROM status_changes c WHERE c.employee_id = e.id AND c.effective_date <= :d
            ORDER BY c.effective_date DESC, c.id DESC LIMIT 1) AS justified
        FROM employees e JOIN departments d ON d.id = e.department_id
        WHERE (e.start_date IS NULL OR e.start_date <= :d)
          AND (e.leave_date IS NULL OR e.leave_date > :d)""")
    with db.read() as s:
        rows = s.execute(sql, {"d": as_of}).all()
    per = {}
    for _id, dept, status, justified in rows:
        c = per.setdefault(dept, dict(total=0, none=0, level1=0, level2=0, with_reason=0,
                                      without_reason=0))
        c["total"] += 1
        status = status or "not_registered"
        if status == "level2":
            c["level2"] += 1
            continue
        c["level1" if status == "level1" else "none"] += 1
        c["with_reason" if justified else "without_reason"] += 1
    return per


def test_summary_matches_direct_count(demo_db):
    for as_of in (TODAY, TODAY - dt.timedelta(days=20), TODAY - dt.timedelta(days=60)):
        agg = summary(demo_db, as_of)
        expected = direct_counts(demo_db, as_of)
        got = {r.name: {k: v for k, v in r.counts.as_dict().items() if k != "level2_rate"}
               for r in agg.departments if r.counts.total}
        assert got == expected
        assert agg.total.total == sum(c["total"] for c in expected.values())


def _person(db, name="Mẫu Văn An", dept="Khoa Nội", **kw):
    ho, dem, ten = name.split(" ")
    return roster.add_employee(db, EmployeeInput(ho, dem, ten, dept, **kw))


def test_as_of_before_a_change_gives_the_old_numbers(db):
    emp = _person(db, start_date=dt.date(2020, 1, 1))
    d1, d2 = dt.date(2024, 1, 10), dt.date(2024, 2, 1)
    roster.set_status(db, [emp], StatusInput(Status.LEVEL1, d1, justified=True))
    roster.set_status(db, [emp], StatusInput(Status.LEVEL2, d2))
    assert summary(db, dt.date(2024, 1, 9)).total.none == 1
    s1 = summary(db, dt.date(2024, 1, 20)).total
    assert (s1.level1, s1.level2, s1.with_reason) == (1, 0, 1)
    s2 = summary(db, d2).total
    assert (s2.level1, s2.level2, s2.with_reason) == (0, 1, 0)


def test_leavers_and_later_joiners_do_not_count(db):
    _person(db, "Mẫu Văn An", start_date=dt.date(2020, 1, 1))
    _person(db, "Mẫu Văn Bình", start_date=dt.date(2024, 3, 1))
    leaver = _person(db, "Mẫu Văn Cường", start_date=dt.date(2020, 1, 1))
    roster.mark_left(db, leaver, dt.date(2024, 2, 1))
    assert summary(db, dt.date(2024, 1, 31)).total.total == 2
    assert summary(db, dt.date(2024, 2, 1)).total.total == 1
    assert summary(db, dt.date(2024, 3, 1)).total.total == 2


def test_trend_agrees_with_summary_every_day(demo_db):
    start, end = TODAY - dt.timedelta(days=50), TODAY
    trend = rate_trend(demo_db, start, end)
    assert len(trend) == 51
    for point in trend[::7] + [trend[-1]]:
        agg = summary(demo_db, point.day).total
        assert (point.total, point.level2) == (agg.total, agg.level2), point.day


def test_phu_luc_iv_people_are_exactly_those_not_at_level2(demo_db):
    people = not_level2_people(demo_db, TODAY)
    agg = summary(demo_db, TODAY).total
    assert len(people) == agg.none + agg.level1
    assert all(p.status is not Status.LEVEL2 for p in people)
    # the unit's order of departments (as Phụ lục III), then Vietnamese name order
    order = {r.name: i for i, r in enumerate(summary(demo_db, TODAY).departments)}
    keys = [(order[p.department], p.sort_key) for p in people]
    assert keys == sorted(keys)
