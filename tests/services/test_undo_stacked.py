"""Undoing two changes of the same people in turn (the window's Ctrl+Z, Ctrl+Z): the
second undo is not refused because the first one moved their versions on — and still is
when somebody else changed them in between."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import ConflictError
from eidroster.domain.statuses import Status
from eidroster.services import employment, roster

D = dt.date


def add(db, n):
    return roster.add_employee(db, EmployeeInput(
        "Mẫu", "Văn", f"Người {chr(64 + n)}", "Khoa Nội", birth_date=D(1990, 1, n), gender="M",
        id_number=make_cccd("079", 1990, "M", n), start_date=D(2024, 1, 1)))


def versions(db, ids):
    return {r.id: r.version for r in roster.list_roster(db, ids=ids)}


def test_second_undo_with_the_versions_the_window_shows(db):
    ids = [add(db, 1), add(db, 2)]
    first = employment.mark_left(db, ids, D(2024, 3, 1))
    second = employment.mark_returned(db, ids, D(2024, 6, 1))
    roster.undo_batch(db, second)
    with pytest.raises(ConflictError):  # by the batch's own record: moved on by the undo
        roster.undo_batch(db, first)
    roster.undo_batch(db, first, expected_versions=versions(db, ids))
    assert [p.kind for p in employment.employment_history(db, ids[0])] == ["join"]


def test_someone_else_in_between_still_refuses(db):
    ids = [add(db, 1), add(db, 2)]
    first = roster.set_status(db, ids, StatusInput(Status.SUBMITTED, D(2024, 2, 1)))
    second = roster.set_status(db, ids, StatusInput(Status.LEVEL1, D(2024, 3, 1)))
    roster.undo_batch(db, second)
    seen = versions(db, ids)
    roster.set_status(db, ids[:1], StatusInput(Status.LEVEL2, D(2024, 4, 1)))  # another user
    with pytest.raises(ConflictError):
        roster.undo_batch(db, first, expected_versions=seen)
    assert roster.get_row(db, ids[0]).status is Status.LEVEL2
