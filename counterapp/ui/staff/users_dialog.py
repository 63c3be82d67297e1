"""Tools → Users…: managers list users, create them, reset PINs, unlock, set mentors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError, ValidationError
from counterapp.services import Actor, Services
from counterapp.ui.common import palette
from counterapp.ui.common.messages import error_text, show_error
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.login import pin_edit
from counterapp.ui.staff.models import ROLE_LABELS, UsersModel, role_label


class NewUserDialog(QDialog):
    """Login, name, role, first PIN (typed twice) and mentor of a new user."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.created = None
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("newUserLogin")
        self.login_edit.setPlaceholderText(self.tr("e.g. mrossi"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newUserName")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("newUserRole")
        for value in ROLE_LABELS:
            self.role_combo.addItem(role_label(value), value)
        self.pin_edit = pin_edit(self)
        self.pin_edit.setObjectName("newUserPin")
        self.pin_again = pin_edit(self)
        self.pin_again.setObjectName("newUserPinAgain")
        self.mentor_combo = QComboBox(self)
        self.mentor_combo.setObjectName("newUserMentor")
        self.mentor_combo.addItem(self.tr("(none)"), "")
        for row in services.staff.list_users():
            if row.active and row.role.value in ("senior", "manager"):
                self.mentor_combo.addItem(f"{row.display_name} ({row.login})", row.login)
        self.message = QLabel(self)
        self.message.setObjectName("newUserMessage")
        palette.style_message(self.message, "error")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&PIN (4–8 digits):"), self.pin_edit)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        form.addRow(self.tr("&Mentor:"), self.mentor_combo)
        create = QPushButton(self.tr("&Create"), self)
        create.setObjectName("createUserButton")
        create.setDefault(True)
        create.clicked.connect(self._create)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(create)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _create(self) -> None:
        if self.pin_edit.text() != self.pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            self.created = self.services.staff.create_user(
                self.actor, self.login_edit.text(), self.name_edit.text(),
                self.role_combo.currentData(), self.pin_edit.text(),
                self.mentor_combo.currentData() or None)
        except CounterAppError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    """The list of users with the manager's actions on the selected one."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.resize(820, 460)
        self.model = UsersModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "usersTable",
                                              stretch_column=UsersModel.COL_NAME,
                                              single_selection=True)
        self.table.sortByColumn(UsersModel.COL_LOGIN, Qt.SortOrder.AscendingOrder)
        buttons = QHBoxLayout()
        self.buttons = {}
        for name, text, slot in (
                ("newUserButton", self.tr("&New user…"), self.new_user),
                ("resetPinButton", self.tr("&Reset PIN…"), self.reset_pin),
                ("unlockButton", self.tr("&Unlock"), self.unlock),
                ("mentorButton", self.tr("Set &mentor…"), self.set_mentor),
                ("roleButton", self.tr("Change r&ole…"), self.set_role),
                ("activeButton", self.tr("&Deactivate / reactivate"), self.toggle_active)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload the users, keeping the selection on the same login."""
        current = self.selected()
        self.model.set_rows(self.services.staff.list_users())
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        for row in range(self.proxy.rowCount()):
            user = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if current is not None and user.login == current.login:
                self.table.selectRow(row)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def selected(self):
        """The selected ``UserRow`` (or ``None``)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _run(self, call) -> None:
        try:
            call()
        except CounterAppError as exc:
            show_error(self, exc, self.tr("Users"))
        self.refresh()

    def new_user(self) -> None:
        """Create a user in a small form."""
        if NewUserDialog(self.services, self.actor, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def reset_pin(self) -> None:
        """Set a new PIN for the selected user (typed twice)."""
        user = self.selected()
        if user is None:
            return
        pin, ok = QInputDialog.getText(
            self, self.tr("Reset PIN"), self.tr("New PIN for %1 (4–8 digits):")
            .replace("%1", user.display_name), QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("Reset PIN"), self.tr("The same PIN again:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return
        if pin != again:
            show_error(self, ValidationError("pin", self.tr("the two PINs differ")))
            return
        self._run(lambda: self.services.staff.reset_pin(self.actor, user.login, pin))

    def unlock(self) -> None:
        """Unlock the selected user after too many wrong PINs."""
        user = self.selected()
        if user is not None:
            self._run(lambda: self.services.staff.unlock(self.actor, user.login))

    def set_mentor(self) -> None:
        """Choose the selected user's mentor among seniors and managers."""
        user = self.selected()
        if user is None:
            return
        choices = [self.tr("(none)")] + [
            r.login for r in self.services.staff.list_users()
            if r.active and r.role.value in ("senior", "manager") and r.login != user.login]
        current = choices.index(user.mentor_login) if user.mentor_login in choices else 0
        choice, ok = QInputDialog.getItem(self, self.tr("Mentor"), self.tr("Mentor of %1:")
                                          .replace("%1", user.display_name), choices, current,
                                          False)
        if ok:
            mentor = None if choices.index(choice) == 0 else choice
            self._run(lambda: self.services.staff.set_mentor(self.actor, user.login, mentor))

    def set_role(self) -> None:
        """Change the selected user's role."""
        user = self.selected()
        if user is None:
            return
        values = list(ROLE_LABELS)
        labels = [role_label(v) for v in values]
        choice, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role of %1:")
                                          .replace("%1", user.display_name), labels,
                                          values.index(user.role.value), False)
        if ok:
            role = values[labels.index(choice)]
            self._run(lambda: self.services.staff.set_role(self.actor, user.login, role))

    def toggle_active(self) -> None:
        """Deactivate a user who left (or bring them back)."""
        user = self.selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(self, self.tr("Deactivate"), self.tr(
                "Deactivate %1? They will no longer be able to log in.")
                .replace("%1", user.display_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda: self.services.staff.set_active(self.actor, user.login,
                                                         not user.active))

    @classmethod
    def open_for(cls, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        """Show the dialog if ``actor`` may manage users, else say why not."""
        from counterapp.domain.errors import PermissionDenied  # noqa: PLC0415
        from counterapp.domain.permissions import Action, require  # noqa: PLC0415

        try:
            require(actor.role, Action.EDIT_USERS)
        except PermissionDenied as exc:
            show_error(parent, exc)
            return
        cls(services, actor, parent).exec()
