"""Schema v5 (issue 18): the words and rules of the 2023-2025 laws in an existing database.

- **Luật Căn cước 2023.** The default reason that still says "CCCD" (the unit never
  renamed it) takes the current words; the catalogue gains the reason for a person who
  still holds only an old CMND. People who hold only a 9-digit CMND (no validity since
  01/01/2025) and had not started the process ("Chưa đăng ký", or nothing recorded)
  move to the stage that says a card is needed, "Chưa có thẻ căn cước gắn chip": a new
  status change **dated on the migration day**, carrying their reason, note and flags,
  so no report for an earlier date changes (and the report buckets of that day do not
  change either: both stages are "Chưa định danh").
- **No real-looking defaults.** Earlier versions shipped a real province's agency, a
  unit name and a town as default unit details, and the first-run wizard saved them
  when a user clicked through; a saved value still equal to one of those is removed, so
  reports are refused until the unit types its own (recorded in the audit trail).

Written with plain SQL on the tables as they are at version 4, like every migration.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from sqlalchemy.engine import Connection

#: the default reason labels of versions 1-4 that the current catalogue renames, by code
RENAMED_REASONS = {
    "waiting_card": ("Chưa có CCCD gắn chip (đang chờ cấp)",
                     "Chưa có thẻ căn cước gắn chip (đang chờ cấp)"),
}
#: reasons the current default catalogue has that versions 1-4 did not: (code, label, justified)
ADDED_REASONS = (
    ("old_cmnd", "Còn dùng CMND cũ (hết giá trị từ 01/01/2025), chưa làm thẻ căn cước", False),
)
#: unit details shipped as defaults by versions 1-4 (a real province, unit and town)
OLD_DEFAULT_DETAILS = {
    "parent_agency": "SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU",
    "unit_name": "BỆNH VIỆN ĐA KHOA",
    "place_name": "Bà Rịa",
}
BATCH = "migration-v5-cmnd"
WHO = "migration"


def today() -> dt.date:
    """The migration day (a function, so that a test can fix it)."""
    return dt.date.today()


def migrate(conn: Connection) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    _reasons(conn, now)
    _old_cmnd_holders(conn, today(), now)
    _old_defaults(conn, now)


def _audit(conn: Connection, now: dt.datetime, action: str, entity: str,
           entity_id: int | None, detail: dict) -> None:
    conn.execute(sa.text(
        "INSERT INTO audit_events (at, user_name, action, entity, entity_id, detail) "
        "VALUES (:at, :u, :a, :e, :i, :d)"),
        {"at": now, "u": WHO, "a": action, "e": entity, "i": entity_id,
         "d": json.dumps(detail, ensure_ascii=False)})


def _reasons(conn: Connection, now: dt.datetime) -> None:
    for code, (old, new) in RENAMED_REASONS.items():
        taken = conn.execute(sa.text("SELECT COUNT(*) FROM reasons WHERE label = :l"),
                             {"l": new}).scalar()
        if taken:
            continue
        row = conn.execute(sa.text("SELECT id FROM reasons WHERE code = :c AND label = :l"),
                           {"c": code, "l": old}).first()
        if row is not None:
            conn.execute(sa.text("UPDATE reasons SET label = :l WHERE id = :i"),
                         {"l": new, "i": row.id})
            _audit(conn, now, "reason_changed", "reason", row.id,
                   {"old": {"label": old}, "new": {"label": new},
                    "why": "Luật Căn cước 2023: thẻ căn cước"})
    if not conn.execute(sa.text("SELECT COUNT(*) FROM reasons")).scalar():
        return  # a new database: seeded with the current catalogue afterwards
    last = conn.execute(sa.text("SELECT COALESCE(MAX(position), 0) FROM reasons")).scalar()
    for code, label, justified in ADDED_REASONS:
        exists = conn.execute(sa.text(
            "SELECT COUNT(*) FROM reasons WHERE code = :c OR label = :l"),
            {"c": code, "l": label}).scalar()
        if exists:
            continue
        last += 1
        conn.execute(sa.text(
            "INSERT INTO reasons (code, label, justified, retired, position) "
            "VALUES (:c, :l, :j, :r, :p)"),
            {"c": code, "l": label, "j": justified, "r": False, "p": last})
        reason_id = conn.execute(sa.text("SELECT id FROM reasons WHERE code = :c"),
                                 {"c": code}).scalar()
        # its first classification holds for every date (nobody used it before)
        conn.execute(sa.text(
            "INSERT INTO reason_classes (reason_id, effective_date, justified, recorded_at, "
            "recorded_by) VALUES (:r, :d, :j, :now, :w)"),
            {"r": reason_id, "d": dt.date(1900, 1, 1), "j": justified, "now": now, "w": WHO})
        _audit(conn, now, "reason_added", "reason", reason_id,
               {"label": label, "justified": justified})


_CHANGE_COLUMNS = ("reason_id", "reason_text", "justified", "justified_fixed", "note",
                   "vneid_login", "vneid_login_date", "dvcqg_used", "dvcqg_date")


def _old_cmnd_holders(conn: Connection, day: dt.date, now: dt.datetime) -> None:
    """CMND holders employed on ``day`` whose stage in force is "Chưa đăng ký" (or who have
    no status yet) get "Chưa có thẻ căn cước gắn chip" from ``day``. A person with a
    change dated after ``day`` is left alone (that change would hide this one)."""
    people = conn.execute(sa.text(
        "SELECT e.id FROM employees e WHERE e.id_kind = 'cmnd' AND e.purged_at IS NULL "
        "AND (SELECT ev.kind FROM employment_events ev WHERE ev.employee_id = e.id "
        "     AND ev.effective_date <= :d ORDER BY ev.effective_date DESC, ev.id DESC LIMIT 1) "
        "    IN ('join', 'move') "
        "AND NOT EXISTS (SELECT 1 FROM status_changes c WHERE c.employee_id = e.id "
        "     AND c.effective_date > :d) "
        "ORDER BY e.id"), {"d": day}).scalars().all()
    rows = []
    for emp_id in people:
        latest = conn.execute(sa.text(
            "SELECT status, " + ", ".join(_CHANGE_COLUMNS) + " FROM status_changes "
            "WHERE employee_id = :e ORDER BY effective_date DESC, id DESC LIMIT 1"),
            {"e": emp_id}).mappings().first()
        if latest is not None and latest["status"] != "not_registered":
            continue  # already further along (they evidently have a card)
        carried = ({k: latest[k] for k in _CHANGE_COLUMNS} if latest is not None else
                   {"reason_id": None, "reason_text": None, "justified": False,
                    "justified_fixed": False, "note": "", "vneid_login": False,
                    "vneid_login_date": None, "dvcqg_used": False, "dvcqg_date": None})
        rows.append(carried | {"employee_id": emp_id, "status": "no_chip_card",
                               "effective_date": day, "recorded_at": now, "recorded_by": WHO,
                               "source": "migration", "batch_id": BATCH})
    if not rows:
        return
    columns = ("employee_id", "status", *_CHANGE_COLUMNS, "effective_date", "recorded_at",
               "recorded_by", "source", "batch_id")
    conn.execute(sa.text(
        f"INSERT INTO status_changes ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)})"), rows)
    ids = [r["employee_id"] for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute(sa.text("UPDATE employees SET version = version + 1, updated_at = :now "
                             "WHERE id IN (" + ", ".join(str(int(i)) for i in chunk) + ")"),
                     {"now": now})
    _audit(conn, now, "status_changed", "employee", ids[0] if len(ids) == 1 else None,
           {"count": len(ids), "status": "no_chip_card", "batch": BATCH,
            "effective_date": day.isoformat(),
            "why": "Số CMND cũ hết giá trị từ 01/01/2025: người chưa đăng ký cần làm thẻ "
                   "căn cước (nâng cấp cơ sở dữ liệu lên phiên bản 5)"})


def _old_defaults(conn: Connection, now: dt.datetime) -> None:
    for key, value in OLD_DEFAULT_DETAILS.items():
        saved = conn.execute(sa.text("SELECT value FROM settings WHERE key = :k"),
                             {"k": key}).scalar()
        if saved is None or saved.strip() != value:
            continue
        conn.execute(sa.text("DELETE FROM settings WHERE key = :k"), {"k": key})
        _audit(conn, now, "setting_changed", "setting", None,
               {"key": key, "old": saved, "new": "",
                "why": "giá trị mặc định của phiên bản cũ, không phải do đơn vị nhập"})
