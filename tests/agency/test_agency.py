"""The agency's merge (Phụ lục III of the units -> Phụ lục I), read back from real files."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eidroster.domain.aggregate import Counts
from eidroster.reports.phu_luc_i import write_phu_luc_i
from eidroster.services.agency import merge_files, parse_count, parse_rate, recognise, reconcile
from tests.agency.conftest import AGENCY_SETTINGS
from tests.agency.handmade import write_messy_phu_luc_iii, write_seed_phu_luc_i
from tests.reports.helpers import docx_cell_texts

# Worked out by hand from seed 000: every row holds rule 1 (chưa + mức 1 + mức 2 =
# tổng số); these break rule 2 (có lý do + không có lý do = chưa + mức 1).
SEED_BREAKS = {
    "Bệnh viện Tâm Thần": "Có lý do + Không có lý do = 2 khác Chưa định danh + Mức 1 = 5",
    "Trường Trung cấp Y tế": "Có lý do + Không có lý do = 0 khác Chưa định danh + Mức 1 = 2",
    "TTYT thị xã Phú Mỹ": "Có lý do + Không có lý do = 3 khác Chưa định danh + Mức 1 = 4",
    "TỔNG CỘNG": "Có lý do + Không có lý do = 91 khác Chưa định danh + Mức 1 = 97",
}


def _sheet_values(path, sheet=None):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.active
    return [[c.value for c in row] for row in ws.iter_rows()]


def _row_starting(rows, text):
    return next(r for r in rows if r[0] == text or r[1] == text)


@pytest.mark.parametrize("numbers", ["text", "number", "decimal"])
def test_seed_phu_luc_i_totals_and_exactly_the_broken_rows(tmp_path, run_cli, numbers, agency_db):
    typed = write_seed_phu_luc_i(tmp_path / "phu_luc_i_tu_lap.xlsx", numbers)
    out = tmp_path / "tong_hop.xlsx"
    done = run_cli("--db", agency_db, "aggregate", out, typed.path, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert {"units", "total", "none", "level1", "level2", "with_reason", "without_reason",
            "level2_rate", "problems"} <= set(data)
    assert (data["total"], data["none"], data["level1"], data["level2"]) == (4010, 39, 58, 3913)
    # the unaccounted 6 people not at level 2 count as "không có lý do" (documented rule)
    assert (data["with_reason"], data["without_reason"]) == (91, 6)
    assert len(data["units"]) == 21 and data["units"][0]["name"] == "Bệnh viện Bà Rịa"
    assert data["units"][-1]["name"] == "TTYT huyện Côn Đảo"
    got = {(p["unit"], p["row"], p["message"]) for p in data["problems"]}
    assert got == {(unit, typed.rows[unit], msg) for unit, msg in SEED_BREAKS.items()}
    assert len(data["problems"]) == 4

    rows = _sheet_values(out)
    assert any(isinstance(v, str) and v == "PHỤ LỤC I" for r in rows for v in r)
    total = _row_starting(rows, "TỔNG CỘNG")
    assert total[2:8] == [4010, 39, 58, 3913, 91, 6]
    tam_than = _row_starting(rows, "Bệnh viện Tâm Thần")
    assert tam_than[2:8] == [133, 2, 3, 128, 2, 3]
    assert sum(1 for r in rows if isinstance(r[0], int)) == 21
    stats = _row_starting(rows, "Thống kê toàn ngành")
    assert stats[1] == "Thống kê toàn ngành"
    four = _row_starting(rows, "(4) Chưa định danh mức 2 = (1)+(2)")
    assert four[2] == 97
    # the check notes are in their own file, never on the signed page
    assert not any(isinstance(v, str) and "khác" in v for r in rows for v in r)
    check = _sheet_values(tmp_path / "tong_hop_kiem_tra.xlsx", "Van de")
    notes = [(r[0], r[2], r[4]) for r in check if isinstance(r[2], int)]
    assert notes == [(unit, typed.rows[unit], msg) for unit, msg in SEED_BREAKS.items()]


def test_human_output_lists_the_breaks_and_writes_pdf(tmp_path, run_cli, agency_db):
    from pypdf import PdfReader

    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    done = run_cli("--db", agency_db, "aggregate", tmp_path / "i.xlsx", typed.path, "--pdf",
                   tmp_path / "i.pdf")
    assert done.returncode == 0, done.stderr
    assert "21 đơn vị, 4.010 nhân viên" in done.stdout
    assert "4 chỗ không khớp" in done.stdout
    assert f"Bệnh viện Tâm Thần (seed.xlsx, dòng {typed.rows['Bệnh viện Tâm Thần']})" in done.stdout
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "i.pdf").pages)
    assert "PHỤ LỤC I" in text and "Thống kê toàn ngành" in text and "4.010" in text
    assert "seed.xlsx" not in text and "khác" not in text  # no check notes on the signed page


def _own_phu_luc_iii(tmp_path, name, unit, staff, seed, as_of):
    """A unit's Phụ lục III as eidroster writes it, from a generated database."""
    from eidroster.reports.aggregate_sheet import write_aggregate_xlsx
    from eidroster.services.database import open_database
    from eidroster.services.demo import generate
    from eidroster.services.settings import get_settings, set_setting
    from eidroster.services.summary import summary

    db = open_database(tmp_path / f"{name}.sqlite")
    try:
        generate(db, staff, seed=seed, today=as_of)
        set_setting(db, "unit_name", unit)
        agg = summary(db, as_of)
        path = tmp_path / f"{name}.xlsx"
        write_aggregate_xlsx(path, agg, get_settings(db))
    finally:
        db.close()
    return path, agg.total


