"""Safety windows: opening a damaged, locked or encrypted database, backing up and
restoring, and reading the audit trail.

Called by the main window (``backup_now``, ``restore_from_backup``, ``show_audit_log``)
and by :func:`eidroster.ui.app.run_app` (``open_database_interactive``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError, StorageError
from eidroster.services import backup as backup_service
from eidroster.services import restore as restore_service
from eidroster.services.audit import record_event
from eidroster.services.database import Database, file_of, open_database, quick_check
from eidroster.ui.i18n import format_int

AUDIT_LIMIT = 20_000


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    _box(parent, icon, title, text).exec()


# ====================================================================== opening

def _kind_of_failure(path: Path | None, exc: StorageError, passphrase: str | None) -> str:
    text = exc.message
    if "khóa" in text or "đang được" in text:
        return "locked"
    if path is None:
        return "other"
    from eidroster.services.privacy import is_encrypted_file

    if is_encrypted_file(path) and (passphrase is None or "mật khẩu" in text):
        return "passphrase"
    if "hỏng" in text or "không phải" in text:
        return "damaged"
    return "other"


def open_database_interactive(target: str | Path, parent: QWidget | None = None) -> Database | None:
    """Open ``target`` for the window, talking the user through what can go wrong:
    another program holding the lock (retry), an encrypted file (passphrase), a
    damaged file (restore the latest good backup). Takes the daily start-up backup.
    Returns None when the user gives up (the window then does not open)."""
    path = file_of(target)
    passphrase: str | None = None
    while True:
        db: Database | None = None
        # the page-level check (~0.1 s for 100k people) runs with the daily backup, so a
        # damaged file is caught before it is copied over a good backup
        due = path is not None and backup_service.auto_backup_due(path)
        try:
            db = open_database(str(target), before_migrate=backup_service.migration_hook(passphrase),
                               passphrase=passphrase)
            if due:
                quick_check(db)
        except StorageError as exc:
            if db is not None:
                db.close()
            kind = _kind_of_failure(path, exc, passphrase)
            if kind == "locked":
                if _ask_retry_locked(parent, exc.message):
                    continue
                return None
            if kind == "passphrase":
                entered = _ask_passphrase(parent, path, wrong=passphrase is not None)
                if entered is None:
                    return None
                passphrase = entered
                continue
            if kind == "damaged" and path is not None:
                if _offer_restore_damaged(parent, path, exc.message, passphrase):
                    continue
                return None
            _show(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("SafetyDialogs", "Không mở được cơ sở dữ liệu"), exc.message)
            return None
        except EidrosterError as exc:
            _show(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("SafetyDialogs", "Không mở được cơ sở dữ liệu"), exc.message)
            return None
        if db.path is not None and due:
            try:
                backup_service.auto_backup(db.path, passphrase=passphrase)
            except EidrosterError as exc:
                _show(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("SafetyDialogs", "Chưa sao lưu được"),
                      QCoreApplication.translate("SafetyDialogs", "Không tạo được bản sao lưu tự động hôm nay:") + "\n" + exc.message)
        return db


def _ask_retry_locked(parent: QWidget | None, message: str) -> bool:
    box = _box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("SafetyDialogs", "Cơ sở dữ liệu đang bận"),
               message + "\n\n" + QCoreApplication.translate("SafetyDialogs", "Một chương trình khác (có thể ở máy khác dùng chung thư "
                                     "mục) đang ghi vào cơ sở dữ liệu. Thử lại sau khi nó xong?"),
               QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Retry


def _ask_passphrase(parent: QWidget | None, path: Path | None, wrong: bool) -> str | None:
    label = QCoreApplication.translate("SafetyDialogs", "Cơ sở dữ liệu {name} đã được mã hóa. Nhập mật khẩu:").format(
        name=path.name if path else "")
    if wrong:
        label = QCoreApplication.translate("SafetyDialogs", "Mật khẩu không đúng.") + "\n" + label
    dlg = QInputDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("SafetyDialogs", "Cơ sở dữ liệu đã mã hóa"))
    dlg.setLabelText(label)
    dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
    if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.textValue():
        return None
    return dlg.textValue()


def _offer_restore_damaged(parent: QWidget | None, path: Path, message: str,
                           passphrase: str | None) -> bool:
    good = restore_service.latest_good_backup(path, passphrase)
    if good is None:
        _show(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("SafetyDialogs", "Cơ sở dữ liệu bị hỏng"),
              message + "\n\n" + QCoreApplication.translate("SafetyDialogs", "Không tìm thấy bản sao lưu nào còn tốt trong {folder}.")
              .format(folder=backup_service.backup_dir_for(path)))
        return False
    text = (message + "\n\n" + QCoreApplication.translate("SafetyDialogs", "Bản sao lưu tốt gần nhất: {name}, lúc {when}.").format(
        name=good.path.name, when=good.taken_at.strftime("%d/%m/%Y %H:%M"))
        + "\n" + QCoreApplication.translate("SafetyDialogs", "Khôi phục từ bản này? Tệp hỏng được giữ lại trong thư mục sao lưu."))
    box = _box(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("SafetyDialogs", "Cơ sở dữ liệu bị hỏng"), text,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("SafetyDialogs", "Khôi phục bản sao lưu"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("SafetyDialogs", "Thoát"))
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_service.restore_database(path, good.path, passphrase=passphrase)
    except EidrosterError as exc:
        _show(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("SafetyDialogs", "Không khôi phục được"), exc.message)
        return False
    return True


# ====================================================================== backup / restore

def backup_now(parent: QWidget | None, db: Database) -> Path | None:
    """"Back up now": a copy in the backups folder beside the database."""
    if db.path is None:
        _show(parent, QMessageBox.Icon.Information, QCoreApplication.translate("SafetyDialogs", "Sao lưu"),
              QCoreApplication.translate("SafetyDialogs", "Cơ sở dữ liệu nằm trên máy chủ: hãy sao lưu bằng công cụ của máy chủ (pg_dump)."))
        return None
    try:
        made = backup_service.manual_backup(db)
    except EidrosterError as exc:
        _show(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("SafetyDialogs", "Không sao lưu được"), exc.message)
        return None
    if made is not None:
        _show(parent, QMessageBox.Icon.Information, QCoreApplication.translate("SafetyDialogs", "Đã sao lưu"),
              QCoreApplication.translate("SafetyDialogs", "Đã sao lưu cơ sở dữ liệu vào:") + f"\n{made}")
    return made


class RestoreDialog(QDialog):
    """The backups of the database, newest first, and "another file…"."""

    def __init__(self, db_path: Path, parent: QWidget | None = None,
                 passphrase: str | None = None) -> None:
        super().__init__(parent)
        self.passphrase = passphrase
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Chọn bản sao lưu. Cơ sở dữ liệu hiện tại sẽ được giữ lại làm một bản sao lưu.")))
        self.list = QListWidget()
        kinds = {"auto": self.tr("tự động"), "manual": self.tr("sao lưu tay"),
                 "migration": self.tr("trước khi nâng cấp")}
        for info in backup_service.list_backups(db_path):
            kind = kinds.get(info.kind, info.kind.replace("before-", self.tr("trước khi ")))
            item = QListWidgetItem(f"{info.taken_at:%d/%m/%Y %H:%M}  ·  {kind}  ·  "
                                   f"{format_int(max(1, info.size // 1024))} KB  ·  {info.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        self.list.setAccessibleName(self.tr("Các bản sao lưu"))
        self.details = QLabel()
        self.details.setObjectName("backupDetails")
        self.details.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda item, _old: self._describe(item))
        layout.addWidget(self.list)
        layout.addWidget(self.details)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.details.setText(self.tr("Chưa có bản sao lưu nào trong thư mục backups."))
        self.other = QPushButton(self.tr("Tệp khác…"))
        self.other.clicked.connect(self._pick_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Khôi phục"))
        buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_selected())

    def _describe(self, item: QListWidgetItem | None) -> None:
        """What the chosen backup holds: how many people, and where the file is."""
        if item is None:
            self.details.clear()
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        try:
            check = restore_service.check_database_file(path, self.passphrase)
        except EidrosterError as exc:
            self.details.setText(self.tr("Không dùng được bản này: {why}").format(why=exc.message))
            return
        self.details.setText(self.tr("{count} nhân viên · {state} · tệp {path}").format(
            count=format_int(check.employees), path=path,
            state=self.tr("đã mã hóa") if check.encrypted else self.tr("không mã hóa")))

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp sao lưu"), "", self.tr("Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)"))
        if name:
            self.chosen = Path(name)
            self.accept()


def restore_from_backup(parent: QWidget | None, db: Database) -> bool:
    """Choose a backup, check it, confirm, and restore. True when the database file
    was replaced (the caller then reopens it); ``db``'s connections are closed."""
    if db.path is None:
        _show(parent, QMessageBox.Icon.Information, QCoreApplication.translate("SafetyDialogs", "Khôi phục"),
              QCoreApplication.translate("SafetyDialogs", "Cơ sở dữ liệu nằm trên máy chủ: hãy khôi phục bằng công cụ của máy chủ."))
        return False
    dlg = RestoreDialog(db.path, parent, db.passphrase)
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.chosen is None:
        return False
    try:
        check = restore_service.check_database_file(dlg.chosen, db.passphrase)
    except EidrosterError as exc:
        _show(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("SafetyDialogs", "Không dùng được tệp này"), exc.message)
        return False
    box = _box(parent, QMessageBox.Icon.Question, QCoreApplication.translate("SafetyDialogs", "Khôi phục"),
               QCoreApplication.translate("SafetyDialogs", "Khôi phục {name} ({count} nhân viên)? Mọi thay đổi sau lúc sao lưu sẽ không "
                  "còn trong cơ sở dữ liệu đang dùng; bản hiện tại được giữ lại làm bản sao lưu.")
               .format(name=dlg.chosen.name, count=format_int(check.employees)),
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter must not replace the data
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    db.close()  # our own connections must not hold the file being replaced
    try:
        result = restore_service.restore_database(db.path, dlg.chosen, passphrase=db.passphrase)
    except EidrosterError as exc:
        _show(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("SafetyDialogs", "Không khôi phục được"), exc.message)
        return False
    try:
        with db.write() as s:  # the engine reconnects to the restored file
            record_event(s, "database_restored", "database", None, {
                "from": str(result.restored_from),
                "previous_kept_as": str(result.previous_backup) if result.previous_backup else None,
                "employees": result.check.employees,
            })
        db.close()
    except EidrosterError:
        pass  # the restore itself succeeded; the window reopens the database
    kept = result.previous_backup
    _show(parent, QMessageBox.Icon.Information, QCoreApplication.translate("SafetyDialogs", "Đã khôi phục"),
          QCoreApplication.translate("SafetyDialogs", "Đã khôi phục {count} nhân viên từ {name}.").format(
              count=format_int(result.check.employees), name=result.restored_from.name)
          + (("\n" + QCoreApplication.translate("SafetyDialogs", "Bản trước khi khôi phục được giữ tại:") + f"\n{kept}") if kept else ""))
    return True


# The audit log window has its own module; these names stay reachable from here.
from eidroster.ui.audit_log import (  # noqa: E402
    AuditLogDialog,
    AuditModel,
    action_label,
    action_labels,
    show_audit_log,
)

__all__ = ["AuditLogDialog", "AuditModel", "action_label", "action_labels", "backup_now",
           "open_database_interactive", "restore_from_backup", "show_audit_log"]
