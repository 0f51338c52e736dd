"""The forms from the command line: `export forms DIR [--department NAME]`, then
`import FORM...` of the returned forms (several at once), exit codes 0 / 1 / 3, messages
that name the form and its own row."""

from __future__ import annotations

import json
from pathlib import Path

from tests.forms_filling import ACTIVATED, KEY, STATUS, Form


def test_export_and_import_forms(tmp_path, db_path, run_cli):
    assert run_cli("--db", db_path, "demo", "--staff", "150", "--seed", "4").returncode == 0
    out = run_cli("--db", db_path, "export", "forms", tmp_path / "phieu", "--json")
    assert out.returncode == 0, out.stderr
    files = json.loads(out.stdout)["files"]
    assert len(files) >= 5 and all(f["file"].endswith(".xlsx") for f in files)
    assert sum(f["people"] for f in files) > 100

    one = run_cli("--db", db_path, "export", "forms", tmp_path / "noi", "--department",
                  "khoa noi")  # any spelling the catalogue knows
    assert one.returncode == 0, one.stderr
    assert "Khoa Nội:" in one.stdout and len(list((tmp_path / "noi").glob("*.xlsx"))) == 1
    bad = run_cli("--db", db_path, "export", "forms", tmp_path / "x", "--department",
                  "Khoa Không Có")
    assert bad.returncode == 1
    assert "Không có khoa/phòng «Khoa Không Có» trong danh mục" in bad.stderr
    assert "Traceback" not in bad.stderr

    big = sorted(files, key=lambda f: -f["people"])[:2]
    first, second = Form(big[0]["file"]), Form(big[1]["file"])
    first.set(first.rows()[0], STATUS, "Đã kích hoạt mức 2")
    first.save()
    bad_row = second.rows()[1]
    second.set(bad_row, ACTIVATED, "31/02/2026")  # a date that does not exist
    key = second.value(bad_row, KEY)
    second.save()
    dry = run_cli("--db", db_path, "import", big[0]["file"], big[1]["file"], "--dry-run")
    assert dry.returncode == 3
    assert f"Phiếu {Path(second.path).name}, dòng {bad_row}: " in dry.stdout
    assert "Ngày của danh sách:" in dry.stdout and "theo tiêu đề tệp" in dry.stdout
    proc = run_cli("--db", db_path, "import", big[0]["file"], big[1]["file"], "--json")
    assert proc.returncode == 3, proc.stderr
    result = json.loads(proc.stdout)
    [rejected] = result["rejected"]
    assert rejected["file"] == Path(second.path).name and rejected["row"] == bad_row
    assert key  # the row was a listed person's

    again = run_cli("--db", db_path, "import", big[0]["file"])
    assert again.returncode == 1
    assert "đã được nhận lúc" in again.stderr and "không áp dụng lại" in again.stderr
    text = run_cli("--db", db_path, "import", big[1]["file"], "--dry-run")
    assert text.returncode == 1  # the second form was applied too (its other rows)

    mixed = run_cli("--db", db_path, "import", big[0]["file"], tmp_path / "khac.xlsx")
    assert mixed.returncode == 1 and "Traceback" not in mixed.stderr
