"""The users table (``UserRow`` from ``StaffService.list_users``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from counterapp.ui.common import palette
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel

ROLE_LABELS = {
    "junior": QT_TRANSLATE_NOOP("StaffModels", "Entry-level rep"),
    "senior": QT_TRANSLATE_NOOP("StaffModels", "Senior rep"),
    "account-manager": QT_TRANSLATE_NOOP("StaffModels", "Account manager"),
    "manager": QT_TRANSLATE_NOOP("StaffModels", "Manager"),
}


def role_label(role: str) -> str:
    """The translated name of a role value."""
    return QCoreApplication.translate("StaffModels", ROLE_LABELS.get(str(role), str(role)))


def _state(row) -> str:
    if row.locked:
        return QCoreApplication.translate("StaffModels", "locked")
    if row.active:
        return QCoreApplication.translate("StaffModels", "active")
    return QCoreApplication.translate("StaffModels", "inactive")


class UsersModel(RowsModel):
    """Users with role, mentor and state; locked users in red, inactive ones grey."""

    CONTEXT = "StaffModels"
    COL_LOGIN, COL_NAME, COL_ROLE, COL_MENTOR, COL_STATE, COL_FAILED = range(6)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("StaffModels", "Login"), lambda r: r.login),
        Column(QT_TRANSLATE_NOOP("StaffModels", "Name"), lambda r: r.display_name),
        Column(QT_TRANSLATE_NOOP("StaffModels", "Role"), lambda r: role_label(r.role.value)),
        Column(QT_TRANSLATE_NOOP("StaffModels", "Mentor"), lambda r: r.mentor_login),
        Column(QT_TRANSLATE_NOOP("StaffModels", "State"), _state),
        Column(QT_TRANSLATE_NOOP("StaffModels", "Wrong PINs"), lambda r: str(r.failed_pins),
               lambda r: r.failed_pins, RIGHT),
    )

    def colour(self, row, column) -> QColor | None:
        if row.locked:
            return palette.colour(palette.ERROR)
        if not row.active:
            return palette.colour(palette.MUTED)
        return None
