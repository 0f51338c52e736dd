"""Unit names: the key that says two spellings are one unit, the name as it should
print in Phụ lục I (as typed, not in the capitals of a letter header), and what the
rows above a table say (the unit, "tính đến ngày", the letter's date, which appendix)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from eidroster.services.agency.cells import clean_text, fold

# ---------------------------------------------------------------- matching

_EXPAND = (
    (r"\bttyt\b", "trung tam y te"),
    (r"\bbvdk\b", "benh vien da khoa"),
    (r"\bbv\b", "benh vien"),
    (r"\bpkdk\b", "phong kham da khoa"),
    (r"\btyt\b", "tram y te"),
    (r"\bcdc\b", "trung tam kiem soat benh tat"),
    (r"\bksbt\b", "kiem soat benh tat"),
    (r"\byhct\b", "y hoc co truyen"),
    (r"\bdk\b", "da khoa"),
    (r"^tt\b", "trung tam"),
    (r"\btp\b", "thanh pho"),
    (r"\btx\b", "thi xa"),
    (r"\btt\b", "thi tran"),
    (r"\bh\b(?= \w)", "huyen"),
    (r"\bq\b(?= \w)", "quan"),
)


def unit_key(name: str) -> str:
    """Two spellings of one unit give one key: accents and case ignored, "TTYT" =
    "Trung tâm Y tế", "BV" = "Bệnh viện" (and a few more); "huyện", "thị xã", "thành
    phố" are kept, so "TTYT huyện X" and "TTYT thành phố X" stay two units."""
    k = re.sub(r"\([^)]*\)", " ", fold(name))
    k = re.sub(r"[^\w\s]+", " ", k).replace("_", " ")
    k = re.sub(r"\s+", " ", k).strip()
    for pattern, repl in _EXPAND:
        k = re.sub(pattern, repl, k)
    return re.sub(r"\s+", " ", k).strip()


_PLACE_IN_KEY = re.compile(r"\b(?:huyen|thi xa|thanh pho|quan|tinh|thi tran|xa|phuong)\b")


def without_place(key: str) -> tuple[str, bool]:
    """A unit key without its place words ("huyện", "thị xã" …), and whether it had any:
    "TTYT Châu Đức" and "TTYT huyện Châu Đức" may be one unit (it is not guessed)."""
    bare = re.sub(r"\s+", " ", _PLACE_IN_KEY.sub(" ", key)).strip()
    return bare, bare != key


# ---------------------------------------------------------------- printing

_ORG_TYPES = ("bệnh viện", "trung tâm", "chi cục", "trường", "trạm", "phòng khám", "văn phòng",
              "ban", "cục", "sở", "phòng", "viện", "nhà hộ sinh", "trung cấp", "cao đẳng",
              "đa khoa", "y tế", "khoa", "hội", "công ty")
_PLACE_WORDS = ("huyện", "thị xã", "thành phố", "tỉnh", "quận", "xã", "phường", "thị trấn",
                "khu vực")
SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn "
    "vương trịnh trương lâm phùng mai tô hà tạ lưu đinh cao châu thái lương kiều triệu la "
    "quách từ tăng hứa chu đàm lại khúc giang tống nghiêm âu hầu lò nông mạc đồng thân "
    "kim ông diệp lục tôn mã doãn lã".split())
_VOWELS = re.compile(r"[aeiouyăâêôơư]", re.IGNORECASE)


def _starts_with(words: list[str], i: int, phrases: Iterable[str]) -> int:
    for phrase in phrases:
        n = len(phrase.split(" "))
        if " ".join(words[i:i + n]).lower() == phrase:
            return n
    return 0


_ABBREVIATIONS = frozenset({"TTYT", "BV", "BVĐK", "TYT", "CDC", "PKĐK", "YHCT", "PHCN", "HIV",
                            "AIDS", "DP", "MP", "TP", "TX", "KV", "ĐK", "UBND", "HĐND"})


def _is_abbreviation(word: str) -> bool:
    return word.strip("(),.;:").upper() in _ABBREVIATIONS or not _VOWELS.search(fold(word))


