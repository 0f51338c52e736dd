"""The QR code on the back of the chip card (thẻ căn cước / CCCD gắn chip).

Its text is seven fields separated by ``|``::

    số định danh|số CMND cũ|họ và tên|ngày sinh ddmmyyyy|giới tính|nơi thường trú|ngày cấp ddmmyyyy

(the CMND field may be empty). A USB 2D scanner types it like a keyboard, so what
arrives is what the keyboard layout made of the scanner's key codes:

* a scanner set to the US layout on a computer with another layout types other
  characters for ``|`` (UK ``~``, German ``'``, French ``µ``), swaps letters (German
  y/z; French a/q, z/w, m) and, on a French keyboard, types ``&é"'(-è_çà`` for the digits;
* with Caps Lock on, upper and lower case come out inverted;
* most scanners cannot type letters outside ASCII: the name arrives without its
  Vietnamese marks ("Nguyen Van An", "Nu") or with ``?`` in their place.

:func:`read_card_qr` reads what can be read and says, in Vietnamese, what could not
(``problems``) and what it read differently from what was typed (``notes``). It keeps
only what the roster uses (number, name, birth date, gender): the old CMND number, the
address and the issue date are checked for the code's shape and then dropped. Messages
never repeat the scanned values (personal data).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eidroster.domain.cccd import cccd_problems, parse_id_number
from eidroster.domain.errors import InputError
from eidroster.domain.text import clean_text, fold, join_name, split_full_name, title_case_name

SEPARATOR = "|"
FIELD_COUNT = 7
#: the fields in their order, as messages name them
FIELD_NAMES = ("số định danh", "số CMND cũ", "họ và tên", "ngày sinh", "giới tính",
               "nơi thường trú", "ngày cấp")
NUMBER, CMND, NAME, BIRTH, GENDER, ADDRESS, ISSUED = range(FIELD_COUNT)


@dataclass(frozen=True)
class _Layout:
    name: str  # Vietnamese, for the note
    separator: str
    #: received character -> what the scanner meant (a US key code)
    unmap: dict[str, str]


def _pairs(*swaps: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for a, b in swaps:
        out[a], out[b] = b, a
        out[a.upper()], out[b.upper()] = b.upper(), a.upper()
    return out


_AZERTY_DIGITS = dict(zip('&é"\'(-è_çà', "1234567890", strict=True))
#: a US-layout scanner typing on a computer set to another layout
_LAYOUTS = (
    _Layout("Anh (UK)", "~", {}),
    _Layout("Đức (QWERTZ)", "'", _pairs(("y", "z"))),
    _Layout("Pháp (AZERTY)", "µ",
            _pairs(("a", "q"), ("z", "w")) | {",": "m", "?": "M"} | _AZERTY_DIGITS),
)
_AIM_PREFIX = re.compile(r"^\]Q\d")  # the symbology prefix some scanners send first
_DATE_DIGITS = re.compile(r"^\d{8}$")
_DATE_SLASHED = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


@dataclass(frozen=True, slots=True)
class CardScan:
    """What the roster keeps of one scan. ``None`` fields could not be read (see the
    problems of the :class:`QrReading` that holds it)."""

    id_number: str | None
    ho: str
    dem: str
    ten: str
    birth_date: dt.date | None
    gender: str | None  # "M" / "F"
    #: False when the scanner typed the name without Vietnamese marks ("Nguyen Van An")
    has_diacritics: bool

    @property
    def full_name(self) -> str:
        return join_name(self.ho, self.dem, self.ten)

    @property
    def name_key(self) -> str:
        """The accent-free name (compares a scan without marks with a typed name)."""
        return fold(self.full_name)


@dataclass(frozen=True, slots=True)
class QrProblem:
    #: "id_number", "name", "birth_date", "gender", "issued", "fields" (a field is
    #: missing), "" (not a chip card's code, or two scans run together)
    field: str
    message: str


@dataclass(frozen=True, slots=True)
class QrReading:
    scan: CardScan | None  # None: not a chip card's code at all
    problems: tuple[QrProblem, ...] = ()
    notes: tuple[str, ...] = ()  # read differently from what was typed, automatically

    @property
    def ok(self) -> bool:
        return self.scan is not None and not self.problems

    @property
    def number(self) -> str | None:
        """The 12-digit number when it was read cleanly (enough to find a person)."""
        if self.scan is None or any(p.field in ("id_number", "") for p in self.problems):
            return None
        return self.scan.id_number

    def messages(self) -> list[str]:
        return [p.message for p in self.problems]


# ---------------------------------------------------------------- recognising a scan

def _layout_of(text: str) -> _Layout | None:
    """None: the US layout (``|`` present); else the layout whose separator splits the
    text into the code's shape (a number first, about seven fields)."""
    if SEPARATOR in text:
        return None
    best: tuple[int, _Layout] | None = None
    for layout in _LAYOUTS:
        if text.count(layout.separator) < 4:
            continue
        first = text.split(layout.separator, 1)[0]
        digits = "".join(layout.unmap.get(ch, ch) for ch in first.strip())
        if not (digits.isdigit() and 9 <= len(digits) <= 13):
            continue
        score = abs(text.count(layout.separator) + 1 - FIELD_COUNT)
        if best is None or score < best[0]:
            best = (score, layout)
    return best[1] if best else None


