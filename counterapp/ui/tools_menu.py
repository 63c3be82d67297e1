"""The Tools menu: Users…, Audit log…, Import/Export… — each from the package it opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from counterapp.services import Services
from counterapp.ui.audit.actions import audit_log_action
from counterapp.ui.common.actions import logged_in_actor, make_action
from counterapp.ui.devices.actions import DeviceActions
from counterapp.ui.session import Session
from counterapp.ui.staff.actions import users_action


def open_import_export(window: QWidget, services: Services, session: Session) -> None:
    """The import/export dialog (each import or export is permission-checked there)."""
    from counterapp.ui.customers.import_dialog import ImportDialog  # noqa: PLC0415

    if logged_in_actor(window, session) is not None:
        ImportDialog(services, session.actor, window).exec()


def _pick_customer(services: Services, parent: QWidget) -> int | None:
    from counterapp.ui.customers.search_dialog import CustomerSearchDialog  # noqa: PLC0415

    return CustomerSearchDialog.ask(services, None, parent)


def tools_actions(window: QWidget, services: Services, session: Session) -> list[QAction]:
    """Tools menu entries: Users…, Audit log…, Import/Export…, Daily closure (Z)…, Open
    drawer… (the last two: ``ui/devices/actions.py``)."""
    return [
        users_action(window, services, session),
        audit_log_action(window, services, session,
                         lambda parent: _pick_customer(services, parent)),
        make_action(window, QCoreApplication.translate("ToolsMenu", "&Import/Export…"),
                    object_name="importExportAction",
                    slot=lambda: open_import_export(window, services, session)),
        *DeviceActions(window, services, session).actions(),
    ]
