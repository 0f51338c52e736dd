"""The merge run again over the folder it wrote into: the agency's own Phụ lục I and its
check sheet from the last run are not inputs (they used to win over a unit's corrected
sheet, being dated later), while another agency's Phụ lục I still is one."""

from __future__ import annotations

import datetime as dt
import json

from eidroster.domain.aggregate import Aggregate, Counts, DepartmentRow
from eidroster.reports.aggregate_sheet import write_aggregate_xlsx
from eidroster.reports.phu_luc_i import write_phu_luc_i
from eidroster.services.agency import merge_files
from tests.agency.conftest import AGENCY_SETTINGS
from tests.agency.handmade import write_messy_phu_luc_iii

# capitals could not give this spelling back: it comes from the file's properties
OWN_NAME = "Bệnh viện Y Dược cổ truyền Sông Mây"


def _eidroster_sheet(path, unit: str, counts: Counts) -> None:
    agg = Aggregate(dt.date(2023, 11, 29), (DepartmentRow("Khoa Nội", counts),), counts)
    write_aggregate_xlsx(path, agg, {"parent_agency": "SỞ Y TẾ TỈNH MẪU", "unit_name": unit,
                                     "place_name": "Sông Mây", "signer_title": "GIÁM ĐỐC"})


def test_the_agencys_last_output_in_the_folder_is_no_input(tmp_path, run_cli, agency_db):
    folder = tmp_path / "nhan_ve"
    folder.mkdir()
    _eidroster_sheet(folder / "a.xlsx", OWN_NAME, Counts(10, 1, 0, 9, 1, 0))
    write_messy_phu_luc_iii(folder / "b.xlsx", "Bệnh viện Mẫu B",
                            [("Khoa Nội", 20, 0, 0, 20, 0, 0)])
    first = run_cli("--db", agency_db, "aggregate", folder / "pl1.xlsx", folder / "a.xlsx",
                    folder / "b.xlsx", "--json")
    assert first.returncode == 0, first.stderr
    assert [u["unit"] for u in json.loads(first.stdout)["merged"]] == [OWN_NAME,
                                                                        "Bệnh viện Mẫu B"]

    # B sends a corrected sheet for the same day; the officer checks the whole folder
    write_messy_phu_luc_iii(folder / "b.xlsx", "Bệnh viện Mẫu B",
                            [("Khoa Nội", 25, 1, 0, 24, 1, 0)])
    everything = sorted(folder.glob("*.xlsx"))
    assert [p.name for p in everything] == ["a.xlsx", "b.xlsx", "pl1.xlsx",
                                            "pl1_kiem_tra.xlsx"]
    for extra in ([], ["--dry-run"]):
        again = run_cli("--db", agency_db, "aggregate", tmp_path / "lan2.xlsx", *everything,
                        "--json", *extra)
        assert again.returncode == 3, again.stderr
        data = json.loads(again.stdout)
        assert [(u["unit"], u["file"], u["total"]) for u in data["merged"]] == [
            (OWN_NAME, "a.xlsx", 10), ("Bệnh viện Mẫu B", "b.xlsx", 25)]
        assert data["total"] == 35 and data["set_aside"] == []
        held = {u["file"]: u["reason"] for u in data["held_out"]}
        assert held["pl1.xlsx"].startswith("Phụ lục I do chính cơ quan lập")
        assert held["pl1_kiem_tra.xlsx"].startswith("Bản kiểm tra của một lần tổng hợp trước")
        assert set(held) == {"pl1.xlsx", "pl1_kiem_tra.xlsx"}


def test_another_agencys_phu_luc_i_is_still_an_input(tmp_path):
    _eidroster_sheet(tmp_path / "c.xlsx", "Trạm Y tế xã Mẫu C", Counts(7, 0, 1, 6, 1, 0))
    district = dict(AGENCY_SETTINGS, unit_name="Phòng Y tế huyện Mẫu")
    write_phu_luc_i(merge_files([tmp_path / "c.xlsx"]), district,
                    xlsx=tmp_path / "huyen.xlsx", check=tmp_path / "huyen_kiem_tra.xlsx")
    result = merge_files([tmp_path / "huyen.xlsx"], own_agency=AGENCY_SETTINGS["unit_name"])
    assert [(u.unit, u.file, u.counts) for u in result.merged] == [
        ("Trạm Y tế xã Mẫu C", "huyen.xlsx", Counts(7, 0, 1, 6, 1, 0))]
    mine = merge_files([tmp_path / "huyen.xlsx"], own_agency="PHÒNG Y TẾ HUYỆN MẪU")
    assert mine.merged == () and mine.held_out[0].reason.startswith("Phụ lục I do chính")


