"""``export notice OUT.pdf|OUT.docx [--issued D|blank]``: the processing notice
("Thông báo về việc xử lý dữ liệu cá nhân") the unit prints for its staff, generated from
its settings (unit, retention period, who sees the data, where to ask). Added to the
``export`` command by :func:`add_parser`; the notice holds no personal data."""

from __future__ import annotations

import argparse


def add_parser(kinds: argparse._SubParsersAction) -> None:
    q = kinds.add_parser("notice", help="thông báo về việc xử lý dữ liệu cá nhân cho cán bộ, "
                         "viên chức (.pdf hoặc .docx), lập từ thiết lập của đơn vị")
    q.add_argument("out", metavar="OUT.pdf|OUT.docx")
    from eidroster.commands.export import issued_date

    q.add_argument("--issued", type=issued_date, metavar="YYYY-MM-DD|blank",
                   help="ngày ban hành ghi ở dòng địa danh, ngày tháng (mặc định hôm nay); "
                   "'blank' để trống số và ngày cho văn thư ghi tay")
    q.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.reports.notice import write_notice
    from eidroster.services.person_data import record_notice_export
    from eidroster.services.report_inputs import require_unit_details
    from eidroster.services.settings import get_settings

    db = ctx.open_db()
    require_unit_details(db)
    path = write_notice(ctx.args.out, get_settings(db), issued=ctx.args.issued)
    record_notice_export(db, path)
    print(f"Đã ghi thông báo xử lý dữ liệu cá nhân: {path}")
    return 0
