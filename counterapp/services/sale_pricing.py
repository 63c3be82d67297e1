"""Pricing a cart: checked lines, list prices, discounts and who may give them.

Pure reads. ``price_draft`` and the permission checks are shared by checkout, quotes
and parking; ``PricingService`` is what the counter asks on every keystroke.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from counterapp.db.models import (
    Customer,
    Order,
    OrderLine,
    Product,
)
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.money import ZERO, parse_money
from counterapp.domain.permissions import Action
from counterapp.domain.vat import EXEMPTION_REASONS, LineAmounts, line_amounts, sum_lines
from counterapp.services import pricing
from counterapp.services.cart import (
    CartDraft,
    CartLineInput,
    CustomerBadge,
    PricedCart,
    PricedLine,
)
from counterapp.services.context import Actor, Approval, ServiceContext, authorize

MAX_QUANTITY = 9999
MAX_LINES = 500
PAYMENT_METHODS = ("cash", "card", "account")
# "standing": orders made by a standing order's run (services/standing_orders_runs.py).
CHANNELS = ("counter", "phone", "standing")
HUNDRED = Decimal(100)

@dataclass(frozen=True)
class _Product:
    """The columns of a product a sale needs (read in one plain query)."""

    id: int
    sku: str
    barcode: str | None
    name: str
    price: Decimal
    vat_rate: Decimal
    vat_exemption: str
    cost: Decimal
    stock: int
    active: bool


def _load_products(ids) -> dict[int, _Product]:
    """The products of a cart by id (one query; model fields convert the stored values)."""
    ids = sorted(ids)
    if not ids:
        return {}
    db = Product._meta.database
    columns = ("id", "sku", "barcode", "name", "price", "vat_rate", "vat_exemption", "cost",
               "stock", "active")
    fields = [Product._meta.fields[name] for name in columns]
    sql = (f'SELECT {", ".join(columns)} FROM "product" '  # noqa: S608 (no user text)
           f'WHERE "id" IN ({", ".join([db.param] * len(ids))})')
    rows = db.execute_sql(sql, ids).fetchall()
    return {row[0]: _Product(*(field.python_value(value) for field, value in zip(fields, row,
                                                                               strict=True)))
            for row in rows}


@dataclass(frozen=True)
class PricedItem:
    """A validated, priced line with the product row it came from."""

    index: int
    source: CartLineInput
    product: _Product
    unit_price: Decimal
    discount_pct: Decimal  # the line's own discount
    effective_pct: Decimal  # line and cart discount combined
    amounts: LineAmounts
    overridden: bool


@dataclass(frozen=True)
class PricedDraft:
    cart: PricedCart
    customer: Customer | None
    lines: tuple[PricedItem, ...]


def check_quantity(value: object, field: str = "quantity") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number")
    if value <= 0:
        raise ValidationError(field, "must be at least 1")
    if value > MAX_QUANTITY:
        raise ValidationError(field, f"must be at most {MAX_QUANTITY}")
    return value


def check_percent(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or isinstance(value, float) or not isinstance(value, Decimal | int):
        raise ValidationError(field, "must be an exact percentage")
    try:
        pct = Decimal(value)
    except InvalidOperation:
        raise ValidationError(field, "is not a percentage") from None
    if not pct.is_finite() or pct < 0 or pct > 100:
        raise ValidationError(field, "must be between 0 and 100 %")
    if pct != pct.quantize(Decimal("0.01")):
        raise ValidationError(field, "has more than two decimals")
    return pct.normalize() if pct else ZERO


def check_amount(field: str, value: object, *, allow_zero: bool = False) -> Decimal:
    """Money typed by the app, not parsed from text: ``Decimal`` or ``int`` only."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(field, "must be an amount (Decimal)")
    return parse_money(field, value, allow_zero=allow_zero)


