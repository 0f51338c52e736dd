"""``purge [--dry-run]``: blank the personal data of people who left more than
``retention_days`` ago (anonymous counts for past reports are kept)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from eidroster.commands._args import iso_date

    p = sub.add_parser(
        "purge",
        help="xóa họ tên, ngày sinh, CCCD của người đã nghỉ quá số ngày lưu giữ (retention_days)",
    )
    p.add_argument("--dry-run", action="store_true", help="chỉ đếm, không xóa")
    p.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.domain.text import format_date, format_int
    from eidroster.services.privacy import purge_leavers

    result = purge_leavers(ctx.open_db(), today=ctx.args.today, dry_run=ctx.args.dry_run)
    if result.cutoff is None:
        print("Thiết lập retention_days = 0: dữ liệu người đã nghỉ được giữ mãi, không xóa gì. "
              "Đặt số ngày bằng: settings set retention_days N")
        return 0
    n = format_int(result.count)
    when = format_date(result.cutoff)
    if result.dry_run:
        print(f"Sẽ xóa dữ liệu cá nhân của {n} người nghỉ việc từ ngày {when} trở về trước "
              f"(giữ {result.retention_days} ngày). Chưa xóa gì (--dry-run).")
    else:
        print(f"Đã xóa họ tên, ngày sinh, giới tính, CCCD của {n} người nghỉ việc từ ngày "
              f"{when} trở về trước; số liệu các báo cáo cũ giữ nguyên.")
        if result.backup:
            print(f"Bản sao lưu ngay trước khi xóa: {result.backup} "
                  "(chỉ giữ bản gần nhất; hãy xóa nó khi không còn cần)")
    return 0
