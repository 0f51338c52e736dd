"""Opening a database: SQLite file (default) or a PostgreSQL URL.

SQLite is opened in WAL mode with foreign keys on, a busy timeout, and Python's
implicit transaction handling replaced by explicit BEGINs so that DDL and bulk
changes are truly all-or-nothing. Write transactions use ``BEGIN IMMEDIATE`` (via
the ``sqlite_begin`` execution option) so two writers never deadlock halfway.

A database on a network file system (:mod:`eidroster.io.filesystem`) is opened with a
rollback journal instead of WAL: WAL's shared memory does not work across computers.

A file path is always a file path: it is handed to SQLite as a database name, never
parsed as a URL, so ``#``, ``?`` and ``%`` in a folder or file name mean themselves.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 5000


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_url(path: Path) -> sa.engine.URL:
    """The SQLAlchemy URL of an SQLite file; built, not parsed, so that no character of
    the path is taken as URL syntax (``?`` would start a query, ``#`` a fragment)."""
    return sa.engine.URL.create("sqlite", database=str(path))


def journal_mode(path: Path | None) -> str:
    """``WAL`` for a local file, ``DELETE`` (a rollback journal) on a network file system."""
    if path is None:
        return "WAL"
    from eidroster.io.filesystem import network_filesystem

    return "DELETE" if network_filesystem(path) else "WAL"


def server_url(target: str) -> str:
    """A server URL with its SQLAlchemy driver: ``postgresql://`` (and the old
    ``postgres://`` spelling) use psycopg 3. Other URLs are returned unchanged."""
    for prefix in ("postgresql://", "postgres://"):
        if target.startswith(prefix):
            return "postgresql+psycopg://" + target[len(prefix):]
    return target


def make_engine(target: str | Path, *, passphrase: str | None = None) -> Engine:
    """An engine for a file path or a database URL.

    PostgreSQL: READ COMMITTED (the server's default); lost updates are prevented by
    the version column of ``employees`` (an UPDATE ... WHERE version = :seen waits for
    a concurrent writer, then matches no row and raises StaleDataError). No password
    is kept here: libpq reads ``~/.pgpass`` or ``PGPASSWORD`` when the URL has none."""
    target_s = str(target)
    if is_url(target_s) and not target_s.startswith("sqlite"):
        url = server_url(target_s)
        kwargs: dict = {"pool_pre_ping": True}
        if url.startswith("postgresql"):
            kwargs["connect_args"] = {"connect_timeout": 10, "application_name": "eidroster"}
        return sa.create_engine(url, **kwargs)
    url: str | sa.engine.URL
    if is_url(target_s):
        url = target_s
        path = Path(target_s.split("///", 1)[1]) if "///" in target_s else None
    else:
        path = Path(target_s).expanduser().resolve()
        url = sqlite_url(path)
    kwargs = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if passphrase is not None:
        import sqlcipher3  # optional dependency: encryption at rest

        # the pysqlcipher dialect issues ``PRAGMA key`` itself from the URL's password
        # (properly quoted); an empty password there fails before our own hook runs
        url = sa.engine.URL.create(
            "sqlite+pysqlcipher", password=passphrase,
            database=str(path) if path is not None else None,
        )
        kwargs["module"] = sqlcipher3.dbapi2
    if path is not None and path.name:
        if os.name == "posix":
            old_umask = os.umask(0o077)
        else:
            old_umask = None
        try:
            engine = sa.create_engine(url, **kwargs)
        finally:
            if old_umask is not None:
                os.umask(old_umask)
    else:
        engine = sa.create_engine(url, **kwargs)
    _configure_sqlite(engine, journal_mode(path if path is not None and path.name else None))
    return engine


def _configure_sqlite(engine: Engine, journal: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA journal_mode = {journal}")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN (SQLite)."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine
