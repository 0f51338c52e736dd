"""Legacy Vietnamese encodings: TCVN3 (ABC, .VnTime fonts) and VNI (VNI-Times fonts).

Old workbooks typed with these fonts store their letters as Latin-1 characters: "Hä vµ tªn"
(TCVN3) or "Hoï vaø teân" (VNI) for "Họ và tên". Excel shows them correctly only with the
old font; to any other program they are mojibake. :func:`detect_legacy` decides, from all
the text of a sheet, whether it is such a file; :func:`to_unicode` converts one string.
The mapping tables are the public TCVN 5712:1993 (VN3) and VNI-Windows layouts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

TCVN3 = "tcvn3"
VNI = "vni"

LEGACY_NAMES = {TCVN3: "TCVN3 (ABC, phông .VnTime)", VNI: "VNI (phông VNI-Times)"}

# ---------------------------------------------------------------- TCVN3

_TCVN3_LOWER = (
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî"
    "ïóñòô" "\xadõøö÷ù" "úýûüþ"
)  # fmt: skip
_UNI_LOWER = (
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ"
    "ùúủũụ" "ưừứửữự" "ỳýỷỹỵ"
)  # fmt: skip
_TCVN3_UPPER = "¡¢§£¤¥¦"
_UNI_UPPER = "ĂÂĐÊÔƠƯ"
assert len(_TCVN3_LOWER) == len(_UNI_LOWER) and len(_TCVN3_UPPER) == len(_UNI_UPPER)
_TCVN3_TABLE = {ord(a): b for a, b in zip(_TCVN3_LOWER + _TCVN3_UPPER, _UNI_LOWER + _UNI_UPPER, strict=True)}

# ---------------------------------------------------------------- VNI

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# mark character -> (shape, tone, the base letters it may follow)
_VNI_MARKS: dict[str, tuple[str, str, str]] = {}
for _lower, _upper, _shape, _tone, _bases in (
    ("ø", "Ø", "", _GRAVE, "aeiouyâêôăơư"), ("ù", "Ù", "", _ACUTE, "aeiouyâêôăơư"),
    ("û", "Û", "", _HOOK, "aeiouyâêôăơư"), ("õ", "Õ", "", _TILDE, "aeiouyâêôăơư"),
    ("ï", "Ï", "", _DOT, "aeiouyâêôăơư"),
    ("â", "Â", _CIRC, "", "aeo"), ("ê", "Ê", _BREVE, "", "a"),
    ("á", "Á", _CIRC, _ACUTE, "aeo"), ("à", "À", _CIRC, _GRAVE, "aeo"),
    ("å", "Å", _CIRC, _HOOK, "aeo"), ("ã", "Ã", _CIRC, _TILDE, "aeo"),
    ("ä", "Ä", _CIRC, _DOT, "aeo"),
    ("é", "É", _BREVE, _ACUTE, "a"), ("è", "È", _BREVE, _GRAVE, "a"),
    ("ú", "Ú", _BREVE, _HOOK, "a"), ("ü", "Ü", _BREVE, _TILDE, "a"),
    ("ë", "Ë", _BREVE, _DOT, "a"),
):  # fmt: skip
    _VNI_MARKS[_lower] = (_shape, _tone, _bases)
    _VNI_MARKS[_upper] = (_shape, _tone, _bases)
_VNI_SINGLE = {
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư",
    "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ", "Ñ": "Đ", "Ô": "Ơ", "Ö": "Ư",
}  # fmt: skip

# ---------------------------------------------------------------- detection

# letters of correctly encoded Vietnamese outside Latin-1
_MODERN = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")
# Latin-1 letters that Unicode Vietnamese uses
_VIET_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# a VNI mark right after the base vowel it modifies (never seen in Unicode Vietnamese)
_VNI_PAIR = re.compile(
    "[aeAE][âêôöøùûõïáàåãäéèúüëÂÊÔÖØÙÛÕÏÁÀÅÃÄÉÈÚÜË]|[oO][âøûïåäãõØÛÏÂÅÄÃÕ]|[uU][öøûïÖØÛÏ]"
    "|[yY][øûïØÛÏ]|[ôÔöÖ][øùûõïØÙÛÕÏ]|[öÖ][ôÔ]"
)


def _kind_of(text: str) -> str | None:
    """``"vni"``, ``"tcvn3"``, ``"either"`` (odd characters both could produce) or None."""
    if text.isascii() or _MODERN.search(text):
        return None
    if _VNI_PAIR.search(text):
        return VNI
    odd = [ch for ch in text if ch in _TCVN3_ODD]
    if any(ch not in _VNI_CHARS for ch in odd):
        return TCVN3
    return "either" if odd else None


def detect_legacy(texts: Iterable[str]) -> str | None:
    """``"tcvn3"``, ``"vni"`` or None, judged over all the text cells of a sheet."""
    counts = {VNI: 0, TCVN3: 0, "either": 0}
    modern = 0
    for text in texts:
        if text.isascii():
            continue
        if _MODERN.search(text):
            modern += 1
            continue
        kind = _kind_of(text)
        if kind is not None:
            counts[kind] += 1
    total = counts[VNI] + counts[TCVN3] + counts["either"]
    if total == 0 or total < modern:
        return None  # a Unicode file with a few odd symbols ("2×3") is not a legacy file
    if counts[VNI] == counts[TCVN3] == 0:
        return None
    return VNI if counts[VNI] > counts[TCVN3] else TCVN3


def odd_characters(text: str) -> int:
    """How many characters Vietnamese text never uses (Latin-1 symbols and letters outside
    Vietnamese, combining marks left over after NFC): the fewer, the better a decoding."""
    bad = 0
    for ch in text:
        if ch.isascii() or ch in _VIET_LATIN1:
            continue
        if unicodedata.combining(ch) or "\u0080" <= ch <= "\u00ff" or ch == "\ufffd":
            bad += 1
    return bad


def needs_conversion(text: str) -> bool:
    """Whether a string of a legacy sheet is still in the legacy encoding."""
    if text.isascii() or _MODERN.search(text):
        return False
    return any(ch in _TCVN3_TABLE_KEYS or ch in _VNI_MARKS or ch in _VNI_SINGLE for ch in text)


_TCVN3_TABLE_KEYS = frozenset(chr(k) for k in _TCVN3_TABLE)
#: TCVN3 characters that Unicode Vietnamese never uses
_TCVN3_ODD = _TCVN3_TABLE_KEYS - _VIET_LATIN1
#: characters a VNI text is made of (marks and single letters)
_VNI_CHARS = frozenset(_VNI_MARKS) | frozenset(_VNI_SINGLE)


def to_unicode(text: str, kind: str) -> str:
    """Convert one string from ``kind`` (``"tcvn3"`` / ``"vni"``) to NFC Unicode.
    Strings that are already Unicode Vietnamese are returned unchanged."""
    if not needs_conversion(text):
        return text
    if kind == TCVN3:
        return _tcvn3(text)
    if kind == VNI:
        return _vni(text)
    raise ValueError(kind)


def _tcvn3(text: str) -> str:
    converted = text.translate(_TCVN3_TABLE)
    # .VnTimeH (the capitals font) puts toned capitals where the small letters are:
    # a text whose plain letters are all capitals is a capitals text.
    ascii_letters = [c for c in text if c.isascii() and c.isalpha()]
    if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
        converted = converted.upper()
    return converted


def _vni(text: str) -> str:
    out: list[str] = []
    for ch in text:
        mark = _VNI_MARKS.get(ch)
        if mark is not None and out:
            shape, tone, bases = mark
            prev = unicodedata.normalize("NFD", out[-1])
            base, marks = prev[0], prev[1:]
            base_shape = unicodedata.normalize("NFC", base.lower() + "".join(
                m for m in marks if m in (_CIRC, _BREVE, _HORN)))
            has_tone = any(m in (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT) for m in marks)
            if base_shape in bases and not has_tone:
                out[-1] = unicodedata.normalize("NFC", prev + shape + tone)
                continue
        single = _VNI_SINGLE.get(ch)
        out.append(single if single is not None else ch)
    return unicodedata.normalize("NFC", "".join(out))


# ---------------------------------------------------------------- encoding (for tests and tools)

_TONE_OF = {_GRAVE: "ø", _ACUTE: "ù", _HOOK: "û", _TILDE: "õ", _DOT: "ï"}
_CIRC_TONE = {_ACUTE: "á", _GRAVE: "à", _HOOK: "å", _TILDE: "ã", _DOT: "ä"}
_BREVE_TONE = {_ACUTE: "é", _GRAVE: "è", _HOOK: "ú", _TILDE: "ü", _DOT: "ë"}
_VNI_SINGLE_BACK = {v: k for k, v in _VNI_SINGLE.items() if v != k}
_TCVN3_BACK = {b: a for a, b in zip(_TCVN3_LOWER + _TCVN3_UPPER, _UNI_LOWER + _UNI_UPPER, strict=True)}


def from_unicode(text: str, kind: str) -> str:
    """Encode Unicode Vietnamese the way an old font stored it (the reverse of
    :func:`to_unicode`). TCVN3 .VnTime has no toned capitals: they become small letters,
    as the old font showed them."""
    text = unicodedata.normalize("NFC", text)
    if kind == TCVN3:
        out = []
        for ch in text:
            if ch in _TCVN3_BACK:
                out.append(_TCVN3_BACK[ch])
            elif ch.lower() in _TCVN3_BACK and ch.lower() != ch:
                out.append(_TCVN3_BACK[ch.lower()])
            else:
                out.append(ch)
        return "".join(out)
    if kind != VNI:
        raise ValueError(kind)
    out = []
    for ch in text:
        if ch in _VNI_SINGLE_BACK:
            out.append(_VNI_SINGLE_BACK[ch])
            continue
        nfd = unicodedata.normalize("NFD", ch)
        base, marks = nfd[0], nfd[1:]
        if not marks or not base.isascii():
            out.append(ch)
            continue
        upper = base.isupper()
        shape = next((m for m in marks if m in (_CIRC, _BREVE, _HORN)), "")
        tone = next((m for m in marks if m in _TONE_OF), "")
        seq = base
        if shape == _CIRC:
            seq += _CIRC_TONE[tone] if tone else "â"
            tone = ""
        elif shape == _BREVE:
            seq += _BREVE_TONE[tone] if tone else "ê"
            tone = ""
        elif shape == _HORN:
            seq = "ô" if base.lower() == "o" else "ö"
        if tone:
            seq += _TONE_OF[tone]
        out.append(seq.upper() if upper else seq)
    return "".join(out)


__all__ = ["LEGACY_NAMES", "TCVN3", "VNI", "detect_legacy", "from_unicode", "needs_conversion",
           "odd_characters", "to_unicode"]
