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
    import datetime as dt
    from pathlib import Path

    from eidroster.domain.errors import InputError
    from eidroster.domain.text import format_int
    from eidroster.io.files import check_output, shown
    from eidroster.services.backup import online_backup
    from eidroster.services.database import count_rows
    from eidroster.services.privacy import record_export

    db = ctx.open_db()
    if db.path is None:
        raise InputError(
            "CSDL trên máy chủ PostgreSQL: hãy sao lưu bằng công cụ của máy chủ (pg_dump)"
        )
    out = Path(ctx.args.out).expanduser()
    if out.is_dir():
        out = out / f"{db.path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
    if out.resolve() == db.path:
        raise InputError("Tệp sao lưu không được trùng với cơ sở dữ liệu đang dùng")
    if not out.parent.is_dir():
        raise InputError(f"Thư mục {shown(out.parent)} không tồn tại")
    check_output(out, "tệp sao lưu")  # a pipe or a device there: refused, never waited on
    if out.exists():  # replace an older backup, never some other file by mistake
        from eidroster.services.restore import check_database_file

        try:
            check_database_file(out, db.passphrase)
        except InputError:
            raise InputError(
                f"Tệp {shown(out.name)} đã có và không phải bản sao lưu eidroster; hãy chọn tên khác"
            ) from None
    made = online_backup(db.path, out.resolve(), passphrase=db.passphrase)
    people = count_rows(db, "employees")
    record_export(db, "backup", made, people)
    note = " (đã mã hóa, cùng mật khẩu)" if db.passphrase else ""
    print(f"Đã sao lưu {format_int(people)} nhân viên vào {made}{note}")
    return 0
