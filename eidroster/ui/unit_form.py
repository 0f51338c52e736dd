"""The unit's details as a form, shared by the first-run wizard and the settings dialog: every
field starts empty with a greyed example (never a real-looking value that a click-through
would save), the fields every report needs are marked, and the place field says what to
type under Nghị định 30 and the two-level administrative map, with the date line it gives."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from eidroster.services.report_inputs import REQUIRED_UNIT_DETAILS
from eidroster.services.settings import SETTING_KEYS

#: the keys this form edits, in its order
UNIT_KEYS = ("parent_agency", "unit_name", "place_name", "doc_number_pattern",
             "reference_letter", "signer_title", "signer_name", "preparer", "recipients")
#: words of the district level, abolished on 1/7/2025
_DISTRICT = re.compile(r"\b(huyện|quận|thị xã|tx\.?|q\.)\s", re.IGNORECASE)


def labels() -> dict[str, str]:
    return {
        "parent_agency": QCoreApplication.translate("UnitForm", "Cơ quan chủ quản"),
        "unit_name": QCoreApplication.translate("UnitForm", "Tên đơn vị"),
        "place_name": QCoreApplication.translate("UnitForm", "Địa danh (dòng ngày tháng)"),
        "doc_number_pattern": QCoreApplication.translate("UnitForm", "Số văn bản"),
        "reference_letter": QCoreApplication.translate("UnitForm", "Văn bản được trả lời"),
        "signer_title": QCoreApplication.translate("UnitForm", "Chức vụ người ký (có thể 2 dòng)"),
        "signer_name": QCoreApplication.translate("UnitForm", "Họ tên người ký"),
        "preparer": QCoreApplication.translate("UnitForm", "Người lập biểu"),
        "recipients": QCoreApplication.translate("UnitForm", "Nơi nhận (mỗi dòng một nơi)"),
    }


def examples() -> dict[str, str]:
    """Greyed examples (placeholders): shown, never saved."""
    return {
        "parent_agency": QCoreApplication.translate("UnitForm", "ví dụ: SỞ Y TẾ TỈNH … hoặc SỞ Y TẾ THÀNH PHỐ …"),
        "unit_name": QCoreApplication.translate("UnitForm", "ví dụ: TRUNG TÂM Y TẾ KHU VỰC … hoặc BỆNH VIỆN …"),
        "place_name": QCoreApplication.translate("UnitForm", "tên tỉnh, thành phố hoặc xã, phường nơi đơn vị đóng trụ sở"),
        "doc_number_pattern": QCoreApplication.translate("UnitForm", "ví dụ: Số: …/BC-TTYT"),
        "reference_letter": QCoreApplication.translate("UnitForm", "ví dụ: Công văn số …/SYT-NV ngày … của Sở Y tế"),
        "signer_title": QCoreApplication.translate("UnitForm", "ví dụ:\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
        "signer_name": QCoreApplication.translate("UnitForm", "họ và tên người ký"),
        "preparer": QCoreApplication.translate("UnitForm", "họ và tên người lập biểu (có thể để trống)"),
        "recipients": QCoreApplication.translate("UnitForm", "ví dụ:\nSở Y tế (b/c);\nLưu: VT, TCCB."),
    }


def place_help() -> str:
    return QCoreApplication.translate("UnitForm",
        "Theo Nghị định 30/2020/NĐ-CP: tên đơn vị hành chính nơi đơn vị đóng trụ sở. Từ "
        "01/7/2025 chỉ còn tỉnh, thành phố (34 đơn vị) và xã, phường, đặc khu; không ghi "
        "huyện, quận, thị xã cũ. Tên tỉnh, thành phố ghi không kèm chữ «Tỉnh», «Thành phố» "
        "(ví dụ «Hà Nội», «Lâm Đồng»; riêng «Thành phố Hồ Chí Minh» ghi đủ); xã, phường ghi "
        "đủ («Xã …», «Phường …»).")


class UnitForm(QWidget):
    """``editors[key]`` per setting (object name = the key); ``values()`` what is typed."""

    changed = Signal()

    def __init__(self, current: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        names, shown = labels(), examples()
        for key in UNIT_KEYS:
            editor: QLineEdit | QPlainTextEdit
            if SETTING_KEYS[key].kind == "multiline":
                editor = QPlainTextEdit(current.get(key, ""))
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
            else:
                editor = QLineEdit(current.get(key, ""))
            editor.setPlaceholderText(shown[key])
            editor.setObjectName(key)
            editor.textChanged.connect(self.changed)
            label = names[key] + (" *" if key in REQUIRED_UNIT_DETAILS else "")
            form.addRow(label, editor)
            self.editors[key] = editor
            if key == "place_name":
                self.place_help = QLabel(place_help())
                self.place_help.setObjectName("place_help")
                self.place_help.setWordWrap(True)
                self.place_help.setStyleSheet("color: #555555;")
                form.addRow("", self.place_help)
                self.place_preview = QLabel()
                self.place_preview.setObjectName("place_preview")
                self.place_preview.setWordWrap(True)
                form.addRow("", self.place_preview)
                editor.textChanged.connect(self._place_changed)
        self.required_note = QLabel(QCoreApplication.translate("UnitForm",
            "* Cần có trước khi lập báo cáo (Phụ lục III, Phụ lục IV, báo cáo nhanh)."))
        self.required_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.required_note)
        self._place_changed()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Wrapped help lines keep the height their width needs (a form row inside a
        wizard page would otherwise squeeze them)."""
        super().resizeEvent(event)
        for label in (self.place_help, self.place_preview):
            need = label.heightForWidth(label.width()) if label.text() else 0
            if need > 0 and label.minimumHeight() != need:
                label.setMinimumHeight(need)

    def _place_changed(self) -> None:
        from eidroster.reports.dateline import date_line

        place = self.editors["place_name"].text().strip()  # type: ignore[union-attr]
        if not place:
            self.place_preview.setText("")
            return
        if _DISTRICT.search(place + " "):
            self.place_preview.setStyleSheet("color: #8a6d3b;")
            self.place_preview.setText(QCoreApplication.translate("UnitForm",
                "Từ 01/7/2025 không còn cấp huyện: hãy ghi tên tỉnh, thành phố hoặc xã, "
                "phường nơi đơn vị đóng trụ sở."))
            return
        self.place_preview.setStyleSheet("")
        self.place_preview.setText(QCoreApplication.translate("UnitForm", "Dòng ngày tháng sẽ in: «{line}»").format(
            line=date_line(place, dt.date.today())))

    def values(self) -> dict[str, str]:
        return {key: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text())
                for key, e in self.editors.items()}
