"""Is a database file's whole schema the one eidroster made at its version?

A file that only has the right table names could be swapped in over the real database
and fail later; a trigger or a view inside a backup would survive a restore and fire.
So before a restore the candidate's schema is compared with the schema the program's own
migrations build at the candidate's version, in an empty in-memory database: tables,
columns (name, type, NOT NULL, default, primary key), indexes (name, uniqueness,
columns), foreign keys, and no trigger or view at all. The reference follows every new
migration by itself; nothing here lists a column.

The unit's settings inside the candidate must pass the same validation as ``settings
set`` (a 2.000-character unit name would break every PDF export after the restore).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import sqlalchemy as sa

from eidroster.db import migrations
from eidroster.domain.errors import InputError
from eidroster.io.files import shown


@dataclass(frozen=True)
class Schema:
    #: table -> (columns, indexes, foreign keys)
    tables: dict[str, tuple[tuple, frozenset, frozenset]]
    #: (type, name) of triggers and views
    others: frozenset[tuple[str, str]]


def describe(con) -> Schema:
    """The schema of an open DB-API connection (SQLite's own tables left out)."""
    tables = {}
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' ORDER BY name")]
    for t in names:
        q = t.replace('"', '""')
        cols = tuple((r[1], str(r[2]).upper(), int(r[3]), r[4], int(r[5]))
                     for r in con.execute(f'PRAGMA table_info("{q}")'))
        indexes = set()
        for r in con.execute(f'PRAGMA index_list("{q}")'):
            iq = str(r[1]).replace('"', '""')
            members = tuple(x[2] for x in con.execute(f'PRAGMA index_info("{iq}")'))
            indexes.add((r[1], int(r[2]), members))
        fks = frozenset((r[2], r[3], r[4], r[5], r[6])
                        for r in con.execute(f'PRAGMA foreign_key_list("{q}")'))
        tables[t] = (cols, frozenset(indexes), fks)
    others = frozenset((r[0], r[1]) for r in con.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"))
    return Schema(tables, others)


@functools.lru_cache(maxsize=8)
def expected(version: int) -> Schema:
    """The schema eidroster's migrations build at ``version`` (cached per version)."""
    engine = sa.create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            for v in range(1, version + 1):
                migrations.MIGRATIONS[v](conn)
        with engine.connect() as conn:
            return describe(conn.connection.dbapi_connection)
    finally:
        engine.dispose()


def problem(actual: Schema, want: Schema) -> str | None:
    """What differs, in Vietnamese (the first difference found), or None."""
    if actual.others:
        kind, name = sorted(actual.others)[0]
        word = "trình kích hoạt (trigger)" if kind == "trigger" else "khung nhìn (view)"
        return f"có {word} lạ «{shown(name, 40)}» mà eidroster không bao giờ tạo"
    for t in sorted(want.tables):
        if t not in actual.tables:
            return f"thiếu bảng {t}"
    for t in sorted(actual.tables):
        if t not in want.tables:
            return f"có bảng lạ «{shown(t, 40)}»"
    for t in sorted(want.tables):
        cols, idx, fks = actual.tables[t]
        wcols, widx, wfks = want.tables[t]
        if cols != wcols:
            have = {c[0]: c for c in cols}
            for c in wcols:
                if c[0] not in have:
                    return f"bảng {t} thiếu cột {c[0]}"
                if have[c[0]] != c:
                    return f"cột {t}.{c[0]} có kiểu hoặc ràng buộc khác"
            extra = [c[0] for c in cols if c[0] not in {w[0] for w in wcols}]
            if extra:
                return f"bảng {t} có cột lạ «{shown(extra[0], 40)}»"
            return f"các cột của bảng {t} sai thứ tự"
        if idx != widx:
            return f"chỉ mục (index) của bảng {t} khác"
        if fks != wfks:
            return f"khóa ngoại của bảng {t} khác"
    return None


def check_schema(con, version: int, name: str) -> None:
    """Raise InputError unless ``con``'s schema is exactly eidroster's at ``version``."""
    if version not in migrations.MIGRATIONS:
        raise InputError(f"Tệp {name} ghi phiên bản cấu trúc v{version} không có trong eidroster")
    found = problem(describe(con), expected(version))
    if found:
        raise InputError(
            f"Tệp {name} không có đúng cấu trúc dữ liệu của eidroster (v{version}): {found}. "
            "Tệp không được dùng để khôi phục"
        )


def check_settings(con, name: str) -> None:
    """Every known setting in the candidate passes ``settings set``'s validation."""
    from eidroster.services.settings import SETTING_KEYS, validate_setting

    for key, value in con.execute("SELECT key, value FROM settings"):
        if not isinstance(value, str) or len(value) > 100_000:
            raise InputError(f"Tệp {name} có thiết lập «{shown(key, 40)}» không hợp lệ")
        if key not in SETTING_KEYS:
            continue  # the program's own bookkeeping (created_at …)
        try:
            cleaned = validate_setting(key, value)
        except InputError as exc:
            raise InputError(
                f"Tệp {name} có thiết lập không hợp lệ: {exc.message}. Tệp không được dùng để "
                "khôi phục (hãy sửa thiết lập trong bản gốc rồi sao lưu lại)"
            ) from exc
        if cleaned != value:
            raise InputError(
                f"Tệp {name} có thiết lập «{key}» chứa ký tự điều khiển hoặc khoảng trắng "
                "thừa mà chương trình không bao giờ lưu; tệp không được dùng để khôi phục"
            )
