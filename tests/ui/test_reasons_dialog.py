"""Issue 13, point 6: re-classifying a reason asks from which date and says how many
people it applies to; reports before that date keep the old classification."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eidroster.services import reasons
from eidroster.services.summary import summary
from eidroster.ui.reasons_dialog import ReasonsDialog

from .conftest import on_next_dialog

TODAY = dt.date.today()


def test_reclassify_from_a_typed_date(app, demo_db, qtbot):
    info = max((r for r in reasons.list_reasons(demo_db) if r.justified),
               key=lambda r: r.people_now)
    assert info.people_now > 0
    day = TODAY - dt.timedelta(days=7)
    before_day = summary(demo_db, day - dt.timedelta(days=1)).total.with_reason
    before_now = summary(demo_db, TODAY).total.with_reason
    dlg = ReasonsDialog(demo_db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    row = next(r for r in range(dlg.model.rowCount()) if dlg.model.item(r, 0).text() == info.label)
    assert dlg.model.item(row, 2).text() == str(info.people_now)  # Số người hiện có
    dlg.activateWindow()
    dlg.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.view, timeout=3000)
    dlg.view.selectRow(row)
    seen = {}

    def edit(box):
        seen["hidden_first"] = not box.from_date.isVisible()
        box.activateWindow()
        box.justified.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box.justified, timeout=3000)
        qtbot.keyClick(box.justified, Qt.Key.Key_Space)  # chính đáng -> không
        seen["shown"] = box.from_date.isVisible()
        seen["default"] = box.from_date.date()
        seen["applies"] = box.applies.text()
        box.from_date.line.setFocus()
        qtbot.keyClick(box.from_date.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box.from_date.line, f"{day.day}-{day.month}-{day.year}")
        qtbot.keyClick(box.from_date.line, Qt.Key.Key_Return)

    on_next_dialog(edit)
    qtbot.keyClick(dlg.view, Qt.Key.Key_Return)  # Enter on a reason edits it
    assert seen["hidden_first"] and seen["shown"] and seen["default"] == TODAY
    assert f"{info.people_now} người" in seen["applies"]
    assert reasons.classification_history(demo_db, info.id)[-1] == (day, False)
    assert summary(demo_db, day - dt.timedelta(days=1)).total.with_reason == before_day
    assert summary(demo_db, TODAY).total.with_reason == before_now - info.people_now
    assert dlg.model.item(row, 1).text() == "Không"
