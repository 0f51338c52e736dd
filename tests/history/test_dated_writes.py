"""Every writer changes only what the user asked, from the date the user gave: leaving,
returning, moving, status changes (flags kept), re-classifying a reason, departments."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.domain.cccd import make_cccd
from eidroster.domain.employee import EmployeeInput, StatusInput
from eidroster.domain.errors import ConflictError, InputError
from eidroster.domain.statuses import Status
from eidroster.services import departments, employment, reasons, roster
from eidroster.services.summary import not_level2_people, summary

D = dt.date
TODAY = dt.date.today()


START = D(2024, 1, 1)


def add(db, ten="An", dept="Khoa Nội", start=START, n=1, **kw):
    return roster.add_employee(db, EmployeeInput(
        "Mẫu", "Văn", ten, dept, birth_date=D(1990, 1, n), gender="M",
        id_number=make_cccd("079", 1990, "M", n), start_date=start, **kw))


def totals(db, day):
    t = summary(db, day).total
    return t.total, t.level2, t.with_reason


def by_dept(db, day):
    return {d.name: d.counts.total for d in summary(db, day).departments if d.counts.total}


def test_a_new_person_without_start_date_starts_today(db):
    emp = roster.add_employee(db, EmployeeInput("Mẫu", "Văn", "Mới", "Khoa Nội"))
    assert roster.get_row(db, emp).start_date == TODAY
    assert summary(db, TODAY - dt.timedelta(days=1)).total.total == 0
    assert summary(db, TODAY).total.total == 1


def test_leave_return_and_the_gap_between(db):
    emp = add(db)
    batch = employment.mark_left(db, [emp], D(2024, 3, 1))
    assert batch
    employment.mark_returned(db, [emp], D(2024, 6, 1))
    assert [totals(db, d)[0] for d in (D(2024, 2, 28), D(2024, 3, 1), D(2024, 5, 31),
                                        D(2024, 6, 1))] == [1, 0, 0, 1]
    row = roster.get_row(db, emp)
    assert (row.start_date, row.leave_date) == (D(2024, 6, 1), None)
    kinds = [(p.kind, p.effective_date) for p in employment.employment_history(db, emp)]
    assert kinds == [("join", D(2024, 6, 1)), ("leave", D(2024, 3, 1)), ("join", D(2024, 1, 1))]


def test_leave_refused_before_a_later_change_and_for_someone_not_working(db):
    emp = add(db)
    employment.move_employees(db, [emp], "Khoa Ngoại", D(2024, 5, 1))
    with pytest.raises(InputError, match="đã có thay đổi"):
        employment.mark_left(db, [emp], D(2024, 4, 1))
    with pytest.raises(InputError, match="không làm việc"):
        employment.mark_left(db, [emp], D(2023, 4, 1))
    with pytest.raises(InputError, match="đang làm việc"):
        employment.mark_returned(db, [emp], D(2024, 6, 1))


def test_move_keeps_past_reports_and_many_at_once(db):
    ids = [add(db, ten=t, n=i) for i, t in enumerate(("An", "Bình", "Chi"), start=1)]
    employment.move_employees(db, ids[:2], "Khoa Ngoại", D(2024, 4, 1))
    assert by_dept(db, D(2024, 3, 31)) == {"Khoa Nội": 3}
    assert by_dept(db, D(2024, 4, 1)) == {"Khoa Nội": 1, "Khoa Ngoại": 2}
    assert {r.department for r in roster.list_roster(db) if r.id in ids[:2]} == {"Khoa Ngoại"}
    with pytest.raises(InputError, match="tương lai"):
        employment.move_employees(db, ids, "Khoa Sản", TODAY + dt.timedelta(days=1))


def test_bulk_leave_then_undo(db):
    ids = [add(db, ten=t, n=i) for i, t in enumerate(("An", "Bình"), start=1)]
    batch = employment.mark_left(db, ids, D(2024, 2, 1))
    assert totals(db, D(2024, 2, 1))[0] == 0
    roster.undo_batch(db, batch)
    assert totals(db, D(2024, 2, 1))[0] == 2
    assert all(r.leave_date is None for r in roster.list_roster(db))


def test_status_change_keeps_flags_note_and_other_fields(db):
    emp = add(db, title="Điều dưỡng")
    roster.set_status(db, [emp], StatusInput(Status.LEVEL1, D(2024, 2, 1), vneid_login=True,
                                             vneid_login_date=D(2024, 2, 1), dvcqg_used=True,
                                             dvcqg_date=D(2024, 2, 2), note="đã hướng dẫn"))
    before = roster.get_row(db, emp)
    roster.set_status(db, [emp], StatusInput(Status.LEVEL2, D(2024, 3, 1), note=None))
    after = roster.get_row(db, emp)
    assert (after.vneid_login, after.dvcqg_used, after.note) == (True, True, "đã hướng dẫn")
    assert (after.title, after.department, after.birth_date, after.id_number) == (
        before.title, before.department, before.birth_date, before.id_number)
    # an explicit "no" still clears a flag
    roster.set_status(db, [emp], StatusInput(Status.LEVEL2, D(2024, 3, 2), dvcqg_used=False))
    assert roster.get_row(db, emp).dvcqg_used is False


def test_future_date_refused_and_downgrade_check(db):
    emp = add(db)
    with pytest.raises(InputError, match="tương lai"):
        roster.set_status(db, [emp], StatusInput(Status.LEVEL2, TODAY + dt.timedelta(days=1)))
    roster.set_status(db, [emp], StatusInput(Status.LEVEL2, D(2024, 3, 1)))
    check = roster.check_status_change(db, [emp], StatusInput(Status.NOT_REGISTERED, D(2024, 3, 5)))
    assert check.downgrades == (emp,) and check.from_level2 == (emp,)
    early = roster.check_status_change(db, [emp], StatusInput(Status.SUBMITTED, D(2024, 2, 1)))
    assert early.hidden == (emp,) and early.downgrades == ()
    with pytest.raises(InputError, match="lùi bước"):
        roster.set_status(db, [emp], StatusInput(Status.NOT_REGISTERED, D(2024, 3, 5)),
                          allow_downgrade=False)
    assert roster.get_row(db, emp).status is Status.LEVEL2


def test_undo_of_a_bulk_change_refused_after_someone_changed_a_person(db):
    ids = [add(db, ten=t, n=i) for i, t in enumerate(("An", "Bình"), start=1)]
    batch = roster.set_status(db, ids, StatusInput(Status.LEVEL2, D(2024, 3, 1)))
    roster.set_status(db, ids[:1], StatusInput(Status.LEVEL1, D(2024, 3, 2)))
    with pytest.raises(ConflictError, match="đã được sửa sau đó"):
        roster.undo_batch(db, batch)
    assert [h.status for h in roster.history(db, ids[1])][0] is Status.LEVEL2


def test_reclassifying_a_reason_applies_from_its_date_to_everyone_using_it(db):
    ids = [add(db, ten=t, n=i) for i, t in enumerate(("An", "Bình"), start=1)]
    smart = next(r for r in roster.list_reasons(db) if r.code == "no_smartphone")
    assert smart.justified
    roster.set_status(db, ids, StatusInput(Status.NOT_REGISTERED, D(2024, 2, 1), reason_id=smart.id))
    assert totals(db, D(2024, 3, 1))[2] == 2
    reasons.reclassify_reason(db, smart.id, False, from_date=D(2024, 4, 1))
    assert totals(db, D(2024, 3, 31))[2] == 2  # before the date: as it was
    assert totals(db, D(2024, 4, 1))[2] == 0  # from the date: everyone using it
    assert {p.justified for p in not_level2_people(db, D(2024, 4, 2))} == {False}
    assert {r.justified for r in roster.list_roster(db)} == {False}
    info = next(r for r in roster.list_reasons(db) if r.id == smart.id)
    assert (info.justified, info.people_now) == (False, 2)


def test_explicit_justified_survives_reclassification(db):
    emp = add(db)
    away = next(r for r in roster.list_reasons(db) if r.code == "away")
    roster.set_status(db, [emp], StatusInput(Status.NOT_REGISTERED, D(2024, 2, 1),
                                             reason_id=away.id, justified=False))
    reasons.reclassify_reason(db, away.id, False, from_date=D(2024, 3, 1))
    reasons.reclassify_reason(db, away.id, True, from_date=D(2024, 4, 1))
    assert roster.get_row(db, emp).justified is False  # set for that change by the user


def test_department_spellings_match_and_merge(db):
    add(db, dept="Khoa Nội tổng hợp", n=1)
    assert departments.department_key("K. Nội tổng hợp") == "khoa noi tong hop"
    emp2 = add(db, ten="Bình", dept="KHOA NOI TONG HOP", n=2)
    assert roster.get_row(db, emp2).department == "Khoa Nội tổng hợp"
    typo = add(db, ten="Chi", dept="Khoa Nôi tông hơp x", n=3)  # a real new spelling
    cat = {d.name: d for d in departments.catalogue(db)}
    impact = departments.merge_impact(db, [cat["Khoa Nôi tông hơp x"].id],
                                      cat["Khoa Nội tổng hợp"].id)
    assert impact.people == 1
    departments.merge_departments(db, [cat["Khoa Nôi tông hơp x"].id], cat["Khoa Nội tổng hợp"].id)
    assert roster.get_row(db, typo).department == "Khoa Nội tổng hợp"
    assert by_dept(db, D(2024, 2, 1)) == {"Khoa Nội tổng hợp": 3}
    # the merged spelling is remembered for imports
    emp4 = add(db, ten="Dũng", dept="Khoa Nôi tông hơp x", n=4)
    assert roster.get_row(db, emp4).department == "Khoa Nội tổng hợp"


def test_rename_and_order(db):
    add(db, dept="Khoa Nội", n=1)
    add(db, ten="Bình", dept="Khoa Sản", n=2)
    cat = {d.name: d.id for d in departments.catalogue(db)}
    departments.rename_department(db, cat["Khoa Nội"], "Khoa Nội tổng hợp")
    with pytest.raises(InputError, match="Gộp"):
        departments.rename_department(db, cat["Khoa Sản"], "khoa noi tong hop")
    departments.reorder_departments(db, [cat["Khoa Sản"], cat["Khoa Nội"]])
    assert [d.name for d in summary(db, D(2024, 2, 1)).departments] == [
        "Khoa Sản", "Khoa Nội tổng hợp"]
    # the old name still finds the department
    emp = add(db, ten="Chi", dept="Khoa Nội", n=3)
    assert roster.get_row(db, emp).department == "Khoa Nội tổng hợp"


def test_edit_dialog_dates_move_events(db):
    emp = add(db, start=D(2024, 1, 1))
    row = roster.get_row(db, emp)
    base = EmployeeInput(row.ho, row.dem, row.ten, row.department, row.birth_date, row.gender,
                         row.id_number)
    import dataclasses

    roster.update_employee(db, emp, dataclasses.replace(base, start_date=D(2023, 6, 1)))
    assert totals(db, D(2023, 7, 1))[0] == 1
    roster.update_employee(db, emp, dataclasses.replace(base, start_date=D(2023, 6, 1),
                                                        department="Khoa Sản"),
                           department_from=D(2024, 5, 1))
    assert by_dept(db, D(2024, 4, 30)) == {"Khoa Nội": 1}
    assert by_dept(db, D(2024, 5, 1)) == {"Khoa Sản": 1}
    roster.update_employee(db, emp, dataclasses.replace(base, start_date=D(2023, 6, 1),
                                                        department="Khoa Sản",
                                                        leave_date=D(2024, 9, 1)))
    assert totals(db, D(2024, 9, 1))[0] == 0 and totals(db, D(2024, 8, 31))[0] == 1
    with pytest.raises(InputError, match="sau ngày vào làm"):
        roster.update_employee(db, emp, dataclasses.replace(base, start_date=D(2023, 6, 1),
                                                            department="Khoa Sản",
                                                            leave_date=D(2024, 4, 1)))
