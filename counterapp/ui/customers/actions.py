"""The menu actions of the customers, staff and audit packages, for the main window.

``main_window._build_menus`` adds what these functions return; the slots live here so the
main window stays free of customer logic.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from counterapp.services import Services
from counterapp.ui.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerActions", text)


def _action(window: QWidget, text: str, shortcut: str | None, slot, name: str) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _actor_or_login(window: QWidget, session: Session):
    if session.actor is None:
        QMessageBox.information(window, QCoreApplication.translate("CustomerActions", "Customers"), QCoreApplication.translate("CustomerActions", "Log in first."))
    return session.actor


def find_customer(window: QWidget, services: Services, session: Session) -> int | None:
    """Ctrl+K: search; the chosen customer opens in the customer dialog."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415
    from counterapp.ui.customers.search_dialog import CustomerSearchDialog  # noqa: PLC0415

    if _actor_or_login(window, session) is None:
        return None
    customer_id = CustomerSearchDialog.ask(services, session, window)
    if customer_id is not None:
        CustomerDialog.edit(window, services, session.actor, customer_id)
    return customer_id


def new_customer(window: QWidget, services: Services, session: Session) -> None:
    """Create a customer from the menu."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415

    if _actor_or_login(window, session) is not None:
        CustomerDialog.edit(window, services, session.actor, None)


def most_valuable(window: QWidget, services: Services, session: Session) -> None:
    """The most valuable customers; double-click opens one."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415
    from counterapp.ui.customers.value_dialog import MostValuableDialog  # noqa: PLC0415

    if _actor_or_login(window, session) is None:
        return
    dialog = MostValuableDialog(services, window)
    dialog.customer_requested.connect(
        lambda cid: CustomerDialog.edit(dialog, services, session.actor, cid))
    dialog.exec()


def users(window: QWidget, services: Services, session: Session) -> None:
    """Tools → Users… (managers)."""
    from counterapp.ui.staff.users_dialog import UsersDialog  # noqa: PLC0415

    if _actor_or_login(window, session) is not None:
        UsersDialog.open_for(services, session.actor, window)


def audit_log(window: QWidget, services: Services, session: Session) -> None:
    """Tools → Audit log… (managers; the service refuses others)."""
    from counterapp.domain.errors import PermissionDenied  # noqa: PLC0415
    from counterapp.ui.audit.viewer import AuditDialog  # noqa: PLC0415
    from counterapp.ui.common.messages import show_error  # noqa: PLC0415

    if _actor_or_login(window, session) is None:
        return
    try:
        services.audit.search(session.actor, limit=1)
    except PermissionDenied as exc:
        show_error(window, exc)
        return
    AuditDialog(services, session.actor, window).exec()


def import_export(window: QWidget, services: Services, session: Session) -> None:
    """Tools → Import/Export…"""
    from counterapp.ui.customers.import_dialog import ImportDialog  # noqa: PLC0415

    if _actor_or_login(window, session) is not None:
        ImportDialog(services, session.actor, window).exec()


def customer_actions(window: QWidget, services: Services, session: Session) -> list[QAction]:
    """The Customers menu: find (Ctrl+K), new, most valuable."""
    return [
        _action(window, QCoreApplication.translate("CustomerActions", "&Find customer… (Ctrl+K)"), "Ctrl+K",
                lambda: find_customer(window, services, session), "findCustomerAction"),
        _action(window, QCoreApplication.translate("CustomerActions", "&New customer…"), None,
                lambda: new_customer(window, services, session), "newCustomerAction"),
        _action(window, QCoreApplication.translate("CustomerActions", "&Most valuable customers…"), None,
                lambda: most_valuable(window, services, session), "mostValuableAction"),
    ]


def admin_actions(window: QWidget, services: Services, session: Session) -> list[QAction]:
    """Tools menu entries: Users…, Audit log…, Import/Export…"""
    return [
        _action(window, QCoreApplication.translate("CustomerActions", "&Users…"), None, lambda: users(window, services, session),
                "usersAction"),
        _action(window, QCoreApplication.translate("CustomerActions", "&Audit log…"), None, lambda: audit_log(window, services, session),
                "auditLogAction"),
        _action(window, QCoreApplication.translate("CustomerActions", "&Import/Export…"), None,
                lambda: import_export(window, services, session), "importExportAction"),
    ]
