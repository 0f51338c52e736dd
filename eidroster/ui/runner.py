"""The long-work runner: one place that runs work on the worker thread and shows it.

Every slow job of the window (loading the roster, a bulk change and its undo, an
export) goes through :meth:`TaskRunner.run_task`: the function runs on the single
worker thread (``workers``), the window stays live, and if the work lasts longer than
``PROGRESS_DELAY_MS`` a progress bar with a Cancel button appears in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from eidroster.ui import workers

PROGRESS_DELAY_MS = 400  # show the progress bar only for work longer than this


class TaskRunner(QObject):
    """Runs ``fn(task)`` off the GUI thread and reports back on it."""

    error = Signal(str)  # a failure nobody asked to handle: the window shows it
    idle = Signal()  # the last running task ended (finished, failed or cancelled)

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self._tasks: list[workers.Task] = []
        self._held = 0
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.setObjectName("cancelWork")
        self.cancel_button.setAccessibleName(self.tr("Hủy việc đang chạy"))
        self.cancel_button.clicked.connect(self.cancel_work)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.hide()
            status_bar.addWidget(w)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_progress)

    def run_task(self, label: str, fn: Callable[[workers.Task], Any],
                 on_done: Callable[[Any], None], *, cancellable: bool = True,
                 on_failed: Callable[[str], None] | None = None,
                 on_cancelled: Callable[[], None] | None = None) -> workers.Task:
        """Run ``fn(task)`` on the worker thread; ``on_done(result)`` back on this thread.
        A progress bar with Cancel appears if the work lasts longer than 0.4 s."""
        task = workers.Task(label, self)
        self._tasks.append(task)

        def finish() -> None:
            if task in self._tasks:
                self._tasks.remove(task)
            self._hide_progress()

        def done(result: object) -> None:
            finish()
            on_done(result)

        def failed(message: str) -> None:
            finish()
            if on_failed is not None:
                on_failed(message)
            else:
                self.error.emit(message)

        def cancelled() -> None:
            finish()
            self.status_bar.showMessage(self.tr("Đã hủy: {what}").format(what=label), 4000)
            if on_cancelled is not None:
                on_cancelled()

        # The receivers are this object's bound slots, so Qt queues them to the GUI thread.
        task._on_done = done  # type: ignore[attr-defined]
        task._on_failed = failed  # type: ignore[attr-defined]
        task._on_cancelled = cancelled  # type: ignore[attr-defined]
        task.finished.connect(self._task_finished)
        task.failed.connect(self._task_failed)
        task.cancelled.connect(self._task_cancelled)
        task.progress.connect(self._task_progress)
        self.cancel_button.setEnabled(cancellable)
        self.progress_label.setText(label)
        self.progress.setRange(0, 0)
        self._progress_timer.start(PROGRESS_DELAY_MS)
        workers.start(task, fn)
        return task

    def _task_finished(self, result: object) -> None:
        self.sender()._on_done(result)  # type: ignore[union-attr]

    def _task_failed(self, message: str) -> None:
        self.sender()._on_failed(message)  # type: ignore[union-attr]

    def _task_cancelled(self) -> None:
        self.sender()._on_cancelled()  # type: ignore[union-attr]

    def _task_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _show_progress(self) -> None:
        if self._tasks:
            self.progress_label.setText(self._tasks[-1].label)
            for w in (self.progress_label, self.progress, self.cancel_button):
                w.show()

    def _hide_progress(self) -> None:
        if not self._tasks:
            self._progress_timer.stop()
            for w in (self.progress_label, self.progress, self.cancel_button):
                w.hide()
            self.idle.emit()

    def cancel_work(self) -> None:
        for task in self._tasks:
            task.cancel()

    def hold(self) -> None:
        """GUI-side work that continues a task over several event-loop turns (showing a
        bulk change in slices): the window counts as busy until :meth:`release`."""
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)
        if not self.busy():
            self.idle.emit()

    def busy(self) -> bool:
        return bool(self._tasks) or self._held > 0

    def shutdown(self, msecs: int = 30000) -> None:
        """Stop background work (before the database closes)."""
        self.cancel_work()
        workers.wait_all(msecs)
