"""The import wizard's preview: what each row of the file will do, before anything is
written.

* The list's **date** — from the file's title ("Tính đến ngày …"), else today — is shown
  with where it came from, and can be changed; **cho phép lùi bước** writes the rows that
  step a person back (otherwise they are skipped and listed).
* Each row says what it does; an update shows **old → new** for every field it changes.
  Errors (rejected rows), automatic repairs, skipped rows (a step back) and warnings are
  counted apart and can be shown alone.
* **Khoa/phòng mới**: a department the catalogue does not know can be mapped to an
  existing one (a typo, another spelling) before importing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from eidroster.services.importer import (
    UNCHANGED,
    Field,
    ImportPlan,
    column_letter,
)
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import field_label, format_int
from eidroster.ui.import_rows import (
    ADDS,
    ALL,
    ERRORS,
    REPAIRS,
    SKIPPED,
    UPDATES,
    WARNINGS,
    in_category,
)
from eidroster.ui.status_dialog import future_message

#: the fields offered in the column chooser, in the order of a usual list
CHOOSABLE = (
    Field.FULL_NAME, Field.HO_DEM, Field.TEN, Field.BIRTH_DATE, Field.BIRTH_MALE,
    Field.BIRTH_FEMALE, Field.GENDER, Field.ID_NUMBER, Field.DEPARTMENT, Field.TITLE,
    Field.STATUS, Field.TICK_NONE, Field.TICK_LEVEL1, Field.TICK_LEVEL2, Field.REASON,
    Field.JUSTIFIED, Field.NOTE,
)


# ---------------------------------------------------------------- the page

class PreviewPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Xem trước"))
        self.setSubTitle(self.tr(
            "Kiểm tra ngày của danh sách và cột được nhận ra cho mỗi thông tin (đổi được nếu "
            "sai). Dòng đỏ bị từ chối, xám được bỏ qua, vàng có lưu ý, xanh được tự sửa; rê "
            "chuột lên dòng để xem chi tiết."))
        self._build_date_bar()
        self.mapping_box = QGroupBox(self.tr("Cột trong tệp"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setHorizontalSpacing(8)
        self.mapping_grid.setVerticalSpacing(2)
        self.combos: dict[Field, QComboBox] = {}
        for i, f in enumerate(CHOOSABLE):
            combo = QComboBox()
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _i, f=f: self._mapping_changed(f))
            self.combos[f] = combo
            r, c = divmod(i, 3)
            self.mapping_grid.addWidget(QLabel(field_label(f)), r, c * 2)
            self.mapping_grid.addWidget(combo, r, c * 2 + 1)
        self.new_departments = QGroupBox(self.tr("Khoa/phòng mới trong tệp"))
        self.new_departments.setObjectName("new_departments")
        self.new_grid = QGridLayout(self.new_departments)
        self.remember = QCheckBox(self.tr("Ghi nhớ các cách viết đã chọn cho lần nhập sau"))
        self.remember.setChecked(True)
        self.new_departments.hide()
        self._map_combos: dict[str, QComboBox] = {}
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a6d3b;")
        self.show_only = QComboBox()
        self.show_only.setObjectName("show_only")
        self.show_only.currentIndexChanged.connect(
            lambda _i: self.wiz.model.set_category(self.show_only.currentData() or ALL))
        self.reveal = QCheckBox(self.tr("Hiện số định danh đầy đủ"))
        self.reveal.toggled.connect(self.wiz.model.set_reveal_ids)
        self.table = QTableView()
        self.table.setModel(self.wiz.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        tools = QHBoxLayout()
        tools.addWidget(self.counts, 1)
        only = QLabel(self.tr("&Hiện:"))
        only.setBuddy(self.show_only)
        tools.addWidget(only)
        tools.addWidget(self.show_only)
        tools.addWidget(self.reveal)
        box = QVBoxLayout(self)
        box.addLayout(self.date_bar)
        box.addWidget(self.mapping_box)
        box.addWidget(self.new_departments)
        box.addLayout(tools)
        box.addWidget(self.notes)
        box.addWidget(self.table, 1)

    def _build_date_bar(self) -> None:
        self.date = DateEdit(dt.date.today(), name="list_date", maximum=dt.date.today(),
                             maximum_message=future_message())
        self.date.setToolTip(self.tr("Ngày mà danh sách này đúng: tình trạng trong tệp được "
                                     "ghi vào lịch sử với ngày này"))
        self.date_source = QLabel()
        self.date_source.setObjectName("date_source")
        self.date_source.setWordWrap(True)
        self.downgrade = QCheckBox(self.tr("Cho phép &lùi bước (ghi cả dòng có tình trạng thấp "
                                           "hơn đã ghi, ví dụ mức 2 → chưa đăng ký)"))
        self.downgrade.setObjectName("allow_downgrade")
        label = QLabel(self.tr("&Ngày của danh sách:"))
        label.setBuddy(self.date)
        self.date_bar = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.date)
        row.addWidget(self.date_source, 1)
        self.date_bar.addLayout(row)
        self.date_bar.addWidget(self.downgrade)
        self.date.editingFinished.connect(self._date_typed)
        self.date.dateChanged.connect(self._date_picked)
        self.downgrade.toggled.connect(self.wiz.set_allow_downgrade)

    def _date_typed(self) -> None:
        day = self.date.date()
        if day is not None and self.wiz.plan is not None and day != self.wiz.plan.effective_date:
            self.wiz.set_list_date(day)

    def _date_picked(self, day: object) -> None:
        # the calendar or the arrow keys: act at once (typing acts when the field is left)
        if not self.date.line.hasFocus() and isinstance(day, dt.date) and self.wiz.plan \
                and day != self.wiz.plan.effective_date:
            self.wiz.set_list_date(day)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.fill_mapping()
        self.wiz.start_preview()

    def fill_mapping(self) -> None:
        loaded = self.wiz.loaded
        if loaded is None:
            return
        layout = loaded.layout
        width = max((c.index for c in layout.columns), default=-1) + 1
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(không có)"), -1)
            for c in range(width):
                header = layout.column(c).header
                combo.addItem(f"{column_letter(c)} · {header}" if header else column_letter(c), c)
            col = layout.col_of(f)
            combo.setCurrentIndex(combo.findData(col if col is not None else -1))
            combo.blockSignals(False)

    def _mapping_changed(self, f: Field) -> None:
        col = self.combos[f].currentData()
        self.wiz.change_mapping(f, None if col in (None, -1) else int(col))
        self.fill_mapping()

    # ------------------------------------------------------------ a plan arrived

    def show_plan(self, plan: ImportPlan | None, error: str | None = None) -> None:
        self.wiz.model.set_plan(plan)
        if plan is None:
            self.counts.setText(f"<span style='color:#a00'>{error or ''}</span>")
            self.notes.clear()
            self.completeChanged.emit()
            return
        self._show_date(plan)
        self._show_counts(plan)
        self._show_new_departments(plan)
        general = [w.message for w in plan.warnings if w.row is None
                   and not w.message.startswith("Khoa/phòng mới")]
        self.notes.setText("\n".join(f"• {m}" for m in general[:6]))
        self.notes.setVisible(bool(general))
        self.table.resizeColumnsToContents()
        for c in range(self.wiz.model.columnCount()):
            if self.table.columnWidth(c) > 260:
                self.table.setColumnWidth(c, 260)
        self.completeChanged.emit()

    def _show_date(self, plan: ImportPlan) -> None:
        self.date.blockSignals(True)
        self.date.setDate(plan.effective_date)
        self.date.blockSignals(False)
        self.date_source.setText({
            "title": self.tr("lấy từ tiêu đề của tệp («Tính đến ngày …»)"),
            "today": self.tr("tệp không ghi ngày: dùng ngày hôm nay"),
            "option": self.tr("ngày bạn đã chọn"),
        }.get(plan.as_of_source, ""))

    def _show_counts(self, plan: ImportPlan) -> None:
        rows = plan.rows
        n = {c: sum(1 for r in rows if in_category(r, c))
             for c in (ERRORS, REPAIRS, SKIPPED, WARNINGS, UPDATES, ADDS)}
        self.counts.setText(self.tr(
            "Đọc {read} dòng: <b>thêm mới {add}</b> · cập nhật {upd} · không đổi {same} · "
            "<span style='color:#a00'>bị từ chối {rej}</span> · bỏ qua (lùi bước) {skip} · "
            "tự sửa {fix} · có lưu ý {warn}").format(
            read=format_int(plan.rows_read), add=format_int(n[ADDS]), upd=format_int(n[UPDATES]),
            same=format_int(plan.count(UNCHANGED)), rej=format_int(n[ERRORS]),
            skip=format_int(n[SKIPPED]), fix=format_int(n[REPAIRS]), warn=format_int(n[WARNINGS])))
        current = self.show_only.currentData() or ALL
        self.show_only.blockSignals(True)
        self.show_only.clear()
        for key, text in ((ALL, self.tr("tất cả {n} dòng").format(n=format_int(len(rows)))),
                          (ERRORS, self.tr("bị từ chối ({n})")), (REPAIRS, self.tr("tự sửa ({n})")),
                          (SKIPPED, self.tr("bỏ qua, lùi bước ({n})")),
                          (WARNINGS, self.tr("có lưu ý ({n})")),
                          (UPDATES, self.tr("cập nhật ({n})")), (ADDS, self.tr("thêm mới ({n})"))):
            self.show_only.addItem(text.format(n=format_int(n.get(key, 0))), key)
        self.show_only.setCurrentIndex(max(0, self.show_only.findData(current)))
        self.show_only.blockSignals(False)
        self.wiz.model.set_category(self.show_only.currentData() or ALL)

    def _show_new_departments(self, plan: ImportPlan) -> None:
        while self.new_grid.count():
            item = self.new_grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.remember:
                item.widget().deleteLater()
        names = list(dict.fromkeys([*plan.new_departments, *self.wiz.department_map]))
        if not names:
            self.new_departments.hide()
            return
        known = self.wiz.known_departments()
        self._map_combos = {}
        self.new_grid.addWidget(QLabel(self.tr(
            "Tên khoa/phòng trong tệp chưa có trong danh mục. Nếu là cách viết khác của một "
            "khoa/phòng đã có, hãy chọn khoa/phòng đó; nếu không, khoa/phòng mới sẽ được "
            "thêm.")), 0, 0, 1, 2)
        for row, name in enumerate(names, start=1):
            label = QLabel(self.tr("«{name}» ({n} dòng)").format(
                name=name, n=format_int(plan.new_departments.get(name, 0))))
            combo = QComboBox()
            combo.setObjectName(f"map_{row}")
            combo.addItem(self.tr("(thêm khoa/phòng mới)"), None)
            for dept in known:
                combo.addItem(dept, dept)
            mapped = self.wiz.department_map.get(name)
            combo.setCurrentIndex(max(0, combo.findData(mapped)) if mapped else 0)
            combo.activated.connect(lambda _i, name=name, combo=combo:
                                    self.wiz.map_department(name, combo.currentData()))
            label.setBuddy(combo)
            self._map_combos[name] = combo
            self.new_grid.addWidget(label, row, 0)
            self.new_grid.addWidget(combo, row, 1)
        self.new_grid.addWidget(self.remember, len(names) + 1, 0, 1, 2)
        self.new_departments.show()

    def map_combos(self) -> dict[str, QComboBox]:
        """The mapping choice of each new department's name (tests, screenshots)."""
        return dict(self._map_combos)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.plan is not None and not self.wiz.busy and self.date.is_valid()