def test_eidroster_own_sheets_merge_exactly(tmp_path):
    day = dt.date(2023, 11, 29)
    made = [
        _own_phu_luc_iii(tmp_path, "bv_a", "Bệnh viện Mẫu A", 150, 1, day),
        _own_phu_luc_iii(tmp_path, "ttyt_b", "Trung tâm Y tế Mẫu B", 90, 2, day),
        _own_phu_luc_iii(tmp_path, "cc_c", "Chi cục Mẫu C", 40, 3, day),
    ]
    result = merge_files([p for p, _ in made])
    assert result.problems == ()
    assert result.as_of == day
    # the names as the units typed them (their sheets print them in capitals)
    assert [u.unit for u in result.merged] == ["Bệnh viện Mẫu A", "Trung tâm Y tế Mẫu B",
                                               "Chi cục Mẫu C"]
    assert [u.counts for u in result.merged] == [t for _, t in made]
    expected = Counts()
    for _, t in made:
        expected = expected + t
    assert result.total == expected
    out = tmp_path / "phu_luc_i.xlsx"
    write_phu_luc_i(result, AGENCY_SETTINGS, xlsx=out)
    rows = _sheet_values(out)
    assert _row_starting(rows, "Trung tâm Y tế Mẫu B")[0] == 2
    assert _row_starting(rows, "TỔNG CỘNG")[2:8] == [
        expected.total, expected.none, expected.level1, expected.level2,
        expected.with_reason, expected.without_reason]