def check_uuid(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > 36:
        raise ValidationError(field, "a unique id of 1 to 36 characters is required")
    return value.strip()


def badge(customer: Customer) -> CustomerBadge:
    """The cart's customer badge of a customer row."""
    price_list = customer.price_list if customer.price_list_id else None
    manager = customer.account_manager if customer.account_manager_id else None
    return CustomerBadge(
        id=customer.id, code=customer.code, name=customer.name, kind=customer.kind,
        price_list_name=price_list.name if price_list else "",
        account_manager_name=manager.display_name if manager else "",
        balance=customer.balance, credit_limit=customer.credit_limit,
        available_credit=customer.credit_limit - customer.balance, status=customer.status)


def price_draft(draft: CartDraft) -> PricedDraft:
    """Validate and price ``draft`` line by line (reads only; ``ValidationError`` naming the
    field for a bad line)."""
    if not isinstance(draft, CartDraft):
        raise ValidationError("cart", "is not a cart")
    if len(draft.lines) > MAX_LINES:
        raise ValidationError("lines", f"a sale has at most {MAX_LINES} lines")
    cart_pct = check_percent(draft.cart_discount_pct, "cart_discount")
    if draft.channel not in CHANNELS:
        raise ValidationError("channel", f"'{draft.channel}' is not counter, phone or "
                              "standing")
    customer = None
    if draft.customer_id is not None:
        customer = (Customer.get_or_none(Customer.id == draft.customer_id)
                    if isinstance(draft.customer_id, int) else None)
        if customer is None:
            raise ValidationError("customer", f"unknown customer {draft.customer_id!r}")
        if customer.merged_into_id:
            raise ValidationError("customer", f"{customer.name} was merged into another "
                                  "account; pick that one")
    mode = pricing.mode_for(customer)
    for number, line in enumerate(draft.lines, 1):
        if not isinstance(line, CartLineInput):
            raise ValidationError("lines", f"line {number} is not a cart line")
        if isinstance(line.product_id, bool) or not isinstance(line.product_id, int):
            raise ValidationError("product", f"line {number}: unknown product")
        check_quantity(line.quantity)
    ids = {line.product_id for line in draft.lines}
    products = _load_products(ids)
    list_prices = pricing.list_prices(mode, ids)
    lines: list[PricedItem] = []
    wanted: dict[int, int] = defaultdict(int)
    for index, line in enumerate(draft.lines):
        product = products.get(line.product_id)
        if product is None:
            raise ValidationError("product", f"line {index + 1}: unknown product "
                                  f"{line.product_id}")
        if not product.active:
            raise ValidationError("product", f"{product.name} is no longer sold")
        if product.vat_rate == 0 and product.vat_exemption not in EXEMPTION_REASONS:
            raise ValidationError("vat_exemption", f"{product.name} is sold at 0 % VAT "
                                  "without an exemption reason")
        discount = check_percent(line.discount_pct, "discount")
        if line.unit_price_override is not None:
            price = check_amount("unit_price", line.unit_price_override)
        else:
            price = pricing.unit_price(mode, product.price, product.vat_rate,
                                       list_prices.get(product.id))
            if price <= 0:
                raise ValidationError("unit_price", f"{product.name} has no price")
        effective = pricing.combined_discount(discount, cart_pct)
        amounts = line_amounts(price, line.quantity, product.vat_rate,
                               price_includes_vat=mode.prices_include_vat,
                               discount_pct=effective)
        wanted[product.id] += line.quantity
        lines.append(PricedItem(index=index, source=line, product=product, unit_price=price,
                           discount_pct=discount, effective_pct=effective, amounts=amounts,
                           overridden=line.unit_price_override is not None))
    priced_lines = tuple(PricedLine(
        product_id=line.product.id, sku=line.product.sku,
        barcode=line.product.barcode or "", name=line.product.name,
        quantity=line.source.quantity, unit_price=line.unit_price,
        prices_include_vat=mode.prices_include_vat, discount_pct=line.effective_pct,
        vat_rate=line.product.vat_rate, vat_exemption=line.product.vat_exemption or "",
        net=line.amounts.net, vat=line.amounts.vat, gross=line.amounts.gross,
        stock=line.product.stock, backorder=wanted[line.product.id] > line.product.stock)
        for line in lines)
    totals = sum_lines([line.amounts for line in lines])
    cart = PricedCart(
        lines=priced_lines, customer=badge(customer) if customer else None,
        prices_include_vat=mode.prices_include_vat, cart_discount_pct=cart_pct,
        net=totals.net, vat=totals.vat, gross=totals.gross,
        vat_breakdown=pricing.vat_breakdown(
            (line.product.vat_rate, line.amounts) for line in lines))
    return PricedDraft(cart=cart, customer=customer, lines=tuple(lines))

def require(ctx: ServiceContext, actor: Actor, action: Action, amount: Decimal | None,
             approvals: tuple[Approval, ...], used: dict[str, tuple[Approval, object]]
             ) -> None:
    """``authorize`` one action, remembering the approval it needed for the audit."""
    approval = authorize(ctx, actor, action, amount, approvals)
    if approval is not None:
        used[str(action)] = (approval, amount)


def check_cart_permissions(ctx: ServiceContext, actor: Actor, priced: PricedDraft, draft: CartDraft,
                            approvals: tuple[Approval, ...],
                            used: dict[str, tuple[Approval, object]]) -> Order | None:
    """Discounts and price overrides; returns the quote the cart came from, if any."""
    quote = None
    quoted: dict[int, list[OrderLine]] = defaultdict(list)
    if draft.quote_number:
        quote = open_quote(draft.quote_number, ctx.now().date())
        for quote_line in quote.lines:
            quoted[quote_line.product_id].append(quote_line)

    def covered_by_quote(line: PricedItem) -> bool:
        return any(q.unit_price == line.unit_price and line.discount_pct <= q.discount
                   for q in quoted.get(line.product.id, ()))

    line_pcts = [line.discount_pct for line in priced.lines
                 if line.discount_pct and not (line.source.from_quote
                                               and covered_by_quote(line))]
    if line_pcts:
        require(ctx, actor, Action.LINE_DISCOUNT, max(line_pcts), approvals, used)
    cart_pct = priced.cart.cart_discount_pct
    if cart_pct and not (quote is not None and cart_pct <= quote.cart_discount):
        require(ctx, actor, Action.CART_DISCOUNT, cart_pct, approvals, used)
    if any(line.overridden and not (line.source.from_quote and covered_by_quote(line))
           for line in priced.lines):
        require(ctx, actor, Action.PRICE_OVERRIDE, None, approvals, used)
    return quote

def open_quote(number: str, today: dt.date) -> Order:
    """The quote ``number`` if it can still become a sale (``NotFound``/``ValidationError``)."""
    quote = Order.get_or_none((Order.number == str(number).strip()) & (Order.kind == "quote"))
    if quote is None:
        raise NotFound("quote", number)
    if quote.status != "quote":
        raise ValidationError("quote", f"quote {quote.number} was already turned into a sale")
    if quote.valid_until is not None and quote.valid_until < today:
        raise ValidationError("quote", f"quote {quote.number} expired on "
                              f"{quote.valid_until.isoformat()}; make a new quote")
    return quote

class PricingService:
    """Prices carts for the screen and tells whether a discount needs an approval."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def price_cart(self, draft: CartDraft) -> PricedCart:
        """Price ``draft`` for the screen (reads only).

        Raises ``ValidationError`` for quantities ≤ 0 or > 9999, unknown products,
        discounts outside 0–100 %, zero or negative prices.
        """
        with self.ctx.db.read():
            return price_draft(draft).cart

    def check_discount(self, actor: Actor, pct: Decimal, *, cart: bool) -> None:
        """Raise ``PermissionDenied(needs_approval=True)`` when ``pct`` is beyond the role's limit."""
        pct = check_percent(pct, "cart_discount" if cart else "discount")
        authorize(self.ctx, actor, Action.CART_DISCOUNT if cart else Action.LINE_DISCOUNT, pct)
