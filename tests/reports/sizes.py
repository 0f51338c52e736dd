"""Generated report inputs of a given size (departments × staff), without a database:
the writers take plain values, so 100,000 people cost a second, not a demo database."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eidroster.domain.aggregate import Aggregate, from_counts
from eidroster.domain.statuses import Status
from eidroster.reports.head_summary import TrendDay

AS_OF = dt.date(2026, 11, 20)
SETTINGS = {
    "parent_agency": "Sở Y tế (thử nghiệm bố cục)",
    "unit_name": "Bệnh viện Đa khoa Thử nghiệm Bố cục Có Tên Khá Dài",
    "place_name": "Phường Thử Nghiệm",
    "doc_number_pattern": "Số: …/BC-BVTN",
    "reference_letter": "Công văn số 3612/SYT-NV ngày 25/10/2026 của Sở Y tế",
    "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signer_name": "Người Ký Bố Cục",
    "preparer": "Người Lập Bố Cục",
    "recipients": "Sở Y tế (b/c)\nBan Giám đốc\nLưu: VT, TCCB",
    "target_date": "2026-12-31",
}
LONG = "Khoa Hồi sức tích cực - Chống độc và Điều trị bệnh nhiệt đới khu kỹ thuật cao số"
STATUSES = [s for s in Status if s is not Status.LEVEL2]


def department_names(n: int) -> list[str]:
    return [f"{LONG} {i}" if i % 9 == 4 else f"Khoa số {i}" for i in range(1, n + 1)]


@lru_cache(maxsize=16)
def aggregate(departments: int, people: int) -> Aggregate:
    """``people`` staff spread over the departments; about 15 % not at level 2."""
    rng = random.Random(departments * 1_000_003 + people)
    names = department_names(departments)
    sizes = [people // departments + (1 if i < people % departments else 0)
             for i in range(departments)]
    rows = []
    for name, size in zip(names, sizes, strict=True):
        missing = min(size, round(size * rng.uniform(0.02, 0.3)))
        none = missing // 3
        level1 = missing - none
        rows.append((name, none, level1, size - missing, rng.randint(0, missing)))
    return from_counts(rows, AS_OF)


@dataclass(frozen=True)
class Person:
    full_name: str
    birth_date: dt.date | None
    id_number: str | None
    department: str
    status: Status
    reason: str
    justified: bool
    note: str


@lru_cache(maxsize=16)
def pending(departments: int, people: int) -> tuple[Person, ...]:
    """Phụ lục IV's rows matching :func:`aggregate` (everyone not at level 2)."""
    agg = aggregate(departments, people)
    out = []
    n = 0
    for d in agg.departments:
        for _ in range(d.counts.not_level2):
            n += 1
            note = ("đã hẹn công an phường thu nhận lại vân tay vào tuần sau, chờ xác nhận"
                    if n % 11 == 0 else "")
            out.append(Person(f"Nguyễn Thị Thử Nghiệm {n}", dt.date(1970, 1, 1)
                              + dt.timedelta(days=n % 12_000), f"079{n:09d}", d.name,
                              STATUSES[n % len(STATUSES)],
                              "chưa sắp xếp thời gian" if n % 3 else "nghỉ thai sản",
                              n % 3 == 0, note))
    return tuple(out)


def trend(agg: Aggregate, days: int = 30) -> list[TrendDay]:
    t = agg.total
    return [TrendDay(AS_OF - dt.timedelta(days=days - 1 - i), t.total,
                     max(0, t.level2 - (days - 1 - i) * max(1, t.total // 400)))
            for i in range(days)]


# ----------------------------------------------------------------- reading PDFs back

@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float  # from the top of the page, in points
    x1: float
    y1: float
    text: str
    width: float  # the page's
    height: float


def pdf_words(path: Path) -> list[Word]:
    """Every word with its box (``pdftotext -bbox``, poppler-utils)."""
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    words: list[Word] = []
    page, width, height = 0, 0.0, 0.0
    for line in out.splitlines():
        m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if m:
            page += 1
            width, height = float(m.group(1)), float(m.group(2))
            continue
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                      r"(.*)</word>", line)
        if m:
            words.append(Word(page, float(m.group(1)), float(m.group(2)), float(m.group(3)),
                              float(m.group(4)), html.unescape(m.group(5)), width, height))
    return words


def page_texts(words: list[Word]) -> dict[int, str]:
    pages: dict[int, list[str]] = {}
    for w in words:
        pages.setdefault(w.page, []).append(w.text)
    return {p: " ".join(t) for p, t in pages.items()}
