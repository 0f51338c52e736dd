"""Departments' returned fill-in forms, one or many at once, read as one table for the
ordinary import: each row known by its hidden key (re-sorted, re-typed rows still find
their person), dated by its form (or by the "Ngày kích hoạt" the department wrote), new
people from the empty rows at the bottom, and the forms marked returned in the import's
own transaction — a form returned twice is applied once."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from eidroster.db.models import Department, DepartmentForm, Employee
from eidroster.domain.errors import InputError
from eidroster.domain.text import clean_text, fold, format_date, join_name
from eidroster.io.spreadsheet import SPREADSHEET_SUFFIXES, Sheet, read_sheet, sheet_names
from eidroster.reports.fill_in_form import KEY_HEADER, LISTS_SHEET, MARK, SHEET
from eidroster.services.audit import record_event
from eidroster.services.bulk import now
from eidroster.services.database import Database, current_user
from eidroster.services.forms import batch_undone_in
from eidroster.services.importer import Column, Field, LoadedTable, RowIssue, TableLayout
from eidroster.services.importer.parse import ERROR, WARNING
from eidroster.services.importer.table import detect_layout, is_empty_row
from eidroster.services.importer.values import ValueProblem, parse_date

ACTION_RETURNED = "forms_returned"
TABLE_NAME = "Phiếu khoa/phòng nộp lại"
_KEY = re.compile(r"^([0-9a-f]{10})-(\d{1,12})$")
_COLUMNS = (
    Column(0, "Phiếu (khoa/phòng)", None), Column(1, "Dòng trong phiếu", None),
    Column(2, "Họ và tên", Field.FULL_NAME), Column(3, "Ngày sinh", Field.BIRTH_DATE),
    Column(4, "Số định danh", Field.ID_NUMBER), Column(5, "Khoa/phòng", Field.DEPARTMENT),
    Column(6, "Tình trạng", Field.STATUS), Column(7, "Lý do", Field.REASON),
    Column(8, "Ghi chú", Field.NOTE), Column(9, "Ngày của tình trạng", Field.ROW_DATE),
)
#: the fields read from a returned form's own columns
_READ = (Field.FULL_NAME, Field.BIRTH_DATE, Field.ID_NUMBER, Field.STATUS, Field.REASON,
         Field.NOTE, Field.ROW_DATE)


@dataclass(frozen=True)
class FormsTable(LoadedTable):
    """A LoadedTable that knows, for each of its rows, the form file and row it came from."""

    origins: Mapping[int, tuple[str, int]] = field(default_factory=dict)  # row -> (file, row)

    def describe_issue(self, issue: RowIssue) -> str:
        """"Phiếu X.xlsx, dòng 12: …" for a message about one of the forms' rows."""
        where = self.origins.get(issue.row) if issue.row is not None else None
        if where is None:
            return issue.text()
        return f"Phiếu {where[0]}, dòng {where[1]}: {issue.message}"

    def relocate(self, out: dict) -> dict:
        """The import's --json with each row number as the form's own, beside its file."""
        for key in ("rejected", "warnings", "skipped", "conflicts", "repairs"):
            for entry in out.get(key, []):
                where = self.origins.get(entry.get("row"))
                if where is not None:
                    entry["file"], entry["row"] = where
        return out


@dataclass(frozen=True, slots=True)
class _Meta:
    path: Path
    token: str
    sha256: str


def is_form(path: str | Path) -> bool:
    """A form issued by eidroster (its hidden sheet carries the mark)."""
    p = Path(path)
    if p.suffix.lower() not in SPREADSHEET_SUFFIXES or p.suffix.lower() == ".csv":
        return False
    try:
        if LISTS_SHEET not in sheet_names(p):
            return False
        rows = read_sheet(p, LISTS_SHEET).rows
    except InputError:
        return False
    return len(rows) > 1 and len(rows[0]) > 3 and rows[0][3] == MARK


def _meta(p: Path) -> _Meta:
    rows = read_sheet(p, LISTS_SHEET).rows
    token = str(rows[1][3]) if len(rows) > 1 and len(rows[1]) > 3 else ""
    try:
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {p}") from exc
    return _Meta(p, token, digest)


