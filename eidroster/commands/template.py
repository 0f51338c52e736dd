"""``template OUT.xlsx``: an empty import template with drop-down lists."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("template", help="tạo tệp Excel mẫu để nhập danh sách (có danh sách "
                       "thả xuống cho tình trạng và lý do)")
    p.add_argument("out", metavar="OUT.xlsx", help="tệp sẽ tạo")
    p.set_defaults(func=run)


def run(ctx) -> int:
    import os
    from pathlib import Path

    from eidroster.domain.errors import InputError
    from eidroster.domain.reasons import DEFAULT_REASONS
    from eidroster.domain.statuses import STATUS_LABEL_VI
    from eidroster.io.import_template import write_template

    out = Path(ctx.args.out)
    if out.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError(f"Tệp mẫu phải có đuôi .xlsx: {out.name}")
    reasons = [r.label for r in DEFAULT_REASONS]
    departments: list[str] = []
    target = ctx.db_target
    # the unit's own catalogue when its database exists (never create one for a template)
    if "://" in target or os.path.exists(target):
        from eidroster.services.roster import list_departments, list_reasons

        db = ctx.open_db()
        reasons = [r.label for r in list_reasons(db, include_retired=False)]
        departments = [d.name for d in list_departments(db)]
    write_template(out, list(STATUS_LABEL_VI.values()), reasons, departments)
    print(f"Đã tạo tệp mẫu {out}")
    return 0
