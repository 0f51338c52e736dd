"""Backups with SQLite's online backup API (consistent even while the database is in use).

Backups sit in ``backups/`` beside the database (:func:`eidroster.paths.backup_dir_for`),
owner-only like the database itself. Kinds of backup, told apart by their file names:

- ``<stem>-auto-YYYYMMDD-HHMMSS.sqlite``: taken when the program starts, at most once a
  day, the newest :data:`AUTO_KEEP` kept (:func:`auto_backup`);
- ``<stem>-before-<label>-YYYYMMDD-HHMMSS.sqlite``: before an import, a restore, a bulk
  change, an encryption or a purge (:func:`backup_before_change`), the newest
  :data:`CHANGE_KEEP` of each label kept;
- ``<stem>-before-vN-from-vM-…``: before a schema migration (never rotated away).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eidroster.domain.errors import StorageError
from eidroster.paths import backup_dir_for

if TYPE_CHECKING:
    from eidroster.services.database import Database

AUTO_KEEP = 7
CHANGE_KEEP = 10
SUFFIX = ".sqlite"
_STAMP_RE = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite$")


def _secure(path: Path) -> None:
    if os.name == "posix":
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass


def temp_name(target: Path, tag: str = "") -> Path:
    """A hidden temporary name beside ``target`` that fits the file system's 255-byte
    limit even when ``target``'s own name uses all of it."""
    import secrets

    stem = target.name.encode("utf-8")[:120].decode("utf-8", errors="ignore")
    return target.with_name(f".{stem}.{tag}{secrets.token_hex(4)}.part")


def online_backup(source: Path, target: Path, *, passphrase: str | None = None) -> Path:
    """Copy a live SQLite database to ``target`` (written beside, checked, then renamed).

    With ``passphrase`` the source is an SQLCipher database and the copy is encrypted
    with the same key. The copy is opened again and must pass ``integrity_check`` with
    the same number of rows in every table as the snapshot it was taken from, before it
    takes the target's name: a backup that is reported made is a backup that opens.
    Only folders this creates (``backups/``) are made owner-only; the user's own folder
    keeps its permissions."""
    from eidroster.io.atomic import describe_os_error
    from eidroster.paths import make_private_dir

    try:
        make_private_dir(target.parent)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    tmp = temp_name(target)
    try:  # an unwritable or full folder is told by its errno, before SQLite hides it
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    old_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        counts = copy_database(source, tmp, passphrase)
        verify_copy(tmp, counts, passphrase, target)
        tmp.replace(target)
        _secure(target)
    except StorageError:
        _unlink_quietly(tmp)
        raise
    except (sqlite3.Error, OSError) as exc:
        _unlink_quietly(tmp)
        raise StorageError(f"Không sao lưu được cơ sở dữ liệu vào {target}: {_reason(exc)}") from exc
    except Exception as exc:  # sqlcipher3 raises its own DatabaseError classes
        _unlink_quietly(tmp)
        if type(exc).__module__.startswith("sqlcipher3"):
            raise StorageError(
                f"Không sao lưu được cơ sở dữ liệu vào {target}: sai mật khẩu hoặc tệp hỏng"
            ) from exc
        raise
    finally:
        if old_umask is not None:
            os.umask(old_umask)
    return target


def connect_file(path: Path, passphrase: str | None = None, *, readonly: bool = False):
    """A DB-API connection to an SQLite file, or to an SQLCipher one with ``passphrase``
    (read-only only for plain SQLite: SQLCipher's key must be set on a writable handle).
    A read-only connection goes through a ``file:`` URI built with every special
    character percent-encoded, so ``#``, ``?`` and ``%`` in the path mean themselves."""
    if passphrase is None:
        if readonly:
            return sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
        return sqlite3.connect(path)
    import sqlcipher3

    con = sqlcipher3.dbapi2.connect(str(path))
    quoted = passphrase.replace("'", "''")
    con.execute(f"PRAGMA key = '{quoted}'")
    return con


def table_counts(con) -> dict[str, int]:
    """Rows per table of an open connection (SQLite's own tables left out)."""
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n: int(con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names}


