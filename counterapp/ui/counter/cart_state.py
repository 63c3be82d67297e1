"""What the clerk has put in the current cart, before any price is known.

Plain Python (no Qt): the panel edits this, asks ``services.pricing.price_cart`` for prices
and shows the answer. One ``sale_uuid`` lives as long as the cart: a retry after an error
reuses it, so the service's idempotency on the uuid makes a double Pay harmless.
"""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal

from counterapp.services import Approval
from counterapp.services.cart import CartDraft, CartLineInput

ZERO = Decimal("0")


class CartState:
    """Lines (one per product), customer, cart discount, channel, approvals and sale uuid."""

    def __init__(self) -> None:
        self.lines: list[CartLineInput] = []
        self.customer_id: int | None = None
        self.cart_discount_pct: Decimal = ZERO
        self.channel = "counter"
        self.call_id: int | None = None
        self.quote_number: str | None = None
        self.approvals: list[Approval] = []
        self.deliver_by_default = False
        self.sale_uuid = str(uuid.uuid4())

    # -- whole cart --------------------------------------------------------------------------
    def clear(self) -> None:
        """Start a new, empty walk-in cart with a fresh sale uuid."""
        self.__init__()

    def is_empty(self) -> bool:
        """True when there is nothing worth keeping (no line)."""
        return not self.lines

    def draft(self) -> CartDraft:
        """The cart as the services take it."""
        return CartDraft(lines=tuple(self.lines), customer_id=self.customer_id,
                         cart_discount_pct=self.cart_discount_pct, channel=self.channel,
                         call_id=self.call_id, quote_number=self.quote_number)

    def load(self, draft: CartDraft) -> None:
        """Replace the cart with ``draft`` (resumed, quoted or repeated); new sale uuid."""
        self.clear()
        self.lines = list(draft.lines)
        self.customer_id = draft.customer_id
        self.cart_discount_pct = draft.cart_discount_pct
        self.channel = draft.channel
        self.call_id = draft.call_id
        self.quote_number = draft.quote_number
        self.deliver_by_default = draft.channel == "phone"

    def add_approval(self, approval: Approval | None) -> None:
        """Keep an on-the-spot approval; checkout and save_quote receive them all.

        A newer approval replaces an older one for the same action (the service uses the
        first that matches, and the newer one covers the larger amount).
        """
        if approval is not None:
            self.approvals = [a for a in self.approvals if str(a.action) != str(approval.action)]
            self.approvals.append(approval)

    # -- lines -------------------------------------------------------------------------------
    def index_of(self, product_id: int) -> int:
        """Position of the product's line, or -1."""
        for position, line in enumerate(self.lines):
            if line.product_id == product_id:
                return position
        return -1

    def add(self, product_id: int, quantity: int = 1) -> int:
        """Add units (scanning again adds to the same line); returns the line's position."""
        position = self.index_of(product_id)
        if position < 0:
            self.lines.append(CartLineInput(product_id=product_id, quantity=quantity))
            return len(self.lines) - 1
        line = self.lines[position]
        self.lines[position] = dataclasses.replace(line, quantity=line.quantity + quantity)
        return position

    def set_quantity(self, position: int, quantity: int) -> None:
        """Set a line's quantity; zero removes the line."""
        if not 0 <= position < len(self.lines):
            return
        if quantity <= 0:
            del self.lines[position]
        else:
            self.lines[position] = dataclasses.replace(self.lines[position], quantity=quantity)

    def change_quantity(self, position: int, delta: int) -> None:
        """``+``/``-`` keys: one more or one less (never below one; Delete removes)."""
        if 0 <= position < len(self.lines):
            quantity = max(1, self.lines[position].quantity + delta)
            self.set_quantity(position, quantity)

    def remove(self, position: int) -> None:
        """Take a line out of the cart."""
        if 0 <= position < len(self.lines):
            del self.lines[position]

    def set_line_discount(self, position: int, pct: Decimal) -> None:
        """The discount of one line, in percent."""
        if 0 <= position < len(self.lines):
            self.lines[position] = dataclasses.replace(self.lines[position], discount_pct=pct)

    def snapshot(self) -> dict:
        """A copy to roll back to when the service refuses a change."""
        return {"lines": list(self.lines), "customer_id": self.customer_id,
                "cart_discount_pct": self.cart_discount_pct}

    def restore(self, snapshot: dict) -> None:
        """Undo to ``snapshot``."""
        self.lines = list(snapshot["lines"])
        self.customer_id = snapshot["customer_id"]
        self.cart_discount_pct = snapshot["cart_discount_pct"]
