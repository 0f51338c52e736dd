"""The one place that knows where things live: the user's data folder, the default
database, and the shipped resources (same code from source and from a frozen bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "eidroster"
DB_ENV = "EIDROSTER_DB"
DATA_ENV = "EIDROSTER_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder (created, owner-only on POSIX)."""
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass
    return path


def default_db_target() -> str:
    """``$EIDROSTER_DB`` if set, else ``eidroster.sqlite`` in the data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return env
    return str(data_dir() / "eidroster.sqlite")


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database in a ``backups`` folder."""
    return db_path.parent / "backups"


def resources_dir() -> Path:
    """``resources/`` of the source tree, or of the PyInstaller bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
