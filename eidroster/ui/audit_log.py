"""The audit log window: who did what and when, in words a reader understands —
Vietnamese action names and field labels, people by name (not "employee #346"), values
as the window shows them (dates dd/mm/yyyy, statuses by their labels, Có/Không)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.statuses import Status
from eidroster.domain.text import fold, format_date
from eidroster.services.audit import AuditRecord, entity_names, list_actions, list_events
from eidroster.services.database import Database
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import format_int, gender_label, status_label, yes_no

AUDIT_LIMIT = 20_000


def action_labels() -> dict[str, str]:
    """Vietnamese (or translated) names of the audit actions."""
    return {
        "employee_added": QCoreApplication.translate("SafetyDialogs", "Thêm nhân viên"),
        "employee_changed": QCoreApplication.translate("SafetyDialogs", "Sửa thông tin nhân viên"),
        "employee_deleted": QCoreApplication.translate("SafetyDialogs", "Xóa nhân viên"),
        "employee_left": QCoreApplication.translate("SafetyDialogs", "Ghi nhận nghỉ việc"),
        "employee_returned": QCoreApplication.translate("SafetyDialogs", "Bỏ ngày nghỉ việc"),
        "status_changed": QCoreApplication.translate("SafetyDialogs", "Cập nhật tình trạng định danh"),
        "status_change_undone": QCoreApplication.translate("SafetyDialogs", "Hoàn tác cập nhật tình trạng"),
        "reason_added": QCoreApplication.translate("SafetyDialogs", "Thêm lý do"),
        "reason_changed": QCoreApplication.translate("SafetyDialogs", "Sửa lý do"),
        "reason_deleted": QCoreApplication.translate("SafetyDialogs", "Xóa lý do"),
        "setting_changed": QCoreApplication.translate("SafetyDialogs", "Đổi thiết lập"),
        "database_restored": QCoreApplication.translate("SafetyDialogs", "Khôi phục từ bản sao lưu"),
        "database_encrypted": QCoreApplication.translate("SafetyDialogs", "Mã hóa cơ sở dữ liệu"),
        "personal_data_purged": QCoreApplication.translate("SafetyDialogs", "Xóa dữ liệu người đã nghỉ (hết hạn lưu)"),
        "personal_data_revealed": QCoreApplication.translate("SafetyDialogs", "Xem số định danh đầy đủ"),
        "id_revealed": QCoreApplication.translate("SafetyDialogs", "Xem số định danh đầy đủ"),
        "personal_data_exported": QCoreApplication.translate("SafetyDialogs", "Xuất tệp có dữ liệu cá nhân"),
        "exported": QCoreApplication.translate("SafetyDialogs", "Xuất tệp"),
        "demo_generated": QCoreApplication.translate("SafetyDialogs", "Tạo dữ liệu mẫu"),
        "import": QCoreApplication.translate("SafetyDialogs", "Nhập danh sách từ tệp"),
        "import_undone": QCoreApplication.translate("SafetyDialogs", "Hoàn tác lần nhập"),
        "import_redone": QCoreApplication.translate("SafetyDialogs", "Làm lại lần nhập"),
        "export_phu_luc_iv": QCoreApplication.translate("SafetyDialogs", "Xuất Phụ lục IV (dữ liệu cá nhân)"),
        "person_data_viewed": QCoreApplication.translate("SafetyDialogs", "Xem dữ liệu của một người"),
        "person_data_exported": QCoreApplication.translate("SafetyDialogs", "Xuất, in dữ liệu của một người"),
        "processing_notice_exported": QCoreApplication.translate("SafetyDialogs", "Xuất, in thông báo xử lý dữ liệu cá nhân"),
    }


def action_label(action: str) -> str:
    return action_labels().get(action, action)


def field_labels() -> dict[str, str]:
    """Names of the keys an audit entry's detail may hold."""
    return {
        "ho": QCoreApplication.translate("AuditLog", "Họ"),
        "dem": QCoreApplication.translate("AuditLog", "Tên đệm"),
        "ten": QCoreApplication.translate("AuditLog", "Tên"),
        "birth_date": QCoreApplication.translate("AuditLog", "Ngày sinh"),
        "gender": QCoreApplication.translate("AuditLog", "Giới tính"),
        "id_number": QCoreApplication.translate("AuditLog", "Số định danh"),
        "title": QCoreApplication.translate("AuditLog", "Chức danh"),
        "start_date": QCoreApplication.translate("AuditLog", "Ngày vào làm"),
        "leave_date": QCoreApplication.translate("AuditLog", "Ngày nghỉ việc"),
        "department": QCoreApplication.translate("AuditLog", "Khoa/phòng"),
        "status": QCoreApplication.translate("AuditLog", "Tình trạng"),
        "effective_date": QCoreApplication.translate("AuditLog", "Ngày hiệu lực"),
        "justified": QCoreApplication.translate("AuditLog", "Chính đáng"),
        "count": QCoreApplication.translate("AuditLog", "Số người"),
        "rows": QCoreApplication.translate("AuditLog", "Số dòng"),
        "employees": QCoreApplication.translate("AuditLog", "Số nhân viên"),
        "file": QCoreApplication.translate("AuditLog", "Tệp"),
        "kind": QCoreApplication.translate("AuditLog", "Loại"),
        "format": QCoreApplication.translate("AuditLog", "Định dạng"),
        "from": QCoreApplication.translate("AuditLog", "Từ tệp"),
        "previous_kept_as": QCoreApplication.translate("AuditLog", "Bản cũ giữ tại"),
        "label": QCoreApplication.translate("AuditLog", "Nội dung"),
        "batch": QCoreApplication.translate("AuditLog", "Lô"),
        "history_rows": QCoreApplication.translate("AuditLog", "Số lần cập nhật"),
        "removed": QCoreApplication.translate("AuditLog", "Đã xóa"),
        "retention_days": QCoreApplication.translate("AuditLog", "Số ngày giữ"),
        "cutoff": QCoreApplication.translate("AuditLog", "Mốc"),
        "seed": QCoreApplication.translate("AuditLog", "Hạt giống"),
        "restored": QCoreApplication.translate("AuditLog", "Đã khôi phục"),
        "versions": QCoreApplication.translate("AuditLog", "Phiên bản"),
        "retired": QCoreApplication.translate("AuditLog", "Ngừng dùng"),
        "backups_converted": QCoreApplication.translate("AuditLog", "Bản sao lưu đã chuyển"),
        "before": QCoreApplication.translate("AuditLog", "Trước đó"),
    }


