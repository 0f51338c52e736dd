"""``import FILE [FILE...] [--sheet NAME] [--dry-run] [--strict] [--json] [--as-of D]
[--allow-downgrade] [--map-department NAME=DEPT]``: take in an Excel/CSV list, a .txt file
of chip-card QR scans, or departments' returned forms (several at once).

Exit status: 0 every row went in, 3 some rows were rejected, skipped (a step back without
--allow-downgrade) or set aside (changed by someone else meanwhile) and the rest went in,
1 the file was refused and nothing changed."""

from __future__ import annotations

import argparse
import sys

from eidroster.commands._args import iso_date

EXIT_OK, EXIT_REFUSED, EXIT_SOME_REJECTED = 0, 1, 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="nhập danh sách từ tệp Excel (.xlsx, .xlsm, .xls), .ods, .csv hoặc tệp .txt "
        "mã QR thẻ căn cước đã quét",
        description="Nhập danh sách nhân viên và tình trạng định danh từ tệp bảng tính, "
        "hoặc từ tệp .txt các mã QR thẻ căn cước đã quét (mỗi dòng một lần quét). "
        "Mã thoát: 0 = mọi dòng đã nhập; 3 = có dòng bị từ chối hoặc bỏ qua (lùi bước, người "
        "khác vừa sửa), các dòng còn lại đã nhập; "
        "1 = tệp bị từ chối, không có gì thay đổi.",
    )
    p.add_argument("file", metavar="FILE", help="tệp cần nhập")
    p.add_argument("more", metavar="FILE", nargs="*",
                   help="thêm các phiếu khoa/phòng nộp lại, nhập cùng một lần (chỉ với phiếu "
                   "do eidroster phát ra: export forms)")
    p.add_argument("--sheet", metavar="NAME", help="tên trang tính (mặc định: trang đầu tiên có "
                   "dòng tiêu đề cột nhận ra được)")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không thay đổi gì")
    p.add_argument("--strict", action="store_true",
                   help="từ chối cả tệp nếu có bất kỳ dòng nào lỗi")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                   help="ngày mà tình trạng trong tệp là đúng (mặc định: ngày ghi ở tiêu đề "
                   "tệp, ví dụ «Tính đến ngày 20/11/2026»; không có thì hôm nay). Cột ngày "
                   "của từng dòng (Ngày kích hoạt, Ngày hiệu lực…) được ưu tiên cho dòng đó")
    p.add_argument("--allow-downgrade", action="store_true",
                   help="ghi cả những dòng lùi bước so với tình trạng đã ghi (ví dụ mức 2 → "
                   "chưa đăng ký); mặc định các dòng đó được bỏ qua và liệt kê")
    p.add_argument("--map-department", action="append", default=[], metavar="TÊN=KHOA",
                   type=_mapping, help="coi khoa/phòng TÊN trong tệp là khoa/phòng KHOA đã có "
                   "(lặp lại được), ví dụ --map-department \"K. Nội TH=Khoa Nội tổng hợp\"")
    p.set_defaults(func=run)


def _mapping(text: str) -> tuple[str, str]:
    name, sep, target = text.partition("=")
    if not sep or not name.strip() or not target.strip():
        raise argparse.ArgumentTypeError(
            f"'{text[:60]}' không đúng dạng TÊN=KHOA (ví dụ \"K. Nội=Khoa Nội\")")
    return name.strip(), target.strip()


def run(ctx) -> int:
    from eidroster.services.importer.parse import gc_paused

    # a short process that makes tens of thousands of small objects and no cyclic
    # garbage: the collector's passes (over the modules' objects too) are wasted time
    with gc_paused():
        return _run(ctx)


def _run(ctx) -> int:
    from eidroster.commands._json import dumps
    from eidroster.services.importer import run_import
    from eidroster.services.intake import open_list

    args = ctx.args
    # InputError -> exit 1; a spreadsheet is refused before the database opens (a file of
    # QR scans needs the roster to read)
    loaded = open_list(ctx.open_db, [args.file, *args.more], args.sheet)
    result = run_import(ctx.open_db(), loaded, dry_run=args.dry_run, strict=args.strict,
                        effective_date=args.as_of, allow_downgrade=args.allow_downgrade,
                        department_map=dict(args.map_department) or None)
    if args.json:
        out = result.as_dict()
        relocate = getattr(loaded, "relocate", None)  # returned forms: each form's own rows
        print(dumps(relocate(out) if relocate else out))
    else:
        print(render(result, args.file if not args.more else loaded.path.name,
                     dry_run=args.dry_run))
    if result.refused:
        print(f"Lỗi: tệp bị từ chối (--strict): {result.rejected_rows} dòng có lỗi; "
              "danh sách không thay đổi gì", file=sys.stderr)
        return EXIT_REFUSED
    # 0 means every row went in: rows skipped (a step back not confirmed) or set aside
    # (someone else changed the person meanwhile) did not
    not_in = result.rejected_rows or result.skipped or result.conflicts
    return EXIT_SOME_REJECTED if not_in else EXIT_OK


def render(result, file: str, dry_run: bool) -> str:
    from eidroster.domain.text import format_date, format_int

    describe = getattr(result.plan.loaded, "describe_issue", None) or (lambda i: i.text())
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
    if result.skipped:
        lines.insert(-1, f"  Bỏ qua (lùi bước): {format_int(len(result.skipped))}")
    if result.conflicts:
        lines.insert(-1, f"  Chưa ghi (người khác vừa sửa): {format_int(len(result.conflicts))}")
    source = {"title": "theo tiêu đề tệp", "option": "theo --as-of", "today": "hôm nay"}
    lines.insert(1, f"  Ngày của danh sách: {format_date(result.plan.effective_date)} "
                    f"({source[result.plan.as_of_source]})")
    if result.rejected:
        lines += ["", "Các dòng bị từ chối:"]
        lines += [f"  - {describe(issue)}" for issue in result.rejected]
    for title, issues in (("Các dòng bỏ qua vì lùi bước (dùng --allow-downgrade nếu đúng):",
                           result.skipped),
                          ("Các dòng chưa ghi vì người khác vừa sửa:", result.conflicts)):
        if issues:
            lines += ["", title]
            lines += [f"  - {describe(issue)}" for issue in issues]
    if result.plan.new_departments:
        lines += ["", "Khoa/phòng mới (chưa có trong danh mục):"]
        lines += [f"  - {name}: {format_int(n)} dòng"
                  for name, n in result.plan.new_departments.items()]
    if result.warnings:
        lines += ["", "Lưu ý:"]
        lines += [f"  - {describe(issue)}" for issue in result.warnings]
    return "\n".join(lines)