def looks_like_card_qr(text: str) -> bool:
    """True when ``text`` (what a scanner typed) has the shape of a chip card's code: at
    least five fields and a number first. The window uses it to tell a scan from a
    search (nobody types ``|`` four times into a search box)."""
    text = _strip(text)
    layout = _layout_of(text)
    sep = layout.separator if layout else SEPARATOR
    if text.count(sep) < 4:
        return False
    first = text.split(sep, 1)[0].strip()
    if layout is not None:
        first = "".join(layout.unmap.get(ch, ch) for ch in first)
    return sum(ch.isdigit() for ch in first) >= 9


def _strip(text: str) -> str:
    text = text.strip().strip("\r\n\t")
    return _AIM_PREFIX.sub("", text)


# ---------------------------------------------------------------- reading

def read_card_qr(text: str, today: dt.date | None = None) -> QrReading:
    """Read one scan. Never raises for bad input: everything wrong is a problem."""
    today = today or dt.date.today()
    raw = _strip(text)
    if not looks_like_card_qr(raw):
        return QrReading(None, (QrProblem("", (
            "Không phải mã QR của thẻ căn cước (cần 7 trường cách nhau bởi dấu «|», "
            "bắt đầu bằng số định danh 12 chữ số)")),))
    notes: list[str] = []
    problems: list[QrProblem] = []
    layout = _layout_of(raw)
    sep = layout.separator if layout else SEPARATOR
    parts = [p.strip() for p in raw.split(sep)]
    if layout is not None:
        parts = [_unmap(p, layout) for p in parts]
        notes.append(f"Máy quét đang gõ theo bố cục bàn phím {layout.name} thay vì US: đã đọc "
                     "lại được; nên đặt bàn phím (hoặc máy quét) về English (US)")
    fields = _align(parts, problems)
    number = _number(fields[NUMBER], problems)
    name, has_marks = _name(fields[NAME], problems, notes)
    if has_marks is False and fields[ADDRESS] and not fields[ADDRESS].isascii():
        has_marks = True  # the address has its marks: this name is written without any
    birth = _date(fields[BIRTH], "birth_date", "Ngày sinh", problems, today)
    gender = _gender(fields[GENDER], problems)
    if fields[ISSUED] is not None and fields[ISSUED]:
        _date(fields[ISSUED], "issued", "Ngày cấp", problems, today)  # then dropped
    if number is not None and not any(p.field in ("birth_date", "gender") for p in problems):
        try:
            parsed = parse_id_number(number)
        except InputError:
            parsed = None
        if parsed is not None:
            for message in cccd_problems(parsed, birth, gender):
                problems.append(QrProblem("id_number", message.replace(
                    "số CCCD", "số định danh") + " trên thẻ: mã quét bị sai, hãy quét lại"))
    if name and not has_marks:
        notes.append("Họ tên không có dấu tiếng Việt (máy quét không gõ được chữ có dấu): "
                     "hãy sửa lại họ tên cho đúng dấu")
    ho, dem, ten = split_full_name(name) if name else ("", "", "")
    scan = CardScan(number, ho, dem, ten, birth, gender, has_marks)
    return QrReading(scan, tuple(problems), tuple(dict.fromkeys(notes)))


def _unmap(part: str, layout: _Layout) -> str:
    return "".join(layout.unmap.get(ch, ch) for ch in part)


def _kind(part: str) -> str:
    """What a field looks like: "empty", "digits", "date", "gender", "text"."""
    if not part:
        return "empty"
    if _DATE_DIGITS.match(part) or _DATE_SLASHED.match(part):
        return "date"
    if part.isdigit():
        return "digits"
    if fold(part).replace("?", "u") in ("nam", "nu", "n?"):
        return "gender"
    return "text"


#: what each field may look like (a damaged field still has its kind)
_FITS = {
    NUMBER: {"digits", "date", "text"}, CMND: {"empty", "digits"}, NAME: {"text"},
    BIRTH: {"date", "digits", "text"}, GENDER: {"gender"}, ADDRESS: {"text", "empty"},
    ISSUED: {"date", "digits", "empty", "text"},
}


