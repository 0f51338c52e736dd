"""``person ID [--out FILE.pdf|.docx|.xlsx]``: "Dữ liệu của một người", everything the unit
holds about one employee (their fields, status history, employment history, the audit
entries that name them), for the person's own request under Luật Bảo vệ dữ liệu cá nhân.
Without ``--out`` the page is printed as text. Either way the access is recorded in the
audit trail (without the data). Exit 0 written, 1 no such person / bad file."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person", help="dữ liệu của một người: mọi thông tin đơn vị đang lưu về "
                       "một nhân viên (in ra, hoặc ghi .pdf/.docx/.xlsx); được ghi nhật ký")
    p.add_argument("employee_id", type=_employee_id, metavar="ID",
                   help="mã nhân viên trong chương trình (cột mã của lệnh audit, trang cá nhân)")
    p.add_argument("--out", metavar="FILE.pdf|FILE.docx|FILE.xlsx",
                   help="ghi ra tệp thay vì in ra màn hình")
    p.set_defaults(func=run)


def _employee_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) < 2**62:
        raise argparse.ArgumentTypeError(f"mã nhân viên '{text[:40]}' phải là số nguyên dương")
    return int(text)


def run(ctx) -> int:
    from eidroster.services import person_data
    from eidroster.services.settings import get_settings

    db = ctx.open_db()
    record = person_data.person_record(db, ctx.args.employee_id)
    if ctx.args.out:
        from eidroster.reports.person_page import write_person_page

        path = write_person_page(ctx.args.out, record, get_settings(db))
        person_data.record_person_access(db, record.employee_id, path)
        print(f"Đã ghi dữ liệu của nhân viên mã {record.employee_id}: {path} (tệp có dữ liệu "
              "cá nhân: chỉ trao cho chính người đó; lần xuất này đã ghi vào nhật ký)")
        return 0
    from eidroster.reports.person_page import document
    from eidroster.reports.simple_doc import to_text

    print(to_text(document(record, get_settings(db))))
    person_data.record_person_access(db, record.employee_id)
    return 0
