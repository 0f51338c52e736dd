"""Departments' fill-in forms: the file as issued, filled in by a script the way a
department does (re-sorted, a row deleted, a row added at the bottom, statuses typed instead
of chosen, a name re-typed), imported back through the ordinary import — dated by the form,
previewed, undoable, applied once."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from eidroster.domain.errors import InputError
from eidroster.domain.statuses import STAGE_RANK, STATUS_LABEL_VI, Bucket, Status
from eidroster.reports.fill_in_form import HEADER_ROW, KEY_HEADER, LISTS_SHEET, MARK, SHEET
from eidroster.services import roster
from eidroster.services.forms import issue_forms, list_forms
from eidroster.services.importer import ADD, REJECT, UNCHANGED, UPDATE, run_import
from eidroster.services.importer.undo import revert_import
from eidroster.services.intake import open_list
from tests.db_snapshot import everything
from tests.forms_filling import ACTIVATED, KEY, NAME, NUMBER, REASON, STATUS, Form
from tests.qr_texts import cards, without_marks

TODAY = dt.date.today()


def _department(db, min_people=8):
    """A department with enough active people, some not yet at level 2 and not changed
    in the last two days (so a date the department writes is after their last change)."""
    rows = [r for r in roster.list_roster(db) if r.active_on(TODAY)]
    by_dept: dict[str, list] = {}
    for r in rows:
        by_dept.setdefault(r.department, []).append(r)
    for name, people in sorted(by_dept.items(), key=lambda kv: -len(kv[1])):
        waiting = [p for p in people if p.bucket is not Bucket.LEVEL2
                   and p.updated and p.updated <= TODAY - dt.timedelta(days=2)]
        early = [p for p in waiting if STAGE_RANK[p.status] < STAGE_RANK[Status.SUBMITTED]]
        if len(people) >= min_people and len(waiting) >= 4 and early:
            # the last one has not yet submitted (a department may say it has)
            return name, people, [p for p in waiting if p is not early[0]] + [early[0]]
    raise AssertionError("no department fits")


def history_count(db) -> int:
    import sqlalchemy as sa

    from eidroster.db.models import StatusChange

    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(StatusChange))


def _in_force(db, ids):
    return {r.id: r for r in roster.list_roster(db, ids=ids)}


def test_the_form_as_issued(demo_db, tmp_path):
    name, people, _waiting = _department(demo_db)
    before = everything(demo_db, but=("department_forms", "audit_events"))
    [form] = issue_forms(demo_db, tmp_path / "phieu", departments=[name.upper()])
    # issuing records the form (and says so in the audit trail), nothing else
    assert everything(demo_db, but=("department_forms", "audit_events")) == before
    assert form.department == name and form.people == len(people)
    wb = openpyxl.load_workbook(form.path)
    ws = wb[SHEET]
    assert ws.protection.sheet and not ws.protection.sort and not ws.protection.autoFilter
    assert "Hướng dẫn" in ws["A4"].value and ws["A3"].value == f"Tính đến ngày {TODAY:%d/%m/%Y}"
    assert [c.value for c in ws[HEADER_ROW]][-1] == KEY_HEADER
    assert ws.column_dimensions["I"].hidden
    first = HEADER_ROW + 1
    listed = {ws.cell(r, NAME).value: r for r in range(first, first + len(people))}
    assert set(listed) == {p.full_name for p in people}
    for p in people:
        r = listed[p.full_name]
        assert ws.cell(r, NUMBER).value == p.masked_id and "*" in p.masked_id
        assert ws.cell(r, STATUS).value == STATUS_LABEL_VI[p.status]
        assert ws.cell(r, KEY).value.endswith(f"-{p.id}")
        assert ws.cell(r, NAME).protection.locked and ws.cell(r, KEY).protection.locked
        assert not ws.cell(r, STATUS).protection.locked
        assert not ws.cell(r, REASON).protection.locked
    blank = first + len(people)
    assert not ws.cell(blank, NAME).protection.locked  # a new person can be typed there
    ranges = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    status_dv = ranges[f"E{first}:E{blank + 14}"]
    assert status_dv.type == "list" and status_dv.formula1.startswith(f"'{LISTS_SHEET}'!$A$1")
    lists = wb[LISTS_SHEET]
    assert lists.sheet_state == "hidden"
    assert [lists.cell(r, 1).value for r in range(1, 8)] == [STATUS_LABEL_VI[s] for s in Status]
    assert lists["D1"].value == MARK and lists["D3"].value == TODAY.isoformat()
    reasons = {lists.cell(r, 2).value for r in range(1, 30)} - {None}
    assert {r.label for r in roster.list_reasons(demo_db) if not r.retired} == reasons
    # no full number anywhere in the file
    raw = form.path.read_bytes()
    assert all(p.id_number.encode() not in raw for p in people if p.id_number)


def test_department_fills_in_the_form_and_it_comes_back(demo_db, tmp_path):
    name, people, waiting = _department(demo_db)
    [form] = issue_forms(demo_db, tmp_path, departments=[name])
    a, b, c, d = *waiting[:3], waiting[-1]
    retyped = next(p for p in people if p not in (a, b, c, d))
    typo = next(p for p in people if p not in (a, b, c, d, retyped) and p.birth_date)
    deleted = next(p for p in people if p not in (a, b, c, d, retyped, typo))
    card = cards(1, seed=91, province="001")[0]
    reason = next(r for r in roster.list_reasons(demo_db)
                  if not r.retired and r.id != c.reason_id)
    f = Form(form.path)
    f.resort()  # the department sorts by name, Z to A (the hidden key moves along)
    f.set(f.row_of(a.full_name), STATUS, "Đã kích hoạt mức 2")  # chosen from the list
    f.set(f.row_of(a.full_name), ACTIVATED, TODAY - dt.timedelta(days=1))
    f.set(f.row_of(b.full_name), STATUS, "mức 2")  # typed instead of chosen
    f.set(f.row_of(d.full_name), STATUS, "da nop ho so, cho duyet")  # typed, no marks
    f.set(f.row_of(c.full_name), REASON, reason.label)
    f.set(f.row_of(retyped.full_name), NAME, without_marks(retyped.full_name).upper())
    f.set(f.row_of(typo.full_name), NAME, typo.full_name + "x")  # a slip; birth date kept
    f.delete(f.row_of(deleted.full_name))
    added_row = f.add(card.full_name, card.birth, card.id_number, "Chưa đăng ký")
    f.save()

    loaded = open_list(demo_db, form.path)
    preview = run_import(demo_db, loaded, dry_run=True)
    plan = {r.employee_id: r for r in preview.plan.rows if r.employee_id}
    assert preview.plan.effective_date == TODAY and preview.plan.as_of_source == "title"
    assert plan[a.id].action == UPDATE and plan[a.id].effective_date == TODAY - dt.timedelta(1)
    assert plan[b.id].status.status is Status.LEVEL2
    assert plan[d.id].status.status is Status.SUBMITTED
    assert plan[c.id].status.reason_id == reason.id
    assert plan[retyped.id].action == UNCHANGED  # only marks and case: the same name
    assert not plan[retyped.id].parsed.warnings
    assert plan[typo.id].action == UNCHANGED  # the name typed differently is not taken
    assert any("gõ khác danh sách" in w.message for w in plan[typo.id].parsed.warnings)
    assert deleted.id not in plan
    assert any("1 người có trong phiếu phát ra nhưng không còn" in w.message
               for w in preview.warnings)
    new = [r for r in preview.plan.rows if r.action == ADD]
    assert len(new) == 1 and new[0].new_fields["department"] == name
    assert loaded.origins[new[0].row] == (form.path.name, added_row)
    untouched = [p.id for p in people if p not in (a, b, c, d, deleted)]
    assert all(plan[i].action == UNCHANGED for i in untouched)
    assert preview.plan.count(REJECT) == 0

    done = run_import(demo_db, loaded)
    assert (done.updated, done.added) == (4, 1)
    now = _in_force(demo_db, [a.id, b.id, c.id, d.id, deleted.id, retyped.id, typo.id])
    assert now[a.id].status is Status.LEVEL2 and now[a.id].updated == TODAY - dt.timedelta(1)
    assert now[b.id].status is Status.LEVEL2 and now[d.id].status is Status.SUBMITTED
    assert now[c.id].reason_id == reason.id
    assert now[deleted.id].status is deleted.status and now[deleted.id].version == deleted.version
    assert now[retyped.id].full_name == retyped.full_name
    assert now[typo.id].full_name == typo.full_name
    added = [r for r in roster.list_roster(demo_db) if r.id_number == card.id_number]
    assert added and added[0].department == name and added[0].start_date == TODAY
    [state] = [s for s in list_forms(demo_db) if s.file == form.path.name]
    assert state.returned and state.batch_id == done.batch_id

    # returned twice: applied once
    with pytest.raises(InputError, match="đã được nhận lúc"):
        open_list(demo_db, form.path)
    # undone: it counts as not returned, and can be applied again
    revert_import(demo_db, done.batch_id)
    [state] = [s for s in list_forms(demo_db) if s.file == form.path.name]
    assert state.undone and not state.returned
    assert _in_force(demo_db, [a.id])[a.id].status is a.status
    again = run_import(demo_db, open_list(demo_db, form.path))
    assert again.updated == 4
    assert _in_force(demo_db, [a.id])[a.id].status is Status.LEVEL2


def test_rows_that_cannot_be_trusted_are_refused(demo_db, tmp_path):
    name, people, waiting = _department(demo_db)
    forms = issue_forms(demo_db, tmp_path)
    mine = next(x for x in forms if x.department == name)
    other = next(x for x in forms if x.department != name and x.people)
    theirs = Form(other.path)
    foreign_row = theirs.rows()[0]
    f = Form(mine.path)
    x, y = waiting[0], waiting[1]
    rx, ry = f.row_of(x.full_name), f.row_of(y.full_name)
    # a sort that left the hidden key column behind: x's row now carries y's key
    kx, ky = f.value(rx, KEY), f.value(ry, KEY)
    f.set(rx, KEY, ky)
    f.set(ry, KEY, kx)
    f.set(rx, STATUS, "Đã kích hoạt mức 2")
    # a row copied from another department's form, and one copied without its key
    copied = f.add(theirs.value(foreign_row, NAME), None, theirs.value(foreign_row, NUMBER),
                   "Đã kích hoạt mức 2")
    f.set(copied, KEY, theirs.value(foreign_row, KEY))
    masked = f.add("Người Chép Dòng", dt.date(1990, 1, 1), "079******123", "Chưa đăng ký")
    f.save()
    loaded = open_list(demo_db, mine.path)
    result = run_import(demo_db, loaded)
    rejected = {loaded.origins[i.row][1]: i.message for i in result.rejected}
    assert "chép lệch" in rejected[rx] and "chép lệch" in rejected[ry]
    assert "thuộc một phiếu khác" in rejected[copied]
    assert "bị che" in rejected[masked]
    assert _in_force(demo_db, [x.id])[x.id].status is x.status  # nothing written for x


def test_many_forms_at_once_and_a_second_copy(demo_db, tmp_path):
    forms = [f for f in issue_forms(demo_db, tmp_path) if f.people >= 2][:3]
    changed = {}
    for form in forms:
        f = Form(form.path)
        r = f.rows()[0]
        key = f.value(r, KEY)
        f.set(r, STATUS, "Đã kích hoạt mức 1")
        changed[int(key.rsplit("-", 1)[1])] = form
        f.save()
    copy = tmp_path / "ban-sao.xlsx"
    copy.write_bytes(forms[0].path.read_bytes())
    loaded = open_list(demo_db, [f.path for f in forms] + [copy])
    assert any("bản thứ hai của cùng một phiếu" in w.message for w in loaded.warnings)
    result = run_import(demo_db, loaded)
    assert result.rejected_rows == 0
    now = _in_force(demo_db, list(changed))
    for emp_id in changed:
        assert now[emp_id].status in (Status.LEVEL1, Status.LEVEL2)  # a step back is skipped
    states = {s.file: s for s in list_forms(demo_db)}
    assert all(states[f.path.name].returned for f in forms)
    with pytest.raises(InputError, match="đã được nhận"):
        open_list(demo_db, [f.path for f in forms])


def test_a_form_applied_meanwhile_elsewhere_is_not_applied_twice(demo_db, tmp_path):
    form = next(f for f in issue_forms(demo_db, tmp_path) if f.people >= 2)
    f = Form(form.path)
    f.set(f.rows()[0], STATUS, "Đã kích hoạt mức 2")
    f.save()
    first, second = open_list(demo_db, form.path), open_list(demo_db, form.path)
    done = run_import(demo_db, first)
    changes = history_count(demo_db)
    with pytest.raises(InputError, match="vừa được nhận ở nơi khác"):
        run_import(demo_db, second, backup=False)
    assert history_count(demo_db) == changes  # the second import wrote nothing
    [state] = [s for s in list_forms(demo_db) if s.file == form.path.name]
    assert state.returned and state.batch_id == done.batch_id


def test_unknown_department_and_future_date(demo_db, tmp_path):
    with pytest.raises(InputError, match="Không có khoa/phòng «Khoa Không Có»"):
        issue_forms(demo_db, tmp_path, departments=["Khoa Không Có"])
    with pytest.raises(InputError, match="ở tương lai"):
        issue_forms(demo_db, tmp_path, as_of=TODAY + dt.timedelta(days=1))
    assert not list(tmp_path.glob("*.xlsx")) and list_forms(demo_db) == []


def test_departments_whose_file_names_would_clash_get_two_files(db, tmp_path):
    from eidroster.domain.employee import EmployeeInput

    long = "Trung tâm Kiểm soát bệnh tật và Chăm sóc sức khỏe sinh sản cộng đồng liên xã "
    for n, dept in enumerate((long + "phía Bắc", long + "phía Nam")):  # same first 80
        roster.add_employee(db, EmployeeInput("Thử", "Văn", f"Mẫu{'ABC'[n]}", dept,
                                              start_date=TODAY - dt.timedelta(days=30)))
    forms = issue_forms(db, tmp_path)
    assert len({f.path for f in forms}) == 2 and all(f.path.exists() for f in forms)
    assert sorted(f.people for f in forms) == [1, 1]


def test_issuing_again_never_writes_over_a_file_in_the_folder(demo_db, tmp_path):
    name, _people, waiting = _department(demo_db)
    [first] = issue_forms(demo_db, tmp_path, departments=[name])
    f = Form(first.path)  # the department's answer, saved back over the blank form
    f.set(f.row_of(waiting[0].full_name), STATUS, "Đã kích hoạt mức 2")
    f.save()
    answered = first.path.read_bytes()
    [second] = issue_forms(demo_db, tmp_path, departments=[name])  # the same day, again
    assert second.path != first.path and second.path.name.endswith(f"-2-{TODAY}.xlsx")
    assert first.path.read_bytes() == answered
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == sorted(
        [first.path.name, second.path.name])
    assert {s.file for s in list_forms(demo_db)} == {first.path.name, second.path.name}
    done = run_import(demo_db, open_list(demo_db, first.path))  # the answer still comes in
    assert done.updated == 1
