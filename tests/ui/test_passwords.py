"""A weak password on Phụ lục IV (a file that leaves the machine) is refused, as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from eidroster.ui import report_dialogs as rd

from .helpers import type_text


def _try(qtbot, password: str):
    dlg = rd.ReportOptionsDialog("Phụ lục IV", ask_password=True)
    qtbot.addWidget(dlg)
    type_text(dlg.password, password)
    type_text(dlg.password2, password)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    return dlg


def test_weak_passwords_are_refused_with_a_reason(app, qtbot):
    for weak in ("1234567", "12345678", "aaaaaaaa", "matkhau", "abababab"):
        dlg = _try(qtbot, weak)
        assert dlg.result() != dlg.DialogCode.Accepted, weak
        assert dlg.problem.text() in ("Mật khẩu quá ngắn (ít nhất 8 ký tự)",
                                      "Mật khẩu quá dễ đoán; hãy dùng một cụm từ dài hơn, có chữ và số"), weak


def test_a_good_password_is_accepted(app, qtbot):
    dlg = _try(qtbot, "Khoa Nội gửi 2026")
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.password_value() == "Khoa Nội gửi 2026"
