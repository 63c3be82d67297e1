"""The counter controller's steps that end in a saved document: pay, deliver, quote, return.

A mixin of ``CounterController`` (see ``controller.py`` for the attributes it uses). The
checkout is the one slow write: it runs through the injected runner, under the panel's
busy guard, retried on a transient database failure (the payment dialog shows "Database
unreachable, retrying…" meanwhile) and idempotent on the cart's sale uuid. Paper always
comes after the commit and can never undo it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from counterapp.domain.errors import CounterAppError, PermissionDenied
from counterapp.domain.formatting import format_date
from counterapp.domain.permissions import Action
from counterapp.services.cart import CustomerBadge, PaymentInput, SaleResult
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.retry import retry_transient
from counterapp.ui.counter import controller_texts as t
from counterapp.ui.counter.controller_texts import ERROR, OK, WARNING


def idle_only(refused=None, *, say: tuple[str, str] | None = None) -> Callable:
    """A controller command that does nothing (returns ``refused``) while a sale is saved.

    The one place where the panel's busy guard refuses commands: Pay pressed twice, F8
    or a phone call while the checkout runs. ``say`` is the warning shown when refused.
    """
    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(self, *args, **kwargs):
            if self.guard.busy:
                if say is not None:
                    self.say(self.texts.say(say), WARNING)
                return refused
            return method(self, *args, **kwargs)
        return guarded
    return wrap


@dataclass(frozen=True)
class PaymentRequest:
    """What the payment dialog needs: the total, the customer, and the delivery if any."""

    gross: Decimal
    customer: CustomerBadge | None
    delivery: DeliveryRequest | None


class CheckoutSink(Protocol):
    """The payment dialog as the checkout sees it."""

    def set_busy(self, busy: bool) -> None:
        """Nothing can be pressed while the sale is being saved."""

    def show_retrying(self) -> None:
        """The database did not answer; the checkout tries again. Called from the worker."""

    def show_error(self, text: str) -> None:
        """The checkout failed: say why (the payments are entered again)."""

    def accept(self) -> None:
        """The sale is saved: close."""


class CheckoutSteps:
    """Pay, deliver, check out, quote, return, reprint (mixed into ``CounterController``)."""

    # -- pay and deliver ---------------------------------------------------------------------
    @idle_only()
    def pay(self) -> None:
        """F12: a phone order offers delivery first; then backorders, then the payment."""
        if self.priced is None:
            return
        if self.cart.is_empty():
            self.say(self.texts.say(t.EMPTY_CART), ERROR)
            return
        if self.cart.deliver_by_default:
            answer = self.host.deliver_phone_order()
            if answer is None:
                return
            if answer:
                self.deliver()
                return
        self.open_payment(None)

    @idle_only()
    def deliver(self) -> None:
        """F11: ask the delivery (address, method, date), then the payment."""
        if self.cart.is_empty():
            return
        request = self.host.ask_delivery(self.priced.customer if self.priced else None)
        if request is not None:
            self.open_payment(request)

    @idle_only(False)
    def open_payment(self, delivery: DeliveryRequest | None) -> bool:
        """Confirm lines beyond stock, then ask the view to show the payment dialog."""
        if self.priced is None or self.cart.is_empty():
            return False
        short = [line for line in self.priced.lines if line.backorder]
        self.confirm_backorder = bool(short) and self.host.confirm_backorder(short)
        if short and not self.confirm_backorder:
            return False
        self.host.open_payment(PaymentRequest(self.priced.gross, self.priced.customer, delivery))
        return True

    def checkout(self, payments: Sequence[PaymentInput], delivery: DeliveryRequest | None,
                 sink: CheckoutSink) -> bool:
        """Check out once through the runner; returns whether a checkout was started.

        Every further request while it runs is refused (the busy guard). The cart's
        ``sale_uuid`` is kept on failure, so a retry cannot make a second sale even if the
        lost attempt reached the database.
        """
        if self.cart.is_empty() or self.actor is None or not self.guard.begin("checkout"):
            return False
        self.publish()
        sink.set_busy(True)
        checkout, actor, payments = self.services.checkout, self.actor, list(payments)
        draft, sale_uuid = self.cart.draft(), self.cart.sale_uuid
        approvals, confirm_backorder = tuple(self.cart.approvals), self.confirm_backorder

        def work() -> SaleResult:
            # Safe to repeat: the sale uuid makes a second attempt return the first sale if
            # the lost attempt did commit. Each retry is reported so the clerk sees the wait.
            return retry_transient(
                lambda: checkout.checkout(actor, draft, payments, sale_uuid=sale_uuid,
                                          approvals=approvals, delivery=delivery,
                                          confirm_backorder=confirm_backorder),
                on_retry=lambda _exc: sink.show_retrying())

        def succeeded(result: SaleResult) -> None:
            self.guard.end()
            sink.accept()
            self._sale_done(result, delivery)

        def failed(exc: BaseException) -> None:
            self.guard.end()
            self.publish()
            if isinstance(exc, PermissionDenied) and exc.needs_approval:
                approval = self._approve(exc)
                if approval is not None:
                    self.cart.add_approval(approval)
                    self.checkout(payments, delivery, sink)
                    return
            sink.show_error(self.texts.error_text(exc))

        self.runner(work, success=succeeded, failure=failed, title="checkout")
        return True

    def _approve(self, exc: PermissionDenied):
        try:
            action = Action(str(exc.action))
        except ValueError:
            return None
        return self.host.approve(action, exc.amount, str(exc))

    def _sale_done(self, result: SaleResult, delivery: DeliveryRequest | None) -> None:
        call_id = self.cart.call_id
        self.last_sale_number = result.number
        self.cart.clear()
        self.confirm_backorder = False
        self.empty_prefixes.clear()
        self.refresh()
        if result.change > 0:
            self.change_due = (result.gross, result.change)
            self.publish()
        text = self.texts.say(t.SALE_SAVED, result.number, self.money(result.gross))
        if result.change:
            text += " " + self.texts.say(t.CHANGE_DUE, self.money(result.change))
        self.say(text + " " + self.texts.say(t.REPRINT_HINT))
        self.host.sale_completed(result.number, call_id)
        self.display_change(result.gross, result.change)
        if delivery is not None:
            # The promised date goes in the message line; the receipt takes the same path
            # as a counter sale (receipt_after_sale setting, fiscal device).
            text, level = self.delivery_text(result.number)
            self.say(text, level)
        self.receipt_after_sale(result.number)

    def delivery_text(self, number: str) -> tuple[str, str]:
        """The promised date and, when a rush could not be met, why (text, level)."""
        text = self.texts.say(t.DELIVERY_SAVED, number)
        try:
            shipment = self.services.shipping_queue.find(number)
        except CounterAppError:
            shipment = None
        if shipment is None:
            return text, OK
        if shipment.promised_date:
            text += " " + self.texts.say(
                t.PROMISED_FOR, format_date(shipment.promised_date, self.texts.locale()))
        if shipment.rush and shipment.rush_feasible is False:
            text += " " + self.texts.say(
                t.RUSH_IMPOSSIBLE, shipment.rush_reason or self.texts.say(t.NO_REASON))
            return text, WARNING
        return text, OK

    # -- paper -------------------------------------------------------------------------------
    @idle_only(False)
    def reprint_last(self) -> bool:
        """Ctrl+P: the last receipt again (False when there is none yet)."""
        if not self.last_sale_number:
            return False
        self.host.print_document("receipt", self.last_sale_number)
        return True

    def print_failed(self, number: str, exc: BaseException) -> None:
        """A printing failure never touches the saved document: say so, offer Ctrl+P."""
        self.say(self.texts.say(t.NOT_PRINTED, number, self.texts.error_text(exc)), WARNING)

    # -- quotes and returns ------------------------------------------------------------------
    def today(self) -> dt.date:
        """The shop's date (the service clock)."""
        return self.services.ctx.now().date()

    def quote_dates(self) -> tuple[dt.date, dt.date]:
        """Today and the default end of a quote's validity (30 days)."""
        today = self.today()
        return today, today + dt.timedelta(days=30)

    @idle_only()
    def save_quote(self, valid_until: dt.date) -> str | None:
        """Save the cart as a quote valid until ``valid_until``; its number, then printed.

        A quote above the clerk's discount or price limits asks a senior's approval and
        tries again; None when refused (the notice says why) or cancelled.
        """
        if self.cart.is_empty() or self.actor is None:
            return None
        while True:
            try:
                result = self.services.quotes.save_quote(
                    self.actor, self.cart.draft(), valid_until,
                    approvals=tuple(self.cart.approvals))
                break
            except PermissionDenied as exc:
                approval = self._approve(exc) if exc.needs_approval else None
                if approval is None:
                    self.fail(exc)
                    return None
                self.cart.add_approval(approval)
            except CounterAppError as exc:
                self.fail(exc)
                return None
        self.cart.clear()
        self.refresh()
        self.say(self.texts.say(t.QUOTE_SAVED, result.number, self.money(result.gross),
                                format_date(valid_until, self.texts.locale())))
        self.host.print_document("quote", result.number)
        return result.number

    @idle_only(False)
    def load_quote(self, number: str) -> bool:
        """A quote becomes the cart at the quoted prices (F12 then sells it)."""
        try:
            draft = self.services.quotes.quote_to_draft(number)
        except CounterAppError as exc:
            self.fail(exc)
            return False
        if not self.load_draft(draft):
            return False
        self.say(self.texts.say(t.QUOTE_LOADED, number))
        return True

    def refunded(self, number: str, amount: str) -> None:
        """The return dialog saved return ``number``: say so, print its receipt."""
        self.last_sale_number = number
        self.say(self.texts.say(t.RETURN_SAVED, number, amount))
        self.receipt_after_sale(number)
