"""Errors that carry a message for the user (in Vietnamese).

Messages name *what* and *where* (file, row, column) but never personal data:
no names, birth dates or identity numbers.
"""

from __future__ import annotations


class EidrosterError(Exception):
    """Base class for errors shown to the user. ``message`` is Vietnamese."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(EidrosterError):
    """Bad input: a file, a value, an argument."""


class StorageError(EidrosterError):
    """The database or a file could not be read or written."""


class ConflictError(StorageError):
    """Someone else changed the same record first (optimistic locking)."""
