"""``backup OUT``: a consistent copy of the database (SQLite's online backup)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup", help="sao lưu cơ sở dữ liệu ra một tệp (chạy được khi chương trình đang mở)"
    )
    p.add_argument("out", metavar="OUT", help="tệp sao lưu (.sqlite) hoặc thư mục chứa nó")
    p.set_defaults(func=run)


def run(ctx) -> int:
    from pathlib import Path

    from eidroster.domain.text import format_int
    from eidroster.services.backup import backup_to
    from eidroster.services.database import count_rows

    db = ctx.open_db()
    made = backup_to(db, Path(ctx.args.out))  # its checks are shared with the window's
    people = count_rows(db, "employees")
    note = " (đã mã hóa, cùng mật khẩu)" if db.passphrase else ""
    print(f"Đã sao lưu {format_int(people)} nhân viên vào {made}{note}")
    return 0
