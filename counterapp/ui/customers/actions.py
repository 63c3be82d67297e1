"""The Customers menu: find (Ctrl+K), new customer, most valuable customers.

``main_window._build_menus`` adds what ``customer_actions`` returns; the slots live here so
the main window stays free of customer logic.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from counterapp.services import Services
from counterapp.ui.common.actions import logged_in_actor, make_action
from counterapp.ui.session import Session


def find_customer(window: QWidget, services: Services, session: Session) -> int | None:
    """Ctrl+K: search; the chosen customer opens in the customer dialog."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415
    from counterapp.ui.customers.search_dialog import CustomerSearchDialog  # noqa: PLC0415

    if logged_in_actor(window, session) is None:
        return None
    customer_id = CustomerSearchDialog.ask(services, session, window)
    if customer_id is not None:
        CustomerDialog.edit(window, services, session.actor, customer_id)
    return customer_id


def new_customer(window: QWidget, services: Services, session: Session) -> None:
    """Create a customer from the menu."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415

    if logged_in_actor(window, session) is not None:
        CustomerDialog.edit(window, services, session.actor, None)


def most_valuable(window: QWidget, services: Services, session: Session) -> None:
    """The most valuable customers; double-click opens one."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415
    from counterapp.ui.customers.value_dialog import MostValuableDialog  # noqa: PLC0415

    if logged_in_actor(window, session) is None:
        return
    dialog = MostValuableDialog(services, window)
    dialog.customer_requested.connect(
        lambda cid: CustomerDialog.edit(dialog, services, session.actor, cid))
    dialog.exec()


def customer_actions(window: QWidget, services: Services, session: Session) -> list[QAction]:
    """The Customers menu: find (Ctrl+K), new, most valuable."""
    return [
        make_action(window, QCoreApplication.translate("CustomerActions", "&Find customer…"),
                    shortcut="Ctrl+K", object_name="findCustomerAction",
                    slot=lambda: find_customer(window, services, session)),
        make_action(window, QCoreApplication.translate("CustomerActions", "&New customer…"),
                    object_name="newCustomerAction",
                    slot=lambda: new_customer(window, services, session)),
        make_action(window, QCoreApplication.translate("CustomerActions",
                                                       "&Most valuable customers…"),
                    object_name="mostValuableAction",
                    slot=lambda: most_valuable(window, services, session)),
    ]
