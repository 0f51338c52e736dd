"""Every file the program reads or writes on the user's word passes here first.

A path given by a user may name anything: a named pipe (reading it waits for a writer
that never comes), a device (``/dev/zero`` never ends), a folder, a socket. Inputs must
be regular files no bigger than the limit of their kind; outputs must be a regular file
or a new name in an existing folder. The check is made before anything is opened for
real, with ``O_NONBLOCK`` so that even the check cannot wait on a pipe.

Messages are Vietnamese and name the path, shown through :func:`shown` (no control
characters, cut to a sensible length).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from eidroster.domain.errors import InputError

KB, MB = 1024, 1024 * 1024
#: limits by kind of input (bytes); a file over its limit is refused before it is read
LIMIT_SECRET = 64 * KB  # a passphrase / password file: a line, never megabytes
LIMIT_SPREADSHEET = 512 * MB  # an import or aggregate input (zip bombs are checked inside)
LIMIT_DATABASE = 16 * 1024 * MB  # a backup to restore (100k people is ~60 MB)

#: the longest text of the user's shown back in a message
SHOWN_MAX = 120
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def shown(text: object, limit: int = SHOWN_MAX) -> str:
    """User text as it may appear in a message: control characters (terminal escape
    sequences, bidi overrides, NUL) replaced by "?", at most ``limit`` characters."""
    value = _CONTROL.sub("?", str(text))
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return value


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "một thư mục"
    if stat.S_ISFIFO(mode):
        return "một đường ống (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "một thiết bị"
    if stat.S_ISSOCK(mode):
        return "một socket"
    return "không phải tệp thông thường"


def check_input(path: str | os.PathLike[str], what: str, limit: int) -> int:
    """Prove ``path`` is a readable regular file of at most ``limit`` bytes, without
    ever waiting (a pipe or a device is refused, not opened). Returns its size.
    ``what`` names the kind of file in the message ("tệp nhập", "tệp mật khẩu" …)."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError as exc:
        raise InputError(f"Không tìm thấy {what} {shown(p)}") from exc
    except PermissionError as exc:
        raise InputError(f"Không có quyền đọc {what} {shown(p)}") from exc
    except OSError as exc:
        raise InputError(f"Không đọc được {what} {shown(p)}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{shown(p)} là {_kind(st.st_mode)}, không phải {what}")
    if st.st_size > limit:
        raise InputError(f"{what.capitalize()} {shown(p)} quá lớn "
                         f"({_size(st.st_size)}; tối đa {_size(limit)})")
    try:  # the file may have changed between stat and open: look again at what was opened
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError as exc:
        raise InputError(f"Không có quyền đọc {what} {shown(p)}") from exc
    except OSError as exc:
        raise InputError(f"Không đọc được {what} {shown(p)}") from exc
    try:
        st = os.fstat(fd)
    finally:
        os.close(fd)
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{shown(p)} là {_kind(st.st_mode)}, không phải {what}")
    return st.st_size


def read_input(path: str | os.PathLike[str], what: str, limit: int) -> bytes:
    """The bytes of a checked input file (never more than ``limit``)."""
    check_input(path, what, limit)
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"Không đọc được {what} {shown(p)}") from exc
    if len(data) > limit:  # it grew since it was checked
        raise InputError(f"{what.capitalize()} {shown(p)} quá lớn (tối đa {_size(limit)})")
    return data


def check_output(path: str | os.PathLike[str], what: str = "tệp") -> Path:
    """``path`` may be written: a regular file (replaced) or a new name in an existing
    folder. A folder, pipe or device there is refused before any work is done."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        folder = p.parent if str(p.parent) else Path(".")
        if not folder.is_dir():
            raise InputError(
                f"Không ghi được {what} {shown(p)}: thư mục {shown(folder)} không tồn tại"
            ) from None
        return p
    except OSError as exc:
        raise InputError(f"Không ghi được {what} {shown(p)}: {describe_errno(exc)}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"Không ghi được {what} {shown(p)}: đó là {_kind(st.st_mode)}")
    return p


def describe_errno(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "không có quyền"
    if exc.errno == errno.ENAMETOOLONG:
        return "tên quá dài"
    if exc.errno == errno.ENOTDIR:
        return "một phần của đường dẫn không phải thư mục"
    return f"lỗi đọc/ghi ({exc.strerror or exc.errno})"


def _size(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.0f} MB".replace(".", ",")
    if n >= KB:
        return f"{n / KB:.0f} KB"
    return f"{n} byte"
