"""The counter's controller: the cart and every command on it, without Qt.

``CounterController`` holds the cart (lines, customer, discounts, the parked/quoted origin),
asks ``services`` for prices and writes, and publishes plain states: ``state``
(``CounterState``: the priced cart, whether it has lines, whether a sale is being saved)
and ``notice`` (the one-line message under the search field). Questions only a person can
answer (a senior's PIN, sell beyond stock, deliver this phone order, close with a cart)
and what happens on screen afterwards (payment dialog, receipt preview, signals) go
through the ``CounterHost`` the view implements. Slow work (the checkout) goes through the
injected ``BackgroundRunner``; one ``BusyGuard`` refuses every command while a sale is
being saved. The checkout, delivery, quotes, returns and printing steps are in
``controller_checkout.CheckoutSteps``; both share this object's public attributes.

Public API for the other panels (the phone panel calls these through ``CounterPanel``,
whose slots of the same names forward here; wire them in ``main_window._connect_signals``):

- ``start_phone_order(customer_id, call_id)``: an empty phone-order cart for the caller
  (a non-empty cart is parked first); paying then offers delivery.
- ``park_current_sale() -> bool``: park a non-empty cart; False when there was nothing to
  park or parking failed (the notice says why).
- ``resume_parked(parked_id)``: resume a parked sale (the current cart is parked first).
- ``load_draft(draft)``: show a ``CartDraft`` as the cart (repeat order, converted quote).
- The view's ``phone_order_completed(number, call_id)`` signal says a phone order was
  committed (``CounterHost.sale_completed`` receives ``call_id``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from counterapp.domain.errors import CounterAppError, PermissionDenied
from counterapp.domain.formatting import format_money, format_percent
from counterapp.domain.permissions import Action
from counterapp.services import Approval, Services
from counterapp.services.cart import CartDraft, CustomerBadge, PricedCart, PricedLine, ProductRow
from counterapp.services.delivery import DeliveryRequest
from counterapp.ui.common.controller import BackgroundRunner, BusyGuard, Observable, run_inline
from counterapp.ui.counter import controller_texts as t
from counterapp.ui.counter.cart_state import CartState
from counterapp.ui.counter.controller_checkout import CheckoutSteps, PaymentRequest, idle_only
from counterapp.ui.counter.controller_fiscal import FiscalNotice, FiscalSteps
from counterapp.ui.counter.controller_texts import ERROR, OK, WARNING, CounterTexts

_QUANTITY_CODE = re.compile(r"^(\d{1,4})\s*\*\s*(\S.*)$")


@dataclass(frozen=True)
class CounterState:
    """What the counter view paints: the priced cart (None when empty and walk-in).

    ``change`` is ``(gross, change)`` of the sale just made when change is due: shown big
    where the total was until the cart changes again (the next scan).
    """

    priced: PricedCart | None
    has_lines: bool
    busy: bool
    change: tuple[Decimal, Decimal] | None = None


@dataclass(frozen=True)
class Notice:
    """A one-line message for the clerk; ``level`` is ``ok``, ``warning`` or ``error``."""

    text: str
    level: str = OK


@dataclass(frozen=True)
class DiscountContext:
    """What the discount dialog shows for line ``position`` (-1: the cart only)."""

    position: int
    line_name: str | None
    line_pct: Decimal
    cart_pct: Decimal
    limit: Decimal


class CounterHost(Protocol):
    """What the controller asks of its view (Qt dialogs, signals, printing)."""

    def approve(self, action: Action, amount: Decimal | None,
                description: str) -> Approval | None:
        """A senior's PIN on the spot; ``None`` when cancelled."""

    def confirm_backorder(self, short: Sequence[PricedLine]) -> bool:
        """Sell these lines beyond the stock on hand?"""

    def deliver_phone_order(self) -> bool | None:
        """Deliver this phone order? True deliver, False pay now, None cancel."""

    def ask_delivery(self, customer: CustomerBadge | None) -> DeliveryRequest | None:
        """Address, method and date of a delivery; ``None`` when cancelled."""

    def open_payment(self, request: PaymentRequest) -> None:
        """Show the payment dialog; its confirm calls ``CounterController.checkout``."""

    def choose_close(self, cart_lines: int, parked: int) -> str:
        """Closing with work open: ``park``, ``discard``, ``keep`` or ``cancel``."""

    def print_document(self, doc_type: str, number: str, *, preview: bool = False) -> None:
        """Print a saved document (to its printer when one is set, else a preview; always
        a preview when ``preview``); never undoes anything. Called later."""

    def sale_completed(self, number: str, call_id: int | None) -> None:
        """A sale (a phone order when ``call_id``) was committed."""

    def parked_changed(self) -> None:
        """A sale was parked, resumed or discarded."""


