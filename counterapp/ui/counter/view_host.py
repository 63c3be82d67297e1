"""The counter view's answers to its controller: the Qt dialogs, the signals, the paper.

``CounterDialogs`` implements ``controller.CounterHost`` for a ``CounterPanel``: it asks
the clerk (approval PIN, sell beyond stock, deliver a phone order, close with a cart),
opens the payment dialog wired to ``CounterController.checkout``, shows the delivery
promise and prints after the commit. It uses only the panel's public members.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from counterapp.domain.permissions import Action
from counterapp.services import Approval
from counterapp.services.cart import CustomerBadge, PricedLine
from counterapp.services.delivery import DeliveryRequest
from counterapp.ui.common.approval import ApprovalDialog
from counterapp.ui.common.printing import default_printer_name, warm_up
from counterapp.ui.common.printing import print_document as print_with_preview
from counterapp.ui.counter.controller_checkout import PaymentRequest
from counterapp.ui.counter.delivery_dialog import DeliveryDialog
from counterapp.ui.counter.parked_dialog import CloseDialog
from counterapp.ui.counter.payment_dialog import PaymentDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class CounterDialogs:
    """``CounterHost`` for ``panel`` (a ``CounterPanel``)."""

    def __init__(self, panel):
        self.panel = panel

    # -- questions ---------------------------------------------------------------------------
    def approve(self, action: Action, amount: Decimal | None,
                description: str) -> Approval | None:
        """The approval dialog over the payment dialog when one is open."""
        panel = self.panel
        return ApprovalDialog.ask(panel.services, panel.session.actor, action, amount=amount,
                                  description=description,
                                  parent=panel.payment_dialog or panel)

    def confirm_backorder(self, short: Sequence[PricedLine]) -> bool:
        """Sell beyond stock? (names at most ten lines)."""
        names = "\n".join(
            translate("CounterFlows", "%1: %2 wanted, %3 in stock")
            .replace("%1", line.name).replace("%2", str(line.quantity))
            .replace("%3", str(line.stock))
            for line in short[:10])
        answer = QMessageBox.question(
            self.panel, translate("CounterFlows", "Sell beyond stock?"),
            translate("CounterFlows", "These lines are above the stock on hand:") + "\n\n"
            + names + "\n\n"
            + translate("CounterFlows", "Sell them anyway (the missing units go on backorder)?"))
        return answer == QMessageBox.StandardButton.Yes

    def deliver_phone_order(self) -> bool | None:
        """Yes: deliver; No: pay now; Cancel: nothing."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.panel, translate("CounterFlows", "Phone order"),
            translate("CounterFlows", "Deliver this order to the customer?"),
            buttons.Yes | buttons.No | buttons.Cancel, buttons.Yes)
        if answer == buttons.Cancel:
            return None
        return answer == buttons.Yes

    def ask_delivery(self, customer: CustomerBadge | None) -> DeliveryRequest | None:
        """The Deliver dialog (address, method, date, rush)."""
        panel = self.panel
        request = DeliveryDialog.ask(panel.services, customer, panel.controller.today(),
                                     parent=panel)
        if request is None:
            panel.focus_main_field()
        return request

    def choose_close(self, cart_lines: int, parked: int) -> str:
        """Park, discard, keep or cancel."""
        return CloseDialog.ask(self.panel, cart_lines, parked)

    # -- payment -----------------------------------------------------------------------------
    def open_payment(self, request: PaymentRequest) -> None:
        """``paymentDialog``, window-modal and non-blocking; its confirm checks out."""
        panel = self.panel
        if panel.payment_dialog is not None:
            return
        title = (translate("CounterFlows", "Payment – delivery order")
                 if request.delivery is not None else translate("CounterFlows", "Payment"))
        dialog = PaymentDialog(request.gross, request.customer, title=title,
                               allow_later=request.delivery is not None, parent=panel)
        panel.payment_dialog = dialog
        dialog.confirmed.connect(
            lambda payments: panel.controller.checkout(payments, request.delivery, dialog))
        dialog.finished.connect(lambda _result: self._payment_closed(dialog))
        dialog.open()

    def _payment_closed(self, dialog: PaymentDialog) -> None:
        panel = self.panel
        if panel.payment_dialog is dialog:
            panel.payment_dialog = None
        dialog.deleteLater()
        if not panel.controller.busy:
            panel.focus_main_field()

    # -- after the commit --------------------------------------------------------------------
    def sale_completed(self, number: str, call_id: int | None) -> None:
        """The panel's signals; the keyboard goes back to the search field."""
        panel = self.panel
        panel.focus_main_field()
        panel.sale_completed.emit(number)
        if call_id is not None:
            panel.phone_order_completed.emit(number, call_id)

    def parked_changed(self) -> None:
        """The panel's ``parked_changed`` signal."""
        self.panel.parked_changed.emit()

    def print_document(self, doc_type: str, number: str, *, preview: bool = False) -> None:
        """Print after the event loop turns (the commit is already done and stays)."""
        QTimer.singleShot(0, lambda: self.print_now(doc_type, number, preview=preview))

    def print_now(self, doc_type: str, number: str, *, preview: bool = False) -> None:
        """Render off the UI thread, then print directly to the set printer; a preview when
        no printer is set for ``doc_type`` or ``preview`` asks for one."""
        panel = self.panel
        direct = not preview and bool(
            default_printer_name(panel.services.ctx.settings, doc_type))

        def failed(exc: BaseException) -> None:
            log.error("printing %s %s failed: %s", doc_type, number, exc)
            panel.controller.print_failed(number, exc)

        print_with_preview(panel, panel.services, panel.session, doc_type, number,
                           preview=not direct, finished=lambda _printed: panel.focus_main_field(),
                           failed=failed)


def _warm_up_printing() -> None:
    """Load QtPdf/QtPrintSupport and ReportLab's fonts while the main window is built.

    Parsing the DejaVu TTF files takes ~80 ms and holds the GIL even in a worker thread,
    so done after the first sale it froze the counter for 90-150 ms; at start-up nobody
    is waiting for the window yet.
    """
    try:
        warm_up()
    except Exception:  # noqa: BLE001 (a font problem shows up, named, at the first print)
        log.exception("printing warm-up failed")


_warm_up_printing()
