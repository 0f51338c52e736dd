"""Versioned schema migrations, for SQLite and PostgreSQL alike.

Each version's tables are written out here as they were at that version (frozen
SQLAlchemy Core definitions), never derived from the current ORM models, so that an
old database is always brought forward by the same steps. ``schema_info.version``
records where a database stands. A backup hook runs before any migration of an
existing database (see :mod:`eidroster.services.backup`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from eidroster.domain.errors import StorageError
from eidroster.domain.text import fold, join_name, name_sort_key

CURRENT_VERSION = 6


def _v1(conn: Connection) -> None:
    md = sa.MetaData()
    sa.Table("schema_info", md, sa.Column("version", sa.Integer, primary_key=True))
    sa.Table(
        "departments", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    sa.Table(
        "reasons", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(50), unique=True),
        sa.Column("label", sa.String(300), nullable=False, unique=True),
        sa.Column("justified", sa.Boolean, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    sa.Table(
        "employees", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ho", sa.String(100), nullable=False, server_default=""),
        sa.Column("dem", sa.String(200), nullable=False, server_default=""),
        sa.Column("ten", sa.String(100), nullable=False, server_default=""),
        sa.Column("birth_date", sa.Date),
        sa.Column("gender", sa.String(1)),
        sa.Column("id_number", sa.String(12), unique=True),
        sa.Column("id_kind", sa.String(8)),
        sa.Column("title", sa.String(200), nullable=False, server_default=""),
        sa.Column("department_id", sa.Integer, sa.ForeignKey("departments.id"), nullable=False),
        sa.Column("start_date", sa.Date),
        sa.Column("leave_date", sa.Date),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("purged_at", sa.DateTime),
    )
    sa.Table(
        "status_changes", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("employee_id", sa.Integer,
                  sa.ForeignKey("employees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("reason_id", sa.Integer, sa.ForeignKey("reasons.id")),
        sa.Column("reason_text", sa.Text),
        sa.Column("justified", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("vneid_login", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("vneid_login_date", sa.Date),
        sa.Column("dvcqg_used", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("dvcqg_date", sa.Date),
        sa.Column("effective_date", sa.Date, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("batch_id", sa.String(40)),
        sa.Index("ix_status_emp_date", "employee_id", "effective_date", "id"),
    )
    sa.Table(
        "settings", md,
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )
    sa.Table(
        "audit_events", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("entity", sa.String(50), nullable=False, server_default=""),
        sa.Column("entity_id", sa.Integer),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
    )
    md.create_all(conn)


def _v2(conn: Connection) -> None:
    """Precomputed Vietnamese sort key and accent-free search key on employees,
    backfilled from the names, so that the roster sorts and filters 100k rows fast."""
    conn.execute(sa.text("ALTER TABLE employees ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''"))
    conn.execute(sa.text("ALTER TABLE employees ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"))
    rows = conn.execute(sa.text("SELECT id, ho, dem, ten FROM employees")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE employees SET sort_key = :s, search_key = :k WHERE id = :i"),
            [
                {"i": r.id, "s": name_sort_key(r.ho, r.dem, r.ten),
                 "k": fold(join_name(r.ho, r.dem, r.ten))}
                for r in rows
            ],
        )
    conn.execute(sa.text("CREATE INDEX ix_employees_department ON employees (department_id)"))


#: the date from which a reason's first classification is recorded (it holds before too)
CLASSIFICATION_EPOCH = dt.date(1900, 1, 1)


def _v3(conn: Connection) -> None:
    """History for everything a report depends on (issue 13): dated employment and
    department membership, dated reason classification, whether a change's "chính đáng"
    was set for it or follows its reason; plus department aliases and the register of
    reports sent. Existing employees' current values become their first events."""
    conn.execute(sa.text(
        "ALTER TABLE status_changes ADD COLUMN justified_fixed BOOLEAN NOT NULL DEFAULT FALSE"))
    md = sa.MetaData()
    sa.Table("employees", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table("departments", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table("reasons", md, sa.Column("id", sa.Integer, primary_key=True))
    events = sa.Table(
        "employment_events", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("employee_id", sa.Integer,
                  sa.ForeignKey("employees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("department_id", sa.Integer, sa.ForeignKey("departments.id"), nullable=False),
        sa.Column("effective_date", sa.Date, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("batch_id", sa.String(40)),
        sa.Index("ix_employment_emp_date", "employee_id", "effective_date", "id"),
    )
    classes = sa.Table(
        "reason_classes", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reason_id", sa.Integer,
                  sa.ForeignKey("reasons.id", ondelete="CASCADE"), nullable=False),
        sa.Column("effective_date", sa.Date, nullable=False),
        sa.Column("justified", sa.Boolean, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        sa.Index("ix_reason_class_date", "reason_id", "effective_date", "id"),
    )
    sa.Table(
        "department_aliases", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("department_id", sa.Integer,
                  sa.ForeignKey("departments.id", ondelete="CASCADE"), nullable=False),
    )
    sa.Table(
        "report_exports", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("issued", sa.Date),
        sa.Column("exported_at", sa.DateTime, nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("counts", sa.Text, nullable=False, server_default=""),
        sa.Column("user_name", sa.String(100), nullable=False),
    )
    md.create_all(conn, tables=[md.tables[n] for n in (
        "employment_events", "reason_classes", "department_aliases", "report_exports")])
    # a change whose "chính đáng" differs from its reason's classification (or that has
    # no catalogue reason) keeps its own value: the past stays as it was
    conn.execute(sa.text(
        "UPDATE status_changes SET justified_fixed = TRUE WHERE reason_id IS NULL "
        "OR justified <> (SELECT r.justified FROM reasons r WHERE r.id = status_changes.reason_id)"))
    now = dt.datetime.now().replace(microsecond=0)
    first = [
        {"reason_id": rid, "effective_date": CLASSIFICATION_EPOCH, "justified": bool(j),
         "recorded_at": now, "recorded_by": "migration"}
        for rid, j in conn.execute(sa.text("SELECT id, justified FROM reasons")).all()
    ]
    if first:  # an empty parameter list would insert one row of NULLs
        conn.execute(classes.insert(), first)
    _v3_employment(conn, events)


def _v3_employment(conn: Connection, events: sa.Table) -> None:
    """Each employee's join (and leave) from the old start/leave columns. Without a start
    date, the person starts on the earliest day anything was recorded about them (their
    first status change, or the day they were entered), never "forever"."""
    rows = conn.execute(sa.text(
        "SELECT e.id, e.department_id, e.start_date, e.leave_date, e.created_at, "
        "(SELECT MIN(c.effective_date) FROM status_changes c WHERE c.employee_id = e.id) "
        "FROM employees e")).all()
    out: list[dict] = []
    starts: list[dict] = []
    for emp_id, dept, start, leave, created, first in rows:
        start, leave = _as_date(start), _as_date(leave)
        created_at = _as_datetime(created)
        if start is None:
            known = [d for d in (_as_date(first), created_at.date()) if d is not None]
            start = min(known)
            if leave is not None and leave <= start:
                start = leave - dt.timedelta(days=1)
            starts.append({"i": emp_id, "s": start})
        base = {"employee_id": emp_id, "department_id": dept, "recorded_at": created_at,
                "recorded_by": "migration", "source": "migration", "batch_id": None}
        out.append(base | {"kind": "join", "effective_date": start})
        if leave is not None:
            out.append(base | {"kind": "leave", "effective_date": leave})
    for i in range(0, len(out), 5000):
        conn.execute(events.insert(), out[i:i + 5000])
    if starts:
        conn.execute(sa.text("UPDATE employees SET start_date = :s WHERE id = :i"), starts)


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    return dt.date.fromisoformat(str(value)[:10])


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _v4(conn: Connection) -> None:
    """The day each department entered the catalogue, so that a department made today
    does not appear as an empty row in a report for an earlier date. Departments that
    exist already count as always having existed: no past report changes."""
    conn.execute(sa.text(
        "ALTER TABLE departments ADD COLUMN created_on DATE NOT NULL DEFAULT '1900-01-01'"))


def _v5(conn: Connection) -> None:
    """The words and rules of the 2023-2025 laws (issue 18): see :mod:`.migration_v5`."""
    from eidroster.db import migration_v5

    migration_v5.migrate(conn)


def _v6(conn: Connection) -> None:
    """The fill-in forms sent to departments and taken back (issue 19): one row per form
    issued, with the people it listed (ids only) and, once returned, when, from which file
    and by which import batch (a form is applied once)."""
    md = sa.MetaData()
    sa.Table("departments", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "department_forms", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token", sa.String(20), nullable=False, unique=True),
        sa.Column("department_id", sa.Integer, sa.ForeignKey("departments.id"), nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("issued_by", sa.String(100), nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("people", sa.Integer, nullable=False),
        sa.Column("employee_ids", sa.Text, nullable=False, server_default=""),
        sa.Column("returned_at", sa.DateTime),
        sa.Column("returned_by", sa.String(100)),
        sa.Column("returned_file", sa.Text),
        sa.Column("returned_sha256", sa.String(64)),
        sa.Column("batch_id", sa.String(40)),
        sa.Index("ix_department_forms_department", "department_id", "as_of"),
    )
    md.create_all(conn, tables=[md.tables["department_forms"]])


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5,
                                                   6: _v6}


def schema_version(engine: Engine) -> int:
    """0 for an empty database; raises StorageError for a database that is not ours."""
    insp = sa.inspect(engine)
    tables = set(insp.get_table_names())
    if not tables:
        return 0
    if "schema_info" not in tables:
        raise StorageError("Tệp này không phải là cơ sở dữ liệu của eidroster")
    with engine.connect() as conn:
        version = conn.execute(sa.text("SELECT MAX(version) FROM schema_info")).scalar()
    if version is None:
        raise StorageError("Cơ sở dữ liệu eidroster không có số phiên bản (có thể đã hỏng)")
    return int(version)


#: PostgreSQL advisory lock held by the client that migrates and seeds a shared database
MIGRATION_LOCK_KEY = 0x65696472  # "eidr"


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """On a shared server, one client at a time checks/migrates/seeds the schema (two
    desks starting on an empty database must not both create the tables). SQLite: a
    no-op (one desk; writers are serialised by the file lock)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        try:
            yield
        finally:
            conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})


def migrate(engine: Engine, before: Callable[[int, int], None] | None = None) -> int:
    """Bring the database to :data:`CURRENT_VERSION`. ``before(old, new)`` runs first
    when an existing database is about to change (the backup). Returns the old version."""
    old = schema_version(engine)
    if old > CURRENT_VERSION:
        raise StorageError(
            f"Cơ sở dữ liệu ở phiên bản {old}, mới hơn chương trình này "
            f"(phiên bản {CURRENT_VERSION}); hãy cập nhật eidroster"
        )
    if old == CURRENT_VERSION:
        return old
    if old > 0 and before is not None:
        before(old, CURRENT_VERSION)
    for version in range(old + 1, CURRENT_VERSION + 1):
        # one transaction per step: a step killed half-way leaves the previous version
        with engine.begin() as conn:
            MIGRATIONS[version](conn)
            conn.execute(sa.text("DELETE FROM schema_info"))
            conn.execute(sa.text("INSERT INTO schema_info (version) VALUES (:v)"), {"v": version})
    return old
