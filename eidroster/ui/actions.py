"""The actions of the window and where they appear: menus, toolbar, the table's
right-click menu; which are enabled for the current selection.

``Actions`` only builds and connects: each action's work lives in the module that owns
it (``editing.EditingFlows``, ``entries.Entries``, ``roster_view.RosterView``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QToolBar

from eidroster.domain.statuses import Status
from eidroster.ui.editing import EditingFlows
from eidroster.ui.entries import Entries
from eidroster.ui.i18n import saved_language, status_label
from eidroster.ui.lists_out import ListsOut
from eidroster.ui.roster_view import RosterView
from eidroster.ui.undoing import UndoRunner


class Actions(QObject):
    def __init__(self, window: QMainWindow, undoing: UndoRunner, tabs: QTabWidget,
                 view: RosterView, editing: EditingFlows, entries: Entries, lists: ListsOut,
                 reload: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self._build(undoing, tabs, view, editing, entries, reload)
        self._build_lists(lists)
        self._build_menus()
        self._build_toolbar()
        self._build_table_menu(view)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | QKeySequence | None = None,
                tip: str | None = None) -> QAction:
        act = QAction(text, self.window)
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        self.window.addAction(act)
        return act

    def _build(self, undoing: UndoRunner, tabs: QTabWidget, view: RosterView,
               editing: EditingFlows, entries: Entries, reload: Callable[[], None]) -> None:
        a = self._action
        e = entries
        self.import_ = a(self.tr("&Nhập danh sách từ Excel…"), e.import_file, "Ctrl+I",
                         self.tr("Nhập hoặc cập nhật danh sách từ tệp Excel"))
        self.reload = a(self.tr("&Tải lại"), reload, QKeySequence.StandardKey.Refresh)
        self.backup = a(self.tr("&Sao lưu ngay"), lambda: e.safety("backup_now"), None,
                        self.tr("Sao lưu vào thư mục backups cạnh tệp dữ liệu"))
        self.backup_elsewhere = a(self.tr("Sao &lưu ra nơi khác…"), e.backup_elsewhere, None,
                                  self.tr("Chép một bản sao lưu ra nơi bạn chọn, ví dụ ổ USB"))
        self.open_other = a(self.tr("Mở tệp &dữ liệu khác…"), e.open_other_file, "Ctrl+O")
        self.open_folder = a(self.tr("Mở thư mục dữ liệ&u"), e.open_data_folder, None,
                             self.tr("Thư mục chứa tệp dữ liệu và các bản sao lưu"))
        self.help = a(self.tr("&Hướng dẫn sử dụng"), e.help, QKeySequence.StandardKey.HelpContents)
        self.restore = a(self.tr("&Khôi phục từ bản sao lưu…"), e.restore_backup)
        self.audit = a(self.tr("Nhật ký thao tá&c…"), lambda: e.safety("show_audit_log"))
        self.connect_server = a(self.tr("Kết nối &máy chủ PostgreSQL…"), e.connect_server)
        self.quit = a(self.tr("Th&oát"), self.window.close, QKeySequence.StandardKey.Quit)

        self.undo = undoing.undo_action  # on the worker thread, then says what it undid
        self.redo = undoing.redo_action
        self.window.addAction(self.undo)
        self.window.addAction(self.redo)
        ed = editing
        self.add = a(self.tr("&Thêm nhân viên…"), ed.add_employee, "Ctrl+N")
        self.edit = a(self.tr("&Sửa thông tin…"), ed.edit_selected, "Ctrl+E")
        self.status = a(self.tr("&Cập nhật tình trạng…"), ed.bulk_status, "Ctrl+T",
                        self.tr("Một tình trạng, lý do và ngày hiệu lực cho mọi dòng đã chọn"))
        self.leave = a(self.tr("Đánh dấu &nghỉ việc…"), ed.mark_left, "Ctrl+L",
                       self.tr("Những người đã chọn nghỉ việc từ một ngày"))
        self.returned = a(self.tr("Ghi trở lại làm &việc…"), ed.employment.mark_returned, None,
                          self.tr("Những người đã nghỉ trở lại làm việc từ một ngày"))
        self.move = a(self.tr("Chuyển khoa/phòn&g…"), ed.employment.move, "Ctrl+M",
                      self.tr("Chuyển những người đã chọn sang khoa/phòng khác từ một ngày"))
        self.delete = a(self.tr("&Xóa nhân viên…"), ed.delete_selected, QKeySequence.StandardKey.Delete)
        self.reveal = a(self.tr("Hiện số định danh đầ&y đủ"), ed.reveal_selected, "Ctrl+H",
                        self.tr("Hiện số định danh cá nhân của các dòng đã chọn (được ghi vào nhật ký)"))
        self.hide_ids = a(self.tr("Ẩn lại số định &danh"), view.model.hide_all_ids, "Ctrl+Shift+H")
        self.person_data = a(
            self.tr("Dữ liệu của người nà&y…"), lambda: e.person_data(view.selected_ids()), None,
            self.tr("Mọi dữ liệu đơn vị đang lưu về người đang chọn, để xem, in hoặc trao cho "
                    "chính người đó (Luật Bảo vệ dữ liệu cá nhân); được ghi vào nhật ký"))
        self.reasons = a(self.tr("Danh mục lý d&o…"), ed.edit_reasons)
        self.departments = a(self.tr("Danh mục &khoa/phòng…"), ed.edit_departments, None,
                             self.tr("Đổi tên, gộp, sắp thứ tự khoa/phòng (thứ tự của Phụ lục III)"))

        def find() -> None:
            tabs.setCurrentWidget(view)
            view.focus_search()

        self.find = a(self.tr("Tì&m"), find, QKeySequence.StandardKey.Find)
        self.status_actions: list[QAction] = []
        for n, s in enumerate(Status, start=1):
            act = a(status_label(s), lambda s=s: ed.quick_status_selected(s), f"Ctrl+{n}")
            act.setData(s.value)
            self.status_actions.append(act)

        self.settings = a(self.tr("&Thông tin đơn vị cho báo cáo…"), lambda: e.report("edit_settings"))
        self.phu_luc_iii = a(self.tr("Xuất Phụ lục &III (tổng hợp)…"),
                             lambda: e.report("export_phu_luc_iii"), "Ctrl+Shift+3")
        self.phu_luc_iv = a(self.tr("Xuất Phụ lục I&V (dữ liệu cá nhân)…"),
                            lambda: e.report("export_phu_luc_iv"), "Ctrl+Shift+4")
        self.summary_pdf = a(self.tr("Báo cáo nhanh cho lãnh đạo (&PDF)…"), lambda: e.report("export_summary_pdf"))
        self.submission = a(self.tr("Tạo &hồ sơ gửi iDesk…"), lambda: e.report("export_submission"))
        self.letter = a(self.tr("&Công văn báo cáo kèm Phụ lục III…"), lambda: e.report("export_letter"))
        self.register = a(self.tr("Sổ báo cáo đã &gửi…"), lambda: e.report("show_register"),
                          tip=self.tr("Các lần xuất Phụ lục III: ngày số liệu, lúc xuất, tệp, "
                                      "SHA-256, số liệu còn khớp hôm nay không"))
        self.print = a(self.tr("&Xem trước và in báo cáo nhanh…"), lambda: e.report("print_preview_summary"),
                       QKeySequence.StandardKey.Print)
        self.agency = a(self.tr("&Gộp báo cáo các đơn vị (Phụ lục I)…"), e.agency_merge)
        self.notice = a(self.tr("Thông báo về việc &xử lý dữ liệu cá nhân…"), e.processing_notice,
                        None, self.tr("Thông báo cho cán bộ, viên chức: mục đích, loại dữ liệu, "
                                      "thời hạn lưu trữ, người được xem (lập từ thiết lập)"))

        def to_roster() -> None:
            tabs.setCurrentWidget(view)
            view.focus_table()

        self.view_roster = a(self.tr("&Danh sách nhân viên"), to_roster, "Alt+1",
                             self.tr("Về danh sách nhân viên, con trỏ trong bảng"))
        self.view_dashboard = a(self.tr("&Tổng quan"), lambda: tabs.setCurrentIndex(1), "Alt+2")
        self.lang_group = QActionGroup(self)
        self.lang_vi = QAction(self.tr("Tiếng Việt"), self.window, checkable=True)
        self.lang_en = QAction(self.tr("English (tiếng Anh)"), self.window, checkable=True)
        for act, lang in ((self.lang_vi, "vi"), (self.lang_en, "en")):
            act.setData(lang)
            self.lang_group.addAction(act)
            act.setChecked(saved_language() == lang)
            act.triggered.connect(lambda _c=False, lang=lang: e.switch_language(lang))
        self.about = a(self.tr("&Giới thiệu eidroster…"), e.about)

    def _build_lists(self, lists: ListsOut) -> None:
        a = self._action
        self.export_list = a(self.tr("Xuất danh sách đang hiện ra &Excel…"), lists.export_visible,
                             "Ctrl+Shift+E", self.tr("Các dòng đang hiện (theo bộ lọc) ra tệp .xlsx"))
        self.print_list = a(self.tr("&In danh sách đang hiện…"), lists.print_visible, "Ctrl+Shift+P",
                            self.tr("Xem trước và in các dòng đang hiện"))
        self.copy_rows = a(self.tr("Ché&p các dòng đã chọn"), lists.copy_selected,
                           QKeySequence.StandardKey.Copy,
                           self.tr("Chép các dòng đã chọn, dán được vào Excel"))

    def _build_menus(self) -> None:
        mb = self.window.menuBar()
        m = mb.addMenu(self.tr("&Tệp"))
        m.addActions([self.import_, self.reload])
        m.addSeparator()
        m.addActions([self.export_list, self.print_list])
        m.addSeparator()
        m.addActions([self.backup, self.backup_elsewhere, self.restore, self.audit])
        m.addSeparator()
        m.addActions([self.open_other, self.open_folder, self.connect_server])
        m.addSeparator()
        m.addAction(self.quit)
        self.menu_file = m
        m = mb.addMenu(self.tr("&Sửa"))
        m.addActions([self.undo, self.redo])
        m.addSeparator()
        m.addActions([self.add, self.edit, self.status])
        sub = m.addMenu(self.tr("Đổi nhanh tình trạng"))
        sub.addActions(self.status_actions)
        m.addActions([self.leave, self.returned, self.move, self.delete])
        m.addSeparator()
        m.addActions([self.copy_rows, self.reveal, self.hide_ids, self.person_data, self.find])
        m.addSeparator()
        m.addActions([self.reasons, self.departments])
        self.menu_edit = m
        m = mb.addMenu(self.tr("&Báo cáo"))
        m.addAction(self.settings)
        m.addSeparator()
        m.addActions([self.phu_luc_iii, self.phu_luc_iv, self.summary_pdf, self.print,
                      self.letter, self.submission])
        m.addAction(self.register)
        m.addSeparator()
        m.addAction(self.agency)
        m.addSeparator()
        m.addAction(self.notice)
        self.menu_reports = m
        m = mb.addMenu(self.tr("&Xem"))
        m.addActions([self.view_roster, self.view_dashboard])
        m.addSeparator()
        lang = m.addMenu(self.tr("&Ngôn ngữ"))
        lang.addActions([self.lang_vi, self.lang_en])
        self.menu_view = m
        m = mb.addMenu(self.tr("Trợ &giúp"))
        m.addAction(self.help)
        m.addSeparator()
        m.addAction(self.about)
        self.menu_help = m

    def _build_table_menu(self, view: RosterView) -> None:
        """Right-click on the rows: the same actions (Enter edits, see RosterView)."""
        table = view.table
        status_menu = QAction(self.tr("Đổi nhanh tình trạng"), table)
        sub = QMenu(table)
        sub.addActions(self.status_actions)
        status_menu.setMenu(sub)
        separator = QAction(table)
        separator.setSeparator(True)
        table.addActions([self.edit, self.status, status_menu, self.leave, self.returned, self.move,
                          separator, self.copy_rows, self.reveal, self.person_data, self.delete])

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Thanh công cụ"))
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setMovable(False)
        short = {
            self.import_: self.tr("Nhập Excel"),
            self.add: self.tr("Thêm"),
            self.edit: self.tr("Sửa"),
            self.status: self.tr("Cập nhật tình trạng"),
            self.leave: self.tr("Nghỉ việc"),
            self.undo: self.tr("Hoàn tác"),
            self.redo: self.tr("Làm lại"),
            self.phu_luc_iii: self.tr("Phụ lục III"),
            self.phu_luc_iv: self.tr("Phụ lục IV"),
            self.print: self.tr("In"),
            self.backup: self.tr("Sao lưu"),
        }
        for act, text in short.items():
            if act in (self.undo, self.phu_luc_iii, self.backup):
                tb.addSeparator()
            act.setIconText(text)  # the toolbar shows the short text, the menu the long one
            tb.addAction(act)
            self._tooltip_with_key(act)
        self.window.addToolBar(tb)
        self.toolbar = tb

    def _tooltip_with_key(self, act: QAction) -> None:
        """The toolbar's tooltip names the action and its key: "Cập nhật tình trạng (Ctrl+T)"."""
        base = (act.statusTip() or act.text()).replace("&", "").rstrip("…")
        keys = act.shortcuts()
        if keys:
            base += f" ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        act.setToolTip(base)

    def selection_changed(self, count: int) -> None:
        """Enable what applies to ``count`` selected (and shown) rows."""
        for act in (self.status, self.reveal, self.copy_rows, self.leave, self.returned,
                    self.move, *self.status_actions):
            act.setEnabled(count > 0)
        for act in (self.edit, self.delete, self.person_data):
            act.setEnabled(count == 1)
