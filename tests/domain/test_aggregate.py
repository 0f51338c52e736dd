import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eidroster.domain.aggregate import (
    Counts,
    PersonState,
    activations_needed_per_day,
    aggregate,
    format_rate,
    from_counts,
    rate_percent,
    rule_problems,
)
from eidroster.domain.statuses import Bucket

DAY = dt.date(2023, 11, 29)

people_st = st.lists(
    st.builds(
        PersonState,
        department=st.sampled_from(["Khoa Nội", "Khoa Sản", "Phòng TCCB", "Khoa Nhi"]),
        bucket=st.sampled_from(list(Bucket)),
        justified=st.booleans(),
    ),
    max_size=300,
)


@given(people_st)
def test_aggregate_always_obeys_both_rules(people):
    agg = aggregate(people, DAY)
    for row in [*agg.departments, None]:
        c = row.counts if row else agg.total
        assert c.none + c.level1 + c.level2 == c.total
        assert c.with_reason + c.without_reason == c.none + c.level1
        assert rule_problems(c) == []
    assert agg.total.total == len(people)
    assert sum(r.counts.total for r in agg.departments) == len(people)
    assert agg.total.level2 == sum(p.bucket is Bucket.LEVEL2 for p in people)
    # a person at level 2 never counts as "có lý do"
    expected_with = sum(p.justified and p.bucket is not Bucket.LEVEL2 for p in people)
    assert agg.total.with_reason == expected_with


@given(st.integers(0, 5000), st.integers(0, 5000))
def test_rate_never_100_while_someone_is_missing(level2, missing):
    total = level2 + missing
    shown = rate_percent(level2, total)
    if missing > 0:
        assert shown < 100
    elif total > 0:
        assert shown == 100
    if level2 > 0:
        assert shown > 0


# The seed's Phụ lục I rows that are consistent:
# (unit, total, none, level1, level2, with_reason, without_reason, rate shown)
SEED_CONSISTENT = [
    ("Bệnh viện Bà Rịa", 1097, 11, 44, 1042, 55, 0, "95%"),
    ("Bệnh viện Mắt", 101, 0, 0, 101, 0, 0, "100%"),
    ("Bệnh viện Phổi Phạm Hữu Chí", 54, 2, 5, 47, 7, 0, "87%"),
    ("Bệnh viện Vũng Tàu", 603, 20, 0, 583, 20, 0, "97%"),
    ("Trung tâm Kiểm soát bệnh tật", 147, 1, 0, 146, 1, 0, "99%"),
    ("TTYT huyện Xuyên Mộc", 327, 0, 3, 324, 3, 0, "99%"),
    ("TTYT huyện Côn Đảo", 80, 0, 0, 80, 0, 0, "100%"),
]
# rows of the seed that break rule 2 (reasons do not add up to those not at level 2)
SEED_BROKEN = [
    ("Bệnh viện Tâm Thần", 133, 2, 3, 128, 2, 0),
    ("Trường Trung cấp Y tế", 36, 0, 2, 34, 0, 0),
    ("TTYT thị xã Phú Mỹ", 226, 3, 1, 222, 3, 0),
    ("TỔNG CỘNG", 4010, 39, 58, 3913, 91, 0),
]


@pytest.mark.parametrize("row", SEED_CONSISTENT, ids=lambda r: r[0])
def test_seed_consistent_rows_reproduced_exactly(row):
    name, total, none, l1, l2, with_r, without_r, shown = row
    people = (
        [PersonState(name, Bucket.NONE, True)] * none
        + [PersonState(name, Bucket.LEVEL1, True)] * l1
        + [PersonState(name, Bucket.LEVEL2, False)] * l2
    )
    agg = aggregate(people, DAY)
    c = agg.departments[0].counts
    assert (c.total, c.none, c.level1, c.level2, c.with_reason, c.without_reason) == (
        total, none, l1, l2, with_r, without_r)
    assert format_rate(c.level2, c.total) == shown
    built = from_counts([(name, none, l1, l2, with_r)], DAY)
    assert built.total == c


@pytest.mark.parametrize("row", SEED_BROKEN, ids=lambda r: r[0])
def test_seed_broken_rows_detected_and_cannot_be_built(row):
    name, total, none, l1, l2, with_r, without_r = row
    numbers = dict(total=total, none=none, level1=l1, level2=l2,
                   with_reason=with_r, without_reason=without_r)
    problems = rule_problems(numbers)
    assert len(problems) == 1 and "Có lý do + Không có lý do" in problems[0]
    with pytest.raises(ValueError):
        Counts(**numbers)