def display_name(name: str) -> str:
    """The name as it should print: as typed when it has small letters; restored from
    capitals by the Nghị định 30 rule otherwise — the kind of body and the first word of
    its field capitalised ("Trung tâm Kiểm soát bệnh tật"), a place after "huyện",
    "thành phố", … and a person's name in full ("Bệnh viện Phổi Phạm Hữu Chí"),
    abbreviations kept ("TTYT", "DS-KHHGĐ")."""
    text = clean_text(name)
    if not text or text != text.upper():
        return text
    words = text.split(" ")
    out: list[str] = []
    i = 0
    capitalise_next = True
    proper = False  # inside a place or a person's name: every word capitalised
    while i < len(words):
        word = words[i]
        place = _starts_with(words, i, _PLACE_WORDS)
        if place and i > 0:
            out += [w.lower() for w in words[i:i + place]]
            i += place
            proper = True
            continue
        org = _starts_with(words, i, _ORG_TYPES)
        if org:
            part = [w.lower() for w in words[i:i + org]]
            if capitalise_next or not out:
                part[0] = part[0].capitalize()
            out += part
            i += org
            capitalise_next = True
            proper = False
            continue
        if _is_abbreviation(word) or len(word) == 1:
            out.append(word)
            i += 1
            capitalise_next = False
            continue
        lower = word.lower()
        if lower in SURNAMES and i + 1 < len(words) and out:
            proper = True
        if proper or capitalise_next:
            out.append(lower.capitalize() if "-" not in lower else
                       "-".join(p.capitalize() for p in lower.split("-")))
        else:
            out.append(lower)
        capitalise_next = False
        i += 1
    return " ".join(out)


def looks_like_unit(text: str) -> bool:
    """A line that names a body (a hospital, a health centre, a school …)."""
    k = unit_key(text)
    return bool(re.match(
        r"(benh vien|trung tam|chi cuc|truong|tram|phong kham|van phong|ban|cuc|so|phong|"
        r"vien|nha ho sinh|hoi|cong ty|ubnd|uy ban)\b", k))


# ---------------------------------------------------------------- the rows above the table

_AS_OF = re.compile(
    r"(?:tinh )?den (?:het )?(?:ngay )?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})"
    r"|(?:tinh )?den (?:het )?ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})")
_AS_OF_LABEL = re.compile(r"(?:tinh )?den ngay\s*:?$|^ngay bao cao\s*:?$|^so lieu den ngay")
_LETTER_DATE = re.compile(r"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})")
_APPENDIX = re.compile(r"^phu luc\s+(iv|iii|ii|i|[1-4])\b")
_NOT_UNIT = re.compile(
    r"^(?:cong hoa|doc lap|so\s*:|so\b\s*\d|phu luc|tien do|bao cao|ket qua|danh sach|bang|"
    r"tong hop|thong ke|\(?kem theo|v/v|kinh gui|ngay\b|.*, ngay\b|-{2,}|_{2,}|\*)")
_PARENT = re.compile(r"^(?:uy ban|ubnd|so\b|bo\b|tong cuc|cuc\b|tinh uy|huyen uy|dang uy)")
_TITLE_UNIT = re.compile(r"\bcua (.+?)(?: (?:tinh )?den (?:het )?ngay|\s*[().,;:]|$)")
#: a kind of body without its own name: "BỆNH VIỆN" over "PHỔI MẪU", or "TRUNG TÂM Y TẾ"
#: under "UBND HUYỆN MẪU" (the unit is "Trung tâm Y tế huyện Mẫu")
_GENERIC = frozenset({"benh vien", "benh vien da khoa", "trung tam", "trung tam y te",
                      "tram y te", "phong kham", "phong kham da khoa", "nha ho sinh"})
_PARENT_PLACE = re.compile(r"^(?:uy ban nhan dan|ubnd) ((?:huyen|thi xa|thanh pho|quan|xa|"
                           r"phuong|thi tran) .+)$")
_LABELLED_UNIT = re.compile(r"^(?:ten )?(?:don vi|co quan)(?: bao cao)?\s*:\s*(.+)$")


def _date(day: str, month: str, year: str) -> dt.date | None:
    y = int(year)
    y = y + 2000 if y < 100 else y
    try:
        return dt.date(y, int(month), int(day))
    except ValueError:
        return None


def find_as_of(top: list[list[object]]) -> tuple[dt.date | None, int | None]:
    """The "tính đến ngày" date above the table (text, or a date cell after the label)."""
    for i, row in enumerate(top):
        for j, v in enumerate(row):
            if not isinstance(v, str):
                continue
            f = fold(v)
            m = _AS_OF.search(f)
            if m:
                groups = [g for g in m.groups() if g is not None]
                return _date(*groups), i + 1
            if _AS_OF_LABEL.search(f):
                for w in row[j + 1:j + 4]:
                    if isinstance(w, dt.datetime):
                        return w.date(), i + 1
                    if isinstance(w, dt.date):
                        return w, i + 1
    return None, None