def load_forms(db: Database, paths: Sequence[str | Path]) -> FormsTable:
    """Read returned forms. Raises InputError for a file that is not one of this
    database's forms, or when every form given was already applied."""
    metas = []
    for raw in paths:
        p = Path(raw)
        if not is_form(p):
            raise InputError(f"Tệp {p.name} không phải phiếu khoa/phòng do eidroster phát ra; "
                             "chỉ nhập nhiều tệp một lần được với các phiếu")
        metas.append(_meta(p))
    with db.read() as s:
        records = {r.token: r for r in s.scalars(sa.select(DepartmentForm).where(
            DepartmentForm.token.in_([m.token for m in metas])))}
        undone = batch_undone_in(s, [r.batch_id for r in records.values() if r.batch_id])
        names = dict(s.execute(sa.select(Department.id, Department.name)).all())
    warnings: list[RowIssue] = []
    taken: list[tuple[_Meta, DepartmentForm]] = []
    for m in metas:
        record = records.get(m.token)
        if record is None:
            raise InputError(f"Phiếu {m.path.name} không do cơ sở dữ liệu này phát ra (không có "
                             "mã phiếu của nó); hãy nhập phiếu vào đúng cơ sở dữ liệu")
        if record.returned_at is not None and record.batch_id not in undone:
            warnings.append(RowIssue(None, "", (
                f"Phiếu {m.path.name} ({names.get(record.department_id, '')}, ngày "
                f"{format_date(record.as_of)}) đã được nhận lúc "
                f"{record.returned_at:%d/%m/%Y %H:%M}: không áp dụng lại")))
        elif any(t.token == m.token for t, _r in taken):
            warnings.append(RowIssue(None, "", (
                f"Phiếu {m.path.name} là bản thứ hai của cùng một phiếu: chỉ áp dụng một lần")))
        else:
            taken.append((m, record))
    if not taken:
        raise InputError(" ".join(w.message for w in warnings) or "Không có phiếu nào để nhập")
    return _table(db, taken, names, warnings)


def _table(db: Database, taken: list[tuple[_Meta, DepartmentForm]], names: dict[int, str],
           warnings: list[RowIssue]) -> FormsTable:
    latest = max(r.as_of for _m, r in taken)
    rows: list[list] = [[f"Phiếu khoa/phòng tính đến ngày {format_date(latest)}"],
                        [c.header for c in _COLUMNS]]
    notes: dict[int, tuple[tuple[str, str], ...]] = {}
    keys: dict[int, int] = {}
    origins: dict[int, tuple[str, int]] = {}
    issued = {m.token: {int(i) for i in r.employee_ids.split(",") if i} for m, r in taken}
    people = _people(db, sorted(set().union(*issued.values())))
    for meta, record in taken:
        sheet = _data_sheet(meta.path)
        layout = detect_layout(sheet)
        key_col = _key_column(sheet, layout, meta)
        seen: set[int] = set()
        for r in range(layout.data_start, layout.data_end):
            cells = sheet.rows[r]
            if is_empty_row(cells):
                continue
            got = {f: _cell(cells, layout.col_of(f)) for f in _READ}
            key = clean_text(_cell(cells, key_col))
            if not key and not any(got[f] is not None for f in _READ):
                continue  # only a row number
            index = len(rows)
            origins[index + 1] = (meta.path.name, r + 1)
            m = _KEY.match(key)
            if m is not None and m[1] == meta.token:
                seen.add(int(m[2]))  # on the returned form, even if the row is refused
            row, row_notes, emp = _row(got, key, meta, record, issued[meta.token], people,
                                       names.get(record.department_id, ""))
            rows.append([names.get(record.department_id, ""), r + 1, *row])
            if emp is not None:
                keys[index] = emp
            if row_notes:
                notes[index] = tuple(row_notes)
        missing = len(issued[meta.token] - seen)
        if missing:
            warnings.append(RowIssue(None, "", (
                f"Phiếu {meta.path.name}: {missing} người có trong phiếu phát ra nhưng không "
                "còn trong phiếu nộp lại (dòng bị xóa): giữ nguyên tình trạng của họ")))
    layout = TableLayout(TABLE_NAME, (1,), 2, len(rows), _COLUMNS,
                         mapping={c.field: c.index for c in _COLUMNS if c.field is not None})
    first = taken[0][0].path
    path = first if len(taken) == 1 else first.parent / f"{len(taken)} phiếu khoa-phòng"
    return FormsTable(path, Sheet(TABLE_NAME, rows), layout, (TABLE_NAME,), None,
                      tuple(warnings), row_notes=notes, row_keys=keys,
                      on_import=_recorder([(m, r.id) for m, r in taken]), origins=origins)


