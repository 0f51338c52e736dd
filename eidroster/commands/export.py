"""``export phu-luc-iii|phu-luc-iv|summary|submission``: the reports, from the command line.

    python -m eidroster --db PATH export phu-luc-iii OUT.xlsx|OUT.pdf [--as-of YYYY-MM-DD]
    python -m eidroster --db PATH export phu-luc-iv OUT.xlsx|OUT.pdf [--as-of D] [--password-file F]
    python -m eidroster --db PATH export summary OUT.pdf [--as-of D] [--target YYYY-MM-DD]
    python -m eidroster --db PATH export submission DIR [--as-of D] [--ascii]

The format follows the file's extension. Exit status: 0 written, 1 bad input or a
storage problem (Vietnamese message, no file half-written), 2 wrong usage.
"""

from __future__ import annotations

import argparse

from eidroster.commands._args import iso_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="lập báo cáo: Phụ lục III, Phụ lục IV, báo cáo nhanh, "
                       "bộ hồ sơ gửi iDesk")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True,
                             parser_class=type(p))

    def as_of(q: argparse.ArgumentParser) -> None:
        q.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                       help="số liệu tính đến ngày (mặc định hôm nay)")

    q = kinds.add_parser("phu-luc-iii", help="Phụ lục III (số liệu tổng hợp, không có tên "
                         "người): .xlsx hoặc .pdf")
    q.add_argument("out", metavar="OUT.xlsx|OUT.pdf")
    as_of(q)
    q.set_defaults(func=run_phu_luc_iii)

    q = kinds.add_parser("phu-luc-iv", help="Phụ lục IV (MẬT: danh sách người chưa định danh "
                         "mức 2): .xlsx hoặc .pdf")
    q.add_argument("out", metavar="OUT.xlsx|OUT.pdf")
    as_of(q)
    q.add_argument("--password-file", metavar="F",
                   help="mã hóa tệp bằng mật khẩu ở dòng đầu của tệp F")
    q.set_defaults(func=run_phu_luc_iv)

    q = kinds.add_parser("summary", help="báo cáo nhanh cho lãnh đạo (.pdf)")
    q.add_argument("out", metavar="OUT.pdf")
    as_of(q)
    q.add_argument("--target", type=iso_date, metavar="YYYY-MM-DD",
                   help="ngày phải đạt 100%% (mặc định: thiết lập target_date)")
    q.set_defaults(func=run_summary)

    q = kinds.add_parser("submission", help="thư mục hồ sơ gửi iDesk: Phụ lục III .xlsx + .pdf "
                         "(không bao giờ có Phụ lục IV)")
    q.add_argument("folder", metavar="DIR")
    as_of(q)
    q.add_argument("--ascii", action="store_true",
                   help="tên tệp không dấu, chỉ chữ, số, '-' và '_'")
    q.set_defaults(func=run_submission)


def run_phu_luc_iii(ctx) -> int:
    from eidroster.domain.text import format_int
    from eidroster.reports.exports import export_phu_luc_iii, report_format

    report_format(ctx.args.out, ("xlsx", "pdf"))
    result = export_phu_luc_iii(ctx.open_db(), ctx.args.out, ctx.args.as_of)
    print(f"Đã ghi Phụ lục III ({format_int(result.rows)} khoa/phòng): {result.path}")
    return 0


def run_phu_luc_iv(ctx) -> int:
    from eidroster.domain.text import format_int
    from eidroster.reports.exports import export_phu_luc_iv, read_password_file, report_format

    report_format(ctx.args.out, ("xlsx", "pdf"))
    password = read_password_file(ctx.args.password_file) if ctx.args.password_file else None
    result = export_phu_luc_iv(ctx.open_db(), ctx.args.out, ctx.args.as_of, password=password)
    state = "đã mã hóa bằng mật khẩu" if result.encrypted else "KHÔNG mã hóa"
    print(f"Đã ghi Phụ lục IV (MẬT, {format_int(result.rows)} người, {state}): {result.path}")
    print("Chỉ gửi Phụ lục IV qua thư điện tử cho cán bộ tổng hợp, không gửi qua iDesk.")
    return 0


def run_summary(ctx) -> int:
    from eidroster.reports.exports import export_summary, report_format

    report_format(ctx.args.out, ("pdf",))
    result = export_summary(ctx.open_db(), ctx.args.out, ctx.args.as_of, target=ctx.args.target)
    print(f"Đã ghi báo cáo nhanh: {result.path}")
    return 0


def run_submission(ctx) -> int:
    from eidroster.reports.exports import export_submission

    paths = export_submission(ctx.open_db(), ctx.args.folder, ctx.args.as_of,
                              ascii_names=ctx.args.ascii)
    print("Đã ghi hồ sơ gửi iDesk (Phụ lục III):")
    for path in paths:
        print(f"  {path}")
    return 0
