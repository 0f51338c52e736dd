"""Background work: a function runs on a worker thread while the window stays live.

``Task`` is handed to the function so that it can report progress and notice a
cancel; the caller gets ``finished(result)`` or ``failed(message)`` back on the GUI
thread. A cancelled task's result is dropped (``cancelled`` is emitted instead).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from eidroster.domain import cancel
from eidroster.domain.errors import EidrosterError


class Cancelled(Exception):
    """Raised by :meth:`Task.check` inside the worker when the user pressed Cancel."""


class Task(QObject):
    progress = Signal(int, int)  # done, total (total 0 = unknown)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._cancel = threading.Event()
        self.done = False

    # called from the worker thread
    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # called from the GUI thread
    def cancel(self) -> None:
        self._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Task], Any]) -> None:
        super().__init__()
        self.task = task
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            with cancel.cancellable(task.check) as scope:
                result = self.fn(task)
        except Cancelled:
            task.done = True
            task.cancelled.emit()
            return
        except EidrosterError as exc:
            task.done = True
            task.failed.emit(exc.message)
            return
        except Exception:  # noqa: BLE001 - shown to the user without a traceback
            traceback.print_exc()
            task.done = True
            task.failed.emit("Lỗi không mong muốn khi xử lý; chưa có gì bị thay đổi dở dang")
            return
        task.done = True
        if task.is_cancelled and not scope.committed:  # past a write it was finished
            task.cancelled.emit()
        else:
            task.finished.emit(result)


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """One worker thread: database work runs in order, one job at a time."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def start(task: Task, fn: Callable[[Task], Any]) -> Task:
    pool().start(_Runnable(task, fn))
    return task


def wait_all(msecs: int = 30000) -> bool:
    return pool().waitForDone(msecs)
