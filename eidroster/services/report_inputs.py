"""What the report writers need from the database beyond the numbers: the unit's
details (and whether they are really set), the first day of the history (the trend's
start), and Phụ lục IV's people in the unit's own department order.

The writers under ``eidroster/reports`` never import ``db``: the queries live here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from eidroster.db.models import Setting, StatusChange
from eidroster.domain.errors import InputError
from eidroster.domain.text import text_sort_key
from eidroster.services.database import Database

#: Every report is refused until these are set (issue 18: no real-looking defaults
#: printed unchallenged). Key -> the name the settings form shows.
REQUIRED_UNIT_DETAILS = {
    "unit_name": "Tên đơn vị",
    "parent_agency": "Cơ quan chủ quản",
    "place_name": "Địa danh (dòng ngày tháng)",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
}

#: Plainly fictional details for a demo or a self-test database, in the two-level map
#: (a province or centrally-run city, then a commune or ward; no district since
#: 1/7/2025). ``services.demo`` calls :func:`set_example_unit_details`.
EXAMPLE_UNIT_DETAILS = {
    "parent_agency": "Sở Y tế tỉnh Mẫu (dữ liệu mẫu)",
    "unit_name": "Bệnh viện Mẫu (dữ liệu mẫu)",
    "place_name": "Phường Mẫu",
    "doc_number_pattern": "Số: …/BC-BVM",
    "signer_title": "GIÁM ĐỐC",
    "signer_name": "Người Ký Mẫu",
    "preparer": "Người Lập Mẫu",
    "recipients": "Sở Y tế tỉnh Mẫu (b/c)\nLưu: VT, TCCB",
}


def saved_settings(db: Database) -> dict[str, str]:
    """The settings the unit saved itself (defaults not filled in)."""
    with db.read() as s:
        return {row.key: row.value for row in s.scalars(select(Setting))}


def missing_unit_details(db: Database) -> list[str]:
    """Keys of :data:`REQUIRED_UNIT_DETAILS` not saved, or saved blank."""
    saved = saved_settings(db)
    return [k for k in REQUIRED_UNIT_DETAILS if not (saved.get(k) or "").strip()]


def require_unit_details(db: Database) -> None:
    """Refuse a report (InputError, exit 1 on the command line) while the unit's name,
    parent agency, place or signer are not set, naming each missing setting."""
    missing = missing_unit_details(db)
    if missing:
        names = "; ".join(f"{REQUIRED_UNIT_DETAILS[k]} ({k})" for k in missing)
        raise InputError(
            "Chưa lập được báo cáo: hãy nhập thông tin đơn vị trước (menu Báo cáo → "
            f"Thông tin đơn vị, hoặc lệnh 'settings set KHÓA GIÁ_TRỊ'). Còn thiếu: {names}.")


def set_example_unit_details(db: Database) -> None:
    """Fill the unit's details with :data:`EXAMPLE_UNIT_DETAILS` where none is saved
    (a demo or self-test database; never a real unit's)."""
    from eidroster.services.settings import set_settings

    saved = saved_settings(db)
    todo = {k: v for k, v in EXAMPLE_UNIT_DETAILS.items() if not (saved.get(k) or "").strip()}
    if todo:
        set_settings(db, todo)


def first_status_date(db: Database) -> dt.date | None:
    """The effective date of the earliest recorded status change."""
    with db.read() as s:
        return s.scalar(select(func.min(StatusChange.effective_date)))


def pending_people(db: Database, as_of: dt.date, department_order: list[str]) -> list:
    """Phụ lục IV's rows: everyone active and not at level 2 on the date, in the unit's
    department order (as Phụ lục III), then by Vietnamese name."""
    from eidroster.services.summary import not_level2_people

    people = not_level2_people(db, as_of)
    rank = {name: i for i, name in enumerate(department_order)}
    last = len(rank)
    people.sort(key=lambda p: (rank.get(p.department, last), text_sort_key(p.department),
                               p.sort_key, p.employee_id))
    return people
