"""The safety windows, driven like a user would (offscreen Qt, real files)."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from eidroster.services import backup as backup_service
from eidroster.services import roster
from eidroster.services.database import count_rows, open_database
from eidroster.services.demo import generate
from eidroster.ui import safety_dialogs
from tests.safety.helpers import checkpoint, file_hash, scalar


class DialogScript:
    """Answer the modal dialogs that open, in order, recording their text."""

    def __init__(self, *answers) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []
        self._last = None
        QTimer.singleShot(20, self._poll)

    def _poll(self) -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, QDialog) and dlg.isVisible() and dlg is not self._last and self.answers:
            self._last = dlg
            text = dlg.text() if isinstance(dlg, QMessageBox) else dlg.windowTitle()
            if isinstance(dlg, QInputDialog):
                text = dlg.labelText()
            self.seen.append(text)
            self.answers.pop(0)(dlg)
        if self.answers:
            QTimer.singleShot(20, self._poll)


def press(button):
    return lambda box: box.button(button).click()


def enter_text(value: str):
    def act(dlg: QInputDialog) -> None:
        dlg.setTextValue(value)
        dlg.accept()
    return act


@pytest.fixture
def hr(tmp_path, qapp):
    path = tmp_path / "hr.sqlite"
    db = open_database(path)
    generate(db, 60, seed=9, unit_details=False)
    db.close()
    checkpoint(path)
    return path


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    for off in range(4096, len(data), 4096):
        data[off:off + 4096] = b"\x5a" * 4096
    path.write_bytes(bytes(data))


def test_start_up_takes_the_daily_backup(hr):
    db = safety_dialogs.open_database_interactive(hr)
    assert db is not None
    db.close()
    kinds = [b.kind for b in backup_service.list_backups(hr)]
    assert kinds == ["auto"]
    db = safety_dialogs.open_database_interactive(hr)  # same day: no second one
    db.close()
    assert len(backup_service.list_backups(hr)) == 1


def test_damaged_database_offers_latest_good_backup(hr):
    good = safety_dialogs.open_database_interactive(hr)  # makes today's auto backup
    good.close()
    _damage(hr)
    script = DialogScript(press(QMessageBox.StandardButton.Yes))
    db = safety_dialogs.open_database_interactive(hr)
    assert db is not None, script.seen
    try:
        assert "hỏng" in script.seen[0] and "-auto-" in script.seen[0]
        assert count_rows(db, "employees") == 60
    finally:
        db.close()
    kept = list((hr.parent / "backups").glob("hr-damaged-*.bin"))
    assert len(kept) == 1  # the damaged file is kept for a specialist


def test_damaged_database_without_backup_says_so(hr):
    _damage(hr)
    before = file_hash(hr)
    script = DialogScript(press(QMessageBox.StandardButton.Ok))
    assert safety_dialogs.open_database_interactive(hr) is None
    assert "hỏng" in script.seen[0] and "Không tìm thấy bản sao lưu" in script.seen[0]
    assert file_hash(hr) == before


def test_encrypted_database_asks_for_the_passphrase(tmp_path, qapp):
    path = tmp_path / "enc.sqlite"
    db = open_database(path, passphrase="correct passphrase")
    generate(db, 10, seed=1)
    db.close()
    script = DialogScript(enter_text("wrong passphrase!"), enter_text("correct passphrase"))
    db = safety_dialogs.open_database_interactive(path)
    assert db is not None, script.seen
    try:
        assert "mã hóa" in script.seen[0] and "không đúng" in script.seen[1]
        assert count_rows(db, "employees") == 10
        # the start-up backup is encrypted with the same key
        made = backup_service.list_backups(path)[0].path
        assert not made.read_bytes().startswith(b"SQLite format 3")
    finally:
        db.close()


def test_locked_database_offers_retry(hr, monkeypatch):
    import eidroster.db.engine as engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(hr, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")

    def release_and_retry(box: QMessageBox) -> None:
        holder.rollback()
        holder.close()
        box.button(QMessageBox.StandardButton.Retry).click()

    script = DialogScript(release_and_retry)
    db = safety_dialogs.open_database_interactive(hr)
    assert db is not None
    db.close()
    assert "khóa" in script.seen[0] or "đang" in script.seen[0]


def test_backup_now_and_restore_from_the_list(hr):
    db = open_database(hr)
    try:
        script = DialogScript(press(QMessageBox.StandardButton.Ok))
        made = safety_dialogs.backup_now(None, db)
        assert made is not None and made.name.startswith("hr-manual-")
        assert str(made) in script.seen[0]
        roster.mark_left(db, roster.list_roster(db)[0].id, None)
        generate(db, 15, seed=2)
        assert count_rows(db, "employees") == 75

        def choose_first(dlg: safety_dialogs.RestoreDialog) -> None:
            assert dlg.list.count() == 1
            dlg.list.setCurrentRow(0)
            assert dlg.details.text().startswith("60 nhân viên · không mã hóa · tệp ")
            dlg._accept_selected()

        def confirm(box: QMessageBox) -> None:
            # Enter would answer "Không": replacing the data takes a deliberate "Có"
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).click()

        script = DialogScript(choose_first, confirm, press(QMessageBox.StandardButton.Ok))
        assert safety_dialogs.restore_from_backup(None, db) is True
        assert "60 nhân viên" in script.seen[1]
        reopened = open_database(hr)
        try:
            assert count_rows(reopened, "employees") == 60
            with reopened.read() as s:
                from eidroster.services.audit import list_events

                assert list_events(s, action="database_restored")
        finally:
            reopened.close()
    finally:
        db.close()


def test_restore_refuses_a_foreign_file_in_the_list(hr):
    folder = hr.parent / "backups"
    folder.mkdir()
    foreign = folder / "hr-auto-20260101-080000.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE invoices (n INTEGER)")
    con.commit()
    con.close()
    before = file_hash(hr)
    db = open_database(hr)
    try:
        script = DialogScript(lambda d: (d.list.setCurrentRow(0), d._accept_selected()),
                              press(QMessageBox.StandardButton.Ok))
        assert safety_dialogs.restore_from_backup(None, db) is False
        assert "không phải của eidroster" in script.seen[1]
    finally:
        db.close()
    assert file_hash(hr) == before


def test_audit_log_window_filters(hr, qtbot):
    db = open_database(hr)
    try:
        rid = roster.list_roster(db)[0].id
        from eidroster.services.privacy import record_reveal
        from eidroster.services.settings import set_setting

        record_reveal(db, rid)
        set_setting(db, "unit_name", "BỆNH VIỆN THỬ")
        dlg = safety_dialogs.AuditLogDialog(db)
        qtbot.addWidget(dlg)
        total = dlg.model.rowCount()
        assert total == scalar(hr, "SELECT COUNT(*) FROM audit_events") == 3
        idx = dlg.action.findData("setting_changed")
        dlg.action.setCurrentIndex(idx)
        assert dlg.model.rowCount() == 1
        assert "BỆNH VIỆN THỬ" in dlg.model.data(dlg.model.index(0, 4))
        dlg.action.setCurrentIndex(0)
        dlg.search.setText("xem so dinh danh")  # accent-free search
        assert dlg.model.rowCount() == 1
        assert dlg.model.data(dlg.model.index(0, 2)) == "Xem số định danh đầy đủ"
        assert "1 sự kiện" in dlg.count_label.text()
    finally:
        db.close()
    shutil.rmtree(hr.parent / "backups", ignore_errors=True)
    assert os.path.exists(hr)


def test_damage_in_a_data_page_is_caught_before_the_daily_backup(hr):
    """The file opens (its schema pages are fine) but a table page is garbage: the daily
    page check catches it, so the damaged file never replaces a good backup."""
    old = hr.parent / "backups" / "hr-auto-20200101-080000.sqlite"
    backup_service.online_backup(hr, old)
    data = bytearray(hr.read_bytes())
    last = len(data) - 4096
    data[last + 8:last + 4096] = b"\x13" * (4096 - 8)  # a leaf page of a table, past its header
    hr.write_bytes(bytes(data))
    db = open_database(hr)  # opening alone does not notice
    db.close()
    script = DialogScript(press(QMessageBox.StandardButton.Yes))
    db = safety_dialogs.open_database_interactive(hr)
    assert db is not None, script.seen
    try:
        assert "hỏng" in script.seen[0] and old.name in script.seen[0]
        assert count_rows(db, "employees") == 60
    finally:
        db.close()
    assert [b.path.name for b in backup_service.list_backups(hr) if b.kind == "auto"][-1] == old.name


def test_audit_log_is_readable_names_labels_and_only_changed_settings(hr, qtbot):
    """Vietnamese action names and field labels, people by name, and a Settings save that
    changes one field writes one entry."""
    from dataclasses import replace

    from eidroster.services import settings as settings_service
    from eidroster.ui.employee_dialog import input_from_row

    db = open_database(hr)
    try:
        row = roster.list_roster(db)[0]
        roster.update_employee(db, row.id, replace(input_from_row(row), title="Trưởng khoa"))
        current = settings_service.get_settings(db)
        before = count_rows(db, "audit_events")
        settings_service.set_settings(db, {**current, "unit_name": "BỆNH VIỆN THỬ"})
        assert count_rows(db, "audit_events") == before + 1  # one field changed, one entry
        dlg = safety_dialogs.AuditLogDialog(db)
        qtbot.addWidget(dlg)
        m = dlg.model
        texts = [[m.data(m.index(r, c)) for c in range(5)] for r in range(m.rowCount())]
        setting = next(t for t in texts if t[2] == "Đổi thiết lập")
        assert setting[4].startswith("Tên đơn vị: ") and setting[4].endswith("→ BỆNH VIỆN THỬ")
        edit = next(t for t in texts if t[2] == "Sửa thông tin nhân viên")
        assert edit[3] == row.full_name  # a name, not "employee #1"
        assert edit[4] == f"Chức danh: {row.title or '—'} → Trưởng khoa"
        assert not any("{" in t[4] or "employee #" in t[3] for t in texts)
    finally:
        db.close()
