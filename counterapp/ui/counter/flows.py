"""The counter's multi-step commands: pay, deliver, discount, customer, park, quote, return.

Functions take the ``CounterPanel`` so the panel module stays a widget; each one calls
services and shows their typed errors, never computes a price.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from counterapp.domain.errors import CounterAppError, PermissionDenied
from counterapp.domain.formatting import format_money, format_percent
from counterapp.domain.permissions import Action
from counterapp.services import Approval
from counterapp.services.cart import PaymentInput, SaleResult
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.retry import retry_transient
from counterapp.ui.common.approval import ApprovalDialog
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.messages import error_text, retrying_text, show_error
from counterapp.ui.counter.discount_dialog import DiscountDialog
from counterapp.ui.counter.parked_dialog import CloseDialog, ParkedDialog
from counterapp.ui.counter.payment_dialog import PaymentDialog
from counterapp.ui.operation import run_in_background

log = logging.getLogger(__name__)

ERROR = "color: #b00020; font-weight: bold;"
INFO = "color: #1b5e20;"
WARN = "color: #8a4b00; font-weight: bold;"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def ask_approval(panel, exc: PermissionDenied, parent=None) -> Approval | None:
    """A senior's PIN for what ``exc`` refused; ``None`` when cancelled."""
    try:
        action = Action(str(exc.action))
    except ValueError:
        return None
    return ApprovalDialog.ask(
        panel.services,
        panel.session.actor,
        action,
        amount=exc.amount,
        description=str(exc),
        parent=parent or panel,
    )


