"""The counter's values: what the clerk puts in a cart and what the services hand back.

Every class is a frozen dataclass with ``Decimal`` money, so widgets can hold, compare and
display them without ever touching the database. ``CartDraft`` is what the counter panel
edits (immutably: ``dataclasses.replace``); ``PricedCart`` is what ``PricingService.price_cart``
makes of it; ``SaleResult`` is what a completed checkout, quote or refund returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

ZERO = Decimal("0")


@dataclass(frozen=True)
class CartLineInput:
    """One line as the clerk typed it.

    ``discount_pct`` is the line discount in percent. ``unit_price_override`` replaces the
    list price (VAT included for consumers, net for business accounts) and needs
    ``Action.PRICE_OVERRIDE`` — except when ``from_quote`` is set by
    ``QuoteService.quote_to_draft``: checkout then checks the price against the quote named
    by ``CartDraft.quote_number`` instead.
    """

    product_id: int
    quantity: int
    discount_pct: Decimal = ZERO
    unit_price_override: Decimal | None = None
    from_quote: bool = False


@dataclass(frozen=True)
class CartDraft:
    """A cart being built: lines, optional customer, cart-wide discount, where it came from.

    ``channel`` is ``counter`` or ``phone``; ``call_id`` links the sale to the phone call
    that produced it; ``quote_number`` names the quote the cart was made from.
    """

    lines: tuple[CartLineInput, ...] = ()
    customer_id: int | None = None
    cart_discount_pct: Decimal = ZERO
    channel: str = "counter"
    call_id: int | None = None
    quote_number: str | None = None


@dataclass(frozen=True)
class ProductRow:
    """A product as the search list shows it; ``price`` is retail, VAT included."""

    id: int
    sku: str
    barcode: str
    name: str
    price: Decimal
    vat_rate: Decimal
    stock: int
    location: str


@dataclass(frozen=True)
class CustomerBadge:
    """The customer shown on the cart: who they are and how much credit is left."""

    id: int
    code: str
    name: str
    kind: str  # b2b, b2c
    price_list_name: str
    account_manager_name: str
    balance: Decimal
    credit_limit: Decimal
    available_credit: Decimal
    status: str


@dataclass(frozen=True)
class PricedLine:
    """One priced line: ``net + vat == gross``, rounded half-up to the cent.

    ``unit_price`` is VAT included when ``prices_include_vat`` (consumers), net otherwise.
    ``discount_pct`` is the effective discount (line and cart discount combined).
    ``backorder`` is true when the quantity exceeds the stock on hand.
    """

    product_id: int
    sku: str
    barcode: str
    name: str
    quantity: int
    unit_price: Decimal
    prices_include_vat: bool
    discount_pct: Decimal
    vat_rate: Decimal
    vat_exemption: str
    net: Decimal
    vat: Decimal
    gross: Decimal
    stock: int
    backorder: bool


@dataclass(frozen=True)
class PricedCart:
    """A priced cart: the totals are the sums of the rounded lines.

    ``vat_breakdown`` is ``((rate, net, vat), ...)`` per VAT rate, highest rate first.
    """

    lines: tuple[PricedLine, ...]
    customer: CustomerBadge | None
    prices_include_vat: bool
    cart_discount_pct: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal
    vat_breakdown: tuple[tuple[Decimal, Decimal, Decimal], ...] = ()


@dataclass(frozen=True)
class PaymentInput:
    """One payment: ``method`` is ``cash``, ``card`` or ``account``.

    ``amount`` is what is applied to the sale; for cash, ``tendered`` is what the customer
    handed over (the change is ``tendered - amount``). Amounts must be ``Decimal``.
    """

    method: str
    amount: Decimal
    tendered: Decimal | None = None


@dataclass(frozen=True)
class SaleResult:
    """A completed sale, quote or refund (refund amounts are negative)."""

    order_id: int
    number: str
    uuid: str
    net: Decimal
    vat: Decimal
    gross: Decimal
    paid: Decimal
    change: Decimal
    created_at: dt.datetime
    status: str


@dataclass(frozen=True)
class ParkedRow:
    """A parked cart in the list of parked sales."""

    id: int
    uuid: str
    label: str
    customer_name: str
    lines_count: int
    gross: Decimal
    created_at: dt.datetime
    user_login: str


@dataclass(frozen=True)
class QuoteRow:
    """A quote found by ``QuoteService.find_quotes``; ``expired`` compares with today."""

    id: int
    number: str
    customer_id: int | None
    customer_name: str
    created_at: dt.datetime
    valid_until: dt.date | None
    gross: Decimal
    status: str  # quote, converted
    expired: bool


@dataclass(frozen=True)
class SaleLineRow:
    """A line of a past sale, with how much of it has already been returned."""

    id: int
    line_no: int
    product_id: int | None
    sku: str
    description: str
    quantity: int
    returned_quantity: int
    unit_price: Decimal
    discount_pct: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class PaymentRow:
    """A payment of a past sale (negative for refunds)."""

    method: str
    amount: Decimal
    tendered: Decimal | None
    change: Decimal | None
    created_at: dt.datetime


@dataclass(frozen=True)
class SaleDetail:
    """A past sale with its lines and payments (for returns and reprints)."""

    order_id: int
    number: str
    uuid: str
    kind: str
    channel: str
    status: str
    customer_id: int | None
    customer_name: str
    rep_login: str
    created_at: dt.datetime
    prices_include_vat: bool
    net: Decimal
    vat: Decimal
    gross: Decimal
    paid: Decimal
    lines: tuple[SaleLineRow, ...] = field(default_factory=tuple)
    payments: tuple[PaymentRow, ...] = field(default_factory=tuple)
