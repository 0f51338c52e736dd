"""``purge [--dry-run]``: blank the personal data of people who left longer ago than the
retention period (``retention_months``, 24 by default; ``retention_days`` when set);
the anonymous history past reports need is kept."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from eidroster.commands._args import iso_date

    p = sub.add_parser(
        "purge",
        help="xóa họ tên, ngày sinh, số định danh… của người đã nghỉ việc quá thời hạn lưu "
             "trữ (retention_months, mặc định 24 tháng; hoặc retention_days)",
    )
    p.add_argument("--dry-run", action="store_true", help="chỉ đếm, không xóa")
    p.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.domain.text import format_date, format_int
    from eidroster.services.retention import purge_leavers

    result = purge_leavers(ctx.open_db(), today=ctx.args.today, dry_run=ctx.args.dry_run)
    if result.cutoff is None:
        print("Quy định lưu trữ đang tắt (retention_months = 0): dữ liệu người đã nghỉ việc "
              "được giữ, không xóa gì. Bật lại bằng: settings set retention_months 24")
        return 0
    n = format_int(result.count)
    when = format_date(result.cutoff)
    period = result.rule.text()
    if result.dry_run:
        print(f"Sẽ xóa dữ liệu cá nhân của {n} người nghỉ việc từ ngày {when} trở về trước "
              f"(thời hạn lưu trữ {period}). Chưa xóa gì (--dry-run).")
    else:
        print(f"Đã xóa họ tên, ngày sinh, giới tính, số định danh, chức danh của {n} người "
              f"nghỉ việc từ ngày {when} trở về trước (thời hạn lưu trữ {period}); số liệu "
              "các báo cáo cũ giữ nguyên.")
        if result.backup:
            print(f"Bản sao lưu ngay trước khi xóa: {result.backup} "
                  "(chỉ giữ bản gần nhất; hãy xóa nó khi không còn cần)")
    return 0
