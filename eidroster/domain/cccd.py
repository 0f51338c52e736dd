"""Vietnamese identity numbers: the 12-digit số định danh cá nhân and the old 9-digit CMND.

Since Luật Căn cước 2023 (in force 1/7/2024) the card is the *thẻ căn cước* (older
"thẻ căn cước công dân" cards stay valid until they expire) and its 12-digit number is
the *số định danh cá nhân*, unchanged. Files still call it "CCCD"; the code keeps that
short name internally (``IdKind.CCCD``, ``make_cccd``) while every message speaks the
current words.

A number is ``PPP G YY NNNNNN``: the code of the province where the birth was
registered, a century/gender digit, the last two digits of the birth year and six
serial digits. There is no checksum, so we check what can be checked and repair what
Excel typically damages. A prefix that is no province code is accepted with a warning
(people whose birth was registered abroad have such numbers). The 9-digit CMND has had
no validity since 01/01/2025: it is kept, and flagged.
Messages are Vietnamese and never repeat the number itself (personal data).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from eidroster.domain.errors import InputError

#: Province codes at the start of a number: the 63 provinces and cities where births were
#: registered before the 2025 merger (Nghị quyết 202/2025/QH15 left every number unchanged).
PROVINCES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "TP. Hồ Chí Minh", "080": "Long An",
    "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}  # fmt: skip

#: century/gender digit -> (first year of the century, gender)
_CENTURY_DIGIT: dict[int, tuple[int, str]] = {
    0: (1900, "M"), 1: (1900, "F"),
    2: (2000, "M"), 3: (2000, "F"),
    4: (2100, "M"), 5: (2100, "F"),
    6: (2200, "M"), 7: (2200, "F"),
    8: (2300, "M"), 9: (2300, "F"),
}  # fmt: skip


#: The day from which a 9-digit CMND has no validity (Luật Căn cước 2023, Điều 46).
CMND_EXPIRED_ON = dt.date(2025, 1, 1)

ID_NAME = "Số định danh cá nhân"  # how messages name the number


class IdKind(StrEnum):
    CCCD = "cccd"  # the 12-digit số định danh cá nhân (thẻ căn cước / thẻ CCCD)
    CMND = "cmnd"  # old 9-digit CMND: expired, the person needs a thẻ căn cước


@dataclass(frozen=True, slots=True)
class IdNumber:
    value: str
    kind: IdKind
    #: what was repaired, in Vietnamese (e.g. "đã thêm số 0 bị mất ở đầu")
    repairs: tuple[str, ...] = ()

    @property
    def province(self) -> str | None:
        """Where the birth was registered (a pre-2025 province name), None when unknown."""
        return PROVINCES.get(self.value[:3]) if self.kind is IdKind.CCCD else None

    @property
    def foreign_prefix(self) -> bool:
        """A 12-digit number whose first three digits are no province code (possibly a
        birth registered abroad): accepted, with a warning to check it."""
        return self.kind is IdKind.CCCD and self.value[:3] not in PROVINCES


_SCI = re.compile(r"^([+-]?)(\d+)(?:[.,](\d*))?[eE]([+-]?\d+)$")
_SEPARATORS = re.compile(r"[\s.\-_'’`]+")


def parse_id_number(raw: object) -> IdNumber:
    """Read a CCCD/CMND from a cell value, repairing the usual Excel damage.

    Raises :class:`InputError` with a Vietnamese message when the value cannot be
    an identity number. An empty value raises too; callers decide whether the
    number is required.
    """
    repairs: list[str] = []
    if raw is None:
        raise InputError(f"{ID_NAME} trống")
    if isinstance(raw, bool):
        raise InputError(f"{ID_NAME} không hợp lệ")
    if isinstance(raw, int):
        digits = str(raw)
        if raw < 0:
            raise InputError(f"{ID_NAME} không được là số âm")
    elif isinstance(raw, float):
        if raw != raw or raw < 0 or raw == float("inf") or raw != int(raw):
            raise InputError(f"{ID_NAME} không phải là một số nguyên")
        digits = str(int(raw))
    else:
        text = str(raw).strip().strip("'\"").strip()
        if not text:
            raise InputError(f"{ID_NAME} trống")
        match = _SCI.match(text.replace(" ", ""))
        if match:
            digits = _from_scientific(match)
            repairs.append("đã đổi từ dạng số mũ của Excel")
        else:
            if text.endswith(".0"):
                text = text[:-2]
                repairs.append("đã bỏ đuôi .0")
            cleaned = _SEPARATORS.sub("", text)
            if cleaned != text:
                repairs.append("đã bỏ dấu cách, dấu chấm")
            if not cleaned.isascii() or not cleaned.isdigit():
                raise InputError(f"{ID_NAME} chỉ được gồm các chữ số")
            digits = cleaned
    return _classify(digits, repairs)


def _from_scientific(match: re.Match[str]) -> str:
    sign, whole, frac, exp = match.groups()
    if sign == "-":
        raise InputError(f"{ID_NAME} không được là số âm")
    try:
        value = Decimal(f"{whole}.{frac or '0'}e{exp}")
    except InvalidOperation as exc:  # pragma: no cover - the regex already checked
        raise InputError(f"{ID_NAME} không hợp lệ") from exc
    if value != value.to_integral_value():
        raise InputError(f"{ID_NAME} ở dạng số mũ không phải là số nguyên")
    if value.adjusted() > 20:  # "1E5000": no identity number; int() of it would overflow str()
        raise InputError(
            f"{ID_NAME} đã bị Excel đổi sang dạng số mũ và mất chữ số; "
            "hãy định dạng cột là Văn bản (Text) và nhập lại"
        )
    digits = str(int(value))
    significant = (whole + (frac or "")).lstrip("0").rstrip("0")
    if len(significant) < len(digits.rstrip("0")) or len(digits) > len(significant) + 2:
        raise InputError(
            f"{ID_NAME} đã bị Excel đổi sang dạng số mũ và mất chữ số; "
            "hãy định dạng cột là Văn bản (Text) và nhập lại"
        )
    return digits


def _classify(digits: str, repairs: list[str]) -> IdNumber:
    n = len(digits)
    if n == 12:
        kind = IdKind.CCCD
    elif n in (10, 11):
        padded = digits.zfill(12)
        if padded[:3] not in PROVINCES:
            raise InputError(f"{ID_NAME} có {n} chữ số (cần 12) và không sửa được")
        digits = padded
        repairs.append("đã thêm số 0 bị mất ở đầu")
        kind = IdKind.CCCD
    elif n == 9:
        kind = IdKind.CMND
    elif n == 8:
        digits = digits.zfill(9)
        repairs.append("đã thêm số 0 bị mất ở đầu")
        kind = IdKind.CMND
    else:
        raise InputError(f"{ID_NAME} có {n} chữ số; cần 12 chữ số (hoặc 9 với CMND cũ)")
    return IdNumber(digits, kind, tuple(repairs))


def id_number_warnings(number: IdNumber) -> list[str]:
    """What the user should know about an accepted number (Vietnamese, without the
    number itself): an expired CMND, a prefix that is no province code."""
    if number.kind is IdKind.CMND:
        return [f"Số CMND cũ (9 số) đã hết giá trị sử dụng từ ngày "
                f"{CMND_EXPIRED_ON:%d/%m/%Y}: người này cần làm thẻ căn cước gắn chip"]
    if number.foreign_prefix:
        return [f"Mã {number.value[:3]} ở đầu số định danh không phải mã tỉnh, thành phố: có "
                "thể là người đăng ký khai sinh ở nước ngoài; hãy đối chiếu với thẻ căn cước"]
    return []


def cccd_problems(
    number: IdNumber, birth_date: dt.date | None, gender: str | None
) -> list[str]:
    """What does not agree between a 12-digit number and the person's birth date and gender."""
    if number.kind is not IdKind.CCCD:
        return []
    problems: list[str] = []
    century_start, cccd_gender = _CENTURY_DIGIT[int(number.value[3])]
    year = century_start + int(number.value[4:6])
    if birth_date is not None and birth_date.year != year:
        problems.append("Năm sinh trong số định danh không khớp với ngày sinh")
    if gender in ("M", "F") and gender != cccd_gender:
        problems.append("Chữ số giới tính trong số định danh không khớp với giới tính")
    return problems


def birth_year_of(number: IdNumber) -> int | None:
    if number.kind is not IdKind.CCCD:
        return None
    century_start, _ = _CENTURY_DIGIT[int(number.value[3])]
    return century_start + int(number.value[4:6])


def gender_of(number: IdNumber) -> str | None:
    if number.kind is not IdKind.CCCD:
        return None
    return _CENTURY_DIGIT[int(number.value[3])][1]


def make_cccd(province: str, birth_year: int, gender: str, serial: int) -> str:
    """Build a well-formed 12-digit number (for generated demo data and tests)."""
    century = (birth_year // 100) * 100
    for digit, (start, g) in _CENTURY_DIGIT.items():
        if start == century and g == gender:
            return f"{province}{digit}{birth_year % 100:02d}{serial % 1_000_000:06d}"
    raise ValueError("birth year outside the CCCD centuries")


def mask(value: str | None) -> str:
    """``077******123``: the province and the last three digits only."""
    if not value:
        return ""
    if len(value) <= 6:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 6) + value[-3:]
