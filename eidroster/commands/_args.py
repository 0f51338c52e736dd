"""Argument types shared by commands."""

from __future__ import annotations

import argparse
import datetime as dt

#: dates a report or a target can be for: a register of staff has nothing before 1900
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


def iso_date(text: str) -> dt.date:
    from eidroster.io.files import shown

    try:
        value = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"ngày '{shown(text, 40)}' không đúng dạng YYYY-MM-DD (ví dụ 2023-11-29)"
        ) from exc
    if not EARLIEST <= value <= LATEST:
        raise argparse.ArgumentTypeError(
            f"ngày {value:%d/%m/%Y} nằm ngoài khoảng chương trình nhận "
            f"({EARLIEST:%d/%m/%Y} – {LATEST:%d/%m/%Y})"
        )
    return value