def copy_database(source: Path, target: Path, passphrase: str | None = None) -> dict[str, int]:
    """A consistent, self-contained single-file copy of a (possibly live) database with
    SQLite's online backup API — encrypted with the same key when ``passphrase`` is
    given — synced to disk. No -wal/-shm appear when the copy is read. Returns the rows
    per table of the snapshot that was copied (read in the same read transaction)."""
    src = connect_file(source, passphrase, readonly=passphrase is None)
    try:
        src.isolation_level = None
        src.execute("BEGIN")  # one snapshot for the counts and the copy
        counts = table_counts(src)
        dst = connect_file(target, passphrase)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    _fsync(target)
    return counts


def verify_copy(copy: Path, expected: dict[str, int], passphrase: str | None,
                shown_as: Path) -> None:
    """The copy opens, passes ``integrity_check`` and has ``expected`` rows per table."""
    con = connect_file(copy, passphrase, readonly=passphrase is None)
    try:
        ok = [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
        same = ok and table_counts(con) == expected
    finally:
        con.close()
    if not same:
        raise StorageError(
            f"Bản sao lưu {shown_as} ghi ra không khớp với cơ sở dữ liệu (kiểm tra lại sau khi "
            "ghi không đạt); bản sao lưu chưa được tạo, hãy thử lại hoặc chọn thư mục khác"
        )


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _reason(exc: Exception) -> str:
    import errno

    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if "full" in text or "no space" in text or code == errno.ENOSPC:
        return "ổ đĩa đã đầy"
    if code == errno.EFBIG or "too large" in text:
        return "tệp vượt quá kích thước cho phép"
    if ("read-only" in text or "readonly" in text or "permission" in text
            or code in (errno.EACCES, errno.EPERM, errno.EROFS)):
        return "không có quyền ghi (thư mục chỉ đọc)"
    return "lỗi đọc/ghi"


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def _unique(target: Path) -> Path:
    """``target`` or ``target`` with ``-2``, ``-3``… so two backups in one second coexist."""
    if not target.exists():
        return target
    n = 2
    while True:
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def backup_before_migration(db_path: Path, old: int, new: int, *,
                            passphrase: str | None = None) -> Path:
    target = backup_dir_for(db_path) / f"{db_path.stem}-before-v{new}-from-v{old}-{_stamp()}{SUFFIX}"
    return online_backup(db_path, _unique(target), passphrase=passphrase)


def migration_hook(passphrase: str | None):
    """``open_database(before_migrate=...)`` for a database with this key (or none)."""
    if passphrase is None:
        return backup_before_migration

    def hook(db_path: Path, old: int, new: int) -> None:
        backup_before_migration(db_path, old, new, passphrase=passphrase)

    return hook


def _safe_label(label: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
    return cleaned[:30] or "change"


def backup_before_change(db: Database, label: str, keep: int = CHANGE_KEEP) -> Path | None:
    """An online backup before an import, restore or bulk operation (None for a server
    database, which has its own backup tools). Keeps the newest ``keep`` backups with
    this label."""
    if db.path is None or not db.path.exists():
        return None
    label = _safe_label(label)
    folder = backup_dir_for(db.path)
    target = _unique(folder / f"{db.path.stem}-before-{label}-{_stamp()}{SUFFIX}")
    made = online_backup(db.path, target, passphrase=getattr(db, "passphrase", None))
    _rotate(folder, f"{db.path.stem}-before-{label}-", keep)
    return made


def auto_backup_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """True when ``db_path`` exists and has no start-up backup dated today."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    folder = backup_dir_for(db_path)
    today = f"{db_path.stem}-auto-{(now or dt.datetime.now()):%Y%m%d}"
    return not (folder.is_dir() and any(
        p.name.startswith(today) and p.name.endswith(SUFFIX) for p in folder.iterdir()))


def auto_backup(
    db_path: Path, keep: int = AUTO_KEEP, *, now: dt.datetime | None = None,
    passphrase: str | None = None,
) -> Path | None:
    """The start-up backup: at most one per calendar day, the newest ``keep`` kept.
    Returns the new backup, or None when today's already exists (or no database yet)."""
    db_path = Path(db_path)
    if not auto_backup_due(db_path, now):
        return None
    now = now or dt.datetime.now()
    folder = backup_dir_for(db_path)
    prefix = f"{db_path.stem}-auto-"
    remove_stale_temp_files(db_path)
    made = online_backup(db_path, _unique(folder / f"{prefix}{_stamp(now)}{SUFFIX}"),
                         passphrase=passphrase)
    _rotate(folder, prefix, keep)
    return made


#: temporary files a killed backup, restore or encryption may leave behind
STALE_PATTERNS = (".eidroster-restore-*.part", ".eidroster-encrypt-*.part",
                  ".eidroster-snapshot-*.part")


def remove_stale_temp_files(db_path: Path, older_than: float = 3600.0) -> list[Path]:
    """Delete temporary copies left by a backup/restore/encryption that was killed (never
    a file younger than ``older_than`` seconds: another program may be writing it)."""
    import time

    db_path = Path(db_path)
    folder, backups = db_path.parent, backup_dir_for(db_path)
    found = [p for pattern in STALE_PATTERNS for p in folder.glob(pattern)]
    if backups.is_dir():
        found += list(backups.glob("*.part"))  # (hidden) temporary backups: see temp_name
    removed = []
    now = time.time()
    for p in found:
        try:
            if now - p.stat().st_mtime >= older_than:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed


def _rotate(folder: Path, prefix: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups whose names start with ``prefix``."""
    found = sorted(
        (p for p in folder.iterdir()
         if p.name.startswith(prefix) and p.name.endswith(SUFFIX) and _STAMP_RE.search(p.name)),
        key=lambda p: (_STAMP_RE.search(p.name).group(1), p.stat().st_mtime),  # type: ignore[union-attr]
    )
    removed = found[: max(0, len(found) - max(keep, 1))]
    for p in removed:
        _unlink_quietly(p)
    return removed


def backup_to(db: Database, out: Path) -> Path:
    """A backup put where the user chooses (a folder or a file, e.g. on a USB stick):
    never over the database itself nor over a file that is not an eidroster backup;
    recorded in the audit log as personal data leaving the database."""
    from eidroster.domain.errors import InputError
    from eidroster.io.files import check_output, shown
    from eidroster.services.database import count_rows
    from eidroster.services.privacy import record_export

    if db.path is None:
        raise InputError(
            "CSDL trên máy chủ PostgreSQL: hãy sao lưu bằng công cụ của máy chủ (pg_dump)"
        )
    out = Path(out).expanduser()
    if out.is_dir():
        out = out / f"{db.path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
    if out.resolve() == db.path:
        raise InputError("Tệp sao lưu không được trùng với cơ sở dữ liệu đang dùng")
    if not out.parent.is_dir():
        raise InputError(f"Thư mục {shown(out.parent)} không tồn tại")
    check_output(out, "tệp sao lưu")  # a pipe or a device there: refused, never waited on
    if out.exists():  # replace an older backup, never some other file by mistake
        from eidroster.services.restore import check_database_file

        try:
            check_database_file(out, db.passphrase)
        except InputError:
            raise InputError(
                f"Tệp {shown(out.name)} đã có và không phải bản sao lưu eidroster; hãy chọn tên khác"
            ) from None
    made = online_backup(db.path, out.resolve(), passphrase=db.passphrase)
    record_export(db, "backup", made, count_rows(db, "employees"))
    return made


def manual_backup(db: Database) -> Path | None:
    """"Back up now": a backup the user asked for, kept until they delete it."""
    if db.path is None or not db.path.exists():
        return None
    target = _unique(backup_dir_for(db.path) / f"{db.path.stem}-manual-{_stamp()}{SUFFIX}")
    return online_backup(db.path, target, passphrase=getattr(db, "passphrase", None))


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    kind: str  # "auto", "before-<label>", "migration", "manual"
    taken_at: dt.datetime
    size: int


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of ``db_path`` in its backups folder, newest first."""
    folder = backup_dir_for(Path(db_path))
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    out: list[BackupInfo] = []
    for p in folder.iterdir():
        if not p.is_file() or not p.name.endswith(SUFFIX) or not p.name.startswith(stem + "-"):
            continue
        m = _STAMP_RE.search(p.name)
        if not m:
            continue
        try:
            taken = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        middle = p.name[len(stem) + 1 : m.start()]
        if middle == "auto":
            kind = "auto"
        elif re.fullmatch(r"before-v\d+-from-v\d+", middle):
            kind = "migration"
        else:
            kind = middle or "manual"
        out.append(BackupInfo(p, kind, taken, size))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out
