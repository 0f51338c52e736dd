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


def make_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents owner-only (0700 on POSIX). Folders that
    already exist are left exactly as they are: a folder the program did not create (a
    shared group folder, a read-only folder) never has its permissions changed."""
    missing = []
    p = Path(path)
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        if os.name == "posix":
            os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    return Path(path)


def data_dir() -> Path:
    """The user's data folder (created owner-only on POSIX when it does not exist yet)."""
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    return make_private_dir(path)


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
