"""A worker process for the network-share test: opens the database as if its folder
were an NFS mount (the mount table is injected, the file is real) and increments a
counter in many short write transactions, recording each increment in the same
transaction.

    python -m tests.corpus.netshare_worker DB NAME COUNT
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import sqlalchemy as sa


def main(db_path: str, name: str, count: str) -> int:
    import eidroster.io.filesystem as fs

    folder = str(Path(db_path).resolve().parent)
    fs._linux_mounts = lambda: [("/", "ext4"), (folder, "nfs4")]
    from eidroster.services.database import open_database

    db = open_database(db_path)
    assert db.network == "nfs4", db.network
    with db.read() as s:
        mode = s.execute(sa.text("PRAGMA journal_mode")).scalar_one()
    assert mode == "delete", mode
    print("ready", flush=True)
    for _ in range(int(count)):
        with db.write() as s:
            value = int(s.execute(sa.text(
                "SELECT value FROM settings WHERE key = 'test_counter'")).scalar_one())
            s.execute(sa.text("UPDATE settings SET value = :v WHERE key = 'test_counter'"),
                      {"v": str(value + 1)})
            s.execute(sa.text(
                "INSERT INTO audit_events (at, user_name, action, entity, detail) "
                "VALUES (CURRENT_TIMESTAMP, :u, 'test_increment', '', :d)"),
                {"u": name, "d": f"{value}->{value + 1}"})
        # a pause between transactions, as between a person's edits: two loops writing
        # back to back starve a third program's open past the busy timeout on a loaded
        # machine (SQLite's lock is not fair), which is not the case under test
        time.sleep(0.002)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
