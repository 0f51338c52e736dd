"""Generated demo data: plausible, deterministic for a seed, never real people; the unit's
details plainly fictional and marked "(dữ liệu mẫu)" (a province and a ward of the
two-level administrative map), so that a demo database exports every report."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import select

from eidroster.db.models import Department, Employee, EmploymentEvent, Reason, StatusChange
from eidroster.domain.cccd import PROVINCES, make_cccd
from eidroster.domain.statuses import Status
from eidroster.domain.text import fold, join_name, name_sort_key
from eidroster.services.audit import record_event
from eidroster.services.database import Database

DEPARTMENTS = (
    "Ban Giám đốc", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch tổng hợp", "Phòng Tài chính kế toán",
    "Phòng Điều dưỡng", "Phòng Hành chính quản trị", "Khoa Khám bệnh", "Khoa Nội",
    "Khoa Ngoại", "Khoa Sản", "Khoa Nhi", "Khoa Hồi sức cấp cứu", "Khoa Xét nghiệm",
    "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Khoa Truyền nhiễm", "Khoa Răng Hàm Mặt",
    "Khoa Tai Mũi Họng", "Khoa Mắt", "Khoa Y học cổ truyền",
)
_WEIGHTS = (1, 2, 2, 2, 1, 3, 6, 10, 9, 8, 7, 6, 5, 4, 3, 5, 2, 2, 2, 3)
HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
      "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tạ", "Châu")
HO_W = (38, 11, 9, 7, 5, 5, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1)
DEM_M = ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Hoàng", "Ngọc", "Xuân", "Trọng", "Văn Minh")
DEM_F = ("Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Thùy", "Kim", "Thị Thu", "Hồng", "Bảo", "Phương", "Thị Ngọc")
TEN_M = ("An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng",
         "Huy", "Khang", "Khánh", "Lâm", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân",
         "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Tiến", "Toàn", "Trí", "Trung", "Tuấn",
         "Việt", "Vũ", "Ân", "Ánh", "Đạt", "Lộc", "Kiên")
TEN_F = ("Anh", "Ánh", "Ân", "Bích", "Chi", "Diễm", "Dung", "Duyên", "Giang", "Hà", "Hạnh",
         "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My",
         "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thủy",
         "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Yến", "Nga")
TITLES = ("Bác sĩ", "Điều dưỡng", "Hộ sinh", "Kỹ thuật viên", "Dược sĩ", "Chuyên viên",
          "Kế toán viên", "Nhân viên", "Y sĩ", "Bác sĩ chuyên khoa I")
TITLE_W = (20, 35, 6, 10, 5, 8, 3, 8, 3, 2)


@dataclass(frozen=True, slots=True)
class DemoResult:
    employees: int
    status_changes: int


def generate(db: Database, staff: int, seed: int = 1, today: dt.date | None = None, *,
             unit_details: bool = True) -> DemoResult:
    """Add ``staff`` generated employees with six weeks of status history, in one transaction;
    with ``unit_details``, fill the unit's details the database has not saved with
    :data:`~eidroster.services.report_inputs.EXAMPLE_UNIT_DETAILS` (never a real unit's:
    what the unit typed is kept)."""
    if staff < 0 or staff > 2_000_000:
        from eidroster.domain.errors import InputError

        raise InputError("Số nhân viên mẫu phải từ 0 đến 2.000.000")
    rng = random.Random(seed)
    today = today or dt.date.today()
    campaign_start = today - dt.timedelta(days=42)
    provinces = ["077", "079", "075", "072", "080", "086", "040", "038", "001"] + rng.sample(
        sorted(PROVINCES), 8
    )
    with db.write() as s:
        postgres = s.get_bind().dialect.name == "postgresql"
        if postgres:
            # ids are assigned here (max + 1 ...): keep other clients' inserts out meanwhile
            s.execute(sa.text("LOCK TABLE employees IN SHARE ROW EXCLUSIVE MODE"))
        dept_ids: list[int] = []
        for pos, name in enumerate(DEPARTMENTS):
            dept = s.scalar(select(Department).where(Department.name == name))
            if dept is None:
                # the demo's history reaches back years: its departments always existed
                dept = Department(name=name, position=pos, active=True,
                                  created_on=dt.date(1900, 1, 1))
                s.add(dept)
                s.flush()
            dept_ids.append(dept.id)
        reasons = {r.code: (r.id, r.justified) for r in s.scalars(select(Reason)) if r.code}
        # a card-related reason only for the people it fits (below)
        justified_codes = [c for c, (_, j) in reasons.items() if j and c not in _CARD_CODES]
        unjustified_codes = [c for c, (_, j) in reasons.items() if not j and c not in _CARD_CODES]
        used_ids = set(s.scalars(select(Employee.id_number).where(Employee.id_number.is_not(None))))
        first_id = (s.scalar(select(sa.func.max(Employee.id))) or 0) + 1
        now = dt.datetime.now().replace(microsecond=0)
        employees: list[dict] = []
        changes: list[dict] = []
        for k in range(staff):
            emp_id = first_id + k
            female = rng.random() < 0.68
            gender = "F" if female else "M"
            ho = rng.choices(HO, HO_W)[0]
            dem = rng.choice(DEM_F if female else DEM_M)
            ten = rng.choice(TEN_F if female else TEN_M)
            birth = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 40))
            id_number: str | None
            if rng.random() < 0.02:
                id_number = f"{rng.randrange(0, 10**9):09d}"  # old CMND
                id_kind = "cmnd"
            else:
                id_number = make_cccd(rng.choice(provinces), birth.year, gender, rng.randrange(10**6))
                id_kind = "cccd"
            while id_number in used_ids:
                id_number = id_number[:-6] + f"{rng.randrange(10**6):06d}" if id_kind == "cccd" \
                    else f"{rng.randrange(0, 10**9):09d}"
            used_ids.add(id_number)
            start = today - dt.timedelta(days=rng.randrange(60, 365 * 25))
            leave = None
            roll = rng.random()
            if roll < 0.02:
                leave = today - dt.timedelta(days=rng.randrange(1, 40))
            elif roll < 0.04:
                start = today - dt.timedelta(days=rng.randrange(0, 30))
            employees.append({
                "id": emp_id, "ho": ho, "dem": dem, "ten": ten, "birth_date": birth,
                "gender": gender, "id_number": id_number, "id_kind": id_kind,
                "title": rng.choices(TITLES, TITLE_W)[0],
                "department_id": rng.choices(dept_ids, _WEIGHTS)[0],
                "start_date": start, "leave_date": leave, "created_at": now, "updated_at": now,
                "version": 1, "sort_key": name_sort_key(ho, dem, ten),
                "search_key": fold(join_name(ho, dem, ten)),
            })
            changes.extend(_history(rng, emp_id, campaign_start, today, id_kind, reasons,
                                    justified_codes, unjustified_codes, now))
        if employees:
            s.execute(sa.insert(Employee.__table__), employees)
            s.execute(sa.insert(EmploymentEvent.__table__), _employment(employees, now))
            if postgres:  # explicit ids do not advance the serial sequence
                s.execute(sa.text(
                    "SELECT setval(pg_get_serial_sequence('employees', 'id'), "
                    "(SELECT MAX(id) FROM employees))"
                ))
        if changes:
            s.execute(sa.insert(StatusChange.__table__), changes)
        record_event(s, "demo_generated", "", None, {"employees": staff, "seed": seed})
    if unit_details:
        from eidroster.services.report_inputs import set_example_unit_details

        set_example_unit_details(db)
    return DemoResult(len(employees), len(changes))


def _employment(employees: list[dict], now: dt.datetime) -> list[dict]:
    """Each generated person's join (and leave) as employment events."""
    out = []
    for emp in employees:
        base = {"employee_id": emp["id"], "department_id": emp["department_id"],
                "recorded_at": now, "recorded_by": "demo", "source": "demo", "batch_id": None}
        out.append(base | {"kind": "join", "effective_date": emp["start_date"]})
        if emp["leave_date"] is not None:
            out.append(base | {"kind": "leave", "effective_date": emp["leave_date"]})
    return out


