"""Unit sheets typed the way different clerks type them, each with its truth.

Every function here writes one file the way one clerk would — their own header
wording and abbreviations, numbers typed as text in their habit, group rows and
subtotals, a total in their words or none, title rows, notes and signatures under the
table — and returns what the merge must find in it: the unit's true counts (from the
departments the clerk typed), or that it must be held out, and every problem with its
unit, row and column. The set of all files is :func:`tests.agency.clerk_set.type_all`.

All names are made up (places "Sông Mây", "Núi Xanh" …; people from common family
names with generated given names); no file holds real personal data."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from eidroster.domain.aggregate import Counts

DEPARTMENTS = (
    "Khoa Khám bệnh", "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp", "Khoa Sản", "Khoa Nhi",
    "Khoa Hồi sức cấp cứu", "Khoa Dược", "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh",
    "Khoa Y học cổ truyền", "Khoa Gây mê hồi sức", "Khoa Truyền nhiễm",
    "Khoa Kiểm soát nhiễm khuẩn", "Khoa Dinh dưỡng", "Phòng Tổ chức cán bộ",
    "Phòng Kế hoạch tổng hợp", "Phòng Tài chính kế toán", "Phòng Điều dưỡng",
    "Phòng Hành chính quản trị", "Trạm Y tế xã Tân Lập", "Trạm Y tế xã Bình Minh",
    "Trạm Y tế thị trấn Ngọc Hà", "Khoa Phục hồi chức năng", "Khoa Răng hàm mặt",
)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLE = ("Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Quốc", "Thu")
GIVEN = ("Khang", "Trúc", "Diệp", "Quyên", "Thắm", "Toản", "Khuê", "Lộc", "Nhàn", "Vĩnh")


@dataclass
class Truth:
    """What one file must give."""

    path: Path
    units: dict[str, Counts] = field(default_factory=dict)  # merged: printed name -> counts
    held: dict[str, str] = field(default_factory=dict)  # held out: unit -> reason words
    set_aside: set[str] = field(default_factory=set)  # a newer file of the unit is used
    # (unit, row, column, words of the message): every problem the merge must report
    problems: set[tuple[str, int | None, str | None, str]] = field(default_factory=set)
    personal: list[str] = field(default_factory=list)  # must never reach any output
    rows: dict[str, int] = field(default_factory=dict)  # label -> Excel row


# ---------------------------------------------------------------- made-up data

def departments(rng: random.Random, n: int, big: bool = False) -> list[tuple[str, Counts]]:
    names = rng.sample(DEPARTMENTS, n)
    out = []
    for k, name in enumerate(names):
        total = rng.randint(901, 1299) if big and k == 0 else rng.randint(4, 60)
        total += total == 1000  # "1.000" typed in a US-locale Excel is 1: not made here
        none = rng.choice((0, 0, 0, 1, 2, 3))
        level1 = rng.choice((0, 0, 1, 2, 4))
        level1 = min(level1, total - none)
        with_reason = rng.randint(0, none + level1)
        level2 = total - none - level1
        out.append((name, Counts(total, none, level1, level2, with_reason,
                                 none + level1 - with_reason)))
    return out


def add(rows: list[tuple[str, Counts]]) -> Counts:
    total = Counts()
    for _, c in rows:
        total = total + c
    return total


def six(c: Counts) -> tuple[int, int, int, int, int, int]:
    return (c.total, c.none, c.level1, c.level2, c.with_reason, c.without_reason)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def identity_number(rng: random.Random) -> str:
    return f"0{rng.randint(10, 96):02d}{rng.choice('0123')}{rng.randint(60, 99):02d}" \
           f"{rng.randint(0, 999999):06d}"


# ---------------------------------------------------------------- how numbers are typed

def dot(n: int) -> str:
    return "-" if n == 0 else f"{n:,}".replace(",", ".")


def comma(n: int) -> str:
    return "—" if n == 0 else f"{n:,}"


def spaced(n: int) -> str:
    return f" {n} " if n else ""


def people(n: int) -> str:
    return f"{n} người" if n else "-"


def us_decimal(n: int) -> float | int:
    """What Excel with "." as the decimal sign makes of a typed "1.097"."""
    return n / 1000 if n >= 1000 else n


def nbsp(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0") if n else "0"


# ---------------------------------------------------------------- sheet helpers

class Sheet:
    """One worksheet being typed: ``line(...)`` appends a row and returns its number."""

    def __init__(self, wb: Workbook | None = None, title: str | None = None,
                 first_col: int = 1) -> None:
        self.wb = wb or Workbook()
        self.ws = self.wb.active if wb is None else self.wb.create_sheet(title or "Sheet2")
        if title and wb is None:
            self.ws.title = title
        self.first_col = first_col
        self.row = 0

    def line(self, *values: object) -> int:
        self.row += 1
        for j, v in enumerate(values):
            if v is not None:
                self.ws.cell(self.row, self.first_col + j, v)
        return self.row

    def table(self, rows: list[tuple[str, Counts]], cells, total: str | None = None,
              name=lambda dept: dept) -> Counts:
        """Numbered department rows typed by ``cells(counts)``, then (when ``total`` is
        the clerk's label for it) the total row typed the same way; returns the sum."""
        for n, (dept, c) in enumerate(rows, 1):
            self.line(n, name(dept), *cells(c))
        summed = add(rows)
        if total is not None:
            self.line(total, None, *cells(summed))
        return summed

    def merge(self, r0: int, c0: int, r1: int, c1: int) -> None:
        off = self.first_col - 1
        self.ws.merge_cells(start_row=r0, start_column=c0 + off, end_row=r1, end_column=c1 + off)

    def agency_block(self, parent: str, unit: str, as_of: str, one_cell: bool = False,
                     title: str = "PHỤ LỤC III") -> None:
        if one_cell:
            self.line(f"{parent}\n{unit}", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            self.line(None, None, None, None, "Độc lập - Tự do - Hạnh phúc")
        else:
            self.line(parent, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            self.line(unit, None, None, None, "Độc lập - Tự do - Hạnh phúc")
        self.line("Số:    /BC-TCCB", None, None, None, "Sông Mây, ngày 30 tháng 11 năm 2023")
        self.line()
        if title:
            self.line(title)
        self.line(f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2 TÍNH ĐẾN NGÀY {as_of}")

    def save(self, path: Path) -> Path:
        self.wb.save(path)
        return path


STANDARD_1 = ("TT", "Khoa/phòng", "Tổng số nhân viên",
              "Tình trạng thu nhận, kích hoạt Định danh điện tử", None, None, None, None,
              "Tỉ lệ CB-CNVC-NLĐ đã định danh mức 2")
STANDARD_2 = (None, None, None, "Chưa định danh", "Đã định danh mức 1", "Đã định danh mức 2",
              "Số nhân viên chưa định danh có lý do",
              "Số nhân viên chưa định danh không có lý do", None)


def dotted_with_rate(c: Counts) -> list:
    return [*(dot(v) for v in six(c)), rate_text(c)]


def with_rate(c: Counts) -> list:
    return [*six(c), rate_text(c)]


def standard_header(s: Sheet, top: tuple = STANDARD_1, sub: tuple = STANDARD_2) -> None:
    first = s.line(*top)
    s.line(*sub)
    for col in (1, 2, 3, 9):
        s.merge(first, col, first + 1, col)
    s.merge(first, 4, first, 8)


def rate_text(c: Counts) -> str:
    """The rate as a careful clerk types it (never 100% while someone is missing)."""
    from eidroster.domain.aggregate import format_rate

    return format_rate(c.level2, c.total) if c.total else "-"
