"""``restore IN``: replace the database with a checked backup (the old one is kept)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore",
        help="khôi phục CSDL từ một bản sao lưu (kiểm tra trước, giữ lại CSDL cũ làm bản sao lưu)",
    )
    p.add_argument("source", metavar="IN", help="tệp sao lưu .sqlite")
    p.add_argument("--check-only", action="store_true",
                   help="chỉ kiểm tra tệp sao lưu, không khôi phục")
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.db.engine import is_url
    from eidroster.domain.errors import InputError
    from eidroster.domain.text import format_int
    from eidroster.services.audit import record_event
    from eidroster.services.restore import check_database_file, restore_database

    target = ctx.db_target
    if is_url(target):
        raise InputError(
            "CSDL trên máy chủ PostgreSQL: hãy khôi phục bằng công cụ của máy chủ (pg_restore)"
        )
    passphrase = ctx.passphrase
    if ctx.args.check_only:
        check = check_database_file(ctx.args.source, passphrase)
        print(f"Tệp hợp lệ: cấu trúc v{check.schema_version}, "
              f"{format_int(check.employees)} nhân viên.")
        return 0
    ctx.close()  # no engine of ours may hold the file being replaced
    result = restore_database(target, ctx.args.source, passphrase=passphrase)
    db = ctx.open_db()
    with db.write() as s:
        record_event(s, "database_restored", "database", None, {
            "from": str(result.restored_from),
            "previous_kept_as": str(result.previous_backup) if result.previous_backup else None,
            "employees": result.check.employees,
            "audit_carried": result.audit_carried,
        })
    print(f"Đã khôi phục {format_int(result.check.employees)} nhân viên từ {result.restored_from}.")
    if result.audit_carried:
        print(f"Đã giữ {format_int(result.audit_carried)} mục nhật ký thao tác ghi sau bản sao "
              "lưu (nhật ký không bị mất khi khôi phục).")
    if result.previous_backup:
        print(f"CSDL trước khi khôi phục được giữ tại {result.previous_backup}")
    return 0
