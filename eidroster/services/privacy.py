"""Privacy: encryption at rest (SQLCipher), and recording every reveal or export of
personal data. Purging leavers' personal data after the unit's retention period lives in
:mod:`eidroster.services.retention`.

Nothing here logs or prints personal data; audit details name fields and counts,
and CCCD numbers only masked."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from eidroster.domain.errors import InputError, StorageError
from eidroster.services import backup as backup_service
from eidroster.services.audit import record_event
from eidroster.services.database import Database

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1024


# ---------------------------------------------------------------- passphrases

def check_passphrase(passphrase: str) -> str:
    if "\x00" in passphrase:
        raise InputError("Mật khẩu không được chứa ký tự NUL")
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(f"Mật khẩu quá ngắn (ít nhất {MIN_PASSPHRASE} ký tự)")
    if len(passphrase) > MAX_PASSPHRASE:
        raise InputError(f"Mật khẩu quá dài (tối đa {MAX_PASSPHRASE} ký tự)")
    return passphrase


_COMMON_WEAK = frozenset({"password", "matkhau", "12345678", "123456789", "1234567890",
                          "abcd1234", "qwertyui", "11111111", "00000000", "87654321"})


def check_file_password(password: str) -> str:
    """A password for a file that leaves the machine (Phụ lục IV): long enough and not one
    that is guessed first (one repeated character, a run of digits, a well-known word)."""
    check_passphrase(password)
    low = password.lower()
    if len(set(low)) <= 2 or low in _COMMON_WEAK or (low.isdigit() and low in "01234567890123456789"):
        raise InputError("Mật khẩu quá dễ đoán; hãy dùng một cụm từ dài hơn, có chữ và số")
    return password


def read_passphrase_file(path: str | os.PathLike[str], *, system: str | None = None,
                         security_api=None) -> str:
    """The first line of ``path`` (trailing newline removed). Refuses a file other
    users can read, as ssh does with a private key: the permission bits on POSIX, the
    access-control list on Windows (``system``/``security_api`` are for tests: see
    :mod:`eidroster.io.owner_only`)."""
    from eidroster.io.files import LIMIT_SECRET, read_input
    from eidroster.io.owner_only import other_readers

    path = Path(path)
    raw = read_input(path, "tệp mật khẩu", LIMIT_SECRET)  # never a pipe or /dev/zero
    system = system or os.name
    try:
        others = other_readers(path, system=system, api=security_api)
    except OSError as exc:
        raise InputError(f"Không đọc được quyền truy cập của tệp mật khẩu {path}") from exc
    if others and system == "nt":
        raise InputError(
            f"Tệp mật khẩu {path} đang cho người khác đọc; hãy để chỉ tài khoản của bạn đọc "
            f"được, ví dụ: icacls \"{path}\" /inheritance:r /grant:r \"%USERNAME%:R\"")
    if others:
        raise InputError(
            f"Tệp mật khẩu {path} đang cho người khác đọc; hãy chạy: chmod 600 {path}"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"Tệp mật khẩu {path} không phải văn bản UTF-8") from exc
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise InputError(f"Tệp mật khẩu {path} trống")
    return check_passphrase(passphrase)


# ---------------------------------------------------------------- encryption at rest

@dataclass(frozen=True, slots=True)
class EncryptResult:
    path: Path
    backup: Path  # the database as it was, encrypted with the same passphrase
    backups_encrypted: int  # older plain backups converted too
    employees: int


def is_encrypted_file(path: Path) -> bool:
    """True when ``path`` exists, is not empty and is not a plain SQLite file."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return bool(head) and head != b"SQLite format 3\x00"


def _export_encrypted(source: Path, target: Path, passphrase: str) -> None:
    """``sqlcipher_export`` of a plain database into a new encrypted file."""
    import sqlcipher3

    con = sqlcipher3.dbapi2.connect(str(source))
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        quoted_path = str(target).replace("'", "''")
        quoted_key = passphrase.replace("'", "''")
        con.execute(f"ATTACH DATABASE '{quoted_path}' AS encrypted KEY '{quoted_key}'")
        con.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()
    if os.name == "posix":
        os.chmod(target, 0o600)
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _count_encrypted(path: Path, passphrase: str) -> int:
    import sqlcipher3

    con = sqlcipher3.dbapi2.connect(str(path))
    try:
        quoted = passphrase.replace("'", "''")
        con.execute(f"PRAGMA key = '{quoted}'")
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StorageError(f"Bản mã hóa {path.name} không đạt kiểm tra toàn vẹn")
        return int(con.execute("SELECT COUNT(*) FROM employees").fetchone()[0])
    finally:
        con.close()


