"""Qt's own widgets speak Vietnamese too (standard buttons, text menus, the wizard)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox


def test_standard_buttons_in_vietnamese(app, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy", "Đóng"}
    msg = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(msg)
    assert {b.text().replace("&", "") for b in msg.buttons()} == {"Có", "Không"}


def test_text_field_menu_in_vietnamese(app, qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    labels = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Sao chép" in labels and "&Dán" in labels and "Chọn tất cả" in labels


def test_qt_file_dialog_in_vietnamese(app, qtbot):
    dlg = QFileDialog()
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dlg)
    labels = {w.text() for w in dlg.findChildren(QLabel)}
    assert {"&Tìm trong:", "Tên &tệp:", "&Loại tệp:"} <= labels


def test_english_has_no_vietnamese_qt_strings(app, qtbot):
    from eidroster.ui.i18n import install_translator

    install_translator(app, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Cancel"
    install_translator(app, "vi")