def find_letter_date(top: list[list[object]]) -> dt.date | None:
    """The letter's own date ("Bà Rịa, ngày 30 tháng 11 năm 2023"), if any."""
    for row in top:
        for v in row:
            if isinstance(v, str) and "den" not in fold(v):
                m = _LETTER_DATE.search(fold(v))
                if m:
                    return _date(*m.groups())
    return None


def find_appendix(top: list[list[object]]) -> str | None:
    """"I", "III" or "IV" when a title says "PHỤ LỤC …"."""
    for row in top:
        for v in row:
            if isinstance(v, str):
                m = _APPENDIX.match(fold(v))
                if m:
                    return {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(m.group(1),
                                                                           m.group(1).upper())
    return None


def _header_lines(top: list[list[object]]) -> list[str]:
    """The texts of the agency block: the left-most text of each of the first rows."""
    lines: list[str] = []
    for row in top[:8]:
        for j, v in enumerate(row[:4]):
            if isinstance(v, str):
                lines += [clean_text(p) for p in v.splitlines() if clean_text(p)]
                break
            if j == 3:
                break
    return [t for t in lines if not _NOT_UNIT.match(fold(t))]


def find_unit(top: list[list[object]]) -> str:
    """The unit the rows above a table name ("" when none): a "Đơn vị: …" line, the line
    under the parent agency in the agency block, or the "… CỦA <UNIT> TÍNH ĐẾN NGÀY" title."""
    for row in top:
        for v in row:
            if isinstance(v, str):
                m = _LABELLED_UNIT.match(fold(v))
                if m:
                    return _original_span(clean_text(v), m.group(1))
    lines = _header_lines(top)
    if len(lines) >= 2 and _PARENT.match(fold(lines[0])) and looks_like_unit(lines[1]):
        return _named(lines, 1)
    candidates = [i for i, t in enumerate(lines) if looks_like_unit(t)
                  and not _PARENT.match(fold(t))]
    if candidates:
        return _named(lines, candidates[0])
    for row in top:
        for v in row:
            if isinstance(v, str):
                m = _TITLE_UNIT.search(fold(v))
                if m and looks_like_unit(m.group(1)) and unit_key(m.group(1)) not in _GENERIC:
                    return _original_span(clean_text(v), m.group(1))
    return ""


def _named(lines: list[str], i: int) -> str:
    """``lines[i]`` with its own name when it is only a kind of body: the next line of the
    block ("BỆNH VIỆN" / "PHỔI MẪU") or the place of the people's committee above it
    ("UBND HUYỆN MẪU" / "TRUNG TÂM Y TẾ"); "" when neither (the file's name is used)."""
    name = lines[i]
    if unit_key(name) not in _GENERIC:
        return name
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if after and not looks_like_unit(after) and not _PARENT.match(fold(after)):
        return f"{name} {after}"
    place = _PARENT_PLACE.match(fold(lines[i - 1])) if i > 0 else None
    if place:
        return f"{name} {_original_span(lines[i - 1], place.group(1))}"
    return ""


def find_mixed_case(top: list[list[object]], key: str) -> str:
    """The unit's name written in small letters somewhere above the table, e.g. in
    "(Kèm theo Văn bản số 12/BC-BV của Bệnh viện Mẫu)" ("" when nowhere)."""
    n = len(key.split(" "))
    for row in top:
        for v in row:
            if not isinstance(v, str) or v == v.upper():
                continue
            words = clean_text(v).split(" ")
            for size in range(max(1, n - 3), n + 4):
                for k in range(0, len(words) - size + 1):
                    span = " ".join(words[k:k + size]).strip("(),.;:")
                    if unit_key(span) == key and span != span.upper():
                        return span
    return ""


def _original_span(original: str, folded_part: str) -> str:
    """The words of ``original`` whose folded form is ``folded_part``."""
    words = original.split(" ")
    target = folded_part.strip().split(" ")
    folded = fold(original).split(" ")
    for k in range(len(folded) - len(target) + 1):
        if folded[k:k + len(target)] == target:
            return " ".join(words[k:k + len(target)])
    return clean_text(folded_part)
