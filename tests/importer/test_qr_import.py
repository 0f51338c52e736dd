"""`import FILE.txt`: a file of chip-card QR scans imports like a spreadsheet — preview,
matching by number, new people, one rejected row per damaged line (by its line number),
undo — and keeps nothing of a scan but the roster's fields."""

from __future__ import annotations

import datetime as dt
import json

from eidroster.domain.employee import EmployeeInput
from eidroster.services import roster
from eidroster.services.card_scans import SHEET_NAME
from eidroster.services.database import open_database
from eidroster.services.importer import ADD, REJECT, UNCHANGED, UPDATE, run_import
from eidroster.services.importer.undo import revert_import
from eidroster.services.intake import open_list
from tests.qr_texts import cards, without_marks, write_scans


def _add(db, card, department="Khoa Nội", name=None):
    ho, dem, ten = (card.ho, card.dem, card.ten) if name is None else name
    return roster.add_employee(db, EmployeeInput(
        ho=ho, dem=dem, ten=ten, department=department, birth_date=card.birth,
        gender=card.gender, id_number=card.id_number, start_date=dt.date(2020, 1, 1)))


def _scan_file(tmp_path):
    """Known people (one scanned without marks, one with a changed birth date), new
    people, damaged lines, a card scanned twice and a blank line."""
    cs = cards(8, seed=31)
    damaged_missing = cs[5].qr().split("|")
    del damaged_missing[3]  # no birth date
    wrong_date = cs[6].qr().split("|")
    wrong_date[3] = "31022001"
    eleven = cs[7].qr().split("|")
    eleven[0] = eleven[0][:-1]
    lines = [
        cs[0].qr(),                      # 1 known, identical
        without_marks(cs[1].qr()),       # 2 known, scanned without marks
        cs[2].qr(),                      # 3 known, birth date differs in the roster
        cs[3].qr(),                      # 4 new
        "",                              # 5 blank
        "|".join(damaged_missing),       # 6 missing field
        "|".join(wrong_date),            # 7 wrong date
        "|".join(eleven),                # 8 eleven digits
        cs[3].qr(),                      # 9 the same card again
        without_marks(cs[4].qr()),       # 10 new, without marks
        "quét lỗi",                      # 11 not a scan
    ]
    path = tmp_path / "quet.txt"
    write_scans(path, lines, newline="\r\n")
    return path, cs, lines


def test_preview_and_import_through_the_ordinary_importer(tmp_path, db):
    path, cs, _lines = _scan_file(tmp_path)
    for c in cs[:2]:
        _add(db, c)
    third = cs[2]
    changed = EmployeeInput(ho=third.ho, dem=third.dem, ten=third.ten, department="Khoa Sản",
                            birth_date=third.birth.replace(day=1 if third.birth.day != 1 else 2),
                            gender=third.gender, id_number=third.id_number,
                            start_date=dt.date(2020, 1, 1))
    roster.add_employee(db, changed)
    loaded = open_list(db, path)
    result = run_import(db, loaded, dry_run=True)
    by_row = {r.row: r for r in result.plan.rows}
    assert by_row[1].action == UNCHANGED
    assert by_row[2].action == UNCHANGED  # no marks: the stored name is kept
    assert any("giữ họ tên đã có" in w.message for w in by_row[2].parsed.warnings)
    assert by_row[3].action == UPDATE
    assert [c.field for c in by_row[3].changes] == ["birth_date"]
    assert by_row[4].action == ADD and by_row[10].action == ADD
    assert {r: by_row[r].action for r in (6, 7, 8, 11)} == dict.fromkeys((6, 7, 8, 11), REJECT)
    assert 5 not in by_row and 9 not in by_row
    messages = {r: " ".join(i.message for i in by_row[r].parsed.problems) for r in (6, 7, 8, 11)}
    assert "thiếu trường ngày sinh" in messages[6]
    assert "Ngày sinh không có thật" in messages[7]
    assert "11 chữ số (cần 12)" in messages[8]
    assert "Không phải mã QR" in messages[11]
    assert any(w.row == 9 and "quét hai lần" in w.message for w in result.warnings)

    done = run_import(db, loaded)
    assert (done.added, done.updated, done.rejected_rows) == (2, 1, 4)
    people = {r.id_number: r for r in roster.list_roster(db)}
    assert people[cs[1].id_number].full_name == cs[1].full_name  # marks kept
    assert people[cs[2].id_number].birth_date == cs[2].birth  # the card wins
    new = people[cs[4].id_number]
    assert new.full_name == without_marks(cs[4].full_name) and new.gender == cs[4].gender
    assert new.department == "Chưa xếp khoa/phòng"
    revert_import(db, done.batch_id)
    after = {r.id_number for r in roster.list_roster(db)}
    assert cs[3].id_number not in after and cs[4].id_number not in after


