"""The agency's merge window, in two steps: check the units' files first (on the
worker: one line per unit with its file, counts, rate and status, and every problem),
then — only when the user confirms — write Phụ lục I of the units that passed, with the
check sheet in a file of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eidroster.domain.errors import EidrosterError
from eidroster.domain.text import format_date
from eidroster.reports.dateline import BLANK
from eidroster.ui import workers
from eidroster.ui.agency_review import ReviewTables
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import format_int, format_rate, tr

SPREADSHEET_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"


class AgencyMergeDialog(QDialog):
    """Merge units' Phụ lục III into Phụ lục I. ``settings`` are the agency's own
    (header block, signer); when None they are read from the parent window's database
    (``parent.db``), and Phụ lục I is not written until they are set there."""

    def __init__(self, parent: QWidget | None = None,
                 settings: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agency_merge_dialog")
        self.setWindowTitle(self.tr("Tổng hợp Phụ lục I từ Phụ lục III của các đơn vị"))
        screen = self.screen().availableGeometry() if self.screen() else None
        # wide enough for the counts beside a readable reason column (1366-pixel screens)
        self.resize(min(1200, screen.width() - 40) if screen else 1200, 700)
        self._settings = settings
        self._db = getattr(parent, "db", None) if settings is None else None
        self.result = None  # the last MergeResult (None until checked)
        self.written: list[Path] = []
        self.task: workers.Task | None = None

        self.files = QListWidget()
        self.files.setObjectName("agency_files")
        self.files.setAccessibleName(self.tr("Các tệp của các đơn vị"))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("&Thêm tệp…"))
        self.add_button.clicked.connect(self._choose_inputs)
        self.remove_button = QPushButton(self.tr("&Bỏ tệp đã chọn"))
        self.remove_button.clicked.connect(self._remove_selected)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addLayout(file_buttons)

        self.fixed_date = QCheckBox(self.tr("Tính đến &ngày"))
        # the window's one date field: typed dd/mm/yyyy, an impossible date said, not changed
        self.as_of = DateEdit(dt.date.today(), name="as_of")
        self.as_of.line.setAccessibleName(self.tr("Ngày tổng hợp"))
        self.as_of.setEnabled(False)
        self.fixed_date.toggled.connect(self.as_of.setEnabled)
        self.fixed_date.toggled.connect(self._invalidate)
        self.as_of.dateChanged.connect(self._invalidate)
        self.check_button = QPushButton(self.tr("&Kiểm tra các tệp"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        check_row = QHBoxLayout()
        check_row.addWidget(self.fixed_date)
        check_row.addWidget(self.as_of)
        check_row.addWidget(QLabel(self.tr("(bỏ chọn: lấy ngày ghi trong các tệp)")))
        check_row.addStretch(1)
        check_row.addWidget(self.progress)
        check_row.addWidget(self.check_button)

        self.summary = QLabel(self.tr("Thêm các tệp rồi bấm «Kiểm tra các tệp»: chưa có gì "
                                      "được ghi cho đến khi bạn xác nhận."))
        self.summary.setObjectName("agency_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review = ReviewTables(self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.review.unit_view)
        split.addWidget(self.review.problem_view)
        split.setSizes([330, 170])

        self.output = QLineEdit()
        self.output.setObjectName("agency_output")
        self.output.setAccessibleName(self.tr("Tệp Phụ lục I sẽ ghi"))
        self.output.setPlaceholderText(self.tr("Tệp Phụ lục I sẽ ghi (.xlsx)"))
        browse = QPushButton(self.tr("C&họn…"))
        browse.clicked.connect(self._choose_output)
        self.with_pdf = QCheckBox(self.tr("Ghi thêm bản &PDF cùng tên"))
        self.with_pdf.setChecked(True)
        self.with_docx = QCheckBox(self.tr("Ghi thêm bản &Word (.docx) để sửa trước khi ký"))
        self.blank_date = QCheckBox(self.tr("Để trống &số và ngày văn bản (văn thư ghi tay)"))
        self.write_button = QPushButton(self.tr("&Ghi Phụ lục I…"))
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self.write)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Tệp kết quả")), 0, 0)
        grid.addWidget(self.output, 0, 1)
        grid.addWidget(browse, 0, 2)
        options = QHBoxLayout()
        for box in (self.with_pdf, self.with_docx, self.blank_date):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 1, 1)
        grid.addWidget(self.write_button, 0, 3)
        grid.addWidget(close, 1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Phụ lục III của các đơn vị (tệp của eidroster hoặc tự lập), hoặc bảng kiểu Phụ lục I")))
        layout.addLayout(files_row, 2)
        layout.addLayout(check_row)
        layout.addWidget(self.summary)
        layout.addWidget(split, 5)
        layout.addLayout(grid)

    # ------------------------------------------------------------ choosing

    def add_files(self, paths: list[str | Path]) -> None:
        present = set(self.input_paths())
        for p in paths:
            path = str(Path(p))
            if path in present:
                continue
            present.add(path)
            self.files.addItem(Path(path).name)
            item = self.files.item(self.files.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        if not self.output.text() and self.files.count():
            first = Path(self.input_paths()[0])
            self.output.setText(str(first.with_name("Phu_luc_I_tong_hop.xlsx")))
        self._invalidate()

    def input_paths(self) -> list[str]:
        return [self.files.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.files.count())]

    def _choose_inputs(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn các tệp của các đơn vị"), "",
            self.tr("Bảng tính") + f" ({SPREADSHEET_FILTER})")
        self.add_files(paths)

    def _choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu Phụ lục I"), self.output.text(), "Excel (*.xlsx)")
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.output.setText(path)

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._invalidate()

    def _invalidate(self, *_args) -> None:
        """The files or the date changed: the review no longer holds."""
        if self.result is not None:
            self.result = None
            self.review.clear()
            self.summary.setText(self.tr("Danh sách tệp đã thay đổi: hãy kiểm tra lại."))
        self.write_button.setEnabled(False)

    # ------------------------------------------------------------ step 1: check

    def _message(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;" if error else "")

    def _busy(self, busy: bool, steps: int = 0) -> None:
        self.check_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, steps)
            self.progress.setValue(0)

    def run_check(self) -> workers.Task | None:
        """Read and check the files on the worker thread; nothing is written."""
        paths = self.input_paths()
        if not paths:
            self._message(self.tr("Hãy thêm ít nhất một tệp của đơn vị"), error=True)
            return None
        as_of = None
        if self.fixed_date.isChecked():
            as_of = self.as_of.date()
            if as_of is None:
                self._message(f"{self.fixed_date.text().replace('&', '')}: "
                              f"{self.as_of.problem()}", error=True)
                self.as_of.setFocus()
                return None

        own = self._own_name()

        def work(task: workers.Task):
            from eidroster.services.agency import merge_files

            return merge_files(paths, as_of, progress=task.report, own_agency=own)

        self._invalidate()
        self._busy(True, len(paths))
        self._message(self.tr("Đang đọc và kiểm tra {n} tệp…").format(n=format_int(len(paths))))
        task = workers.Task("agency-check", self)
        task.progress.connect(lambda done, _total: self.progress.setValue(done))
        task.finished.connect(self._checked)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._failed)
        self.task = task
        return workers.start(task, work)

    def _failed(self, message: str = "") -> None:
        self._busy(False)
        self._message(message or self.tr("Đã dừng"), error=True)

    def _checked(self, result) -> None:
        self._busy(False)
        self.result = result
        self.review.show(result)
        t = result.total
        text = self.tr(
            "Tính đến ngày {date}: {merged} đơn vị được tổng hợp, {total} nhân viên; chưa "
            "định danh {none}, mức 1 {l1}, mức 2 {l2} ({rate}); chưa mức 2 có lý do "
            "{with_r}, không có lý do {without_r}."
        ).format(date=format_date(result.as_of), merged=format_int(len(result.merged)),
                 total=format_int(t.total), none=format_int(t.none), l1=format_int(t.level1),
                 l2=format_int(t.level2), rate=format_rate(t.level2, t.total),
                 with_r=format_int(t.with_reason), without_r=format_int(t.without_reason))
        if result.held_out:
            text += " " + self.tr("{n} đơn vị KHÔNG được tổng hợp (xem lý do trong bảng).").format(
                n=format_int(len(result.held_out)))
        if result.problems:
            text += " " + self.tr("{n} chỗ không khớp (bảng dưới).").format(
                n=format_int(len(result.problems)))
        if result.merged:
            text += " " + self.tr("Chưa ghi gì: bấm «Ghi Phụ lục I…» khi đã xem xong.")
        else:
            text += " " + self.tr("Không có đơn vị nào đọc được: không thể ghi Phụ lục I.")
        self._message(text, error=not result.merged)
        self.write_button.setEnabled(bool(result.merged))

    # ------------------------------------------------------------ step 2: write

    def _own_name(self) -> str:
        """The agency's own name (its earlier Phụ lục I among the files is no input)."""
        if self._settings is not None:
            return self._settings.get("unit_name", "")
        if self._db is None:
            return ""
        from eidroster.services.settings import get_settings

        return get_settings(self._db).get("unit_name", "")

    def _agency_settings(self) -> dict[str, str] | None:
        """The agency's settings, or None after saying which are missing."""
        if self._settings is not None:
            return self._settings
        from eidroster.services.agency import missing_settings
        from eidroster.services.agency.issuer import REQUIRED
        from eidroster.services.settings import SETTING_KEYS, get_settings, saved_setting_keys

        values: dict[str, str] = {}
        missing = list(REQUIRED)
        if self._db is not None:
            values = get_settings(self._db)
            missing = missing_settings(values, saved_setting_keys(self._db))
        if not missing:
            return values
        context = "ReportDialogs"  # the settings window's labels, translated there
        labels = ", ".join(tr(context, SETTING_KEYS[k].label) for k in missing)
        self._message(self.tr(
            "Chưa có thông tin của cơ quan tổng hợp để in trên Phụ lục I: {missing}. Hãy điền "
            "trong Báo cáo → Thông tin đơn vị cho báo cáo, rồi ghi lại.").format(missing=labels),
            error=True)
        return None

    def _targets(self) -> tuple[str, str | None, str | None, str] | None:
        from eidroster.reports.phu_luc_i import check_path_for, refuse_overwriting

        out = self.output.text().strip()
        if not out.lower().endswith(".xlsx"):
            self._message(self.tr("Tệp kết quả phải có đuôi .xlsx"), error=True)
            return None
        pdf = str(Path(out).with_suffix(".pdf")) if self.with_pdf.isChecked() else None
        docx = str(Path(out).with_suffix(".docx")) if self.with_docx.isChecked() else None
        check = str(check_path_for(out))
        try:
            refuse_overwriting(self.input_paths(), [out, pdf, docx, check])
        except EidrosterError:
            self._message(self.tr("Tệp kết quả {name} là một trong các tệp đầu vào; hãy chọn "
                                  "tên khác").format(name=Path(out).name), error=True)
            return None
        return out, pdf, docx, check

    def _confirmed(self, out: str, pdf: str | None, docx: str | None, check: str) -> bool:
        result = self.result
        t = result.total
        text = self.tr("Ghi Phụ lục I tính đến ngày {date} với {n} đơn vị ({total} nhân viên) "
                       "vào {file}?").format(date=format_date(result.as_of),
                                             n=format_int(len(result.merged)),
                                             total=format_int(t.total), file=Path(out).name)
        if result.held_out:
            names = "; ".join(u.unit for u in result.held_out[:8])
            more = "…" if len(result.held_out) > 8 else ""
            text += "\n\n" + self.tr("{n} đơn vị KHÔNG có trong Phụ lục I: {names}").format(
                n=format_int(len(result.held_out)), names=names + more)
        text += "\n\n" + self.tr("Bản kiểm tra (không gửi kèm) ghi riêng vào {file}.").format(
            file=Path(check).name)
        if any(Path(p).exists() for p in (out, pdf, docx, check) if p):
            text += "\n" + self.tr("Tệp cùng tên đã có sẽ được thay.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ghi Phụ lục I"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Ghi"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Chưa ghi"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def write(self) -> workers.Task | None:
        """After the check: confirm, then write Phụ lục I and the check sheet."""
        if self.result is None or not self.result.merged:
            return None
        targets = self._targets()
        if targets is None:
            return None
        settings = self._agency_settings()
        if settings is None or not self._confirmed(*targets):
            return None
        out, pdf, docx, check = targets
        result = self.result
        issued = BLANK if self.blank_date.isChecked() else None

        def work(_task: workers.Task):
            from eidroster.reports.phu_luc_i import write_phu_luc_i

            return write_phu_luc_i(result, settings, xlsx=out, pdf=pdf, docx=docx, check=check,
                                   issued=issued)

        self.write_button.setEnabled(False)
        self._busy(True)
        task = workers.Task("agency-write", self)
        task.finished.connect(self._written)
        task.failed.connect(self._write_failed)
        self.task = task
        return workers.start(task, work)

    def _written(self, files: list[Path]) -> None:
        self._busy(False)
        self.written = files
        self.write_button.setEnabled(True)
        self._message(self.tr("Đã ghi: {files}").format(files=", ".join(str(f) for f in files)))

    def _write_failed(self, message: str) -> None:
        self._failed(message)
        self.write_button.setEnabled(self.result is not None)

    def reject(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        super().reject()
