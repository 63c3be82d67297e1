"""The users table (``UserRow`` from ``StaffService.list_users``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from counterapp.ui.customers.models import MUTED, OVER_LIMIT, RowsModel

ROLE_LABELS = {
    "junior": QT_TRANSLATE_NOOP("StaffModels", "Entry-level rep"),
    "senior": QT_TRANSLATE_NOOP("StaffModels", "Senior rep"),
    "account-manager": QT_TRANSLATE_NOOP("StaffModels", "Account manager"),
    "manager": QT_TRANSLATE_NOOP("StaffModels", "Manager"),
}


def role_label(role: str) -> str:
    """The translated name of a role value."""
    return QCoreApplication.translate("StaffModels", ROLE_LABELS.get(str(role), str(role)))


class UsersModel(RowsModel):
    """Users with role, mentor and state; locked users in red, inactive ones grey."""

    CONTEXT = "StaffModels"
    COL_LOGIN, COL_NAME, COL_ROLE, COL_MENTOR, COL_STATE, COL_FAILED = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("StaffModels", "Login"),
               QT_TRANSLATE_NOOP("StaffModels", "Name"),
               QT_TRANSLATE_NOOP("StaffModels", "Role"),
               QT_TRANSLATE_NOOP("StaffModels", "Mentor"),
               QT_TRANSLATE_NOOP("StaffModels", "State"),
               QT_TRANSLATE_NOOP("StaffModels", "Wrong PINs"))
    MONEY_COLUMNS = frozenset({COL_FAILED})

    def display(self, row, column):
        if column == self.COL_LOGIN:
            return row.login
        if column == self.COL_NAME:
            return row.display_name
        if column == self.COL_ROLE:
            return role_label(row.role.value)
        if column == self.COL_MENTOR:
            return row.mentor_login
        if column == self.COL_STATE:
            if row.locked:
                return QCoreApplication.translate("StaffModels", "locked")
            if row.active:
                return QCoreApplication.translate("StaffModels", "active")
            return QCoreApplication.translate("StaffModels", "inactive")
        if column == self.COL_FAILED:
            return str(row.failed_pins)
        return None

    def sort_value(self, row, column):
        if column == self.COL_FAILED:
            return row.failed_pins
        return self.display(row, column)

    def colour(self, row, column) -> QColor | None:
        if row.locked:
            return OVER_LIMIT
        if not row.active:
            return MUTED
        return None
