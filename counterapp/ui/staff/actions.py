"""Tools → Users…: the staff package's menu entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from counterapp.domain.permissions import Action
from counterapp.services import Services
from counterapp.ui.common.actions import logged_in_actor, make_action
from counterapp.ui.session import Session


def open_users(window: QWidget, services: Services, session: Session) -> None:
    """The users dialog (managers; the dialog says why to anyone else)."""
    from counterapp.ui.staff.users_dialog import UsersDialog  # noqa: PLC0415

    if logged_in_actor(window, session) is not None:
        UsersDialog.open_for(services, session.actor, window)


def users_action(window: QWidget, services: Services, session: Session) -> QAction:
    """Tools → Users…, disabled with the reason for roles that may not manage users."""
    return make_action(window, QCoreApplication.translate("StaffActions", "&Users…"),
                       object_name="usersAction", permission=Action.EDIT_USERS,
                       session=session, slot=lambda: open_users(window, services, session))
