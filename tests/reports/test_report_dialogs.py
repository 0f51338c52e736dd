"""The report actions of the window, offscreen: settings form, exports through the
dialogs (file dialogs and message boxes answered by the test), Phụ lục IV
confirmation and password, and the print preview's page painting."""

from __future__ import annotations

import datetime as dt

import msoffcrypto
import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit

from eidroster.reports.exports import AUDIT_ACTION_PHU_LUC_IV
from eidroster.services.audit import list_events
from eidroster.services.settings import get_settings
from eidroster.services.summary import summary
from eidroster.ui import report_dialogs as rd


@pytest.fixture
def answers(monkeypatch):
    """What the user answers: options dialog values, the file name, Yes/No."""
    state = {"accept": True, "as_of": None, "password": None, "question": QMessageBox.StandardButton.Yes,
             "save": None, "folder": None, "messages": [], "ascii": False}

    def exec_options(self):
        if not state["accept"]:
            return QDialog.DialogCode.Rejected
        if state["as_of"] is not None:
            d = state["as_of"]
            self.as_of.setDate(rd._qdate(d))
        if self.use_password is not None:
            self.use_password.setChecked(state["password"] is not None)
            self.password.setText(state["password"] or "")
            self.password2.setText(state["password"] or "")
        if self.ascii_names is not None:
            self.ascii_names.setChecked(state["ascii"])
        self.check_and_accept()
        return self.result()

    monkeypatch.setattr(rd.ReportOptionsDialog, "exec", exec_options)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(state["save"]), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(state["folder"])))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: state["question"]))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: state["messages"].append(a[2])))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: state["messages"].append("!" + a[2])))
    return state


def test_settings_dialog_saves_the_unit_details(qtbot, db, monkeypatch):
    dlg = rd.SettingsDialog(db)
    qtbot.addWidget(dlg)
    dlg.findChild(QLineEdit, "unit_name").setText("Trung tâm Y tế Thử")
    dlg.findChild(QPlainTextEdit, "signer_title").setPlainText("GIÁM ĐỐC")
    dlg.has_target.setChecked(True)
    dlg.editors["target_date"].setDate(rd._qdate(dt.date(2030, 1, 31)))
    dlg.save()
    assert dlg.saved
    saved = get_settings(db)
    assert saved["unit_name"] == "Trung tâm Y tế Thử" and saved["signer_title"] == "GIÁM ĐỐC"
    assert saved["target_date"] == "2030-01-31"
    # a bad value keeps the dialog open with the message
    dlg2 = rd.SettingsDialog(db)
    qtbot.addWidget(dlg2)
    dlg2.findChild(QLineEdit, "unit_name").setText("x" * 2100)
    dlg2.save()
    assert not dlg2.saved and "quá dài" in dlg2.problem.text()
    assert get_settings(db)["unit_name"] == "Trung tâm Y tế Thử"
    monkeypatch.setattr(rd.SettingsDialog, "exec", lambda self: self.reject())
    assert rd.edit_settings(None, db) is False


def test_export_phu_luc_iii_from_the_window(qtbot, report_db, answers, tmp_path, past_day):
    answers["as_of"] = past_day
    answers["save"] = tmp_path / "pl3"  # no extension typed: the first filter's (.xlsx)
    out = rd.export_phu_luc_iii(None, report_db)
    assert out == tmp_path / "pl3.xlsx" and out.exists()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    total = next(r for r in rows if r[0] == "TỔNG CỘNG")
    assert total[2] == summary(report_db, past_day).total.total
    assert "Đã ghi Phụ lục III" in answers["messages"][-1]


def test_export_phu_luc_iv_asks_first_and_encrypts(qtbot, report_db, answers, tmp_path):
    answers["save"] = tmp_path / "pl4.xlsx"
    answers["question"] = QMessageBox.StandardButton.No
    assert rd.export_phu_luc_iv(None, report_db) is None
    assert not (tmp_path / "pl4.xlsx").exists()

    answers["question"] = QMessageBox.StandardButton.Yes
    answers["password"] = "mật khẩu"
    out = rd.export_phu_luc_iv(None, report_db)
    assert out is not None and msoffcrypto.OfficeFile(out.open("rb")).is_encrypted()
    with report_db.read() as s:
        events = list_events(s, action=AUDIT_ACTION_PHU_LUC_IV)
    assert len(events) == 1 and events[0].detail["encrypted"] is True


def test_password_mismatch_is_refused(qtbot):
    dlg = rd.ReportOptionsDialog("x", ask_password=True)
    qtbot.addWidget(dlg)
    dlg.password.setText("a")
    dlg.password2.setText("b")
    dlg.check_and_accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "không giống nhau" in dlg.problem.text()


def test_failed_export_shows_the_message(qtbot, report_db, answers, tmp_path):
    answers["save"] = tmp_path / "khong-co" / "pl3.xlsx"
    assert rd.export_phu_luc_iii(None, report_db) is None
    assert answers["messages"][-1].startswith("!") and "không tồn tại" in answers["messages"][-1]


def test_summary_submission_and_print_preview(qtbot, report_db, answers, tmp_path, monkeypatch):
    answers["save"] = tmp_path / "tom-tat.pdf"
    out = rd.export_summary_pdf(None, report_db)
    assert out is not None and out.read_bytes().startswith(b"%PDF")

    answers["folder"] = tmp_path / "idesk"
    answers["folder"].mkdir()
    answers["ascii"] = True
    paths = rd.export_submission(None, report_db)
    assert sorted(p.suffix for p in paths) == [".pdf", ".pdf", ".xlsx"]  # letter + III
    assert all(p.name.isascii() for p in paths)

    # the preview paints every page of the summary PDF onto the printer
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    painted: list[int] = []

    def fake_exec(self):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        self.paintRequested.emit(printer)
        painted.append(1)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert rd.print_preview_summary(None, report_db) is True
    assert painted
    from pypdf import PdfReader

    pages = len(PdfReader(tmp_path / "printed.pdf").pages)
    assert pages == len(PdfReader(out).pages) >= 1