def _history(rng, emp_id, start, today, id_kind, reasons, justified_codes, unjustified_codes, now):
    """A path through the stages, each step on a later day of the campaign."""
    span = (today - start).days
    final = rng.random()
    if id_kind == "cmnd":
        path = [Status.NO_CHIP_CARD]
    elif final < 0.86:
        path = [Status.NOT_REGISTERED, Status.SUBMITTED, Status.LEVEL2]
        if rng.random() < 0.3:
            path = [Status.LEVEL1, Status.LEVEL2]
        if rng.random() < 0.2:
            path = [Status.LEVEL2]
    elif final < 0.91:
        path = [Status.NOT_REGISTERED, Status.LEVEL1]
    elif final < 0.94:
        path = [Status.NOT_REGISTERED, Status.SUBMITTED]
    elif final < 0.96:
        path = [Status.SUBMITTED, Status.APPROVED_NOT_ACTIVATED]
    elif final < 0.97:
        path = [Status.SUBMITTED, Status.REJECTED]
    else:
        path = [Status.NOT_REGISTERED]
    days = sorted(rng.sample(range(span + 1), len(path))) if span + 1 >= len(path) else [0] * len(path)
    out = []
    for step, (status, offset) in enumerate(zip(path, days, strict=True)):
        last = step == len(path) - 1
        reason_id, justified, note = None, False, ""
        if status is not Status.LEVEL2:
            reason_id, justified = _reason_for(rng, status, reasons, justified_codes, unjustified_codes)
        login = status in (Status.LEVEL1, Status.LEVEL2) and (last or rng.random() < 0.5)
        day = start + dt.timedelta(days=offset)
        out.append({
            "employee_id": emp_id, "status": status.value, "reason_id": reason_id,
            "reason_text": None, "justified": justified, "note": note,
            "vneid_login": login, "vneid_login_date": day if login else None,
            "dvcqg_used": login and rng.random() < 0.55,
            "dvcqg_date": day if login else None,
            "effective_date": day, "recorded_at": now, "recorded_by": "demo",
            "source": "demo", "batch_id": None,
        })
    return out


#: reasons that fit only someone without a thẻ căn cước
_CARD_CODES = frozenset({"waiting_card", "old_cmnd"})


def _reason_for(rng, status, reasons, justified_codes, unjustified_codes):
    by_status = {
        # an old-CMND holder: waiting for the card (justified), or not applied yet
        Status.NO_CHIP_CARD: "waiting_card" if rng.random() < 0.6 else "old_cmnd",
        Status.SUBMITTED: "waiting_approval",
        Status.APPROVED_NOT_ACTIVATED: "approved_not_activated",
        Status.REJECTED: "bad_photo",
    }
    code = by_status.get(status)
    if code is None:
        if rng.random() < 0.8 and justified_codes:
            code = rng.choice(justified_codes)
        elif unjustified_codes:
            code = rng.choice(unjustified_codes)
    if code is None or code not in reasons:
        return None, False
    return reasons[code]
