"""The last resort: an error nobody foresaw never reaches the user as a traceback.

The details go to a log file in the data folder (``logs/``), written so that it holds no
personal data: the program's version, the platform, the command's name and the names of
its options (never their values, which are file names and texts of the user), the
exception's type and the stack's file/line/function names — never the exception's
message or any variable (either could hold a name or a CCCD). The user gets a Vietnamese
message with that file's path.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

#: log files kept (the oldest are deleted)
KEEP = 20


def _log_folder() -> Path:
    from eidroster.paths import data_dir, make_private_dir

    try:
        return make_private_dir(data_dir() / "logs")
    except OSError:
        return Path(tempfile.gettempdir())


def describe(exc: BaseException, command: str | None, argv: list[str] | None) -> str:
    """The log text: no message, no value, no variable."""
    from eidroster import __version__

    options = sorted({a.split("=", 1)[0] for a in (argv or [])
                      if a.startswith("--") and a.split("=", 1)[0][2:].replace("-", "").isalnum()})
    lines = [
        f"eidroster {__version__} — lỗi ngoài dự kiến / unexpected error",
        f"thời điểm / time: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"lệnh / command: {command or '(cửa sổ / window)'}; tùy chọn / options: "
        f"{' '.join(options) or '-'}",
        "",
    ]
    chain: list[BaseException] = []
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    for item in reversed(chain):
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """Paths inside the program, not the user's folders (which may carry a name)."""
    parts = Path(filename).parts
    for anchor in ("eidroster", "site-packages", "lib"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[i:])
    return Path(filename).name


def write_log(exc: BaseException, command: str | None, argv: list[str] | None) -> Path | None:
    folder = _log_folder()
    name = f"eidroster-loi-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
    path = folder / name
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(describe(exc, command, argv))
    except OSError:
        return None
    _rotate(folder)
    return path


def _rotate(folder: Path) -> None:
    logs = sorted(folder.glob("eidroster-loi-*.log"))
    for old in logs[:-KEEP]:
        try:
            old.unlink()
        except OSError:
            pass


def report(exc: BaseException, command: str | None, argv: list[str] | None) -> int:
    """Log ``exc`` and tell the user; the exit status (1)."""
    path = write_log(exc, command, argv)
    where = (f"Chi tiết kỹ thuật (không có dữ liệu cá nhân) đã được ghi vào tệp {path}; "
             "hãy gửi tệp này cho người hỗ trợ.") if path else (
             "Không ghi được tệp nhật ký lỗi.")
    print("Lỗi: chương trình gặp sự cố ngoài dự kiến nên đã dừng lệnh này. Mọi thay đổi dở "
          "dang trong cơ sở dữ liệu đã được hủy, dữ liệu đã lưu trước đó vẫn nguyên vẹn. "
          + where, file=sys.stderr)
    return 1
