"""The user guide inside the program (F1): docs/huong-dan-su-dung.md rendered with its
pictures, from the source tree or from the frozen bundle (installer/eidroster.spec
copies ``docs/huong-dan-su-dung.md`` and ``docs/images``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

GUIDE = "huong-dan-su-dung.md"


def guide_path() -> Path:
    """The guide's Markdown file (its pictures are in ``images/`` beside it)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs" / GUIDE
    return Path(__file__).resolve().parents[2] / "docs" / GUIDE


class HelpWindow(QDialog):
    """The guide in a window of its own; links inside the guide are followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.resize(980, 700)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Hướng dẫn sử dụng"))
        self.browser.setAccessibleDescription(self.tr(
            "Nội dung hướng dẫn; mũi tên và Page Up/Page Down để cuộn"))
        layout = QVBoxLayout(self)
        path = guide_path()
        if path.is_file():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)),
                                   QTextDocument.ResourceType.MarkdownResource)
        else:
            layout.addWidget(QLabel(self.tr("Không tìm thấy tệp hướng dẫn: {path}").format(path=path)))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


_open: list[HelpWindow] = []


def show_help(parent: QWidget | None = None) -> HelpWindow:
    """Show the guide beside the window (not modal: one can read while working)."""
    for w in _open:
        if w.isVisible():
            w.raise_()
            w.activateWindow()
            return w
    _open.clear()
    w = HelpWindow(parent)
    _open.append(w)
    w.show()
    return w
