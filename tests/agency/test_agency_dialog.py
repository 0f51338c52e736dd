"""The merge window as an agency officer uses it (keys typed, buttons clicked): pick the
files in the file dialog, check them, read one line per unit, then write Phụ lục I only
after confirming — never before, never over an input, never without the agency's own
header and signer."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox  # noqa: E402

from tests.agency.conftest import AGENCY_SETTINGS  # noqa: E402
from tests.agency.handmade import write_messy_phu_luc_iii, write_seed_phu_luc_i  # noqa: E402
from tests.ui.conftest import on_next_dialog  # noqa: E402
from tests.ui.helpers import type_text  # noqa: E402


def _pick_files(qtbot, dialog, folder, names) -> None:
    """Click "Thêm tệp…" and paste the files' full names into the file dialog (Ctrl+V, as
    one does from the file manager's address bar), then press Enter."""
    from PySide6.QtWidgets import QApplication

    def fill(file_dialog):
        edit = file_dialog.findChild(QLineEdit, "fileNameEdit")
        QApplication.clipboard().setText(" ".join(f'"{folder / n}"' for n in names))
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    seen = on_next_dialog(fill, 10000, kind=QFileDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert seen, "the file dialog did not open"


def _answer(qtbot, yes: bool) -> list:
    def click(box):
        assert isinstance(box, QMessageBox)
        button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    return on_next_dialog(click, 10000, kind=QMessageBox)


def _set_output(dialog, path) -> None:
    dialog.output.selectAll()
    dialog.output.del_()
    type_text(dialog.output, str(path))


def _check(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_check_then_confirm_then_write(qtbot, tmp_path):
    from openpyxl import load_workbook

    seed = write_seed_phu_luc_i(tmp_path / "seed.xlsx", "number")
    broken = write_messy_phu_luc_iii(tmp_path / "bv_x.xlsx", "Bệnh viện Mẫu X", [
        ("Khoa Nội", 30, 1, 1, 28, 2, 0), ("Khoa Nhi", 20, 0, 0, 20, 0, 0)])
    wb = load_workbook(broken.path)
    wb.active.cell(broken.rows["Khoa Nhi"], 4).value = "2 (1 thai sản, 1 ốm)"
    wb.save(broken.path)
    from eidroster.ui.agency_dialog import AgencyMergeDialog

    dialog = AgencyMergeDialog(settings=AGENCY_SETTINGS)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_files(qtbot, dialog, tmp_path, ["seed.xlsx", "bv_x.xlsx"])
    assert dialog.input_paths() == [str(seed.path), str(broken.path)]
    assert not dialog.write_button.isEnabled()  # nothing can be written before the check

    _check(qtbot, dialog)
    rows = dialog.review.unit_rows()
    assert len(rows) == 22
    assert rows[0][:4] == ["Bệnh viện Bà Rịa", "seed.xlsx", "1.097", "11"]
    assert rows[0][8:10] == ["95%", "đã tổng hợp"]
    tam_than = next(r for r in rows if r[0] == "Bệnh viện Tâm Thần")
    assert tam_than[9] == "có vấn đề"
    held = rows[-1]
    assert held[:3] == ["Bệnh viện Mẫu X", "bv_x.xlsx", ""] and held[9] == "không tổng hợp"
    assert "không đọc được thành số" in held[10]
    summary = dialog.summary.text()
    assert "21 đơn vị được tổng hợp, 4.010 nhân viên" in summary
    assert "1 đơn vị KHÔNG được tổng hợp" in summary and "Chưa ghi gì" in summary
    problems = dialog.review.problems
    cell = [problems.item(r, c).text() for r in range(problems.rowCount()) for c in (0, 2, 3)
            if problems.item(r, 0).text() == "Bệnh viện Mẫu X"]
    assert cell == ["Bệnh viện Mẫu X", str(broken.rows["Khoa Nhi"]), "D"]
    assert _files(tmp_path) == ["bv_x.xlsx", "seed.xlsx"]

    out = tmp_path / "ket_qua.xlsx"
    _set_output(dialog, out)
    _answer(qtbot, yes=False)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert _files(tmp_path) == ["bv_x.xlsx", "seed.xlsx"]  # "Chưa ghi": nothing written

    box = _answer(qtbot, yes=True)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "Bệnh viện Mẫu X" in box[0].text() and "KHÔNG có trong Phụ lục I" in box[0].text()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30000)
    assert _files(tmp_path) == ["bv_x.xlsx", "ket_qua.pdf", "ket_qua.xlsx",
                                "ket_qua_kiem_tra.xlsx", "seed.xlsx"]
    ws = load_workbook(out).active
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "TỔNG CỘNG")
    assert list(total[2:6]) == [4010, 39, 58, 3913]
    assert (ws["A1"].value, ws["A2"].value) == ("UBND TỈNH MẪU", "SỞ Y TẾ TỈNH MẪU")
    assert "Đã ghi" in dialog.summary.text()


