"""Checking a database file and restoring a backup over the working database.

A restore never replaces anything before the incoming file has passed every check
(SQLite header, ``PRAGMA integrity_check``, an eidroster schema at a version this
program can open), always keeps the database it replaces as a backup, and is atomic:
the checked copy is written beside the database and moved over it with one
``os.replace``; a kill at any moment leaves either the old or the new database.

Why the working database is switched out of WAL mode first: a WAL file left beside
a replaced database would be replayed into the new one. ``PRAGMA journal_mode=DELETE``
checkpoints and removes the WAL, and SQLite refuses it while another program has the
database open, which is exactly when a restore must not happen.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from eidroster.db.migrations import CURRENT_VERSION
from eidroster.domain.errors import InputError, StorageError
from eidroster.io.files import LIMIT_DATABASE, check_input, shown
from eidroster.services import backup as backup_service
from eidroster.services.schema_check import check_schema, check_settings

SQLITE_HEADER = b"SQLite format 3\x00"
#: tables every eidroster database has had since schema version 1
REQUIRED_TABLES = frozenset(
    {"schema_info", "departments", "reasons", "employees", "status_changes", "settings",
     "audit_events"}
)


@dataclass(frozen=True, slots=True)
class DatabaseCheck:
    path: Path
    schema_version: int
    employees: int
    encrypted: bool


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_backup: Path | None  # the replaced database, kept as a backup
    check: DatabaseCheck
    #: audit entries of the replaced database that the backup lacked, carried over
    audit_carried: int = 0


def _is_db_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3")


def check_database_file(path: str | os.PathLike[str], passphrase: str | None = None) -> DatabaseCheck:
    """Prove ``path`` is a sound eidroster database this program can open, or raise
    :class:`InputError` saying (in Vietnamese) what is wrong. Never changes the file."""
    path = Path(path)
    name = shown(path.name)
    size = check_input(path, "tệp sao lưu", LIMIT_DATABASE)  # no pipe, device or folder
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path}") from exc
    if size == 0:
        raise InputError(f"Tệp {name} rỗng (0 byte), không phải bản sao lưu")
    encrypted = head != SQLITE_HEADER
    if encrypted and passphrase is None:
        raise InputError(
            f"Tệp {name} không phải cơ sở dữ liệu SQLite (tệp khác, bị hỏng hoặc đã mã hóa)"
        )
    if size % 512 != 0 or size < 512:
        raise InputError(f"Tệp {name} bị cắt cụt hoặc hỏng (kích thước không hợp lệ)")
    try:
        con = backup_service.connect_file(path, passphrase if encrypted else None, readonly=True)
    except Exception as exc:
        if _is_db_error(exc):
            raise InputError(f"Không mở được tệp {name} như một cơ sở dữ liệu") from exc
        raise
    try:
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        except Exception as exc:
            if not _is_db_error(exc):
                raise
            if encrypted:
                raise InputError(
                    f"Tệp {name} đã mã hóa và mật khẩu không đúng, hoặc tệp bị hỏng"
                ) from exc
            raise InputError(f"Tệp {name} bị hỏng (không đọc được cấu trúc cơ sở dữ liệu)") from exc
        if [r[0] for r in rows] != ["ok"]:
            raise InputError(f"Tệp {name} bị hỏng: kiểm tra toàn vẹn (integrity_check) không đạt")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = REQUIRED_TABLES - tables
        if "schema_info" not in tables or len(missing) > 0:
            raise InputError(
                f"Tệp {name} là cơ sở dữ liệu SQLite nhưng không phải của eidroster "
                "(thiếu các bảng nhân viên/lịch sử/phiên bản)"
            )
        version = con.execute("SELECT MAX(version) FROM schema_info").fetchone()[0]
        if not isinstance(version, int) or version < 1:
            raise InputError(f"Tệp {name} không ghi phiên bản cấu trúc dữ liệu (có thể đã hỏng)")
        if version > CURRENT_VERSION:
            raise InputError(
                f"Tệp {name} được tạo bởi phiên bản eidroster mới hơn (cấu trúc v{version}, "
                f"chương trình này đọc được tới v{CURRENT_VERSION}); hãy cập nhật eidroster"
            )
        check_schema(con, int(version), name)  # every table, column, index; no trigger
        check_settings(con, name)
        employees = int(con.execute("SELECT COUNT(*) FROM employees").fetchone()[0])
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            raise InputError(f"Tệp {name} có dữ liệu không nhất quán (khóa ngoại hỏng)")
    except InputError:
        raise
    except Exception as exc:
        if _is_db_error(exc):
            raise InputError(f"Tệp {name} bị hỏng hoặc không phải cơ sở dữ liệu eidroster") from exc
        raise
    finally:
        con.close()
    return DatabaseCheck(path, int(version), employees, encrypted)


def _copy_checked(source: Path, folder: Path, passphrase: str | None) -> Path:
    """A private, consistent single-file copy of ``source`` in ``folder`` (no WAL)."""
    fd, name = tempfile.mkstemp(prefix=".eidroster-restore-", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        backup_service.copy_database(source, tmp, passphrase)
        if os.name == "posix":
            os.chmod(tmp, 0o600)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def restore_database(
    db_path: str | os.PathLike[str],
    source: str | os.PathLike[str],
    *,
    passphrase: str | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` with the backup ``source`` (see module doc).

    Every open engine on ``db_path`` in this process must be disposed first; another
    program that has it open makes the restore stop with a message, nothing changed."""
    db_path = Path(db_path).expanduser().resolve()
    source = Path(source).expanduser().resolve()
    if source == db_path:
        raise InputError("Tệp khôi phục chính là cơ sở dữ liệu đang dùng")
    check = check_database_file(source, passphrase)
    if passphrase is not None and not check.encrypted:
        raise InputError(
            f"Tệp {source.name} là bản sao lưu chưa mã hóa, còn cơ sở dữ liệu đang dùng đã mã "
            "hóa: hãy khôi phục nó vào một tệp khác (--db) rồi mã hóa bằng lệnh encrypt"
        )
    folder = db_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = _copy_checked(source, folder, passphrase if check.encrypted else None)
    except OSError as exc:
        from eidroster.io.atomic import describe_os_error

        raise StorageError(describe_os_error(exc, db_path)) from exc
    except Exception as exc:
        if _is_db_error(exc):
            raise StorageError(f"Không chép được tệp {source.name} vào {folder}") from exc
        raise
    try:
        key = passphrase if check.encrypted else None
        carried = carry_audit_trail(db_path, passphrase, tmp, key)
        check_database_file(tmp, key)
        previous = None
        if db_path.exists() and db_path.stat().st_size > 0:
            previous = _keep_current(db_path, passphrase)
        _swap_in(tmp, db_path, passphrase)
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)
    return RestoreResult(source, previous, check, carried)


