"""Standing orders: the values the service takes and returns, the checks of lines, and the
two queries that read standing orders and their runs into those values.

Plain frozen dataclasses (``StandingOrderInput`` in, ``StandingOrderRow``/``RunRow``/
``NextRunRow`` out) so the UI and the CSV code never see a peewee row.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import peewee

from counterapp.db.models import (
    Customer,
    Order,
    Product,
    StandingOrder,
    StandingOrderLine,
    StandingRun,
    User,
)
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


def standing_rows(condition) -> list[StandingOrderRow]:
    """Standing orders matching ``condition`` with their lines, by id (two queries)."""
    query = (StandingOrder.select(StandingOrder, Customer.code, Customer.name, User.login)
             .join(Customer, on=(StandingOrder.customer == Customer.id)).switch(StandingOrder)
             .join(User, on=(StandingOrder.rep == User.id))
             .where(condition).order_by(StandingOrder.id))
    found = list(query.objects())
    lines: dict[int, list[StandingLineRow]] = {so.id: [] for so in found}
    if found:
        for sid, pid, sku, name, qty in (
                StandingOrderLine.select(StandingOrderLine.standing_order, Product.id,
                                         Product.sku, Product.name,
                                         StandingOrderLine.quantity)
                .join(Product).where(StandingOrderLine.standing_order.in_(list(lines)))
                .order_by(StandingOrderLine.id).tuples()):
            lines[sid].append(StandingLineRow(pid, sku, name, qty))
    return [StandingOrderRow(
        id=so.id, customer_id=so.customer_id, customer_code=so.code or "",
        customer_name=so.name, rep_login=so.login, rrule=so.rrule,
        start_date=so.start_date, status=so.status,
        needs_confirmation=so.needs_confirmation, delivery_method=so.delivery_method,
        address_id=so.address_id, notes=so.notes, lines=tuple(lines[so.id]),
        next_run=so.next_run if so.status == "active" else None, version=so.version)
        for so in found]


def run_rows(standing_id: int) -> list[RunRow]:
    """The runs of one standing order that have a row, newest first."""
    query = (StandingRun.select(StandingRun, Order.number)
             .join(Order, on=(StandingRun.order == Order.id), join_type=peewee.JOIN.LEFT_OUTER)
             .where(StandingRun.standing_order == standing_id)
             .order_by(StandingRun.run_date.desc()))
    return [RunRow(
        id=r.id, standing_order_id=standing_id, run_date=r.run_date, status=r.status,
        reason=r.reason, order_id=r.order_id, order_number=r.number or "",
        price_changed=r.price_changed, shortage=r.shortage,
        confirm_task_id=r.confirm_task_id, escalation_task_id=r.escalation_task_id,
        lines_override=tuple(tuple(x) for x in json.loads(r.lines_override))
        if r.lines_override else ()) for r in query.objects()]


def snapshot(so: StandingOrder) -> dict:
    """A standing order as the audit log keeps it (before/after a change)."""
    return {"rrule": so.rrule, "start": so.start_date.isoformat() if so.start_date else "",
            "rep": so.rep.login, "status": so.status,
            "needs_confirmation": so.needs_confirmation,
            "delivery_method": so.delivery_method, "address_id": so.address_id,
            "notes": so.notes,
            "lines": [[line.product_id, line.quantity]
                      for line in so.lines.order_by(StandingOrderLine.id)]}
