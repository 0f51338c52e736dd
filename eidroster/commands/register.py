"""``register [--json]``: the register of Phụ lục III reports sent — each export's
as-of date, when, file, SHA-256, totals, and whether that date's numbers are still the
same today (``matches_now``)."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("register", help="sổ các báo cáo Phụ lục III đã xuất (đã gửi), và số "
                       "liệu của ngày đó nay còn khớp không")
    p.add_argument("--json", action="store_true",
                   help='in JSON: [{"as_of", "exported_at", "file", "sha256", "total", '
                   '"level2", "matches_now"}]')
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.services.register import register_lines, register_report

    entries = register_report(ctx.open_db())
    if ctx.args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("Chưa xuất Phụ lục III nào.")
        return 0
    for line in register_lines(entries):
        print(line)
    return 0
