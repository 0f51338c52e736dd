"""Long texts in the unit's settings (up to the 2.000 characters the settings allow):
every report wraps them; when nothing fits a page, a Vietnamese message names the
setting — never a layout exception."""

from __future__ import annotations

import pytest

from eidroster.domain.errors import InputError
from eidroster.reports import aggregate_sheet, letter, pending_list
from tests.reports import sizes


@pytest.mark.parametrize("key", ["unit_name", "parent_agency", "signer_title", "recipients",
                                 "reference_letter"])
@pytest.mark.parametrize("words", [True, False])
def test_long_setting_wraps_or_is_named(key, words, tmp_path):
    text = ("Bệnh viện Đa khoa " * 120)[:2000] if words else "X" * 2000
    settings = dict(sizes.SETTINGS, **{key: text})
    agg = sizes.aggregate(20, 800)
    for write, path in ((lambda p: aggregate_sheet.write_aggregate(p, agg, settings),
                         tmp_path / "pl3.pdf"),
                        (lambda p: aggregate_sheet.write_aggregate(p, agg, settings),
                         tmp_path / "pl3.xlsx"),
                        (lambda p: pending_list.write_pending_pdf(
                            p, sizes.pending(20, 800)[:30], settings, sizes.AS_OF),
                         tmp_path / "pl4.pdf"),
                        (lambda p: letter.write_letter_pdf(p, agg, settings),
                         tmp_path / "letter.pdf")):
        try:
            write(path)
        except InputError as exc:
            assert f"({key})" in exc.message and not path.exists()
        else:
            assert path.stat().st_size > 0