def test_messy_hand_made_phu_luc_iii_sheets(tmp_path):
    good = write_messy_phu_luc_iii(tmp_path / "bv_x.xlsx", "Bệnh viện Mẫu X", [
        ("Khoa Nội", 1097, 11, 44, 1042, 50, 5),
        ("Khoa Ngoại", 60, 0, 0, 60, 0, 0),
    ])
    broken = write_messy_phu_luc_iii(
        tmp_path / "so_lieu_ttyt.xlsx", "Trung tâm Y tế Mẫu Y",
        [("Khoa Sản", 40, 2, 1, 36, 3, 0),       # rule 1: 2 + 1 + 36 = 39, not 40
         ("Phòng Tổ chức", 10, 1, 1, 8, 5, 0)],  # rule 2: 5 reasons for 2 people
        total=(50, 3, 2, 44, 8, 0), agency_in_one_cell=False, column_numbers=False)
    result = merge_files([good.path, broken.path])
    names = [u.unit for u in result.merged]
    assert names == ["Bệnh viện Mẫu X", "Trung tâm Y tế Mẫu Y"]
    x, y = (u.counts for u in result.merged)
    assert x == Counts(1157, 11, 44, 1102, 50, 5)
    # Khoa Sản: total taken from the status columns (39); Tổ chức: reasons capped at 2
    assert y == Counts(39 + 10, 3, 2, 44, 3 + 2, 0)
    got = {(p.unit, p.row, p.message) for p in result.problems}
    unit = "Trung tâm Y tế Mẫu Y"
    assert got == {
        (unit, broken.rows["Khoa Sản"],
         "Khoa Sản: Chưa định danh + Mức 1 + Mức 2 = 39 khác Tổng số 40"),
        (unit, broken.rows["Phòng Tổ chức"],
         "Phòng Tổ chức: Có lý do + Không có lý do = 5 khác Chưa định danh + Mức 1 = 2"),
        (unit, broken.rows["TỔNG CỘNG"],
         "Dòng TỔNG CỘNG: Chưa định danh + Mức 1 + Mức 2 = 49 khác Tổng số 50"),
        (unit, broken.rows["TỔNG CỘNG"],
         "Dòng TỔNG CỘNG: Có lý do + Không có lý do = 8 khác Chưa định danh + Mức 1 = 5"),
    }


def test_total_row_that_differs_from_its_rows(tmp_path):
    sheet = write_messy_phu_luc_iii(tmp_path / "u.xlsx", "Bệnh viện Mẫu Z", [
        ("Khoa Nội", 30, 1, 1, 28, 2, 0),
        ("Khoa Nhi", 20, 0, 0, 20, 0, 0),
    ], total=(49, 1, 1, 47, 2, 0))
    result = merge_files([sheet.path])
    assert result.total == Counts(50, 1, 1, 48, 2, 0)  # the rows, not the written total
    messages = sorted(p.message for p in result.problems)
    assert messages == [
        "Dòng TỔNG CỘNG: Tổng số ghi 49 nhưng cộng các dòng được 50",
        "Dòng TỔNG CỘNG: Đã định danh mức 2 ghi 47 nhưng cộng các dòng được 48",
    ]
    assert {p.row for p in result.problems} == {sheet.rows["TỔNG CỘNG"]}


def test_unreadable_file_duplicate_unit_and_other_date_are_listed(tmp_path):
    import os

    ok = write_messy_phu_luc_iii(tmp_path / "a.xlsx", "Bệnh viện Mẫu A",
                                 [("Khoa Nội", 10, 0, 0, 10, 0, 0)])
    again = write_messy_phu_luc_iii(tmp_path / "a_lan2.xlsx", "Bệnh viện Mẫu A",
                                    [("Khoa Nội", 99, 0, 0, 99, 0, 0)])
    os.utime(again.path, (1_600_000_000, 1_600_000_000))  # saved before a.xlsx
    old = write_messy_phu_luc_iii(tmp_path / "b.xlsx", "Bệnh viện Mẫu B",
                                  [("Khoa Nội", 5, 0, 0, 5, 0, 0)], as_of="22/11/2023")
    junk = tmp_path / "ghi_chu.xlsx"
    junk.write_text("không phải bảng tính")
    result = merge_files([ok.path, again.path, junk, old.path], as_of=dt.date(2023, 11, 29))
    assert [u.unit for u in result.merged] == ["Bệnh viện Mẫu A", "Bệnh viện Mẫu B"]
    assert result.total.total == 15  # the older copy of A is not added
    (aside,) = result.set_aside
    assert (aside.file, aside.used_file) == ("a_lan2.xlsx", "a.xlsx")
    assert aside.reason == ("Trùng đơn vị với tệp a.xlsx (tệp được lưu sau); dùng số liệu của "
                            "tệp đó")
    (held,) = result.held_out
    assert held.file == "ghi_chu.xlsx" and "ghi_chu.xlsx" in held.reason
    by_file = {p.file: p for p in result.problems}
    assert set(by_file) == {"ghi_chu.xlsx", "b.xlsx"}
    assert by_file["b.xlsx"].message == (
        "Số liệu tính đến ngày 22/11/2023, khác ngày tổng hợp 29/11/2023")


