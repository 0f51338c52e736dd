"""The roster's rows as keys: columns, quick filters, search and sort keys, department
tallies — plain Python, no Qt, so it runs on the worker thread and is tested alone.

``prepare_rows`` computes on the worker what the table model needs (search keys, the
per-department counts, the quick filters' mask); ``sort_key_for`` is the key of one row in
one column (text in Vietnamese order). The Qt side is ``ui/roster_model.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.domain.text import fold, text_sort_key
from eidroster.services.roster import RosterRow

# Column numbers (named, so no code uses a bare number).
COL_TT = 0
COL_NAME = 1
COL_BIRTH = 2
COL_GENDER = 3
COL_DEPT = 4
COL_ID = 5
COL_STATUS = 6
COL_REASON = 7
COL_JUSTIFIED = 8
COL_VNEID = 9
COL_DVCQG = 10
COL_UPDATED = 11
COLUMN_COUNT = 12



@dataclass
class RosterFilter:
    """The quick filters; everything empty = every row."""

    text: str = ""
    bucket: Bucket | None = None
    not_level2: bool = False  # "Chưa đạt mức 2": both lower buckets
    without_reason: bool = False  # not at level 2 and no justified reason
    reason_id: int | None = None
    department_id: int | None = None
    employment: str = "all"  # "all", "active", "left"
    today: dt.date = field(default_factory=dt.date.today)

    def structural(self) -> tuple:
        return (self.bucket, self.not_level2, self.without_reason, self.reason_id, self.department_id,
                self.employment, self.today)


def search_key_of(row: RosterRow, dept_fold: str) -> str:
    """Accent-free key matched by the search box: name, CCCD digits, department."""
    return f"{row.search_key} {row.id_number or ''} {dept_fold}"


# Tally slots per department (active employees on the day): the report's numbers.
T_TOTAL, T_NONE, T_L1, T_L2, T_WITH_REASON = range(5)


def tally_add(tallies: dict[int, list[int]], row: RosterRow, today: dt.date, sign: int) -> None:
    """Add (sign 1) or remove (sign -1) one row's contribution to the per-department
    counts of active employees on ``today``."""
    # called twice per row of a bulk change: plain lookups, no Enum construction
    start, leave = row.start_date, row.leave_date
    if (start is not None and start > today) or (leave is not None and leave <= today):
        return
    t = tallies.get(row.department_id)
    if t is None:
        t = tallies[row.department_id] = [0, 0, 0, 0, 0]
    t[T_TOTAL] += sign
    slot = _TALLY_SLOT[row.status]
    t[slot] += sign
    if slot != T_L2 and row.justified:
        t[T_WITH_REASON] += sign


_TALLY_SLOT = {s: (T_L2 if bucket_of(s) is Bucket.LEVEL2 else
                   T_NONE if bucket_of(s) is Bucket.NONE else T_L1) for s in Status}


def accepts(f: RosterFilter, r: RosterRow) -> bool:
    """The quick filters (not the search text) for one row."""
    if f.department_id is not None and r.department_id != f.department_id:
        return False
    b = bucket_of(r.status)
    if f.bucket is not None and b is not f.bucket:
        return False
    if f.not_level2 and b is Bucket.LEVEL2:
        return False
    if f.without_reason and (b is Bucket.LEVEL2 or r.justified):
        return False
    if f.reason_id is not None and (r.reason_id != f.reason_id or b is Bucket.LEVEL2):
        return False
    if f.employment != "all":
        left = r.leave_date is not None and r.leave_date <= f.today
        if (f.employment == "left") != left:
            return False
    return True


@dataclass
class PreparedRoster:
    """The per-row keys and counts, computed off the GUI thread (pure Python)."""

    rows: list[RosterRow]
    search: list[str]
    index_of_id: dict[int, int]
    tallies: dict[int, list[int]]
    today: dt.date
    mask: bytearray | None = None  # the quick filters' mask for ``mask_for``
    mask_for: tuple | None = None


def prepare_rows(rows: Sequence[RosterRow], today: dt.date | None = None,
                 flt: RosterFilter | None = None) -> PreparedRoster:
    """Keys and counts of ``rows``; with ``flt``, also the mask of its quick filters (at
    100,000 people the mask took the GUI thread ~0.3-1 s when made there)."""
    today = today or dt.date.today()
    rows = list(rows)
    dept_fold: dict[str, str] = {}
    search = []
    tallies: dict[int, list[int]] = {}
    for r in rows:
        df = dept_fold.get(r.department)
        if df is None:
            df = dept_fold[r.department] = fold(r.department)
        search.append(search_key_of(r, df))
        tally_add(tallies, r, today, 1)
    prepared = PreparedRoster(rows, search, {r.id: i for i, r in enumerate(rows)}, tallies, today)
    if flt is not None and has_quick_filter(flt):
        prepared.mask = quick_mask(flt, rows)
        prepared.mask_for = flt.structural()
    return prepared


def has_quick_filter(f: RosterFilter) -> bool:
    return not (f.bucket is None and not f.not_level2 and not f.without_reason
                and f.reason_id is None and f.department_id is None and f.employment == "all")


_text_keys: dict[str, str] = {}


def text_key(text: str) -> str:
    """text_sort_key, remembered (departments and reasons repeat on every row)."""
    k = _text_keys.get(text)
    if k is None:
        if len(_text_keys) > 5000:
            _text_keys.clear()
        k = _text_keys[text] = text_sort_key(text)
    return k


STATUS_ORDER = {s: n for n, s in enumerate(Status)}


def sort_key_for(column: int, r: RosterRow, i: int):
    """The sort key of one row (loaded at ``i``) for one column."""
    if column == COL_NAME:
        return r.sort_key
    if column == COL_BIRTH:
        return r.birth_date or dt.date.max
    if column == COL_GENDER:
        return r.gender or ""
    if column == COL_DEPT:
        return text_key(r.department)
    if column == COL_ID:
        return r.id_number or ""
    if column == COL_STATUS:
        return STATUS_ORDER[r.status]
    if column == COL_REASON:
        return text_key("" if r.bucket is Bucket.LEVEL2 else r.reason)
    if column == COL_JUSTIFIED:
        return (r.bucket is Bucket.LEVEL2, r.justified)
    if column == COL_VNEID:
        return r.vneid_login
    if column == COL_DVCQG:
        return r.dvcqg_used
    if column == COL_UPDATED:
        return r.updated or dt.date.min
    return i  # TT: the loaded order


def without(seq: list, gone: set[int]) -> list:
    """``seq`` without the positions in ``gone`` (the lists aligned with the rows)."""
    return [x for i, x in enumerate(seq) if i not in gone]


# ---------------------------------------------------------------- what is shown

def quick_mask(flt: RosterFilter, rows: Sequence[RosterRow]) -> bytearray | None:
    """1 for each row the quick filters accept; None when no quick filter is set."""
    if not has_quick_filter(flt):
        return None
    return bytearray(1 if accepts(flt, r) else 0 for r in rows)


def search_words(text: str) -> list[str]:
    return [w for w in fold(text).split(" ") if w]


def narrowing(old: str, new: str) -> bool:
    """True when the search ``new`` only adds to ``old`` (the usual typing): the rows
    already shown are the only candidates."""
    old_words, new_words = search_words(old), search_words(new)
    return bool(old_words) and len(new_words) >= len(old_words) and all(
        n.find(o) >= 0 for o, n in zip(old_words, new_words, strict=False))


def narrow(candidates: list[int], search: list[str], words: list[str]) -> list[int]:
    for w in words:
        candidates = [i for i in candidates if w in search[i]]
    return candidates


def shown(order: list[int], mask: bytearray | None, search: list[str],
          words: list[str]) -> list[int]:
    """The rows shown, in ``order``: allowed by ``mask``, holding every search word."""
    if not words:
        return list(order) if mask is None else [i for i in order if mask[i]]
    w = words[0]
    if mask is None:
        first = [i for i in order if w in search[i]]
    else:
        first = [i for i in order if mask[i] and w in search[i]]
    return narrow(first, search, words[1:])
