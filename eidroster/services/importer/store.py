"""The rows an import writes (employees, status changes) and the audit detail that lets
it be undone and redone, with the personal part packed out of sight."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import zlib

from eidroster.domain.text import name_sort_key, word_sort_key
from eidroster.services.importer.plan import name_key
from eidroster.services.importer.rows import StatusPlan


@functools.lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return word_sort_key(word)


def _separator() -> str | None:
    empty, whole = word_sort_key(""), name_sort_key("", "", "")
    size = (len(whole) - 3 * len(empty)) // 2
    sep = whole[len(empty):len(empty) + size]
    sample = ("Nguyễn", "Thị Thu", "Hà")
    key = sep.join((word_sort_key(sample[2]), word_sort_key(sample[0]), word_sort_key(sample[1])))
    return sep if key == name_sort_key(*sample) else None


_SEP = _separator()


def sort_key(ho: str, dem: str, ten: str) -> str:
    """The same key as :func:`eidroster.domain.text.name_sort_key`, with each part cached
    (family and given names repeat across thousands of rows)."""
    if _SEP is None:  # the domain's key changed shape: use it as it is
        return name_sort_key(ho, dem, ten)
    return _SEP.join((_word_key(ten), _word_key(ho), _word_key(dem)))


def employee_row(fields: dict, when: dt.datetime) -> dict:
    """The personal columns of an employee (the department and dates are events)."""
    return {
        "ho": fields["ho"], "dem": fields["dem"], "ten": fields["ten"],
        "birth_date": fields["birth_date"], "gender": fields["gender"],
        "id_number": fields["id_number"], "id_kind": fields["id_kind"],
        "title": fields["title"] or "",
        "sort_key": sort_key(fields["ho"], fields["dem"], fields["ten"]),
        "search_key": name_key(fields["ho"], fields["dem"], fields["ten"]),
        "updated_at": when,
    }


def status_row(employee_id: int, status: StatusPlan, effective: dt.date, when: dt.datetime,
               user: str, batch: str) -> dict:
    return {
        "employee_id": employee_id, "status": status.status.value,
        "reason_id": status.reason_id, "reason_text": status.reason_text,
        "justified": status.justified, "justified_fixed": status.fixed, "note": status.note,
        "vneid_login": status.vneid_login, "vneid_login_date": status.vneid_login_date,
        "dvcqg_used": status.dvcqg_used, "dvcqg_date": status.dvcqg_date,
        "effective_date": effective, "recorded_at": when, "recorded_by": user,
        "source": "import", "batch_id": batch,
    }


#: the compact form of a status row in the undo data
STATUS_KEYS = ("employee_id", "status", "reason_id", "reason_text", "justified",
               "justified_fixed", "note", "vneid_login", "vneid_login_date", "dvcqg_used",
               "dvcqg_date", "effective_date")


def status_from_compact(values: list, when: dt.datetime, user: str, batch: str) -> dict:
    row = dict(zip(STATUS_KEYS, values, strict=True))
    for key in ("vneid_login_date", "dvcqg_date", "effective_date"):
        row[key] = dt.date.fromisoformat(row[key]) if row[key] else None
    return row | {"recorded_at": when, "recorded_by": user, "source": "import",
                  "batch_id": batch}


#: what an undo/redo needs that is personal data (names, birth dates, CCCD numbers)
_PRIVATE_KEYS = ("added_rows", "updated_rows", "status_rows", "event_rows")


def pack(detail: dict) -> dict:
    """The audit event's detail: counts and ids readable, the personal data an undo/redo
    needs compressed into one opaque ``undo`` field, so that the audit trail (listed by
    the ``audit`` command and the window) shows no names and stays short."""
    private = {k: detail[k] for k in _PRIVATE_KEYS if k in detail}
    public = {k: v for k, v in detail.items() if k not in _PRIVATE_KEYS}
    raw = json.dumps(private, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    public["undo"] = base64.b64encode(zlib.compress(raw, 1)).decode("ascii")
    return public


def unpack(detail: dict) -> dict:
    blob = detail.get("undo")
    if not blob:
        return detail
    private = json.loads(zlib.decompress(base64.b64decode(blob)).decode("utf-8"))
    return {k: v for k, v in detail.items() if k != "undo"} | private


def from_json(d: dict) -> dict:
    out = dict(d)
    for k in ("birth_date", "effective_date"):
        if out.get(k):
            out[k] = dt.date.fromisoformat(out[k])
    return out
