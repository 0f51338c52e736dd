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


SETTINGS: tuple[SettingDef, ...] = (
    SettingDef("parent_agency", "Cơ quan chủ quản", "SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU"),
    SettingDef("unit_name", "Tên đơn vị", "BỆNH VIỆN ĐA KHOA"),
    SettingDef("place_name", "Địa danh (dòng ngày tháng)", "Bà Rịa"),
    SettingDef("doc_number_pattern", "Số văn bản", "Số: …/BC-BV"),
    SettingDef("reference_letter", "Văn bản được trả lời", ""),
    SettingDef("signer_title", "Chức vụ người ký (có thể 2 dòng)", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "multiline"),
    SettingDef("signer_name", "Họ tên người ký", ""),
    SettingDef("preparer", "Người lập biểu", ""),
    SettingDef("recipients", "Nơi nhận (mỗi dòng một nơi)", "Sở Y tế (b/c);\nLưu: VT, TCCB.", "multiline"),
    SettingDef("target_date", "Ngày phải đạt 100% (yyyy-mm-dd)", "", "date"),
    SettingDef("retention_days", "Số ngày giữ dữ liệu người đã nghỉ việc (0 = giữ mãi)", "0", "int"),
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
    if key not in SETTING_KEYS:
        known = ", ".join(SETTING_KEYS)
        raise InputError(f"Không có thiết lập tên '{key[:60]}'. Các thiết lập: {known}")
    spec = SETTING_KEYS[key]
    if spec.kind == "multiline":
        lines = [clean_text(line) for line in str(value).replace("\\n", "\n").splitlines()]
        value = "\n".join(line for line in lines if line)
    else:
        value = clean_text(value)
    if len(value) > 2000:
        raise InputError(f"Giá trị của '{key}' quá dài (tối đa 2.000 ký tự)")
    if spec.kind == "date" and value:
        try:
            dt.date.fromisoformat(value)
        except ValueError as exc:
            raise InputError(f"'{key}' phải là ngày dạng yyyy-mm-dd, ví dụ 2024-01-31") from exc
    if spec.kind == "int":
        if not value.isdigit() or len(value) > 6:
            raise InputError(f"'{key}' phải là một số nguyên không âm")
    return value


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
            if old == value and row is not None:
                continue
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
            record_event(s, "setting_changed", "setting", None, {"key": key, "old": old, "new": value})


def saved_setting_keys(db: Database) -> set[str]:
    """The settings the unit has saved at least once (the rest still show their defaults);
    the first-run wizard asks for the unit's details while ``unit_name`` is not among them."""
    with db.read() as s:
        return {key for key in s.scalars(select(Setting.key)) if key in SETTING_KEYS}
