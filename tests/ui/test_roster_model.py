"""The in-model sort and filter: after any sequence of small updates the model shows
exactly what a model built from scratch on the same rows shows."""

from __future__ import annotations

import dataclasses
import random

from PySide6.QtCore import Qt

from eidroster.domain.statuses import Bucket, Status
from eidroster.services import roster
from eidroster.ui.roster_keys import (
    COL_DEPT,
    COL_NAME,
    COL_STATUS,
    COL_UPDATED,
    T_L2,
    T_TOTAL,
    RosterFilter,
    prepare_rows,
    sort_key_for,
)
from eidroster.ui.roster_model import RosterModel


def shown(model: RosterModel) -> list[int]:
    return [model.row_at(i).id for i in range(model.rowCount())]


def fresh(rows, column, order, flt) -> RosterModel:
    m = RosterModel()
    m.set_rows(sorted(rows, key=lambda r: r.id))
    m.sort(column, order)
    m.set_filter(dataclasses.replace(flt))
    return m


def test_updates_match_a_fresh_model(app, demo_db):
    rows = roster.list_roster(demo_db)
    rng = random.Random(4)
    model = RosterModel()
    model.set_rows(sorted(rows, key=lambda r: r.id))
    current = {r.id: r for r in rows}
    combos = [
        (COL_NAME, Qt.SortOrder.AscendingOrder, RosterFilter(text="nguyen")),
        (COL_STATUS, Qt.SortOrder.DescendingOrder, RosterFilter(not_level2=True)),
        (COL_DEPT, Qt.SortOrder.AscendingOrder, RosterFilter(without_reason=True, text="thi")),
        (COL_UPDATED, Qt.SortOrder.AscendingOrder, RosterFilter(bucket=Bucket.LEVEL1)),
    ]
    statuses = list(Status)
    for column, order, flt in combos:
        model.sort(column, order)
        model.set_filter(dataclasses.replace(flt))
        for _step in range(6):
            ids = rng.sample(sorted(current), 5)
            changed = [dataclasses.replace(current[i], status=rng.choice(statuses),
                                           justified=rng.random() < 0.5) for i in ids[:3]]
            removed = ids[3:4]
            for r in changed:
                current[r.id] = r
            for i in removed:
                del current[i]
            model.update_rows(changed, removed=removed)
            expected = fresh(list(current.values()), column, order, flt)
            # ties keep the loaded order, which differs after updates: compare sort keys
            assert sorted(shown(model)) == sorted(shown(expected))
            keys = [sort_key_for(column, model.row_at(i), 0) for i in range(model.rowCount())]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
            assert model.tallies == prepare_rows(list(current.values())).tallies


def test_tallies_are_the_report_numbers(app, demo_db):
    from eidroster.services.summary import summary

    model = RosterModel()
    model.set_rows(roster.list_roster(demo_db))
    agg = summary(demo_db)
    assert sum(t[T_TOTAL] for t in model.tallies.values()) == agg.total.total
    assert sum(t[T_L2] for t in model.tallies.values()) == agg.total.level2
