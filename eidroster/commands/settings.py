"""``settings show [--json]`` and ``settings set KEY VALUE``: the unit's settings used
by the reports (agency, unit, place, document number, signer, recipients, target date)."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="xem hoặc đặt thông tin đơn vị dùng trong báo cáo")
    actions = p.add_subparsers(dest="settings_action", metavar="ACTION", required=True,
                               parser_class=type(p))
    q = actions.add_parser("show", help="xem các thiết lập")
    q.add_argument("--json", action="store_true", help="in ra JSON")
    q.set_defaults(func=run_show)
    q = actions.add_parser("set", help="đặt một thiết lập (xuống dòng trong giá trị: \\n)")
    q.add_argument("key", metavar="KEY")
    q.add_argument("value", metavar="VALUE")
    q.set_defaults(func=run_set)


def run_show(ctx) -> int:
    from eidroster.services.settings import SETTINGS, get_settings

    values = get_settings(ctx.open_db())
    if ctx.args.json:
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return 0
    width = max(len(d.key) for d in SETTINGS)
    for d in SETTINGS:
        lines = values[d.key].splitlines() or [""]
        print(f"{d.key.ljust(width)}  {lines[0]}")
        for line in lines[1:]:
            print(f"{''.ljust(width)}  {line}")
        print(f"{''.ljust(width)}  ({d.label})")
    return 0


def run_set(ctx) -> int:
    from eidroster.services.settings import SETTING_KEYS, set_setting

    value = set_setting(ctx.open_db(), ctx.args.key, ctx.args.value)
    label = SETTING_KEYS[ctx.args.key].label
    shown = value.replace("\n", " | ") if value else "(trống)"
    print(f"Đã đặt {ctx.args.key} ({label}) = {shown}")
    return 0