def test_a_changed_file_list_needs_a_new_check(qtbot, tmp_path):
    from eidroster.ui.agency_dialog import AgencyMergeDialog

    write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    dialog = AgencyMergeDialog(settings=AGENCY_SETTINGS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "ít nhất một tệp" in dialog.summary.text()
    _pick_files(qtbot, dialog, tmp_path, ["seed.xlsx"])
    _check(qtbot, dialog)
    assert dialog.write_button.isEnabled()
    dialog.files.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.write_button.isEnabled() and dialog.review.units.rowCount() == 0
    assert "kiểm tra lại" in dialog.summary.text()


def test_output_that_is_an_input_and_missing_settings_are_refused(qtbot, tmp_path, db):
    from PySide6.QtWidgets import QWidget

    from eidroster.ui.agency_dialog import AgencyMergeDialog

    seed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    before = seed.path.read_bytes()
    window = QWidget()
    window.db = db  # what the main window carries: a database without the agency's details
    qtbot.addWidget(window)
    dialog = AgencyMergeDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_files(qtbot, dialog, tmp_path, ["seed.xlsx"])
    _check(qtbot, dialog)
    _set_output(dialog, seed.path)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "là một trong các tệp đầu vào" in dialog.summary.text()
    assert seed.path.read_bytes() == before

    _set_output(dialog, tmp_path / "o.xlsx")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    text = dialog.summary.text()
    assert "Chưa có thông tin của cơ quan tổng hợp" in text
    assert "Tên đơn vị" in text and "Họ tên người ký" in text
    assert not any(name.startswith("o") for name in _files(tmp_path))


def test_the_agency_settings_of_the_open_database_head_phu_luc_i(qtbot, tmp_path, db):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QWidget

    from eidroster.services.settings import set_settings
    from eidroster.ui.agency_dialog import AgencyMergeDialog

    set_settings(db, AGENCY_SETTINGS)
    window = QWidget()
    window.db = db
    qtbot.addWidget(window)
    dialog = AgencyMergeDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_files(qtbot, dialog, tmp_path, [write_seed_phu_luc_i(tmp_path / "s.xlsx").path.name])
    _check(qtbot, dialog)
    _set_output(dialog, tmp_path / "o.xlsx")
    qtbot.keyClick(dialog.with_pdf, Qt.Key.Key_Space)  # untick "also a PDF"
    qtbot.keyClick(dialog.with_docx, Qt.Key.Key_Space)  # tick "also a Word copy"
    qtbot.keyClick(dialog.blank_date, Qt.Key.Key_Space)  # the văn thư writes the date
    assert not dialog.with_pdf.isChecked() and dialog.with_docx.isChecked()
    _answer(qtbot, yes=True)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30000)
    ws = load_workbook(tmp_path / "o.xlsx").active
    assert (ws["A1"].value, ws["A2"].value) == ("UBND TỈNH MẪU", "SỞ Y TẾ TỈNH MẪU")
    assert not (tmp_path / "o.pdf").exists()
    from docx import Document

    doc = Document(tmp_path / "o.docx")
    text = " ".join([p.text for p in doc.paragraphs]
                    + [c.text for t in doc.tables for row in t.rows for c in row.cells])
    assert "Sông Mây, ngày" in text and f"ngày {dt.date.today().day:02d} tháng" not in text

    # the next check over the same folder: this agency's Phụ lục I and check sheet are
    # its own earlier output, listed as not merged, never merged over the units' sheets
    dialog.resize(1200, 700)  # its size on a 1366-pixel screen (the test screen is smaller)
    _pick_files(qtbot, dialog, tmp_path, ["o.xlsx", "o_kiem_tra.xlsx"])
    _check(qtbot, dialog)
    rows = dialog.review.unit_rows()
    held = {r[1]: r[10] for r in rows if r[9] == "không tổng hợp"}
    assert held["o.xlsx"].startswith("Phụ lục I do chính cơ quan lập")
    assert held["o_kiem_tra.xlsx"].startswith("Bản kiểm tra của một lần tổng hợp trước")
    assert {r[1] for r in rows if r[9] != "không tổng hợp"} == {"s.xlsx"}
    assert "21 đơn vị được tổng hợp, 4.010 nhân viên" in dialog.summary.text()
    # a reason is read whole: its row is as tall as the wrapped text, the text is the tip
    from PySide6.QtCore import QRect

    view, model = dialog.review.unit_view, dialog.review.units
    r = next(r for r in range(model.rowCount()) if model.item(r, 1).text() == "o.xlsx")
    reason = model.item(r, 10)
    assert reason.toolTip() == reason.text() and len(reason.text()) > 80
    wrapped = view.fontMetrics().boundingRect(
        QRect(0, 0, view.columnWidth(10) - 8, 10_000), Qt.TextFlag.TextWordWrap, reason.text())
    assert view.rowHeight(r) >= wrapped.height() > view.fontMetrics().height()
    assert view.columnWidth(10) >= view.columnWidth(0) * 0.8  # not squeezed to a sliver
