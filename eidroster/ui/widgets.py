"""Small widget builders shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK / Cancel wired to ``dialog``'s accept / reject, OK labelled ``ok_text`` (already
    translated by the caller), Cancel labelled "Hủy"."""
    buttons = QDialogButtonBox(_OK | _CANCEL)
    buttons.button(_OK).setText(ok_text)
    buttons.button(_CANCEL).setText(QCoreApplication.translate("Dialog", "Hủy"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
