"""The agency's own database: its header and signer set, as the merge requires."""

from __future__ import annotations

import pytest

AGENCY_SETTINGS = {
    "parent_agency": "UBND tỉnh Mẫu",
    "unit_name": "Sở Y tế tỉnh Mẫu",
    "place_name": "Sông Mây",
    "doc_number_pattern": "Số: …/SYT-NV",
    "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signer_name": "Người Ký Mẫu",
    "recipients": "Ủy ban nhân dân tỉnh (b/c);\nLưu: VT, NV.",
}


@pytest.fixture
def agency_db(tmp_path):
    """The path of an agency database whose settings are all set."""
    from eidroster.services.database import open_database
    from eidroster.services.settings import set_settings

    path = tmp_path / "so_y_te.sqlite"
    db = open_database(path)
    try:
        set_settings(db, AGENCY_SETTINGS)
    finally:
        db.close()
    return path
