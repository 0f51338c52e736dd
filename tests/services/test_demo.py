"""Demo databases (the demo command, --demo, the first-run wizard's demo choice) carry
plainly fictional unit details marked "(dữ liệu mẫu)" in the two-level administrative map,
so that every report exports from them; what a unit typed is never overwritten."""

from __future__ import annotations

import re

from eidroster.services.demo import generate
from eidroster.services.report_inputs import EXAMPLE_UNIT_DETAILS, missing_unit_details
from eidroster.services.settings import get_settings, set_setting

#: words of the district level, abolished on 1/7/2025
DISTRICT_WORDS = re.compile(r"\b(huyện|quận|thị xã|thành phố thuộc tỉnh)\b", re.IGNORECASE)


def test_demo_details_are_plainly_fictional_and_two_level(db):
    generate(db, 20, seed=3)
    settings = get_settings(db)
    assert missing_unit_details(db) == []
    for key in ("parent_agency", "unit_name"):
        assert settings[key].endswith("(dữ liệu mẫu)"), key
    assert "Mẫu" in settings["place_name"] and "Mẫu" in settings["signer_name"]
    for value in settings.values():
        assert not DISTRICT_WORDS.search(value), value
    # a province-level agency above a unit in a ward or commune
    assert re.search(r"\btỉnh\b|\bthành phố\b", settings["parent_agency"], re.IGNORECASE)
    assert re.match(r"(Phường|Xã|Đặc khu) ", settings["place_name"])


def test_what_the_unit_typed_is_kept(db):
    set_setting(db, "unit_name", "Trung tâm Y tế Thử")
    generate(db, 5, seed=3)
    settings = get_settings(db)
    assert settings["unit_name"] == "Trung tâm Y tế Thử"
    assert settings["parent_agency"] == EXAMPLE_UNIT_DETAILS["parent_agency"]


def test_people_only_when_asked(db):
    generate(db, 5, seed=3, unit_details=False)
    assert set(missing_unit_details(db)) >= {"unit_name", "parent_agency", "place_name"}


def test_demo_command_and_demo_option_export_reports(db_path, run_cli, tmp_path):
    made = run_cli("--db", db_path, "demo", "--staff", "40")
    assert made.returncode == 0, made.stderr
    out = tmp_path / "iii.pdf"
    res = run_cli("--db", db_path, "export", "phu-luc-iii", out)
    assert res.returncode == 0, res.stderr
    assert out.stat().st_size > 1000
    # --demo: the program's own demo.sqlite in the data folder, ready to export
    res = run_cli("--demo", "export", "summary", tmp_path / "tom-tat.pdf")
    assert res.returncode == 0, res.stderr
    shown = run_cli("--demo", "settings", "show")
    assert "(dữ liệu mẫu)" in shown.stdout
