"""Whether a secret file (a database passphrase) can be read by anyone but its owner, on
POSIX and on Windows, from the same code.

POSIX: the group and other permission bits. Windows: the file's access-control list, read
with the Win32 security API (``GetNamedSecurityInfoW``) through ctypes: every "allow" entry
that grants reading to someone other than the owner, SYSTEM or the Administrators (who can
read every file anyway) counts. The API sits behind :class:`WindowsSecurity` so that the
decision, :func:`readers_besides_owner`, is tested on any machine with the entries a
Windows file would have; the ctypes part runs only on Windows.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

EVERYONE = "S-1-1-0"
#: principals that may read any file of the user anyway: not a leak of this one
TRUSTED_SIDS = frozenset({
    "S-1-5-18",  # LOCAL SYSTEM
    "S-1-5-32-544",  # BUILTIN\Administrators
    "S-1-3-4",  # OWNER RIGHTS
})
ACCESS_ALLOWED = 0
ACCESS_DENIED = 1
INHERIT_ONLY = 0x08  # an entry only for the files a folder will hold, not for itself
#: access bits that let a principal read the file's content
READ_BITS = (0x0001  # FILE_READ_DATA
             | 0x10000000  # GENERIC_ALL
             | 0x80000000)  # GENERIC_READ


@dataclass(frozen=True, slots=True)
class Ace:
    """One entry of a Windows access-control list."""

    kind: int  # ACCESS_ALLOWED / ACCESS_DENIED (other kinds are ignored)
    flags: int
    mask: int
    sid: str  # "S-1-5-21-…"


class SecurityApi(Protocol):
    def file_security(self, path: Path) -> tuple[str, Sequence[Ace] | None]:
        """(owner SID, the entries of the file's DACL; None when it has no DACL at all,
        which Windows reads as "everyone may do everything")."""
        ...


def readers_besides_owner(owner: str, aces: Sequence[Ace] | None) -> list[str]:
    """The SIDs other than the owner's (and the trusted ones) that may read the file,
    evaluating the entries in order as Windows does (a deny met first wins)."""
    if aces is None:
        return [EVERYONE]
    denied: set[str] = set()
    readers: list[str] = []
    for ace in aces:
        if ace.flags & INHERIT_ONLY or not ace.mask & READ_BITS:
            continue
        if ace.kind == ACCESS_DENIED:
            denied.add(ace.sid)
        elif ace.kind == ACCESS_ALLOWED and ace.sid not in denied:
            if ace.sid != owner and ace.sid not in TRUSTED_SIDS and ace.sid not in readers:
                readers.append(ace.sid)
    return readers


def other_readers(path: str | os.PathLike[str], *, system: str | None = None,
                  api: SecurityApi | None = None) -> list[str]:
    """Who besides the owner can read ``path``: POSIX ``["group"]``/``["others"]`` from the
    mode bits; Windows the SIDs of :func:`readers_besides_owner` (``api`` defaults to the
    real Win32 one). An empty list: owner only."""
    path = Path(path)
    system = system or os.name
    if system == "nt":
        owner, aces = (api or WindowsSecurity()).file_security(path)
        return readers_besides_owner(owner, aces)
    mode = path.stat().st_mode
    return ([name for name, bits in (("group", stat.S_IRWXG), ("others", stat.S_IRWXO))
             if mode & bits])


class WindowsSecurity:
    """The Win32 security API (advapi32) through ctypes; Windows only."""

    def file_security(self, path: Path) -> tuple[str, Sequence[Ace] | None]:  # pragma: no cover - Windows
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        owner_sid, dacl, descriptor = (ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p())
        se_file_object, owner_info, dacl_info = 1, 0x1, 0x4
        advapi32.GetNamedSecurityInfoW.argtypes = [
            wintypes.LPCWSTR, ctypes.c_int, wintypes.DWORD, ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p)]
        status = advapi32.GetNamedSecurityInfoW(
            str(path), se_file_object, owner_info | dacl_info, ctypes.byref(owner_sid), None,
            ctypes.byref(dacl), None, ctypes.byref(descriptor))
        if status != 0:
            raise OSError(status, "GetNamedSecurityInfoW")
        try:
            owner = _sid_text(advapi32, kernel32, owner_sid.value)
            if not dacl.value:
                return owner, None
            count = ctypes.cast(dacl.value + 4, ctypes.POINTER(wintypes.WORD))[0]  # AceCount
            aces: list[Ace] = []
            for index in range(count):
                entry = ctypes.c_void_p()
                if not advapi32.GetAce(ctypes.c_void_p(dacl.value), index, ctypes.byref(entry)):
                    raise ctypes.WinError(ctypes.get_last_error())
                kind = ctypes.cast(entry.value, ctypes.POINTER(ctypes.c_ubyte))[0]
                flags = ctypes.cast(entry.value + 1, ctypes.POINTER(ctypes.c_ubyte))[0]
                mask = ctypes.cast(entry.value + 4, ctypes.POINTER(wintypes.DWORD))[0]
                if kind in (ACCESS_ALLOWED, ACCESS_DENIED):  # the SID follows the mask
                    aces.append(Ace(kind, flags, mask,
                                    _sid_text(advapi32, kernel32, entry.value + 8)))
            return owner, aces
        finally:
            kernel32.LocalFree(descriptor)


def _sid_text(advapi32, kernel32, sid: int) -> str:  # pragma: no cover - Windows
    import ctypes
    from ctypes import wintypes

    text = wintypes.LPWSTR()
    if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        return text.value or ""
    finally:
        kernel32.LocalFree(text)
