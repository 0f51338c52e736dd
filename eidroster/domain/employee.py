"""An employee as the user types it, and the checks on it (pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from eidroster.domain.cccd import IdNumber, cccd_problems, id_number_warnings, parse_id_number
from eidroster.domain.errors import InputError
from eidroster.domain.statuses import Status
from eidroster.domain.text import clean_text

MAX_NAME = 100
OLDEST_BIRTH = dt.date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class EmployeeInput:
    ho: str
    dem: str
    ten: str
    department: str
    birth_date: dt.date | None = None
    gender: str | None = None  # "M" / "F" / None
    id_number: str | None = None  # raw, parsed by check_employee
    title: str = ""
    start_date: dt.date | None = None
    leave_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class StatusInput:
    status: Status
    effective_date: dt.date
    reason_id: int | None = None
    reason_text: str | None = None  # a reason not in the catalogue
    justified: bool | None = None  # None: take it from the catalogue reason
    note: str | None = ""  # None: keep the note in force
    #: the campaign flags; None keeps the value in force on ``effective_date`` (a status
    #: change never resets them unless asked: "giữ nguyên")
    vneid_login: bool | None = None
    vneid_login_date: dt.date | None = None
    dvcqg_used: bool | None = None
    dvcqg_date: dt.date | None = None
    #: keep each person's reason in force on the date (and its "chính đáng"), ignoring
    #: reason_id/reason_text/justified: a bulk or quick change of status alone ("giữ
    #: nguyên" lý do) must not turn "có lý do" people into "không có lý do"
    keep_reason: bool = False


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str  # ho, dem, ten, birth_date, gender, id_number, department, start_date, leave_date
    message: str  # Vietnamese


@dataclass(frozen=True, slots=True)
class CheckedEmployee:
    data: EmployeeInput
    id_number: IdNumber | None
    problems: tuple[FieldProblem, ...] = field(default_factory=tuple)
    warnings: tuple[FieldProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_employee(inp: EmployeeInput, today: dt.date | None = None) -> CheckedEmployee:
    """Clean the text fields and check everything that can be checked without the
    database (duplicates are checked by the roster service)."""
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    warnings: list[FieldProblem] = []
    ho, dem, ten = clean_text(inp.ho), clean_text(inp.dem), clean_text(inp.ten)
    dept, title = clean_text(inp.department), clean_text(inp.title)
    if not ten:
        problems.append(FieldProblem("ten", "Chưa nhập tên"))
    if not ho:
        warnings.append(FieldProblem("ho", "Chưa nhập họ"))
    for name, value in (("ho", ho), ("dem", dem), ("ten", ten)):
        if len(value) > MAX_NAME:
            problems.append(FieldProblem(name, f"Quá dài (tối đa {MAX_NAME} ký tự)"))
        elif any(ch.isdigit() for ch in value):
            problems.append(FieldProblem(name, "Họ tên không được chứa chữ số"))
        elif value[:1] in ("=", "+", "-", "@"):
            problems.append(FieldProblem(name, "Họ tên không được bắt đầu bằng ký tự đặc biệt"))
    if not dept:
        problems.append(FieldProblem("department", "Chưa chọn khoa/phòng"))
    elif len(dept) > 200:
        problems.append(FieldProblem("department", "Tên khoa/phòng quá dài (tối đa 200 ký tự)"))
    if len(title) > 200:
        problems.append(FieldProblem("title", "Chức danh quá dài (tối đa 200 ký tự)"))
    if inp.gender not in (None, "M", "F"):
        problems.append(FieldProblem("gender", "Giới tính phải là Nam hoặc Nữ"))
    b = inp.birth_date
    if b is not None:
        if b > today:
            problems.append(FieldProblem("birth_date", "Ngày sinh ở tương lai"))
        elif b < OLDEST_BIRTH:
            problems.append(FieldProblem("birth_date", "Ngày sinh trước năm 1900"))
        elif (today.year - b.year) < 15:
            problems.append(FieldProblem("birth_date", "Chưa đủ 15 tuổi để làm việc"))
    if inp.start_date and inp.leave_date and inp.leave_date < inp.start_date:
        problems.append(FieldProblem("leave_date", "Ngày nghỉ việc trước ngày vào làm"))
    number: IdNumber | None = None
    raw = (inp.id_number or "").strip()
    if raw:
        try:
            number = parse_id_number(raw)
        except InputError as exc:
            problems.append(FieldProblem("id_number", exc.message))
        else:
            for msg in cccd_problems(number, b, inp.gender):
                problems.append(FieldProblem("id_number", msg))
            for msg in id_number_warnings(number):
                warnings.append(FieldProblem("id_number", msg))
    data = EmployeeInput(
        ho=ho, dem=dem, ten=ten, department=dept, birth_date=b, gender=inp.gender,
        id_number=number.value if number else None, title=title,
        start_date=inp.start_date, leave_date=inp.leave_date,
    )
    return CheckedEmployee(data, number, tuple(problems), tuple(warnings))
