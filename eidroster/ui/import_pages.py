"""The import wizard's last two pages: the confirmation (what will be written, from
which date) and the result (what was written; rows not written because someone else
changed those people, rejected and skipped rows, repairs, warnings)."""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from eidroster.domain.errors import EidrosterError
from eidroster.domain.statuses import Bucket, bucket_of, is_downgrade
from eidroster.domain.text import format_date
from eidroster.services.importer import ADD, REJECT, SKIP, UNCHANGED, UPDATE
from eidroster.ui.i18n import format_int
from eidroster.ui.import_rows import repairs_of
from eidroster.ui.reported_notice import describe

if TYPE_CHECKING:
    from eidroster.ui.import_wizard import ImportWizard


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Xác nhận nhập"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Nhập"))
        self.summary = QLabel()
        self.summary.setObjectName("confirm_summary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel = QPushButton(self.tr("Dừng nhập"))
        self.cancel.setVisible(False)
        self.cancel.clicked.connect(self.wiz.cancel_import)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addSpacing(12)
        box.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        box.addLayout(row)
        box.addWidget(self.status)
        box.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        plan = self.wiz.plan
        if plan is None:
            return
        day = format_date(plan.effective_date)
        source = {"title": self.tr("ngày ghi trong tiêu đề của tệp"),
                  "today": self.tr("hôm nay: tệp không ghi ngày"),
                  "option": self.tr("ngày bạn đã chọn")}.get(plan.as_of_source, "")
        text = self.tr(
            "Danh sách đúng vào ngày {day} ({source}). Sẽ thêm mới {add} người, cập nhật {upd} "
            "người (thay đổi được ghi vào lịch sử với ngày của từng dòng, mặc định {day}), "
            "giữ nguyên {same} người.").format(
            day=day, source=source, add=format_int(plan.count(ADD)),
            upd=format_int(plan.count(UPDATE)), same=format_int(plan.count(UNCHANGED)))
        if plan.count(SKIP):
            text += " " + self.tr(
                "{n} dòng lùi bước được bỏ qua (chọn «Cho phép lùi bước» ở bước trước nếu đúng "
                "là vậy).").format(n=format_int(plan.count(SKIP)))
        back = stepped_back(plan)
        if back:  # "Cho phép lùi bước" ticked: say how many, and how many leave mức 2
            from_level2 = sum(1 for r in back if bucket_of(r.old_status.status) is Bucket.LEVEL2)
            text += " " + self.tr(
                "Bạn đã cho phép lùi bước: {n} người sẽ bị ghi lùi bước, trong đó {l2} người "
                "đang ở mức 2.").format(n=format_int(len(back)), l2=format_int(from_level2))
        if plan.count(REJECT):
            text += " " + self.tr(
                "{rej} dòng bị từ chối sẽ được bỏ qua; sau khi nhập có thể lưu các dòng đó ra "
                "Excel để sửa rồi nhập lại.").format(rej=format_int(plan.count(REJECT)))
        if plan.new_departments:
            text += " " + self.tr("Khoa/phòng mới được thêm vào danh mục: {names}.").format(
                names=", ".join(f"«{n}»" for n in plan.new_departments))
        if plan.effective_date < dt.date.today():
            text += "\n\n" + self.tr(
                "Ngày của danh sách ở trong quá khứ: báo cáo của các ngày từ {day} trở đi có "
                "thể thay đổi.").format(day=day)
        text += "\n\n" + self.tr(
            "Mọi thay đổi được ghi trong một lần (tất cả hoặc không gì cả), có sao lưu trước "
            "khi nhập và hoàn tác được bằng Ctrl+Z. Người nào vừa được người khác sửa sau khi "
            "bạn xem trước sẽ không bị ghi đè.")
        self.summary.setText(text)
        self.status.clear()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.wiz.result is not None:
            return True
        if not self.wiz.busy:
            self.wiz.start_import()
        return False

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.wiz.busy

    def set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Đang nhập…"))
        self.completeChanged.emit()


def stepped_back(plan) -> list:
    """The updates that write a lower stage than the one in force on their date (only
    there when the user allowed steps back)."""
    return [r for r in plan.rows if r.action == UPDATE and r.status is not None
            and r.old_status is not None and is_downgrade(r.old_status.status, r.status.status)]


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Kết quả"))
        self.summary = QLabel()
        self.summary.setObjectName("result_summary")
        self.summary.setWordWrap(True)
        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("color: #a00; font-weight: bold;")
        self.reported = QLabel()
        self.reported.setObjectName("reported")
        self.reported.setWordWrap(True)
        self.reported.setStyleSheet("color: #8a4b08;")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.save = QPushButton(self.tr("Lưu các dòng bị từ chối ra Excel…"))
        self.save.clicked.connect(self.save_rejected)
        self.add_reasons = QPushButton(self.tr("Thêm các lý do mới vào danh mục"))
        self.add_reasons.clicked.connect(self.wiz.add_new_reasons)
        self.justified = QCheckBox(self.tr("là lý do chính đáng"))
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        row.addWidget(self.add_reasons)
        row.addWidget(self.justified)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.conflicts)
        box.addWidget(self.reported)
        box.addWidget(self.details, 1)
        box.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        result = self.wiz.result
        if result is None:
            return
        plan = result.plan
        self.summary.setText(self.tr(
            "Đã nhập xong: thêm mới {add}, cập nhật {upd}, không đổi {same}, bị từ chối {rej}, "
            "bỏ qua (lùi bước) {skip} dòng.").format(
            add=format_int(result.added), upd=format_int(result.updated),
            same=format_int(result.unchanged), rej=format_int(result.rejected_rows),
            skip=format_int(plan.count(SKIP))))
        conflicts = result.conflicts
        self.conflicts.setText(self.tr(
            "{n} dòng CHƯA được ghi: người khác vừa sửa những người này sau khi bạn xem trước "
            "(thay đổi của người kia được giữ nguyên). Hãy nhập lại tệp để ghi nốt.").format(
            n=format_int(len(conflicts))) if conflicts else "")
        self.conflicts.setVisible(bool(conflicts))
        changed = self.wiz.reported
        self.reported.setText(self.tr(
            "Danh sách này làm khác số liệu của {n} báo cáo đã gửi:").format(
            n=format_int(len(changed))) + "\n" + describe(changed) if changed else "")
        self.reported.setVisible(bool(changed))
        sections = (
            (self.tr("Chưa ghi vì người khác vừa sửa:"), conflicts),
            (self.tr("Các dòng bị từ chối:"), result.rejected),
            (self.tr("Bỏ qua vì lùi bước:"), result.skipped),
            (self.tr("Đã tự sửa:"), [i for r in plan.rows for i in repairs_of(r)]),
            (self.tr("Lưu ý:"), [w for w in result.warnings if w.kind != "repair"]),
        )
        lines = []
        for title, issues in sections:
            if issues:
                lines.append(title)
                lines += [f"  - {i.text()}" for i in issues]
        self.details.setPlainText("\n".join(lines))
        self.save.setEnabled(bool(result.rejected_rows))
        has_new = bool(plan.new_reasons)
        self.add_reasons.setVisible(has_new)
        self.justified.setVisible(has_new)

    def save_rejected(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu các dòng bị từ chối"), self.wiz.suggested_rejected_name(),
            self.tr("Excel (*.xlsx)"))
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        try:
            self.wiz.save_rejected(name)
        except EidrosterError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), exc.message)
            return
        self.summary.setText(self.summary.text() + "\n" + self.tr("Đã lưu {file}").format(
            file=os.path.basename(name)))