def _private_temp(folder: Path, prefix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    os.close(fd)
    Path(name).unlink()  # sqlcipher creates it; mkstemp only reserved a unique name
    return Path(name)


def encrypt_database(db_path: str | os.PathLike[str], passphrase: str) -> EncryptResult:
    """Turn on encryption for an existing plain database: every close of the program
    leaves only ciphertext on disk. The database, and its plain backups, are converted
    with ``sqlcipher_export`` into new files that are checked before they replace the
    old ones (atomically, like a restore). Nothing is changed when a step fails."""
    from eidroster.services.restore import _swap_in, check_database_file

    check_passphrase(passphrase)
    db_path = Path(db_path).expanduser().resolve()
    if is_encrypted_file(db_path):
        raise InputError(f"Cơ sở dữ liệu {db_path.name} đã được mã hóa hoặc không phải tệp SQLite")
    check = check_database_file(db_path)
    folder = db_path.parent
    old_umask = os.umask(0o077) if os.name == "posix" else None
    tmp = _private_temp(folder, ".eidroster-encrypt-")
    try:
        # a consistent plain snapshot (the WAL folded in), then the encrypted export
        snapshot = _private_temp(folder, ".eidroster-snapshot-")
        try:
            backup_service.online_backup(db_path, snapshot)
            _export_encrypted(snapshot, tmp, passphrase)
        finally:
            snapshot.unlink(missing_ok=True)
        if _count_encrypted(tmp, passphrase) != check.employees:
            raise StorageError("Bản mã hóa không khớp số nhân viên; chưa có gì bị thay đổi")
        kept = backup_service._unique(
            backup_service.backup_dir_for(db_path)
            / f"{db_path.stem}-before-encrypt-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        )
        backup_service.online_backup(tmp, kept, passphrase=passphrase)
        _swap_in(tmp, db_path, None)
    except OSError as exc:
        from eidroster.io.atomic import describe_os_error

        raise StorageError(describe_os_error(exc, db_path)) from exc
    except Exception as exc:
        if type(exc).__module__.startswith("sqlcipher3"):
            raise StorageError(f"Không mã hóa được {db_path.name} (lỗi SQLCipher)") from exc
        raise
    finally:
        tmp.unlink(missing_ok=True)
        if old_umask is not None:
            os.umask(old_umask)
    converted = encrypt_plain_backups(db_path, passphrase, exclude=kept)
    return EncryptResult(db_path, kept, converted, check.employees)


def encrypt_plain_backups(db_path: Path, passphrase: str, exclude: Path | None = None) -> int:
    """Convert the plain backups of ``db_path`` to encrypted ones (each atomically)."""
    folder = backup_service.backup_dir_for(db_path)
    done = 0
    for info in backup_service.list_backups(db_path):
        if info.path == exclude or is_encrypted_file(info.path):
            continue
        tmp = _private_temp(folder, ".eidroster-encrypt-")
        try:
            _export_encrypted(info.path, tmp, passphrase)
            os.replace(tmp, info.path)
            done += 1
        except Exception:  # noqa: BLE001 - a damaged old backup stays as it was
            continue
        finally:
            tmp.unlink(missing_ok=True)
    return done


# ---------------------------------------------------------------- reveals and exports

def record_reveal(db: Database, employee_id: int, what: str = "id_number") -> None:
    """A full CCCD (or other personal field) was shown on screen."""
    with db.write() as s:
        record_event(s, "personal_data_revealed", "employee", employee_id, {"field": what})


def record_export(db: Database, kind: str, target: str | os.PathLike[str], rows: int,
                  personal: bool = True) -> None:
    """A file holding personal data left the database (list, backup, copy)."""
    with db.write() as s:
        record_event(s, "personal_data_exported" if personal else "exported", "file", None,
                     {"kind": kind, "file": str(target), "rows": rows})