_AUDIT_KEY = ("at", "user_name", "action", "entity", "entity_id", "detail")


def carry_audit_trail(db_path: Path, passphrase: str | None, copy: Path,
                      copy_key: str | None) -> int:
    """Add to ``copy`` (the checked backup about to replace the database) every audit
    entry of the current database that the backup lacks: what happened since the backup
    was made (a Phụ lục IV export, a reveal, the changes being undone) stays on record.
    A damaged or unreadable current database has no trail to carry (0)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return 0
    try:
        old = backup_service.connect_file(db_path, passphrase, readonly=passphrase is None)
    except Exception as exc:  # noqa: BLE001 - damaged: nothing readable to carry
        if _is_db_error(exc):
            return 0
        raise
    try:
        old_cols = [r[1] for r in old.execute("PRAGMA table_info(audit_events)")]
        rows = old.execute(
            f"SELECT {', '.join(old_cols)} FROM audit_events ORDER BY at, id").fetchall()
    except Exception as exc:  # noqa: BLE001
        if _is_db_error(exc):
            return 0
        raise
    finally:
        old.close()
    if not rows:
        return 0
    new = backup_service.connect_file(copy, copy_key)
    try:
        new.isolation_level = None
        new_cols = [r[1] for r in new.execute("PRAGMA table_info(audit_events)")]
        cols = [c for c in old_cols if c in new_cols and c != "id"]
        key_idx = [old_cols.index(c) for c in _AUDIT_KEY if c in old_cols and c in new_cols]
        have = {tuple(r) for r in new.execute(
            f"SELECT {', '.join(old_cols[i] for i in key_idx)} FROM audit_events")}
        missing = [r for r in rows if tuple(r[i] for i in key_idx) not in have]
        if missing:
            new.execute("BEGIN IMMEDIATE")
            new.executemany(
                f"INSERT INTO audit_events ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' for _ in cols)})",
                [tuple(r[old_cols.index(c)] for c in cols) for r in missing])
            new.execute("COMMIT")
        return len(missing)
    finally:
        new.close()


def _keep_current(db_path: Path, passphrase: str | None) -> Path | None:
    """Back up the database about to be replaced (a damaged one is kept as raw bytes)."""
    folder = backup_service.backup_dir_for(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        check_database_file(db_path, passphrase)
        sound = True
    except InputError:
        sound = False  # damaged: SQLite's backup would copy its bad pages as they are
    if sound:
        try:
            target = backup_service._unique(folder / f"{db_path.stem}-before-restore-{stamp}.sqlite")
            return backup_service.online_backup(db_path, target, passphrase=passphrase)
        except StorageError:
            pass
    # unreadable (damaged) database: keep its bytes under a name restore never picks
    import shutil

    damaged = backup_service._unique(folder / f"{db_path.stem}-damaged-{stamp}.bin")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db_path, damaged)
        for ext in ("-wal",):
            side = Path(str(db_path) + ext)
            if side.exists():
                shutil.copyfile(side, Path(str(damaged) + ext))
        if os.name == "posix":
            os.chmod(damaged, 0o600)
    except OSError as exc:
        from eidroster.io.atomic import describe_os_error

        raise StorageError(describe_os_error(exc, damaged)) from exc
    return damaged


def _swap_in(tmp: Path, db_path: Path, passphrase: str | None) -> None:
    """Leave WAL mode on the old database (fails if another program uses it), hold
    its exclusive lock, and move the checked copy over it in one step."""
    con = None
    if db_path.exists():
        try:
            con = backup_service.connect_file(db_path, passphrase)
            con.isolation_level = None
            con.execute("PRAGMA busy_timeout = 3000")
            mode = con.execute("PRAGMA journal_mode = DELETE").fetchone()
            if mode is None or str(mode[0]).lower() != "delete":
                raise StorageError(
                    "Cơ sở dữ liệu đang được một chương trình khác mở (có thể ở máy khác qua "
                    "thư mục dùng chung); hãy đóng chương trình đó rồi thử lại. "
                    "Chưa có gì bị thay đổi."
                )
            con.execute("BEGIN EXCLUSIVE")
        except StorageError:
            if con is not None:
                con.close()
            raise
        except Exception as exc:
            if con is not None:
                con.close()
                con = None
            if not _is_db_error(exc):
                raise
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                raise StorageError(
                    "Cơ sở dữ liệu đang được một chương trình khác dùng; hãy đóng chương trình "
                    "đó rồi thử lại. Chưa có gì bị thay đổi."
                ) from exc
            # the old database is damaged: nothing to protect from a WAL replay except
            # removing a stale WAL, which happens below after the swap
    try:
        for ext in ("-wal", "-shm", "-journal"):
            side = Path(str(db_path) + ext)
            if ext == "-wal" and side.exists() and side.stat().st_size > 0 and con is None:
                side.unlink()  # damaged old database: its WAL must not meet the new file
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    except OSError as exc:
        from eidroster.io.atomic import describe_os_error

        raise StorageError(describe_os_error(exc, db_path)) from exc
    finally:
        if con is not None:
            try:
                con.rollback()
            except Exception:  # noqa: BLE001 - the lock dies with the connection anyway
                pass
            con.close()
    for ext in ("-shm",):
        side = Path(str(db_path) + ext)
        try:
            side.unlink(missing_ok=True)
        except OSError:
            pass


def latest_good_backup(db_path: str | os.PathLike[str], passphrase: str | None = None):
    """The newest backup of ``db_path`` that passes :func:`check_database_file`."""
    for info in backup_service.list_backups(Path(db_path)):
        try:
            check_database_file(info.path, passphrase)
        except InputError:
            continue
        return info
    return None


_DAMAGE_WORDS = ("hỏng", "không phải cơ sở dữ liệu", "mã hóa")


def damaged_database_hint(
    target: str, message: str, passphrase: str | None = None
) -> str | None:
    """For the command line: when opening ``target`` failed because it is damaged (or
    not a database), the newest good backup and the command restoring it."""
    from eidroster.db.engine import is_url

    if is_url(target) or not any(w in message for w in _DAMAGE_WORDS):
        return None
    path = Path(target).expanduser().resolve()
    if not path.exists():
        return None
    from eidroster.services.privacy import is_encrypted_file

    lines = []
    if passphrase is None and is_encrypted_file(path):
        lines.append("Nếu CSDL này đã được mã hóa (lệnh encrypt), hãy mở kèm "
                     "--passphrase-file <tệp mật khẩu>.")
    good = latest_good_backup(path, passphrase)
    if good is None:
        lines.append(f"Không tìm thấy bản sao lưu nào còn tốt trong "
                     f"{backup_service.backup_dir_for(path)}.")
    else:
        lines.append(f"Bản sao lưu tốt gần nhất: {good.path} "
                     f"(lúc {good.taken_at:%d/%m/%Y %H:%M}).")
        lines.append(f"Khôi phục bằng lệnh: python -m eidroster --db {path} restore {good.path}")
    return "\n".join(lines)
