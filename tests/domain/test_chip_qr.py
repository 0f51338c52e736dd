"""The chip card's QR code: generated scans, valid and damaged the ways scanners and
keyboards damage them."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.domain.chip_qr import looks_like_card_qr, read_card_qr
from eidroster.domain.text import fold
from tests.qr_texts import as_typed_on, caps_lock, cards, with_question_marks, without_marks

TODAY = dt.date(2026, 11, 20)


def _fields(problems):
    return {p.field for p in problems}


def test_valid_scans_read_exactly():
    for card in cards(300, seed=3):
        reading = read_card_qr(card.qr(), TODAY)
        assert reading.ok, reading.messages()
        s = reading.scan
        assert (s.id_number, s.ho, s.dem, s.ten, s.birth_date, s.gender) == (
            card.id_number, card.ho, card.dem, card.ten, card.birth, card.gender)
        assert s.has_diacritics and reading.notes == ()
        assert reading.number == card.id_number


def test_only_what_the_roster_uses_is_kept():
    card = cards(1, seed=9)[0]
    reading = read_card_qr(card.qr(), TODAY)
    kept = repr(reading)
    assert card.address not in kept and card.address.split(",")[0] not in kept
    assert card.issued.strftime("%d%m%Y") not in kept
    if card.cmnd:
        assert card.cmnd not in kept


def test_scan_with_enter_and_scanner_prefix():
    card = cards(1, seed=2)[0]
    for text in (card.qr() + "\r\n", "]Q1" + card.qr(), "  " + card.qr() + "\t"):
        assert read_card_qr(text, TODAY).ok


def test_empty_old_number_is_normal():
    card = cards(40, seed=4)
    empty = [c for c in card if not c.cmnd]
    assert empty and all(read_card_qr(c.qr(), TODAY).ok for c in empty)


@pytest.mark.parametrize("missing", range(7))
def test_a_missing_field_is_named(missing):
    card = cards(1, seed=11 + missing)[0]
    parts = card.qr().split("|")
    if missing == 1 and not parts[1]:
        parts[1] = "123456789"
    del parts[missing]
    reading = read_card_qr("|".join(parts), TODAY)
    assert not reading.ok
    names = ["số định danh", "số CMND cũ", "họ và tên", "ngày sinh", "giới tính",
             "nơi thường trú", "ngày cấp"]
    message = " ".join(reading.messages())
    assert "thiếu trường" in message and "6/7" in message
    if missing == 0:
        assert "Số định danh" in message or "số định danh" in message
    else:
        assert f"thiếu trường {names[missing]} " in message


@pytest.mark.parametrize("bad", ["31022001", "00011990", "15131990", "1501199", "15-1x-1990",
                                 "01012090"])
def test_a_wrong_birth_date(bad):
    card = cards(1, seed=21)[0]
    parts = card.qr().split("|")
    parts[3] = bad
    reading = read_card_qr("|".join(parts), TODAY)
    assert not reading.ok
    assert _fields(reading.problems) == {"birth_date"}
    assert any("Ngày sinh" in m for m in reading.messages())
    assert reading.number == card.id_number  # still enough to find the person


def test_eleven_digits_are_not_repaired_as_excel_damage():
    card = cards(1, seed=5)[0]
    parts = card.qr().split("|")
    parts[0] = parts[0][1:]  # the scan lost a digit (not Excel's lost leading zero)
    reading = read_card_qr("|".join(parts), TODAY)
    assert not reading.ok and reading.number is None
    assert "Số định danh có 11 chữ số (cần 12)" in reading.messages()[0]
    parts[0] = card.id_number + "7"
    assert "13 chữ số" in read_card_qr("|".join(parts), TODAY).messages()[0]


def test_scanner_without_diacritics():
    for card in cards(50, seed=6):
        reading = read_card_qr(without_marks(card.qr()), TODAY)
        assert reading.ok, reading.messages()
        s = reading.scan
        assert not s.has_diacritics
        assert fold(s.full_name) == fold(card.full_name)
        assert s.gender == card.gender and s.birth_date == card.birth
        assert any("không có dấu" in n for n in reading.notes)


def test_scanner_typing_question_marks():
    card = next(c for c in cards(20, seed=7) if not c.full_name.isascii())
    reading = read_card_qr(with_question_marks(card.qr()), TODAY)
    assert not reading.ok
    assert _fields(reading.problems) <= {"name", "gender"} and "name" in _fields(reading.problems)
    assert "«?»" in reading.messages()[0]
    assert reading.number == card.id_number


def test_caps_lock_is_undone():
    card = cards(1, seed=8)[0]
    reading = read_card_qr(caps_lock(card.qr()), TODAY)
    assert reading.ok, reading.messages()
    assert reading.scan.full_name == card.full_name
    assert any("Caps Lock" in n for n in reading.notes)


@pytest.mark.parametrize("layout", ["uk", "de", "fr"])
def test_us_scanner_on_another_keyboard_layout(layout):
    for card in cards(40, seed=12):
        typed = as_typed_on(layout, card.qr())
        assert "|" not in typed
        assert looks_like_card_qr(typed)
        reading = read_card_qr(typed, TODAY)
        assert reading.ok, (layout, reading.messages())
        s = reading.scan
        assert s.id_number == card.id_number and s.birth_date == card.birth
        assert fold(s.full_name) == fold(card.full_name), layout
        assert s.gender == card.gender
        assert any("bố cục bàn phím" in n for n in reading.notes)


def test_number_that_disagrees_with_the_birth_date():
    card = cards(1, seed=13)[0]
    parts = card.qr().split("|")
    parts[3] = card.birth.replace(year=card.birth.year - 10).strftime("%d%m%Y")
    reading = read_card_qr("|".join(parts), TODAY)
    assert not reading.ok
    assert any("Năm sinh trong số định danh" in m for m in reading.messages())


def test_two_scans_run_together():
    a, b = cards(2, seed=14)
    reading = read_card_qr(a.qr() + b.qr(), TODAY)
    assert not reading.ok and reading.number is None
    assert "dính liền" in reading.messages()[0]


@pytest.mark.parametrize("text", ["nguyen van an", "079123456789", "a|b|c", "", "||||||",
                                  "Nguyễn|Văn|An|x|y|z|w"])
def test_not_a_card(text):
    assert not looks_like_card_qr(text)
    reading = read_card_qr(text, TODAY)
    assert reading.scan is None and not reading.ok
    assert "Không phải mã QR" in reading.messages()[0]


def test_messages_never_repeat_the_scan():
    card = cards(1, seed=15)[0]
    parts = card.qr().split("|")
    parts[0] = parts[0][:11]
    parts[3] = "32132000"
    parts[4] = "Khác"
    reading = read_card_qr("|".join(parts), TODAY)
    text = " ".join(reading.messages())
    for value in (parts[0], card.ho, card.ten, "32132000"):
        assert value not in text
