"""The rows of a SQLite file as INSERT statements, to check that opening it rewrote none."""

from __future__ import annotations

import sqlite3


def inserts(path, but: str | None = None) -> list[str]:
    """Every row of ``path`` as its dump's INSERT line, leaving out table ``but``."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if line.startswith("INSERT")
                and (but is None or f'"{but}"' not in line)]
    finally:
        conn.close()
