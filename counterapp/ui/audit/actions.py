"""Tools → Audit log…: the audit package's menu entry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from counterapp.domain.errors import PermissionDenied
from counterapp.domain.permissions import Action
from counterapp.services import Services
from counterapp.ui.common.actions import logged_in_actor, make_action
from counterapp.ui.common.messages import show_error
from counterapp.ui.session import Session


def open_audit_log(window: QWidget, services: Services, session: Session,
                   pick_customer: Callable[[QWidget], int | None]) -> None:
    """The audit log viewer (managers; the service refuses anyone else)."""
    from counterapp.ui.audit.viewer import AuditDialog  # noqa: PLC0415

    if logged_in_actor(window, session) is None:
        return
    try:
        services.audit.search(session.actor, limit=1)
    except PermissionDenied as exc:
        show_error(window, exc)
        return
    AuditDialog(services, session.actor, window, pick_customer=pick_customer).exec()


def audit_log_action(window: QWidget, services: Services, session: Session,
                     pick_customer: Callable[[QWidget], int | None]) -> QAction:
    """Tools → Audit log…, disabled with the reason for roles that may not read it.

    ``pick_customer(parent)`` is the customer search the viewer filters by (the caller
    wires it: the audit package knows no customer dialogs)."""
    return make_action(window, QCoreApplication.translate("AuditActions", "&Audit log…"),
                       object_name="auditLogAction", permission=Action.VIEW_AUDIT,
                       session=session,
                       slot=lambda: open_audit_log(window, services, session, pick_customer))
