"""Where the roster tab's rows come from: the full load on the worker thread and the
re-read of a few rows after an edit (a query by id, ~10 ms).

``RosterData`` feeds ``RosterView`` (``ui/roster_view.py``); every flow that changed
something calls :meth:`RosterData.refresh_rows` (or :meth:`reload`) and the view, the
department counts and the dashboard follow.
"""

from __future__ import annotations

import copy
import gc
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from eidroster.domain.errors import EidrosterError
from eidroster.services import audit, roster
from eidroster.services import settings as settings_service
from eidroster.services.database import Database
from eidroster.services.employment import EmploymentPeriod, employment_history
from eidroster.services.roster import DepartmentInfo, HistoryEntry, ReasonInfo, RosterRow
from eidroster.ui import workers
from eidroster.ui.i18n import format_int
from eidroster.ui.roster_keys import PreparedRoster, RosterFilter, prepare_rows
from eidroster.ui.roster_view import RosterView
from eidroster.ui.runner import TaskRunner


@dataclass(frozen=True, slots=True)
class LoadedRoster:
    prepared: PreparedRoster
    departments: list[DepartmentInfo]
    reasons: list[ReasonInfo]
    unit_name: str = ""
    latest_event: int = -1  # the newest audit entry before the rows were read

    @property
    def rows(self) -> list[RosterRow]:
        return self.prepared.rows


