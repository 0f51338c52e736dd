"""A real PostgreSQL server for the tests: one per test session (per xdist worker),
started with Debian's ``initdb`` + ``pg_ctl`` in a temporary folder, listening on
127.0.0.1 on a free port (and a unix socket inside that folder), stopped at the end.
Each test gets a fresh database (CREATE DATABASE), so tests never see each other.

PostgreSQL refuses to run as root: when the tests run as root (CI does), the server
runs as the ``postgres`` system user that Debian's package creates, in a folder
chown'ed to it. Without the binaries the tests are skipped with the reason, unless
running as root, where ``make test`` has installed the package (installer/setup-dev.sh).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
SUPERUSER = "postgres"


def _pg_bin() -> Path | None:
    for d in PG_BIN_DIRS:
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    host: str
    port: int
    folder: Path
    _counter: itertools.count

    def url(self, dbname: str = "postgres") -> str:
        """A plain ``postgresql://`` URL, as a user would type it after --db."""
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def create_database(self, prefix: str = "t") -> str:
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(
            host=self.host, port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(
            host=self.host, port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_as_server_user(cmd: list[str], as_postgres: bool, **kw) -> subprocess.CompletedProcess:
    if as_postgres:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)


@pytest.fixture(scope="session")
def pg_server():
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
            "apt-get install postgresql (make test does this when run as root)"
        )
    as_root = os.geteuid() == 0
    if as_root and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as 'postgres'")
    folder = Path(tempfile.mkdtemp(prefix="eidroster-pg-"))
    data, sock, log = folder / "data", folder / "sock", folder / "server.log"
    sock.mkdir()
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
    init = _run_as_server_user(
        [str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        as_root,
    )
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"initdb failed: {init.stderr[-2000:]}")
    port = _free_port()
    options = (
        f"-h 127.0.0.1 -p {port} -k {sock} -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB"
    )
    start = _run_as_server_user(
        [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
         "-o", options, "start"],
        as_root,
    )
    if start.returncode != 0:
        text = log.read_text(errors="replace")[-2000:] if log.exists() else start.stderr
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed: {text}")
    try:
        yield PgServer("127.0.0.1", port, folder, itertools.count(1))
    finally:
        _run_as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], as_root
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the test server (plain postgresql:// URL)."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def pg_db(pg_url):
    """The fresh database opened (migrated and seeded) through the services."""
    from eidroster.services.database import open_database

    database = open_database(pg_url)
    yield database
    database.close()


@pytest.fixture
def pg_demo_db(pg_db):
    from eidroster.services.demo import generate

    generate(pg_db, 300, seed=7)
    return pg_db


# The service and database tests written for SQLite take ``db`` / ``demo_db``; inside
# tests/postgres those names are the PostgreSQL database, so the same tests run on both.
@pytest.fixture
def db(pg_db):
    return pg_db


@pytest.fixture
def demo_db(pg_demo_db):
    return pg_demo_db
