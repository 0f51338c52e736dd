"""The merge window, offscreen: files chosen, merge run on the worker, totals and the
breaks shown, the Phụ lục I file written."""

from __future__ import annotations

import pytest

from tests.agency.handmade import write_seed_phu_luc_i

pytest.importorskip("PySide6")


def test_merge_window_shows_totals_and_breaks(qtbot, tmp_path):
    from openpyxl import load_workbook

    from eidroster.ui.agency_dialog import AgencyMergeDialog

    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx", "number")
    dialog = AgencyMergeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([typed.path, typed.path])  # the same file twice is listed once
    assert dialog.input_paths() == [str(typed.path)]
    assert dialog.output.text().endswith("Phu_luc_I_tong_hop.xlsx")
    out = tmp_path / "ket_qua.xlsx"
    dialog.set_output(out)
    task = dialog.run_merge()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert "21 đơn vị, 4.010 nhân viên" in dialog.summary.text()
    assert "mức 2 3.913" in dialog.summary.text()
    assert "4 chỗ không khớp" in dialog.summary.text()
    units = [dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())]
    assert units == ["Bệnh viện Tâm Thần", "Trường Trung cấp Y tế", "TTYT thị xã Phú Mỹ",
                     "TỔNG CỘNG"]
    assert dialog.problems.item(0, 2).text() == str(typed.rows["Bệnh viện Tâm Thần"])
    assert out.exists() and out.with_suffix(".pdf").exists()
    ws = load_workbook(out).active
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "TỔNG CỘNG")
    assert list(total[2:6]) == [4010, 39, 58, 3913]
    assert dialog.run_button.isEnabled()


def test_merge_window_refuses_without_files_or_with_a_wrong_output(qtbot, tmp_path):
    from eidroster.ui.agency_dialog import AgencyMergeDialog

    dialog = AgencyMergeDialog()
    qtbot.addWidget(dialog)
    assert dialog.run_merge() is None
    assert "ít nhất một tệp" in dialog.summary.text()
    dialog.add_files([tmp_path / "a.xlsx"])
    dialog.set_output(tmp_path / "ket_qua.pdf")
    assert dialog.run_merge() is None
    assert "đuôi .xlsx" in dialog.summary.text()


def test_unreadable_only_file_is_reported_in_the_window(qtbot, tmp_path):
    from eidroster.ui.agency_dialog import AgencyMergeDialog

    junk = tmp_path / "khong_phai.xlsx"
    junk.write_text("xin chào")
    dialog = AgencyMergeDialog()
    qtbot.addWidget(dialog)
    dialog.add_files([junk])
    dialog.set_output(tmp_path / "o.xlsx")
    dialog.run_merge()
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=20000)
    assert "Không có đơn vị nào" in dialog.summary.text()
    assert not (tmp_path / "o.xlsx").exists()


def test_merge_window_uses_the_agency_settings_of_the_open_database(qtbot, tmp_path, db):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QWidget

    from eidroster.services.settings import set_setting
    from eidroster.ui.agency_dialog import AgencyMergeDialog

    set_setting(db, "parent_agency", "UBND TỈNH MẪU")
    set_setting(db, "unit_name", "SỞ Y TẾ MẪU")
    window = QWidget()
    window.db = db  # what the main window carries
    qtbot.addWidget(window)
    dialog = AgencyMergeDialog(window)
    typed = write_seed_phu_luc_i(tmp_path / "seed.xlsx")
    dialog.add_files([typed.path])
    dialog.set_output(tmp_path / "o.xlsx")
    dialog.with_pdf.setChecked(False)
    dialog.run_merge()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    ws = load_workbook(tmp_path / "o.xlsx").active
    assert (ws["A1"].value, ws["A2"].value) == ("UBND TỈNH MẪU", "SỞ Y TẾ MẪU")
    assert not (tmp_path / "o.pdf").exists()
