import unicodedata

from eidroster.domain.text import (
    clean_text,
    fold,
    format_date,
    format_int,
    full_name_sort_key,
    matches,
    split_full_name,
    text_sort_key,
)


def vn_sorted(names):
    return sorted(names, key=full_name_sort_key)


def test_sort_by_given_name_first():
    names = ["Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An"]
    assert vn_sorted(names) == ["Lê Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình"]


def test_letter_order_a_breve_circumflex():
    # "Ánh" before "Ân" before "Bình": a < â whatever the tone
    assert vn_sorted(["Lê Bình", "Lê Ân", "Lê Ánh"]) == ["Lê Ánh", "Lê Ân", "Lê Bình"]
    assert vn_sorted(["X Ăn", "X Âm", "X An"]) == ["X An", "X Ăn", "X Âm"]


def test_d_stroke_after_d():
    assert vn_sorted(["Lê Đức", "Lê Dũng", "Lê Dung"]) == ["Lê Dung", "Lê Dũng", "Lê Đức"]


def test_o_u_variants_and_tones_secondary():
    assert vn_sorted(["A Ơn", "A Ôn", "A On"]) == ["A On", "A Ôn", "A Ơn"]
    assert vn_sorted(["A Ưng", "A Ung"]) == ["A Ung", "A Ưng"]
    # none < huyền < hỏi < ngã < sắc < nặng
    tones = ["A Ma", "A Mà", "A Mả", "A Mã", "A Má", "A Mạ"]
    assert vn_sorted(list(reversed(tones))) == tones


def test_then_family_name_then_middle_name():
    names = ["Trần Văn An", "Nguyễn Văn An", "Nguyễn Thị An", "Nguyễn An"]
    assert vn_sorted(names) == ["Nguyễn An", "Nguyễn Thị An", "Nguyễn Văn An", "Trần Văn An"]


def test_prefix_sorts_first_and_case_ignored():
    assert vn_sorted(["B Anh", "B an"]) == ["B an", "B Anh"]


def test_nfd_input_sorts_like_nfc():
    nfd = unicodedata.normalize("NFD", "Lê Ánh")
    assert full_name_sort_key(nfd) == full_name_sort_key("Lê Ánh")


def test_department_names_sort_vietnamese():
    depts = ["Khoa Đông y", "Khoa Dược", "Khoa Ăn", "Khoa Ẩn"]
    assert sorted(depts, key=text_sort_key) == ["Khoa Ăn", "Khoa Ẩn", "Khoa Dược", "Khoa Đông y"]


def test_search_key_ignores_tones_and_case():
    key = fold("Nguyễn Văn Á")
    assert key == "nguyen van a"
    assert matches("nguyen van a", key)
    assert matches("NGUYỄN á", key)
    assert matches("đức", fold("Lê Đức")) and matches("duc", fold("Lê Đức"))
    assert not matches("nguyen van b", key)


def test_split_full_name():
    assert split_full_name("  Nguyễn   Thị Minh   Khai ") == ("Nguyễn", "Thị Minh", "Khai")
    assert split_full_name("Lê An") == ("Lê", "", "An")
    assert split_full_name("An") == ("", "", "An")
    assert split_full_name("") == ("", "", "")


def test_clean_text_nfc_controls_and_bidi():
    raw = unicodedata.normalize("NFD", "Khoa\u202e  Nội\x00\t")
    assert clean_text(raw) == "Khoa Nội"
    assert unicodedata.is_normalized("NFC", clean_text(raw))


def test_formats():
    import datetime as dt

    assert format_int(1097) == "1.097"
    assert format_int(4010) == "4.010"
    assert format_int(12) == "12"
    assert format_int(1234567) == "1.234.567"
    assert format_date(dt.date(2024, 1, 5)) == "05/01/2024"
