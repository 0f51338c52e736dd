"""A change of status alone keeps each person's reason ("giữ nguyên" lý do): a quick key
or a bulk change never turns people "có lý do" into "không có lý do"."""

from __future__ import annotations

import datetime as dt

from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.statuses import Status
from eidroster.services import reasons, roster
from eidroster.services.summary import summary

D = dt.date
TODAY = dt.date.today()
START = D(2024, 1, 1)


def add(db, n, status):
    return roster.add_employee(db, EmployeeInput(
        "Mẫu", "Văn", f"Người {chr(64 + n)}", "Khoa Nội", birth_date=D(1990, 1, n), gender="M",
        id_number=make_cccd("079", 1990, "M", n), start_date=START),
        StatusInput(status, START))


def test_bulk_status_change_keeps_each_reason(db):
    maternity = reasons.add_reason(db, "Nghỉ thai sản (thử)", True)
    lazy = reasons.add_reason(db, "Chưa sắp xếp thời gian (thử)", False)
    a, b, c, d = (add(db, n, Status.NOT_REGISTERED) for n in (1, 2, 3, 4))
    day = D(2024, 2, 1)
    roster.set_status(db, [a], StatusInput(Status.NOT_REGISTERED, day, reason_id=maternity))
    roster.set_status(db, [b], StatusInput(Status.NOT_REGISTERED, day, reason_id=lazy,
                                           justified=True))  # chosen as chính đáng for b
    roster.set_status(db, [c], StatusInput(Status.NOT_REGISTERED, day,
                                           reason_text="Đi công tác nước ngoài",
                                           justified=True))
    before = summary(db, D(2024, 3, 1)).total
    assert before.with_reason == 3
    roster.set_status(db, [a, b, c, d], StatusInput(Status.SUBMITTED, D(2024, 3, 1),
                                                    keep_reason=True, note=None))
    rows = {r.id: r for r in roster.list_roster(db, ids=[a, b, c, d])}
    assert {i: r.status for i, r in rows.items()} == dict.fromkeys((a, b, c, d), Status.SUBMITTED)
    assert (rows[a].reason_id, rows[b].reason_id, rows[c].reason) == (
        maternity, lazy, "Đi công tác nước ngoài")
    assert rows[d].reason == ""
    after = summary(db, D(2024, 3, 1)).total
    assert (after.with_reason, after.without_reason) == (before.with_reason, before.without_reason)
    # the kept catalogue reason still follows a later re-classification
    reasons.reclassify_reason(db, maternity, False, D(2024, 4, 1))
    assert summary(db, D(2024, 4, 1)).total.with_reason == 2  # b (fixed) and c (words)


def test_keep_reason_from_level2_has_none(db):
    a = add(db, 1, Status.LEVEL2)
    roster.set_status(db, [a], StatusInput(Status.LEVEL1, TODAY, keep_reason=True))
    row = roster.get_row(db, a)
    assert (row.status, row.reason_id, row.reason, row.justified) == (Status.LEVEL1, None, "", False)