def _row(got: dict, key: str, meta: _Meta, record: DepartmentForm, issued: set[int],
         people: dict[int, tuple[str, str, dt.date | None]], department: str):
    """The table's cells for one row of a form, what its row must say, and the person
    its key names (None: a row the department added, or a key that cannot be used)."""
    row_date = got[Field.ROW_DATE] if got[Field.ROW_DATE] is not None else record.as_of
    answers = [got[Field.STATUS], got[Field.REASON], got[Field.NOTE], row_date]
    if not key:  # a person the department added at the bottom
        number = clean_text(got[Field.ID_NUMBER])
        notes = []
        if "*" in number:
            notes.append((ERROR, "Số định danh bị che (có dấu *): dòng này được chép từ một "
                                 "dòng có sẵn nhưng mất mã dòng; hãy ghi đủ 12 số"))
        return ([got[Field.FULL_NAME], got[Field.BIRTH_DATE], got[Field.ID_NUMBER], department,
                 *answers], notes, None)
    m = _KEY.match(key)
    blank = [None, None, None, None]
    if m is None:
        return blank + answers, [(ERROR, "Mã dòng bị sửa: không biết dòng này là của ai")], None
    token, emp = m[1], int(m[2])
    if token != meta.token:
        return blank + answers, [(ERROR, (
            "Mã dòng thuộc một phiếu khác (dòng được chép từ phiếu khác?): không ghi dòng "
            "này"))], None
    if emp not in issued:
        return blank + answers, [(ERROR, "Mã dòng không thuộc phiếu này: không ghi dòng này")], \
            None
    known = people.get(emp)
    if known is None:
        return blank + answers, [], emp  # deleted since: the importer says so
    name, key_name, birth = known
    notes = []
    typed = clean_text(got[Field.FULL_NAME])
    if typed and fold(typed) != key_name:
        typed_birth = _date(got[Field.BIRTH_DATE])
        if typed_birth is None or typed_birth != birth:
            return blank + answers, [(ERROR, (
                "Họ tên, ngày sinh ở dòng này khác với người mà mã dòng chỉ tới (dòng bị chép "
                "lệch?): không ghi dòng này"))], None
        notes.append((WARNING, "Họ tên ở dòng này được gõ khác danh sách: giữ họ tên trong "
                               "danh sách"))
    return [name, None, None, None, *answers], notes, emp


def _people(db: Database, ids: list[int]) -> dict[int, tuple[str, str, dt.date | None]]:
    e = Employee.__table__
    out = {}
    with db.read() as s:
        for start in range(0, len(ids), 500):
            q = sa.select(e.c.id, e.c.ho, e.c.dem, e.c.ten, e.c.search_key, e.c.birth_date) \
                .where(e.c.id.in_(ids[start:start + 500]))
            for i, ho, dem, ten, key, birth in s.execute(q):
                out[i] = (join_name(ho, dem, ten), key, birth)
    return out


def _data_sheet(p: Path) -> Sheet:
    names = sheet_names(p, visible_only=True)
    return read_sheet(p, SHEET if SHEET in names else (names[0] if names else None))


def _key_column(sheet: Sheet, layout, meta: _Meta) -> int:
    if layout is not None:
        for c in layout.columns:
            if c.header == KEY_HEADER:
                return c.index
        for c in range(sheet.width):  # the header was retyped: the keys are still there
            if any(isinstance(row[c] if c < len(row) else None, str)
                   and str(row[c]).startswith(meta.token + "-") for row in sheet.rows):
                return c
    raise InputError(f"Phiếu {meta.path.name} đã mất cột mã dòng (cột ẩn) hoặc dòng tiêu đề: "
                     "không biết dòng nào là của ai; hãy xin khoa/phòng gửi lại đúng tệp đã "
                     "phát")


def _cell(cells: list, col: int | None):
    if col is None or col >= len(cells):
        return None
    value = cells[col]
    return None if isinstance(value, str) and not value.strip() else value


def _date(value) -> dt.date | None:
    try:
        parsed = parse_date(value, dt.date.today())
    except ValueProblem:
        return None
    return parsed.value if parsed is not None and not parsed.year_only else None


def _recorder(forms: list[tuple[_Meta, int]]):
    """The import's last step, in its transaction: mark the forms returned, refusing one
    that another import marked meanwhile (never applied twice)."""

    def record(s: Session, batch: str | None) -> None:
        f = DepartmentForm.__table__
        when, user = now(), current_user()
        ids = [form_id for _m, form_id in forms]
        q = sa.select(f.c.id, f.c.returned_at, f.c.batch_id).where(f.c.id.in_(ids))
        if s.get_bind().dialect.name == "postgresql":
            # two desks taking the same form back at once: the second waits for the first
            # to commit, then sees it returned (SQLite: the write lock already serialises)
            q = q.with_for_update()
        rows = s.execute(q).all()
        undone = batch_undone_in(s, [r.batch_id for r in rows if r.batch_id])
        if any(r.returned_at is not None and r.batch_id not in undone for r in rows):
            raise InputError("Một phiếu trong lần nhập này vừa được nhận ở nơi khác: không áp "
                             "dụng lại; danh sách không thay đổi gì")
        for meta, form_id in forms:
            s.execute(f.update().where(f.c.id == form_id).values(
                returned_at=when, returned_by=user, returned_file=meta.path.name,
                returned_sha256=meta.sha256, batch_id=batch))
        record_event(s, ACTION_RETURNED, "department_form", None,
                     {"forms": len(forms), "batch": batch})

    return record
