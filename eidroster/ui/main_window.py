"""The everyday window: roster table, filters, departments, history, dashboard.

All database work goes through ``eidroster.services``; the full roster loads on the
worker thread, while a single edit refreshes only its rows (a query by id, ~10 ms).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.aggregate import Counts, format_rate
from eidroster.domain.employee import StatusInput
from eidroster.domain.errors import ConflictError, EidrosterError
from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.domain.text import format_int
from eidroster.services import audit, roster
from eidroster.services import settings as settings_service
from eidroster.services.database import Database
from eidroster.services.roster import DepartmentInfo, ReasonInfo, RosterRow
from eidroster.ui import workers
from eidroster.ui.dashboard import DashboardData, DashboardWidget, load_dashboard
from eidroster.ui.employee_dialog import EmployeeDialog, input_from_row
from eidroster.ui.i18n import (
    bucket_label,
    gender_label,
    save_language,
    saved_language,
    settings,
    status_label,
    yes_no,
)
from eidroster.ui.panels import DepartmentPanel, HistoryPanel
from eidroster.ui.roster_model import (
    COL_BIRTH,
    COL_DEPT,
    COL_DVCQG,
    COL_GENDER,
    COL_ID,
    COL_JUSTIFIED,
    COL_NAME,
    COL_REASON,
    COL_STATUS,
    COL_TT,
    COL_UPDATED,
    COL_VNEID,
    ROW_ID_ROLE,
    T_L1,
    T_L2,
    T_NONE,
    T_TOTAL,
    T_WITH_REASON,
    PreparedRoster,
    RosterFilter,
    RosterModel,
    prepare_rows,
)
from eidroster.ui.status_dialog import LeaveDialog, StatusDialog
from eidroster.ui.undo import EditEmployeeCommand, ImportCommand, LeaveCommand, StatusCommand

PROGRESS_DELAY_MS = 400  # show the progress bar only for work longer than this


@dataclass(frozen=True, slots=True)
class LoadedRoster:
    prepared: PreparedRoster
    departments: list[DepartmentInfo]
    reasons: list[ReasonInfo]
    unit_name: str = ""

    @property
    def rows(self) -> list[RosterRow]:
        return self.prepared.rows


def load_roster(db: Database, task: workers.Task | None = None) -> LoadedRoster:
    """Everything the roster tab needs, keys and counts included (worker thread).

    The cyclic garbage collector is paused while the ~1M objects of a 100k roster are
    created: its full passes over a growing heap stopped the GUI thread for 60–110 ms
    every half second. Afterwards the loaded objects are frozen (never scanned again)."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        rows = roster.list_roster(db)
        if task is not None:
            task.check()
        prepared = prepare_rows(rows)
        # the unit's departments in its order (counts come from the rows, kept up to date)
        loaded = LoadedRoster(prepared, roster.list_departments(db, counts=False),
                              roster.list_reasons(db),
                              settings_service.get_settings(db).get("unit_name", ""))
    finally:
        if gc_was_enabled:
            gc.freeze()
            gc.enable()
    return loaded


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the seven statuses, in place in the Tình trạng column."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for s in Status:
            combo.addItem(status_label(s), s.value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        value = index.data(Qt.ItemDataRole.EditRole)
        i = editor.findData(value)
        if i >= 0:
            editor.setCurrentIndex(i)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, load: bool = True, remember_layout: bool = True) -> None:
        super().__init__()
        self.db = db
        self.remember_layout = remember_layout
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.departments: list[DepartmentInfo] = []
        self.reasons: list[ReasonInfo] = []
        self.loaded = False
        self._tasks: list[workers.Task] = []
        self._load_generation = 0
        self._changed_since_load: set[int] | None = None
        self._dashboard_dirty = True
        self._dashboard_task: workers.Task | None = None
        self.setWindowTitle(self.tr("eidroster — Định danh điện tử của đơn vị"))
        self.resize(1366, 768)

        self.model = RosterModel(self)
        self.model.status_edit_handler = self.quick_status
        self._build_roster_tab()
        self.dashboard = DashboardWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roster_tab, self.tr("Danh sách nhân viên"))
        self.tabs.addTab(self.dashboard, self.tr("Tổng quan"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_table_menu()
        if remember_layout:
            self._restore_layout()
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._update_actions()
        if load:
            self.reload()

    # ================================================================ building

    def _build_roster_tab(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên (không cần dấu), số CCCD hoặc khoa/phòng…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.bucket_filter = QComboBox()
        self.bucket_filter.setObjectName("bucketFilter")
        self.bucket_filter.addItem(self.tr("Mọi tình trạng"), None)
        for b in Bucket:
            self.bucket_filter.addItem(bucket_label(b), b.value)
        self.bucket_filter.addItem(self.tr("Chưa đạt mức 2"), "not_level2")
        self.without_reason = QCheckBox(self.tr("Không có lý do"))
        self.without_reason.setToolTip(self.tr("Chưa đạt mức 2 và không có lý do chính đáng"))
        self.reason_filter = QComboBox()
        self.reason_filter.setObjectName("reasonFilter")
        self.reason_filter.setMinimumContentsLength(18)
        self.reason_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason_filter.addItem(self.tr("Mọi lý do"), None)
        self.employment_filter = QComboBox()
        self.employment_filter.addItem(self.tr("Cả người đã nghỉ"), "all")
        self.employment_filter.addItem(self.tr("Đang làm việc"), "active")
        self.employment_filter.addItem(self.tr("Đã nghỉ việc"), "left")
        for w in (self.bucket_filter, self.reason_filter, self.employment_filter):
            w.currentIndexChanged.connect(self._filters_changed)
        self.without_reason.toggled.connect(self._filters_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.bucket_filter)
        bar.addWidget(self.without_reason)
        bar.addWidget(self.reason_filter, 1)
        bar.addWidget(self.employment_filter)

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        self.table = QTableView()
        self.table.setObjectName("roster")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the header click sorts in the model (below)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(22)
        hh = self.table.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setSortIndicatorShown(True)
        hh.setSectionsClickable(True)
        hh.sortIndicatorChanged.connect(self._sort_requested)
        hh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._default_column_widths()
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.dept_panel = DepartmentPanel()
        self.dept_panel.department_chosen.connect(self._department_chosen)
        self.history = HistoryPanel()

        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.addWidget(self.table)
        self.right_split.addWidget(self.history)
        self.right_split.setStretchFactor(0, 4)
        self.right_split.setStretchFactor(1, 1)
        self.right_split.setSizes([480, 130])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.dept_panel)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([250, 1110])

        self.roster_tab = QWidget()
        layout = QVBoxLayout(self.roster_tab)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.totals)
        layout.addWidget(self.main_split, 1)

    def _default_column_widths(self) -> None:
        """Widths from the font, so that the twelve columns fit 1366 px: fixed-format
        columns get exactly their content; name, department and reason share the rest."""
        fm = self.table.fontMetrics()
        header_fm = self.table.horizontalHeader().fontMetrics()
        pad = 14

        def fit(*texts: str) -> int:
            widest = 0
            for t in texts:
                for line in t.split("\n"):
                    widest = max(widest, fm.horizontalAdvance(line), header_fm.horizontalAdvance(line))
            return widest + pad

        titles = self.model._titles  # noqa: SLF001 - the model's own header texts
        widths = {
            COL_TT: fit("100.000"),
            COL_BIRTH: fit("00/00/0000", titles[COL_BIRTH]),
            COL_GENDER: fit(gender_label("F"), gender_label("M"), titles[COL_GENDER]),
            COL_ID: fit("000000000000"),
            COL_STATUS: fit(status_label(Status.LEVEL2)),
            COL_JUSTIFIED: fit(yes_no(False), titles[COL_JUSTIFIED]),
            COL_VNEID: fit(yes_no(False), titles[COL_VNEID]),
            COL_DVCQG: fit(yes_no(False), titles[COL_DVCQG]),
            COL_UPDATED: fit("00/00/0000", titles[COL_UPDATED]),
        }
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        rest = max(360, 1366 - 250 - 40 - sum(widths.values()))
        self.table.setColumnWidth(COL_NAME, int(rest * 0.36))
        self.table.setColumnWidth(COL_DEPT, int(rest * 0.33))
        self.table.setColumnWidth(COL_REASON, int(rest * 0.31))

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.count_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.cancel_work)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.hide()
        sb.addWidget(self.progress_label)
        sb.addWidget(self.progress)
        sb.addWidget(self.cancel_button)
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        sb.addPermanentWidget(self.db_label)
        sb.addPermanentWidget(self.count_label)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_progress)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | QKeySequence | None = None,
                tip: str | None = None) -> QAction:
        act = QAction(text, self)
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        a = self._action
        self.act_import = a(self.tr("&Nhập danh sách từ Excel…"), self.import_file, "Ctrl+I",
                            self.tr("Nhập hoặc cập nhật danh sách từ tệp Excel"))
        self.act_reload = a(self.tr("&Tải lại"), self.reload, QKeySequence.StandardKey.Refresh)
        self.act_backup = a(self.tr("&Sao lưu ngay"), lambda: self._safety("backup_now"))
        self.act_restore = a(self.tr("&Khôi phục từ bản sao lưu…"), self.restore_backup)
        self.act_audit = a(self.tr("Nhật ký thao tá&c…"), lambda: self._safety("show_audit_log"))
        self.act_connect = a(self.tr("Kết nối &máy chủ PostgreSQL…"), self.connect_server)
        self.act_quit = a(self.tr("Th&oát"), self.close, QKeySequence.StandardKey.Quit)

        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Hoàn tác"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Làm lại"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_add = a(self.tr("&Thêm nhân viên…"), self.add_employee, "Ctrl+N")
        self.act_edit = a(self.tr("&Sửa thông tin…"), self.edit_selected, "Ctrl+E")
        self.act_status = a(self.tr("&Cập nhật tình trạng…"), self.bulk_status, "Ctrl+T",
                            self.tr("Một tình trạng, lý do và ngày hiệu lực cho mọi dòng đã chọn"))
        self.act_leave = a(self.tr("Đánh dấu &nghỉ việc…"), self.mark_left, "Ctrl+L")
        self.act_delete = a(self.tr("&Xóa nhân viên…"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.act_reveal = a(self.tr("Hiện số CCCD đầ&y đủ"), self.reveal_selected, "Ctrl+H",
                            self.tr("Hiện số CCCD của các dòng đã chọn (được ghi vào nhật ký)"))
        self.act_hide_ids = a(self.tr("Ẩn lại số CCC&D"), self.model.hide_all_ids, "Ctrl+Shift+H")
        self.act_reasons = a(self.tr("Danh mục lý d&o…"), self.edit_reasons)
        self.act_find = a(self.tr("Tì&m"), self._focus_search, QKeySequence.StandardKey.Find)
        self.status_actions: list[QAction] = []
        for n, s in enumerate(Status, start=1):
            act = a(status_label(s), lambda s=s: self.quick_status_selected(s), f"Ctrl+{n}")
            act.setData(s.value)
            self.status_actions.append(act)

        self.act_settings = a(self.tr("&Thông tin đơn vị và người ký…"), lambda: self._report("edit_settings"))
        self.act_phu_luc_iii = a(self.tr("Xuất Phụ lục &III (tổng hợp)…"),
                                 lambda: self._report("export_phu_luc_iii"), "Ctrl+Shift+3")
        self.act_phu_luc_iv = a(self.tr("Xuất Phụ lục I&V (danh sách mật)…"),
                                lambda: self._report("export_phu_luc_iv"), "Ctrl+Shift+4")
        self.act_summary_pdf = a(self.tr("Xuất báo cáo tổng hợp &PDF…"), lambda: self._report("export_summary_pdf"))
        self.act_submission = a(self.tr("Tạo gói nộp báo cá&o…"), lambda: self._report("export_submission"))
        self.act_print = a(self.tr("&Xem trước và in…"), lambda: self._report("print_preview_summary"),
                           QKeySequence.StandardKey.Print)
        self.act_agency = a(self.tr("&Gộp báo cáo các đơn vị (Phụ lục I)…"), self.agency_merge)

        self.act_view_roster = a(self.tr("&Danh sách nhân viên"), lambda: self.tabs.setCurrentIndex(0), "Alt+1")
        self.act_view_dashboard = a(self.tr("&Tổng quan"), lambda: self.tabs.setCurrentIndex(1), "Alt+2")
        self.lang_group = QActionGroup(self)
        self.act_lang_vi = QAction(self.tr("Tiếng Việt"), self, checkable=True)
        self.act_lang_en = QAction(self.tr("English (tiếng Anh)"), self, checkable=True)
        for act, lang in ((self.act_lang_vi, "vi"), (self.act_lang_en, "en")):
            act.setData(lang)
            self.lang_group.addAction(act)
            act.setChecked(saved_language() == lang)
            act.triggered.connect(lambda _c=False, lang=lang: self.switch_language(lang))
        self.act_about = a(self.tr("&Giới thiệu eidroster…"), self.about)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&Tệp"))
        m.addActions([self.act_import, self.act_reload])
        m.addSeparator()
        m.addActions([self.act_backup, self.act_restore, self.act_audit])
        m.addSeparator()
        m.addAction(self.act_connect)
        m.addSeparator()
        m.addAction(self.act_quit)
        self.menu_file = m
        m = mb.addMenu(self.tr("&Sửa"))
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addActions([self.act_add, self.act_edit, self.act_status])
        sub = m.addMenu(self.tr("Đổi nhanh tình trạng"))
        sub.addActions(self.status_actions)
        m.addActions([self.act_leave, self.act_delete])
        m.addSeparator()
        m.addActions([self.act_reveal, self.act_hide_ids, self.act_find])
        m.addSeparator()
        m.addAction(self.act_reasons)
        self.menu_edit = m
        m = mb.addMenu(self.tr("&Báo cáo"))
        m.addAction(self.act_settings)
        m.addSeparator()
        m.addActions([self.act_phu_luc_iii, self.act_phu_luc_iv, self.act_summary_pdf,
                      self.act_print, self.act_submission])
        m.addSeparator()
        m.addAction(self.act_agency)
        self.menu_reports = m
        m = mb.addMenu(self.tr("&Xem"))
        m.addActions([self.act_view_roster, self.act_view_dashboard])
        m.addSeparator()
        lang = m.addMenu(self.tr("&Ngôn ngữ"))
        lang.addActions([self.act_lang_vi, self.act_lang_en])
        self.menu_view = m
        m = mb.addMenu(self.tr("Trợ &giúp"))
        m.addAction(self.act_about)
        self.menu_help = m

    def _build_table_menu(self) -> None:
        """Right-click on the rows: the same actions; Enter opens the edit dialog."""
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        status_menu = QAction(self.tr("Đổi nhanh tình trạng"), self.table)
        sub = QMenu(self.table)
        sub.addActions(self.status_actions)
        status_menu.setMenu(sub)
        separator = QAction(self.table)
        separator.setSeparator(True)
        self.table.addActions([self.act_edit, self.act_status, status_menu, self.act_leave,
                               separator, self.act_reveal, self.act_delete])
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Thanh công cụ"))
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setMovable(False)
        short = {
            self.act_import: self.tr("Nhập Excel"),
            self.act_add: self.tr("Thêm"),
            self.act_edit: self.tr("Sửa"),
            self.act_status: self.tr("Cập nhật tình trạng"),
            self.act_leave: self.tr("Nghỉ việc"),
            self.act_undo: None,
            self.act_redo: None,
            self.act_phu_luc_iii: self.tr("Phụ lục III"),
            self.act_phu_luc_iv: self.tr("Phụ lục IV"),
            self.act_print: self.tr("In"),
            self.act_backup: self.tr("Sao lưu"),
        }
        short[self.act_undo] = self.tr("Hoàn tác")
        short[self.act_redo] = self.tr("Làm lại")
        for act, text in short.items():
            if act in (self.act_undo, self.act_phu_luc_iii, self.act_backup):
                tb.addSeparator()
            act.setIconText(text)  # the toolbar shows the short text, the menu the long one
            tb.addAction(act)
        self.addToolBar(tb)
        self.toolbar = tb

    # ================================================================ layout memory

    def _restore_layout(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        header = s.value("window/rosterHeader")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for key, splitter in (("window/mainSplit", self.main_split), ("window/rightSplit", self.right_split)):
            value = s.value(key)
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/rosterHeader", self.table.horizontalHeader().saveState())
        s.setValue("window/mainSplit", self.main_split.saveState())
        s.setValue("window/rightSplit", self.right_split.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.remember_layout:
            self.save_layout()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work before the database closes."""
        for task in self._tasks:
            task.cancel()
        workers.wait_all(30000)

    # ================================================================ loading

    def reload(self, block: bool = False) -> None:
        """Load the whole roster again (on the worker thread unless ``block``)."""
        self._load_generation += 1
        generation = self._load_generation
        self._changed_since_load = set()
        self._dashboard_dirty = True
        if block:
            try:
                data = load_roster(self.db)
            except EidrosterError as exc:
                self.show_error(exc.message)
                return
            self._loaded(generation, data)
            return
        self.run_task(self.tr("Đang tải danh sách…"), lambda task: load_roster(self.db, task),
                      lambda data: self._loaded(generation, data), cancellable=True)

    def _show_database(self) -> None:
        """Which database this window works on (a file name, or the server's host)."""
        if self.db.path is not None:
            self.db_label.setText(self.db.path.name)
            self.db_label.setToolTip(str(self.db.path))
        else:
            from sqlalchemy.engine import make_url

            url = make_url(self.db.target)
            self.db_label.setText(self.tr("Máy chủ {host}/{name}").format(
                host=url.host or "", name=url.database or ""))
            self.db_label.setToolTip("")

    def _loaded(self, generation: int, data: LoadedRoster) -> None:
        if generation != self._load_generation:
            return  # a newer load was started
        self._show_database()
        title = self.tr("eidroster — Định danh điện tử của đơn vị")
        self.setWindowTitle(f"{title} — {data.unit_name}" if data.unit_name else title)
        self.departments = data.departments
        self.set_reasons(data.reasons)
        selected = self.selected_ids()
        self.model.set_rows(data.prepared)
        changed = self._changed_since_load
        self._changed_since_load = None
        if changed:
            self.refresh_rows(sorted(changed))  # edits made while the load was running
        self._after_change()
        self.select_ids(selected)
        self.loaded = True
        self.statusBar().showMessage(self.tr("Đã tải {n} nhân viên").format(n=format_int(len(data.rows))), 4000)
        if self.tabs.currentWidget() is self.dashboard:
            self.refresh_dashboard()

    def refresh_rows(self, ids: list[int]) -> None:
        """Re-read a few employees after a change (synchronous, by id)."""
        if not ids:
            return
        if self._changed_since_load is not None:
            self._changed_since_load.update(ids)
        try:
            rows = roster.list_roster(self.db, ids=ids)
        except EidrosterError as exc:
            self.show_error(exc.message)
            return
        found = {r.id for r in rows}
        removed = [i for i in ids if i not in found]
        self.model.update_rows(rows, removed=removed)
        self._dashboard_dirty = True
        self._after_change()
        if self.tabs.currentWidget() is self.dashboard:
            self.refresh_dashboard()

    def set_reasons(self, reasons: list[ReasonInfo]) -> None:
        self.reasons = reasons
        current = self.reason_filter.currentData()
        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        self.reason_filter.addItem(self.tr("Mọi lý do"), None)
        for r in reasons:
            self.reason_filter.addItem(r.label, r.id)
        i = self.reason_filter.findData(current)
        self.reason_filter.setCurrentIndex(max(0, i))
        self.reason_filter.blockSignals(False)

    def _after_change(self) -> None:
        self._update_departments()
        self._update_totals()
        self._selection_changed()

    def _update_departments(self) -> None:
        tallies = self.model.tallies
        known = {d.id for d in self.departments}
        for r_id in tallies:
            if r_id not in known:  # a department created since the last full load
                row = next((r for r in self.model.all_rows() if r.department_id == r_id), None)
                if row is not None:
                    self.departments.append(DepartmentInfo(r_id, row.department, 0, 0))
                    known.add(r_id)
        infos = []
        for d in self.departments:
            t = tallies.get(d.id)
            infos.append(DepartmentInfo(d.id, d.name, t[T_TOTAL] if t else 0, t[T_L2] if t else 0))
        self.dept_panel.set_departments(infos)

    def totals_counts(self) -> Counts:
        """Counts of the active employees on today's date (of the chosen department)."""
        dept = self.model.current_filter().department_id
        total = [0, 0, 0, 0, 0]
        for dept_id, t in self.model.tallies.items():
            if dept is None or dept_id == dept:
                for k in range(5):
                    total[k] += t[k]
        not_l2 = total[T_NONE] + total[T_L1]
        return Counts(total[T_TOTAL], total[T_NONE], total[T_L1], total[T_L2],
                      total[T_WITH_REASON], not_l2 - total[T_WITH_REASON])

    def _update_totals(self) -> None:
        c = self.totals_counts()
        self.totals.setText(self.tr(
            "Đang làm việc: <b>{total}</b> &nbsp;·&nbsp; Chưa định danh: <b>{none}</b> &nbsp;·&nbsp; "
            "Mức 1: <b>{l1}</b> &nbsp;·&nbsp; Mức 2: <b>{l2}</b> &nbsp;·&nbsp; Chưa mức 2 có lý do: "
            "<b>{wr}</b> &nbsp;·&nbsp; không có lý do: <b style='color:#b02a37'>{wo}</b> "
            "&nbsp;·&nbsp; Tỉ lệ mức 2: <b>{rate}</b>"
        ).format(total=format_int(c.total), none=format_int(c.none), l1=format_int(c.level1),
                 l2=format_int(c.level2), wr=format_int(c.with_reason),
                 wo=format_int(c.without_reason), rate=format_rate(c.level2, c.total)))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Đang hiện {shown} / {total} dòng").format(
            shown=format_int(self.model.visible_count()), total=format_int(len(self.model.all_rows()))))

    # ================================================================ background work

    def run_task(self, label: str, fn: Callable[[workers.Task], Any],
                 on_done: Callable[[Any], None], *, cancellable: bool = True,
                 on_failed: Callable[[str], None] | None = None) -> workers.Task:
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
            (on_failed or self.show_error)(message)

        def cancelled() -> None:
            finish()
            self.statusBar().showMessage(self.tr("Đã hủy: {what}").format(what=label), 4000)

        # The receivers are this window's bound slots, so Qt queues them to the GUI thread.
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
        task = self.sender()
        task._on_done(result)  # type: ignore[union-attr]

    def _task_failed(self, message: str) -> None:
        task = self.sender()
        task._on_failed(message)  # type: ignore[union-attr]

    def _task_cancelled(self) -> None:
        task = self.sender()
        task._on_cancelled()  # type: ignore[union-attr]

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

    def cancel_work(self) -> None:
        for task in self._tasks:
            task.cancel()

    def busy(self) -> bool:
        return bool(self._tasks)

    # ================================================================ filters, sorting

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.model.set_search_text(text)
        self._update_count()

    def current_filter(self) -> RosterFilter:
        """The filters as the widgets show them."""
        bucket = self.bucket_filter.currentData()
        return RosterFilter(
            text=self.search.text(),
            bucket=Bucket(bucket) if bucket in {b.value for b in Bucket} else None,
            not_level2=bucket == "not_level2",
            without_reason=self.without_reason.isChecked(),
            reason_id=self.reason_filter.currentData(),
            department_id=self.model.current_filter().department_id,
            employment=self.employment_filter.currentData() or "all",
        )

    def _filters_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _department_chosen(self, dept_id: int | None) -> None:
        flt = self.current_filter()
        flt.department_id = dept_id
        self.model.set_filter(flt)
        self._update_totals()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            return
        self.model.sort(column, order)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.table.horizontalHeader().setSortIndicator(column, order)

    # ================================================================ selection

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows if r < self.model.rowCount()]

    def selected_rows(self) -> list[RosterRow]:
        out = []
        for rid in self.selected_ids():
            row = self.model.row_by_id(rid)
            if row is not None:
                out.append(row)
        return out

    def current_row(self) -> RosterRow | None:
        idx = self.table.currentIndex()
        if idx.isValid() and self.table.selectionModel().isRowSelected(idx.row(), QModelIndex()):
            return self.model.row_at(idx.row())
        rows = self.selected_rows()
        return rows[0] if rows else None

    def select_ids(self, ids: list[int]) -> None:
        sm = self.table.selectionModel()
        sm.clearSelection()
        first = None
        from PySide6.QtCore import QItemSelection, QItemSelectionModel
        selection = QItemSelection()
        for rid in ids:
            pos = self.model.visible_position(rid)
            if pos is None:
                continue
            if first is None:
                first = pos
            selection.select(self.model.index(pos, 0), self.model.index(pos, self.model.columnCount() - 1))
        if not selection.isEmpty():
            sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            sm.setCurrentIndex(self.model.index(first, COL_NAME), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        has = bool(rows)
        for act in (self.act_status, self.act_reveal, *self.status_actions):
            act.setEnabled(has)
        for act in (self.act_edit, self.act_leave, self.act_delete):
            act.setEnabled(len(rows) == 1)
        if len(rows) == 1:
            r = rows[0]
            try:
                entries = roster.history(self.db, r.id)
            except EidrosterError:
                entries = []
            self.history.show_history(r.full_name, entries)
        else:
            self.history.show_history(None, [])

    def _update_actions(self) -> None:
        self._selection_changed()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_STATUS:
            self.table.edit(index)
            return
        self.edit_selected()

    # ================================================================ editing

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("eidroster"), message)

    def info(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def add_employee(self) -> None:
        dlg = EmployeeDialog(self.db, None, self, [d.name for d in self.departments])
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            new_id = roster.add_employee(self.db, dlg.employee_input(), dlg.status_input())
        except EidrosterError as exc:
            self.show_error(exc.message)
            return
        # Adding is not undone from the stack: deleting is a separate, confirmed action.
        self.refresh_rows([new_id])
        self.select_ids([new_id])
        self.info(self.tr("Đã thêm nhân viên"))

    def edit_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.edit_employee(row)

    def edit_employee(self, row: RosterRow, dialog: EmployeeDialog | None = None) -> bool:
        if dialog is None:
            if row.id_number and not self._audit_reveal([row.id]):
                return False
            dlg = EmployeeDialog(self.db, row, self, [d.name for d in self.departments])
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
        else:
            dlg = dialog
        after = dlg.employee_input()
        before = input_from_row(row)
        try:
            version = roster.update_employee(self.db, row.id, after, expected_version=row.version)
        except EidrosterError as exc:
            return self._save_failed(exc, [row.id])
        self.undo_stack.push(EditEmployeeCommand(self, row.id, before, after, version, row.full_name))
        self.refresh_rows([row.id])
        return True

    def _save_failed(self, exc: EidrosterError, ids: list[int]) -> bool:
        """Say why a save failed; after a conflict, show the rows as the other user left
        them (their change is kept, never overwritten). Returns False for the caller."""
        self.show_error(exc.message)
        if isinstance(exc, ConflictError):
            self.refresh_rows(ids)
        return False

    def mark_left(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dlg = LeaveDialog(row.full_name, row.leave_date, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_leave_date(row, dlg.leave_date())

    def set_leave_date(self, row: RosterRow, leave_date: dt.date | None) -> bool:
        try:
            roster.mark_left(self.db, row.id, leave_date, expected_version=row.version)
        except EidrosterError as exc:
            return self._save_failed(exc, [row.id])
        self.undo_stack.push(LeaveCommand(self, row.id, row.leave_date, leave_date, row.full_name))
        self.refresh_rows([row.id])
        return True

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Xóa nhân viên"))
        box.setText(self.tr("Xóa hẳn {name} và toàn bộ lịch sử của người này?").format(name=row.full_name))
        box.setInformativeText(self.tr(
            "Không hoàn tác được. Nếu người này chỉ nghỉ việc, hãy dùng \"Đánh dấu nghỉ việc\" "
            "để giữ lịch sử."))
        delete = box.addButton(self.tr("Xóa hẳn"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not delete:
            return
        self.delete_employee(row)

    def delete_employee(self, row: RosterRow) -> None:
        try:
            roster.delete_employee(self.db, row.id)
        except EidrosterError as exc:
            self.show_error(exc.message)
            return
        self.refresh_rows([row.id])
        self.info(self.tr("Đã xóa một nhân viên"))

    def bulk_status(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dlg = StatusDialog(len(ids), self.reasons, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_status(ids, dlg.status_input())

    def apply_status(self, ids: list[int], change: StatusInput) -> str | None:
        """Record ``change`` for ``ids`` (one transaction) and push it on the undo stack."""
        # the versions this window shows: if someone else changed one of these people
        # since, nothing is written and the user is told (never a silent overwrite)
        expected = {i: row.version for i in ids if (row := self.model.row_by_id(i)) is not None}
        try:
            batch = roster.set_status(self.db, ids, change, expected_versions=expected)
        except EidrosterError as exc:
            self.show_error(exc.message)
            self.refresh_rows(ids)
            return None
        text = self.tr("{status} cho {n} người").format(
            status=status_label(change.status), n=format_int(len(ids)))
        self.undo_stack.push(StatusCommand(self, ids, change, batch, text))
        self.refresh_rows(ids)
        self.info(self.tr("Đã cập nhật tình trạng: {what}").format(what=text))
        return batch

    def quick_status(self, ids: list[int], status: Status) -> None:
        """In-place change (delegate or Ctrl+1..7): effective today; a single row keeps
        its reason unless it reaches level 2."""
        reason_id = None
        if len(ids) == 1 and bucket_of(status) is not Bucket.LEVEL2:
            row = self.model.row_by_id(ids[0])
            reason_id = row.reason_id if row is not None else None
        change = StatusInput(status=status, effective_date=dt.date.today(), reason_id=reason_id,
                             vneid_login=bucket_of(status) is Bucket.LEVEL2,
                             vneid_login_date=dt.date.today() if bucket_of(status) is Bucket.LEVEL2 else None)
        # Defer out of the delegate's setModelData (the model changes under it).
        QTimer.singleShot(0, lambda: self.apply_status(ids, change))

    def quick_status_selected(self, status: Status) -> None:
        ids = self.selected_ids()
        if ids:
            self.quick_status(ids, status)

    def reveal_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._audit_reveal(ids):
            self.model.reveal(ids)

    def _audit_reveal(self, ids: list[int]) -> bool:
        """Record that the full CCCD of ``ids`` was shown (the edit dialog shows it too)."""
        try:
            with self.db.write() as s:
                for rid in ids:
                    audit.record_event(s, "id_revealed", "employee", rid, {})
        except EidrosterError as exc:
            self.show_error(exc.message)
            return False
        return True

    def edit_reasons(self) -> None:
        from eidroster.ui.reasons_dialog import ReasonsDialog

        dlg = ReasonsDialog(self.db, self)
        dlg.exec()
        if dlg.changed:
            self.reload()

    # ================================================================ other helpers' features

    def import_file(self) -> None:
        from eidroster.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self)
        wizard.exec()
        # the import is saved as soon as it has run, however the wizard is closed after
        batch_id = getattr(wizard, "batch_id", None)
        if batch_id:
            self.undo_stack.push(ImportCommand(self, batch_id, self.tr("Nhập danh sách từ Excel")))
            self.reload()

    def _report(self, name: str) -> None:
        from eidroster.ui import report_dialogs

        result = getattr(report_dialogs, name)(self, self.db)
        if name == "edit_settings" and result:
            self._dashboard_dirty = True
            if self.tabs.currentWidget() is self.dashboard:
                self.refresh_dashboard()

    def _safety(self, name: str) -> Any:
        from eidroster.ui import safety_dialogs

        return getattr(safety_dialogs, name)(self, self.db)

    def restore_backup(self) -> None:
        replaced = self._safety("restore_from_backup")
        if not replaced:
            return
        # the file was replaced: open it again (the old engine's connections are stale);
        # the interactive opener asks again for an encrypted file's passphrase
        from eidroster.ui.app import open_database_for_window

        target = self.db.target
        self.shutdown()
        self.db.close()
        db = open_database_for_window(target)
        if db is None:
            self.close()
            return
        self.switch_database(db)

    def switch_database(self, db: Database) -> None:
        """Work on another database from now on (a restored file, a server)."""
        self.shutdown()
        if db is not self.db:
            self.db.close()
        self.db = db
        self.undo_stack.clear()  # the commands belong to the other database
        self.model.hide_all_ids()
        self.reload()

    def connect_server(self) -> None:
        from eidroster.ui.connect_dialog import ConnectDialog

        url = ConnectDialog.get_url(self)
        if not url:
            return
        from eidroster.ui.app import open_database_for_window

        db = open_database_for_window(url)
        if db is not None:
            self.switch_database(db)

    def agency_merge(self) -> None:
        from eidroster.ui.agency_dialog import AgencyMergeDialog

        AgencyMergeDialog(self).exec()

    def about(self) -> None:
        from eidroster.ui.about import show_about

        show_about(self)

    def switch_language(self, lang: str) -> None:
        if lang == saved_language():
            return
        save_language(lang)
        QMessageBox.information(
            self, self.tr("Ngôn ngữ"),
            self.tr("Ngôn ngữ mới sẽ được dùng khi mở lại chương trình."))

    # ================================================================ dashboard

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard and self._dashboard_dirty:
            self.refresh_dashboard()

    def refresh_dashboard(self, block: bool = False) -> None:
        self._dashboard_dirty = False
        if block:
            self.dashboard.set_data(load_dashboard(self.db))
            return
        if self._dashboard_task is not None and not self._dashboard_task.done:
            self._dashboard_task.cancel()
        self._dashboard_task = self.run_task(
            self.tr("Đang tính số liệu tổng quan…"), lambda task: load_dashboard(self.db),
            self._dashboard_loaded)

    def _dashboard_loaded(self, data: DashboardData) -> None:
        self.dashboard.set_data(data)


__all__ = ["MainWindow", "ROW_ID_ROLE"]