def test_command_line_exit_codes_and_json(tmp_path, db_path, run_cli):
    path, cs, lines = _scan_file(tmp_path)
    db = open_database(db_path)
    try:
        _add(db, cs[0])
    finally:
        db.close()
    dry = run_cli("--db", db_path, "import", path, "--dry-run", "--json")
    assert dry.returncode == 3, dry.stderr
    out = json.loads(dry.stdout)
    assert [r["row"] for r in out["rejected"]] == [6, 7, 8, 11]
    assert out["added"] == 4 and out["unchanged"] == 1  # 2, 3, 4, 10 are new here
    proc = run_cli("--db", db_path, "import", path)
    assert proc.returncode == 3
    assert "Dòng 8: Số định danh có 11 chữ số (cần 12)" in proc.stdout
    assert "Traceback" not in proc.stderr
    # the scanned text goes nowhere: not the output, not the database file
    raw = db_path.read_bytes() + (db_path.with_name(db_path.name + "-wal").read_bytes()
                                  if db_path.with_name(db_path.name + "-wal").exists() else b"")
    for card in cs:
        assert card.address.encode() not in raw
        assert card.issued.strftime("%d%m%Y").encode() not in raw
        assert card.address not in proc.stdout + proc.stderr
    for line in lines:
        if line:
            assert line not in proc.stdout + proc.stderr


def test_text_file_without_scans_is_refused(tmp_path, db_path, run_cli):
    path = tmp_path / "ghi-chu.txt"
    path.write_text("danh sách\nNguyễn Văn A\n", encoding="utf-8")
    proc = run_cli("--db", db_path, "import", path)
    assert proc.returncode == 1
    assert "không có dòng nào là mã QR của thẻ căn cước" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_table_saved_as_text_is_read_as_a_table(tmp_path, db):
    """Excel's "Unicode Text" is a .txt of tab-separated cells (UTF-16): a list, not scans;
    a .txt of scans whose first line is damaged is still a file of scans."""
    tsv = "Họ và tên\tNgày sinh\tSố CCCD\tKhoa/phòng\nMẫu Văn Một\t01/02/1980\t\tKhoa Nội\n"
    table = tmp_path / "unicode.txt"
    table.write_bytes(b"\xff\xfe" + tsv.encode("utf-16-le"))
    loaded = open_list(db, table)
    assert loaded.sheet.name != SHEET_NAME and loaded.layout.header_rows == (0,)
    scans = tmp_path / "quet.txt"
    second = cards(1, seed=5)[0]
    scans.write_text("0791|Mẫu, Văn|\n" + second.qr() + "\n", encoding="utf-8")
    assert open_list(db, scans).sheet.name == SHEET_NAME


def test_wizard_opens_a_scan_file(qtbot, tmp_path, db):
    from PySide6.QtCore import Qt

    from eidroster.ui.import_wizard import ImportWizard

    path, cs, _lines = _scan_file(tmp_path)
    _add(db, cs[0])
    wizard = ImportWizard(db, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "mỗi dòng của tệp là một lần quét" in wizard.file_page.info.text()
    assert wizard.show_preview()
    model = wizard.model
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    assert sorted(rows, key=int) == ["1", "2", "3", "4", "6", "7", "8", "10", "11"]
    eleven = rows["8"]
    assert model.data(model.index(eleven, 1)) == "Bị từ chối"
    assert "11 chữ số" in model.data(model.index(eleven, 1), Qt.ItemDataRole.ToolTipRole)
    # the file's first cell, after the row number, the action and the old -> new column
    assert model.data(model.index(rows["1"], model.FIRST_CELL)) == cs[0].id_number[:3] + "******" + \
        cs[0].id_number[-3:]
    wizard.next()
    assert "Sẽ thêm mới 4 người" in wizard.confirm_page.summary.text()
