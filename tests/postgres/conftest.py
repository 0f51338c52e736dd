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

import pytest

from tests.postgres.server import PgServer, ServerUnavailable, start_server


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    try:
        server = start_server()
    except ServerUnavailable as exc:
        pytest.skip(str(exc))
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the test server (plain postgresql:// URL)."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A database migrated and seeded once by open_database, copied for each test."""
    from eidroster.services.database import open_database

    name = pg_server.create_database("template")
    open_database(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_db(pg_server, pg_template):
    """A fresh database as open_database leaves a new one (migrated and seeded)."""
    from eidroster.services.database import open_database

    name = pg_server.create_database(template=pg_template)
    database = open_database(pg_server.url(name))
    yield database
    database.close()
    pg_server.drop_database(name)


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
