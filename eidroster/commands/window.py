"""``python -m eidroster [--db PATH]`` with no command: the window."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("window", help="mở cửa sổ chương trình (mặc định khi không có lệnh)")
    p.set_defaults(func=run_window)


def run_window(ctx) -> int:
    from eidroster.ui.app import run_app

    return run_app(ctx.db_target, lang=ctx.args.lang)
