"""Standing orders: the values the service takes and returns, and the checks of lines.

Plain frozen dataclasses (``StandingOrderInput`` in, ``StandingOrderRow``/``RunRow``/
``NextRunRow`` out) so the UI and the CSV code never see a peewee row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterapp.db.models import Product
from counterapp.domain.errors import ValidationError

MAX_LINES = 100
MAX_QUANTITY = 9999


@dataclass(frozen=True)
class StandingLineInput:
    """A product and the quantity to send each time."""

    product_id: int
    quantity: int


@dataclass(frozen=True)
class StandingOrderInput:
    """What the dialog, the CSV import and "Make standing" ask for.

    ``rep_login`` empty: the customer's account manager, else the acting user.
    ``delivery_method`` empty: the customer collects. ``address_id`` ``None``: the
    customer's default address.
    """

    customer_id: int
    rrule: str
    start_date: dt.date
    lines: tuple[StandingLineInput, ...]
    delivery_method: str = ""
    address_id: int | None = None
    rep_login: str = ""
    needs_confirmation: bool = False
    notes: str = ""


@dataclass(frozen=True)
class StandingLineRow:
    """One line as shown."""

    product_id: int
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True)
class StandingOrderRow:
    """A standing order as lists and the dialog show it."""

    id: int
    customer_id: int
    customer_code: str
    customer_name: str
    rep_login: str
    rrule: str
    start_date: dt.date
    status: str
    needs_confirmation: bool
    delivery_method: str
    address_id: int | None
    notes: str
    lines: tuple[StandingLineRow, ...]
    next_run: dt.date | None
    version: int


@dataclass(frozen=True)
class RunRow:
    """One run in a standing order's history."""

    id: int
    standing_order_id: int
    run_date: dt.date
    status: str
    reason: str
    order_id: int | None
    order_number: str
    price_changed: bool
    shortage: bool
    confirm_task_id: int | None
    escalation_task_id: int | None
    lines_override: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class NextRunRow:
    """An upcoming run of a customer's standing order (the caller card)."""

    standing_order_id: int
    run_date: dt.date
    needs_confirmation: bool
    status: str  # "planned", or the run's status once it has a row


def check_date(value: object, field: str) -> dt.date:
    """``value`` if it is a date (not a date-time), else ``ValidationError(field)``."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(field, "a date is required")
    return value


def check_lines(lines) -> list[tuple[int, int]]:
    """``(product_id, quantity)`` pairs of known, active products, each once, or
    ``ValidationError`` naming ``lines``, ``quantity`` or ``product``."""
    if not isinstance(lines, list | tuple) or not lines:
        raise ValidationError("lines", "at least one product")
    if len(lines) > MAX_LINES:
        raise ValidationError("lines", f"at most {MAX_LINES} lines")
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for number, line in enumerate(lines, 1):
        if not isinstance(line, StandingLineInput) or isinstance(line.product_id, bool) \
                or not isinstance(line.product_id, int):
            raise ValidationError("lines", f"line {number}: not a product and quantity")
        qty = line.quantity
        if isinstance(qty, bool) or not isinstance(qty, int) or not 1 <= qty <= MAX_QUANTITY:
            raise ValidationError("quantity", f"line {number}: a whole number from 1 to "
                                  f"{MAX_QUANTITY}")
        if line.product_id in seen:
            raise ValidationError("lines", f"line {number}: the product is listed twice")
        seen.add(line.product_id)
        out.append((line.product_id, qty))
    products = {pid: active for pid, active in Product.select(Product.id, Product.active)
                .where(Product.id.in_(list(seen))).tuples()}
    for number, (pid, _qty) in enumerate(out, 1):
        if pid not in products:
            raise ValidationError("product", f"line {number}: unknown product {pid}")
        if not products[pid]:
            raise ValidationError("product", f"line {number}: the product is no longer sold")
    return out
