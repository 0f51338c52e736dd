"""Shared helpers of the safety tests (no fixtures: plain functions)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def file_hash(path: Path) -> str:
    """SHA-256 of the database file and, if present, its WAL (byte-for-byte state)."""
    h = hashlib.sha256()
    for p in (Path(path), Path(str(path) + "-wal")):
        if p.exists():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def scalar(path: Path, sql: str, *params):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchone()[0]
    finally:
        con.close()


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so that the file hash is the whole state."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        con.close()


def demo_database(path: Path, staff: int, seed: int, *, unit_details: bool = False) -> Path:
    """A database of ``staff`` generated people, checkpointed (its hash is its state);
    ``unit_details``: the example unit's details set, so that reports can be exported."""
    from eidroster.services.database import open_database
    from eidroster.services.demo import generate

    db = open_database(path)
    try:
        generate(db, staff, seed=seed)
        if unit_details:
            from eidroster.services.report_inputs import set_example_unit_details

            set_example_unit_details(db)
    finally:
        db.close()
    checkpoint(path)
    return path


def run_main(capsys, *args) -> tuple[int, str, str]:
    """``python -m eidroster ARGS`` in this process: (exit status, stdout, stderr)."""
    from eidroster.cli import main

    capsys.readouterr()
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
