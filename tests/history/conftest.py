"""The history tests also run on the PostgreSQL server the tests start."""

from tests.postgres.conftest import pg_server, pg_url  # noqa: F401 - fixtures