class CounterController(CheckoutSteps, FiscalSteps):
    """The counter's state and commands (see the module docstring)."""

    def __init__(self, services: Services, session, host: CounterHost, *,
                 runner: BackgroundRunner = run_inline, texts: CounterTexts | None = None):
        self.services = services
        self.session = session
        self.host = host
        self.runner = runner
        self.texts = texts or CounterTexts()
        self.guard = BusyGuard()
        self.cart = CartState()
        self.priced: PricedCart | None = None
        self.last_sale_number = ""
        self.change_due: tuple[Decimal, Decimal] | None = None
        self.confirm_backorder = False
        self.empty_prefixes: list[str] = []
        self.state: Observable[CounterState] = Observable(CounterState(None, False, False))
        self.notice: Observable[Notice | None] = Observable(None)
        # A committed sale whose fiscal document is pending (controller_fiscal.py).
        self.fiscal_pending: Observable[FiscalNotice | None] = Observable(None)
        self.display = services.devices.customer_display()
        self.state.subscribe(self.show_on_display)

    # -- small helpers -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a sale is being saved: every command is refused."""
        return self.guard.busy

    @property
    def actor(self):
        """The logged-in user (None on a locked workstation)."""
        return self.session.actor

    def say(self, text: str, level: str = OK) -> None:
        """Publish a notice."""
        self.notice.set(Notice(text, level))

    def money(self, amount: Decimal) -> str:
        """``amount`` as the UI writes money."""
        return format_money(amount, self.texts.locale())

    def fail(self, exc: BaseException) -> None:
        """Say a service's refusal in the clerk's words."""
        self.say(self.texts.error_text(exc), ERROR)

    def publish(self) -> None:
        """Tell the view the cart or the busy flag changed."""
        self.state.set(CounterState(self.priced, not self.cart.is_empty(), self.busy,
                                    self.change_due))

    def refresh(self, snapshot: dict | None = None) -> bool:
        """Re-price the cart through the service and publish; rolls back on a refusal."""
        priced = None
        self.change_due = None  # the cart changed: the last sale's change is history
        if not self.cart.is_empty() or self.cart.customer_id is not None:
            try:
                priced = self.services.pricing.price_cart(self.cart.draft())
            except CounterAppError as exc:
                if snapshot is not None:
                    self.cart.restore(snapshot)
                self.fail(exc)
                return False
        self.priced = priced
        self.publish()
        return True

    # -- search and scan ---------------------------------------------------------------------
    def typing_started(self) -> None:
        """The clerk types in the search field: the last notice is stale, it goes."""
        if self.notice.value is not None:
            self.notice.set(None)

    def search(self, query: str) -> list[ProductRow]:
        """Products matching ``query``; a prefix that found nothing is not asked again."""
        query = query.strip()
        folded = query.casefold()
        if not query or any(folded.startswith(prefix) for prefix in self.empty_prefixes):
            return []
        try:
            rows = self.services.catalog.search(query, 50)
        except CounterAppError as exc:
            self.fail(exc)
            return []
        if not rows:
            self.empty_prefixes.append(folded)
            del self.empty_prefixes[:-50]
        return rows

    def enter_code(self, text: str) -> int | None:
        """A scanned or typed code (``3*CODE`` for three): the added line's position.

        ``None`` when nothing was added (unknown code: the notice says so and the view
        searches the code instead; a service error: the notice says it).
        """
        quantity, code = 1, text.strip()
        match = _QUANTITY_CODE.match(code)
        if match:
            quantity, code = int(match.group(1)), match.group(2).strip()
        try:
            product = self.services.catalog.lookup_code(code)
        except CounterAppError as exc:
            self.fail(exc)
            return None
        if product is None:
            self.say(self.texts.say(t.UNKNOWN_CODE, code[:60]), ERROR)
            return None
        if quantity <= 0:
            return -1
        return self.add_product(product, quantity)

    # -- cart editing ------------------------------------------------------------------------
    @idle_only()
    def add_product(self, product: ProductRow, quantity: int = 1) -> int | None:
        """Add units of ``product`` (one line per product); the line's position or None."""
        snapshot = self.cart.snapshot()
        position = self.cart.add(product.id, quantity)
        if not self.refresh(snapshot):
            return None
        line = self.priced.lines[position] if self.priced else None
        if line is not None and line.backorder:
            self.say(self.texts.say(t.BACKORDER_LINE, line.stock, line.name), WARNING)
        else:
            self.say(self.texts.say(t.ADDED, quantity, product.name))
        return position

    @idle_only(False)
    def change_quantity(self, position: int, delta: int) -> bool:
        """``+``/``−`` on line ``position``; True when the cart changed."""
        if position < 0:
            return False
        snapshot = self.cart.snapshot()
        self.cart.change_quantity(position, delta)
        return self.refresh(snapshot)

    @idle_only(False)
    def set_quantity(self, position: int, quantity: int) -> bool:
        """Set a line's quantity (0 removes it); True when the cart changed."""
        if position < 0:
            return False
        snapshot = self.cart.snapshot()
        self.cart.set_quantity(position, quantity)
        return self.refresh(snapshot)

    @idle_only(False)
    def remove_line(self, position: int) -> bool:
        """Take line ``position`` out of the cart."""
        if position < 0:
            return False
        snapshot = self.cart.snapshot()
        self.cart.remove(position)
        return self.refresh(snapshot)

    @idle_only()
    def discard_cart(self) -> None:
        """Empty the cart (the view has asked the clerk)."""
        self.cart.clear()
        self.refresh()

    # -- customer and discounts --------------------------------------------------------------
    @idle_only(False)
    def set_customer(self, customer_id: int | None) -> bool:
        """Attach a customer (None: walk-in); the cart re-prices with their price list."""
        if customer_id == self.cart.customer_id:
            return False
        snapshot = self.cart.snapshot()
        self.cart.customer_id = customer_id
        return self.refresh(snapshot)

    @idle_only()
    def discount_context(self, position: int) -> DiscountContext | None:
        """What the discount dialog needs; None when there is nothing to discount."""
        if self.cart.is_empty() or self.actor is None:
            return None
        line = self.priced.lines[position] if self.priced and 0 <= position < len(
            self.priced.lines) else None
        limits = self.services.ctx.settings.discount_limits()
        return DiscountContext(
            position if line is not None else -1,
            line.name if line is not None else None,
            self.cart.lines[position].discount_pct if line is not None else Decimal(0),
            self.cart.cart_discount_pct,
            limits.get(str(self.actor.role), 0),
        )

    @idle_only(False)
    def apply_discount(self, position: int, pct: Decimal, *, whole_cart: bool) -> bool:
        """A line (or cart) discount; beyond the role's limit a senior approves it first."""
        if self.actor is None:
            return False
        try:
            self.services.pricing.check_discount(self.actor, pct, cart=whole_cart)
        except PermissionDenied as exc:
            if not exc.needs_approval:
                self.fail(exc)
                return False
            approval = self.host.approve(
                Action.CART_DISCOUNT if whole_cart else Action.LINE_DISCOUNT, pct,
                self.texts.say(t.DISCOUNT_ABOVE_LIMIT, format_percent(pct, self.texts.locale())))
            if approval is None:
                self.say(self.texts.say(t.DISCOUNT_NOT_APPLIED), WARNING)
                return False
            self.cart.add_approval(approval)
        except CounterAppError as exc:
            self.fail(exc)
            return False
        snapshot = self.cart.snapshot()
        if whole_cart:
            self.cart.cart_discount_pct = pct
        else:
            self.cart.set_line_discount(position, pct)
        if not self.refresh(snapshot):
            return False
        self.say(self.texts.say(t.DISCOUNT_APPLIED))
        return True

    # -- parked sales and the phone panel's API ---------------------------------------------
    @idle_only(False)
    def park_current_sale(self) -> bool:
        """Park a non-empty cart (kept in the database across restarts)."""
        if self.cart.is_empty() or self.actor is None:
            return False
        try:
            parked = self.services.parking.park(self.actor, self.cart.draft())
        except CounterAppError as exc:
            self.fail(exc)
            return False
        self.cart.clear()
        self.refresh()
        self.host.parked_changed()
        self.say(self.texts.say(t.PARKED, parked.customer_name or self.texts.say(t.WALK_IN),
                                self.money(parked.gross)))
        return True

    @idle_only(False)
    def resume_parked(self, parked_id: int) -> bool:
        """Resume ``parked_id`` (the current cart is parked first, never lost)."""
        if self.actor is None:
            return False
        if not self.cart.is_empty() and not self.park_current_sale():
            return False
        try:
            draft = self.services.parking.resume(self.actor, parked_id)
        except CounterAppError as exc:
            self.fail(exc)
            return False
        self.cart.load(draft)
        self.refresh()
        self.host.parked_changed()
        self.say(self.texts.say(t.RESUMED))
        return True

    @idle_only(False, say=t.SAVING_TRY_AGAIN)
    def load_draft(self, draft: CartDraft) -> bool:
        """Show ``draft`` as the cart (repeat order, converted quote); parks a cart first."""
        if not self.cart.is_empty() and not self.park_current_sale():
            return False
        self.cart.load(draft)
        self.refresh()
        return True

    @idle_only(False, say=t.SAVING_TRY_AGAIN)
    def start_phone_order(self, customer_id: int, call_id: int) -> bool:
        """An empty phone-order cart for the caller; paying offers delivery first."""
        if not self.cart.is_empty() and not self.park_current_sale():
            return False
        self.cart.clear()
        self.cart.customer_id = customer_id
        self.cart.channel = "phone"
        self.cart.call_id = call_id
        self.cart.deliver_by_default = True
        self.refresh()
        self.say(self.texts.say(t.PHONE_ORDER))
        return True

    @idle_only(False, say=t.SAVING_CLOSE)
    def confirm_close(self) -> bool:
        """Closing the app with a cart or parked sales: park, discard or cancel."""
        try:
            parked = len(self.services.parking.list_parked())
        except CounterAppError:
            parked = 0
        if self.cart.is_empty() and not parked:
            return True
        choice = self.host.choose_close(len(self.cart.lines), parked)
        if choice == "cancel":
            return False
        if choice == "park" and not self.cart.is_empty():
            return self.park_current_sale()
        if choice == "discard":
            self.cart.clear()
            self.refresh()
        return True
