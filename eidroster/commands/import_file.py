"""``import FILE [--sheet NAME] [--dry-run] [--strict] [--json]``: take in an Excel/CSV list.

Exit status: 0 every row went in, 3 some rows were rejected and the rest went in,
1 the file was refused and nothing changed."""

from __future__ import annotations

import argparse
import json
import sys

EXIT_OK, EXIT_REFUSED, EXIT_SOME_REJECTED = 0, 1, 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="nhập danh sách từ tệp Excel (.xlsx, .xlsm, .xls), .ods hoặc .csv",
        description="Nhập danh sách nhân viên và tình trạng định danh từ tệp bảng tính. "
        "Mã thoát: 0 = mọi dòng đã nhập; 3 = có dòng bị từ chối, các dòng còn lại đã nhập; "
        "1 = tệp bị từ chối, không có gì thay đổi.",
    )
    p.add_argument("file", metavar="FILE", help="tệp cần nhập")
    p.add_argument("--sheet", metavar="NAME", help="tên trang tính (mặc định: trang đầu tiên có "
                   "dòng tiêu đề cột nhận ra được)")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không thay đổi gì")
    p.add_argument("--strict", action="store_true",
                   help="từ chối cả tệp nếu có bất kỳ dòng nào lỗi")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.services.importer import load_table, run_import

    args = ctx.args
    loaded = load_table(args.file, args.sheet)  # InputError -> exit 1, before the db opens
    result = run_import(ctx.open_db(), loaded, dry_run=args.dry_run, strict=args.strict)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(result, args.file, dry_run=args.dry_run))
    if result.refused:
        print(f"Lỗi: tệp bị từ chối (--strict): {result.rejected_rows} dòng có lỗi; "
              "danh sách không thay đổi gì", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_SOME_REJECTED if result.rejected_rows else EXIT_OK


def render(result, file: str, dry_run: bool) -> str:
    from eidroster.domain.text import format_int

    head = "XEM TRƯỚC (không thay đổi gì)" if dry_run else "KẾT QUẢ NHẬP"
    if result.refused:
        head = "TỆP BỊ TỪ CHỐI (không thay đổi gì)"
    lines = [
        f"{head}: {file} — trang \"{result.plan.loaded.layout.sheet_name}\"",
        f"  Số dòng đọc được: {format_int(result.rows_read)}",
        f"  Thêm mới:         {format_int(result.added)}",
        f"  Cập nhật:         {format_int(result.updated)}",
        f"  Không đổi:        {format_int(result.unchanged)}",
        f"  Bị từ chối:       {format_int(result.rejected_rows)}",
    ]
    if result.rejected:
        lines += ["", "Các dòng bị từ chối:"]
        lines += [f"  - {issue.text()}" for issue in result.rejected]
    if result.warnings:
        lines += ["", "Lưu ý:"]
        lines += [f"  - {issue.text()}" for issue in result.warnings]
    return "\n".join(lines)
