"""ORM models (SQLAlchemy 2, typed). The schema itself is created and evolved by
:mod:`eidroster.db.migrations`; a test checks that these models match it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SchemaInfo(Base):
    __tablename__ = "schema_info"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)


class Department(Base):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: schema v4: the day the department entered the catalogue; a report for an earlier
    #: date does not show it as an empty row (1900-01-01: "always", for older departments)
    created_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)


class Reason(Base):
    __tablename__ = "reasons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    label: Mapped[str] = mapped_column(String(300), unique=True)
    justified: Mapped[bool] = mapped_column(Boolean)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Employee(Base):
    __tablename__ = "employees"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ho: Mapped[str] = mapped_column(String(100), default="")
    dem: Mapped[str] = mapped_column(String(200), default="")
    ten: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(1))  # "M" / "F"
    id_number: Mapped[str | None] = mapped_column(String(12), unique=True)
    id_kind: Mapped[str | None] = mapped_column(String(8))  # "cccd" / "cmnd"
    title: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    leave_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    #: optimistic locking: bumped on every change of the row or its status
    version: Mapped[int] = mapped_column(Integer, default=1)
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # schema v2
    sort_key: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    department: Mapped[Department] = relationship()

    __mapper_args__ = {"version_id_col": version}


class StatusChange(Base):
    __tablename__ = "status_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(40))
    reason_id: Mapped[int | None] = mapped_column(ForeignKey("reasons.id"))
    reason_text: Mapped[str | None] = mapped_column(Text)
    justified: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    vneid_login: Mapped[bool] = mapped_column(Boolean, default=False)
    vneid_login_date: Mapped[dt.date | None] = mapped_column(Date)
    dvcqg_used: Mapped[bool] = mapped_column(Boolean, default=False)
    dvcqg_date: Mapped[dt.date | None] = mapped_column(Date)
    effective_date: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))  # manual, bulk, import, demo
    batch_id: Mapped[str | None] = mapped_column(String(40))
    # schema v3: True when ``justified`` was set for this change itself (a "Chính đáng"
    # column, the dialog's box, a reason typed outside the catalogue); False: the change
    # follows its catalogue reason's classification in force on the report's date
    justified_fixed: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_status_emp_date", "employee_id", "effective_date", "id"),)


class EmploymentEvent(Base):
    """Schema v3: joining, moving to another department, leaving (and returning, which is
    a join after a leave), each from its effective date. The employee's department and
    employment on any date are those of its latest event on or before that date; the
    ``employees`` row keeps the state in force now as a cache."""

    __tablename__ = "employment_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # join, move, leave
    #: the department from this date (for a leave: the one the person left)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))
    batch_id: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_employment_emp_date", "employee_id", "effective_date", "id"),)


class ReasonClass(Base):
    """Schema v3: a reason's classification (chính đáng or not) from a date. The earliest
    row of a reason also holds for every date before it."""

    __tablename__ = "reason_classes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reason_id: Mapped[int] = mapped_column(ForeignKey("reasons.id", ondelete="CASCADE"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    justified: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))

    __table_args__ = (Index("ix_reason_class_date", "reason_id", "effective_date", "id"),)


class DepartmentAlias(Base):
    """Schema v3: another spelling of a department, learnt when a user maps an unknown
    name on import ("K. Nội TH" -> "Khoa Nội tổng hợp"); ``key`` is the folded spelling."""

    __tablename__ = "department_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="CASCADE"))


class ReportExport(Base):
    """Schema v3: the register of reports sent (every Phụ lục III export)."""

    __tablename__ = "report_exports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    as_of: Mapped[dt.date] = mapped_column(Date)
    issued: Mapped[dt.date | None] = mapped_column(Date)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    file: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    counts: Mapped[str] = mapped_column(Text, default="")  # JSON
    user_name: Mapped[str] = mapped_column(String(100))


class DepartmentForm(Base):
    """Schema v6: a fill-in form issued to a department (issue 19) and, once returned,
    when and by which import batch it was applied (a form is applied once)."""

    __tablename__ = "department_forms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(20), unique=True)  # in every row's hidden key
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    as_of: Mapped[dt.date] = mapped_column(Date)  # the date the form's statuses stand for
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(100))
    file: Mapped[str] = mapped_column(Text)
    people: Mapped[int] = mapped_column(Integer)
    employee_ids: Mapped[str] = mapped_column(Text, default="")  # "12,15,40": no names
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    returned_by: Mapped[str | None] = mapped_column(String(100))
    returned_file: Mapped[str | None] = mapped_column(Text)
    returned_sha256: Mapped[str | None] = mapped_column(String(64))
    batch_id: Mapped[str | None] = mapped_column(String(40))  # None: nothing to change

    __table_args__ = (Index("ix_department_forms_department", "department_id", "as_of"),)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON
