"""Step 4, merge: one row per unit. Two files (or rows) of one unit — matched by
:func:`.names.unit_key`, so "TTYT huyện X" and "Trung tâm Y tế huyện X" are one — are
settled by the later "tính đến ngày", then the unit's own sheet over its row in a summary
table (an earlier Phụ lục I left in the folder must not override a corrected sheet), then
the later letter date, then the file saved later, then the later place in the list; the
others are set aside and say which file was used. A unit listed twice in one file is held
out (which row is right?)."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from eidroster.domain.agency import (
    HELD_OUT,
    MERGED,
    PROBLEM,
    SET_ASIDE,
    MergeResult,
    Problem,
    UnitLine,
)
from eidroster.domain.aggregate import Counts
from eidroster.domain.errors import EidrosterError, InputError
from eidroster.domain.text import clean_text, format_date
from eidroster.io.files import shown
from eidroster.services.agency.check import Candidate, check_file
from eidroster.services.agency.names import unit_key, without_place
from eidroster.services.agency.recognise import recognise


class _Entry:
    __slots__ = ("c", "n", "mtime")

    def __init__(self, c: Candidate, n: int, mtime: float) -> None:
        self.c, self.n, self.mtime = c, n, mtime

    def rank(self) -> tuple:
        c = self.c
        own = c.row == 0  # the unit's own sheet, not its row in a summary table
        return (c.as_of or dt.date.min, own, c.letter_date or dt.date.min, self.mtime, self.n,
                c.row)


_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
_DOCUMENTS = (".pdf", ".doc", ".docx")


def _companions(paths: Sequence[str | os.PathLike[str]]) -> dict[Path, str]:
    """A signed PDF or Word copy sent beside the unit's spreadsheet of the same name
    ("PL3_BV_Mat.pdf" beside "PL3_BV_Mat.xlsx"): the copy -> the spreadsheet's name."""
    sheets = {(Path(p).parent, Path(p).stem.casefold()): Path(p).name for p in paths
              if Path(p).suffix.lower() in _SPREADSHEETS}
    return {Path(p): sheets[(Path(p).parent, Path(p).stem.casefold())] for p in paths
            if Path(p).suffix.lower() in _DOCUMENTS
            and (Path(p).parent, Path(p).stem.casefold()) in sheets}


def _read(paths: Sequence[str | os.PathLike[str]], progress: Callable[[int, int], None] | None,
          own_agency: str) -> tuple[list[_Entry], list[list]]:
    companions = _companions(paths)
    entries: list[_Entry] = []
    file_problems: list[list[Problem]] = []
    seen: set[Path] = set()
    for n, path in enumerate(paths):
        p = Path(path)
        resolved = p.resolve()
        if resolved in seen:
            file_problems.append([])
            continue  # the same file named twice is read once
        seen.add(resolved)
        try:
            candidates, problems = check_file(recognise(p, own_agency))
        except EidrosterError as exc:
            unit = clean_text(p.stem.replace("_", " "))
            sheet = companions.get(p, "")
            said = [] if sheet else [Problem(unit, shown(p.name), None, None, exc.message, True)]
            candidates = [Candidate(unit, unit_key(unit), shown(p.name), None, said,
                                    competes=False, reason=exc.message, companion=sheet)]
            problems = []
        try:
            mtime = p.stat().st_mtime
        except OSError:
            mtime = 0.0
        entries += [_Entry(c, n, mtime) for c in candidates]
        file_problems.append(problems)
        if progress is not None:
            progress(n + 1, len(paths))
    return entries, file_problems


def _why(loser: _Entry, winner: _Entry) -> str:
    w, lo = winner.c, loser.c
    if (w.as_of or dt.date.min) > (lo.as_of or dt.date.min):
        why = f"tính đến ngày {format_date(w.as_of)}, mới hơn"
    elif w.row == 0 and lo.row != 0:
        why = "báo cáo riêng của đơn vị, cùng ngày số liệu"
    elif (w.letter_date or dt.date.min) > (lo.letter_date or dt.date.min):
        why = f"văn bản đề ngày {format_date(w.letter_date)}, mới hơn"
    elif winner.mtime > loser.mtime:
        why = "tệp được lưu sau"
    else:
        why = "cùng ngày, tệp đứng sau trong danh sách"
    return f"Trùng đơn vị với tệp {w.file} ({why}); dùng số liệu của tệp đó"


