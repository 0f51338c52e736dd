"""Opening the database for the services: migrations, first-time content, sessions."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from eidroster.db import migrations
from eidroster.db.engine import is_url, journal_mode, make_engine, writer
from eidroster.db.models import Reason, ReasonClass, Setting
from eidroster.domain import cancel
from eidroster.domain.errors import ConflictError, InputError, StorageError
from eidroster.domain.reasons import DEFAULT_REASONS
from eidroster.paths import make_private_dir

USER_ENV = "EIDROSTER_USER"

#: hook called before an existing database is migrated: (db_path, old, new)
BeforeMigrate = Callable[[Path, int, int], None]


def current_user() -> str:
    """Who is recorded as having made a change."""
    name = os.environ.get(USER_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


@dataclass
class Database:
    target: str
    engine: Engine
    path: Path | None  # the SQLite file, None for a server database
    #: SQLCipher key of an encrypted file (backups are encrypted with it too)
    passphrase: str | None = field(default=None, repr=False)
    #: the network file system holding the file ("nfs4", "UNC" …): opened with a
    #: rollback journal instead of WAL (see eidroster.db.engine); None when local
    network: str | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _storage_errors(self), self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One all-or-nothing transaction: committed at the end, rolled back on error.
        A cancellable task stops here if Cancel was pressed, and no longer after."""
        cancel.commit_point()
        with _storage_errors(self), self._write_sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


#: what a client is told when another client changed the same data at the same moment
CONCURRENT_CHANGE = (
    "Dữ liệu này vừa được người khác thay đổi cùng lúc nên thay đổi của bạn chưa được lưu. "
    "Hãy tải lại danh sách rồi làm lại; thay đổi của người kia được giữ nguyên."
)
# PostgreSQL: serialization failure, deadlock (the server rolled one client back)
_RETRYABLE_SQLSTATES = {"40001", "40P01"}


@contextmanager
def _storage_errors(db: Database) -> Iterator[None]:
    try:
        yield
    except StaleDataError as exc:  # a version check failed (optimistic locking)
        raise ConflictError(CONCURRENT_CHANGE) from exc
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) in _RETRYABLE_SQLSTATES:
            raise ConflictError(CONCURRENT_CHANGE) from exc
        raise StorageError(_describe_operational(exc, db)) from exc
    except IntegrityError as exc:
        if db.path is None:
            # on a shared server: two clients inserted the same unique value at once
            # (the services check for duplicates first, inside their transaction)
            raise ConflictError(CONCURRENT_CHANGE) from exc
        raise StorageError(
            f"Cơ sở dữ liệu {_where(db)} bị lỗi hoặc hỏng; hãy khôi phục từ bản sao lưu"
        ) from exc
    except SADatabaseError as exc:
        if db.passphrase is not None and "not a database" in str(exc.orig).lower():
            raise StorageError(
                f"Không mở được cơ sở dữ liệu mã hóa {_where(db)}: sai mật khẩu hoặc tệp bị hỏng"
            ) from exc
        raise StorageError(
            f"Cơ sở dữ liệu {_where(db)} bị lỗi hoặc hỏng; hãy khôi phục từ bản sao lưu"
        ) from exc


def server_of(db: Database) -> tuple[str, str]:
    """(host, database name) of a server database (never the password)."""
    url = db.engine.url
    return url.host or "", url.database or ""


def _where(db: Database) -> str:
    if db.path:
        return str(db.path)
    url = db.engine.url  # never the password
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{url.database or ''} trên máy chủ {host}{port}"


def _describe_operational(exc: OperationalError, db: Database) -> str:
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    where = _where(db)
    if db.path is None:
        if "password authentication failed" in text or "no password supplied" in text:
            return (
                f"Máy chủ từ chối đăng nhập vào {where}: sai tên người dùng hoặc mật khẩu "
                "(mật khẩu lấy từ ~/.pgpass, biến PGPASSWORD hoặc hộp thoại kết nối)"
            )
        if "does not exist" in text and "database" in text:
            return f"Không có cơ sở dữ liệu {where}; hãy nhờ người quản trị tạo trước"
        if "permission denied" in text:
            return f"Người dùng không có quyền trên cơ sở dữ liệu {where}"
        if "connection" in text or "could not connect" in text or "timeout" in text:
            return f"Không kết nối được tới cơ sở dữ liệu {where}; hãy kiểm tra mạng và máy chủ"
    if "locked" in text or "busy" in text:
        return (
            f"Cơ sở dữ liệu {where} đang bị một chương trình khác khóa để ghi; "
            "hãy thử lại sau ít phút"
        )
    if "readonly" in text or "read-only" in text:
        return f"Không ghi được vào {where}: tệp hoặc thư mục chỉ cho phép đọc"
    if "disk is full" in text or "database or disk is full" in text:
        return f"Ổ đĩa chứa {where} đã đầy; chưa có thay đổi nào bị mất, hãy giải phóng chỗ trống"
    if "unable to open" in text:
        if db.path is not None and db.path.parent.is_dir() and not os.access(db.path.parent, os.W_OK):
            return (
                f"Không mở được cơ sở dữ liệu {where}: thư mục chứa nó chỉ cho phép đọc "
                "(hãy chép tệp sang một thư mục ghi được)"
            )
        return f"Không mở được cơ sở dữ liệu {where}"
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return f"Tệp {where} không phải cơ sở dữ liệu hợp lệ, bị hỏng hoặc đã mã hóa"
    if "connection" in text or "could not connect" in text:
        return "Không kết nối được tới máy chủ cơ sở dữ liệu"
    return f"Lỗi cơ sở dữ liệu {where}"


