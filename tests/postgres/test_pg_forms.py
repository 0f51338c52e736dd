"""Two HR desks on one PostgreSQL database take the same department's form back at the
same moment (each from its own copy, each answering for a different person): one import
applies it, the other is told and writes nothing — a form is applied once, also when
the two imports do not touch the same people (so no employee row lock orders them)."""

from __future__ import annotations

import threading

import pytest

from eidroster.domain.errors import InputError
from eidroster.domain.statuses import Status
from eidroster.services import forms_return, roster
from eidroster.services.database import open_database
from eidroster.services.forms import issue_forms, list_forms
from eidroster.services.importer import run_import
from eidroster.services.intake import open_list
from tests.forms_filling import STATUS, Form
from tests.services.test_forms import _department, history_count

pytestmark = pytest.mark.postgres


def test_two_desks_take_the_same_form_back_at_once(pg_demo_db, tmp_path, monkeypatch):
    a = pg_demo_db
    b = open_database(a.engine.url.render_as_string(hide_password=False))  # another desk
    try:
        name, _people, waiting = _department(a)
        [form] = issue_forms(a, tmp_path / "phieu", departments=[name])
        copies = []
        for n, person in enumerate(waiting[:2]):  # desk A's copy and desk B's: other people
            f = Form(form.path)
            f.set(f.row_of(person.full_name), STATUS, "Đã kích hoạt mức 2")
            f.save(tmp_path / f"ban-{n}.xlsx")
            copies.append(tmp_path / f"ban-{n}.xlsx")
        loaded = [open_list(a, copies[0]), open_list(b, copies[1])]  # both see it not returned
        before = history_count(a)

        # both have written their rows; both now mark the form returned at once
        barrier = threading.Barrier(2, timeout=20)
        original = forms_return.now

        def meet_then_now():
            barrier.wait()
            return original()

        monkeypatch.setattr(forms_return, "now", meet_then_now)
        outcome: list[object] = [None, None]

        def take_back(i, db):
            try:
                outcome[i] = run_import(db, loaded[i], backup=False)
            except Exception as exc:  # noqa: BLE001 - asserted below
                outcome[i] = exc

        threads = [threading.Thread(target=take_back, args=(i, db))
                   for i, db in enumerate((a, b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        refused = [o for o in outcome if isinstance(o, Exception)]
        assert len(refused) == 1 and isinstance(refused[0], InputError), outcome
        assert "vừa được nhận ở nơi khác" in refused[0].message
        done = next(o for o in outcome if not isinstance(o, Exception))
        assert done.updated == 1 and history_count(a) == before + 1  # only one copy applied
        now = {r.id: r.status for r in roster.list_roster(a, ids=[p.id for p in waiting[:2]])}
        assert sorted(s is Status.LEVEL2 for s in now.values()) == [False, True]
        [state] = [s for s in list_forms(a) if s.file == form.path.name]
        assert state.returned and state.batch_id == done.batch_id
    finally:
        b.close()
