"""The head's summary: pace sentences and ordering, on hand-built numbers."""

from __future__ import annotations

import datetime as dt

from eidroster.domain.aggregate import from_counts
from eidroster.reports import fonts
from eidroster.reports.common import balanced
from eidroster.reports.head_summary import TrendDay, departments_by_rate, pace, pace_sentences

DAY = dt.date(2023, 11, 29)
AGG = from_counts([("Khoa A", 5, 5, 90, 4), ("Khoa B", 0, 1, 9, 1), ("Khoa C", 0, 0, 0, 0)], DAY)


def test_pace_needed_and_recent():
    trend = [TrendDay(DAY - dt.timedelta(days=14 - i), 100, 80 + i) for i in range(15)]
    p = pace(AGG, trend, DAY + dt.timedelta(days=10))
    # 11 people in 10 days: 2 a day (whole people, rounded up), never "1,1"
    assert p.days_left == 10 and p.needed_per_day == 2 and p.recent_per_day == 1.0
    text = " ".join(pace_sentences(AGG, p, DAY + dt.timedelta(days=10)))
    assert ("Để đạt 100% vào ngày 09/12/2023 (còn 10 ngày), cần kích hoạt trung bình 2 "
            "người/ngày (11 người còn lại)") in text
    assert "Tốc độ thực tế 14 ngày qua: trung bình 1 người đạt mức 2 mỗi ngày" in text


def test_pace_wording_from_the_issue():
    """"10 người/ngày" where 11 are needed, "0,0 người/ngày" with one left, "3485,0"."""
    from eidroster.reports.head_summary import per_day_text

    big = from_counts([("Khoa A", 0, 104, 0, 0)], DAY)
    p = pace(big, [], DAY + dt.timedelta(days=10))
    assert p.needed_per_day == 11  # 10,4 a day is 11 people, not 10
    one = from_counts([("Khoa A", 1, 0, 99, 0)], DAY)
    text = " ".join(pace_sentences(one, pace(one, [], DAY + dt.timedelta(days=60)),
                                   DAY + dt.timedelta(days=60)))
    assert "trung bình 1 người/ngày" in text and "0,0" not in text
    assert per_day_text(3485.0) == "3.485" and per_day_text(2.5) == "2,5"
    assert per_day_text(0.01) == "dưới 0,1" and per_day_text(0) == "0"
    flat = [TrendDay(DAY - dt.timedelta(days=14 - i), 100, 80) for i in range(15)]
    text = " ".join(pace_sentences(AGG, pace(AGG, flat, None), None))
    assert "không có thêm người đạt mức 2" in text and "target_date" not in text


def test_pace_when_target_passed_or_reached():
    late = pace(AGG, [], DAY - dt.timedelta(days=1))
    assert late.needed_per_day is None
    assert "đã qua mà còn 11 người" in pace_sentences(AGG, late, DAY - dt.timedelta(days=1))[0]
    done = from_counts([("Khoa A", 0, 0, 10, 0)], DAY)
    assert "đã đạt 100%" in pace_sentences(done, pace(done, [], DAY), DAY)[0]
    unset = pace_sentences(AGG, pace(AGG, [], None), None)[0]
    assert "Chưa đặt ngày phải đạt 100%" in unset and "target_date" not in unset


def test_departments_lowest_rate_first_without_empty_ones():
    assert [d.name for d in departments_by_rate(AGG)] == ["Khoa A", "Khoa B"]


def test_agency_name_wraps_at_a_place_word():
    fonts.register_fonts()
    assert balanced("SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU", fonts.REGULAR, 12.5, 190) == (
        "SỞ Y TẾ TỈNH<br/>BÀ RỊA - VŨNG TÀU")
    assert balanced("SỞ Y TẾ", fonts.REGULAR, 12.5, 190) == "SỞ Y TẾ"