def test_a_unit_sheet_beats_its_row_in_a_summary_of_the_same_day(tmp_path):
    """Whatever the letter dates or the order: the unit's own sheet is the source."""
    import os

    write_messy_phu_luc_iii(tmp_path / "d.xlsx", "Bệnh viện Mẫu D",
                            [("Khoa Nội", 30, 0, 0, 30, 0, 0)])
    os.utime(tmp_path / "d.xlsx", (1_600_000_000, 1_600_000_000))  # saved long before
    _eidroster_sheet(tmp_path / "e.xlsx", "Bệnh viện Mẫu D", Counts(29, 0, 0, 29, 0, 0))
    district = dict(AGENCY_SETTINGS, unit_name="Phòng Y tế huyện Mẫu")
    write_phu_luc_i(merge_files([tmp_path / "e.xlsx"]), district,
                    xlsx=tmp_path / "tong_hop.xlsx", check=tmp_path / "k.xlsx")
    result = merge_files([tmp_path / "tong_hop.xlsx", tmp_path / "d.xlsx"])
    assert [(u.file, u.counts.total) for u in result.merged] == [("d.xlsx", 30)]
    (aside,) = result.set_aside
    assert aside.file == "tong_hop.xlsx" and "báo cáo riêng của đơn vị" in aside.reason


def test_a_name_without_its_place_word_is_said_not_guessed(tmp_path):
    """"TTYT Mẫu Bắc" beside "Trung tâm Y tế huyện Mẫu Bắc": maybe one unit, maybe two —
    both merged, each naming the other; "huyện" beside "thành phố": two units, nothing said."""
    for name, unit in (("a.xlsx", "TTYT Mẫu Bắc"), ("b.xlsx", "Trung tâm Y tế huyện Mẫu Bắc"),
                       ("c.xlsx", "Trung tâm Y tế huyện Mẫu Nam"),
                       ("d.xlsx", "Trung tâm Y tế thành phố Mẫu Nam")):
        write_messy_phu_luc_iii(tmp_path / name, unit, [("Khoa Nội", 10, 0, 0, 10, 0, 0)])
    result = merge_files([tmp_path / n for n in ("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx")])
    assert result.total.total == 40 and len(result.merged) == 4
    said = {p.file: p.message for p in result.problems}
    assert set(said) == {"a.xlsx", "b.xlsx"}
    assert said["a.xlsx"].startswith("Có thể trùng đơn vị với Trung tâm Y tế huyện Mẫu Bắc "
                                     "(b.xlsx): tên chỉ khác ở chữ huyện")
    assert "(a.xlsx): tên chỉ khác ở chữ huyện" in said["b.xlsx"]


def test_the_signed_pdf_beside_its_sheet_is_set_aside_a_lone_pdf_is_held_out(tmp_path):
    write_messy_phu_luc_iii(tmp_path / "PL3_BV_Mau.xlsx", "Bệnh viện Mẫu",
                            [("Khoa Nội", 10, 0, 0, 10, 0, 0)])
    pdf = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
    (tmp_path / "pl3_bv_mau.pdf").write_bytes(pdf)  # the signed copy, sent beside it
    (tmp_path / "BV_Khac.pdf").write_bytes(pdf)  # a unit that sent only its PDF
    result = merge_files([tmp_path / "PL3_BV_Mau.xlsx", tmp_path / "pl3_bv_mau.pdf",
                          tmp_path / "BV_Khac.pdf"])
    assert [u.file for u in result.merged] == ["PL3_BV_Mau.xlsx"]
    (copy,) = result.set_aside
    assert (copy.file, copy.used_file) == ("pl3_bv_mau.pdf", "PL3_BV_Mau.xlsx")
    assert copy.reason.startswith("Bản PDF/Word của tệp PL3_BV_Mau.xlsx")
    (lone,) = result.held_out
    assert lone.file == "BV_Khac.pdf" and "không phải bảng tính" in lone.reason
    assert {p.file for p in result.problems} == {"BV_Khac.pdf"}
