"""Luật Căn cước 2023 on import: the current and the old header words are understood, a
9-digit CMND is kept, flagged as expired and counted under the stage that says a card is
needed, and a number whose prefix is no province code is accepted with a warning."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.domain.cccd import make_cccd
from eidroster.domain.statuses import Status
from eidroster.services.importer.fields import FIELD_LABEL_VI, Field, classify_header
from tests.importer.conftest import IMPORT_DAY
from tests.importer.corpus import dmy, write_xlsx


@pytest.mark.parametrize("header", [
    "Số định danh cá nhân", "SỐ ĐỊNH DANH CÁ NHÂN (12 số)", "Số thẻ căn cước", "Thẻ căn cước",
    "Mã số định danh cá nhân", "Số định danh", "Căn cước", "Số CCCD", "CCCD/CMND",
    "Số CMND/CCCD", "Số căn cước công dân", "Số thẻ căn cước công dân", "Số CMT",
])
def test_current_and_old_header_words_name_the_number(header):
    assert classify_header(header) is Field.ID_NUMBER


@pytest.mark.parametrize("header", ["Ngày cấp CCCD", "Nơi cấp thẻ căn cước", "Ngày cấp"])
def test_the_cards_issue_date_and_place_are_not_its_number(header):
    assert classify_header(header) is not Field.ID_NUMBER


def test_the_program_shows_the_current_words():
    assert FIELD_LABEL_VI[Field.ID_NUMBER] == "Số định danh cá nhân"


def test_cmnd_holders_and_numbers_registered_abroad(tmp_path, do_import, roster, db):
    abroad = make_cccd("003", 1990, "F", 42)  # 003 is no province code
    rows = [
        ["Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ căn cước", "Khoa/phòng", "Tình trạng"],
        ["Mẫu Văn Một", dmy(dt.date(1970, 1, 2)), "Nam", "100000001", "Khoa A", "Chưa đăng ký"],
        ["Mẫu Văn Hai", dmy(dt.date(1971, 1, 2)), "Nam", "100000002", "Khoa A", None],
        ["Mẫu Thị Ba", dmy(dt.date(1990, 3, 4)), "Nữ", abroad, "Khoa A", "Mức 2"],
        ["Mẫu Văn Bốn", dmy(dt.date(1972, 1, 2)), "Nam", "100000004", "Khoa A", "Đã nộp hồ sơ"],
    ]
    result = do_import(write_xlsx(tmp_path / "ds.xlsx", rows))
    assert result.applied and result.plan.count("reject") == 0
    warnings = {(w.row, w.message) for w in result.plan.all_warnings}
    expired = ("Số CMND cũ (9 số) đã hết giá trị sử dụng từ ngày 01/01/2025: người này cần "
               "làm thẻ căn cước gắn chip")
    assert {(2, expired), (3, expired), (5, expired)} <= warnings
    assert any(row == 4 and "nước ngoài" in msg and abroad not in msg for row, msg in warnings)
    people = roster()
    assert people["100000001"].status is Status.NO_CHIP_CARD  # "not registered": needs a card
    assert people["100000002"].status is Status.NO_CHIP_CARD  # nothing said: needs a card
    assert people["100000004"].status is Status.SUBMITTED  # already applied with a card
    assert people[abroad].status is Status.LEVEL2
    assert people["100000001"].id_kind == "cmnd" and people[abroad].id_kind == "cccd"
    from eidroster.services.summary import summary

    total = summary(db, IMPORT_DAY).total
    assert (total.total, total.none, total.level2) == (4, 3, 1)