def _setting_label(key: str) -> str:
    from eidroster.ui.report_dialogs import setting_labels

    return setting_labels().get(key, key)


def _value(key: str, value: object) -> str:
    """One value as the window shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, str):
        if key == "status" and value in {s.value for s in Status}:
            return status_label(value)
        if key == "gender":
            return gender_label(value) or value
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return format_date(dt.date.fromisoformat(value))
            except ValueError:
                return value
        return value
    if isinstance(value, int):
        return format_int(value)
    if isinstance(value, list):
        names = field_labels()
        return ", ".join(names.get(str(v), _value(key, v)) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{field_labels().get(k, k)}: {_value(k, v)}" for k, v in value.items())
    return str(value)


def detail_text(record: AuditRecord) -> str:
    """The entry's detail in words: "Tên đơn vị: A → B", "Chức danh: — → Trưởng khoa"."""
    d = dict(record.detail)
    if not d:
        return ""
    for internal in ("versions", "batch", "undo"):  # the program's own bookkeeping
        d.pop(internal, None)
    names = field_labels()
    if record.action == "setting_changed" and "key" in d:
        return f"{_setting_label(str(d['key']))}: {_value('', d.get('old'))} → {_value('', d.get('new'))}"
    old, new = d.pop("old", None), d.pop("new", None)
    parts: list[str] = []
    if record.action == "status_changed" and old is not None and new is None:
        # before: one status, or how many people were at each status (a bulk change)
        d["before"] = (", ".join(f"{_value('status', k)} ({format_int(int(v))})"
                                 for k, v in old.items())
                       if isinstance(old, dict) else _value("status", old))
        old = None
    if isinstance(old, dict) or isinstance(new, dict):
        old, new = old or {}, new or {}
        d.pop("fields", None)
        for k in list(dict.fromkeys([*old, *new])):
            parts.append(f"{names.get(k, k)}: {_value(k, old.get(k))} → {_value(k, new.get(k))}")
    elif old is not None or new is not None:
        parts.append(f"{_value('', old)} → {_value('', new)}")
    parts += [f"{names.get(k, k)}: {_value(k, v)}" for k, v in d.items()]
    return "; ".join(parts)


class AuditModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRecord] = []
        self.names: dict[int, str] = {}  # employee id -> name (those still in the database)
        self._details: list[str] = []

    def set_rows(self, rows: list[AuditRecord], names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        if names is not None:
            self.names = names
        self._details = [detail_text(e) for e in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Thời gian"), self.tr("Người dùng"), self.tr("Thao tác"),
                    self.tr("Đối tượng"), self.tr("Chi tiết"))[section]
        return None

    def subject(self, e: AuditRecord) -> str:
        """Who or what the entry is about, by name."""
        if e.entity == "employee":
            if e.entity_id is None:
                return self.tr("Nhiều nhân viên")
            name = self.names.get(e.entity_id)
            return name if name else self.tr("Nhân viên đã xóa (mã {id})").format(id=e.entity_id)
        kinds = {"setting": self.tr("Thiết lập"), "reason": self.tr("Lý do"),
                 "database": self.tr("Cơ sở dữ liệu"), "file": self.tr("Tệp"),
                 "import": self.tr("Lần nhập"), "batch": self.tr("Lô cập nhật")}
        return kinds.get(e.entity, e.entity)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return e.at.strftime("%d/%m/%Y %H:%M:%S")
        if col == 1:
            return e.user_name
        if col == 2:
            return action_label(e.action)
        if col == 3:
            return self.subject(e)
        return self._details[index.row()]


class AuditLogDialog(QDialog):
    """Read and filter the audit trail (newest first)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Nhật ký thao tác"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Lọc theo thao tác"))
        self.action.addItem(self.tr("Mọi thao tác"), "")
        self.use_since = QCheckBox(self.tr("&Từ ngày"))
        # the window's one date field (typed dd/mm/yyyy); the list follows a valid date only
        self.since = DateEdit(dt.date.today() - dt.timedelta(days=30), name="since")
        self.since.setEnabled(False)
        self.since.line.setAccessibleName(self.tr("Từ ngày"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm người dùng, tên, chi tiết…"))
        self.search.setAccessibleName(self.tr("Tìm trong nhật ký"))
        label = QLabel(self.tr("&Thao tác:"))
        label.setBuddy(self.action)
        bar.addWidget(label)
        bar.addWidget(self.action, 1)
        bar.addWidget(self.use_since)
        bar.addWidget(self.since)
        bar.addWidget(self.search, 2)
        layout.addLayout(bar)
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Các thao tác đã ghi"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 140), (1, 110), (2, 230), (3, 190)):
            self.view.setColumnWidth(col, width)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._all: list[AuditRecord] = []
        self._load_actions()
        self.action.currentIndexChanged.connect(self.refresh)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.search.textChanged.connect(self._apply_search)
        self.refresh()

    def _load_actions(self) -> None:
        with self.db.read() as s:
            actions = list_actions(s)
        for a in sorted(actions, key=lambda x: fold(action_label(x))):
            self.action.addItem(action_label(a), a)

    def refresh(self) -> None:
        since = None
        if self.use_since.isChecked():
            d = self.since.date()
            if d is None:  # empty or not a real date: the field says why; the list waits
                return
            since = dt.datetime(d.year, d.month, d.day)
        with self.db.read() as s:
            self._all = list_events(s, action=self.action.currentData() or None, since=since,
                                    limit=AUDIT_LIMIT)
            ids = {e.entity_id for e in self._all if e.entity == "employee" and e.entity_id}
            self.model.names = entity_names(s, ids)
        self._apply_search()

    def _apply_search(self) -> None:
        needle = fold(self.search.text().strip())
        rows = self._all
        if needle:
            m = self.model
            rows = [e for e in rows if needle in fold(
                f"{e.user_name} {action_label(e.action)} {m.subject(e)} {detail_text(e)}")]
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{n} sự kiện").format(n=format_int(len(rows))))


def show_audit_log(parent: QWidget | None, db: Database) -> None:
    AuditLogDialog(db, parent).exec()