def file_of(target: str | Path) -> Path | None:
    """The database file ``target`` names (absolute), or None for a server URL."""
    target_s = str(target)
    return None if is_url(target_s) else Path(target_s).expanduser().resolve()


def quick_check(db: Database) -> None:
    """Raise StorageError when the SQLite file is damaged (a page-level check, ~0.1 s
    at 100k people); a server database is not checked here."""
    if db.dialect != "sqlite":
        return
    with db.read() as s:
        rows = [r[0] for r in s.execute(sa.text("PRAGMA quick_check")).all()]
    if rows != ["ok"]:
        raise StorageError(f"Cơ sở dữ liệu {db.path} bị hỏng (kiểm tra nhanh không đạt)")


def open_database(
    target: str | Path,
    *,
    before_migrate: BeforeMigrate | None = None,
    passphrase: str | None = None,
) -> Database:
    """Open (creating if needed) and migrate a database; seed a new one."""
    target_s = str(target)
    path = file_of(target_s)
    if path is not None:
        if path.exists():
            from eidroster.io.files import LIMIT_DATABASE, check_input

            try:  # a folder, pipe or device is refused before SQLite could wait on it
                size = check_input(path, "tệp cơ sở dữ liệu", LIMIT_DATABASE)
            except InputError as exc:
                raise StorageError(exc.message) from exc
            if size > 0:
                _check_sqlite_header(path, encrypted=passphrase is not None)
        try:
            make_private_dir(path.parent)
            _create_private(path)
        except OSError as exc:
            from eidroster.io.atomic import describe_os_error

            raise StorageError(describe_os_error(exc, path)) from exc
    engine = make_engine(path if path is not None else target_s, passphrase=passphrase)
    db = Database(target_s, engine, path, passphrase)
    if path is not None and journal_mode(path) != "WAL":
        from eidroster.io.filesystem import network_filesystem

        db.network = network_filesystem(path) or "?"
    try:
        with _storage_errors(db), migrations.migration_lock(engine):
            hook = None
            if before_migrate is not None and path is not None:
                def hook(old: int, new: int) -> None:
                    before_migrate(path, old, new)
            old = migrations.migrate(engine, hook)
            if old == 0:
                _seed_new(db)
    except BaseException:
        engine.dispose()
        raise
    return db


def _create_private(path: Path) -> None:
    """Create a new database file owner-only before SQLite opens it, so that its -wal
    and -shm files (which SQLite creates with the database's permissions) are too."""
    if os.name != "posix" or path.exists():
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _check_sqlite_header(path: Path, encrypted: bool) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StorageError(f"Không đọc được tệp {path}") from exc
    if not encrypted and head != b"SQLite format 3\x00":
        raise StorageError(
            f"Tệp {path} không phải cơ sở dữ liệu SQLite (bị hỏng, đã mã hóa hoặc là tệp khác)"
        )


def _seed_new(db: Database) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    with db.write() as s:
        for pos, r in enumerate(DEFAULT_REASONS):
            reason = Reason(code=r.code, label=r.label, justified=r.justified, position=pos)
            s.add(reason)
            s.flush()
            s.add(ReasonClass(reason_id=reason.id, effective_date=migrations.CLASSIFICATION_EPOCH,
                              justified=r.justified, recorded_at=now, recorded_by="eidroster"))
        s.add(Setting(key="created_at", value=dt.datetime.now().isoformat(timespec="seconds")))


def count_rows(db: Database, table: str) -> int:
    with db.read() as s:
        return int(s.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def check_server(url: str) -> str:
    """Connect to a database server once and return its version line (for the
    connection dialog's "test" button); a failure is a StorageError in Vietnamese."""
    if not is_url(url):
        raise StorageError("Địa chỉ máy chủ phải có dạng postgresql://người_dùng@máy:cổng/tên_CSDL")
    engine = make_engine(url)
    db = Database(url, engine, None)
    try:
        with db.read() as s:
            return str(s.execute(sa.text("SELECT version()")).scalar_one()).split(",")[0]
    finally:
        engine.dispose()
