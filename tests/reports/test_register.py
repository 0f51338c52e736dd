"""The register of reports sent: every Phụ lục III export recorded (as-of date, when,
file, SHA-256, numbers); ``register --json`` says whether each date's numbers still
match; exporting a reported date again says what changed (CLI and dialog)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from eidroster.domain.text import format_int
from eidroster.reports import exports
from eidroster.services.register import list_register
from eidroster.services.summary import summary


def _backdate_a_level2(db, day: dt.date) -> str:
    """Record, dated ``day``, that someone not at level 2 on that day reached it (a
    change typed today about the past); returns their department."""
    from sqlalchemy import select

    from eidroster.db.models import StatusChange
    from eidroster.services.summary import not_level2_people

    person = not_level2_people(db, day)[0]
    with db.write() as s:
        s.add(StatusChange(employee_id=person.employee_id, status="level2", note="",
                           effective_date=day, recorded_at=dt.datetime.now(),
                           recorded_by="tester", source="manual"))
        assert s.scalars(select(StatusChange).where(
            StatusChange.employee_id == person.employee_id)).first() is not None
    return person.department


def test_every_export_recorded_and_register_json(report_db, db_path, run_cli, tmp_path,
                                                 past_day):
    out = tmp_path / "pl3.xlsx"
    res = run_cli("--db", db_path, "export", "phu-luc-iii", out, "--as-of",
                  past_day.isoformat(), "--issued", "2026-05-07")
    assert res.returncode == 0, res.stderr
    assert "đã khác" not in res.stderr
    exports.export_submission(report_db, tmp_path / "idesk", past_day)
    res = run_cli("--db", db_path, "register", "--json")
    assert res.returncode == 0, res.stderr
    entries = json.loads(res.stdout)
    assert len(entries) == 3  # the .xlsx, then the submission's .xlsx and .pdf
    first = entries[0]
    assert set(first) == {"as_of", "exported_at", "file", "sha256", "total", "level2",
                          "matches_now"}
    then = summary(report_db, past_day).total
    assert first["as_of"] == past_day.isoformat() and first["file"] == str(out.resolve())
    assert first["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert (first["total"], first["level2"]) == (then.total, then.level2)
    assert all(e["matches_now"] for e in entries)
    assert list_register(report_db)[0].issued == dt.date(2026, 5, 7)
    text = run_cli("--db", db_path, "register").stdout
    assert "khớp số liệu hiện nay" in text and "pl3.xlsx" in text


def test_a_backdated_change_shows_in_the_register_and_in_the_next_export(
        report_db, db_path, run_cli, tmp_path, past_day):
    out = tmp_path / "pl3.pdf"
    exports.export_phu_luc_iii(report_db, out, past_day)
    before = summary(report_db, past_day).total
    department = _backdate_a_level2(report_db, past_day)
    entries = json.loads(run_cli("--db", db_path, "register", "--json").stdout)
    assert [e["matches_now"] for e in entries] == [False]
    assert "ĐÃ KHÁC" in run_cli("--db", db_path, "register").stdout

    res = run_cli("--db", db_path, "export", "phu-luc-iii", tmp_path / "again.pdf",
                  "--as-of", past_day.isoformat())
    assert res.returncode == 0, res.stderr
    assert "nay đã khác" in res.stderr
    assert (f"Toàn đơn vị, mức 2: {format_int(before.level2)} → "
            f"{format_int(before.level2 + 1)}") in res.stderr
    assert department in res.stderr
    res = run_cli("--db", db_path, "export", "phu-luc-iii", tmp_path / "third.xlsx",
                  "--as-of", past_day.isoformat(), "--json")
    out_json = json.loads(res.stdout)
    assert out_json["changed_since_last_export"]["changes"] == []  # same as the 2nd
    entries = json.loads(run_cli("--db", db_path, "register", "--json").stdout)
    assert [e["matches_now"] for e in entries] == [False, True, True]


def test_the_dialog_shows_what_changed(qtbot, report_db, tmp_path, past_day, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from eidroster.ui import report_dialogs as rd
    from tests.reports.test_report_dialogs_keys import Script, click_button

    shown: list[str] = []
    paths = iter([tmp_path / "a.xlsx", tmp_path / "b.xlsx"])

    def exec_options(self):
        self.as_of.setDate(rd.qdate(past_day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(rd.ReportOptionsDialog, "exec", exec_options)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(next(paths)), "")))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: shown.append(a[2])))
    rd.export_phu_luc_iii(None, report_db)
    assert "đã khác" not in shown[-1]
    department = _backdate_a_level2(report_db, past_day)
    script = Script(qtbot).then(lambda box: click_button(qtbot, box, "Xuất lại"))
    rd.export_phu_luc_iii(None, report_db)  # asked first (test_register_window.py)
    script.done()
    assert "nay đã khác" in shown[-1] and department in shown[-1]
