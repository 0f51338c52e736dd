"""The reports from the database, for the command line and the window: refuse while
the unit's details are not set, pick the format from the file name, fetch the numbers
for the date, write atomically, and for Phụ lục IV record the export in the audit
table (never the names themselves).

``issued`` (every export with a date line) is the letter's date: a date, ``None`` for
today, or ``"blank"`` (:data:`eidroster.reports.dateline.BLANK`) to leave the number
and the date for the văn thư to write.

The Phụ lục IV audit row is written in the same step as the file: the document is
built (and encrypted) in memory, written to a temporary file, the audit row is
committed, then the file is renamed into place — so every Phụ lục IV that exists
under its name has its audit row."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from eidroster.domain.errors import InputError
from eidroster.io.atomic import atomic_path, ensure_folder
from eidroster.reports.dateline import Issued
from eidroster.services.database import Database

AUDIT_ACTION_PHU_LUC_IV = "export_phu_luc_iv"
TREND_MAX_DAYS = 180


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int  # departments (Phụ lục III) or people (Phụ lục IV)
    encrypted: bool = False
    recorded: object | None = None  # Phụ lục III: the register's entry (services.register)


def report_format(path: str | os.PathLike[str], allowed: tuple[str, ...]) -> str:
    """"xlsx" or "pdf" from the file name; anything else is a Vietnamese InputError."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in allowed:
        shown = " hoặc ".join(f".{a}" for a in allowed)
        raise InputError(f"Tên tệp {Path(path).name} phải có đuôi {shown} "
                         "(định dạng được chọn theo đuôi tệp)")
    return suffix


def read_password_file(path: str | os.PathLike[str]) -> str:
    """The first line of a password file (trailing newline removed; never logged)."""
    from eidroster.io.files import LIMIT_SECRET, read_input

    raw = read_input(path, "tệp mật khẩu", LIMIT_SECRET)  # never a pipe or /dev/zero
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"Tệp mật khẩu {path} không phải văn bản UTF-8") from exc
    lines = text.splitlines()
    password = unicodedata.normalize("NFC", lines[0]) if lines else ""
    if not password:
        raise InputError(f"Tệp mật khẩu {path} trống: dòng đầu tiên phải là mật khẩu")
    return password


def _settings(db: Database) -> dict[str, str]:
    """The unit's settings; refused (InputError) while its details are not set."""
    from eidroster.services.report_inputs import require_unit_details
    from eidroster.services.settings import get_settings

    require_unit_details(db)
    return get_settings(db)


FORMATS = ("xlsx", "pdf", "docx")


def export_phu_luc_iii(db: Database, out: str | os.PathLike[str],
                       as_of: dt.date | None = None, *, issued: Issued = None
                       ) -> ExportResult:
    from eidroster.reports import aggregate_sheet
    from eidroster.services.register import record_export
    from eidroster.services.summary import summary

    kind = report_format(out, FORMATS)
    settings = _settings(db)
    agg = summary(db, as_of)
    out = Path(out)
    writer = {"xlsx": aggregate_sheet.write_aggregate_xlsx,
              "pdf": aggregate_sheet.write_aggregate_pdf,
              "docx": aggregate_sheet.write_aggregate_docx}[kind]
    with atomic_path(out) as tmp:  # built, recorded in the register, then renamed
        writer(tmp, agg, settings, issued=issued)
        recorded = record_export(db, agg, built=tmp, file=out, issued=issued)
    return ExportResult(out, len(agg.departments), recorded=recorded)


def export_phu_luc_iv(db: Database, out: str | os.PathLike[str],
                      as_of: dt.date | None = None, *, password: str | None = None,
                      issued: Issued = None) -> ExportResult:
    """Write Phụ lục IV and record the export (when, who, rows, file, encrypted)."""
    from eidroster.reports import pending_list
    from eidroster.services.audit import record_event
    from eidroster.services.report_inputs import pending_people
    from eidroster.services.summary import summary

    kind = report_format(out, FORMATS)
    if password and kind == "docx":
        raise InputError("Tệp .docx không đặt mật khẩu được: hãy chọn .xlsx hoặc .pdf để "
                         "mã hóa Phụ lục IV")
    as_of = as_of or dt.date.today()
    settings = _settings(db)
    order = [d.name for d in summary(db, as_of).departments]
    people = pending_people(db, as_of, order)
    out = Path(out)
    with atomic_path(out) as tmp:
        if kind == "xlsx":
            pending_list.write_pending_xlsx(tmp, people, settings, as_of, password=password,
                                            issued=issued)
        elif kind == "pdf":
            pending_list.write_pending_pdf(tmp, people, settings, as_of, password=password,
                                           issued=issued)
        else:
            from eidroster.reports.docx_reports import write_pending_docx

            write_pending_docx(tmp, people, settings, as_of, issued=issued)
        with db.write() as s:
            record_event(s, AUDIT_ACTION_PHU_LUC_IV, "report", None, {
                "file": str(out.resolve()),
                "format": kind,
                "rows": len(people),
                "as_of": as_of.isoformat(),
                "encrypted": bool(password),
            })
    return ExportResult(out, len(people), bool(password))