def test_rate_display_examples():
    assert format_rate(1042, 1097) == "95%"
    assert format_rate(1096, 1097) == "99,9%"
    assert format_rate(3913, 4010) == "98%"
    assert format_rate(0, 0) == "0%"
    assert format_rate(1, 2000) == "0,1%"


def test_rule1_break_detected():
    assert "khác Tổng số" in rule_problems(
        dict(total=10, none=1, level1=1, level2=7, with_reason=2, without_reason=0))[0]


def test_activations_per_day():
    assert activations_needed_per_day(30, DAY, DAY + dt.timedelta(days=10)) == 3.0
    assert activations_needed_per_day(0, DAY, DAY) == 0.0
    assert activations_needed_per_day(5, DAY, DAY) is None


def test_every_department_listed_even_empty_and_in_given_order():
    agg = aggregate([PersonState("B", Bucket.LEVEL2, False)], DAY, departments=["A", "B"],
                    order={"B": 0, "A": 1})
    assert [r.name for r in agg.departments] == ["B", "A"]
    assert agg.departments[1].counts.total == 0


def _independent_rate_text(level2: int, total: int) -> str:
    """The rule as documented, written another way (exact decimals, the library's own
    rounding modes), for the exhaustive comparison below."""
    from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

    if total == 0:
        return "0%"
    exact = Decimal(100 * level2) / Decimal(total)
    whole = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    missing = level2 < total
    if (whole == 100 and missing) or (whole == 0 and level2 > 0):
        tenth = exact.quantize(Decimal("0.1"), rounding=ROUND_FLOOR)
        tenth = min(tenth, Decimal("99.9")) if missing else tenth
        tenth = max(tenth, Decimal("0.1")) if level2 > 0 else tenth
        return f"{tenth}".replace(".", ",") + "%"
    return f"{whole}%"


def _independent_rate_text_int(level2: int, total: int) -> str:
    """The same rule by long division (quotient and remainder), fast enough for every
    pair; checked against the Decimal version on the small totals."""
    if total == 0:
        return "0%"
    q, r = divmod(100 * level2, total)
    whole = q + (1 if 2 * r >= total else 0)
    if (whole == 100 and level2 < total) or (whole == 0 and level2 > 0):
        tenth = (10 * r) // total  # the first decimal, truncated
        if level2 < total and q >= 100:
            q, tenth = 99, 9
        if level2 > 0 and q == 0 and tenth == 0:
            tenth = 1
        return f"{q},{tenth}%" if tenth else f"{q}%"
    return f"{whole}%"


def test_rate_rule_over_every_pair_up_to_3000():
    """All 4.5 million (level2, total) pairs with total <= 3.000 against an independent
    version: never 100% with anyone missing, never 0% with anyone at level 2, rounded
    down near both ends."""
    from eidroster.domain.aggregate import rate_tenths

    for total in range(0, 301):  # the two independent versions agree
        for level2 in range(0, total + 1):
            assert (_independent_rate_text(level2, total)
                    == _independent_rate_text_int(level2, total)), (level2, total)
    for total in range(0, 3001):
        shown = [format_rate(level2, total) for level2 in range(total + 1)]
        expected = [_independent_rate_text_int(level2, total) for level2 in range(total + 1)]
        if shown != expected:
            bad = [(n, s, e) for n, (s, e) in enumerate(zip(shown, expected, strict=True)) if s != e]
            raise AssertionError(f"total {total}: {bad[:5]}")
        if total:
            assert shown[0] == "0%" and shown[-1] == "100%"
            assert all(s not in ("0%", "100%") for s in shown[1:-1]), total
    assert rate_tenths(1, 300) == 3 and format_rate(1, 300) == "0,3%"
    assert format_rate(299, 300) == "99,6%"
    assert format_rate(2999, 3000) == "99,9%" and format_rate(1, 3000) == "0,1%"


def test_whole_people_per_day_rounds_up():
    from eidroster.domain.aggregate import whole_people_per_day

    assert whole_people_per_day(104, DAY, DAY + dt.timedelta(days=10)) == 11
    assert whole_people_per_day(1, DAY, DAY + dt.timedelta(days=30)) == 1
    assert whole_people_per_day(100, DAY, DAY + dt.timedelta(days=10)) == 10
    assert whole_people_per_day(0, DAY, DAY) == 0
    assert whole_people_per_day(3, DAY, DAY) is None
