"""``reconcile FILE [--json] [--xlsx OUT.xlsx] [--sheet NAME] [--department NAME] [--as-of D]``:
compare the roster with an outside list (HR master file, the police's list of who is
activated, a department's list) — matched by số định danh, then by accent-free name and
birth date. Nothing is changed.

Exit status: 0 compared, 3 compared but some rows of the file could not be read,
1 the file (or the department) was refused, 2 wrong usage. The text and the JSON name
people only by the file's row number and the employee id; the .xlsx holds the names."""

from __future__ import annotations

import argparse
import json

from eidroster.commands._args import iso_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reconcile",
        help="đối chiếu danh sách với một tệp khác (danh sách của đơn vị, của công an, của "
        "khoa/phòng): ai chỉ có ở một bên, ai khác nhau",
        description="Đối chiếu danh sách nhân viên với một tệp bảng tính: khớp theo số định "
        "danh, rồi theo họ tên (không dấu) và ngày sinh. Không thay đổi gì. Mã thoát: 0 = đã "
        "đối chiếu; 3 = đã đối chiếu nhưng có dòng không đọc được; 1 = tệp bị từ chối.",
    )
    p.add_argument("file", metavar="FILE", help="tệp cần đối chiếu (.xlsx, .xls, .ods, .csv)")
    p.add_argument("--sheet", metavar="NAME", help="tên trang tính (mặc định: trang đầu tiên "
                   "có dòng tiêu đề cột nhận ra được)")
    p.add_argument("--department", metavar="NAME",
                   help="chỉ đối chiếu với người của khoa/phòng này (tệp của một khoa/phòng)")
    p.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                   help="danh sách và tình trạng tính đến ngày (mặc định hôm nay)")
    p.add_argument("--xlsx", metavar="OUT.xlsx",
                   help="ghi kết quả (có họ tên, dữ liệu cá nhân) ra tệp Excel")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.services.reconcile import reconcile

    args = ctx.args
    result = reconcile(ctx.open_db(), args.file, args.sheet, department=args.department,
                       as_of=args.as_of)
    if args.xlsx:
        from eidroster.reports.reconcile_sheet import save_reconciliation

        save_reconciliation(args.xlsx, result)  # never over the compared file
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(result, args.xlsx))
    return 3 if result.problems else 0


def render(result, xlsx: str | None) -> str:
    from eidroster.domain.text import format_date, format_int
    from eidroster.services.reconcile import FIELD_LABEL

    scope = f" — {result.department}" if result.department else ""
    lines = [
        f"ĐỐI CHIẾU: {result.path.name} — trang \"{result.sheet}\" với danh sách tính đến "
        f"ngày {format_date(result.as_of)}{scope}",
        f"  Khớp hoàn toàn:          {format_int(result.same)}",
        f"  Khác nhau:               {format_int(len(result.different))}",
        f"  Chỉ có trong tệp:        {format_int(len(result.only_in_file))}",
        f"  Chỉ có trong danh sách:  {format_int(len(result.only_in_roster))}",
    ]
    if result.different:
        lines += ["", "Khác nhau (dòng trong tệp → mã nhân viên: khác ở):"]
        lines += [f"  - dòng {e.row} → mã NV {e.employee_id}: "
                  + ", ".join(FIELD_LABEL[d.field].lower() for d in e.differences)
                  for e in result.different]
    if result.only_in_file:
        lines += ["", "Chỉ có trong tệp: dòng " + ", ".join(str(e.row) for e in
                                                             result.only_in_file)]
    if result.only_in_roster:
        lines += ["", "Chỉ có trong danh sách: mã NV " + ", ".join(
            str(e.employee_id) for e in result.only_in_roster)]
    if result.problems:
        lines += ["", "Dòng không đọc được đầy đủ:"]
        lines += [f"  - {p.text()}" for p in result.problems]
    lines += ["", f"Chi tiết (có họ tên): {xlsx}" if xlsx else
              "Dùng --xlsx OUT.xlsx để có bảng chi tiết (có họ tên) mở bằng Excel."]
    return "\n".join(lines)
