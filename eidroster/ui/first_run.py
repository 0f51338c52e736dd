"""The first-run wizard: the unit's details (the report settings), then how to begin —
import an existing list, start with an empty list, or look around with demo data.

Shown by :func:`eidroster.ui.app.run_app` while :func:`needs_first_run` is true: a
database with nobody in it whose unit name was never saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from eidroster.domain.errors import EidrosterError
from eidroster.services import settings as settings_service
from eidroster.services.database import Database, count_rows
from eidroster.ui.date_edit import DateEdit
from eidroster.ui.i18n import format_int
from eidroster.ui.unit_form import UnitForm

DEMO_STAFF = 800
DEMO_SEED = 1

# The settings asked on the first page, in this order (retention is left for later).
ASKED_KEYS = (
    "parent_agency", "unit_name", "place_name", "doc_number_pattern", "reference_letter",
    "signer_title", "signer_name", "preparer", "recipients", "target_date",
)

CHOICE_IMPORT = "import"
CHOICE_EMPTY = "empty"
CHOICE_DEMO = "demo"


def needs_first_run(db: Database) -> bool:
    """True for a database with no employees whose unit details were never saved."""
    if count_rows(db, "employees") > 0:
        return False
    return "unit_name" not in settings_service.saved_setting_keys(db)


def import_wizard_class() -> type | None:
    """The import helper's wizard class, when that part of the program is present."""
    try:
        from eidroster.ui import import_wizard
    except ImportError:
        return None
    return getattr(import_wizard, "ImportWizard", None)


class UnitPage(QWizardPage):
    """Page 1: the unit's details printed on every report (changeable later in Thiết lập)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Thông tin đơn vị"))
        self.setSubTitle(self.tr(
            "Các thông tin này in trên Phụ lục III, Phụ lục IV và báo cáo tóm tắt. Có thể "
            "sửa lại bất cứ lúc nào: Báo cáo > Thông tin đơn vị cho báo cáo."))
        current = settings_service.get_settings(db)
        # every field empty with a greyed example, nothing real-looking to click through
        self.form = UnitForm(current, self)
        self.form.changed.connect(self.completeChanged)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = self.form.editors
        form = QFormLayout()
        self.has_target = QCheckBox(self.tr("Có ngày phải đạt 100%"))
        self.has_target.setObjectName("has_target")
        self.target = DateEdit(None, name="target_date")
        if current["target_date"]:
            self.target.setDate(dt.date.fromisoformat(current["target_date"]))
            self.has_target.setChecked(True)
        else:
            self.target.setDate(dt.date.today() + dt.timedelta(days=30))
        self.target.setEnabled(self.has_target.isChecked())
        self.has_target.toggled.connect(self.target.setEnabled)
        form.addRow(self.has_target, self.target)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def values(self) -> dict[str, str]:
        out = self.form.values()
        day = self.target.date()
        out["target_date"] = day.isoformat() if self.has_target.isChecked() and day else ""
        return out

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.editors["unit_name"].text().strip())  # type: ignore[union-attr]

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.has_target.isChecked() and not self.target.is_valid():
            self.problem.setText(f"{self.has_target.text()}: {self.target.problem()}")
            return False
        for key, value in self.values().items():
            try:
                settings_service.validate_setting(key, value)
            except EidrosterError as exc:
                self.problem.setText(exc.message)
                return False
        self.problem.clear()
        return True


class StartPage(QWizardPage):
    """Page 2: how to begin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bắt đầu"))
        self.setSubTitle(self.tr("Chọn cách bắt đầu danh sách cán bộ, viên chức của đơn vị."))
        self.group = QButtonGroup(self)
        self.import_button = QRadioButton(self.tr("Nhập danh sách có sẵn (tệp Excel hoặc CSV)"))
        self.import_button.setObjectName(CHOICE_IMPORT)
        self.empty_button = QRadioButton(self.tr("Bắt đầu với danh sách trống, nhập từng người"))
        self.empty_button.setObjectName(CHOICE_EMPTY)
        self.demo_button = QRadioButton(self.tr(
            "Mở dữ liệu mẫu để xem thử ({n} người giả)").replace("{n}", format_int(DEMO_STAFF)))
        self.demo_button.setObjectName(CHOICE_DEMO)
        notes = {
            CHOICE_IMPORT: self.tr(
                "Mở trình nhập: chọn tệp, xem trước, kiểm tra từng dòng rồi mới lưu."),
            CHOICE_EMPTY: self.tr("Thêm người bằng nút Thêm (Ctrl+N) trong cửa sổ chính."),
            CHOICE_DEMO: self.tr(
                "Người mẫu do chương trình tạo ra, không phải người thật. Họ được thêm vào "
                "cơ sở dữ liệu này: khi dùng thật, hãy dùng một cơ sở dữ liệu mới."),
        }
        layout = QVBoxLayout(self)
        for button in (self.import_button, self.empty_button, self.demo_button):
            self.group.addButton(button)
            layout.addWidget(button)
            note = QLabel(notes[button.objectName()])
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(note)
        layout.addStretch(1)
        if import_wizard_class() is None:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Phần nhập danh sách chưa có trong bản này."))
            self.empty_button.setChecked(True)
        else:
            self.import_button.setChecked(True)

    def choice(self) -> str:
        checked = self.group.checkedButton()
        return checked.objectName() if checked is not None else CHOICE_EMPTY


class FirstRunWizard(QWizard):
    """Two pages; on Finish the settings are saved (one transaction) and the choice is
    carried out: demo data generated, or the import wizard opened over the window."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("FirstRunWizard")
        self.setWindowTitle(self.tr("Chào mừng đến với eidroster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Để &sau"))
        self.unit_page = UnitPage(db, self)
        self.start_page = StartPage(self)
        self.addPage(self.unit_page)
        self.addPage(self.start_page)
        self.import_wizard: QWizard | None = None
        self.error: str | None = None
        self.resize(760, 680)  # the unit form with its help lines, readable at once

    def accept(self) -> None:
        try:
            settings_service.set_settings(self.db, self.unit_page.values())
            choice = self.start_page.choice()
            if choice == CHOICE_DEMO:
                from eidroster.services.demo import generate

                generate(self.db, DEMO_STAFF, seed=DEMO_SEED)
        except EidrosterError as exc:
            self.error = exc.message
            self.unit_page.problem.setText(exc.message)
            self.start_page.setSubTitle(exc.message)
            return
        super().accept()
        if choice == CHOICE_IMPORT:
            # After this wizard has closed and the window is on screen.
            QTimer.singleShot(0, self.open_import)

    def open_import(self) -> None:
        owner = self.parentWidget()
        # The main window's own import (its undo stack and reload come with it).
        window_import = getattr(owner, "import_file", None)
        if callable(window_import):
            window_import()
            return
        cls = import_wizard_class()
        if cls is None:
            return
        wizard = cls(self.db, owner)
        self.import_wizard = wizard
        reload = getattr(owner, "reload", None)
        if callable(reload):
            wizard.finished.connect(lambda _result: reload())
        wizard.open()