def trend_start(db: Database, as_of: dt.date) -> dt.date:
    """From the first recorded change (at most ``TREND_MAX_DAYS`` back) to the date."""
    from eidroster.services.report_inputs import first_status_date

    first = first_status_date(db)
    earliest = as_of - dt.timedelta(days=TREND_MAX_DAYS - 1)
    if first is None or first > as_of:
        return as_of - dt.timedelta(days=29)
    return max(first, earliest)


def export_summary(db: Database, out: str | os.PathLike[str], as_of: dt.date | None = None,
                   *, target: dt.date | None = None, issued: Issued = None
                   ) -> ExportResult:
    """The head's summary (.pdf or .docx); the target date defaults to the
    ``target_date`` setting."""
    from eidroster.reports import head_summary
    from eidroster.services.summary import rate_trend, summary

    kind = report_format(out, ("pdf", "docx"))
    as_of = as_of or dt.date.today()
    settings = _settings(db)
    target = target or _target(settings)
    agg = summary(db, as_of)
    trend = rate_trend(db, trend_start(db, as_of), as_of)
    if kind == "pdf":
        head_summary.write_summary_pdf(out, agg, settings, trend, target=target, issued=issued)
    else:
        from eidroster.reports.docx_reports import write_summary_docx

        write_summary_docx(out, agg, settings, trend, target=target, issued=issued)
    return ExportResult(Path(out), len(agg.departments))


def export_letter(db: Database, out: str | os.PathLike[str], as_of: dt.date | None = None,
                  *, target: dt.date | None = None, issued: Issued = None) -> ExportResult:
    """The covering letter (báo cáo) sent with Phụ lục III, .pdf or .docx."""
    from eidroster.reports.docx_reports import write_letter_docx
    from eidroster.reports.letter import write_letter_pdf
    from eidroster.services.summary import summary

    kind = report_format(out, ("pdf", "docx"))
    as_of = as_of or dt.date.today()
    settings = _settings(db)
    target = target or _target(settings)
    agg = summary(db, as_of)
    writer = write_letter_pdf if kind == "pdf" else write_letter_docx
    writer(out, agg, settings, issued=issued, target=target)
    return ExportResult(Path(out), len(agg.departments))


def _target(settings: dict[str, str]) -> dt.date | None:
    value = settings.get("target_date", "")
    return dt.date.fromisoformat(value) if value else None


# ---------------------------------------------------------------- submission folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def ascii_fold(text: str) -> str:
    """"Phụ lục III - Bệnh viện Bà Rịa" -> "Phu-luc-III_Benh-vien-Ba-Ria" style: ASCII
    letters, digits, "-" and "_" only."""
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(ch))
    text = text.encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\s+-\s+", "_", text.strip())
    text = re.sub(r"[^A-Za-z0-9_]+", "-", text)
    return re.sub(r"[-_]{2,}", lambda m: "_" if "_" in m.group() else "-", text).strip("-_")


def submission_names(settings: dict[str, str], as_of: dt.date, *, ascii_names: bool
                     ) -> tuple[str, str, str]:
    """Phụ lục III's .xlsx and .pdf names, and the covering letter's .pdf name."""
    unit = unicodedata.normalize("NFC", settings.get("unit_name", "")).strip()
    names = []
    for first in ("Phụ lục III", "Công văn báo cáo"):
        stem = " - ".join(p for p in (first, unit, f"đến ngày {as_of:%d-%m-%Y}") if p)
        stem = _UNSAFE.sub(" ", stem)
        stem = re.sub(r"\s+", " ", stem).strip()[:120]
        names.append(ascii_fold(stem) if ascii_names else stem)
    return f"{names[0]}.xlsx", f"{names[0]}.pdf", f"{names[1]}.pdf"


def export_submission(db: Database, folder: str | os.PathLike[str],
                      as_of: dt.date | None = None, *, ascii_names: bool = False,
                      issued: Issued = None) -> list[Path]:
    """What goes to iDesk, in ``folder`` (created if missing): the covering letter (PDF)
    and Phụ lục III as .xlsx and .pdf. Never Phụ lục IV. All files are built first and
    renamed into place at the end, so a failure leaves none half-written."""
    from eidroster.reports.aggregate_sheet import write_aggregate_pdf, write_aggregate_xlsx
    from eidroster.reports.letter import write_letter_pdf
    from eidroster.services.register import record_export
    from eidroster.services.summary import summary

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} không phải là thư mục")
    settings = _settings(db)
    ensure_folder(folder)
    as_of = as_of or dt.date.today()
    agg = summary(db, as_of)
    xlsx_name, pdf_name, letter_name = submission_names(settings, as_of,
                                                        ascii_names=ascii_names)
    targets = [folder / letter_name, folder / xlsx_name, folder / pdf_name]
    with ExitStack() as stack:
        tmp_letter = stack.enter_context(atomic_path(targets[0]))
        tmp_xlsx = stack.enter_context(atomic_path(targets[1]))
        tmp_pdf = stack.enter_context(atomic_path(targets[2]))
        write_letter_pdf(tmp_letter, agg, settings, issued=issued, target=_target(settings))
        write_aggregate_xlsx(tmp_xlsx, agg, settings, issued=issued)
        write_aggregate_pdf(tmp_pdf, agg, settings, issued=issued)
        record_export(db, agg, built=tmp_xlsx, file=targets[1], issued=issued)
        record_export(db, agg, built=tmp_pdf, file=targets[2], issued=issued)
    return targets
