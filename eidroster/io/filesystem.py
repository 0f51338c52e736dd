"""Is a file on a network file system?

SQLite's WAL mode needs shared memory between every program that opens the database,
which a network file system cannot give: two computers using one file on a Windows
share or NFS in WAL mode can corrupt it or read stale data. The engine therefore opens a
database found on a network file system with a rollback journal (``journal_mode=DELETE``),
which works through the file system's locks. Detection:

- Linux: the file system type of the mount holding the file, from
  ``/proc/self/mountinfo`` (nfs, nfs4, cifs, smb3, 9p, ceph, fuse.* …);
- Windows: a UNC path (``\\\\server\\share\\…``) or a drive whose type is
  ``DRIVE_REMOTE`` (a mapped network drive), from ``GetDriveTypeW``;
- elsewhere: unknown, treated as local.

The two sources are parameters (``mounts``, ``drive_type``) so tests inject them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "9p", "afs", "ceph",
    "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "coda", "beegfs", "virtiofs",
})
DRIVE_REMOTE = 4


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs of a ``/proc/self/mountinfo`` text."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields, tail = left.split(), right.split()
        if len(fields) >= 5 and tail:
            mounts.append((_unescape(fields[4]), tail[0]))
    return mounts


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
            return parse_mountinfo(fh.read())
    except OSError:
        return []


def filesystem_type(path: str | os.PathLike[str],
                    mounts: list[tuple[str, str]] | None = None) -> str | None:
    """The type of the file system holding ``path`` (Linux), or None when unknown."""
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return None
        mounts = _linux_mounts()
    target = Path(os.path.abspath(path))
    best, best_len = None, -1
    for point, fstype in mounts:
        p = Path(point)
        if (target == p or p in target.parents) and len(point) > best_len:
            best, best_len = fstype, len(point)
    return best


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def network_filesystem(
    path: str | os.PathLike[str], *,
    mounts: list[tuple[str, str]] | None = None,
    windows: bool | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """A short name of the network file system holding ``path`` ("nfs4", "cifs",
    "UNC", "ổ đĩa mạng" …), or None when it is local or cannot be told."""
    if windows is None:
        windows = os.name == "nt"
    if windows:
        wp = PureWindowsPath(os.fspath(path))
        if wp.drive.startswith(("\\\\", "//")) and not wp.drive.startswith(("\\\\?\\", "\\\\.\\")):
            return "UNC"
        if wp.drive.upper().startswith("\\\\?\\UNC\\"):
            return "UNC"
        if len(wp.drive) == 2 and wp.drive[1] == ":":
            try:
                kind = (drive_type or _windows_drive_type)(wp.drive + "\\")
            except (OSError, AttributeError, ValueError):
                return None
            if kind == DRIVE_REMOTE:
                return "ổ đĩa mạng"
        return None
    fstype = filesystem_type(path, mounts)
    if fstype is None:
        return None
    base = fstype.split(".", 1)[0].lower()
    if base in NETWORK_TYPES or base in ("fuse", "fuseblk") and fstype.lower() != "fuseblk":
        return fstype
    return None
