"""Atomic file writing: a failed or interrupted write never leaves a half file under the
target name, and never damages the file that was there before."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from eidroster.domain import cancel
from eidroster.domain.errors import InputError, StorageError
from eidroster.io.files import check_output, shown


def describe_os_error(exc: OSError, path: Path) -> str:
    """A Vietnamese message for a failed write, naming the file (never its content)."""
    path = shown(path)  # type: ignore[assignment]
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return f"Không ghi được {path}: ổ đĩa đã đầy"
    if exc.errno == errno.EFBIG:
        return f"Không ghi được {path}: tệp vượt quá kích thước cho phép"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Không ghi được {path}: không có quyền ghi vào thư mục này (chỉ đọc)"
    if exc.errno == errno.ENOENT:
        return f"Không ghi được {path}: thư mục không tồn tại"
    if exc.errno == errno.EISDIR:
        return f"Không ghi được {path}: đó là một thư mục"
    if exc.errno == errno.ENAMETOOLONG:
        return f"Không ghi được {path}: tên tệp quá dài"
    return f"Không ghi được {path}: lỗi đọc/ghi ({exc.strerror or exc.errno})"


def ensure_folder(path: str | os.PathLike[str]) -> Path:
    """The folder ``path``, made with its parents when missing; StorageError (named, in
    Vietnamese) when it cannot be, or when a file stands there."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise StorageError(f"{folder} không phải là thư mục")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, folder)) from exc
    return folder


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    Usage::

        with atomic_path(out) as tmp:
            workbook.save(tmp)
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"Không ghi được {shown(target)}: thư mục {shown(folder)} không tồn tại")
    try:  # a folder, pipe or device under the target's name: refused before any work
        check_output(target)
    except InputError as exc:
        raise StorageError(exc.message) from exc
    try:
        # the temporary name fits the 255-byte limit even when the target's name uses it all
        stem = target.name.encode("utf-8")[:120].decode("utf-8", errors="ignore")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        # Cancel pressed while it was written: the old file stays as it was; past here
        # the task runs to its end (a list's audit entry follows its file)
        cancel.commit_point()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass


def write_atomic(target: str | os.PathLike[str], writer: Callable[[Path], None]) -> Path:
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> Path:
    return write_atomic(target, lambda p: p.write_bytes(data))


def save_workbook_atomic(workbook, target: str | os.PathLike[str]) -> Path:
    """An openpyxl workbook written atomically. It is built in memory first: saving
    straight to a file that fails half-way (a full disk) leaves openpyxl's zip archive
    open, and its clean-up then prints a traceback on the way out."""
    import io

    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_bytes_atomic(target, buffer.getvalue())
