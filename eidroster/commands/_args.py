"""Argument types shared by commands."""

from __future__ import annotations

import argparse
import datetime as dt


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"ngày '{text[:40]}' không đúng dạng YYYY-MM-DD (ví dụ 2023-11-29)"
        ) from exc
