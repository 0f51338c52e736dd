"""``demo --staff N [--seed S]``: fill the database with generated employees."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="tạo dữ liệu mẫu (người giả, không phải dữ liệu thật)")
    p.add_argument("--staff", type=int, required=True, metavar="N", help="số nhân viên mẫu")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="hạt giống ngẫu nhiên")
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.domain.text import format_int
    from eidroster.services.demo import generate

    result = generate(ctx.open_db(), ctx.args.staff, ctx.args.seed)
    print(
        f"Đã tạo {format_int(result.employees)} nhân viên mẫu và "
        f"{format_int(result.status_changes)} lần cập nhật tình trạng."
    )
    return 0