def _settle_duplicates(entries: list[_Entry]) -> dict[int, int]:
    """Which entries are set aside, and for which entry (index -> index)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        if e.c.competes and e.c.key:
            groups[e.c.key].append(i)
    set_aside: dict[int, int] = {}
    for idxs in groups.values():
        if len(idxs) < 2:
            continue
        by_file: dict[int, list[int]] = defaultdict(list)
        for i in idxs:
            by_file[entries[i].n].append(i)
        for same in by_file.values():
            if len(same) > 1:
                rows = ", ".join(str(entries[i].c.row) for i in same)
                for i in same:
                    c = entries[i].c
                    message = f"Đơn vị ghi {len(same)} lần trong tệp (dòng {rows})"
                    c.problems.append(Problem(c.unit, c.file, c.row or None, None, message, True))
                    c.counts, c.reason = None, message
        ranked = sorted(idxs, key=lambda i: entries[i].rank())
        winner = ranked[-1]
        for i in ranked[:-1]:
            if entries[i].n != entries[winner].n:
                set_aside[i] = winner
    return set_aside


def _maybe_one_unit(entries: list[_Entry], set_aside: dict[int, int]) -> dict[int, Problem]:
    """A unit named without its place word beside one named with it ("TTYT Châu Đức",
    "TTYT huyện Châu Đức"): both are merged (two units of one place name may exist), and
    each says so, so the officer does not send one unit counted twice unawares."""
    by_bare: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        if i not in set_aside and e.c.counts is not None and e.c.key:
            by_bare[without_place(e.c.key)[0]].append(i)
    out: dict[int, Problem] = {}
    for idxs in by_bare.values():
        keys = {entries[i].c.key for i in idxs}
        if len(keys) < 2 or all(without_place(k)[1] for k in keys):
            continue  # "huyện X" beside "thành phố X": two places, two units
        for i in idxs:
            c = entries[i].c
            others = "; ".join(f"{entries[j].c.unit} ({entries[j].c.file})" for j in idxs
                               if entries[j].c.key != c.key)
            out[i] = Problem(c.unit, c.file, c.row or None, None,
                             f"Có thể trùng đơn vị với {others}: tên chỉ khác ở chữ huyện/thị "
                             "xã/thành phố; hãy kiểm tra để không cộng một đơn vị hai lần")
    return out


def merge_files(
    paths: Sequence[str | os.PathLike[str]],
    as_of: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    own_agency: str = "",
) -> MergeResult:
    """Read, recognise, check and merge the files (units' Phụ lục III, agency-style
    tables). Nothing is written; a file that cannot be used is a held-out line.
    ``progress(done, total)`` is called after each file; ``own_agency`` (the merging
    agency's unit_name): a Phụ lục I it issued earlier is held out, not merged again."""
    if not paths:
        raise InputError("Chưa chọn tệp nào để tổng hợp")
    entries, file_problems = _read(paths, progress, own_agency)
    set_aside = _settle_duplicates(entries)
    maybe_one = _maybe_one_unit(entries, set_aside)
    added = [e.c for i, e in enumerate(entries) if i not in set_aside and e.c.counts]
    day = as_of or max((c.as_of for c in added if c.as_of), default=None) or dt.date.today()
    lines: list[UnitLine] = []
    per_file: dict[int, list[Problem]] = defaultdict(list)
    total = Counts()
    for i, e in enumerate(entries):
        c = e.c
        if c.companion:  # the PDF or Word copy of a spreadsheet that was read
            lines.append(UnitLine(c.unit, c.file, SET_ASIDE, None,
                                  f"Bản PDF/Word của tệp {shown(c.companion)}; số liệu lấy từ tệp "
                                  "bảng tính", None, shown(c.companion)))
            continue
        if i in set_aside:
            used = entries[set_aside[i]].c
            lines.append(UnitLine(c.unit, c.file, SET_ASIDE, None, _why(e, entries[set_aside[i]]),
                                  c.as_of, used.file))
            continue
        mine = list(c.problems) + ([maybe_one[i]] if i in maybe_one else [])
        if c.counts is not None and c.as_of is not None and c.as_of != day:
            mine.append(Problem(c.unit, c.file, c.as_of_row, None,
                                f"Số liệu tính đến ngày {format_date(c.as_of)}, khác ngày tổng "
                                f"hợp {format_date(day)}"))
        per_file[e.n] += mine
        if c.counts is None:
            lines.append(UnitLine(c.unit, c.file, HELD_OUT, None, c.reason, c.as_of))
            continue
        total = total + c.counts
        lines.append(UnitLine(c.unit, c.file, PROBLEM if mine else MERGED, c.counts, "", c.as_of))
    for n, extra in enumerate(file_problems):
        per_file[n] += extra
    problems = tuple(p for n in sorted(per_file) for p in per_file[n])
    return MergeResult(day, tuple(lines), total, problems)
