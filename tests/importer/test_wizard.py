"""The import wizard offscreen: preview with problems highlighted, column change, import on
the worker thread, cancel, saving the rejected rows and importing them again."""

from __future__ import annotations

import openpyxl
import pytest

from eidroster.domain.statuses import Status
from eidroster.services.database import count_rows
from eidroster.services.roster import list_roster
from tests.importer.corpus import dmy, people, write_xlsx

pytest.importorskip("PySide6")

HEADER = ["TT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng", "Ghi chú"]


def _file(tmp_path, n=5, bad_row=3):
    ps = people(n, seed=71)
    rows = [["DANH SÁCH NHÂN VIÊN"], HEADER]
    for i, p in enumerate(ps):
        rows.append([i + 1, p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 2", "Mức 1"])
    rows[bad_row + 1][3] = "0771"  # Excel row bad_row + 2: a CCCD with 4 digits
    return ps, write_xlsx(tmp_path / "khoa.xlsx", rows)


def test_preview_highlights_problems_then_imports_and_saves_rejected_rows(qtbot, tmp_path, db):
    from PySide6.QtCore import Qt

    from eidroster.ui.import_wizard import REJECT_BG, ImportWizard

    ps, path = _file(tmp_path)
    wizard = ImportWizard(db, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.show_preview()
    model = wizard.model
    assert model.rowCount() == 5
    assert "bị từ chối 1" in wizard.preview_page.counts.text()
    bad = next(r for r in range(5) if model.data(model.index(r, 1)) == "Bị từ chối")
    assert model.data(model.index(bad, 0)) == "5"  # the row number as Excel shows it
    assert model.data(model.index(bad, 2), Qt.ItemDataRole.BackgroundRole).color() == REJECT_BG
    assert "D (Số CCCD): Số định danh cá nhân có 4 chữ số" in model.data(model.index(bad, 1),
                                                         Qt.ItemDataRole.ToolTipRole)
    good_cccd = model.data(model.index(0, 6))  # Dòng, Kết quả, Thay đổi, then A…
    assert good_cccd == ps[0].cccd[:3] + "******" + ps[0].cccd[-3:]  # masked on screen

    # the user says column G (Ghi chú) is the status: every row becomes level 1
    g = wizard.preview_page.combos
    from eidroster.services.importer import Field

    g[Field.STATUS].setCurrentIndex(g[Field.STATUS].findData(6))
    g[Field.STATUS].activated.emit(g[Field.STATUS].currentIndex())
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    assert wizard.loaded.layout.col_of(Field.STATUS) == 6
    assert Field.NOTE not in wizard.loaded.layout.mapping  # the column moved to the status

    wizard.next()  # confirm page
    assert "Sẽ thêm mới 4 người" in wizard.confirm_page.summary.text()
    wizard.next()  # commit: the import runs on the worker thread
    assert wizard.wait_for_import()
    assert wizard.currentPage() is wizard.result_page
    assert wizard.batch_id
    rows = list_roster(db)
    assert len(rows) == 4 and all(r.status is Status.LEVEL1 for r in rows)

    out = tmp_path / "loi.xlsx"
    wizard.save_rejected(out)
    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == HEADER + ["Dòng trong tệp gốc", "Lý do bị từ chối"]
    assert values[1][3] == "0771" and values[1][7] == 5
    assert values[1][8].startswith("D (Số CCCD): Số định danh cá nhân có 4 chữ số")
    # the user fixes the number and imports the saved file again
    values[1][3] = ps[2].cccd  # Excel row 5 held the third person
    fixed = write_xlsx(tmp_path / "sua.xlsx", [values[0][:7]] + [values[1][:7]])
    again = ImportWizard(db, None, path=fixed)
    qtbot.addWidget(again)
    assert again.show_preview()
    assert [(r.action, [i.message for i in r.parsed.problems]) for r in again.plan.rows] == [("add", [])]
    again.next()
    again.next()
    assert again.wait_for_import() and again.batch_id
    assert count_rows(db, "employees") == 5


def test_cancel_during_import_changes_nothing(qtbot, tmp_path, db):
    from eidroster.ui.import_wizard import ImportWizard

    ps = people(1200, seed=72)
    rows = [HEADER] + [[i + 1, p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 2", None]
                       for i, p in enumerate(ps)]
    path = write_xlsx(tmp_path / "lon.xlsx", rows)
    wizard = ImportWizard(db, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.show_preview()
    wizard.next()
    wizard.next()  # starts the import
    assert wizard.busy
    wizard.reject()  # Cancel while importing stops the import
    assert wizard.wait_for_import()
    assert wizard.batch_id is None
    assert "không thay đổi gì" in wizard.confirm_page.status.text()
    assert count_rows(db, "employees") == 0
    assert wizard.isVisible()  # still open: the user can try again


def test_unreadable_file_shows_the_message_on_the_first_page(qtbot, tmp_path, db):
    from eidroster.ui.import_wizard import ImportWizard

    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    wizard = ImportWizard(db, None, path=bad)
    qtbot.addWidget(wizard)
    assert wizard.loaded is None
    assert "bị hỏng" in wizard.file_page.info.text()
    assert not wizard.file_page.isComplete()


def test_new_reasons_are_offered_for_the_catalogue(qtbot, tmp_path, db):
    from eidroster.services.roster import list_reasons
    from eidroster.ui.import_wizard import ImportWizard

    ps = people(2, seed=73)
    rows = [["Họ và tên", "Số CCCD", "Khoa/phòng", "Tình trạng", "Lý do"]] + [
        [p.full_name, p.cccd, p.dept, "Chưa", "Đang đi nước ngoài"] for p in ps]
    wizard = ImportWizard(db, None, path=write_xlsx(tmp_path / "ld.xlsx", rows))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.show_preview()
    wizard.next()
    wizard.next()
    assert wizard.wait_for_import()
    page = wizard.result_page
    assert page.add_reasons.isVisible()
    page.justified.setChecked(True)
    page.add_reasons.click()
    added = [r for r in list_reasons(db) if r.label == "Đang đi nước ngoài"]
    assert len(added) == 1 and added[0].justified
    assert not page.add_reasons.isEnabled()
