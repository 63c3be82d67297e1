"""The on-the-spot approval: a senior or manager types login and PIN on this workstation."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import AuthenticationFailed
from counterapp.domain.permissions import Action
from counterapp.services import Actor, Approval, Services
from counterapp.ui.common import palette
from counterapp.ui.login import pin_edit


class ApprovalDialog(QDialog):
    """Asks a senior's login and PIN for one action; ``approval`` is set on success."""

    def __init__(self, services: Services, requester: Actor, action: Action, *,
                 amount: Decimal | None = None, description: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.requester = requester
        self.action = action
        self.amount = amount
        self.approval: Approval | None = None
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Approval needed"))
        explanation = QLabel(description or self.tr("This needs a senior's approval."), self)
        explanation.setWordWrap(True)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("approverLogin")
        self.pin_edit = pin_edit(self)
        self.pin_edit.setObjectName("approverPin")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("approvalReason")
        self.message = QLabel(self)
        self.message.setObjectName("approvalMessage")
        palette.style_message(self.message, "error")
        self.message.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.clicked.connect(self.reject)
        self.approve_button.clicked.connect(self._approve)
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self._approve)
        form = QFormLayout()
        form.addRow(self.tr("Approver &login:"), self.login_edit)
        form.addRow(self.tr("Approver &PIN:"), self.pin_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # A junior's mentor is the senior who covers them: their login is filled in, so the
        # mentor only types the PIN. Anyone else's login can still be typed over it.
        mentor = next((user.mentor_login for user in services.staff.list_users()
                       if user.id == requester.id), "")
        self.login_edit.setText(mentor)
        (self.pin_edit if mentor else self.login_edit).setFocus()

    def _approve(self) -> None:
        try:
            self.approval = self.services.staff.approve(
                self.login_edit.text(), self.pin_edit.text(), self.action,
                requester=self.requester, amount=self.amount, reason=self.reason_edit.text())
        except AuthenticationFailed as exc:
            self.pin_edit.clear()
            self.message.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, services: Services, requester: Actor, action: Action, *,
            amount: Decimal | None = None, description: str = "",
            parent: QWidget | None = None) -> Approval | None:
        """Show the dialog modally; the approval, or ``None`` if cancelled.

        Tests may replace this classmethod (pytest-qt's advice for modal dialogs) or drive
        the dialog through its object names.
        """
        dialog = cls(services, requester, action, amount=amount, description=description,
                     parent=parent)
        return dialog.approval if dialog.exec() == QDialog.DialogCode.Accepted else None
