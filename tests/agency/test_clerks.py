"""The merge against 38 files typed the way different clerks type them (25+ unit
sheets, lists of people, agency-style tables, the same unit twice): every total right,
every problem reported with its unit, row and column and nothing else (no false
alarm), the lists of people refused with nothing personal in any output."""

from __future__ import annotations

import json
import re

import pytest
from openpyxl import load_workbook

from eidroster.domain.agency import HELD_OUT, MERGED, PROBLEM, SET_ASIDE
from eidroster.domain.aggregate import Counts
from eidroster.services.agency import merge_files
from tests.agency.clerk_set import type_all
from tests.agency.clerks import six


def _expected_total(truths) -> Counts:
    total = Counts()
    for t in truths:
        for c in t.units.values():
            total = total + c
    return total


@pytest.mark.parametrize("seed", [15, 2, 7])
def test_every_total_every_problem_no_false_alarm(tmp_path, seed):
    truths = type_all(tmp_path, seed)
    assert sum(1 for t in truths if t.units or t.held or t.set_aside) == len(truths) >= 25
    result = merge_files([t.path for t in truths])
    lines = {(line.unit, line.file): line for line in result.lines}

    for t in truths:
        for unit, counts in t.units.items():
            line = lines.pop((unit, t.path.name))
            assert line.counts == counts, (t.path.name, unit)
            mine = {p for p in t.problems if p[0] == unit}
            assert line.status == (PROBLEM if mine else MERGED), (t.path.name, unit)
        for unit, reason in t.held.items():
            line = lines.pop((unit, t.path.name))
            assert line.status == HELD_OUT and line.counts is None
            assert reason in line.reason, (t.path.name, line.reason)
        for unit in t.set_aside:
            line = lines.pop((unit, t.path.name))
            assert line.status == SET_ASIDE and line.used_file and "Trùng đơn vị" in line.reason
    assert lines == {}  # no unit the clerks did not type
    assert result.total == _expected_total(truths)

    expected = {(t.path.name, *p) for t in truths for p in t.problems}
    expected |= {(t.path.name, unit, None, None, reason) for t in truths
                 for unit, reason in t.held.items() if reason == "danh sách cá nhân"}
    unmatched = list(result.problems)
    for file, unit, row, column, words in sorted(expected, key=str):
        found = [p for p in unmatched if (p.file, p.unit, p.row, p.column) == (file, unit, row, column)
                 and words in p.message]
        assert found, f"not reported: {file} {unit} row {row} column {column}: {words}"
        unmatched.remove(found[0])
    assert unmatched == [], [p.describe() for p in unmatched]  # no false alarm


def _strings_of_xlsx(path) -> list[str]:
    out = []
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows(values_only=True):
            out += [str(v) for v in row if v is not None]
    return out


def test_cli_writes_the_units_that_passed_and_lists_the_others(tmp_path, run_cli, agency_db):
    from pypdf import PdfReader

    folder = tmp_path / "in"
    folder.mkdir()
    truths = type_all(folder)
    out = tmp_path / "phu_luc_i.xlsx"
    done = run_cli("--db", agency_db, "aggregate", out, *(t.path for t in truths),
                   "--pdf", tmp_path / "phu_luc_i.pdf", "--json")
    assert done.returncode == 3, done.stderr  # written, with units held out
    data = json.loads(done.stdout)
    merged = {(m["unit"], m["file"]): m for m in data["merged"]}
    expected = {(u, t.path.name): c for t in truths for u, c in t.units.items()}
    assert set(merged) == set(expected)
    for key, c in expected.items():
        m = merged[key]
        assert [m[k] for k in ("total", "none", "level1", "level2", "with_reason",
                               "without_reason")] == [c.total, c.none, c.level1, c.level2,
                                                      c.with_reason, c.without_reason]
    assert {(h["unit"], h["file"]) for h in data["held_out"]} == {
        (u, t.path.name) for t in truths for u in t.held}
    assert {(s["unit"], s["file"]) for s in data["set_aside"]} == {
        (u, t.path.name) for t in truths for u in t.set_aside}
    used = {s["file"]: s["used_file"] for s in data["set_aside"]}
    assert used["37_ttyt_song_may_cu.xlsx"] == "03_ttyt_song_may.xlsx"
    assert used["38_phap_y_ban_dau.xlsx"] == "06_phap_y.xlsx"
    total = _expected_total(truths)
    assert (data["total"], data["level2"], data["without_reason"]) == (
        total.total, total.level2, total.without_reason)
    assert all({"unit", "file", "row", "column", "message"} <= set(p) for p in data["problems"])

    # Phụ lục I: the merged units as typed, the total; no check notes on the signed page
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    printed = {r[1]: list(r[2:8]) for r in rows if isinstance(r[0], int) and isinstance(r[1], str)}
    assert printed == {u: list(six(c)) for (u, _), c in expected.items()}
    total_row = next(r for r in rows if r[0] == "TỔNG CỘNG")
    assert list(total_row[2:8]) == [total.total, total.none, total.level1, total.level2,
                                    total.with_reason, total.without_reason]
    sheet_text = " ".join(_strings_of_xlsx(out))
    assert ".xlsx" not in sheet_text and "không khớp" not in sheet_text
    assert "Sở Y tế tỉnh Mẫu".upper() in sheet_text  # the agency's own header

    check = tmp_path / "phu_luc_i_kiem_tra.xlsx"
    check_text = " ".join(_strings_of_xlsx(check))
    assert "25_bv_y_hoc_co_truyen.xlsx" in check_text and "không tổng hợp" in check_text
    pdf_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "phu_luc_i.pdf").pages)
    assert f"{total.total:,}".replace(",", ".") in pdf_text

    # nothing personal anywhere: output files, --json, messages
    personal = [s for t in truths for s in t.personal]
    assert len(personal) > 40
    human = run_cli("--db", agency_db, "aggregate", tmp_path / "again.xlsx",
                    *(t.path for t in truths))
    assert human.returncode == 3
    assert "KHÔNG được tổng hợp" in human.stdout and "danh sách cá nhân" in human.stdout
    outputs = [done.stdout, done.stderr, human.stdout, human.stderr, sheet_text, check_text,
               pdf_text, " ".join(_strings_of_xlsx(tmp_path / "again_kiem_tra.xlsx"))]
    for text in outputs:
        folded = text.casefold()
        leaked = [s for s in personal if s.casefold() in folded]
        assert leaked == []
        assert not re.search(r"\b0\d{11}\b", text)  # no identity number
