"""The "saved" message: says where a file went and offers to open it or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def open_path(path: Path) -> bool:
    """Open a file or a folder with the system's own program."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def saved_box(parent: QWidget | None, title: str, path: Path) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title,
                      QCoreApplication.translate("Saved", "Đã ghi vào:") + f"\n{path}", parent=parent)
    box.open_file = box.addButton(QCoreApplication.translate("Saved", "Mở &tệp"),  # type: ignore[attr-defined]
                                  QMessageBox.ButtonRole.ActionRole)
    box.open_folder = box.addButton(QCoreApplication.translate("Saved", "Mở thư &mục"),  # type: ignore[attr-defined]
                                    QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Saved", "Đóng"), QMessageBox.ButtonRole.RejectRole)
    return box


def show_saved(parent: QWidget | None, title: str, path: Path) -> None:
    box = saved_box(parent, title, path)
    box.exec()
    clicked = box.clickedButton()
    if clicked is box.open_file:  # type: ignore[attr-defined]
        open_path(path)
    elif clicked is box.open_folder:  # type: ignore[attr-defined]
        open_path(path.parent)
