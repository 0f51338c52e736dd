"""Help > About: the version, what the program is for, and the licences (the project's
GPL-3.0-or-later, Qt/PySide6 under the LGPL-3.0, the report fonts under the OFL-1.1) with
their full texts."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eidroster import __version__
from eidroster.paths import resource

REPO = Path(__file__).resolve().parents[2]

# Licence id -> file name in the bundle's licenses/ folder, and where it is in the source tree.
LICENCE_FILES: dict[str, tuple[str, tuple[Path, ...]]] = {
    "GPL-3.0-or-later": ("LICENSE", (REPO / "LICENSE",)),
    "LGPL-3.0": ("LGPL-3.0.txt", (REPO / "installer" / "licenses" / "LGPL-3.0.txt",)),
    "OFL-1.1": ("LICENSE-OFL.txt", (resource("fonts", "LICENSE-OFL.txt"),)),
    "third-party": ("THIRD-PARTY.txt", (REPO / "installer" / "licenses" / "THIRD-PARTY.txt",)),
}


def licence_file(licence: str) -> Path | None:
    """The full text of ``licence``: beside the frozen executable (``licenses/``) or in
    the source tree; None if this copy of the program lacks it."""
    name, source_paths = LICENCE_FILES[licence]
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "licenses" / name)
    candidates.extend(source_paths)
    return next((p for p in candidates if p.is_file()), None)


def app_icon() -> QIcon:
    """The program's icon (every PNG size, the SVG as the scalable fallback)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource("icons", f"eidroster-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    if icon.isNull():
        icon = QIcon(str(resource("icons", "eidroster.svg")))
    return icon


class LicenceViewer(QDialog):
    def __init__(self, title: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QPlainTextEdit(path.read_text(encoding="utf-8-sig", errors="replace"))
        text.setObjectName("licence_text")
        text.setReadOnly(True)
        text.setFont(QFont("monospace"))
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(720, 560)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, db_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("Giới thiệu eidroster"))
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource("icons", "eidroster-64.png"))))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>eidroster {__version__}</h2>")
        title.setObjectName("title")
        self.summary = QLabel(self.tr(
            "Theo dõi định danh điện tử mức 2 (VNeID) của cán bộ, viên chức trong đơn vị "
            "và lập các báo cáo của đợt triển khai: Phụ lục III (gửi qua iDesk), Phụ lục IV "
            "(dữ liệu cá nhân, chỉ gửi qua thư điện tử) và báo cáo tóm tắt cho Thủ trưởng."))
        self.summary.setWordWrap(True)
        self.versions = QLabel(self.tr("Phiên bản {v} · Qt {qt} · PySide6 {ps} · Python {py}")
                               .replace("{v}", __version__).replace("{qt}", qVersion())
                               .replace("{ps}", pyside_version)
                               .replace("{py}", platform.python_version()))
        self.versions.setObjectName("versions")
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence_note = QLabel(self.tr(
            "eidroster là phần mềm tự do theo Giấy phép Công cộng GNU phiên bản 3 hoặc mới hơn "
            "(GPL-3.0-or-later), cung cấp nguyên trạng, không kèm bảo hành. Giao diện dùng Qt 6 "
            "và PySide6 theo giấy phép LGPL-3.0; phông chữ Liberation Serif của báo cáo theo "
            "giấy phép SIL Open Font License 1.1 (OFL)."))
        self.licence_note.setObjectName("licence_note")
        self.licence_note.setWordWrap(True)
        self.where = QLabel(self.where_text(db_path))
        self.where.setObjectName("where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(icon)
        text_col = QVBoxLayout()
        text_col.addWidget(title)
        text_col.addWidget(self.summary)
        text_col.addWidget(self.versions)
        head.addLayout(text_col, 1)

        self.licence_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for licence, label in (
            ("GPL-3.0-or-later", self.tr("Giấy phép của chương trình (GPL-3.0)")),
            ("LGPL-3.0", self.tr("Qt / PySide6 (LGPL-3.0)")),
            ("OFL-1.1", self.tr("Phông chữ (OFL-1.1)")),
            ("third-party", self.tr("Thư viện khác")),
        ):
            button = QPushButton(label)
            button.setObjectName(f"licence:{licence}")
            path = licence_file(licence)
            if path is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Không tìm thấy tệp giấy phép trong bản cài đặt này."))
            else:
                button.clicked.connect(
                    lambda _checked=False, p=path, t=label: self.show_licence(t, p))
            self.licence_buttons[licence] = button
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.where)
        layout.addWidget(self.licence_note)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.viewer: LicenceViewer | None = None

    def where_text(self, db_path: Path | None) -> str:
        """Where the data and the backups are (a server database: its tools keep backups)."""
        from eidroster.paths import backup_dir_for, data_dir

        if db_path is None:
            return self.tr("Dữ liệu trên máy chủ PostgreSQL; thư mục của chương trình: {folder}").format(
                folder=data_dir())
        return self.tr("Tệp dữ liệu: {db}\nBản sao lưu: {backups}").format(
            db=db_path, backups=backup_dir_for(db_path))

    def show_licence(self, title: str, path: Path) -> LicenceViewer:
        self.viewer = LicenceViewer(title, path, self)
        self.viewer.open()
        return self.viewer


def show_about(parent: QWidget | None = None, db_path: Path | None = None) -> AboutDialog:
    """Open the About dialog (window-modal, returns at once) and return it."""
    dialog = AboutDialog(parent, db_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
