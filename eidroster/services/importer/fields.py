"""The fields an imported table can have and the Vietnamese headers that name them.

Headers are compared on their :func:`~eidroster.domain.text.fold` key (no tone marks, any
case), without what is in parentheses and without punctuation, so "SỐ CCCD (12 số)",
"Số CCCD" and "so cccd" are the same header. The words of Luật Căn cước 2023 ("số định
danh cá nhân", "thẻ căn cước") and the older ones ("CCCD", "CMND", "căn cước công dân")
are all understood; the program shows the current ones."""

from __future__ import annotations

import re
from enum import StrEnum

from eidroster.domain.text import fold


class Field(StrEnum):
    STT = "stt"  # row number column: recognised, not stored
    FULL_NAME = "full_name"
    HO_DEM = "ho_dem"  # "Họ" or "Họ và đệm" when the given name has its own column
    TEN = "ten"
    BIRTH_DATE = "birth_date"
    BIRTH_MALE = "birth_male"  # "Nam" under "Ngày tháng năm sinh": a date here = a man
    BIRTH_FEMALE = "birth_female"
    GENDER = "gender"
    ID_NUMBER = "id_number"
    DEPARTMENT = "department"
    TITLE = "title"
    STATUS = "status"
    TICK_NONE = "tick_none"  # tick columns: "x" under Chưa định danh / Mức 1 / Mức 2
    TICK_LEVEL1 = "tick_level1"
    TICK_LEVEL2 = "tick_level2"
    REASON = "reason"
    JUSTIFIED = "justified"
    NOTE = "note"
    PHONE = "phone"  # recognised so it is not mistaken for another field; never stored
    START_DATE = "start_date"  # joined the unit
    LEAVE_DATE = "leave_date"  # left the unit
    ROW_DATE = "row_date"  # the date this row's status was true ("Ngày kích hoạt")


#: Vietnamese names of the fields (the wizard's column chooser, messages)
FIELD_LABEL_VI: dict[Field, str] = {
    Field.STT: "Số thứ tự",
    Field.FULL_NAME: "Họ và tên",
    Field.HO_DEM: "Họ (và đệm)",
    Field.TEN: "Tên",
    Field.BIRTH_DATE: "Ngày sinh",
    Field.BIRTH_MALE: "Ngày sinh (Nam)",
    Field.BIRTH_FEMALE: "Ngày sinh (Nữ)",
    Field.GENDER: "Giới tính",
    Field.ID_NUMBER: "Số định danh cá nhân",
    Field.DEPARTMENT: "Khoa/phòng",
    Field.TITLE: "Chức danh",
    Field.STATUS: "Tình trạng",
    Field.TICK_NONE: "Chưa định danh (đánh dấu)",
    Field.TICK_LEVEL1: "Mức 1 (đánh dấu)",
    Field.TICK_LEVEL2: "Mức 2 (đánh dấu)",
    Field.REASON: "Lý do",
    Field.JUSTIFIED: "Chính đáng",
    Field.NOTE: "Ghi chú",
    Field.PHONE: "Số điện thoại (không lưu)",
    Field.START_DATE: "Ngày vào làm",
    Field.LEAVE_DATE: "Ngày nghỉ việc",
    Field.ROW_DATE: "Ngày của tình trạng (kích hoạt, cập nhật)",
}

#: fields that are not stored
IGNORED_FIELDS = frozenset({Field.STT, Field.PHONE})
NAME_FIELDS = frozenset({Field.FULL_NAME, Field.TEN})
TICK_FIELDS = {Field.TICK_NONE: "none", Field.TICK_LEVEL1: "level1", Field.TICK_LEVEL2: "level2"}

_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCT = re.compile(r"[^0-9a-z]+")


def header_key(value: object) -> str:
    """'Số CCCD (12 số)' -> 'so cccd'; 'Khoa/phòng' -> 'khoa phong'."""
    text = fold(value)
    stripped = _PARENS.sub(" ", text)
    if stripped.strip():
        text = stripped
    return _PUNCT.sub(" ", text).strip()