def load_roster(db: Database, task: workers.Task | None = None,
                flt: RosterFilter | None = None) -> LoadedRoster:
    """Everything the roster tab needs, keys and counts included (worker thread).

    The cyclic garbage collector is paused while the ~1M objects of a 100k roster are
    created: its full passes over a growing heap stopped the GUI thread for 60–110 ms
    every half second. Afterwards the loaded objects are frozen (never scanned again)."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        with db.read() as s:  # first: a change made while the rows are read reloads them
            latest_event = audit.latest_event_id(s)
        rows = roster.list_roster(db)
        if task is not None:
            task.check()
        prepared = prepare_rows(rows, flt=flt)
        # the unit's departments in its order (counts come from the rows, kept up to date)
        loaded = LoadedRoster(prepared, roster.list_departments(db, counts=False),
                              roster.list_reasons(db),
                              settings_service.get_settings(db).get("unit_name", ""),
                              latest_event)
    finally:
        if gc_was_enabled:
            gc.freeze()
            gc.enable()
    return loaded


WATCH_MS = 4000  # how often the newest audit entry is checked (one tiny query)
SLICE = 1000  # rows applied per event-loop turn (~10-30 ms each)


class RosterData(QObject):
    """Loads the roster into the view and keeps it current after each change."""

    loaded = Signal(str)  # a full load was shown; the unit's name
    rows_changed = Signal()  # some rows were re-read (the dashboard is out of date)
    error = Signal(str)

    def __init__(self, db: Callable[[], Database], view: RosterView, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.view = view
        self.runner = runner
        self.reasons: list[ReasonInfo] = []
        self.is_loaded = False
        self._generation = 0
        self._changed_since_load: set[int] | None = None
        # changes made elsewhere (another window, another user): the newest audit entry
        # is watched every few seconds; a change this window did not make reloads it
        self._seen_event = -1
        self._own_change = False
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._check_elsewhere)

    def note_own_change(self) -> None:
        """This window wrote something that needs no reload (an audit entry)."""
        self._own_change = True

    def watch_elsewhere(self, on: bool = True) -> None:
        if on:
            self._watch.start()
        else:
            self._watch.stop()

    def _check_elsewhere(self) -> None:
        if self.runner.busy() or not self.is_loaded:
            return
        db = self._db()

        def latest(_task) -> int:
            with db.read() as s:
                return audit.latest_event_id(s)

        def seen(event_id: int) -> None:
            before, own = self._seen_event, self._own_change
            self._seen_event, self._own_change = event_id, False
            if before >= 0 and event_id != before and not own:
                self.runner.status_bar.showMessage(
                    self.tr("Dữ liệu vừa được thay đổi ở nơi khác: đang tải lại"), 6000)
                self.reload()

        self.runner.run_task(self.tr("Đang kiểm tra thay đổi…"), latest, seen,
                             on_failed=lambda _message: None)

    @property
    def departments(self) -> list[DepartmentInfo]:
        return self.view.departments

    def reload(self, block: bool = False) -> None:
        """Load the whole roster again (on the worker thread unless ``block``)."""
        self._generation += 1
        self._own_change = True  # a reload shows everything: the next check only records
        generation = self._generation
        self._changed_since_load = set()
        db = self._db()
        flt = copy.copy(self.view.model.current_filter())  # its mask is made on the worker
        if block:
            try:
                data = load_roster(db, flt=flt)
            except EidrosterError as exc:
                self.error.emit(exc.message)
                return
            self._loaded(generation, data)
            return
        self.runner.run_task(self.tr("Đang tải danh sách…"), lambda task: load_roster(db, task, flt),
                             lambda data: self._loaded(generation, data), cancellable=True)

    def _loaded(self, generation: int, data: LoadedRoster) -> None:
        if generation != self._generation:
            return  # a newer load was started
        view = self.view
        self.reasons = data.reasons
        view.set_reasons(data.reasons)
        selected = view.selected_ids()
        view.model.set_rows(data.prepared)
        changed = self._changed_since_load
        self._changed_since_load = None
        # what the rows shown include: a later change elsewhere reloads them, even one
        # made before this window's first check (it was missed until the next change)
        self._seen_event, self._own_change = data.latest_event, bool(changed)
        if changed:
            self._reread(sorted(changed))  # edits made while the load was running
        view.set_departments(data.departments)
        view.select_ids(selected)
        self.is_loaded = True
        self.runner.status_bar.showMessage(
            self.tr("Đã tải {n} nhân viên").format(n=format_int(len(data.rows))), 4000)
        self.loaded.emit(data.unit_name)

    def refresh_rows(self, ids: list[int]) -> None:
        """Re-read a few employees after a change (synchronous, by id)."""
        if not ids:
            return
        try:
            rows = roster.list_roster(self._db(), ids=ids)
        except EidrosterError as exc:
            self.error.emit(exc.message)
            return
        self.apply_rows(ids, rows)

    def refresh_rows_later(self, ids: list[int]) -> None:
        """Re-read many employees on the worker thread (after a refused bulk change)."""
        db = self._db()
        self.runner.run_task(self.tr("Đang tải lại các dòng đã chọn…"),
                             lambda _task: roster.list_roster(db, ids=ids),
                             lambda rows: self.apply_rows(ids, rows))

    def apply_rows(self, ids: list[int], rows: list[RosterRow]) -> None:
        """Show ``rows`` read back for ``ids`` (an id without a row was deleted).

        Many rows (a bulk change) are applied in slices of ``SLICE`` rows, one per turn
        of the event loop, so that the window never stalls long; the runner counts as
        busy until the last slice is shown."""
        if not ids:
            return
        self._own_change = True  # this window's own write: no reload for it
        if self._changed_since_load is not None:
            self._changed_since_load.update(ids)
        model = self.view.model
        if len(rows) <= SLICE or len(rows) != len(ids) or not model.can_replace(rows):
            self._apply(ids, rows)
            self._shown()
            return
        self.runner.hold()
        slices = [rows[k:k + SLICE] for k in range(0, len(rows), SLICE)]

        def step() -> None:
            if self.view.model is not model:
                self.runner.release()
                return
            model.replace_values(slices.pop(0))
            if slices:
                QTimer.singleShot(0, step)
                return
            model.refresh_layout()
            self._shown()
            self.runner.release()

        step()

    def _shown(self) -> None:
        self.view.refresh_counts()
        self.rows_changed.emit()

    def _apply(self, ids: list[int], rows: list[RosterRow]) -> None:
        found = {r.id for r in rows}
        self.view.model.update_rows(rows, removed=[i for i in ids if i not in found])

    def _reread(self, ids: list[int]) -> None:
        try:
            self._apply(ids, roster.list_roster(self._db(), ids=ids))
        except EidrosterError as exc:
            self.error.emit(exc.message)

    def history(self, employee_id: int) -> list[HistoryEntry]:
        try:
            return roster.history(self._db(), employee_id)
        except EidrosterError:
            return []

    def employment(self, employee_id: int) -> list[EmploymentPeriod]:
        """Joined, moved, left: the person's employment events, newest first."""
        try:
            return employment_history(self._db(), employee_id)
        except EidrosterError:
            return []