def test_the_later_date_wins_over_the_order_and_the_short_name_matches(tmp_path):
    later = write_messy_phu_luc_iii(tmp_path / "moi.xlsx", "Trung tâm Y tế huyện Mẫu",
                                    [("Khoa Nội", 12, 0, 0, 12, 0, 0)], as_of="29/11/2023")
    earlier = write_messy_phu_luc_iii(tmp_path / "cu.xlsx", "TTYT huyện Mẫu",
                                      [("Khoa Nội", 11, 1, 0, 10, 1, 0)], as_of="22/11/2023")
    result = merge_files([later.path, earlier.path])
    assert [(u.unit, u.file) for u in result.merged] == [("Trung tâm Y tế huyện Mẫu",
                                                          "moi.xlsx")]
    assert result.set_aside[0].file == "cu.xlsx"
    assert "tính đến ngày 29/11/2023, mới hơn" in result.set_aside[0].reason
    assert result.total.total == 12 and result.problems == ()


def test_a_cell_that_is_not_a_number_holds_the_unit_out_without_its_content(tmp_path):
    from openpyxl import load_workbook

    sheet = write_messy_phu_luc_iii(tmp_path / "u.xlsx", "Bệnh viện Mẫu", [
        ("Khoa Nội", 30, 1, 1, 28, 2, 0), ("Khoa Nhi", 20, 0, 0, 20, 0, 0)])
    wb = load_workbook(sheet.path)
    row = sheet.rows["Khoa Nhi"]
    wb.active.cell(row, 4).value = "Nguyễn Văn Mẫu"  # pasted into the wrong column
    wb.save(sheet.path)
    result = merge_files([sheet.path])
    assert [p.message for p in result.problems] == [
        f"Khoa Nhi: Ô D{row} (Chưa định danh) không đọc được thành số"]
    assert (result.problems[0].row, result.problems[0].column) == (row, "D")
    assert result.merged == () and result.held_out[0].unit == "Bệnh viện Mẫu"
    assert all("Nguyễn" not in p.message for p in result.problems)


def test_stated_rate_of_100_percent_with_someone_missing(tmp_path):
    from openpyxl import load_workbook

    sheet = write_messy_phu_luc_iii(tmp_path / "u.xlsx", "Bệnh viện Mẫu", [
        ("Khoa Nội", 1097, 0, 1, 1096, 1, 0)])
    wb = load_workbook(sheet.path)
    wb.active.cell(sheet.rows["Khoa Nội"], 9).value = "100%"
    wb.save(sheet.path)
    messages = [p.message for p in merge_files([sheet.path]).problems]
    assert "Khoa Nội: Tỉ lệ ghi 100% nhưng còn 1 người chưa định danh mức 2" in messages


def test_a_list_of_people_alone_writes_nothing(tmp_path, run_cli, agency_db):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["TT", "Họ và tên", "Ngày sinh", "Số CCCD"])
    wb.active.append([1, "Lê Văn Mẫu", "01/02/1980", "077080000123"])
    wb.save(tmp_path / "danh_sach.xlsx")
    done = run_cli("--db", agency_db, "aggregate", tmp_path / "o.xlsx", tmp_path / "danh_sach.xlsx")
    assert done.returncode == 1
    assert "Lỗi: Không có đơn vị nào có số liệu đọc được để tổng hợp (tệp: danh_sach.xlsx)" \
        in done.stderr
    assert "danh sách cá nhân (Phụ lục IV), không tổng hợp" in done.stderr
    assert "Lê Văn" not in done.stderr + done.stdout and "077080000123" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh_sach.xlsx", "so_y_te.sqlite"]
    bad = run_cli("--db", agency_db, "aggregate", tmp_path / "o.pdf", tmp_path / "danh_sach.xlsx")
    assert bad.returncode == 1 and "phải có đuôi .xlsx" in bad.stderr


def test_an_output_that_is_an_input_is_refused(tmp_path, run_cli, agency_db):
    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    before = typed.path.read_bytes()
    done = run_cli("--db", agency_db, "aggregate", typed.path, typed.path)
    assert done.returncode == 1 and "là một trong các tệp đầu vào" in done.stderr
    other = run_cli("--db", agency_db, "aggregate", tmp_path / "o.xlsx", typed.path,
                    "--check-file", typed.path)
    assert other.returncode == 1 and "là một trong các tệp đầu vào" in other.stderr
    assert typed.path.read_bytes() == before and not (tmp_path / "o.xlsx").exists()