_EXACT: dict[str, Field] = {}
for _field, _names in {
    Field.STT: ("tt", "stt", "so tt", "so thu tu", "thu tu"),
    Field.FULL_NAME: ("ho va ten", "ho ten", "ho va ten nhan vien", "ho ten nhan vien",
                      "ten nhan vien", "ten can bo", "ho va ten can bo", "ho ten can bo",
                      "ho va ten can bo vien chuc", "ho va ten cbvc", "ho va ten cb vc",
                      "ho va ten nguoi lao dong", "ho va ten vien chuc", "nhan vien"),
    Field.HO_DEM: ("ho", "ho dem", "ho va dem", "ho va ten dem", "ho va chu lot", "ho lot",
                   "ho chu lot", "ho va lot"),
    Field.TEN: ("ten", "ten goi"),
    Field.BIRTH_DATE: ("ngay sinh", "ngay thang nam sinh", "nam sinh", "sinh ngay", "ns",
                       "ngay thang nam sinh nam nu", "ngay sinh nam nu"),
    Field.BIRTH_MALE: ("nam",),
    Field.BIRTH_FEMALE: ("nu",),
    Field.GENDER: ("gioi tinh", "phai", "gioi", "gt"),
    Field.ID_NUMBER: ("so dinh danh ca nhan", "dinh danh ca nhan", "so dinh danh",
                      "ma dinh danh", "ma so dinh danh", "ma so dinh danh ca nhan", "so ddcn",
                      "ddcn", "so the can cuoc", "the can cuoc", "so can cuoc", "can cuoc",
                      "so dinh danh ca nhan so the can cuoc", "so the can cuoc so dinh danh",
                      # the older words (Luật Căn cước công dân 2014, CMND)
                      "so cccd", "cccd", "cmnd cccd", "cccd cmnd", "so cmnd cccd",
                      "so cccd cmnd", "so cmnd", "cmnd", "can cuoc cong dan",
                      "so can cuoc cong dan", "so the can cuoc cong dan", "so the cccd",
                      "so cccd can cuoc", "so can cuoc cccd", "so dinh danh cccd",
                      "so cccd dinh danh ca nhan", "so cmnd can cuoc", "so cmt", "cmt"),
    Field.DEPARTMENT: ("khoa phong", "khoa", "phong", "bo phan", "don vi", "khoa phong ban",
                       "phong ban", "don vi cong tac", "khoa phong cong tac", "noi cong tac",
                       "to", "ban", "phong khoa", "don vi khoa phong"),
    Field.TITLE: ("chuc danh", "chuc vu", "chuc danh nghe nghiep", "vi tri viec lam",
                  "nghe nghiep", "chuc danh chuc vu", "chuc vu chuc danh"),
    Field.STATUS: ("tinh trang", "trang thai", "ket qua dinh danh", "ket qua",
                   "tinh trang dinh danh", "muc dinh danh", "muc do dinh danh",
                   "trang thai dinh danh", "ket qua kich hoat", "tinh trang dddt",
                   "muc do", "dinh danh dien tu", "ket qua dddt", "tinh trang dinh danh dien tu"),
    Field.TICK_NONE: ("chua dinh danh", "chua", "chua dd", "chua kich hoat",
                      "chua dinh danh dien tu", "chua dddt"),
    Field.TICK_LEVEL1: ("muc 1", "muc do 1", "md1", "md 1", "dddt muc 1", "da dinh danh muc 1",
                        "da kich hoat muc 1", "muc i", "dinh danh muc 1"),
    Field.TICK_LEVEL2: ("muc 2", "muc do 2", "md2", "md 2", "dddt muc 2", "da dinh danh muc 2",
                        "da kich hoat muc 2", "muc ii", "dinh danh muc 2"),
    Field.REASON: ("ly do", "ly do chua dinh danh", "ly do chua dinh danh muc 2", "nguyen nhan",
                   "ly do chua kich hoat", "ly do chua dinh danh muc do 2"),
    Field.JUSTIFIED: ("chinh dang", "co ly do chinh dang", "ly do chinh dang co khong",
                      "chinh dang co khong"),
    Field.NOTE: ("ghi chu", "ghi chu khac"),
    Field.PHONE: ("sdt", "so dien thoai", "dien thoai", "dt", "so dt", "dien thoai di dong"),
    Field.START_DATE: ("ngay vao lam", "ngay tuyen dung", "ngay vao co quan", "ngay vao don vi",
                       "ngay bat dau lam viec", "ngay nhan viec", "ngay vao nganh",
                       "ngay ky hop dong", "ngay hop dong", "ngay bat dau cong tac",
                       "ngay den cong tac", "thoi gian vao lam", "ngay lam viec"),
    Field.LEAVE_DATE: ("ngay nghi viec", "ngay thoi viec", "ngay nghi huu",
                       "ngay chuyen cong tac", "ngay chuyen di", "ngay cham dut hop dong",
                       "ngay het hop dong", "ngay ra khoi don vi", "ngay thoi cong tac"),
    Field.ROW_DATE: ("ngay kich hoat", "ngay hieu luc", "ngay cap nhat", "ngay dinh danh",
                     "ngay kich hoat muc 2", "ngay kich hoat tai khoan", "thoi gian kich hoat",
                     "ngay dang ky", "ngay cap nhat tinh trang", "ngay thay doi",
                     "ngay dinh danh muc 2", "ngay kich hoat dinh danh"),
}.items():
    for _name in _names:
        _EXACT[_name] = _field


