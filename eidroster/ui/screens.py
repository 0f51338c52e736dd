"""Render the main screens to PNG (the ``screenshot`` command): main window, dashboard,
edit dialog, bulk status dialog, reason catalogue and the import preview."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWidget

from eidroster.domain.cccd import make_cccd
from eidroster.services.database import Database

SIZE = (1366, 768)


def _settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    pixmap = widget.grab()
    if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
        from eidroster.domain.errors import StorageError

        raise StorageError(f"Không ghi được ảnh {path}")
    return path


def messy_import_file(folder: Path, rows: int = 25, seed: int = 5) -> Path:
    """A small generated .xlsx as departments send them: title lines, a two-row header,
    CCCDs damaged by Excel (lost leading zero, scientific notation, ".0", spaces),
    names in capitals or NFD, a blank line. Generated people, never real ones."""
    from openpyxl import Workbook

    from eidroster.services.demo import DEM_F, DEM_M, HO, TEN_F, TEN_M

    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["BỆNH VIỆN ĐA KHOA (dữ liệu mẫu)"])
    ws.append(["DANH SÁCH NHÂN VIÊN CHƯA ĐỊNH DANH MỨC 2 — KHOA NỘI"])
    ws.append([])
    ws.append(["TT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Khoa/phòng",
               "Tình trạng", "Lý do"])
    statuses = ["Chưa đăng ký", "Đã nộp hồ sơ", "Mức 1", "Đã kích hoạt mức 2", "mức 2", ""]
    reasons = ["Nghỉ thai sản", "đi học", "Chưa sắp xếp thời gian", "", "ốm dài ngày"]
    for i in range(1, rows + 1):
        female = rng.random() < 0.6
        ho = rng.choice(HO)
        name = f"{ho} {rng.choice(DEM_F if female else DEM_M)} {rng.choice(TEN_F if female else TEN_M)}"
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
        cccd = make_cccd(rng.choice(["077", "079", "001", "040"]), birth.year,
                         "F" if female else "M", rng.randrange(10**6))
        kind = i % 6
        id_cell: object = cccd
        if kind == 1:
            id_cell = int(cccd)  # leading zero lost
        elif kind == 2:
            id_cell = f"{int(cccd):.4E}"
        elif kind == 3:
            id_cell = f"{cccd}.0"
        elif kind == 4:
            id_cell = f"{cccd[:3]} {cccd[3:6]} {cccd[6:]}"
        if i % 7 == 0:
            name = name.upper()
        if i % 5 == 0:
            name = unicodedata.normalize("NFD", name)
        if i == 12:
            ws.append([])
        cell_values = [i, name, birth.strftime("%d/%m/%Y") if i % 4 else birth,
                       "Nữ" if female else "Nam", id_cell, "Khoa Nội",
                       rng.choice(statuses), rng.choice(reasons)]
        ws.append(cell_values)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    path = folder / "danh_sach_khoa_noi.xlsx"
    wb.save(path)
    return path


def _import_preview(db: Database, parent: QWidget, folder: Path) -> QWidget | None:
    """Open the import wizard on a generated file and return it at its preview page
    (None when the wizard is not part of this build)."""
    try:
        from eidroster.ui.import_wizard import ImportWizard
    except ImportError:
        return None
    path = messy_import_file(folder)
    wizard = ImportWizard(db, parent)
    wizard.resize(*SIZE)
    for name in ("open_file", "load_file", "set_file"):
        fn = getattr(wizard, name, None)
        if callable(fn):
            fn(str(path))
            break
    else:
        return None
    wizard.show()
    _settle(10)
    show_preview = getattr(wizard, "show_preview", None)
    if callable(show_preview):
        show_preview()
    _settle(10)
    return wizard


def _other_dialogs(db: Database, window: QWidget):
    """The other windows reached from the menus (built only, nothing is changed)."""

    def settings():
        from eidroster.ui.report_dialogs import SettingsDialog
        return SettingsDialog(db, window)

    def settings_privacy():
        from eidroster.ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(db, window)
        dialog.tabs.setCurrentIndex(1)  # the personal-data tab: retention, the notice
        return dialog

    def audit():
        from eidroster.ui.safety_dialogs import AuditLogDialog
        return AuditLogDialog(db, window)

    def agency():
        from eidroster.ui.agency_dialog import AgencyMergeDialog
        return AgencyMergeDialog(window)

    def connect():
        from eidroster.ui.connect_dialog import ConnectDialog
        return ConnectDialog(window)

    def first_run():
        from eidroster.ui.first_run import FirstRunWizard
        return FirstRunWizard(db, window)

    def about():
        from eidroster.ui.about import AboutDialog
        return AboutDialog(window, db.path)  # where this data file and its backups are

    def departments():
        from eidroster.ui.departments_dialog import DepartmentsDialog
        return DepartmentsDialog(db, window)

    def move():
        from eidroster.services.roster import list_departments
        from eidroster.ui.employment_dialogs import MoveDialog
        return MoveDialog(3, None, [d.name for d in list_departments(db, counts=False)], window)

    return [("settings_dialog", settings), ("settings_privacy", settings_privacy),
            ("audit_log", audit), ("agency_merge", agency),
            ("connect_dialog", connect), ("first_run", first_run), ("about", about),
            ("departments_dialog", departments), ("move_dialog", move)]


def render_screens(db: Database, out: Path, lang: str | None = None) -> list[Path]:
    """Draw each screen at 1366×768 into ``out``; returns the files written."""
    from eidroster.ui.app import MainWindow, create_application
    from eidroster.ui.employee_dialog import EmployeeDialog
    from eidroster.ui.reasons_dialog import ReasonsDialog
    from eidroster.ui.roster_keys import COL_NAME
    from eidroster.ui.status_dialog import StatusDialog

    create_application(lang or "vi")
    files: list[Path] = []
    w = MainWindow(db, load=False, remember_layout=False)  # the default layout, reproducible
    w.resize(*SIZE)
    w.show()
    w.resize(*SIZE)
    w.reload(block=True)
    if w.roster.model.rowCount():
        sel = QItemSelection(w.roster.model.index(0, 0), w.roster.model.index(0, w.roster.model.columnCount() - 1))
        w.roster.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        w.roster.table.setCurrentIndex(w.roster.model.index(0, COL_NAME))
    files.append(_save(w, out / "main_window.png"))

    w.tabs.setCurrentIndex(1)
    w.dashboard.refresh(block=True)
    files.append(_save(w, out / "dashboard.png"))
    w.tabs.setCurrentIndex(0)

    row = w.roster.model.row_at(0) if w.roster.model.rowCount() else None
    dlg = EmployeeDialog(db, row, w, [d.name for d in w.roster.departments])
    dlg.show()
    files.append(_save(dlg, out / "edit_dialog.png"))
    if row is not None and row.id_number and len(row.id_number) == 12:
        # the same dialog while the user types a CCCD that contradicts the birth year
        wrong = row.id_number[:4] + f"{(int(row.id_number[4:6]) + 7) % 100:02d}" + row.id_number[6:]
        dlg.id_number.setText(wrong)
        files.append(_save(dlg, out / "edit_dialog_invalid.png"))
    dlg.close()

    # one person (pre-filled), then several (nothing chosen, "giữ nguyên" everywhere)
    for name, rows in (("status_dialog", w.roster.selected_rows()[:1]),
                       ("status_dialog_many", w.roster.model.all_rows()[:40])):
        status = StatusDialog(max(1, len(rows)), w.data.reasons, w, rows=rows)
        status.show()
        files.append(_save(status, out / f"{name}.png"))
        status.close()

    reasons = ReasonsDialog(db, w)
    reasons.show()
    files.append(_save(reasons, out / "reasons_dialog.png"))
    reasons.close()

    for name, factory in _other_dialogs(db, w):
        try:
            dialog = factory()
        except (ImportError, AttributeError):
            continue  # a dialog not part of this build
        dialog.show()
        files.append(_save(dialog, out / f"{name}.png"))
        dialog.close()

    with tempfile.TemporaryDirectory(prefix="eidroster-shot-") as tmp:
        wizard = _import_preview(db, w, Path(tmp))
        if wizard is not None:
            files.append(_save(wizard, out / "import_preview.png"))
            wizard.close()
    from eidroster.ui.peer_screens import render_peer_screens

    files += render_peer_screens(db, w, out, _save)
    w.shutdown()
    w.close()
    QCoreApplication.processEvents()
    return files
