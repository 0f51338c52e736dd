"""Where long work may stop when the user presses Cancel, and where it may no longer.

The window's worker runs each task inside :func:`cancellable` with the task's own check
(which raises when Cancel was pressed). Code below the window calls :func:`commit_point`
just before the first lasting effect — ``io.atomic`` before a finished file takes its
name, ``Database.write`` before a transaction begins: up to there Cancel leaves nothing
behind; from there on the task runs to its end, so a document is never left without its
audit or register entry, nor an entry without its document. :func:`check` is a stopping
place with no effect of its own. Outside a cancellable task both do nothing (the command
line, tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass
class Scope:
    check: Callable[[], None]
    committed: bool = False  # a write began: the task runs to its end


_scope: ContextVar[Scope | None] = ContextVar("eidroster_cancel_scope", default=None)


@contextmanager
def cancellable(check: Callable[[], None]) -> Iterator[Scope]:
    scope = Scope(check)
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


def check() -> None:
    """Raise (the task's own exception) if Cancel was pressed and nothing was recorded."""
    scope = _scope.get()
    if scope is not None and not scope.committed:
        scope.check()


def commit_point() -> None:
    """The last place to stop: past it the work is finished, not stopped half-way."""
    scope = _scope.get()
    if scope is not None and not scope.committed:
        scope.check()
        scope.committed = True
