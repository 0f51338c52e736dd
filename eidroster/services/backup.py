"""Backups with SQLite's online backup API (consistent even while the database is in use)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from eidroster.domain.errors import StorageError
from eidroster.paths import backup_dir_for


def online_backup(source: Path, target: Path) -> Path:
    """Copy a live SQLite database to ``target`` (written beside, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"Không sao lưu được cơ sở dữ liệu vào {target}: {_reason(exc)}") from exc
    return target


def _reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        return "ổ đĩa đã đầy"
    if "read-only" in text or "readonly" in text or "permission" in text:
        return "không có quyền ghi"
    return "lỗi đọc/ghi"


def backup_before_migration(db_path: Path, old: int, new: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir_for(db_path) / f"{db_path.stem}-before-v{new}-from-v{old}-{stamp}.sqlite"
    return online_backup(db_path, target)