def test_without_the_agency_settings_nothing_is_issued(tmp_path, run_cli):
    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    bare = run_cli("aggregate", tmp_path / "o.xlsx", typed.path)
    assert bare.returncode == 1
    assert "Chưa có thông tin của cơ quan tổng hợp" in bare.stderr
    assert "unit_name (Tên đơn vị)" in bare.stderr and "signer_name" in bare.stderr
    half = tmp_path / "half.sqlite"
    assert run_cli("--db", half, "settings", "set", "unit_name", "Sở Y tế Mẫu").returncode == 0
    partly = run_cli("--db", half, "aggregate", tmp_path / "o.xlsx", typed.path)
    assert partly.returncode == 1 and "unit_name (" not in partly.stderr
    assert "signer_name (Họ tên người ký)" in partly.stderr and f"--db {half}" in partly.stderr
    assert not (tmp_path / "o.xlsx").exists()
    dry = run_cli("aggregate", tmp_path / "o.xlsx", typed.path, "--dry-run")
    assert dry.returncode == 0 and "Chưa ghi tệp nào" in dry.stdout
    assert not (tmp_path / "o.xlsx").exists()


def test_every_input_unreadable_names_every_file(tmp_path, run_cli, agency_db):
    (tmp_path / "ghi_chu.xlsx").write_text("không phải bảng tính")
    (tmp_path / "rong.csv").write_text("a,b\n")
    done = run_cli("--db", agency_db, "aggregate", tmp_path / "o.xlsx", tmp_path / "ghi_chu.xlsx",
                   tmp_path / "rong.csv")
    assert done.returncode == 1
    assert "(tệp: ghi_chu.xlsx, rong.csv); không ghi tệp nào" in done.stderr
    assert "Tệp rong.csv: không tìm thấy bảng số liệu" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "o.xlsx").exists()


def test_a_missing_output_folder_is_refused_before_any_input_is_read(tmp_path, run_cli,
                                                                       agency_db):
    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    for option in ([tmp_path / "khong_co" / "o.xlsx"],
                   [tmp_path / "o.xlsx", "--pdf", tmp_path / "khong_co" / "o.pdf"],
                   [tmp_path / "o.xlsx", "--check-file", tmp_path / "khong_co" / "k.xlsx"]):
        # an input that does not exist either: the output's folder is what is refused
        done = run_cli("--db", agency_db, "aggregate", option[0], tmp_path / "chua_co.xlsx",
                       typed.path, *option[1:])
        assert done.returncode == 1, done.stderr
        assert "thư mục" in done.stderr and "khong_co không tồn tại" in done.stderr
        assert "chua_co" not in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.xlsx", "so_y_te.sqlite"]


