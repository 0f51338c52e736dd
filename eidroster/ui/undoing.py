"""Undo and redo on the worker thread, saying what was undone.

``QUndoStack.undo()`` runs a command's undo on the GUI thread: at 100,000 people the
undo of a bulk change or an import froze the window for seconds. Here the Hoàn tác /
Làm lại actions first run the command's database half on the worker
(:meth:`ui.undo._Command.prepare`, with the progress bar), then let the stack call
``undo()``/``redo()``, which only shows the rows read back. The status bar then says
what was undone or redone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from eidroster.ui.runner import TaskRunner
from eidroster.ui.undo import _Command


def shortcuts(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Key sequences without duplicates (a platform's standard key may already be one
    of the extra ones, e.g. Ctrl+Y for Redo on Windows)."""
    out: list[QKeySequence] = []
    for key in keys:
        seqs = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) \
            else [QKeySequence(key)]
        for seq in seqs:
            if not seq.isEmpty() and seq not in out:
                out.append(seq)
    return out


class UndoRunner(QObject):
    message = Signal(str)  # "Đã hoàn tác: …" for the status bar

    def __init__(self, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        # the stack is this object's child: destroyed after this object stopped listening
        self.stack = stack = QUndoStack(self)
        stack.setUndoLimit(200)
        self.runner = runner
        self._running = False
        self.undo_action = QAction(window)
        self.undo_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(window)
        # Ctrl+Y as well: Excel users press it (Qt's standard Redo on Linux is Ctrl+Shift+Z)
        self.redo_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Y"))
        self.undo_action.triggered.connect(lambda _c=False: self.undo())
        self.redo_action.triggered.connect(lambda _c=False: self.redo())
        stack.indexChanged.connect(self._index_changed)
        self._update()

    @Slot(int)
    def _index_changed(self, _index: int) -> None:
        self._update()

    def _update(self) -> None:
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        undo_word, redo_word = self.tr("&Hoàn tác"), self.tr("&Làm lại")
        self.undo_action.setText(f"{undo_word} {undo_text}".strip())
        self.redo_action.setText(f"{redo_word} {redo_text}".strip())
        self.undo_action.setEnabled(self.stack.canUndo() and not self._running)
        self.redo_action.setEnabled(self.stack.canRedo() and not self._running)

    def undo(self) -> None:
        if self.stack.canUndo() and not self._running:
            self._step(self.stack.index() - 1, undo=True)

    def redo(self) -> None:
        if self.stack.canRedo() and not self._running:
            self._step(self.stack.index(), undo=False)

    def _step(self, index: int, undo: bool) -> None:
        command = self.stack.command(index)
        text = command.text()
        if undo:
            label = self.tr("Đang hoàn tác: {what}").format(what=text)
            done = self.tr("Đã hoàn tác: {what}").format(what=text)
        else:
            label = self.tr("Đang làm lại: {what}").format(what=text)
            done = self.tr("Đã làm lại: {what}").format(what=text)

        def finish(_result: object = None) -> None:
            self._running = False
            failed = isinstance(command, _Command) and command.failed_ahead
            (self.stack.undo if undo else self.stack.redo)()  # may delete a failed command
            self._update()
            if not failed:
                self.message.emit(done)

        if not isinstance(command, _Command):
            finish()
            return
        self._running = True
        self._update()
        # the database half cannot be stopped once it runs (one transaction): no Cancel
        self.runner.run_task(label, lambda _task: command.prepare(undo), finish, cancellable=False)