def classify_header(value: object) -> Field | None:
    """The field a header cell names, or None."""
    key = header_key(value)
    if not key:
        return None
    exact = _EXACT.get(key)
    if exact is not None:
        return exact
    # looser rules for the long headers people write
    if key.startswith(("ho va ten", "ho ten")):
        return Field.FULL_NAME
    if key.startswith(("ngay cap", "noi cap", "ngay het han", "co gia tri")):
        return None  # the card's issue date or place, not its number
    if ("cccd" in key or "cmnd" in key or "dinh danh ca nhan" in key or "can cuoc" in key
            or key.startswith(("so dinh danh", "ma dinh danh"))):
        return Field.ID_NUMBER
    if "sinh" in key.split() and ("ngay" in key or "nam" in key) and "noi" not in key:
        return Field.BIRTH_DATE
    if key.startswith("ghi chu"):
        return Field.NOTE
    if key.startswith(("ly do", "nguyen nhan")):
        return Field.REASON
    if "chinh dang" in key:
        return Field.JUSTIFIED
    if key.startswith(("tinh trang", "trang thai", "ket qua")):
        return Field.STATUS
    if key.startswith(("chuc danh", "chuc vu")):
        return Field.TITLE
    if key.startswith(("khoa phong", "don vi", "bo phan", "phong ban")):
        return Field.DEPARTMENT
    if key.startswith(("so dien thoai", "dien thoai", "sdt")):
        return Field.PHONE
    if key.startswith(("ngay vao", "ngay tuyen dung", "ngay bat dau", "ngay nhan viec")):
        return Field.START_DATE
    if key.startswith(("ngay nghi viec", "ngay nghi huu", "ngay thoi viec", "ngay cham dut")):
        return Field.LEAVE_DATE
    if key.startswith(("ngay kich hoat", "ngay hieu luc", "ngay cap nhat", "ngay dinh danh")):
        return Field.ROW_DATE
    return None


def classify_sub_header(parent: Field | None, value: object) -> Field | None:
    """A header in the second row of a two-row header, read with its group header."""
    key = header_key(value)
    if not key:
        return None
    if parent in (Field.BIRTH_DATE, None) and key in ("nam", "nu"):
        return Field.BIRTH_MALE if key == "nam" else Field.BIRTH_FEMALE
    if parent is Field.GENDER and key in ("nam", "nu"):
        return Field.BIRTH_MALE if key == "nam" else Field.BIRTH_FEMALE
    if parent in (Field.STATUS, Field.TICK_NONE, Field.TICK_LEVEL1, Field.TICK_LEVEL2, None):
        tick = _tick_of(key)
        if tick is not None:
            return tick
    if parent is Field.FULL_NAME and key in ("ho", "ho dem", "ho va dem", "ho va ten dem"):
        return Field.HO_DEM
    if parent is Field.FULL_NAME and key == "ten":
        return Field.TEN
    return classify_header(value)


def _tick_of(key: str) -> Field | None:
    field = _EXACT.get(key)
    if field in TICK_FIELDS:
        return field
    if key.startswith("chua"):
        return Field.TICK_NONE
    if re.search(r"\b(muc|md)\s*(do\s*)?(1|i)\b", key):
        return Field.TICK_LEVEL1
    if re.search(r"\b(muc|md)\s*(do\s*)?(2|ii)\b", key):
        return Field.TICK_LEVEL2
    return None


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (as Excel names columns)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
