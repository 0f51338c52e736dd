"""Start and stop a throw-away PostgreSQL server (Debian's initdb + pg_ctl) in a
temporary folder, on 127.0.0.1 and a free port, with its unix socket inside the folder.
Used by the test fixture (conftest.py) and by benchmarks/bench_agency.py.

PostgreSQL refuses to run as root: as root, the server runs as the ``postgres`` system
user created by Debian's package, in a folder chown'ed to it."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"


class ServerUnavailable(Exception):
    """No server can be started here (the reason is the message)."""


def pg_bindir() -> Path | None:
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
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
    bindir: Path
    as_root: bool
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    def url(self, dbname: str = "postgres") -> str:
        """A plain ``postgresql://`` URL, as a user would type it after --db."""
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def _admin(self):
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=SUPERUSER,
                               dbname="postgres", autocommit=True)

    def create_database(self, prefix: str = "t", template: str = "template0") -> str:
        """A new database, empty (template0) or a copy of ``template``."""
        name = f"{prefix}_{os.getpid()}_{next(self._counter)}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        _run([str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
              "-w", "stop"], self.as_root)
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(cmd: list[str], as_postgres: bool) -> subprocess.CompletedProcess:
    if as_postgres:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def start_server() -> PgServer:
    """initdb + pg_ctl start; raises ServerUnavailable (binaries missing, no way to
    drop root) or RuntimeError (the server failed to start, with its log)."""
    bindir = pg_bindir()
    if bindir is None:
        raise ServerUnavailable(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
            "apt-get install postgresql (make test does this when run as root)")
    as_root = os.geteuid() == 0
    if as_root and shutil.which("runuser") is None:
        raise ServerUnavailable("running as root without runuser: cannot start PostgreSQL "
                                "as the 'postgres' user")
    folder = Path(tempfile.mkdtemp(prefix="eidroster-pg-"))
    data, sock, log = folder / "data", folder / "sock", folder / "server.log"
    sock.mkdir()
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
    init = _run([str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                 "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], as_root)
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr[-2000:]}")
    port = _free_port()
    options = (f"-h 127.0.0.1 -p {port} -k {sock} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=60 -c shared_buffers=128MB")
    start = _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
                  "-o", options, "start"], as_root)
    if start.returncode != 0:
        text = log.read_text(errors="replace")[-2000:] if log.exists() else start.stderr
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {text}")
    return PgServer("127.0.0.1", port, folder, bindir, as_root)
