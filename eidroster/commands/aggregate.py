"""``aggregate OUT.xlsx IN... [--pdf OUT.pdf] [--as-of D] [--json]``: the agency's
Phụ lục I from its units' Phụ lục III files (or a hand-made Phụ lục I table, checked)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eidroster.commands._args import iso_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "aggregate",
        help="tổng hợp Phụ lục III của các đơn vị thành Phụ lục I (kiểm tra số liệu)",
        description=(
            "Đọc Phụ lục III của các đơn vị (tệp của eidroster hoặc tự lập, cùng các cột) "
            "hoặc một bảng kiểu Phụ lục I, kiểm tra từng dòng và dòng TỔNG CỘNG theo hai quy "
            "tắc của báo cáo, rồi ghi Phụ lục I: mỗi đơn vị một dòng, TỔNG CỘNG, Thống kê "
            "toàn ngành. Những chỗ không khớp được liệt kê trong tệp và trên màn hình."
        ),
    )
    p.add_argument("output", metavar="OUT.xlsx", help="tệp Phụ lục I sẽ ghi (.xlsx)")
    p.add_argument("inputs", metavar="IN", nargs="+",
                   help="các tệp Phụ lục III của đơn vị, hoặc một bảng Phụ lục I (.xlsx/.xls/.ods/.csv)")
    p.add_argument("--pdf", metavar="OUT.pdf", help="ghi thêm bản PDF")
    p.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                   help="ngày tổng hợp (mặc định: ngày ghi trong các tệp, hoặc hôm nay)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=run)


def _check_suffix(path: str, suffix: str) -> None:
    from eidroster.domain.errors import InputError

    if Path(path).suffix.lower() != suffix:
        raise InputError(f"Tên tệp {Path(path).name} phải có đuôi {suffix}")


def _settings(ctx) -> dict[str, str]:
    """The agency's own settings (header, signer) when it has a database; else defaults."""
    from eidroster.db.engine import is_url
    from eidroster.services.settings import SETTINGS, get_settings

    target = ctx.db_target
    if ctx.args.db or ctx.args.demo or is_url(target) or Path(target).exists():
        return get_settings(ctx.open_db())
    return {d.key: d.default for d in SETTINGS}


def run(ctx) -> int:
    from eidroster.domain.aggregate import format_rate
    from eidroster.domain.text import format_date, format_int
    from eidroster.services.agency import merge_files, write_outputs

    args = ctx.args
    _check_suffix(args.output, ".xlsx")
    if args.pdf:
        _check_suffix(args.pdf, ".pdf")
    result = merge_files(args.inputs, args.as_of)
    write_outputs(result, args.output, args.pdf, _settings(ctx))
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return 0
    t = result.total
    print(f"Phụ lục I tính đến ngày {format_date(result.as_of)}: {len(result.units)} đơn vị, "
          f"{format_int(t.total)} nhân viên; chưa định danh {format_int(t.none)}, mức 1 "
          f"{format_int(t.level1)}, mức 2 {format_int(t.level2)} "
          f"({format_rate(t.level2, t.total)}); chưa mức 2 có lý do {format_int(t.with_reason)}, "
          f"không có lý do {format_int(t.without_reason)}.")
    written = [args.output] + ([args.pdf] if args.pdf else [])
    print("Đã ghi: " + ", ".join(written))
    if result.problems:
        print(f"\n{len(result.problems)} chỗ không khớp:")
        for p in result.problems:
            print(f"- {p.describe()}")
    else:
        print("Số liệu của mọi đơn vị khớp hai quy tắc của báo cáo.")
    return 0
