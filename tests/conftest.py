"""Shared fixtures. Every test runs offscreen, with its own data folder and database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EIDROSTER_USER"] = "tester"

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Never touch the real user's data folder or database."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("EIDROSTER_DATA_DIR", str(data))
    monkeypatch.delenv("EIDROSTER_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def db(db_path):
    from eidroster.services.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    from eidroster.services.demo import generate

    generate(db, 300, seed=7, unit_details=False)  # people only: tests set the unit
    return db


@pytest.fixture
def run_cli():
    """Run ``python -m eidroster ARGS`` in a real process; returns CompletedProcess."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 120):
        full_env = dict(os.environ)
        if env:
            full_env.update(env)
        return subprocess.run(
            [sys.executable, "-m", "eidroster", *map(str, args)],
            capture_output=True, text=True, input=input, env=full_env, timeout=timeout,
            cwd=REPO,
        )

    return run