def _align(parts: list[str], problems: list[QrProblem]) -> list[str | None]:
    """The seven fields. With exactly seven, by position; with fewer, each part goes to
    the next field it can be (so the problem names the missing field); with more, two
    scans ran together."""
    fields: list[str | None] = [None] * FIELD_COUNT
    if len(parts) == FIELD_COUNT:
        return list(parts)
    if len(parts) > FIELD_COUNT:
        problems.append(QrProblem("", (
            f"Mã QR có {len(parts)} trường (cần {FIELD_COUNT}): có thể hai lần quét bị dính "
            "liền nhau; hãy quét lại từng thẻ")))
        return list(parts[:FIELD_COUNT])
    k = 0
    for i in range(FIELD_COUNT):
        if k >= len(parts):
            break
        kind = _kind(parts[k])
        remaining_fields = FIELD_COUNT - i
        remaining_parts = len(parts) - k
        if kind in _FITS[i] or remaining_parts >= remaining_fields:
            fields[i] = parts[k]
            k += 1
    missing = [FIELD_NAMES[i] for i in range(FIELD_COUNT) if fields[i] is None]
    problems.append(QrProblem("fields", (
        f"Mã QR thiếu trường {', '.join(missing)} (đọc được {len(parts)}/{FIELD_COUNT} "
        "trường): mã quét bị thiếu, hãy quét lại")))
    return fields


def _number(part: str | None, problems: list[QrProblem]) -> str | None:
    if part is None:
        return None
    digits = re.sub(r"[\s.]", "", part)
    if not digits.isdigit():
        problems.append(QrProblem("id_number", "Số định danh có ký tự không phải chữ số"))
        return None
    if len(digits) != 12:
        problems.append(QrProblem("id_number", (
            f"Số định danh có {len(digits)} chữ số (cần 12): mã quét bị thiếu hoặc thừa chữ "
            "số, hãy quét lại")))
        return None
    try:
        parse_id_number(digits)
    except InputError as exc:
        problems.append(QrProblem("id_number", exc.message.replace("số CCCD", "số định danh")
                                  .replace("Số CCCD", "Số định danh")))
        return None
    return digits


def _name(part: str | None, problems: list[QrProblem], notes: list[str]) -> tuple[str, bool]:
    if part is None:
        return "", True
    name = clean_text(part)
    if not name:
        problems.append(QrProblem("name", "Họ tên trống"))
        return "", True
    if "?" in name or "\ufffd" in name:
        problems.append(QrProblem("name", (
            "Họ tên có ký tự «?» thay cho chữ có dấu: máy quét không gõ được chữ tiếng Việt; "
            "hãy gõ lại họ tên (hoặc đặt máy quét ở chế độ gõ Unicode)")))
        return "", False
    if any(ch.isdigit() for ch in name):
        problems.append(QrProblem("name", "Họ tên có chữ số: các trường của mã quét bị lệch"))
        return "", True
    words = name.split(" ")
    inverted = [w for w in words if len(w) > 1 and w[0].islower() and w[1:].isupper()]
    if inverted and len(inverted) * 2 >= len(words):
        name = name.swapcase()
        notes.append("Máy quét gõ khi đang bật Caps Lock (chữ hoa, chữ thường bị đảo): đã "
                     "đọc lại; hãy tắt Caps Lock")
    if name.isupper() or name.islower():
        name = title_case_name(name)
    return name, not name.isascii()


def _date(part: str | None, field: str, label: str, problems: list[QrProblem],
          today: dt.date) -> dt.date | None:
    if part is None:
        return None
    m = _DATE_SLASHED.match(part)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif _DATE_DIGITS.match(part):
        day, month, year = int(part[:2]), int(part[2:4]), int(part[4:])
    else:
        problems.append(QrProblem(field, f"{label} không đúng dạng ngày tháng năm (8 chữ số "
                                  "ddmmyyyy)"))
        return None
    try:
        value = dt.date(year, month, day)
    except ValueError:
        problems.append(QrProblem(field, f"{label} không có thật (sai ngày hoặc tháng): mã quét "
                                  "bị sai, hãy quét lại"))
        return None
    if value > today:
        problems.append(QrProblem(field, f"{label} ở tương lai: mã quét bị sai, hãy quét lại"))
        return None
    if value.year < 1900:
        problems.append(QrProblem(field, f"{label} trước năm 1900: mã quét bị sai"))
        return None
    return value


def _gender(part: str | None, problems: list[QrProblem]) -> str | None:
    if part is None:
        return None
    key = fold(part)
    if key == "nam":
        return "M"
    if key in ("nu", "n?", "n"):
        return "F"
    problems.append(QrProblem("gender", "Giới tính không đọc được (cần Nam hoặc Nữ)"))
    return None
