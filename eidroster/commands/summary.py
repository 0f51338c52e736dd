"""``summary [--as-of YYYY-MM-DD] [--json]``: the report's numbers."""

from __future__ import annotations

import argparse
import json

from eidroster.commands._args import iso_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help="số liệu tổng hợp (Phụ lục III) tính đến một ngày")
    p.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD", help="tính đến ngày (mặc định hôm nay)")
    p.add_argument("--json", action="store_true", help="in ra JSON")
    p.set_defaults(func=run)


def run(ctx) -> int:
    from eidroster.services.summary import summary

    agg = summary(ctx.open_db(), ctx.args.as_of)
    if ctx.args.json:
        print(json.dumps(agg.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_table(agg))
    return 0


def render_table(agg) -> str:
    from eidroster.domain.aggregate import format_rate
    from eidroster.domain.text import format_date, format_int

    headers = ("TT", "Khoa/phòng", "Tổng số", "Chưa ĐD", "Mức 1", "Mức 2", "Có lý do",
               "Không LD", "Tỉ lệ mức 2")
    rows = []
    for i, d in enumerate(agg.departments, 1):
        c = d.counts
        rows.append((str(i), d.name, *(format_int(v) for v in (
            c.total, c.none, c.level1, c.level2, c.with_reason, c.without_reason)),
            format_rate(c.level2, c.total)))
    t = agg.total
    rows.append(("", "TỔNG CỘNG", *(format_int(v) for v in (
        t.total, t.none, t.level1, t.level2, t.with_reason, t.without_reason)),
        format_rate(t.level2, t.total)))
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(
            c.ljust(w) if i == 1 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    out = [f"TIẾN ĐỘ ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2 TÍNH ĐẾN NGÀY {format_date(agg.as_of)}", "",
           line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in rows[:-1]]
    out += [line(["-" * w for w in widths]), line(rows[-1])]
    return "\n".join(out)
