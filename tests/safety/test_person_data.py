"""Luật Bảo vệ dữ liệu cá nhân in the program: "Dữ liệu của một người" (everything held
about one employee, audited without the data) and the processing notice generated from the
settings. Files are written by the real command and read back."""

from __future__ import annotations

import datetime as dt
import json

import docx
import openpyxl
import pytest
import sqlalchemy as sa

from eidroster.db.models import AuditEvent, Employee, StatusChange
from eidroster.domain.employee import StatusInput
from eidroster.domain.statuses import Status
from eidroster.services import person_data, roster
from eidroster.services.audit import list_events as _list_events
from eidroster.services.employment import mark_left
from eidroster.services.report_inputs import set_example_unit_details
from eidroster.services.retention import purge_leavers
from eidroster.services.settings import set_settings
from eidroster.services.status_changes import set_status
from tests.reports.helpers import pdf_text


def list_events(db, action: str):
    with db.read() as s:
        return _list_events(s, action=action)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _two_people(db):
    rows = [r for r in roster.list_roster(db) if r.leave_date is None]
    return rows[0], rows[1]


def _audit(db) -> list:
    with db.read() as s:
        return s.execute(sa.select(AuditEvent.__table__)).all()


def _state(db) -> tuple:
    """Every row a page could change by mistake: people, history, settings."""
    with db.read() as s:
        people = s.execute(sa.select(Employee.__table__)).all()
        changes = s.execute(sa.select(StatusChange.__table__)).all()
    return people, changes


def test_the_record_holds_fields_histories_and_the_audit_entries_naming_the_person(demo_db):
    db = demo_db
    one, other = _two_people(db)
    set_status(db, [one.id, other.id], StatusInput(Status.SUBMITTED, dt.date.today()))
    set_status(db, [other.id], StatusInput(Status.LEVEL1, dt.date.today()))
    record = person_data.person_record(db, one.id)
    fields = dict(record.fields)
    assert fields["Họ và tên"] == one.full_name and fields["Số định danh cá nhân"] == one.id_number
    assert fields["Tình trạng định danh hiện tại"] == "Đã nộp hồ sơ, chờ phê duyệt"
    assert record.statuses[0].effective_date == dt.date.today()  # newest first
    assert len(record.statuses) == len(roster.history(db, one.id))
    assert [e.what for e in record.employment][-1] == "Vào làm việc"
    # the two-person change names them (its "versions"); the other's own change does not
    actions = [a.action for a in record.audit]
    assert actions.count("Cập nhật tình trạng định danh") == 1
    other_record = person_data.person_record(db, other.id)
    assert [a.action for a in other_record.audit].count("Cập nhật tình trạng định danh") == 2


def test_cli_writes_the_page_in_three_formats_audited_without_the_data(demo_db, db_path, run_cli,
                                                                      tmp_path):
    db = demo_db
    set_example_unit_details(db)
    one, _ = _two_people(db)
    before = _state(db)
    for ext in ("pdf", "docx", "xlsx"):
        out = tmp_path / f"nguoi.{ext}"
        res = run_cli("--db", db_path, "person", str(one.id), "--out", out)
        assert res.returncode == 0, res.stderr
        assert out.is_file() and "dữ liệu cá nhân" in res.stdout
    text = _flat(pdf_text(tmp_path / "nguoi.pdf"))
    assert one.full_name in text and one.id_number in text
    assert "DỮ LIỆU CÁ NHÂN ĐƠN VỊ ĐANG LƯU GIỮ VỀ MỘT NGƯỜI" in text
    word = "\n".join(p.text for p in docx.Document(tmp_path / "nguoi.docx").paragraphs)
    cells = [c.text for t in docx.Document(tmp_path / "nguoi.docx").tables
             for row in t.rows for c in row.cells]
    assert "Tài liệu có dữ liệu cá nhân" in word and one.full_name in cells
    book = openpyxl.load_workbook(tmp_path / "nguoi.xlsx")
    assert book.sheetnames == ["Thông tin cá nhân", "Quá trình làm việc", "Tình trạng định danh",
                               "Nhật ký thao tác"]
    values = [c.value for row in book["Thông tin cá nhân"].iter_rows() for c in row]
    assert one.id_number in values
    # each export is audited, naming the person and the file, never the data itself
    with db.read() as s:
        exports = s.scalars(sa.select(AuditEvent).where(
            AuditEvent.action == person_data.ACTION_EXPORTED)).all()
    assert [e.entity_id for e in exports] == [one.id] * 3
    for e in exports:
        assert one.full_name not in e.detail and one.id_number not in e.detail
        assert json.loads(e.detail)["format"] in ("pdf", "docx", "xlsx")
    # and nothing else changed: the people, their history
    assert _state(db) == before
    # shown on the terminal: audited as viewed
    res = run_cli("--db", db_path, "person", str(one.id))
    assert res.returncode == 0 and one.full_name in res.stdout
    assert list_events(db, action=person_data.ACTION_VIEWED)


