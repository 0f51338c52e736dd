"""A person entered with an old 9-digit CMND (no validity since 01/01/2025) counts under
the stage that says a card is needed; someone with a number registered abroad is kept."""

import datetime as dt

from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput, StatusInput, check_employee
from eidroster.domain.statuses import Status
from eidroster.services import roster


def inp(**kw):
    base = dict(ho="Mẫu", dem="Văn", ten="Một", department="Khoa Mẫu",
                birth_date=dt.date(1970, 1, 2), gender="M", id_number="100000001")
    base.update(kw)
    return EmployeeInput(**base)


def _status(db, emp_id):
    return next(r for r in roster.list_roster(db) if r.id == emp_id).status


def test_cmnd_holder_without_a_status_needs_a_card(db):
    emp = roster.add_employee(db, inp())
    assert _status(db, emp) is Status.NO_CHIP_CARD


def test_cmnd_holder_typed_as_not_registered_needs_a_card_and_keeps_the_rest(db):
    reason = next(r for r in roster.list_reasons(db) if r.code == "old_cmnd")
    emp = roster.add_employee(db, inp(), StatusInput(
        Status.NOT_REGISTERED, dt.date(2026, 1, 5), reason_id=reason.id, note="hẹn tuần sau"))
    row = next(r for r in roster.list_roster(db) if r.id == emp)
    assert row.status is Status.NO_CHIP_CARD and row.reason_id == reason.id
    assert row.note == "hẹn tuần sau" and row.justified is False


def test_cmnd_holder_further_along_keeps_the_stage_typed(db):
    emp = roster.add_employee(db, inp(), StatusInput(Status.SUBMITTED, dt.date(2026, 1, 5)))
    assert _status(db, emp) is Status.SUBMITTED


def test_twelve_digit_holder_is_not_moved(db):
    emp = roster.add_employee(db, inp(id_number=make_cccd("001", 1970, "M", 7)),
                              StatusInput(Status.NOT_REGISTERED, dt.date(2026, 1, 5)))
    assert _status(db, emp) is Status.NOT_REGISTERED


def test_number_registered_abroad_is_saved_with_a_warning(db):
    number = make_cccd("003", 1970, "M", 8)
    checked = check_employee(inp(id_number=number))
    assert checked.ok
    assert [w.field for w in checked.warnings] == ["id_number"]
    assert "nước ngoài" in checked.warnings[0].message
    emp = roster.add_employee(db, inp(id_number=number))
    assert next(r for r in roster.list_roster(db) if r.id == emp).id_number == number


def test_the_edit_dialog_warning_for_a_cmnd_says_it_expired():
    checked = check_employee(inp())
    assert checked.ok and "hết giá trị sử dụng từ ngày 01/01/2025" in checked.warnings[0].message