# -- payment ---------------------------------------------------------------------------------
def pay(panel) -> None:
    """F12: confirm backorders, then the payment dialog; phone orders offer delivery first."""
    if panel._committing or panel.payment_dialog is not None or panel.priced is None:
        return
    if panel.cart.is_empty():
        panel.show_message(
            translate("CounterFlows", "The cart is empty: scan a product first."), ERROR
        )
        return
    if panel.cart.deliver_by_default:
        answer = QMessageBox.question(
            panel,
            translate("CounterFlows", "Phone order"),
            translate("CounterFlows", "Deliver this order to the customer?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        if answer == QMessageBox.StandardButton.Yes:
            deliver(panel)
            return
    open_payment(panel, delivery=None)


def _confirm_backorders(panel) -> bool:
    short = [line for line in panel.priced.lines if line.backorder]
    panel.confirm_backorder = False
    if not short:
        return True
    names = "\n".join(
        translate("CounterFlows", "%1: %2 wanted, %3 in stock")
        .replace("%1", line.name)
        .replace("%2", str(line.quantity))
        .replace("%3", str(line.stock))
        for line in short[:10]
    )
    answer = QMessageBox.question(
        panel,
        translate("CounterFlows", "Sell beyond stock?"),
        translate("CounterFlows", "These lines are above the stock on hand:")
        + "\n\n"
        + names
        + "\n\n"
        + translate("CounterFlows", "Sell them anyway (the missing units go on backorder)?"),
    )
    panel.confirm_backorder = answer == QMessageBox.StandardButton.Yes
    return panel.confirm_backorder


def open_payment(panel, delivery: DeliveryRequest | None) -> None:
    """Open ``paymentDialog`` (window-modal, non-blocking); its confirm commits the sale."""
    if panel.payment_dialog is not None or panel._committing:
        return
    if not _confirm_backorders(panel):
        return
    title = (
        translate("CounterFlows", "Payment – delivery order")
        if delivery is not None
        else translate("CounterFlows", "Payment")
    )
    dialog = PaymentDialog(
        panel.priced.gross,
        panel.priced.customer,
        title=title,
        allow_later=delivery is not None,
        parent=panel,
    )
    panel.payment_dialog = dialog
    dialog.confirmed.connect(lambda payments: commit(panel, dialog, payments, delivery))
    dialog.finished.connect(lambda _result: _payment_closed(panel, dialog))
    dialog.open()


def _payment_closed(panel, dialog) -> None:
    if panel.payment_dialog is dialog:
        panel.payment_dialog = None
    dialog.deleteLater()
    if not panel._committing:
        panel.focus_main_field()


def commit(panel, dialog, payments: list[PaymentInput], delivery: DeliveryRequest | None) -> bool:
    """Check out once, off the UI thread; returns whether a checkout was started.

    Every further press (Enter, click, F12, a re-entrant call) while it runs does nothing.
    The cart's ``sale_uuid`` is kept on failure, so a retry cannot make a second sale even
    if the first attempt reached the database; the service is idempotent on it.
    """
    if panel._committing or panel.cart.is_empty() or panel.session.actor is None:
        return False
    panel._committing = True
    panel.refresh_buttons()
    dialog.set_busy(True)
    sales = panel.services.sales
    actor = panel.session.actor
    draft = panel.cart.draft()
    sale_uuid = panel.cart.sale_uuid
    approvals = tuple(panel.cart.approvals)
    confirm_backorder = panel.confirm_backorder
    payments = list(payments)

    def work(progress):
        # Safe to repeat: the sale UUID makes a second attempt return the first sale if the
        # lost attempt did commit. Each retry is reported so the clerk sees why it waits.
        return retry_transient(
            lambda: sales.checkout(
                actor,
                draft,
                payments,
                sale_uuid=sale_uuid,
                approvals=approvals,
                delivery=delivery,
                confirm_backorder=confirm_backorder,
            ),
            on_retry=lambda exc: progress.report(0, 0, str(exc)),
        )

    def succeeded(result: SaleResult) -> None:
        panel._committing = False
        dialog.accept()
        sale_done(panel, result, delivery is not None)

    def failed(exc: BaseException) -> None:
        panel._committing = False
        panel.refresh_buttons()
        if isinstance(exc, PermissionDenied) and exc.needs_approval:
            approval = ask_approval(panel, exc, dialog)
            if approval is not None:
                panel.cart.add_approval(approval)
                commit(panel, dialog, payments, delivery)
                return
        dialog.show_error(error_text(exc))

    operation = run_in_background(
        work, parent=panel, success=succeeded, failure=failed, show_progress=False
    )
    operation.progressed.connect(lambda *_: dialog.message.setText(retrying_text()))
    operation.finished.connect(operation.deleteLater)
    panel.commit_operation = operation
    return True


def sale_done(panel, result: SaleResult, delivered: bool) -> None:
    """The sale is committed: clear the cart, say so, print the receipt afterwards."""
    call_id = panel.cart.call_id
    panel.last_sale_number = result.number
    panel.cart.clear()
    panel.confirm_backorder = False
    panel._empty_prefixes.clear()
    panel.refresh()
    text = (
        translate("CounterFlows", "Sale %1 saved: %2.")
        .replace("%1", result.number)
        .replace("%2", format_money(result.gross, ui_locale()))
    )
    if result.change:
        text += " " + translate("CounterFlows", "Change due: %1.").replace(
            "%1", format_money(result.change, ui_locale())
        )
    text += " " + translate("CounterFlows", "Ctrl+P prints the receipt again.")
    panel.show_message(text, INFO)
    panel.focus_main_field()
    panel.sale_completed.emit(result.number)
    if call_id is not None:
        panel.phone_order_completed.emit(result.number, call_id)
    if delivered:
        QTimer.singleShot(0, lambda: _show_delivery(panel, result.number))
    else:
        # Printing comes after the commit and can never undo it.
        QTimer.singleShot(0, lambda: print_document(panel, "receipt", result.number))


def _warm_up_printing() -> None:
    """Import the printing helper (QtPdf, QtPrintSupport) and load ReportLab's fonts now.

    Called once when this module is imported, i.e. while the main window is being built.
    Parsing the DejaVu TTF files takes ~80 ms and holds the GIL even in a worker thread,
    so done after the first sale it froze the counter for 90-150 ms; at start-up nobody
    is waiting for the window yet.
    """
    try:
        from counterapp.ui.common.printing import warm_up  # noqa: PLC0415
    except ImportError:  # printing not shipped: print_document says so when asked
        return
    try:
        warm_up()
    except Exception:  # noqa: BLE001 (a font problem shows up, named, at the first print)
        log.exception("printing warm-up failed")


def print_document(panel, doc_type: str, number: str) -> bool:
    """Print ``doc_type`` of ``number`` (preview unless a printer is configured)."""
    try:
        from counterapp.ui.common.printing import (  # noqa: PLC0415
            default_printer_name,
        )
        from counterapp.ui.common.printing import (  # noqa: PLC0415
            print_document as print_with_preview,
        )
    except ImportError:
        panel.show_message(
            translate(
                "CounterFlows", "Printing is not available in this version; %1 is saved."
            ).replace("%1", number),
            WARN,
        )
        return False
    direct = bool(default_printer_name(panel.services.ctx.settings, doc_type))
    try:
        printed = print_with_preview(
            panel, panel.services, panel.session, doc_type, number, preview=not direct
        )
    except Exception as exc:  # noqa: BLE001 (a printing failure must never touch the sale)
        log.exception("printing %s %s failed", doc_type, number)
        panel.show_message(
            translate(
                "CounterFlows", "%1 was not printed (%2). It is saved: Ctrl+P prints it again."
            )
            .replace("%1", number)
            .replace("%2", error_text(exc)),
            WARN,
        )
        return False
    panel.focus_main_field()
    return printed


# -- delivery --------------------------------------------------------------------------------
def deliver(panel) -> None:
    """F11: choose the address and method, then pay now, later or on account."""
    if panel._committing or panel.payment_dialog is not None or panel.cart.is_empty():
        return
    from counterapp.ui.counter.delivery_dialog import DeliveryDialog  # noqa: PLC0415

    customer = panel.priced.customer if panel.priced else None
    request = DeliveryDialog.ask(
        panel.services, customer, panel.services.ctx.now().date(), parent=panel
    )
    if request is None:
        panel.focus_main_field()
        return
    open_payment(panel, delivery=request)


def _show_delivery(panel, number: str) -> None:
    """The promised date and, when a rush could not be met, why; then the receipt."""
    text = translate("CounterFlows", "Delivery order %1 saved.").replace("%1", number)
    try:
        shipment = panel.services.shipping.find(number)
    except CounterAppError:
        shipment = None
    if shipment is not None:
        if shipment.promised_date:
            text += " " + translate("CounterFlows", "Promised for %1.").replace(
                "%1", shipment.promised_date.strftime("%d/%m/%Y")
            )
        if shipment.rush and shipment.rush_feasible is False:
            text += " " + translate("CounterFlows", "The rush is not possible: %1").replace(
                "%1", shipment.rush_reason or translate("CounterFlows", "no reason given")
            )
    panel.show_message(
        text,
        WARN
        if shipment is not None and shipment.rush and shipment.rush_feasible is False
        else INFO,
    )
    DeliveryInfo.show(panel, text)
    print_document(panel, "receipt", number)


class DeliveryInfo:
    """The promised-date message after a delivery order (tests may replace ``show``)."""

    @classmethod
    def show(cls, parent, text: str) -> None:
        """A modal note the clerk reads to the customer."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("CounterFlows", "Delivery order"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("deliveryPromise")
        box.exec()


# -- discount and customer ------------------------------------------------------------------
def ask_discount(panel) -> None:
    """F6: the discount dialog for the selected line (or the cart)."""
    if panel.cart.is_empty() or panel._committing:
        return
    actor = panel.session.actor
    position = panel.selected_line()
    line = panel.cart_model.row_at(position)
    current_line = panel.cart.lines[position].discount_pct if line is not None else 0
    limits = panel.services.ctx.settings.discount_limits()
    dialog = DiscountDialog(
        line.name if line else None,
        current_line,
        panel.cart.cart_discount_pct,
        limits.get(str(actor.role), 0),
        panel,
    )
    dialog.accepted.connect(lambda: _apply_discount(panel, dialog, position))
    dialog.finished.connect(lambda _r: (dialog.deleteLater(), panel.focus_main_field()))
    dialog.open()


def _apply_discount(panel, dialog: DiscountDialog, position: int) -> None:
    try:
        _discount(panel, dialog, position)
    finally:
        panel.focus_main_field()  # back from the approval dialog too


def _discount(panel, dialog: DiscountDialog, position: int) -> None:
    actor = panel.session.actor
    whole_cart = dialog.whole_cart
    try:
        panel.services.sales.check_discount(actor, dialog.pct, cart=whole_cart)
    except PermissionDenied as exc:
        if not exc.needs_approval:
            panel.show_message(error_text(exc), ERROR)
            return
        approval = ApprovalDialog.ask(
            panel.services,
            actor,
            Action.CART_DISCOUNT if whole_cart else Action.LINE_DISCOUNT,
            amount=dialog.pct,
            parent=panel,
            description=translate(
                "CounterFlows",
                "A %1 discount is above your limit: a senior approves it with their PIN.",
            ).replace("%1", format_percent(dialog.pct, ui_locale())),
        )
        if approval is None:
            panel.show_message(translate("CounterFlows", "The discount was not applied."), WARN)
            return
        panel.cart.add_approval(approval)
    except CounterAppError as exc:
        panel.show_message(error_text(exc), ERROR)
        return
    snapshot = panel.cart.snapshot()
    if whole_cart:
        panel.cart.cart_discount_pct = dialog.pct
    else:
        panel.cart.set_line_discount(position, dialog.pct)
    if panel.refresh(snapshot):
        panel.select_line(position)
        panel.show_message(translate("CounterFlows", "Discount applied."), INFO)


def pick_customer(panel) -> None:
    """F7: the customer search dialog; the cart re-prices with their price list."""
    if panel._committing:
        return
    try:
        from counterapp.ui.customers.search_dialog import (  # noqa: PLC0415
            CustomerSearchDialog,
        )
    except ImportError:
        panel.show_message(
            translate("CounterFlows", "Customer search is not available in this version."), WARN
        )
        return
    customer_id = CustomerSearchDialog.ask(panel.services, panel.session, panel)
    if customer_id is not None:
        snapshot = panel.cart.snapshot()
        panel.cart.customer_id = customer_id
        panel.refresh(snapshot)
    panel.focus_main_field()


# -- parked sales ------------------------------------------------------------------------------
def park_current(panel, quiet: bool = False) -> bool:
    """Park a non-empty cart (the database keeps it across restarts)."""
    if panel.cart.is_empty() or panel._committing or panel.session.actor is None:
        return False
    try:
        parked = panel.services.sales.park(panel.session.actor, panel.cart.draft())
    except CounterAppError as exc:
        panel.show_message(error_text(exc), ERROR)
        return False
    panel.cart.clear()
    panel.refresh()
    panel.parked_changed.emit()
    panel.show_message(
        translate("CounterFlows", "Sale parked (%1, %2). F9 lists parked sales.")
        .replace("%1", parked.customer_name or translate("CounterFlows", "walk-in"))
        .replace("%2", format_money(parked.gross, ui_locale())),
        INFO,
    )
    if not quiet:
        panel.focus_main_field()
    return True


def resume_parked(panel, parked_id: int) -> None:
    """Resume ``parked_id`` (the current cart is parked first, never lost)."""
    if panel._committing or panel.session.actor is None:
        return
    if not panel.cart.is_empty() and not park_current(panel, quiet=True):
        return
    try:
        draft = panel.services.sales.resume(panel.session.actor, parked_id)
    except CounterAppError as exc:
        panel.show_message(error_text(exc), ERROR)
        return
    panel.cart.load(draft)
    panel.refresh()
    panel.parked_changed.emit()
    panel.show_message(translate("CounterFlows", "Parked sale resumed."), INFO)
    panel.focus_main_field()


def show_parked(panel) -> None:
    """F9: list parked sales; the chosen one is resumed."""
    if panel._committing:
        return
    dialog = ParkedDialog(panel.services, panel.session, panel)
    dialog.discarded.connect(panel.parked_changed.emit)
    dialog.accepted.connect(
        lambda: resume_parked(panel, dialog.chosen_id) if dialog.chosen_id is not None else None
    )
    dialog.finished.connect(lambda _r: (dialog.deleteLater(), panel.focus_main_field()))
    dialog.open()


def confirm_close(panel) -> bool:
    """Closing with a cart or parked sales: park / discard / cancel."""
    if panel._committing:
        panel.show_message(
            translate("CounterFlows", "A sale is being saved: close again in a moment."), WARN
        )
        return False
    try:
        parked = len(panel.services.sales.list_parked())
    except CounterAppError:
        parked = 0
    if panel.cart.is_empty() and not parked:
        return True
    choice = CloseDialog.ask(panel, len(panel.cart.lines), parked)
    if choice == "cancel":
        return False
    if choice == "park" and not panel.cart.is_empty():
        return park_current(panel, quiet=True)
    if choice == "discard":
        panel.cart.clear()
        panel.refresh()
    return True


# -- quotes and returns -----------------------------------------------------------------------
def save_quote(panel) -> None:
    """F10: save as a quote valid until a date (default +30 days), then print it."""
    if panel.cart.is_empty() or panel._committing:
        return
    from counterapp.ui.counter.quote_dialogs import SaveQuoteDialog  # noqa: PLC0415

    today = panel.services.ctx.now().date()
    valid_until = SaveQuoteDialog.ask(today, today + dt.timedelta(days=30), parent=panel)
    if valid_until is None:
        panel.focus_main_field()
        return
    while True:
        try:
            result = panel.services.sales.save_quote(
                panel.session.actor,
                panel.cart.draft(),
                valid_until,
                approvals=tuple(panel.cart.approvals),
            )
            break
        except PermissionDenied as exc:
            approval = ask_approval(panel, exc) if exc.needs_approval else None
            if approval is None:
                show_error(panel, exc)
                return
            panel.cart.add_approval(approval)
        except CounterAppError as exc:
            show_error(panel, exc)
            return
    panel.cart.clear()
    panel.refresh()
    panel.show_message(
        translate("CounterFlows", "Quote %1 saved (%2), valid until %3.")
        .replace("%1", result.number)
        .replace("%2", format_money(result.gross, ui_locale()))
        .replace("%3", valid_until.strftime("%d/%m/%Y")),
        INFO,
    )
    QTimer.singleShot(0, lambda: print_document(panel, "quote", result.number))


def find_quote(panel) -> None:
    """Shift+F10: choose a quote; it becomes the cart at the quoted prices."""
    if panel._committing:
        return
    from counterapp.ui.counter.quote_dialogs import FindQuotesDialog  # noqa: PLC0415

    customer_id = panel.cart.customer_id
    number = FindQuotesDialog.ask(panel.services, customer_id, parent=panel)
    if not number:
        panel.focus_main_field()
        return
    try:
        draft = panel.services.sales.quote_to_draft(number)
    except CounterAppError as exc:
        show_error(panel, exc)
        return
    panel.load_draft(draft)
    panel.show_message(
        translate("CounterFlows", "Quote %1 loaded at the quoted prices: F12 to sell it.").replace(
            "%1", number
        ),
        INFO,
    )


def start_return(panel) -> None:
    """Ctrl+R: the return dialog (refund by the original payment method)."""
    if panel._committing:
        return
    from counterapp.ui.counter.return_dialog import ReturnDialog  # noqa: PLC0415

    dialog = ReturnDialog(panel.services, panel.session, panel)
    dialog.refunded.connect(lambda number, amount: _refunded(panel, number, amount))
    dialog.finished.connect(lambda _r: (dialog.deleteLater(), panel.focus_main_field()))
    dialog.open()


def _refunded(panel, number: str, amount: str) -> None:
    panel.last_sale_number = number
    panel.show_message(
        translate(
            "CounterFlows",
            "Return %1 saved: %2 paid back by the original method. Ctrl+P "
            "prints its receipt again.",
        )
        .replace("%1", number)
        .replace("%2", amount),
        INFO,
    )
    QTimer.singleShot(0, lambda: print_document(panel, "receipt", number))


_warm_up_printing()
