"""``aggregate OUT.xlsx IN... [--pdf OUT.pdf] [--docx OUT.docx] [--check-file F]
[--as-of D] [--issued D|blank] [--dry-run] [--json]``: the agency's Phụ lục I from its units' Phụ lục III files (eidroster's own
or typed by hand) and agency-style tables.

Exit status: 0 every unit merged; 3 Phụ lục I written but some units held out (each
listed with its reason); 1 nothing written (no unit readable, the agency's settings not
set, an output that is an input, a write error)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eidroster.commands._args import iso_date
from eidroster.commands.export import issued_date

EXIT_HELD_OUT = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "aggregate",
        help="tổng hợp Phụ lục III của các đơn vị thành Phụ lục I (kiểm tra số liệu)",
        description=(
            "Đọc Phụ lục III của các đơn vị (tệp của eidroster hoặc tự lập) hoặc bảng kiểu "
            "Phụ lục I (mỗi dòng một đơn vị), kiểm tra từng dòng, dòng cộng nhóm và dòng TỔNG "
            "CỘNG, rồi ghi Phụ lục I với các đơn vị đọc được: mỗi đơn vị một dòng, TỔNG "
            "CỘNG, Thống kê toàn ngành; tiêu đề và người ký lấy từ thiết lập trong --db. "
            "Đơn vị có ô không đọc được, danh sách cá nhân (Phụ lục IV) không được tổng hợp "
            "và được liệt kê (mã thoát 3). Các chỗ không khớp ghi trong tệp kiểm tra riêng."
        ),
    )
    p.add_argument("output", metavar="OUT.xlsx", help="tệp Phụ lục I sẽ ghi (.xlsx)")
    p.add_argument("inputs", metavar="IN", nargs="+",
                   help="các tệp Phụ lục III của đơn vị, hoặc bảng kiểu Phụ lục I "
                        "(.xlsx/.xls/.ods/.csv)")
    p.add_argument("--pdf", metavar="OUT.pdf", help="ghi thêm bản PDF")
    p.add_argument("--docx", metavar="OUT.docx", help="ghi thêm bản Word (.docx) để sửa trước khi ký")
    p.add_argument("--check-file", metavar="KIEM_TRA.xlsx",
                   help="tệp kiểm tra (mọi đơn vị, mọi chỗ không khớp; không gửi kèm); mặc "
                        "định: <OUT>_kiem_tra.xlsx cạnh OUT.xlsx")
    p.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                   help="ngày tổng hợp (mặc định: ngày ghi trong các tệp, hoặc hôm nay)")
    p.add_argument("--issued", type=issued_date, metavar="YYYY-MM-DD|blank",
                   help="ngày ban hành văn bản (mặc định hôm nay; blank: để trống số và ngày "
                        "cho văn thư ghi tay)")
    p.add_argument("--dry-run", action="store_true",
                   help="chỉ đọc và kiểm tra, không ghi tệp nào")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=run)


def _check_suffix(path: str, suffix: str) -> None:
    from eidroster.domain.errors import InputError

    if Path(path).suffix.lower() != suffix:
        raise InputError(f"Tên tệp {Path(path).name} phải có đuôi {suffix}")


def _agency_settings(ctx) -> dict[str, str]:
    """The agency's own header and signer from its database (never created here);
    InputError naming the settings to set when there are none."""
    from eidroster.db.engine import is_url
    from eidroster.services.agency import agency_settings

    target = ctx.db_target
    exists = is_url(target) or Path(target).exists() or ctx.args.demo
    return agency_settings(ctx.open_db() if exists else None, ctx.args.db or "")


def _dry_run_settings(ctx) -> dict[str, str] | None:
    """The agency's settings when it has set them (a check needs none)."""
    from eidroster.domain.errors import InputError

    try:
        return _agency_settings(ctx)
    except InputError:
        return None


def _print_result(result, written: list[Path]) -> None:
    from eidroster.domain.aggregate import format_rate
    from eidroster.domain.text import format_date, format_int

    t = result.total
    print(f"Phụ lục I tính đến ngày {format_date(result.as_of)}: {len(result.merged)} đơn vị, "
          f"{format_int(t.total)} nhân viên; chưa định danh {format_int(t.none)}, mức 1 "
          f"{format_int(t.level1)}, mức 2 {format_int(t.level2)} "
          f"({format_rate(t.level2, t.total)}); chưa mức 2 có lý do {format_int(t.with_reason)}, "
          f"không có lý do {format_int(t.without_reason)}.")
    if written:
        print("Đã ghi: " + ", ".join(str(p) for p in written[:-1])
              + f"; bản kiểm tra (không gửi kèm): {written[-1]}")
    else:
        print("Chưa ghi tệp nào (--dry-run).")
    held = result.held_out
    if held:
        print(f"\n{len(held)} đơn vị KHÔNG được tổng hợp (chưa có trong Phụ lục I):")
        for u in held:
            print(f"- {u.unit} ({u.file}): {u.reason}")
    if result.set_aside:
        print(f"\n{len(result.set_aside)} tệp không dùng (trùng đơn vị, hoặc bản PDF/Word của "
              "một bảng tính đã đọc):")
        for u in result.set_aside:
            print(f"- {u.unit} ({u.file}): {u.reason}")
    if result.problems:
        print(f"\n{len(result.problems)} chỗ không khớp:")
        for p in result.problems:
            print(f"- {p.describe()}")
    else:
        print("Số liệu của mọi đơn vị khớp hai quy tắc của báo cáo.")


def run(ctx) -> int:
    from eidroster.domain.errors import InputError
    from eidroster.io.files import check_output
    from eidroster.reports.phu_luc_i import check_path_for, refuse_overwriting, write_phu_luc_i
    from eidroster.services.agency import merge_files

    args = ctx.args
    _check_suffix(args.output, ".xlsx")
    if args.pdf:
        _check_suffix(args.pdf, ".pdf")
    if args.docx:
        _check_suffix(args.docx, ".docx")
    check = args.check_file or str(check_path_for(args.output))
    _check_suffix(check, ".xlsx")
    outputs = [args.output, args.pdf, args.docx, check]
    refuse_overwriting(args.inputs, outputs)
    if not args.dry_run:
        for out in outputs:
            if out:
                check_output(out)  # a missing folder is refused before any file is read
    settings = _dry_run_settings(ctx) if args.dry_run else _agency_settings(ctx)
    own = (settings or {}).get("unit_name", "")
    result = merge_files(args.inputs, args.as_of, own_agency=own)
    if args.dry_run:
        settings = None  # nothing is written
    if not result.merged:
        why = [f"- {u.unit} ({u.file}): {u.reason}" for u in result.held_out]
        more = [f"- … và {len(why) - 50} tệp khác"] if len(why) > 50 else []
        raise InputError("\n".join([result.nothing_readable(), *why[:50], *more]))
    written: list[Path] = []
    if settings is not None:
        written = write_phu_luc_i(result, settings, xlsx=args.output, pdf=args.pdf,
                                  docx=args.docx, check=check, issued=args.issued)
    if args.json:
        out = result.as_dict()
        out["written"] = [str(p) for p in written]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        _print_result(result, written)
    return EXIT_HELD_OUT if result.held_out else 0
