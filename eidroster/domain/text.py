"""Vietnamese text: NFC normalisation, names, sort keys, accent-free search keys,
number and date formats used in Vietnamese documents."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_SPACES = re.compile(r"\s+")
# zero-width and bidirectional control characters that sneak in from web forms
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"),
    None,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE_RE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
# anything clean_text would change besides the two ends: a control or invisible
# character, two spaces in a row, or a whitespace character other than the plain space
_UNCLEAN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
    "|\\s\\s|[\t\n\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def clean_text(value: object) -> str:
    """NFC, no control or invisible characters, spaces collapsed, trimmed."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _UNCLEAN.search(text) is None:  # the common case, checked in one pass
        return text.strip()
    text = _CONTROL.sub(" ", _INVISIBLE_RE.sub("", text))
    return _SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------- names

def split_full_name(full_name: str) -> tuple[str, str, str]:
    """Split "Nguyễn Thị Minh Khai" into (họ, đệm, tên) = ("Nguyễn", "Thị Minh", "Khai")."""
    words = clean_text(full_name).split(" ")
    words = [w for w in words if w]
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def join_name(ho: str, dem: str, ten: str) -> str:
    return " ".join(part for part in (ho, dem, ten) if part)


def title_case_name(name: str) -> str:
    """"NGUYỄN văn an" -> "Nguyễn Văn An" (names typed in capitals are common)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in clean_text(name).split(" ") if w)


# Letter order of the Vietnamese alphabet; foreign letters take their Latin place.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
# Tone marks: none < huyền < hỏi < ngã < sắc < nặng
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_SHAPE = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}  # breve, circumflex, horn

_LETTER_RANK: dict[str, int] = {}
for _i, _letter in enumerate(_ALPHABET):
    _LETTER_RANK[unicodedata.normalize("NFD", _letter)] = _i

_LETTER_BASE = 0x40  # ranks become characters from "@" upwards
_DIGIT_BASE = 0x30  # digits keep their own code points, below letters


def _word_key(word: str) -> str:
    """Primary key (letters in Vietnamese order) then, after a separator, tones."""
    primary: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFC", word.lower()):
        if ch == "đ":
            base, marks = "đ", ""
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            base, marks = decomposed[0], decomposed[1:]
        shape = "".join(m for m in marks if m in _SHAPE)
        tone = next((_TONES[m] for m in marks if m in _TONES), 0)
        rank = _LETTER_RANK.get(base + shape)
        if rank is None:
            rank = _LETTER_RANK.get(base)
        if rank is not None:
            primary.append(chr(_LETTER_BASE + rank))
            tones.append(chr(0x30 + tone))
        elif base.isdigit():
            primary.append(chr(_DIGIT_BASE + (ord(base) - ord("0")) if base.isascii() else 0x3A))
            tones.append("0")
        elif base.isalpha():
            # letters outside Vietnamese: after z, by code point
            primary.append(chr(0x100 + ord(base)))
            tones.append("0")
        # punctuation and spaces are ignored in the key
    return "".join(primary) + "\x01" + "".join(tones)


def word_sort_key(word: str) -> str:
    return _word_key(word)


def name_sort_key(ho: str, dem: str, ten: str) -> str:
    """Vietnamese staff order: by tên, then họ, then đệm (each with tones second).

    The parts are joined with U+001F, not NUL: PostgreSQL text cannot hold NUL. The
    separator is only ever compared with itself (equal letters imply equal tone strings),
    so any separator gives the same order."""
    return "\x1f".join((_word_key(ten), _word_key(ho), _word_key(dem)))


def full_name_sort_key(full_name: str) -> str:
    return name_sort_key(*split_full_name(full_name))


def text_sort_key(text: str) -> str:
    """Vietnamese order for any text (a department name, a reason): word by word."""
    return "\x02".join(_word_key(w) for w in clean_text(text).split(" "))


# ---------------------------------------------------------------- search

def fold(text: object) -> str:
    """Accent-free, lower-case, đ -> d, spaces collapsed: the search key."""
    cleaned = clean_text(text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", cleaned)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(query: str, key: str) -> bool:
    """Every word of the query occurs in the folded key."""
    return all(word in key for word in fold(query).split(" ") if word)


# ---------------------------------------------------------------- formats

def format_int(n: int) -> str:
    """1097 -> "1.097" (Vietnamese thousands separator)."""
    sign = "-" if n < 0 else ""
    return sign + f"{abs(n):,}".replace(",", ".")


def format_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def format_percent(value: float, decimals: int = 0) -> str:
    """0.95 -> "95%", 0.999 with one decimal -> "99,9%"."""
    text = f"{value * 100:.{decimals}f}".replace(".", ",")
    return text + "%"
