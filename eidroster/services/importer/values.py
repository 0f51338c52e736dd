"""Reading one cell: dates, statuses, ticks, genders, yes/no, reasons.

Every parser takes the raw cell value (str/int/float/date/datetime/bool/None) and either
returns the value or raises :class:`ValueProblem` with a Vietnamese message. Messages never
repeat personal data (a birth date, an identity number); they may quote a status or a reason,
which are not personal."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

from eidroster.domain.statuses import STATUS_LABEL_VI, Status
from eidroster.domain.text import clean_text, fold

EXCEL_EPOCH = dt.date(1899, 12, 30)  # the 1900 date system (with Lotus' leap-year bug)
MIN_SERIAL, MAX_SERIAL = 1, 2958465


class ValueProblem(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class DateValue:
    value: dt.date
    year_only: bool = False


_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:[ T].*)?$")
_YEAR = re.compile(r"^(\d{4})$")
_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_DAY_WORD = re.compile(r"^(ngay|ngày)\s+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def parse_date(raw: object, today: dt.date | None = None) -> DateValue | None:
    """Excel dates and serials, dd/mm/yyyy, d/m/yy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd,
    mm/yyyy or a year alone (then 1 January of that year, marked ``year_only``)."""
    today = today or dt.date.today()
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueProblem("Ngày không hợp lệ")
    if isinstance(raw, dt.datetime):
        return DateValue(raw.date())
    if isinstance(raw, dt.date):
        return DateValue(raw)
    if isinstance(raw, int | float):
        number = float(raw)
        if number.is_integer() and 1900 <= number <= today.year:
            return DateValue(dt.date(int(number), 1, 1), year_only=True)
        if MIN_SERIAL <= number <= MAX_SERIAL:
            return DateValue(EXCEL_EPOCH + dt.timedelta(days=int(number)))
        raise ValueProblem("Ngày không hợp lệ (số không phải là ngày của Excel)")
    text = clean_text(raw).rstrip(".")
    if not text:
        return None
    if text[:1] in ("n", "N"):
        text = _DAY_WORD.sub("", text)
    m = _DMY.match(text)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if len(m[3]) == 2:
            year += 2000 if year <= today.year % 100 else 1900
        return DateValue(_make(year, month, day))
    m = _YMD.match(text)
    if m:
        return DateValue(_make(int(m[1]), int(m[2]), int(m[3])))
    m = _YEAR.match(text)
    if m:
        return DateValue(dt.date(int(m[1]), 1, 1), year_only=True)
    m = _MY.match(text)
    if m:
        return DateValue(_make(int(m[2]), int(m[1]), 1), year_only=True)
    if _NUMBER.fullmatch(text):
        return parse_date(float(text.replace(",", ".")), today)
    raise ValueProblem("Ngày không đúng dạng (cần ngày/tháng/năm, ví dụ 05/01/1985)")


def _make(year: int, month: int, day: int) -> dt.date:
    if not 1 <= month <= 12:
        raise ValueProblem("Tháng lớn hơn 12: ngày phải viết theo ngày/tháng/năm")
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueProblem("Ngày không có thật trong lịch (ví dụ 31 của tháng 30 ngày)") from exc


# ---------------------------------------------------------------- statuses

_LABELS = {fold(label): status for status, label in STATUS_LABEL_VI.items()}
_LABELS.update({s.value.replace("_", " "): s for s in Status})
_LEVEL = re.compile(r"(?:\bmuc|\bmd|\bmdd|\bm|\blevel|\bcap|\bdddt muc)\s*(?:do\s*)?(1|2|i{1,2})\b")


def parse_status(raw: object) -> tuple[Status, str | None] | None:
    """A status written in words. Returns (status, warning or None); raises ValueProblem."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueProblem("Tình trạng không hợp lệ")
    if isinstance(raw, int | float):
        if raw in (1, 2):
            return (Status.LEVEL1 if raw == 1 else Status.LEVEL2), None
        if raw == 0:
            return Status.NOT_REGISTERED, None
        raise ValueProblem(f"Không hiểu tình trạng «{raw}»")
    key = re.sub(r"[^0-9a-z]+", " ", fold(raw)).strip()
    if not key:
        return None
    if key in _LABELS:
        return _LABELS[key], None
    if "tu choi" in key or "khong dat" in key or "khong duoc duyet" in key:
        return Status.REJECTED, None
    if ("chua co cccd" in key or "chua co can cuoc" in key or "khong co cccd" in key
            or "chua co the" in key or "chua co chip" in key or "chua gan chip" in key
            or "cmnd cu" in key):
        return Status.NO_CHIP_CARD, None
    if "chua kich hoat" in key or "da duyet" in key or "da phe duyet" in key:
        return Status.APPROVED_NOT_ACTIVATED, None
    if ("cho duyet" in key or "cho phe duyet" in key or "da nop" in key or "dang cho" in key
            or "da dang ky" in key or "dang xu ly" in key or "cho xet duyet" in key):
        return Status.SUBMITTED, None
    if key.startswith(("chua", "khong")) or key in ("x chua", "0"):
        return Status.NOT_REGISTERED, None
    m = _LEVEL.search(key)
    if m:
        return (Status.LEVEL1 if m[1] in ("1", "i") else Status.LEVEL2), None
    if key in ("dddt", "da dinh danh", "da kich hoat", "roi", "xong", "da xong", "da lam",
               "hoan thanh", "da dddt", "dat", "da co", "co"):
        return Status.LEVEL2, f"Tình trạng «{clean_text(raw)}» không ghi mức; đã hiểu là mức 2"
    raise ValueProblem(f"Không hiểu tình trạng «{clean_text(raw)[:60]}»")


