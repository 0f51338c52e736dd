"""``screenshot DIR``: draw the main screens offscreen to PNG files (1366×768), for the
README, the user guide and for checking what users see."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "screenshot",
        help="vẽ các màn hình chính ra tệp PNG (không cần màn hình thật)",
    )
    p.add_argument("dir", metavar="DIR", help="thư mục lưu ảnh")
    p.set_defaults(func=run)


def run(ctx) -> int:
    import os
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from eidroster.domain.errors import StorageError
    from eidroster.ui.screens import render_screens

    out = Path(ctx.args.dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Không tạo được thư mục {out}") from exc
    files = render_screens(ctx.open_db(), out, lang=ctx.args.lang)
    for f in files:
        print(f)
    return 0
