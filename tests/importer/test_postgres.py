"""The import on a real PostgreSQL server (RETURNING ids, no raw SQLite path), with undo."""

from __future__ import annotations

import pytest

from eidroster.domain.statuses import Status
from eidroster.services.database import open_database
from eidroster.services.importer import load_table, reapply_import, revert_import, run_import
from eidroster.services.roster import history, list_roster
from tests.importer.corpus import dmy, people, write_xlsx
from tests.postgres.conftest import pg_server, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres


def test_import_undo_redo_on_postgresql(tmp_path, pg_url):  # noqa: F811
    ps = people(4, seed=81)
    header = ["Họ và tên", "Ngày sinh", "Số CCCD", "Khoa/phòng", "Tình trạng", "Lý do"]
    first = write_xlsx(tmp_path / "a.xlsx", [header] + [
        [p.full_name, dmy(p.birth), p.cccd, p.dept, "Chưa", "nghỉ thai sản"] for p in ps[:3]])
    second = write_xlsx(tmp_path / "b.xlsx", [header] + [
        [p.full_name, dmy(p.birth), p.cccd, p.dept, "Mức 2", None] for p in ps])
    db = open_database(pg_url)
    try:
        assert run_import(db, load_table(first)).added == 3
        before = sorted((r.id_number, r.status, r.reason) for r in list_roster(db))
        result = run_import(db, load_table(second))
        assert (result.added, result.updated) == (1, 3)
        after = sorted((r.id_number, r.status, r.reason) for r in list_roster(db))
        assert all(status is Status.LEVEL2 for _, status, _ in after) and len(after) == 4
        revert_import(db, result.batch_id)
        assert sorted((r.id_number, r.status, r.reason) for r in list_roster(db)) == before
        reapply_import(db, result.batch_id)
        rows = list_roster(db)
        assert sorted((r.id_number, r.status, r.reason) for r in rows) == after
        for r in rows:  # the redone import's status changes are back in the history
            assert len(history(db, r.id)) == (1 if r.id_number == ps[3].cccd else 2)
    finally:
        db.close()
