"""Every row of every table of a database, to check what a step changed (SQLite and
PostgreSQL alike)."""

from __future__ import annotations

import sqlalchemy as sa

from eidroster.db.models import Base


def everything(db, but: tuple[str, ...] = ()) -> dict[str, list]:
    """Each table's rows in key order, leaving out the tables named in ``but``."""
    with db.read() as s:
        return {t.name: s.execute(sa.select(t).order_by(*t.primary_key.columns)).all()
                for t in Base.metadata.sorted_tables if t.name not in but}
