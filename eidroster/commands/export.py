"""``export phu-luc-iii|phu-luc-iv|summary|letter|submission``: the reports, from the
command line.

    python -m eidroster --db PATH export phu-luc-iii OUT.xlsx|OUT.pdf|OUT.docx [--as-of D] [--issued D|blank] [--json]
    python -m eidroster --db PATH export phu-luc-iv OUT.xlsx|OUT.pdf|OUT.docx [--as-of D] [--issued D|blank] [--password-file F]
    python -m eidroster --db PATH export summary OUT.pdf|OUT.docx [--as-of D] [--target D] [--issued D|blank]
    python -m eidroster --db PATH export letter OUT.pdf|OUT.docx [--as-of D] [--target D] [--issued D|blank]
    python -m eidroster --db PATH export submission DIR [--as-of D] [--ascii] [--issued D|blank] [--json]
    python -m eidroster --db PATH export forms DIR [--department NAME] [--as-of D] [--json]

The format follows the file's extension. ``--issued`` is the letter's date (default
today); ``blank`` leaves the number and the date for the văn thư to write by hand.
Every report export is refused (exit 1, the missing settings named) until the unit's name,
parent agency, place and signer are set (the departments' fill-in forms are not reports and
are not refused). Exit status: 0 written, 1 bad input or a
storage problem (Vietnamese message, no file half-written), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys

from eidroster.commands._args import iso_date


def issued_date(text: str):
    """``--issued``: YYYY-MM-DD or ``blank``."""
    from eidroster.reports.dateline import parse_issued

    try:
        return parse_issued(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"ngày ban hành '{text[:40]}' phải có dạng YYYY-MM-DD (ví dụ 2026-05-07) hoặc "
            "'blank' (để trống cho văn thư ghi tay)") from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="lập báo cáo: Phụ lục III, Phụ lục IV, báo cáo nhanh, "
                       "công văn báo cáo, bộ hồ sơ gửi iDesk, thông báo xử lý dữ liệu cá nhân")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True,
                             parser_class=type(p))

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                       help="số liệu tính đến ngày (mặc định hôm nay)")
        q.add_argument("--issued", type=issued_date, metavar="YYYY-MM-DD|blank",
                       help="ngày ban hành ghi ở dòng địa danh, ngày tháng (mặc định hôm "
                       "nay); 'blank' để trống số và ngày cho văn thư ghi tay")

    q = kinds.add_parser("phu-luc-iii", help="Phụ lục III (số liệu tổng hợp, không có tên "
                         "người): .xlsx, .pdf hoặc .docx")
    q.add_argument("out", metavar="OUT.xlsx|OUT.pdf|OUT.docx")
    common(q)
    q.add_argument("--json", action="store_true",
                   help="in kết quả dạng JSON (kể cả số liệu đã thay đổi so với lần gửi trước)")
    q.set_defaults(func=run_phu_luc_iii)

    q = kinds.add_parser("phu-luc-iv", help="Phụ lục IV (dữ liệu cá nhân: danh sách người "
                         "chưa định danh mức 2): .xlsx, .pdf hoặc .docx")
    q.add_argument("out", metavar="OUT.xlsx|OUT.pdf|OUT.docx")
    common(q)
    q.add_argument("--password-file", metavar="F",
                   help="mã hóa tệp (.xlsx, .pdf) bằng mật khẩu ở dòng đầu của tệp F")
    q.set_defaults(func=run_phu_luc_iv)

    q = kinds.add_parser("summary", help="báo cáo nhanh cho lãnh đạo (.pdf hoặc .docx)")
    q.add_argument("out", metavar="OUT.pdf|OUT.docx")
    common(q)
    q.add_argument("--target", type=iso_date, metavar="YYYY-MM-DD",
                   help="ngày phải đạt 100%% (mặc định: thiết lập target_date)")
    q.set_defaults(func=run_summary)

    q = kinds.add_parser("letter", help="công văn báo cáo kèm Phụ lục III (.pdf hoặc .docx)")
    q.add_argument("out", metavar="OUT.pdf|OUT.docx")
    common(q)
    q.add_argument("--target", type=iso_date, metavar="YYYY-MM-DD",
                   help="ngày phải đạt 100%% (mặc định: thiết lập target_date)")
    q.set_defaults(func=run_letter)

    q = kinds.add_parser("submission", help="thư mục hồ sơ gửi iDesk: công văn .pdf, Phụ lục "
                         "III .xlsx + .pdf (không bao giờ có Phụ lục IV)")
    q.add_argument("folder", metavar="DIR")
    common(q)
    q.add_argument("--ascii", action="store_true",
                   help="tên tệp không dấu, chỉ chữ, số, '-' và '_'")
    q.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    q.set_defaults(func=run_submission)

    q = kinds.add_parser("forms", help="phiếu tự điền cho từng khoa/phòng (.xlsx): người đang "
                         "làm việc với tình trạng, lý do để khoa/phòng sửa rồi gửi lại "
                         "(nhập lại bằng lệnh import)")
    q.add_argument("folder", metavar="DIR")
    q.add_argument("--department", action="append", metavar="NAME",
                   help="chỉ phát cho khoa/phòng này (lặp lại được); mặc định: mọi khoa/phòng "
                   "có người đang làm việc")
    q.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                   help="tình trạng tính đến ngày (mặc định hôm nay)")
    q.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    q.set_defaults(func=run_forms)

    from eidroster.commands._export_notice import add_parser as add_notice

    add_notice(kinds)  # the processing notice for the staff (personal-data law)


def _report_changes(ctx, recorded, *, json_out: dict | None) -> None:
    """Say what changed since the same as-of date was last exported (stderr / JSON)."""
    if recorded is None or recorded.previous is None:
        return
    from eidroster.services.register import describe_changes

    lines = describe_changes(recorded.previous, recorded.current)
    if json_out is not None:
        json_out["changed_since_last_export"] = {
            "previous_exported_at": recorded.previous.exported_at.isoformat(timespec="seconds"),
            "previous_file": recorded.previous.file,
            "changes": lines,
        }
        return
    if lines:
        print(f"Lưu ý: số liệu ngày {recorded.current.as_of:%d/%m/%Y} đã gửi lúc "
              f"{recorded.previous.exported_at:%d/%m/%Y %H:%M} ({recorded.previous.file}) "
              "nay đã khác:", file=sys.stderr)
        for line in lines:
            print(f"  - {line}", file=sys.stderr)
    else:
        print(f"Số liệu ngày {recorded.current.as_of:%d/%m/%Y} giống lần xuất trước "
              f"({recorded.previous.exported_at:%d/%m/%Y %H:%M}).", file=sys.stderr)


def run_phu_luc_iii(ctx) -> int:
    from eidroster.domain.text import format_int
    from eidroster.reports.exports import FORMATS, export_phu_luc_iii, report_format

    report_format(ctx.args.out, FORMATS)
    result = export_phu_luc_iii(ctx.open_db(), ctx.args.out, ctx.args.as_of,
                                issued=ctx.args.issued)
    if ctx.args.json:
        out: dict = {"file": str(result.path), "departments": result.rows}
        _report_changes(ctx, result.recorded, json_out=out)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"Đã ghi Phụ lục III ({format_int(result.rows)} khoa/phòng): {result.path}")
    _report_changes(ctx, result.recorded, json_out=None)
    return 0


def run_phu_luc_iv(ctx) -> int:
    from eidroster.domain.text import format_int
    from eidroster.reports.exports import (
        FORMATS,
        export_phu_luc_iv,
        read_password_file,
        report_format,
    )
    from eidroster.reports.pending_list import PERSONAL_DATA_NOTICE

    report_format(ctx.args.out, FORMATS)
    password = read_password_file(ctx.args.password_file) if ctx.args.password_file else None
    result = export_phu_luc_iv(ctx.open_db(), ctx.args.out, ctx.args.as_of, password=password,
                               issued=ctx.args.issued)
    state = "đã mã hóa bằng mật khẩu" if result.encrypted else "KHÔNG mã hóa"
    print(f"Đã ghi Phụ lục IV (dữ liệu cá nhân, {format_int(result.rows)} người, {state}): "
          f"{result.path}")
    print(PERSONAL_DATA_NOTICE)
    return 0


def run_summary(ctx) -> int:
    from eidroster.reports.exports import export_summary, report_format

    report_format(ctx.args.out, ("pdf", "docx"))
    result = export_summary(ctx.open_db(), ctx.args.out, ctx.args.as_of, target=ctx.args.target,
                            issued=ctx.args.issued)
    print(f"Đã ghi báo cáo nhanh: {result.path}")
    return 0


def run_letter(ctx) -> int:
    from eidroster.reports.exports import export_letter, report_format

    report_format(ctx.args.out, ("pdf", "docx"))
    result = export_letter(ctx.open_db(), ctx.args.out, ctx.args.as_of, target=ctx.args.target,
                           issued=ctx.args.issued)
    print(f"Đã ghi công văn báo cáo: {result.path}")
    return 0


def run_submission(ctx) -> int:
    from eidroster.reports.exports import export_submission

    paths = export_submission(ctx.open_db(), ctx.args.folder, ctx.args.as_of,
                              ascii_names=ctx.args.ascii, issued=ctx.args.issued)
    if ctx.args.json:
        print(json.dumps({"files": [str(p) for p in paths]}, ensure_ascii=False, indent=2))
        return 0
    print("Đã ghi hồ sơ gửi iDesk (công văn và Phụ lục III):")
    for path in paths:
        print(f"  {path}")
    return 0


def run_forms(ctx) -> int:
    from eidroster.domain.text import format_int
    from eidroster.services.forms import issue_forms

    issued = issue_forms(ctx.open_db(), ctx.args.folder, ctx.args.as_of, ctx.args.department)
    if ctx.args.json:
        print(json.dumps({"files": [{"department": f.department, "file": str(f.path),
                                     "people": f.people} for f in issued]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"Đã ghi {format_int(len(issued))} phiếu khoa/phòng (có dữ liệu cá nhân, chỉ gửi "
          "cho từng khoa/phòng):")
    for f in issued:
        print(f"  {f.path} — {f.department}: {format_int(f.people)} người")
    return 0