def test_cli_refuses_an_unknown_person_and_a_wrong_extension(demo_db, db_path, run_cli, tmp_path):
    res = run_cli("--db", db_path, "person", "999999")
    assert res.returncode == 1 and "Không tìm thấy nhân viên mã 999999" in res.stderr
    res = run_cli("--db", db_path, "person", "abc")
    assert res.returncode == 2 and "số nguyên dương" in res.stderr
    res = run_cli("--db", db_path, "person", "1", "--out", tmp_path / "x.csv")
    assert res.returncode == 1 and ".pdf, .docx hoặc .xlsx" in res.stderr
    assert not (tmp_path / "x.csv").exists()
    assert not list_events(demo_db, action=person_data.ACTION_EXPORTED)


def test_a_purged_leaver_page_says_so_and_holds_no_name(demo_db):
    db = demo_db
    one, _ = _two_people(db)
    name = one.full_name
    mark_left(db, [one.id], dt.date(2020, 1, 1))
    purge_leavers(db, today=dt.date(2026, 6, 1))
    record = person_data.person_record(db, one.id)
    assert record.purged and dict(record.fields)["Họ và tên"] == ""
    from eidroster.reports.person_page import document
    from eidroster.reports.simple_doc import to_text

    text = to_text(document(record, {"unit_name": "Bệnh viện Thử"}))
    assert "đã được xóa theo thời hạn lưu trữ" in text and name not in text


@pytest.mark.parametrize("months,days,expected", [
    ("6", "0", "và 6 tháng kể từ ngày nghỉ việc"),
    ("24", "90", "và 90 ngày kể từ ngày nghỉ việc"),
    ("0", "0", "chưa đặt thời hạn tự động xóa"),
])
def test_the_notice_says_what_the_settings_say(demo_db, db_path, run_cli, tmp_path,
                                               months, days, expected):
    db = demo_db
    set_example_unit_details(db)
    set_settings(db, {"retention_months": months, "retention_days": days,
                      "data_viewers": "Nhóm xem thứ nhất\nNhóm xem thứ hai",
                      "data_contact": "Phòng Mẫu, tầng 9"})
    out = tmp_path / "thong-bao.pdf"
    res = run_cli("--db", db_path, "export", "notice", out, "--issued", "2026-02-05")
    assert res.returncode == 0, res.stderr
    text = _flat(pdf_text(out))
    assert "THÔNG BÁO VỀ VIỆC XỬ LÝ DỮ LIỆU CÁ NHÂN" in text and expected in text
    assert "Nhóm xem thứ nhất" in text and "Phòng Mẫu, tầng 9" in text
    assert "ngày 05 tháng 02 năm 2026" in text
    # no personal data in the notice
    for row in roster.list_roster(db)[:50]:
        assert row.full_name not in text
    assert [e.action for e in list_events(db, action=person_data.ACTION_NOTICE)]


def test_the_notice_is_refused_until_the_unit_details_are_set(demo_db, db_path, run_cli, tmp_path):
    before = _state(demo_db), _audit(demo_db)
    out = tmp_path / "thong-bao.docx"
    res = run_cli("--db", db_path, "export", "notice", out)
    assert res.returncode == 1 and "Tên đơn vị (unit_name)" in res.stderr
    assert not out.exists()
    assert (_state(demo_db), _audit(demo_db)) == before
    set_example_unit_details(demo_db)
    res = run_cli("--db", db_path, "export", "notice", out)
    assert res.returncode == 0, res.stderr
    word = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "Thời hạn lưu trữ" in word and "24 tháng kể từ ngày nghỉ việc" in word


def test_entries_of_people_whose_id_contains_the_same_digits_are_not_named(demo_db):
    """The audit trail is searched by the id's digits first: person 3 must not get the
    entries of 13, 30 or 31, and an entry reads in words, not as program data."""
    db = demo_db
    ids = {r.id for r in roster.list_roster(db) if r.leave_date is None}
    assert {3, 13, 30, 31} <= ids
    today = dt.date.today()
    set_status(db, [13], StatusInput(Status.LEVEL1, today))
    set_status(db, [30, 31], StatusInput(Status.SUBMITTED, today))
    set_status(db, [3, 31], StatusInput(Status.LEVEL2, today))
    actions = [a for a in person_data.person_record(db, 3).audit
               if a.action == "Cập nhật tình trạng định danh"]
    assert len(actions) == 1
    assert "tình trạng: Đã kích hoạt mức 2" in actions[0].detail
    assert f"ngày hiệu lực: {today:%d/%m/%Y}" in actions[0].detail
    assert "versions" not in actions[0].detail and "batch" not in actions[0].detail
    assert len([a for a in person_data.person_record(db, 31).audit
                if a.action == "Cập nhật tình trạng định danh"]) == 2
