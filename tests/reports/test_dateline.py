"""The "Số" and date lines by Nghị định 30/2020, the --issued option, and the refusal to
print any report before the unit's details are set."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.reports import dateline
from eidroster.reports.dateline import BLANK, NBSP, date_line, number_line, place_for_date_line
from tests.reports.helpers import flat, pdf_text


@pytest.mark.parametrize("day", range(1, 13))
@pytest.mark.parametrize("month", range(1, 13))
def test_leading_zero_only_on_days_below_10_and_months_1_and_2(day, month):
    line = date_line("Hà Nội", dt.date(2026, month, day))
    day_text = f"0{day}" if day < 10 else str(day)
    month_text = f"0{month}" if month <= 2 else str(month)
    assert line == f"Hà Nội, ngày {day_text} tháng {month_text} năm 2026"


def test_examples_of_the_decree():
    assert date_line("Hà Nội", dt.date(2026, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2026"
    assert date_line("Hà Nội", dt.date(2026, 5, 7)) == "Hà Nội, ngày 07 tháng 5 năm 2026"
    assert date_line("Hà Nội", dt.date(2026, 11, 20)) == "Hà Nội, ngày 20 tháng 11 năm 2026"
    assert date_line("Huế", dt.date(2026, 2, 28)) == "Huế, ngày 28 tháng 02 năm 2026"
    assert date_line("Huế", dt.date(2026, 12, 31)) == "Huế, ngày 31 tháng 12 năm 2026"


def test_blank_leaves_room_for_the_clerk():
    line = date_line("Hà Nội", BLANK, today=dt.date(2026, 7, 1))
    assert line.startswith("Hà Nội, ngày" + NBSP * 8) and line.endswith("năm 2026")
    assert f"{NBSP * 8}tháng{NBSP * 8}" in line
    assert number_line("Số: …/BC-BV", BLANK) == f"Số:{NBSP * 10}/BC-BV"
    # spaces typed in the pattern are kept (no-break), never collapsed
    assert number_line("Số:     /BC-BV", dt.date(2026, 5, 7)) == f"Số: {NBSP * 4}/BC-BV"
    assert number_line("Số: 12 /BC-BV", dt.date(2026, 5, 7)) == f"Số: 12{NBSP}/BC-BV"
    assert number_line("…/BC-BV", None) == "Số: …/BC-BV"
    assert number_line("", None) == ""


def test_place_names_as_the_decree_writes_them():
    assert place_for_date_line("Thành phố Hà Nội") == "Hà Nội"
    assert place_for_date_line("TP. Hà Nội") == "Hà Nội"
    assert place_for_date_line("tỉnh Lâm Đồng") == "Lâm Đồng"
    assert place_for_date_line("TP. Hồ Chí Minh") == "Thành phố Hồ Chí Minh"  # after a person
    assert place_for_date_line("Thành phố Hồ Chí Minh") == "Thành phố Hồ Chí Minh"
    assert place_for_date_line("phường 5") == "Phường 5"  # a number: in full
    assert place_for_date_line("  Phường   Bà Rịa ") == "Phường Bà Rịa"
    assert place_for_date_line("") == ""
    assert date_line("", dt.date(2026, 5, 7)) == "Ngày 07 tháng 5 năm 2026"


def test_parse_issued():
    assert dateline.parse_issued("2026-05-07") == dt.date(2026, 5, 7)
    assert dateline.parse_issued("blank") == BLANK and dateline.parse_issued(" Blank ") == BLANK
    with pytest.raises(ValueError):
        dateline.parse_issued("07/05/2026")


def test_issued_on_every_export_with_a_date_line(report_db, db_path, run_cli, tmp_path):
    day = dt.date(2026, 5, 7)
    for kind, ext in (("phu-luc-iii", "pdf"), ("phu-luc-iv", "pdf"), ("summary", "pdf"),
                      ("letter", "pdf")):
        out = tmp_path / f"{kind}.{ext}"
        res = run_cli("--db", db_path, "export", kind, out, "--issued", day.isoformat())
        assert res.returncode == 0, res.stderr
        assert "Bà Rịa, ngày 07 tháng 5 năm 2026" in flat(pdf_text(out)), kind
        blank = tmp_path / f"{kind}-blank.{ext}"
        res = run_cli("--db", db_path, "export", kind, blank, "--issued", "blank")
        assert res.returncode == 0, res.stderr
        text = flat(pdf_text(blank))
        assert "ngày 07 tháng" not in text and f"năm {dt.date.today().year}" in text, kind
    folder = tmp_path / "idesk"
    res = run_cli("--db", db_path, "export", "submission", folder, "--issued", "2026-01-05")
    assert res.returncode == 0, res.stderr
    for pdf in folder.glob("*.pdf"):
        assert "Bà Rịa, ngày 05 tháng 01 năm 2026" in flat(pdf_text(pdf)), pdf.name


def test_every_export_refused_until_the_unit_details_are_set(demo_db, db_path, run_cli,
                                                             tmp_path):
    from eidroster.services.settings import set_setting

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    runs = [("phu-luc-iii", tmp_path / "a.xlsx"), ("phu-luc-iv", tmp_path / "b.pdf"),
            ("summary", tmp_path / "c.pdf"), ("letter", tmp_path / "d.docx"),
            ("submission", tmp_path / "e")]
    for kind, out in runs:
        res = run_cli("--db", db_path, "export", kind, out)
        assert res.returncode == 1, (kind, res.stdout)
        assert "Traceback" not in res.stderr
        for key in ("unit_name", "parent_agency", "place_name", "signer_name"):
            assert key in res.stderr, (kind, key, res.stderr)
        assert "Tên đơn vị" in res.stderr and "Họ tên người ký" in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    for key, value in (("unit_name", "Bệnh viện Thử"), ("parent_agency", "Sở Y tế Thử"),
                       ("place_name", "Phường Thử"), ("signer_title", "GIÁM ĐỐC")):
        set_setting(demo_db, key, value)
    res = run_cli("--db", db_path, "export", "phu-luc-iii", tmp_path / "a.xlsx")
    assert res.returncode == 1 and "signer_name" in res.stderr
    assert "unit_name" not in res.stderr
    set_setting(demo_db, "signer_name", "   ")  # blank is not set
    assert run_cli("--db", db_path, "export", "phu-luc-iii", tmp_path / "a.xlsx").returncode == 1
    set_setting(demo_db, "signer_name", "Người Ký Thử")
    res = run_cli("--db", db_path, "export", "phu-luc-iii", tmp_path / "a.xlsx")
    assert res.returncode == 0, res.stderr
