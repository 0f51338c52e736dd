"""The unit's settings, set once and used by the reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from eidroster.db.models import Setting
from eidroster.domain.errors import InputError
from eidroster.domain.text import clean_text
from eidroster.services.audit import record_event
from eidroster.services.database import Database


@dataclass(frozen=True, slots=True)
class SettingDef:
    key: str
    label: str  # Vietnamese
    default: str = ""
    kind: str = "text"  # text, multiline, date, int
    #: what the report layouts can hold: characters per line, lines (multiline)
    max_len: int = 120
    max_lines: int = 1
    #: range of an "int" setting
    max_value: int = 0


#: No real-looking defaults (issue 18): a new database has the unit's details empty (the
#: window shows greyed examples) and reports are refused until the unit types its own.
SETTINGS: tuple[SettingDef, ...] = (
    SettingDef("parent_agency", "Cơ quan chủ quản"),
    SettingDef("unit_name", "Tên đơn vị"),
    SettingDef("place_name", "Địa danh (dòng ngày tháng)", max_len=60),
    SettingDef("doc_number_pattern", "Số văn bản", max_len=60),
    SettingDef("reference_letter", "Văn bản được trả lời", "", max_len=200),
    SettingDef("signer_title", "Chức vụ người ký (có thể 2 dòng)", "", "multiline", max_len=50,
               max_lines=2),
    SettingDef("signer_name", "Họ tên người ký", "", max_len=60),
    SettingDef("preparer", "Người lập biểu", "", max_len=60),
    SettingDef("recipients", "Nơi nhận (mỗi dòng một nơi)", "", "multiline", max_len=70,
               max_lines=6),
    SettingDef("target_date", "Ngày phải đạt 100% (yyyy-mm-dd)", "", "date"),
    # retention of leavers' personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): on by
    # default, 24 months after leaving; a positive retention_days (the older key) sets the
    # period in days instead; retention_months 0 turns the rule off
    SettingDef("retention_days", "Số ngày giữ dữ liệu người đã nghỉ việc (0 = tính theo số tháng)",
               "0", "int", max_value=36_500),
    SettingDef("retention_months", "Số tháng giữ dữ liệu cá nhân người đã nghỉ việc (0 = không tự xóa)",
               "24", "int", max_value=1_200),
    # the processing notice (thông báo xử lý dữ liệu cá nhân) printed for the staff
    SettingDef("data_viewers", "Người được xem dữ liệu (mỗi dòng một nhóm)",
               "Cán bộ phòng Tổ chức cán bộ được giao theo dõi danh sách\n"
               "Thủ trưởng đơn vị\n"
               "Cán bộ tổng hợp của cơ quan chủ quản (chỉ danh sách người chưa định danh mức 2)",
               "multiline", max_len=120, max_lines=8),
    SettingDef("data_contact", "Nơi tiếp nhận yêu cầu về dữ liệu cá nhân", "", max_len=200),
)
SETTING_KEYS = {d.key: d for d in SETTINGS}


def get_settings(db: Database) -> dict[str, str]:
    """All settings, defaults filled in."""
    values = {d.key: d.default for d in SETTINGS}
    with db.read() as s:
        for row in s.scalars(select(Setting)):
            if row.key in SETTING_KEYS:
                values[row.key] = row.value
    return values


def validate_setting(key: str, value: str) -> str:
    """The value cleaned (NFC, no control characters), or InputError naming the setting.
    Lengths and line counts are what the report layouts hold (tests/reports prove every
    report renders with every setting at its limit)."""
    from eidroster.io.files import shown

    if key not in SETTING_KEYS:
        known = ", ".join(SETTING_KEYS)
        raise InputError(f"Không có thiết lập tên '{shown(key, 60)}'. Các thiết lập: {known}")
    spec = SETTING_KEYS[key]
    name = f"'{key}' ({spec.label})"
    if len(str(value)) > 100_000:
        raise InputError(f"Giá trị của {name} quá dài (tối đa {_n(spec.max_len)} ký tự)")
    if spec.kind == "multiline":
        lines = [clean_text(line) for line in str(value).replace("\\n", "\n").splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > spec.max_lines:
            raise InputError(f"{name} có {len(lines)} dòng, quá số dòng báo cáo chứa được "
                             f"(tối đa {spec.max_lines} dòng)")
        for n, line in enumerate(lines, 1):
            if len(line) > spec.max_len:
                raise InputError(f"Dòng {n} của {name} quá dài ({_n(len(line))} ký tự; tối đa "
                                 f"{_n(spec.max_len)} ký tự một dòng)")
        value = "\n".join(lines)
    else:
        value = clean_text(value)
        if len(value) > spec.max_len:
            raise InputError(f"Giá trị của {name} quá dài ({_n(len(value))} ký tự; tối đa "
                             f"{_n(spec.max_len)} ký tự)")
    if spec.kind == "date" and value:
        try:
            day = dt.date.fromisoformat(value)
        except ValueError as exc:
            raise InputError(f"'{key}' phải là ngày dạng yyyy-mm-dd, ví dụ 2024-01-31") from exc
        if not dt.date(1900, 1, 1) <= day <= dt.date(2199, 12, 31):
            raise InputError(f"'{key}' phải là ngày dạng yyyy-mm-dd trong khoảng 1900–2199")
    if spec.kind == "int":
        # ASCII digits only: "²" or "٣" pass str.isdigit() but are not numbers to int()
        if not (value.isascii() and value.isdigit()) or int(value) > spec.max_value:
            raise InputError(f"'{key}' phải là một số nguyên từ 0 đến {_n(spec.max_value)} "
                             "(chỉ chữ số 0–9)")
        value = str(int(value))
    return value


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def longest_setting(values: dict[str, str]) -> tuple[str, str]:
    """(key, label) of the text setting that is longest against its limit: the one to
    shorten when a report cannot be laid out."""
    def load(d: SettingDef) -> float:
        lines = values.get(d.key, "").splitlines() or [""]
        return max(len(lines) / d.max_lines, max(len(x) for x in lines) / d.max_len)

    spec = max((d for d in SETTINGS if d.kind in ("text", "multiline")), key=load)
    return spec.key, spec.label


def set_setting(db: Database, key: str, value: str) -> str:
    value = validate_setting(key, value)
    with db.write() as s:
        row = s.get(Setting, key)
        old = row.value if row else SETTING_KEYS[key].default
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        record_event(s, "setting_changed", "setting", None, {"key": key, "old": old, "new": value})
    return value


def set_settings(db: Database, values: dict[str, str]) -> None:
    cleaned = {k: validate_setting(k, v) for k, v in values.items()}
    with db.write() as s:
        for key, value in cleaned.items():
            row = s.get(Setting, key)
            old = row.value if row else SETTING_KEYS[key].default
            if row is None:
                s.add(Setting(key=key, value=value))  # saved once, even when the default
            elif old == value:
                continue
            else:
                row.value = value
            if old != value:  # the audit log holds what changed, not the unchanged fields
                record_event(s, "setting_changed", "setting", None, {"key": key, "old": old, "new": value})


def saved_setting_keys(db: Database) -> set[str]:
    """The settings the unit has saved at least once (the rest still show their defaults);
    the first-run wizard asks for the unit's details while ``unit_name`` is not among them."""
    with db.read() as s:
        return {key for key in s.scalars(select(Setting.key)) if key in SETTING_KEYS}
