"""argparse in Vietnamese: its own messages ("invalid choice", "the following arguments
are required", "usage:" …) are looked up through :data:`MESSAGES` instead of English.

argparse takes every message it prints through ``gettext``; the module's ``_`` and
``ngettext`` are replaced by lookups in this table (unknown messages stay as they were,
so a new Python version cannot make a message disappear). A test walks argparse's own
source and fails when a message it raises at the user is missing here.
"""

from __future__ import annotations

import argparse
import re

from eidroster.io.files import shown

MESSAGES: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "xem hướng dẫn này rồi thoát",
    "show program's version number and exit": "xem số phiên bản rồi thoát",
    "subcommands": "lệnh",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ (cần %(type)s)",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "expected one argument": "cần đúng một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "ignored explicit argument %r": "tham số này không nhận giá trị %r",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s không rõ: có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}

#: argparse names a type by its function's name ("int"); said in words here
TYPE_NAMES = {"int": "một số nguyên", "float": "một số", "iso_date": "ngày dạng YYYY-MM-DD",
              "str": "một chuỗi"}
#: the longest usage error printed (a pasted megabyte stays out of the terminal)
ERROR_MAX = 400


def translate(message: str) -> str:
    return MESSAGES.get(message, message)


def ntranslate(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak Vietnamese (idempotent)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = ntranslate  # type: ignore[attr-defined]


def clean_error(message: str) -> str:
    """A usage error as printed: types said in words, the user's text without control
    characters and cut short."""
    message = re.sub(r"\(cần (\w+)\)",
                     lambda m: f"(cần {TYPE_NAMES.get(m.group(1), m.group(1))})", message)
    return shown(message, ERROR_MAX)
