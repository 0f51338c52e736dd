"""``audit [--json] [--action A] [--since D]``: the audit trail, newest first."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from eidroster.commands._args import iso_date

    p = sub.add_parser("audit", help="nhật ký thay đổi và xuất/xem dữ liệu cá nhân")
    p.add_argument("--json", action="store_true", help="in ra JSON (mỗi sự kiện một đối tượng)")
    p.add_argument("--action", metavar="A", help="chỉ loại sự kiện này (vd. employee_changed)")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="từ ngày này trở đi")
    p.add_argument("--limit", type=_positive, metavar="N", help="tối đa N sự kiện gần nhất")
    p.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' không phải số nguyên") from None
    if value < 1 or value > 10_000_000:
        raise argparse.ArgumentTypeError("N phải từ 1 đến 10.000.000")
    return value


def describe(action: str) -> str:
    from eidroster.services.audit import ACTION_LABELS_VI  # imported when the command runs

    return ACTION_LABELS_VI.get(action, action)


def run(ctx) -> int:
    import datetime as dt
    import json

    from eidroster.services.audit import list_events

    since = dt.datetime.combine(ctx.args.since, dt.time()) if ctx.args.since else None
    with ctx.open_db().read() as s:
        events = list_events(s, action=ctx.args.action, since=since, limit=ctx.args.limit)
    if ctx.args.json:
        print(json.dumps([e.as_dict() for e in events], ensure_ascii=False, indent=2))
        return 0
    if not events:
        print("Không có sự kiện nào khớp điều kiện.")
        return 0
    for e in events:
        target = f"{e.entity} #{e.entity_id}" if e.entity_id is not None else e.entity
        detail = json.dumps(e.detail, ensure_ascii=False, default=str) if e.detail else ""
        print(f"{e.at:%d/%m/%Y %H:%M:%S}  {e.user_name:<12}  {describe(e.action)}"
              f"  {target}  {detail}".rstrip())
    return 0
