"""``encrypt [--passphrase-file F]``: turn on encryption at rest (SQLCipher) for an
existing database; its plain backups are converted too."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "encrypt",
        help="mã hóa CSDL bằng mật khẩu (SQLCipher); sau đó mở bằng --passphrase-file",
    )
    p.add_argument("--new-passphrase-file", metavar="F", dest="new_passphrase_file",
                   help="tệp chứa mật khẩu mới (mặc định: --passphrase-file, hoặc hỏi)")
    p.set_defaults(func=run)


def _prompt() -> str:
    import getpass
    import sys

    from eidroster.domain.errors import InputError

    if not sys.stdin.isatty():
        raise InputError("Cần mật khẩu: dùng --passphrase-file F (tệp chỉ chủ được đọc)")
    first = getpass.getpass("Mật khẩu mới: ")
    second = getpass.getpass("Nhập lại mật khẩu: ")
    if first != second:
        raise InputError("Hai lần nhập mật khẩu không khớp; chưa có gì bị thay đổi")
    return first


def run(ctx) -> int:
    from pathlib import Path

    from eidroster.db.engine import is_url
    from eidroster.domain.errors import InputError
    from eidroster.domain.text import format_int
    from eidroster.services.audit import record_event
    from eidroster.services.database import open_database
    from eidroster.services.privacy import (
        check_passphrase,
        encrypt_database,
        is_encrypted_file,
        read_passphrase_file,
    )

    target = ctx.db_target
    if is_url(target):
        raise InputError("Chỉ mã hóa được CSDL dạng tệp SQLite")
    path = Path(target).expanduser().resolve()
    if not path.exists():
        raise InputError(f"Không tìm thấy cơ sở dữ liệu {path}")
    if is_encrypted_file(path):
        raise InputError(f"Cơ sở dữ liệu {path.name} đã được mã hóa")
    if ctx.args.new_passphrase_file:
        passphrase = read_passphrase_file(ctx.args.new_passphrase_file)
    elif getattr(ctx.args, "passphrase_file", None):
        passphrase = ctx.passphrase
    else:
        passphrase = _prompt()
    check_passphrase(passphrase)
    # bring an old schema forward first (with its own backup), then close everything
    from eidroster.services.backup import backup_before_migration

    open_database(path, before_migrate=backup_before_migration).close()
    ctx.close()
    result = encrypt_database(path, passphrase)
    db = open_database(path, passphrase=passphrase)
    try:
        with db.write() as s:
            record_event(s, "database_encrypted", "database", None,
                         {"backups_converted": result.backups_encrypted})
    finally:
        db.close()
    print(f"Đã mã hóa cơ sở dữ liệu {path} ({format_int(result.employees)} nhân viên).")
    print(f"Bản sao lưu trước khi mã hóa (cũng đã mã hóa): {result.backup}")
    if result.backups_encrypted:
        print(f"Đã mã hóa thêm {format_int(result.backups_encrypted)} bản sao lưu cũ.")
    print("Từ nay hãy mở bằng: python -m eidroster --db "
          f"{path} --passphrase-file <tệp mật khẩu> …  Mất mật khẩu là mất dữ liệu.")
    return 0
