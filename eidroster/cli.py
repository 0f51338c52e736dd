"""The command line: ``python -m eidroster [--db PATH] [COMMAND ...]``.

A stable contract (other checks depend on it). Exit status: 0 success, 1 bad input or
a database problem (a Vietnamese message on stderr, nothing changed), 2 wrong usage;
commands may define more (``import``: 3 = some rows rejected).

Each command lives in a module of :mod:`eidroster.commands` with a ``register``
function; Qt is imported only by the commands that draw.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from dataclasses import dataclass, field
from typing import NoReturn

from eidroster import __version__
from eidroster.domain.errors import EidrosterError

log = logging.getLogger("eidroster")


class ArgumentParser(argparse.ArgumentParser):
    """argparse with its usage errors in Vietnamese (exit status 2), the user's text in
    them cleaned of control characters and cut short."""

    def error(self, message: str) -> NoReturn:
        from eidroster.commands._usage_vi import clean_error

        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi cú pháp lệnh: {clean_error(message)}\n")


@dataclass
class Context:
    """What a command gets: the parsed arguments and a lazily opened database."""

    args: argparse.Namespace
    _db: object | None = field(default=None, repr=False)

    @property
    def db_target(self) -> str:
        from eidroster.paths import data_dir, default_db_target

        if getattr(self.args, "demo", False) and not self.args.db:
            return str(data_dir() / "demo.sqlite")
        return self.args.db or default_db_target()

    def open_db(self):  # -> eidroster.services.database.Database
        if self._db is None:
            from eidroster.services.backup import migration_hook
            from eidroster.services.database import open_database

            self._db = open_database(
                self.db_target,
                before_migrate=migration_hook(self.passphrase),
                passphrase=self.passphrase,
            )
            if getattr(self._db, "network", None):
                print(network_notice(self._db.path, self._db.network), file=sys.stderr)
        return self._db

    @property
    def passphrase(self) -> str | None:
        """The SQLCipher key from ``--passphrase-file`` (None: a plain database)."""
        if getattr(self.args, "passphrase", None) is not None:
            return self.args.passphrase
        source = getattr(self.args, "passphrase_file", None)
        if not source:
            return None
        from eidroster.services.privacy import read_passphrase_file

        self.args.passphrase = read_passphrase_file(source)
        return self.args.passphrase

    def close(self) -> None:
        if self._db is not None:
            self._db.close()  # type: ignore[attr-defined]
            self._db = None


def network_notice(path, fs: str) -> str:
    return (f"Lưu ý: cơ sở dữ liệu {path} nằm trên thư mục mạng ({fs}), nên được mở ở chế độ "
            "nhật ký thường (không dùng WAL) để tránh hỏng dữ liệu. Nếu nhiều máy cùng dùng "
            "một tệp, hãy chuyển sang máy chủ PostgreSQL (--db postgresql://…).")


def command_modules() -> list[str]:
    import eidroster.commands as pkg

    return sorted(
        f"{pkg.__name__}.{m.name}" for m in pkgutil.iter_modules(pkg.__path__)
        if not m.ispkg and not m.name.startswith("_")
    )


def build_parser() -> ArgumentParser:
    from eidroster.commands._usage_vi import install

    install()
    parser = ArgumentParser(
        prog="eidroster",
        description="eidroster — theo dõi định danh điện tử mức 2 của cán bộ, viên chức đơn vị",
    )
    parser.add_argument("--version", action="version", version=f"eidroster {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="tệp cơ sở dữ liệu (hoặc URL postgresql://…); mặc định: $EIDROSTER_DB "
        "hoặc thư mục dữ liệu của người dùng",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="dùng CSDL mẫu demo.sqlite trong thư mục dữ liệu (tạo 800 người giả nếu chưa có)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="tệp chứa mật khẩu của CSDL đã mã hóa (xem lệnh encrypt); chỉ chủ tệp được đọc",
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), default=None, help="ngôn ngữ giao diện (mặc định: vi)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="kiểm tra chương trình: tạo CSDL tạm, lập mọi báo cáo, vẽ cửa sổ (không cần màn hình)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    for name in command_modules():
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for option in ("db", "passphrase_file"):
        value = getattr(args, option, None)
        if value is not None and not value.strip():
            parser.error(f"--{option.replace('_', '-')} cần một đường dẫn tệp, không được để trống")
    ctx = Context(args)
    try:
        if args.demo:
            _ensure_demo(ctx)
        if args.self_test:
            from eidroster.selftest import run_self_test

            return run_self_test(args)
        if args.command is None:
            from eidroster.commands.window import run_window

            return run_window(ctx)
        return int(args.func(ctx) or 0)
    except EidrosterError as exc:
        print(f"Lỗi: {printable(exc.message)}", file=sys.stderr)
        _print_recovery_hint(ctx, exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu; không có thay đổi dở dang nào được lưu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # noqa: BLE001 - the last resort: never a traceback
        if type(exc).__name__ == "LayoutError":  # reportlab: a text too big for the page
            return _layout_error(ctx)
        from eidroster.commands._crash import report

        return report(exc, getattr(args, "command", None), argv if argv is not None else sys.argv[1:])
    finally:
        try:
            ctx.close()
        except Exception:  # noqa: BLE001 - closing must not hide what happened
            pass


def printable(message: str) -> str:
    """A message as printed: no control characters but line breaks, no endless line."""
    from eidroster.io.files import shown

    lines = message.splitlines() or [""]
    return "\n".join(shown(line, 2000) for line in lines[:60])


def _layout_error(ctx: Context) -> int:
    """A report whose unit details do not fit the page: name the setting to shorten."""
    try:
        from eidroster.services.settings import get_settings, longest_setting

        key, label = longest_setting(get_settings(ctx.open_db()))
        where = (f" Thông tin dài nhất so với giới hạn là «{label}» ({key}); hãy rút gọn bằng "
                 f"lệnh: python -m eidroster settings set {key} \"…\" hoặc trong cửa sổ "
                 "Thông tin đơn vị.")
    except Exception:  # noqa: BLE001 - the message must still be shown
        where = " Hãy rút gọn các thông tin đơn vị (tên đơn vị, nơi nhận, người ký)."
    print("Lỗi: không dàn được trang báo cáo: một thông tin đơn vị quá dài để vừa trang A4; "
          "chưa ghi tệp nào." + where, file=sys.stderr)
    return 1


def _print_recovery_hint(ctx: Context, exc: EidrosterError) -> None:
    """A damaged database: name the latest good backup and the command restoring it."""
    from eidroster.domain.errors import StorageError

    if not isinstance(exc, StorageError) or getattr(ctx.args, "command", None) == "restore":
        return
    try:
        from eidroster.services.restore import damaged_database_hint

        hint = damaged_database_hint(ctx.db_target, exc.message, getattr(ctx.args, "passphrase", None))
    except Exception:  # noqa: BLE001 - a hint must never hide the real message
        return
    if hint:
        print(hint, file=sys.stderr)


def _ensure_demo(ctx: Context) -> None:
    """The demo database: created with generated people the first time it is asked for."""
    from eidroster.services.database import count_rows
    from eidroster.services.demo import generate

    db = ctx.open_db()
    if count_rows(db, "employees") == 0:
        generate(db, 800, seed=1)
    else:  # a demo file made by an earlier version: its unit details too (fictional)
        from eidroster.services.report_inputs import set_example_unit_details

        set_example_unit_details(db)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
