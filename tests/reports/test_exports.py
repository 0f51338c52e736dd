"""The reports from a real database, read back: numbers, rules, no personal data,
fonts, encryption, audit, past dates, failures that leave nothing half-written."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json

import msoffcrypto
import openpyxl
import pytest
from pypdf import PdfReader

from eidroster.domain.errors import InputError, StorageError
from eidroster.reports import exports, pending_list
from eidroster.services.audit import list_events
from eidroster.services.summary import not_level2_people, summary
from tests.reports.helpers import (
    all_cell_texts,
    find_personal,
    flat,
    pdf_fonts,
    pdf_text,
    personal_data,
    raw_xlsx_text,
)

COUNT_KEYS = ("total", "none", "level1", "level2", "with_reason", "without_reason")


def _table_rows(ws):
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == 1)
    end = next(i for i, r in enumerate(rows) if r[0] == "TỔNG CỘNG")
    return rows[start:end], rows[end]


def test_phu_luc_iii_xlsx_total_equals_summary_json(report_db, db_path, run_cli, tmp_path,
                                                     past_day):
    out = tmp_path / "pl3.xlsx"
    day = past_day.isoformat()
    res = run_cli("--db", db_path, "export", "phu-luc-iii", out, "--as-of", day)
    assert res.returncode == 0, res.stderr
    expected = json.loads(run_cli("--db", db_path, "summary", "--json", "--as-of", day).stdout)
    ws = openpyxl.load_workbook(out).active
    body, total = _table_rows(ws)
    assert list(total[2:8]) == [expected[k] for k in COUNT_KEYS]
    assert [r[1] for r in body] == [d["name"] for d in expected["departments"]]
    for r in body + [total]:
        assert all(type(v) is int for v in r[2:8]), r  # numbers, not text
        t, none, l1, l2, with_r, without_r = r[2:8]
        assert none + l1 + l2 == t  # rule 1
        assert with_r + without_r == none + l1  # rule 2
        assert isinstance(r[8], (int, float))
        if l2 < t:
            assert r[8] < 1.0  # never 100% while anyone is missing
    assert any(f"TÍNH ĐẾN NGÀY {past_day:%d/%m/%Y}" in str(c) for r in ws.iter_rows(values_only=True)
               for c in r)


def test_past_date_gives_that_days_numbers(report_db, tmp_path, past_day):
    then, now = summary(report_db, past_day), summary(report_db)
    assert then.total.level2 < now.total.level2  # the demo's campaign progressed
    out = tmp_path / "then.xlsx"
    exports.export_phu_luc_iii(report_db, out, past_day)
    _, total = _table_rows(openpyxl.load_workbook(out).active)
    assert list(total[2:8]) == [getattr(then.total, k) for k in COUNT_KEYS]
    pdf = tmp_path / "then.pdf"
    exports.export_phu_luc_iii(report_db, pdf, past_day)
    text = flat(pdf_text(pdf))
    assert f"TÍNH ĐẾN NGÀY {past_day:%d/%m/%Y}" in text
    level2 = f"{then.total.level2:,}".replace(",", ".")
    assert level2 in text


def test_phu_luc_iii_has_no_personal_data(report_db, tmp_path):
    data = personal_data(report_db)
    assert len(data["name"]) > 250 and data["cccd"] and data["birth"]
    xlsx, pdf = tmp_path / "pl3.xlsx", tmp_path / "pl3.pdf"
    exports.export_phu_luc_iii(report_db, xlsx)
    exports.export_phu_luc_iii(report_db, pdf)
    assert find_personal(all_cell_texts(xlsx), data) == []
    assert find_personal(raw_xlsx_text(xlsx), data) == []
    text = pdf_text(pdf)
    assert "TỔNG CỘNG" in text  # the scan reads real text
    assert find_personal(text, data) == []
    assert find_personal(text.replace("\n", " "), data) == []


def test_phu_luc_iii_pdf_fonts_embedded_and_vietnamese_text(report_db, tmp_path):
    pdf = tmp_path / "pl3.pdf"
    exports.export_phu_luc_iii(report_db, pdf, issued=dt.date(2024, 1, 5))
    fonts = pdf_fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert all("LiberationSerif" in name for name in fonts)
    text = pdf_text(pdf)
    for expected in ("SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU", "BỆNH VIỆN ĐA KHOA THỬ NGHIỆM",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: …/BC-BV", "Bà Rịa, ngày 05 tháng 01 năm 2024", "PHỤ LỤC III",
                     "(Kèm theo Công văn số 3612/SYT-NV ngày 25/10/2023 của Sở Y tế)",
                     "Tình trạng thu nhận, kích hoạt Định danh điện tử", "Khoa/phòng",
                     "Thống kê toàn đơn vị", "(4) Chưa định danh mức 2 = (1)+(2)",
                     "Nơi nhận:", "- Lưu: VT, TCCB.", "KT. GIÁM ĐỐC", "Ký Thay Mẫu",
                     "NGƯỜI LẬP BIỂU"):
        assert expected in text, expected
    assert text == __import__("unicodedata").normalize("NFC", text)
    assert PdfReader(pdf).pages[0].mediabox.width > PdfReader(pdf).pages[0].mediabox.height


def test_phu_luc_iv_rows_order_and_personal_data_notice(report_db, tmp_path):
    out = tmp_path / "pl4.xlsx"
    result = exports.export_phu_luc_iv(report_db, out)
    unit_order = [d.name for d in summary(report_db).departments]
    rank = {name: i for i, name in enumerate(unit_order)}
    people = sorted(not_level2_people(report_db),
                    key=lambda p: (rank[p.department], p.sort_key, p.employee_id))
    assert result.rows == len(people) > 0 and not result.encrypted
    ws = openpyxl.load_workbook(out).active
    texts = all_cell_texts(out)
    assert "PHỤ LỤC IV" in texts
    assert not any("MẬT" in t for t in texts)  # personal data, not a state secret
    assert pending_list.PERSONAL_DATA_NOTICE in texts
    assert ws.oddHeader.right.text == pending_list.PAGE_NOTICE
    rows = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert [r[1] for r in rows] == [p.full_name for p in people]
    assert [r[3] for r in rows] == [p.id_number or None for p in people]
    assert [r[4] for r in rows] == [p.department for p in people]
    assert {r[7] for r in rows} <= {"Có", "Không"}
    # the unit's department order, as in Phụ lục III (not alphabetical)
    seen = list(dict.fromkeys(r[4] for r in rows))
    assert seen == [d for d in unit_order if d in seen]
    assert seen != sorted(seen, key=__import__("eidroster.domain.text",
                                               fromlist=["x"]).text_sort_key)
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "TT")
    assert header == ("TT", "Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Khoa/phòng",
                      "Tình trạng", "Lý do", "Chính đáng (có/không)", "Ghi chú")
    pdf = tmp_path / "pl4.pdf"
    exports.export_phu_luc_iv(report_db, pdf)
    reader = PdfReader(pdf)
    first = flat(reader.pages[0].extract_text())
    assert flat(pending_list.PERSONAL_DATA_NOTICE) in first and "MẬT" not in pdf_text(pdf)
    assert all(pending_list.PAGE_NOTICE in p.extract_text() for p in reader.pages)


def test_phu_luc_iv_encrypted_needs_the_password(report_db, db_path, run_cli, tmp_path):
    out = tmp_path / "pl4.xlsx"
    pw = tmp_path / "pw.txt"
    pw.write_text("mật-khẩu Thử 123\n", encoding="utf-8")
    res = run_cli("--db", db_path, "export", "phu-luc-iv", out, "--password-file", pw)
    assert res.returncode == 0, res.stderr
    assert "đã mã hóa" in res.stdout
    with pytest.raises(Exception):  # noqa: B017 - openpyxl cannot read an encrypted file
        openpyxl.load_workbook(out)
    assert out.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # an OLE container, not a zip
    office = msoffcrypto.OfficeFile(out.open("rb"))
    assert office.is_encrypted()
    with pytest.raises(Exception):  # noqa: B017 - a wrong password is refused
        office.load_key(password="sai")
        office.decrypt(io.BytesIO())
    office = msoffcrypto.OfficeFile(out.open("rb"))
    office.load_key(password="mật-khẩu Thử 123")
    plain = io.BytesIO()
    office.decrypt(plain)
    ws = openpyxl.load_workbook(plain).active
    rows = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(rows) == len(not_level2_people(report_db))

    pdf = tmp_path / "pl4.pdf"
    exports.export_phu_luc_iv(report_db, pdf, password="bí mật")
    reader = PdfReader(pdf)
    assert reader.is_encrypted
    assert reader.decrypt("sai") == 0
    assert "PHỤ LỤC IV" in pdf_text(pdf, password="bí mật")


def test_phu_luc_iv_export_is_audited_without_names(report_db, tmp_path):
    out = tmp_path / "pl4.pdf"
    exports.export_phu_luc_iv(report_db, out, password="x")
    exports.export_phu_luc_iv(report_db, tmp_path / "pl4.xlsx")
    with report_db.read() as s:
        events = list_events(s, action=exports.AUDIT_ACTION_PHU_LUC_IV)
    assert len(events) == 2
    latest, first = events
    n = len(not_level2_people(report_db))
    assert first.detail["rows"] == n and first.detail["encrypted"] is True
    assert first.detail["file"].endswith("pl4.pdf")
    assert latest.detail["encrypted"] is False and latest.user_name == "tester"
    blob = json.dumps([e.as_dict() for e in events], ensure_ascii=False)
    assert find_personal(blob, personal_data(report_db)) == []


def test_phu_luc_iv_name_starting_with_equals_stays_text(report_db, tmp_path):
    """The entry form refuses such names, but an old or imported row may hold one."""
    from sqlalchemy import select

    from eidroster.db.models import Employee, StatusChange

    person = not_level2_people(report_db)[0]
    with report_db.write() as s:
        emp = s.get(Employee, person.employee_id)
        emp.ho, emp.dem, emp.ten = '=HYPERLINK("http://x.invalid","bấm")', "", "=1+1"
        change = s.scalars(select(StatusChange).where(StatusChange.employee_id == emp.id)
                           .order_by(StatusChange.effective_date.desc(),
                                     StatusChange.id.desc())).first()
        change.note = "=SUM(A1:A9)"
    out = tmp_path / "pl4.xlsx"
    exports.export_phu_luc_iv(report_db, out)
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)
             and c.value.startswith("=")]
    assert {c.value for c in cells} >= {'=HYPERLINK("http://x.invalid","bấm") =1+1',
                                        "=SUM(A1:A9)"}
    assert all(c.data_type == "s" for c in cells)
    assert "<f>" not in raw_xlsx_text(out)
    pdf = tmp_path / "pl4.pdf"
    exports.export_phu_luc_iv(report_db, pdf)
    text = flat(pdf_text(pdf))
    assert "=SUM(A1:A9)" in text and "=HYPERLINK(" in text


def test_failed_export_leaves_no_half_file(report_db, tmp_path, monkeypatch):
    from eidroster.reports import common

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "pl3.xlsx"
    out.write_bytes(b"the previous good file")

    def full_disk(wb, path):
        with open(path, "wb") as fh:
            fh.write(b"PK\x03\x04 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(common, "save_workbook", full_disk)
    with pytest.raises(StorageError) as err:
        exports.export_phu_luc_iii(report_db, out)
    assert "ổ đĩa đã đầy" in err.value.message
    assert out.read_bytes() == b"the previous good file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pl3.xlsx"]

    from reportlab.platypus import BaseDocTemplate

    def interrupted(self, *a, **k):
        self.filename.write(b"%PDF-1.4 half")  # the document is built in memory
        raise KeyboardInterrupt

    monkeypatch.setattr(BaseDocTemplate, "build", interrupted)
    pdf = tmp_path / "pl4.pdf"
    with pytest.raises(KeyboardInterrupt):
        exports.export_phu_luc_iv(report_db, pdf)
    assert not pdf.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pl3.xlsx"]
    with report_db.read() as s:  # nothing exported, nothing recorded
        assert list_events(s, action=exports.AUDIT_ACTION_PHU_LUC_IV) == []


def test_cli_errors_have_vietnamese_messages_and_exit_codes(report_db, db_path, run_cli,
                                                            tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    res = run_cli("--db", db_path, "export", "phu-luc-iii", tmp_path / "x.odt")
    assert res.returncode == 1 and "đuôi .xlsx hoặc .pdf hoặc .docx" in res.stderr
    res = run_cli("--db", db_path, "export", "summary", tmp_path / "x.xlsx")
    assert res.returncode == 1 and "đuôi .pdf hoặc .docx" in res.stderr
    res = run_cli("--db", db_path, "export", "letter", tmp_path / "x.pdf", "--issued", "5/1")
    assert res.returncode == 2 and "blank" in res.stderr
    missing = tmp_path / "khong-co" / "x.xlsx"
    res = run_cli("--db", db_path, "export", "phu-luc-iii", missing)
    assert res.returncode == 1 and "không tồn tại" in res.stderr and "Traceback" not in res.stderr
    res = run_cli("--db", db_path, "export", "phu-luc-iii", tmp_path / "x.xlsx", "--as-of", "29/11")
    assert res.returncode == 2
    res = run_cli("--db", db_path, "export", "phu-luc-iv", tmp_path / "x.xlsx",
                  "--password-file", tmp_path / "none.txt")
    assert res.returncode == 1 and "tệp mật khẩu" in res.stderr
    res = run_cli("--db", db_path, "export")
    assert res.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_summary_pdf(report_db, tmp_path):
    out = tmp_path / "summary.pdf"
    target = dt.date.today() + dt.timedelta(days=30)
    exports.export_summary(report_db, out, target=target)
    text = flat(pdf_text(out))
    agg = summary(report_db)
    missing = agg.total.not_level2
    assert "BÁO CÁO NHANH" in text and "Các khoa/phòng, tỉ lệ thấp nhất trước" in text
    assert f"{agg.total.total:,}".replace(",", ".") in text
    assert f"Để đạt 100% vào ngày {target:%d/%m/%Y} (còn 30 ngày)" in text
    need = -(-missing // 30)  # whole people, rounded up
    assert f"cần kích hoạt trung bình {need} người/ngày" in text
    # departments listed lowest rate first
    rows = sorted((d for d in agg.departments if d.counts.total),
                  key=lambda d: (d.counts.level2 / d.counts.total, -d.counts.not_level2))
    positions = [text.find(d.name) for d in rows]
    assert all(p >= 0 for p in positions)
    assert positions[0] < positions[-1]
    assert find_personal(text, personal_data(report_db)) == []
    assert all(pdf_fonts(out).values())
    assert len(PdfReader(out).pages) <= 2


def test_submission_folder(report_db, db_path, run_cli, tmp_path):
    folder = tmp_path / "gui-idesk"
    res = run_cli("--db", db_path, "export", "submission", folder, "--ascii")
    assert res.returncode == 0, res.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 3 and all(n.isascii() and " " not in n for n in names)
    letter = next(n for n in names if n.startswith("Cong-van"))
    sheet_pdf = next(n for n in names if n.startswith("Phu-luc-III") and n.endswith(".pdf"))
    sheet_xlsx = next(n for n in names if n.endswith(".xlsx"))
    assert "Benh-vien-Da-khoa-Thu-nghiem" in sheet_pdf
    data = personal_data(report_db)
    assert find_personal(all_cell_texts(folder / sheet_xlsx), data) == []
    assert "PHỤ LỤC III" in pdf_text(folder / sheet_pdf)
    letter_text = flat(pdf_text(folder / letter))
    assert "V/v báo cáo tiến độ định danh điện tử mức độ 2" in letter_text
    assert "Phụ lục III kèm theo" in letter_text
    assert find_personal(letter_text, data) == []
    assert all("PHỤ LỤC IV" not in t for t in all_cell_texts(folder / sheet_xlsx))
    paths = exports.export_submission(report_db, tmp_path / "vi")
    day = f"{dt.date.today():%d-%m-%Y}"
    assert [p.name for p in paths] == [
        f"Công văn báo cáo - Bệnh viện Đa khoa Thử nghiệm - đến ngày {day}.pdf",
        f"Phụ lục III - Bệnh viện Đa khoa Thử nghiệm - đến ngày {day}.xlsx",
        f"Phụ lục III - Bệnh viện Đa khoa Thử nghiệm - đến ngày {day}.pdf"]


def test_settings_command(db_path, run_cli):
    res = run_cli("--db", db_path, "settings", "set", "signer_name", "Người Ký")
    assert res.returncode == 0, res.stderr
    res = run_cli("--db", db_path, "settings", "set", "recipients", "Sở Y tế;\\nLưu: VT")
    assert res.returncode == 0
    shown = json.loads(run_cli("--db", db_path, "settings", "show", "--json").stdout)
    assert shown["signer_name"] == "Người Ký" and shown["recipients"] == "Sở Y tế;\nLưu: VT"
    res = run_cli("--db", db_path, "settings", "set", "target_date", "31/12/2024")
    assert res.returncode == 1 and "yyyy-mm-dd" in res.stderr
    res = run_cli("--db", db_path, "settings", "set", "no_such_key", "x")
    assert res.returncode == 1 and "Không có thiết lập" in res.stderr
    assert "signer_name" in run_cli("--db", db_path, "settings", "show").stdout


def test_report_format_and_password_file(tmp_path):
    assert exports.report_format("a.XLSX", ("xlsx", "pdf")) == "xlsx"
    with pytest.raises(InputError):
        exports.report_format("a.csv", ("xlsx", "pdf"))
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    with pytest.raises(InputError, match="trống"):
        exports.read_password_file(empty)
    assert exports.ascii_fold("Phụ lục III - Bệnh viện Đồng Nai - đến ngày 05-01-2024") == (
        "Phu-luc-III_Benh-vien-Dong-Nai_den-ngay-05-01-2024")
