"""What a column header says, in the words clerks use.

Header texts are folded (no accents, lower case, đ → d), their abbreviations spelled out
(ĐDĐT, ĐD, MĐ1, M2, LD, KLD, SL, TL, NV, CB-VC-NLĐ …), then matched against the synonym
list below, most specific first: "Chưa định danh mức 2" is the people not yet at level 2
(none + level 1), never the Mức 2 column; "Đã định danh" alone, or "(mức 1 + mức 2)", is both
levels together (with "Trong đó mức 2" beside it), never Mức 1; "Số nhân viên chưa định danh có lý do" is a
reason column, not "Chưa định danh"; "Tỉ lệ … mức 2" is the rate.

A column's header may stand on up to three rows (a group header such as "Tình trạng
thu nhận, kích hoạt ĐDĐT" or "Đã định danh" over "Mức 1" / "Mức 2"; "Lý do" over "Có" /
"Không"; a status over "SL" / "%"): :func:`column_field` reads the lowest text first and
takes the meaning of the text above when the lowest only says "how many" or "%".
"""

from __future__ import annotations

import functools
import re

from eidroster.services.agency.cells import fold

# the counted fields, in the order of the report
COUNT_FIELDS = ("total", "none", "level1", "level2", "not_level2", "identified",
                "with_reason", "without_reason")
#: columns that only a list of people has
PERSONAL_FIELDS = frozenset({"person_name", "birth", "identity", "gender", "phone"})

_ABBREVIATIONS = (
    (r"\bdddt\b", "dinh danh dien tu"),
    (r"\bdd\b", "dinh danh"),
    (r"\bmd\s*(?=[12]\b)", "muc "),
    (r"\bm\s*(?=[12]\b)", "muc "),
    (r"\bmuc do\b", "muc"),
    (r"\bmuc(?=[12]\b)", "muc "),
    (r"\bcld\b", "co ly do"),
    (r"\bkld\b", "khong ly do"),
    (r"\bld\b", "ly do"),
    (r"\bsl\b", "so luong"),
    (r"\btl\b", "ti le"),
    (r"\bty le\b", "ti le"),
    (r"\bnv\b", "nhan vien"),
    (r"\bk\.?\s*co\b", "khong co"),
)


@functools.lru_cache(maxsize=8192)
def normalise_header(text: str) -> str:
    """Folded, abbreviations spelled out, punctuation as spaces (but "%" kept)."""
    h = fold(text)
    h = re.sub(r"[\"'“”()\[\]{}:;,.?!*/\\_|+=<>–—-]+", " ", h)
    h = re.sub(r"\s+", " ", h).strip()
    for pattern, replacement in _ABBREVIATIONS:
        h = re.sub(pattern, replacement, h)
    return re.sub(r"\s+", " ", h).strip()


_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("person_name", r"\bho (va )?ten\b|\bho ten\b|^ten (can bo|nhan vien|vien chuc)\b"),
        ("birth", r"\bngay (thang )?(nam )?sinh\b|\bnam sinh\b|^ns$"),
        ("identity", r"\bcccd\b|\bcmnd\b|\bcan cuoc\b|\bso dinh danh\b|\bchung minh\b"
                     r"|\bddcn\b|\bma dinh danh\b"),
        ("gender", r"\bgioi tinh\b|^nam nu$"),
        ("phone", r"\bdien thoai\b|\bsdt\b|\bso dt\b"),
        ("ignore", r"\bghi chu\b|\bcai dat\b|\bvneid\b|\bdich vu cong\b|\bdang nhap\b"
                   r"|\bthe bhyt\b|\bchu ky so\b"),
        ("without_reason", r"\bkhong (co )?(ly do|chinh dang)\b|\bchua co ly do\b"),
        ("with_reason", r"\bco ly do\b|\bly do chinh dang\b|^chinh dang$|\bco chinh dang\b"),
        ("rate", r"\bti le\b|^%$|\bphan tram\b"),
        ("not_level2", r"\bchua\b.*\bmuc 2\b"),
        ("none", r"\bchua\b.*\bmuc 1\b"),
        # level 1 and 2 together: "Đã định danh", "Đã ĐDĐT", "Đã định danh (mức 1 + mức 2)"
        ("identified", r"^(?:so (?:nguoi |can bo |cb |nhan vien )?)?da (?:dinh danh|kich hoat)"
                       r"(?: dien tu)?$|\bmuc 1 (?:va )?(?:muc )?2\b"),
        ("level1", r"\bmuc 1\b"),
        ("level2", r"\bmuc 2\b"),
        ("none", r"^chua\b(?!.*\bly do\b)"
                 r"|\bso (nguoi|nhan vien|can bo|cb) chua (dinh danh|dang ky|kich hoat)\b"),
        ("registered", r"\bda dang ky\b|\bnop ho so\b|\bcho (phe )?duyet\b|\bda phe duyet\b"),
        ("activated", r"\bkich hoat\b$|^da kich hoat\b"),
        ("count", r"^tong so\b|^tong$|^tong cong\b|\bso luong\b|\bquan so\b|^so nguoi\b"
                  r"|^so (can bo|cb|nhan vien|vien chuc|cbvc)\b|\bbien che\b"),
        ("tt", r"^(s ?tt|tt|so tt|so thu tu|no)$"),
        ("unit", r"\bten don vi\b|^don vi\b|^co quan\b|^co so\b|\bdon vi truc thuoc\b"),
        ("department", r"\bkhoa\b|\bphong\b|\bbo phan\b|^to\b|\btram\b|\bdon nguyen\b"
                       r"|^ten\b"),
        ("reason_text", r"^ly do\b"),
        ("status_text", r"^tinh trang( dinh danh)?$"),
    )
)


@functools.lru_cache(maxsize=8192)
def classify(text: str) -> str | None:
    """The meaning of one normalised header text, or None (a group header, a title)."""
    if not text:
        return None
    for name, pattern in _RULES:
        if pattern.search(text):
            if name == "rate" and re.search(r"\bchua\b|\bly do\b|\bmuc 1\b", text):
                return "ignore"  # the share of someone else than level 2
            return name
    return None


_YES = re.compile(r"^(co|chinh dang|co chinh dang)$")
_NO = re.compile(r"^(khong|khong chinh dang|khong co)$")
_SPECIFIC = frozenset(COUNT_FIELDS) - {"total"}


def column_field(parts: list[str]) -> str | None:
    """A column's meaning from its header texts top to bottom (normalised, consecutive
    repeats removed)."""
    return _column_field(tuple(p for p in parts if p))


@functools.lru_cache(maxsize=8192)
def _column_field(parts: tuple[str, ...]) -> str | None:
    if not parts:
        return None
    own = classify(parts[-1])
    above = [classify(p) for p in parts[:-1]]
    parent = next((f for f in reversed(above) if f in _SPECIFIC or f == "reason_text"), None)
    if own is None:
        if parent == "reason_text" or any("ly do" in p for p in parts[:-1]):
            if _YES.match(parts[-1]):
                return "with_reason"
            if _NO.match(parts[-1]):
                return "without_reason"
        return classify(" ".join(parts))
    if own == "count":
        return parent if parent in _SPECIFIC else "total"
    if own == "rate":
        if parent is None or parent == "level2":
            return "rate"
        return "ignore"
    if own == "registered" and parent in ("level1", "level2"):
        return "ignore"  # registered but not activated: only an activated account counts
    if own in ("activated", "identified") and parent in _SPECIFIC:
        return parent  # "Đã kích hoạt" under "Mức 2": that status's count
    if own == "activated":
        return None
    return own
