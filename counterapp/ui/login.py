"""PIN login (login + PIN, never PIN alone) and the first-run dialog that creates the manager."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import AuthenticationFailed, CounterAppError
from counterapp.services import Actor, Services
from counterapp.ui.common import palette


def pin_edit(parent: QWidget | None = None) -> QLineEdit:
    """A masked field that accepts 4–8 digits."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return edit


class LoginDialog(QDialog):
    """Asks for login and PIN; ``actor`` holds the user after ``accept``."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 locked_by: str = ""):
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("CounterApp – log in"))
        self.setModal(True)

        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("loginUser")
        self.login_edit.setText(locked_by)
        logins = [u.login for u in services.staff.list_users() if u.active]
        self.login_edit.setCompleter(QCompleter(logins, self))
        self.pin_edit = pin_edit(self)
        self.pin_edit.setObjectName("loginPin")
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        palette.style_message(self.message, "error")
        self.login_button = QPushButton(self.tr("&Log in"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self._try_login)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(lambda: self.login_button.setEnabled(True))

        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.login_edit)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Log in with your user name and PIN"), self)
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.login_button)
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self._try_login)
        (self.pin_edit if locked_by else self.login_edit).setFocus()

    def _try_login(self) -> None:
        if not self.login_button.isEnabled():
            return
        try:
            self.actor = self.services.staff.login(self.login_edit.text(), self.pin_edit.text())
        except AuthenticationFailed as exc:
            self.pin_edit.clear()
            self.message.setText(self._explain(exc))
            if exc.retry_after_s > 0:
                self.login_button.setEnabled(False)
                self._retry_timer.start(int(exc.retry_after_s * 1000))
            return
        self.accept()

    def _explain(self, exc: AuthenticationFailed) -> str:
        if exc.locked:
            return self.tr("This user is locked after too many wrong PINs. Ask a manager to "
                           "unlock it.")
        if exc.retry_after_s > 0:
            return self.tr("Wrong user or PIN. Try again in %n second(s).", "",
                           int(exc.retry_after_s + 0.999))
        return self.tr("Wrong user or PIN.")


class FirstRunDialog(QDialog):
    """Creates the shop's first manager when the database has no user yet."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to CounterApp"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("firstRunLogin")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("firstRunName")
        self.pin_edit = pin_edit(self)
        self.pin_edit.setObjectName("firstRunPin")
        self.pin_again = pin_edit(self)
        self.pin_again.setObjectName("firstRunPinAgain")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        palette.style_message(self.message, "error")
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Full name:"), self.name_edit)
        form.addRow(self.tr("&PIN (4–8 digits):"), self.pin_edit)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("There are no users yet. Create the shop's manager: they can "
                               "then add the other staff."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _create(self) -> None:
        if self.pin_edit.text() != self.pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            return
        try:
            self.services.staff.create_user(None, self.login_edit.text(), self.name_edit.text(),
                                            "manager", self.pin_edit.text())
        except CounterAppError as exc:
            self.message.setText(str(exc))
            return
        self.accept()
