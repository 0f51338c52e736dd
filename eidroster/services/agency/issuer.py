"""Who issues Phụ lục I: the agency's own header and signer, from its database's
settings. Phụ lục I is never issued under a default name (issue 14: it came out as
"BỆNH VIỆN ĐA KHOA" with "Số: …/BC-BV" when the agency had set nothing)."""

from __future__ import annotations

from eidroster.domain.errors import InputError
from eidroster.services.database import Database
from eidroster.services.settings import SETTING_KEYS, get_settings, saved_setting_keys

#: the settings Phụ lục I prints: each must have been set by the agency itself
REQUIRED = ("parent_agency", "unit_name", "place_name", "doc_number_pattern", "signer_title",
            "signer_name")
#: of those, the ones that may not be left empty
NOT_EMPTY = ("unit_name", "signer_title", "signer_name")


def missing_settings(values: dict[str, str], saved: set[str]) -> list[str]:
    """The required settings the agency has not set (in the order of REQUIRED)."""
    return [k for k in REQUIRED
            if k not in saved or (k in NOT_EMPTY and not values.get(k, "").strip())]


def missing_message(missing: list[str], db_hint: str = "") -> str:
    """A Vietnamese message naming each setting to set, and how."""
    listed = "; ".join(f"{k} ({SETTING_KEYS[k].label})" for k in missing)
    where = f" --db {db_hint}" if db_hint else ""
    return (f"Chưa có thông tin của cơ quan tổng hợp để in trên Phụ lục I. Hãy đặt: {listed} — "
            "trong cửa sổ Báo cáo → Thông tin đơn vị cho báo cáo, hoặc bằng lệnh: "
            f"eidroster{where} settings set {missing[0]} \"…\"")


def agency_settings(db: Database | None, db_hint: str = "") -> dict[str, str]:
    """The agency's settings; InputError naming what to set when they are not set."""
    if db is None:
        raise InputError(missing_message(list(REQUIRED), db_hint or "TỆP_CSDL"))
    values = get_settings(db)
    missing = missing_settings(values, saved_setting_keys(db))
    if missing:
        raise InputError(missing_message(missing, db_hint))
    return values
