"""A status change from the window, start to finish: the dialog (or a quick key, or the
table's combo), the check of what it would do, the confirmation, then the write
(``EditingFlows.apply_status``: one transaction, undoable).

A change is confirmed (default button: "Không", so Enter never applies it) when it
concerns more than :data:`CONFIRM_ABOVE` people or steps anyone back from mức 2 on its
date — quick keys included. The question names how many people and what changes, with
what :func:`services.roster.check_status_change` found: steps back, people already so,
people with a later change (this one only fills their history), people not working in
the unit on that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from eidroster.domain.employee import StatusInput
from eidroster.domain.statuses import Bucket, Status, bucket_of
from eidroster.domain.text import format_date
from eidroster.services import reported, roster
from eidroster.services.database import Database
from eidroster.services.status_changes import StatusCheck
from eidroster.ui.i18n import format_int, status_label
from eidroster.ui.reported_notice import tell
from eidroster.ui.status_dialog import StatusDialog

CONFIRM_ABOVE = 20  # a change for more people than this is confirmed


class StatusFlow(QObject):
    """Asks, checks, confirms; ``apply(ids, change)`` writes."""

    def __init__(self, db: Callable[[], Database], window: QWidget, view, data, runner,
                 apply: Callable[[list[int], StatusInput], object]) -> None:
        super().__init__(window)
        self._db = db
        self.window = window
        self.view = view  # RosterView: selection and rows
        self.data = data  # RosterData: the reasons catalogue
        self.runner = runner  # TaskRunner (the check runs on the worker)
        self.apply = apply
        #: the last confirmation shown (tests read its text after answering)
        self.last_question: QMessageBox | None = None

    # ------------------------------------------------------------ starting points

    def ask(self, ids: list[int]) -> None:
        """The dialog for the selected people (Ctrl+T, toolbar, right-click)."""
        if not ids:
            return
        model = self.view.model
        rows = [r for i in ids if (r := model.row_by_id(i)) is not None]
        dlg = StatusDialog(len(ids), self.data.reasons, self.window, rows=rows)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.check_then_apply(ids, dlg.status_input(), dlg.describe())

    def quick(self, ids: list[int], status: Status) -> None:
        """Ctrl+1…7 or the Tình trạng cell's combo: the status alone, from today; the
        reason, note and flags are each person's own (mức 2 also means "logged into
        VNeID")."""
        if not ids:
            return
        today = dt.date.today()
        level2 = bucket_of(status) is Bucket.LEVEL2
        change = StatusInput(status=status, effective_date=today, keep_reason=not level2,
                             note=None, vneid_login=True if level2 else None,
                             vneid_login_date=today if level2 else None)
        lines = [self.tr("Tình trạng: {status}").format(status=status_label(status)),
                 self.tr("Ngày hiệu lực: {day}").format(day=format_date(today))]
        if level2:
            lines.append(self.tr("Đăng nhập VNeID: có; ghi chú, Dùng DVCQG: giữ nguyên"))
        else:
            lines.append(self.tr("Lý do, ghi chú, Đăng nhập VNeID, Dùng DVCQG: giữ nguyên của "
                                 "từng người"))
        # out of the delegate's setModelData first (the model changes under it)
        QTimer.singleShot(0, lambda: self.check_then_apply(list(ids), change, lines))

    # ------------------------------------------------------------ check, confirm, write

    def check_then_apply(self, ids: list[int], change: StatusInput, lines: list[str]) -> None:
        db = self._db()

        def work(_task) -> tuple[StatusCheck, reported.Snapshot]:
            # with the numbers of the reports already sent that this change may reach
            return (roster.check_status_change(db, ids, change),
                    reported.snapshot(db, change.effective_date))

        def checked(result: tuple[StatusCheck, reported.Snapshot]) -> None:
            check, before = result
            if self.needs_confirmation(check) and not self.confirm(ids, change, lines, check):
                return
            self.apply(ids, change)
            if before:  # after the write (the worker runs one job at a time, in order)
                self.runner.run_task(self.tr("Đang đối chiếu các báo cáo đã gửi…"),
                                     lambda _task: reported.altered(db, before),
                                     lambda changes: tell(self.window, changes))

        self.runner.run_task(self.tr("Đang kiểm tra thay đổi…"), work, checked)

    @staticmethod
    def needs_confirmation(check: StatusCheck) -> bool:
        return check.count > CONFIRM_ABOVE or bool(check.from_level2)

    def confirm(self, ids: list[int], change: StatusInput, lines: list[str],
                check: StatusCheck) -> bool:
        n = format_int(check.count)
        status = status_label(change.status)
        box = QMessageBox(self.window)
        box.setObjectName("confirm_status")
        box.setIcon(QMessageBox.Icon.Warning if check.from_level2 else QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Xác nhận cập nhật tình trạng"))
        if check.count == 1:
            row = self.view.model.row_by_id(ids[0])
            who = row.full_name if row is not None else self.tr("người này")
            box.setText(self.tr("Đổi tình trạng của {who} thành «{status}»?").format(
                who=who, status=status))
        else:
            box.setText(self.tr("Đổi tình trạng của {n} người thành «{status}»?").format(
                n=n, status=status))
        details = [f"• {line}" for line in lines]
        findings = self.findings(check, change)
        text = "\n".join(details)
        if findings:
            text += "\n\n" + "\n".join(f"• {line}" for line in findings)
        box.setInformativeText(text)
        yes = box.addButton(self.tr("Cập nhật cho {n} người").format(n=n),
                            QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("Không"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.last_question = box
        box.exec()
        return box.clickedButton() is yes

    def findings(self, check: StatusCheck, change: StatusInput) -> list[str]:
        day = format_date(change.effective_date)
        status = status_label(change.status)
        out = []
        if check.from_level2:
            out.append(self.tr("{n} người đang ở mức 2 vào ngày {day} sẽ bị lùi về «{status}»")
                       .format(n=format_int(len(check.from_level2)), day=day, status=status))
        others = len(check.downgrades) - len(check.from_level2)
        if others:
            out.append(self.tr("{n} người khác bị lùi bước so với tình trạng của họ vào ngày "
                               "{day}").format(n=format_int(others), day=day))
        if check.unchanged:
            out.append(self.tr("{n} người đã đúng như vậy vào ngày {day}").format(
                n=format_int(len(check.unchanged)), day=day))
        if check.hidden:
            out.append(self.tr("{n} người đã có cập nhật sau ngày {day}: với họ thay đổi này "
                               "chỉ ghi vào lịch sử, tình trạng hiện tại không đổi").format(
                n=format_int(len(check.hidden)), day=day))
        if check.not_employed:
            out.append(self.tr("{n} người không làm việc ở đơn vị vào ngày {day} (không tính "
                               "trong báo cáo của ngày đó)").format(
                n=format_int(len(check.not_employed)), day=day))
        return out