def test_a_count_of_5000_digits_is_a_problem_of_its_cell(tmp_path, run_cli, agency_db):
    from openpyxl import load_workbook

    sheet = write_messy_phu_luc_iii(tmp_path / "u.xlsx", "Bệnh viện Mẫu", [
        ("Khoa Nội", 30, 1, 1, 28, 2, 0), ("Khoa Nhi", 20, 0, 0, 20, 0, 0)])
    other = write_messy_phu_luc_iii(tmp_path / "v.xlsx", "Bệnh viện huyện Mẫu Khác", [
        ("Khoa Nội", 7, 0, 0, 7, 0, 0)])
    wb = load_workbook(sheet.path)
    row = sheet.rows["Khoa Nhi"]
    wb.active.cell(row, 4).value = "9" * 5000
    wb.active.cell(row, 9).value = "9" * 5000 + "%"  # the stated rate: not a problem of its own
    wb.save(sheet.path)
    (tmp_path / "lon.csv").write_text(
        "Bệnh viện Mẫu Lớn\nTT,Khoa/phòng,Tổng số,Chưa định danh,Đã định danh mức 1,"
        "Đã định danh mức 2,Có lý do,Không có lý do\n1,Khoa Nội,3,0,0,3,0,0\n"
        "2,Khoa Nhi,12000000,0,0,12000000,0,0\n")
    done = run_cli("--db", agency_db, "aggregate", tmp_path / "o.xlsx", sheet.path, other.path,
                   tmp_path / "lon.csv", "--json")
    assert done.returncode == 3, done.stderr
    out = json.loads(done.stdout)
    assert [u["unit"] for u in out["merged"]] == ["Bệnh viện huyện Mẫu Khác"] and out["total"] == 7
    held = {u["file"]: u["reason"] for u in out["held_out"]}
    assert held == {
        "u.xlsx": f"Khoa Nhi: Ô D{row} (Chưa định danh) ghi số quá lớn (trên 10.000.000), "
                  "không phải số người",
        "lon.csv": "Khoa Nhi: Ô C4 (Tổng số) ghi số quá lớn (trên 10.000.000), không phải số người",
    }
    assert {(p["file"], p["row"], p["column"]) for p in out["problems"] if p["file"] == "u.xlsx"} \
        == {("u.xlsx", row, "D")}


def test_a_failed_write_leaves_no_file(tmp_path, agency_db):
    from eidroster.domain.errors import StorageError

    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    result = merge_files([typed.path])
    with pytest.raises(StorageError):
        write_phu_luc_i(result, AGENCY_SETTINGS, xlsx=tmp_path / "i.xlsx",
                        pdf=tmp_path / "khong_co" / "i.pdf", check=tmp_path / "k.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.xlsx", "so_y_te.sqlite"]


def test_recognising_the_seed(tmp_path):
    typed = write_seed_phu_luc_i(tmp_path / "s.xlsx")
    parsed = recognise(typed.path)
    assert parsed.kind == "agency" and parsed.as_of == dt.date(2023, 11, 29)
    data = [ln for ln in parsed.table.lines if ln.kind == "data"]
    assert len(data) == 21 and parsed.table.lines[-1].kind == "total"
    assert parsed.table.lines[-1].values["total"] == 4010


def test_reconcile_rule():
    # under-count: unexplained people count as without a reason
    assert reconcile({"total": 133, "none": 2, "level1": 3, "level2": 128,
                      "with_reason": 2, "without_reason": 0}) == Counts(133, 2, 3, 128, 2, 3)
    # over-count: the written "without" stands, "with" is capped
    assert reconcile({"total": 10, "none": 3, "level1": 2, "level2": 5,
                      "with_reason": 5, "without_reason": 3}) == Counts(10, 3, 2, 5, 2, 3)
    # a wrong total is replaced by the sum of the status columns
    assert reconcile({"total": 40, "none": 2, "level1": 1, "level2": 36,
                      "with_reason": 3, "without_reason": 0}).total == 39


@pytest.mark.parametrize(("value", "expected"), [
    ("1.097", 1097), (1097, 1097), (1.097, 1097), (4.01, 4010), ("-", 0), ("–", 0),
    ("—", 0), (None, None), ("", None), ("  55 ", 55), ("1 097", 1097), ("1\u00a0097", 1097),
    (12.0, 12), ("12.0", 12), ("12,0", 12), ("1,097", 1097), ("1.000", 1000),
    ("1.097.000", 1097000), ("12 người", 12), ("12 ng", 12), ("2 (thai sản)", 2),
    ("'12", 12), ("１２", 12), ("không", 0), ("10.000.000", 10_000_000), ("0007", 7),
])
def test_parse_count(value, expected):
    assert parse_count(value) == expected


@pytest.mark.parametrize("value", [
    "X", "x", "✓", "?", "#REF!", "khoảng 10", "2 (1 thai sản)", "10/12", "12.5", "1,5", "-3",
    -3, 12.3456, True, dt.date(2023, 1, 12), "12 + 3", "95%",
    pytest.param("9" * 5000, id="text-of-5000-digits"), "10.000.001",
    pytest.param(10**5000, id="int-of-5000-digits"), 1e300, 10_000_001,
])
def test_parse_count_refuses(value):
    from eidroster.services.agency.cells import BadCell

    with pytest.raises(BadCell):
        parse_count(value)


