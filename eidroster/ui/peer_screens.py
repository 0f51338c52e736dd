"""The screenshot command's pictures of issue 19's screens: a card scan in the add and the
edit dialogs, the forms panel, the reconciliation table. Nothing is written to the
database shown: the forms are issued and returned in a temporary copy of it, the list to
reconcile with is a generated file in a temporary folder (generated people only)."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from eidroster.domain.cccd import make_cccd
from eidroster.domain.chip_qr import read_card_qr
from eidroster.domain.statuses import STATUS_LABEL_VI, Status
from eidroster.services.database import Database

Save = Callable[[QWidget, Path], Path]


def _generated_person(seed: int) -> tuple[str, dt.date, str, str]:
    from eidroster.services.demo import DEM_F, HO, TEN_F

    rng = random.Random(seed)
    birth = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 25))
    name = f"{rng.choice(HO)} {rng.choice(DEM_F)} {rng.choice(TEN_F)}"
    return name, birth, make_cccd("001", birth.year, "F", rng.randrange(10**6)), "F"


def _qr(number: str, name: str, birth: dt.date, gender: str) -> str:
    return "|".join([number, "", name, birth.strftime("%d%m%Y"),
                     "Nam" if gender == "M" else "Nữ", "Thôn Mẫu, Xã Thử", "01022023"])


def render_peer_screens(db: Database, window, out: Path, save: Save) -> list[Path]:
    from eidroster.ui.employee_dialog import EmployeeDialog

    files = []
    departments = [d.name for d in window.roster.departments]
    name, birth, number, gender = _generated_person(3)
    add = EmployeeDialog(db, None, window, departments)
    add.scan_assist.apply(read_card_qr(_qr(number, name, birth, gender)))
    add.show()
    files.append(save(add, out / "scan_add.png"))
    add.close()
    row = next((r for r in window.roster.model.all_rows() if r.birth_date and r.id_number
                and r.gender), None)
    if row is not None:
        edit = EmployeeDialog(db, row, window, departments)
        other = row.birth_date.replace(day=1 if row.birth_date.day != 1 else 2)
        edit.scan_assist.apply(read_card_qr(_qr(row.id_number, row.full_name + "h", other,
                                                row.gender)))
        edit.show()
        files.append(save(edit, out / "scan_compare.png"))
        edit.close()
    with tempfile.TemporaryDirectory(prefix="eidroster-shot-") as tmp:
        panel = _forms_panel(db, window, Path(tmp))
        if panel is not None:
            files.append(save(panel, out / "forms_panel.png"))
            panel.close()
        files.append(save(_reconciliation(db, window, Path(tmp)), out / "reconcile.png"))
    return files


def _forms_panel(db: Database, window, tmp: Path):
    """Forms issued to six departments of a copy of the database, four returned."""
    import openpyxl

    from eidroster.reports.fill_in_form import HEADER_ROW, SHEET
    from eidroster.services.backup import copy_database
    from eidroster.services.database import open_database
    from eidroster.services.forms import issue_forms
    from eidroster.services.forms_return import load_forms
    from eidroster.services.importer import run_import
    from eidroster.ui.forms_panel import FormsPanel

    if db.path is None or not window.roster.departments:
        return None  # a server database is not copied for a picture
    copy_path = tmp / "copy.sqlite"
    copy_database(db.path, copy_path, db.passphrase)
    copy = open_database(copy_path, passphrase=db.passphrase)
    names = [d.name for d in window.roster.departments if d.active_count][:6]
    issued = issue_forms(copy, tmp / "phieu", departments=names)
    for form in issued[:4]:
        wb = openpyxl.load_workbook(form.path)
        ws = wb[SHEET]
        for r in range(HEADER_ROW + 1, HEADER_ROW + 1 + form.people):
            if ws.cell(r, 5).value != STATUS_LABEL_VI[Status.LEVEL2]:
                ws.cell(r, 5).value = STATUS_LABEL_VI[Status.LEVEL2]
                break
        wb.save(form.path)
    run_import(copy, load_forms(copy, [f.path for f in issued[:4]]), backup=False)
    panel = FormsPanel(lambda: copy, window.runner, lambda: names, window)
    panel.resize(1100, 520)
    panel.show()
    panel.destroyed.connect(lambda *_: copy.close())
    return panel


def _reconciliation(db: Database, window, tmp: Path):
    """A generated HR file: most people as in the roster, a name spelled otherwise, a
    birth date, a status, two people the roster does not have."""
    from openpyxl import Workbook

    from eidroster.services.reconcile import reconcile
    from eidroster.ui.reconcile_dialog import ReconcileDialog

    today = dt.date.today()
    people = [r for r in window.roster.model.all_rows() if r.active_on(today) and r.birth_date]
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH CÁN BỘ (hồ sơ nhân sự, dữ liệu mẫu)"])
    ws.append(["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Tình trạng"])
    for n, p in enumerate(people[:40], start=1):
        name, birth, status = p.full_name, p.birth_date, p.status
        if n == 3:
            name += "h"
        elif n == 7:
            birth = birth.replace(year=birth.year - 1)
        elif n == 11:
            status = Status.LEVEL2 if status is not Status.LEVEL2 else Status.LEVEL1
        ws.append([n, name, birth.strftime("%d/%m/%Y"), p.id_number, STATUS_LABEL_VI[status]])
    for seed in (5, 6):
        name, birth, number, _g = _generated_person(seed)
        ws.append([ws.max_row - 1, name, birth.strftime("%d/%m/%Y"), number, "Chưa đăng ký"])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    path = tmp / "ho-so-nhan-su-mau.xlsx"
    wb.save(path)
    dlg = ReconcileDialog(lambda: db, window.runner,
                          lambda: [d.name for d in window.roster.departments], window)
    dlg.path.setText(str(path))
    dlg.show_result(reconcile(db, path))
    dlg.resize(1366, 640)
    dlg.show()
    return dlg
