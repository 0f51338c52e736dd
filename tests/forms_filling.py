"""What a department does to its fill-in form, done with openpyxl as a script (the sheet's
protection and drop-downs only guide Excel's user; a script, like a careless user who
unprotects the sheet, can do anything)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from eidroster.reports.fill_in_form import HEADER_ROW, SHEET

NAME, BIRTH, NUMBER, STATUS, REASON, ACTIVATED, NOTE, KEY = 2, 3, 4, 5, 6, 7, 8, 9


class Form:
    def __init__(self, path) -> None:
        self.path = path
        self.wb = openpyxl.load_workbook(path)
        self.ws = self.wb[SHEET]

    def rows(self) -> list[int]:
        """The rows holding a person (a key or a name), top to bottom."""
        out = []
        for r in range(HEADER_ROW + 1, self.ws.max_row + 1):
            if self.ws.cell(r, KEY).value or self.ws.cell(r, NAME).value:
                out.append(r)
        return out

    def row_of(self, name: str) -> int:
        return next(r for r in self.rows() if self.ws.cell(r, NAME).value == name)

    def value(self, r: int, col: int):
        return self.ws.cell(r, col).value

    def set(self, r: int, col: int, value) -> None:
        self.ws.cell(r, col).value = value

    def resort(self, *, by=NAME, reverse=True, with_key=True) -> None:
        """Sort the people's rows (as Excel's Sort does; ``with_key=False``: a sort that
        left the hidden key column where it was)."""
        rows = self.rows()
        cols = range(1, KEY + 1) if with_key else range(1, KEY)
        values = [[self.ws.cell(r, c).value for c in cols] for r in rows]
        values.sort(key=lambda v: str(v[by - 1]), reverse=reverse)
        for r, row in zip(rows, values, strict=True):
            for c, v in zip(cols, row, strict=True):
                self.ws.cell(r, c).value = v

    def delete(self, r: int) -> None:
        self.ws.delete_rows(r)

    def add(self, name: str, birth: dt.date, number: str, status: str, reason: str = "") -> int:
        """A person typed into the first empty row under the list."""
        r = max(self.rows()) + 1
        self.set(r, NAME, name)
        self.set(r, BIRTH, birth)
        self.set(r, NUMBER, number)
        self.set(r, STATUS, status)
        if reason:
            self.set(r, REASON, reason)
        return r

    def save(self, path=None) -> None:
        self.wb.save(path or self.path)