@pytest.mark.parametrize(("value", "expected"), [
    ("95%", 95.0), ("99,9%", 99.9), (0.95, 95.0), (95, 95.0), ("-", None), (None, None),
])
def test_parse_rate(value, expected):
    assert parse_rate(value) == pytest.approx(expected) if expected is not None else \
        parse_rate(value) is None


def test_unit_name_from_the_file_name_when_the_sheet_has_no_header(tmp_path, run_cli, agency_db):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["TT", "Khoa, phòng", "Tổng số", "Chưa định danh", "Mức 1", "Mức 2",
               "Có lý do", "Không có lý do", "Tỉ lệ"])
    ws.append([1, "Khoa Dược", 12, "-", 1, 11, 1, "-", "92%"])
    ws.append([2, "Khoa Nhi", 8, 0, 0, 8, 0, 0, 1])
    ws.append(["Cộng", None, 20, 0, 1, 19, 1, 0, 0.95])
    wb.save(tmp_path / "Trung_tam_Y_te_Mau.xlsx")
    done = run_cli("--db", agency_db, "aggregate", tmp_path / "o.xlsx",
                   tmp_path / "Trung_tam_Y_te_Mau.xlsx", "--as-of", "2023-11-30", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [u["name"] for u in data["units"]] == ["Trung tam Y te Mau"]
    assert data["as_of"] == "2023-11-30"
    assert (data["total"], data["level1"], data["level2"], data["with_reason"]) == (20, 1, 19, 1)
    assert data["problems"] == []


def test_sheet_typed_with_the_old_tcvn3_fonts(tmp_path):
    from openpyxl import load_workbook

    from eidroster.io.legacy import TCVN3, from_unicode

    sheet = write_messy_phu_luc_iii(tmp_path / "cu.xlsx", "Bệnh viện Mẫu Cũ", [
        ("Khoa Nội", 30, 1, 1, 28, 2, 0), ("Khoa Dược", 5, 0, 0, 5, 0, 0)],
        agency_in_one_cell=False)
    wb = load_workbook(sheet.path)
    for row in wb.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.value = from_unicode(cell.value, TCVN3)
    wb.save(sheet.path)
    result = merge_files([sheet.path])
    # typed in capitals: the kind of body and the first word of its name capitalised
    assert [u.unit for u in result.merged] == ["Bệnh viện Mẫu cũ"]
    assert result.total == Counts(35, 1, 1, 33, 2, 0) and result.problems == ()


def test_word_copy_and_the_letter_date_by_the_decree(tmp_path, run_cli, agency_db):
    from docx import Document
    from pypdf import PdfReader

    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    done = run_cli("--db", agency_db, "aggregate", tmp_path / "i.xlsx", typed.path,
                   "--pdf", tmp_path / "i.pdf", "--docx", tmp_path / "i.docx",
                   "--issued", "2026-05-07")
    assert done.returncode == 0, done.stderr
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "i.pdf").pages)
    assert "Sông Mây, ngày 07 tháng 5 năm 2026" in pdf
    doc = Document(tmp_path / "i.docx")
    cells = docx_cell_texts(doc)  # the last rows are in a table nested in the last row
    assert "Bệnh viện Bà Rịa" in cells and "TỔNG CỘNG" in cells and "4.010" in cells
    words = " ".join(p.text for p in doc.paragraphs) + " ".join(cells)
    assert "PHỤ LỤC I" in words and "seed.xlsx" not in words and "khác" not in words
    blank = run_cli("--db", agency_db, "aggregate", tmp_path / "b.xlsx", typed.path,
                    "--pdf", tmp_path / "b.pdf", "--issued", "blank")
    assert blank.returncode == 0, blank.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "b.pdf").pages)
    assert "ngày 07 tháng" not in text and f"năm {dt.date.today().year}" in text
    bad = run_cli("--db", agency_db, "aggregate", tmp_path / "c.xlsx", typed.path, "--docx",
                  tmp_path / "c.pdf")
    assert bad.returncode == 1 and "phải có đuôi .docx" in bad.stderr
