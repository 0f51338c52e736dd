"""A full disk or a read-only folder: a Vietnamese message, no traceback, nothing lost.

Real file systems for any user: a tiny tmpfs in a private user + mount namespace
(:mod:`tests.safety.fs_sandbox`), filled up or remounted read-only. The same code runs as
root (CI) and as an ordinary user (``make test`` on a developer's machine); no file-size
limit tricks, which also stop SQLite's own side files."""

from __future__ import annotations

import pytest

from eidroster.services.database import open_database
from eidroster.services.demo import generate
from tests.conftest import REPO
from tests.safety import fs_sandbox
from tests.safety.helpers import checkpoint, file_hash

UNAVAILABLE = fs_sandbox.available()
pytestmark = pytest.mark.skipif(UNAVAILABLE is not None, reason=str(UNAVAILABLE))


@pytest.fixture
def populated(tmp_path):
    path = tmp_path / "hr.sqlite"
    db = open_database(path)
    generate(db, 300, seed=4)
    from eidroster.services.report_inputs import set_example_unit_details

    set_example_unit_details(db)  # reports are refused until the unit's details are set
    db.close()
    checkpoint(path)
    return path


def _no_traceback(run: dict) -> None:
    assert "Traceback" not in run["stderr"] and "Error:" not in run["stderr"], run["stderr"]
    assert run["stderr"].startswith("Lỗi: "), run["stderr"]


def _leftovers(listing: dict) -> list[str]:
    return [n for n in listing if n.endswith(".part") or n.startswith(".")]


@pytest.mark.parametrize("what", ["phu-luc-iv", "phu-luc-iii", "backup", "template",
                                  "submission"])
def test_export_to_a_full_disk(populated, tmp_path, what):
    folder = tmp_path / "full"
    before = file_hash(populated)
    args = {
        "backup": ["--db", str(populated), "backup", str(folder / "copy.sqlite")],
        "template": ["--db", str(populated), "template", str(folder / "report.xlsx")],
        "submission": ["--db", str(populated), "export", "submission", str(folder / "sub")],
    }.get(what, ["--db", str(populated), "export", what, str(folder / "report.xlsx")])
    result = fs_sandbox.run({"folder": str(folder), "size": "96k", "fill": True,
                             "runs": [args]}, REPO)
    run = result["runs"][0]
    assert run["code"] == 1, run
    _no_traceback(run)
    assert "đầy" in run["stderr"], run["stderr"]
    assert set(result["listing"]) <= {"filler", "sub"}, result["listing"]
    assert _leftovers(result["listing"]) == []
    assert file_hash(populated) == before  # nothing recorded as exported, nothing lost


@pytest.mark.parametrize("what", ["phu-luc-iv", "backup", "template"])
def test_export_to_a_read_only_folder(populated, tmp_path, what):
    folder = tmp_path / "ro"
    before = file_hash(populated)
    target = folder / ("old-report.xlsx" if what != "backup" else "copy.sqlite")
    args = {"backup": ["backup", str(target)], "template": ["template", str(target)]}.get(
        what, ["export", what, str(target)])
    result = fs_sandbox.run({"folder": str(folder), "size": "1m", "readonly": True,
                             "seed": {"old-report.xlsx": "previous content"},
                             "runs": [["--db", str(populated), *args]]}, REPO)
    run = result["runs"][0]
    assert run["code"] == 1, run
    _no_traceback(run)
    assert "không có quyền ghi" in run["stderr"] or "chỉ đọc" in run["stderr"], run["stderr"]
    assert result["seed"]["old-report.xlsx"] == "previous content"
    assert sorted(result["listing"]) == ["old-report.xlsx"]
    assert file_hash(populated) == before


def test_database_on_a_disk_that_fills_up(tmp_path):
    source = tmp_path / "hr.sqlite"
    db = open_database(source)
    generate(db, 100, seed=2)
    db.close()
    checkpoint(source)
    folder = tmp_path / "small"
    inside = str(folder / "hr.sqlite")
    result = fs_sandbox.run({
        "folder": str(folder), "size": "512k", "copy": [[str(source), "hr.sqlite"]],
        "runs": [["--db", inside, "demo", "--staff", "20000"],
                 ["--db", inside, "summary", "--json"]],
        "sql": [["hr.sqlite", "PRAGMA integrity_check"],
                ["hr.sqlite", "SELECT COUNT(*) FROM employees"]],
    }, REPO)
    full, summary = result["runs"]
    assert full["code"] == 1, full
    _no_traceback(full)
    assert "đã đầy" in full["stderr"] and "chưa có thay đổi nào bị mất" in full["stderr"]
    assert result["sql"] == ["ok", 100]
    assert summary["code"] == 0, summary["stderr"]  # reading still works on the full disk


def test_database_in_a_read_only_folder(tmp_path):
    source = tmp_path / "hr.sqlite"
    db = open_database(source)
    generate(db, 50, seed=2)
    db.close()
    checkpoint(source)
    before = file_hash(source)
    folder = tmp_path / "stick"
    inside = str(folder / "hr.sqlite")
    result = fs_sandbox.run({
        "folder": str(folder), "size": "2m", "copy": [[str(source), "hr.sqlite"]],
        "readonly": True,
        "runs": [["--db", inside, "summary"], ["--db", inside, "demo", "--staff", "5"]],
        "sql": [["hr.sqlite", "SELECT COUNT(*) FROM employees"]],
    }, REPO)
    for run in result["runs"]:
        assert run["code"] == 1, run
        _no_traceback(run)
        assert "chỉ cho phép đọc" in run["stderr"], run["stderr"]
    assert result["sql"] == [50]
    assert sorted(result["listing"]) == ["hr.sqlite"]
    assert file_hash(source) == before
