"""Importing a 10,000-row messy .xlsx end to end (read, find the table, parse, plan, write
in one transaction with the backup and the audit event) beside openpyxl's bare read-only
read of the same file, in the same run. Target: the import no slower than the bare read."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from harness import BenchContext, Measurement, timed

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_messy_xlsx(path: Path, n: int, seed: int = 4) -> Path:
    """Title rows, a two-row header (Nam | Nữ under the birth date, tick columns under the
    result), a numbering row, mixed date and CCCD forms, a total and signature rows."""
    import openpyxl

    from eidroster.domain.cccd import make_cccd

    rng = random.Random(seed)
    ho = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
    dem = ["Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Thanh"]
    ten = ["An", "Bình", "Chi", "Dũng", "Hà", "Hương", "Lan", "Long", "Mai", "Nam", "Phúc",
           "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"]
    depts = [f"Khoa {x}" for x in ("Nội", "Ngoại", "Sản", "Nhi", "Dược", "Xét nghiệm",
                                   "Hồi sức", "Khám bệnh")]
    reasons = ["Nghỉ thai sản", "nghi thai san", "Ốm đau dài ngày", "Đi học, công tác xa",
               "Chưa sắp xếp thời gian", "Đang chờ cấp lại thẻ"]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("DS")
    ws.append(["SỞ Y TẾ"])
    ws.append(["DANH SÁCH CÁN BỘ, VIÊN CHỨC ĐỊNH DANH ĐIỆN TỬ"])
    ws.append(["Tính đến ngày 29/11/2023"])
    ws.append(["TT", "Họ và tên", "Ngày tháng năm sinh", None, "Số CCCD", "Khoa/phòng",
               "Kết quả định danh", None, None, "Lý do", "Ghi chú"])
    ws.append([None, None, "Nam", "Nữ", None, None, "Chưa định danh", "Mức 1", "Mức 2", None, None])
    ws.append(list(range(1, 12)))
    for i in range(n):
        gender = rng.choice("MF")
        birth = dt.date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
        cccd = make_cccd(rng.choice(["077", "079", "001"]), birth.year, gender, i)
        form = i % 4
        birth_cell: object = (birth if form == 0 else birth.strftime("%d/%m/%Y") if form == 1
                              else birth.strftime("%d.%m.%Y") if form == 2
                              else (birth - dt.date(1899, 12, 30)).days)
        cccd_cell: object = int(cccd) if i % 3 == 0 else (cccd if i % 3 == 1 else
                                                         f"{cccd[:3]} {cccd[3:6]} {cccd[6:]}")
        tick = rng.randrange(3)
        name = f"{rng.choice(ho)} {rng.choice(dem)} {rng.choice(ten)}"
        ws.append([i + 1, name.upper() if i % 7 == 0 else name,
                   birth_cell if gender == "M" else None, birth_cell if gender == "F" else None,
                   cccd_cell, rng.choice(depts), "x" if tick == 0 else None,
                   "x" if tick == 1 else None, "✓" if tick == 2 else None,
                   rng.choice(reasons) if tick != 2 else None, None])
    ws.append([None, "Tổng cộng"])
    ws.append([])
    ws.append([None, None, None, None, None, "Bà Rịa, ngày 05 tháng 01 năm 2024"])
    ws.append([None, "Người lập biểu", None, None, None, "GIÁM ĐỐC"])
    wb.save(path)
    return path


def bare_openpyxl_read(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in wb.active.iter_rows(values_only=True):
        cells += len(row)
    wb.close()
    return cells


def full_import(path: Path, db_path: Path, expect: str = "added") -> int:
    """Open the database, import the file; ``expect`` is the count that must equal every
    row read ("added" into an empty database, "unchanged" for the same file again)."""
    from eidroster.services.database import open_database
    from eidroster.services.importer import load_table, run_import

    db = open_database(db_path)
    try:
        result = run_import(db, load_table(path))
        if getattr(result, expect) != result.rows_read or result.rejected:
            raise RuntimeError(f"unexpected import result: {result.as_dict()['rejected'][:3]}")
        return result.rows_read
    finally:
        db.close()


def run(ctx: BenchContext) -> list[Measurement]:
    n = 1_000 if ctx.quick else 10_000
    path = make_messy_xlsx(ctx.workdir / f"messy-{n}.xlsx", n)
    bare = timed(lambda: bare_openpyxl_read(path), repeat=3)
    counter = iter(range(100))

    def once() -> None:
        full_import(path, ctx.workdir / f"import-{next(counter)}.sqlite")  # an empty database

    # the databases exist already (as the user's does); the timed run opens one, reads the
    # file, finds the table, parses, plans, backs up and writes everything in one transaction
    from eidroster.services.database import open_database

    for i in range(3):
        open_database(ctx.workdir / f"import-{i}.sqlite").close()
    whole = timed(once, repeat=3)
    # the same file again into a filled database: every row matched, nothing written
    again = timed(lambda: full_import(path, ctx.workdir / "import-0.sqlite", "unchanged"),
                  repeat=2)
    return [
        Measurement(
            name=f"import {n:,} messy rows (.xlsx → SQLite, end to end)",
            value=whole,
            baseline_name="openpyxl read-only bare read of the same file",
            baseline=bare,
            target="≤ baseline",
        ),
        Measurement(
            name=f"re-import the same {n:,} rows (all matched, unchanged)",
            value=again,
            baseline_name="openpyxl read-only bare read of the same file",
            baseline=bare,
            target="≤ baseline",
        ),
    ]
