"""Connecting to a shared PostgreSQL server (several HR desks on one database).

The password is never stored in clear: it is asked each time (or left empty so that
libpq takes it from ``~/.pgpass`` or ``PGPASSWORD``). A typed password is handed to
libpq through this process's ``PGPASSWORD`` only — it never appears in the URL, so
nothing that shows or remembers the URL (title bar, recent list, logs) can leak it.
Host, port, database and user are remembered in the window's settings."""

from __future__ import annotations

import getpass
import os
from urllib.parse import quote

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError
from eidroster.ui.widgets import ok_cancel

PASSWORD_ENV = "PGPASSWORD"
_KEYS = ("host", "port", "database", "user")


class ConnectDialog(QDialog):
    """Host, port, database, user and (optionally) password; ``url()`` after accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết nối máy chủ PostgreSQL"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr(
            "Dùng chung một cơ sở dữ liệu trên máy chủ cho nhiều người cùng cập nhật. "
            "Mật khẩu không được lưu: để trống nếu máy đã có tệp ~/.pgpass hoặc biến "
            "PGPASSWORD."))
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(không lưu lại)"))
        self._load_remembered()
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ"), self.host)
        form.addRow(self.tr("Cổng"), self.port)
        form.addRow(self.tr("Tên cơ sở dữ liệu"), self.database)
        form.addRow(self.tr("Người dùng"), self.user)
        form.addRow(self.tr("Mật khẩu"), self.password)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Kiểm tra kết nối"))
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = ok_cancel(self, self.tr("Kết nối"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ values

    def _load_remembered(self) -> None:
        from eidroster.ui.i18n import settings

        s = settings()
        self.host.setText(str(s.value("server/host", "localhost")))
        try:
            self.port.setValue(int(s.value("server/port", 5432)))
        except (TypeError, ValueError):
            self.port.setValue(5432)
        self.database.setText(str(s.value("server/database", "eidroster")))
        self.user.setText(str(s.value("server/user", _login_name())))

    def _remember(self) -> None:
        from eidroster.ui.i18n import settings

        s = settings()
        s.setValue("server/host", self.host.text().strip())
        s.setValue("server/port", self.port.value())
        s.setValue("server/database", self.database.text().strip())
        s.setValue("server/user", self.user.text().strip())
        s.sync()

    def problem(self) -> str:
        """What is missing, in the window's language ("" when the form is complete)."""
        if not self.host.text().strip():
            return self.tr("Hãy nhập tên hoặc địa chỉ máy chủ")
        if not self.database.text().strip():
            return self.tr("Hãy nhập tên cơ sở dữ liệu")
        if not self.user.text().strip():
            return self.tr("Hãy nhập tên người dùng")
        return ""

    def url(self) -> str:
        """``postgresql://user@host:port/database`` — never with the password."""
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip()
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # an IPv6 address
        database = quote(self.database.text().strip(), safe="")
        return f"postgresql://{user}@{host}:{self.port.value()}/{database}"

    def apply_password(self) -> None:
        """Hand a typed password to libpq for this process (never written anywhere)."""
        if self.password.text():
            os.environ[PASSWORD_ENV] = self.password.text()

    # ------------------------------------------------------------ actions

    def test_connection(self) -> bool:
        from eidroster.services.database import check_server

        missing = self.problem()
        if missing:
            self.message.setText(missing)
            return False
        self.apply_password()
        try:
            version = check_server(self.url())
        except EidrosterError as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText(self.tr("Kết nối được: {version}").format(version=version))
        return True

    def accept(self) -> None:
        missing = self.problem()
        if missing:
            self.message.setText(missing)
            return
        self.apply_password()
        self._remember()
        self.password.clear()
        super().accept()

    @classmethod
    def get_url(cls, parent: QWidget | None = None) -> str | None:
        """Show the dialog; the URL to open (without password), or None if cancelled."""
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.url()
        return None


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return ""
