"""Fixtures of the report tests: a demo database file with the unit's settings."""

from __future__ import annotations

import datetime as dt

import pytest

from eidroster.services.settings import set_settings

UNIT_SETTINGS = {
    "parent_agency": "Sở Y tế tỉnh Bà Rịa - Vũng Tàu",
    "unit_name": "Bệnh viện Đa khoa Thử nghiệm",
    "place_name": "Bà Rịa",
    "doc_number_pattern": "Số: …/BC-BV",
    "reference_letter": "Công văn số 3612/SYT-NV ngày 25/10/2023 của Sở Y tế",
    "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signer_name": "Ký Thay Mẫu",
    "preparer": "Lập Biểu Mẫu",
    "recipients": "Sở Y tế (b/c)\nLưu: VT, TCCB",
}


@pytest.fixture
def report_db(demo_db):
    """300 generated people with six weeks of history, and the unit's settings."""
    set_settings(demo_db, UNIT_SETTINGS)
    return demo_db


@pytest.fixture
def past_day() -> dt.date:
    """A day inside the demo's six weeks of history (numbers differ from today's)."""
    return dt.date.today() - dt.timedelta(days=20)