_TRUE = {"x", "1", "co", "v", "yes", "y", "true", "da", "roi", "dung", "ok"}
_TRUE_SYMBOLS = set("✓✔☑✗✘☒●•+√")
_FALSE = {"0", "khong", "no", "n", "false", "chua", "-", "k", "ko"}


def parse_tick(raw: object) -> bool | None:
    """A tick cell: True when ticked, False when explicitly not, None when empty."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float):
        if raw == 1:
            return True
        if raw == 0:
            return False
        raise ValueProblem("Ô đánh dấu chỉ được ghi x, 1 hoặc có")
    text = clean_text(raw)
    if not text:
        return None
    if text in _TRUE_SYMBOLS or all(ch in _TRUE_SYMBOLS for ch in text):
        return True
    key = re.sub(r"[^0-9a-z]+", " ", fold(text)).strip()
    if key in _TRUE:
        return True
    if key in _FALSE or not key:
        return False
    raise ValueProblem(f"Ô đánh dấu không hiểu được «{text[:20]}» (ghi x, 1 hoặc có)")


def parse_yes_no(raw: object) -> bool | None:
    """"có" / "không" (also x, 1 / 0)."""
    return parse_tick(raw)


def parse_gender(raw: object) -> str | None:
    if raw is None:
        return None
    key = fold(raw).strip(" .")
    if not key:
        return None
    if key in ("nam", "m", "male", "trai", "1"):
        return "M"
    if key in ("nu", "f", "female", "gai", "0"):
        return "F"
    raise ValueProblem("Giới tính phải là Nam hoặc Nữ")


# ---------------------------------------------------------------- reasons

@dataclass(frozen=True, slots=True)
class CatalogueReason:
    id: int
    label: str
    justified: bool


@dataclass(frozen=True, slots=True)
class ReasonMatch:
    reason_id: int | None  # None: not in the catalogue, kept as text
    text: str  # the cleaned text of the cell
    label: str | None  # the catalogue label it matched
    exact: bool


class ReasonMatcher:
    """Match free text to the catalogue: same words ignoring tone marks and case, else a
    close spelling (difflib ratio ≥ 0.8) or one containing the other's words."""

    THRESHOLD = 0.8

    def __init__(self, catalogue: list[CatalogueReason]) -> None:
        self.catalogue = catalogue
        self._keys = [(_reason_key(r.label), r) for r in catalogue]
        self._cache: dict[str, ReasonMatch] = {}

    def match(self, raw: object) -> ReasonMatch | None:
        text = clean_text(raw)
        if not text:
            return None
        hit = self._cache.get(text)
        if hit is None:
            hit = self._cache[text] = self._match(text)
        return hit

    def _match(self, text: str) -> ReasonMatch:
        key = _reason_key(text)
        for k, r in self._keys:
            if k == key:
                return ReasonMatch(r.id, text, r.label, True)
        best: tuple[float, CatalogueReason | None] = (0.0, None)
        words = set(key.split())
        for k, r in self._keys:
            score = difflib.SequenceMatcher(None, key, k).ratio()
            kwords = set(k.split())
            if len(words) >= 2 and words <= kwords:
                score = max(score, 0.8 + 0.2 * len(words) / len(kwords))
            elif len(kwords) >= 2 and kwords <= words:
                score = max(score, 0.8 + 0.2 * len(kwords) / len(words))
            if score > best[0]:
                best = (score, r)
        score, reason = best
        if reason is not None and score >= self.THRESHOLD:
            return ReasonMatch(reason.id, text, reason.label, False)
        return ReasonMatch(None, text, None, False)


_REASON_STOP = {"va", "hoac", "la", "do", "vi", "dang", "con"}


def _reason_key(text: str) -> str:
    words = re.sub(r"[^0-9a-z]+", " ", fold(text)).split()
    return " ".join(w for w in words if w not in _REASON_STOP)
