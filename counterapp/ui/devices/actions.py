"""Tools ▸ Daily closure (Z) and Tools ▸ Open drawer.

Both talk to a device, so the service call runs off the UI thread (``run_in_background``);
the questions (confirm the closure, the drawer's reason) are static methods tests replace,
as pytest-qt advises for modal dialogs. Permissions are the services' (``FISCAL_CLOSE``,
``OPEN_DRAWER``); the actions follow the role through ``make_action(permission=…)``.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from counterapp.domain.errors import PermissionDenied
from counterapp.domain.permissions import Action
from counterapp.services import Services
from counterapp.ui.common.actions import logged_in_actor, make_action
from counterapp.ui.common.approval import ApprovalDialog
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.operation import run_in_background
from counterapp.ui.session import Session


class DeviceActions:
    """The two Tools entries and what they do; ``last_message`` is what the clerk was told."""

    def __init__(self, window: QWidget, services: Services, session: Session):
        self.window, self.services, self.session = window, services, session
        self.last_message = ""
        self._reason = ""

    def actions(self) -> list[QAction]:
        """Daily closure (Z) and Open drawer, for the Tools menu."""
        return [
            make_action(self.window, translate("DeviceActions", "&Daily closure (Z)…"),
                        object_name="dailyClosureAction", slot=self.daily_closure,
                        permission=Action.FISCAL_CLOSE, session=self.session),
            make_action(self.window, translate("DeviceActions", "Open &drawer…"),
                        object_name="openDrawerAction", slot=self.open_drawer,
                        permission=Action.OPEN_DRAWER, session=self.session),
        ]

    # -- questions (tests replace these) -----------------------------------------------------
    @staticmethod
    def confirm_closure(parent: QWidget) -> bool:
        """Print the Z report now?"""
        return QMessageBox.question(
            parent, translate("DeviceActions", "Daily closure (Z)"),
            translate("DeviceActions", "Print the daily closure (Z report) on the fiscal "
                      "printer now? It closes the fiscal day.")) == QMessageBox.StandardButton.Yes

    @staticmethod
    def ask_reason(parent: QWidget) -> str | None:
        """Why the drawer is opened without a sale (None when cancelled)."""
        text, ok = QInputDialog.getText(
            parent, translate("DeviceActions", "Open drawer"),
            translate("DeviceActions", "Why is the drawer opened without a sale?"))
        return text if ok else None

    def tell(self, text: str, error: bool = False) -> None:
        """Say how it went (a message box; ``last_message`` keeps it)."""
        self.last_message = text
        box = QMessageBox.warning if error else QMessageBox.information
        box(self.window, translate("DeviceActions", "CounterApp"), text)

    # -- commands ----------------------------------------------------------------------------
    def daily_closure(self) -> None:
        """Confirm, then print the Z report off the UI thread and say its number."""
        actor = logged_in_actor(self.window, self.session)
        if actor is None or not self.confirm_closure(self.window):
            return
        devices = self.services.devices

        def closed(result) -> None:
            z = f"{result.z_number:04d}" if result.z_number is not None else "?"
            text = translate("DeviceActions", "Daily closure done: Z %1 on %2.")
            self.tell(text.replace("%1", z).replace("%2", result.printer_serial or result.device))

        run_in_background(lambda _p: devices.daily_closure(actor), parent=self.window,
                          success=closed, failure=lambda exc: self.tell(error_text(exc), True),
                          title=translate("DeviceActions", "Daily closure (Z)"))

    def open_drawer(self, approvals: tuple = ()) -> None:
        """Ask the reason (and a senior's PIN for a junior), then open the drawer."""
        actor = logged_in_actor(self.window, self.session)
        if actor is None:
            return
        reason = self.ask_reason(self.window) if not approvals else self._reason
        if reason is None:
            return
        self._reason = reason
        devices = self.services.devices

        def refused(exc: BaseException) -> None:
            if isinstance(exc, PermissionDenied) and exc.needs_approval and not approvals:
                approval = ApprovalDialog.ask(self.services, actor, Action.OPEN_DRAWER,
                                              description=reason, parent=self.window)
                if approval is not None:
                    self.open_drawer((approval,))
                return
            self.tell(error_text(exc), True)

        run_in_background(lambda _p: devices.open_drawer(actor, reason, approvals=approvals),
                          parent=self.window, show_progress=False,
                          success=lambda _none: self.tell(
                              translate("DeviceActions", "The drawer is open.")),
                          failure=refused)
