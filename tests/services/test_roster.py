import datetime as dt

import pytest
import sqlalchemy as sa

from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import ConflictError, InputError
from eidroster.domain.statuses import Status
from eidroster.services import roster
from eidroster.services.audit import list_events

CCCD = make_cccd("079", 1990, "F", 42)


def inp(**kw):
    base = dict(ho="Mẫu", dem="Thị", ten="Ánh", department="Khoa Sản",
                birth_date=dt.date(1990, 4, 2), gender="F", id_number=CCCD)
    base.update(kw)
    return EmployeeInput(**base)


def test_add_and_list_with_status(db):
    emp = roster.add_employee(db, inp(), StatusInput(Status.SUBMITTED, dt.date(2024, 1, 2)))
    rows = roster.list_roster(db)
    assert [r.id for r in rows] == [emp]
    row = rows[0]
    assert row.full_name == "Mẫu Thị Ánh" and row.department == "Khoa Sản"
    assert row.status is Status.SUBMITTED and row.masked_id == "079******042"
    with db.read() as s:
        assert list_events(s)[0].action == "employee_added"


def test_invalid_input_refused_and_nothing_saved(db):
    with pytest.raises(InputError, match="giới tính"):
        roster.add_employee(db, inp(gender="M"))
    assert roster.list_roster(db) == []


def test_duplicate_cccd_refused(db):
    roster.add_employee(db, inp())
    with pytest.raises(InputError, match="đã có ở một nhân viên khác"):
        roster.add_employee(db, inp(ten="Bình"))


def test_update_with_stale_version_is_a_conflict(db):
    emp = roster.add_employee(db, inp())
    v1 = roster.get_row(db, emp).version
    v2 = roster.update_employee(db, emp, inp(title="Hộ sinh"), expected_version=v1)
    assert v2 == v1 + 1
    with pytest.raises(ConflictError):
        roster.update_employee(db, emp, inp(title="Bác sĩ"), expected_version=v1)
    assert roster.get_row(db, emp).title == "Hộ sinh"


def test_bulk_status_change_and_undo(db):
    ids = [roster.add_employee(db, inp(ten=t, id_number=make_cccd("079", 1990, "F", i)))
           for i, t in enumerate(["An", "Bình", "Chi"])]
    batch = roster.set_status(db, ids, StatusInput(Status.LEVEL2, dt.date(2024, 5, 1)))
    assert {r.status for r in roster.list_roster(db)} == {Status.LEVEL2}
    assert roster.remove_batch(db, batch) == 3
    assert {r.status for r in roster.list_roster(db)} == {Status.NOT_REGISTERED}


def test_justified_taken_from_catalogue(db):
    emp = roster.add_employee(db, inp())
    reasons = {r.code: r for r in roster.list_reasons(db)}
    roster.set_status(db, [emp], StatusInput(Status.NOT_REGISTERED, dt.date(2024, 1, 1),
                                             reason_id=reasons["maternity"].id))
    assert roster.get_row(db, emp).justified is True
    roster.set_status(db, [emp], StatusInput(Status.NOT_REGISTERED, dt.date(2024, 1, 2),
                                             reason_id=reasons["no_time"].id))
    row = roster.get_row(db, emp)
    assert row.justified is False and row.reason == "Chưa sắp xếp thời gian"
    assert [h.effective_date for h in roster.history(db, emp)] == [
        dt.date(2024, 1, 2), dt.date(2024, 1, 1)]


def test_reason_in_use_cannot_be_deleted_only_retired(db):
    emp = roster.add_employee(db, inp())
    rid = roster.add_reason(db, "Đi nước ngoài", True)
    roster.set_status(db, [emp], StatusInput(Status.NOT_REGISTERED, dt.date(2024, 1, 1), reason_id=rid))
    with pytest.raises(InputError, match="đang được dùng"):
        roster.delete_reason(db, rid)
    roster.update_reason(db, rid, "Đi nước ngoài", True, retired=True)
    info = {r.id: r for r in roster.list_reasons(db)}[rid]
    assert info.retired and info.in_use == 1


def test_delete_removes_history(db):
    emp = roster.add_employee(db, inp(), StatusInput(Status.LEVEL1, dt.date(2024, 1, 1)))
    roster.delete_employee(db, emp)
    with db.read() as s:
        assert s.execute(sa.text("SELECT COUNT(*) FROM status_changes")).scalar() == 0
