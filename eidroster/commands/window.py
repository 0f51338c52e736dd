"""``python -m eidroster [--db PATH]`` with no command: the window."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("window", help="mở cửa sổ chương trình (mặc định khi không có lệnh)")
    p.set_defaults(func=run_window)


def run_window(ctx) -> int:
    import os
    import sys

    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        print("Lỗi: không có màn hình để mở cửa sổ (biến DISPLAY/WAYLAND_DISPLAY trống). "
              "Hãy chạy trên máy có giao diện đồ họa; các lệnh như summary, import, export "
              "vẫn dùng được ở đây.", file=sys.stderr)
        return 1
    from eidroster.ui.app import run_app

    return run_app(ctx.db_target, lang=ctx.args.lang)
