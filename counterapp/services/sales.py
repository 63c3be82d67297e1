"""Counter and phone sales: pricing, checkout, parked carts, quotes, returns.

Every public method that writes is one transaction: it validates, checks permissions
(with on-the-spot ``Approval``s), writes the order, its lines, payments, stock movements and
the audit entries, and returns a frozen dataclass — or raises a typed error naming the
field and writes nothing. ``checkout`` and ``refund`` are idempotent on their uuid: the
same uuid committed twice returns the first result and writes nothing more.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Call,
    Customer,
    Order,
    OrderLine,
    ParkedSale,
    Payment,
    Product,
    StockMovement,
    User,
)
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.money import ZERO, from_cents, parse_money, round_cents
from counterapp.domain.permissions import Action
from counterapp.domain.text import clean_text, fold
from counterapp.domain.vat import EXEMPTION_REASONS, LineAmounts, line_amounts, sum_lines
from counterapp.services import audit, pricing
from counterapp.services.cart import (
    CartDraft,
    CartLineInput,
    CustomerBadge,
    ParkedRow,
    PaymentInput,
    PaymentRow,
    PricedCart,
    PricedLine,
    QuoteRow,
    SaleDetail,
    SaleLineRow,
    SaleResult,
)
from counterapp.services.context import Actor, Approval, ServiceContext, authorize
from counterapp.services.sequences import format_number, next_number
from counterapp.services.shipping_planning import add_shipment

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
class _Line:
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
class _Priced:
    cart: PricedCart
    customer: Customer | None
    lines: tuple[_Line, ...]


def _quantity(value: object, field: str = "quantity") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number")
    if value <= 0:
        raise ValidationError(field, "must be at least 1")
    if value > MAX_QUANTITY:
        raise ValidationError(field, f"must be at most {MAX_QUANTITY}")
    return value


def _percent(value: object, field: str) -> Decimal:
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


def _money(field: str, value: object, *, allow_zero: bool = False) -> Decimal:
    """Money typed by the app, not parsed from text: ``Decimal`` or ``int`` only."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(field, "must be an amount (Decimal)")
    return parse_money(field, value, allow_zero=allow_zero)


def _uuid(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > 36:
        raise ValidationError(field, "a unique id of 1 to 36 characters is required")
    return value.strip()


def _draft_from_json(payload: str) -> CartDraft:
    data = json.loads(payload)
    return CartDraft(
        lines=tuple(CartLineInput(
            product_id=line["product_id"], quantity=line["quantity"],
            discount_pct=Decimal(line.get("discount_pct", "0")),
            unit_price_override=(Decimal(line["unit_price_override"])
                                 if line.get("unit_price_override") is not None else None),
            from_quote=bool(line.get("from_quote", False)))
            for line in data.get("lines", [])),
        customer_id=data.get("customer_id"),
        cart_discount_pct=Decimal(data.get("cart_discount_pct", "0")),
        channel=data.get("channel", "counter"),
        call_id=data.get("call_id"),
        quote_number=data.get("quote_number"),
    )


def _draft_to_json(draft: CartDraft, gross: Decimal) -> str:
    return json.dumps({
        "lines": [{"product_id": line.product_id, "quantity": line.quantity,
                   "discount_pct": str(line.discount_pct),
                   "unit_price_override": (str(line.unit_price_override)
                                           if line.unit_price_override is not None else None),
                   "from_quote": line.from_quote} for line in draft.lines],
        "customer_id": draft.customer_id,
        "cart_discount_pct": str(draft.cart_discount_pct),
        "channel": draft.channel,
        "call_id": draft.call_id,
        "quote_number": draft.quote_number,
        "gross": str(gross),
    }, sort_keys=True)


def _insert_rows(model, rows: list[dict], *, returning_id: bool = False) -> int | None:
    """Insert ``rows`` (dicts of field name → value, same keys) in one multi-row INSERT.

    Fields missing from the rows get their model default, as with ``insert_many``. With
    ``returning_id``, the id of the (single) new row is returned.

    The statement is written from the model's own metadata (table, column names, the
    engine's parameter style) and values go through each field's ``db_value``, exactly
    what ``insert_many`` does — without peewee building the SQL value by value, which cost
    more than the database work for a 10-line sale (see bench/bench_counter_services.py).
    """
    if not rows:
        return
    meta = model._meta
    db = meta.database
    fields = [meta.fields[name] for name in rows[0]]
    defaults = [field for name, field in meta.fields.items()
                if name not in rows[0] and field.default is not None]
    if defaults:  # what insert_many fills in for missing columns
        fields += defaults
        rows = [{**row, **{field.name: field.default() if callable(field.default)
                           else field.default for field in defaults}} for row in rows]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    one_row = "(" + ", ".join([db.param] * len(fields)) + ")"
    sql = (f'INSERT INTO "{meta.table_name}" ({columns}) VALUES '  # noqa: S608 (identifiers
           + ", ".join([one_row] * len(rows)))                    # come from the model)
    params = [field.db_value(row[field.name]) for row in rows for field in fields]
    if returning_id and not is_sqlite(db):
        return db.execute_sql(sql + ' RETURNING "id"', params).fetchone()[0]
    cursor = db.execute_sql(sql, params)
    return cursor.lastrowid if returning_id else None


def _move_stock(changes: dict[int, int]) -> None:
    """Add ``changes[product_id]`` to each product's stock in one UPDATE.

    Relative (``stock = stock + n``), so exact under concurrent sales; written directly
    because peewee's ``Case`` builder cost more than the statement itself.
    """
    if not changes:
        return
    db = Product._meta.database
    ids = sorted(changes)
    param = db.param
    sql = ('UPDATE "product" SET "stock" = "stock" + CASE "id" '  # noqa: S608 (no user text)
           + " ".join([f"WHEN {param} THEN {param}"] * len(ids))
           + f' ELSE 0 END WHERE "id" IN ({", ".join([param] * len(ids))})')
    db.execute_sql(sql, [v for pid in ids for v in (pid, int(changes[pid]))] + ids)


def _order_id_by_uuid(order_uuid: str) -> int | None:
    """The id of the order with ``order_uuid`` (the idempotency check; one indexed read)."""
    row = Order._meta.database.execute_sql(
        f'SELECT "id" FROM "order" WHERE "uuid" = {Order._meta.database.param}',  # noqa: S608
        (order_uuid,)).fetchone()
    return row[0] if row else None


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


def _result(order: Order, change: Decimal | None = None) -> SaleResult:
    if change is None:
        change = sum((p.change or ZERO for p in order.payments), ZERO)
    return SaleResult(order_id=order.id, number=order.number, uuid=order.uuid, net=order.net,
                      vat=order.vat, gross=order.gross, paid=order.paid, change=change,
                      created_at=order.created_at, status=order.status)


class SalesService:
    """Counter and phone sales: price, check out, park, quote, return."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- pricing ----------------------------------------------------------------------------
    def price_cart(self, draft: CartDraft) -> PricedCart:
        """Price ``draft`` for the screen (reads only).

        Raises ``ValidationError`` for quantities ≤ 0 or > 9999, unknown products,
        discounts outside 0–100 %, zero or negative prices.
        """
        with self.ctx.db.read():
            return self._price(draft).cart

    def _price(self, draft: CartDraft) -> _Priced:
        if not isinstance(draft, CartDraft):
            raise ValidationError("cart", "is not a cart")
        if len(draft.lines) > MAX_LINES:
            raise ValidationError("lines", f"a sale has at most {MAX_LINES} lines")
        cart_pct = _percent(draft.cart_discount_pct, "cart_discount")
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
            _quantity(line.quantity)
        ids = {line.product_id for line in draft.lines}
        products = _load_products(ids)
        list_prices = pricing.list_prices(mode, ids)
        lines: list[_Line] = []
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
            discount = _percent(line.discount_pct, "discount")
            if line.unit_price_override is not None:
                price = _money("unit_price", line.unit_price_override)
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
            lines.append(_Line(index=index, source=line, product=product, unit_price=price,
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
        return _Priced(cart=cart, customer=customer, lines=tuple(lines))

    # -- permissions ------------------------------------------------------------------------
    def check_discount(self, actor: Actor, pct: Decimal, *, cart: bool) -> None:
        """Raise ``PermissionDenied(needs_approval=True)`` when ``pct`` is beyond the role's limit."""
        pct = _percent(pct, "cart_discount" if cart else "discount")
        authorize(self.ctx, actor, Action.CART_DISCOUNT if cart else Action.LINE_DISCOUNT, pct)

    def _require(self, actor: Actor, action: Action, amount: Decimal | None,
                 approvals: tuple[Approval, ...], used: dict[str, tuple[Approval, object]]
                 ) -> None:
        """``authorize`` one action, remembering the approval it needed for the audit."""
        approval = authorize(self.ctx, actor, action, amount, approvals)
        if approval is not None:
            used[str(action)] = (approval, amount)

    def _check_cart_permissions(self, actor: Actor, priced: _Priced, draft: CartDraft,
                                approvals: tuple[Approval, ...],
                                used: dict[str, tuple[Approval, object]]) -> Order | None:
        """Discounts and price overrides; returns the quote the cart came from, if any."""
        quote = None
        quoted: dict[int, list[OrderLine]] = defaultdict(list)
        if draft.quote_number:
            quote = self._open_quote(draft.quote_number)
            for quote_line in quote.lines:
                quoted[quote_line.product_id].append(quote_line)

        def covered_by_quote(line: _Line) -> bool:
            return any(q.unit_price == line.unit_price and line.discount_pct <= q.discount
                       for q in quoted.get(line.product.id, ()))

        line_pcts = [line.discount_pct for line in priced.lines
                     if line.discount_pct and not (line.source.from_quote
                                                   and covered_by_quote(line))]
        if line_pcts:
            self._require(actor, Action.LINE_DISCOUNT, max(line_pcts), approvals, used)
        cart_pct = priced.cart.cart_discount_pct
        if cart_pct and not (quote is not None and cart_pct <= quote.cart_discount):
            self._require(actor, Action.CART_DISCOUNT, cart_pct, approvals, used)
        if any(line.overridden and not (line.source.from_quote and covered_by_quote(line))
               for line in priced.lines):
            self._require(actor, Action.PRICE_OVERRIDE, None, approvals, used)
        return quote

    # -- checkout ---------------------------------------------------------------------------
    def checkout(self, actor: Actor, draft: CartDraft, payments: list[PaymentInput], *,
                 sale_uuid: str, approvals: tuple[Approval, ...] = (), delivery=None,
                 confirm_backorder: bool = False) -> SaleResult:
        """Complete a sale in one transaction and return it.

        Validates the cart and the payments (their sum must equal the total, except for a
        delivery, which may be paid later), checks discounts, price overrides and credit
        against the actor's role (``approvals`` satisfy the matching actions), takes the
        next ``V<year>-NNNNNN`` number, writes the order, lines, payments and stock
        movements, decrements stock (beyond stock only with ``confirm_backorder``), charges
        on-account payments to the customer's balance, links ``draft.call_id``, creates the
        shipment for a ``delivery`` and writes the audit entries. The same ``sale_uuid``
        committed twice returns the first sale and writes nothing.
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        sale_uuid = _uuid(sale_uuid, "sale_uuid")
        checked = self._check_payments(payments)
        approvals = tuple(approvals or ())
        try:
            with self.ctx.approvals.spending(), self.ctx.db.atomic():
                existing = _order_id_by_uuid(sale_uuid)
                if existing is not None:
                    return _result(Order.get_by_id(existing))
                now = self.ctx.now()
                # The number first: its row lock serialises checkouts on PostgreSQL, so the
                # stock read below is the latest and cannot change under us.
                sequence = next_number("order", now.year)
                priced = self._price(draft)
                return self._write_sale(actor, draft, priced, checked, sale_uuid, approvals,
                                        delivery, confirm_backorder, now, sequence)
        except peewee.IntegrityError:
            existing = Order.get_or_none(Order.uuid == sale_uuid)
            if existing is None:
                raise
            return _result(existing)

    @staticmethod
    def _check_payments(payments) -> list[tuple[str, Decimal, Decimal | None, Decimal | None]]:
        if not isinstance(payments, list | tuple):
            raise ValidationError("payment", "payments must be a list")
        checked = []
        for payment in payments:
            if not isinstance(payment, PaymentInput):
                raise ValidationError("payment", "is not a payment")
            if payment.method not in PAYMENT_METHODS:
                raise ValidationError("payment", f"'{payment.method}' is not cash, card or account")
            amount = _money("amount", payment.amount)
            tendered = change = None
            if payment.method == "cash":
                tendered = (amount if payment.tendered is None
                            else _money("tendered", payment.tendered))
                if tendered < amount:
                    raise ValidationError("tendered", f"{tendered} is less than {amount}")
                change = tendered - amount
            elif payment.tendered is not None:
                raise ValidationError("tendered", "only cash is tendered")
            checked.append((payment.method, amount, tendered, change))
        return checked

    def _write_sale(self, actor, draft, priced: _Priced, payments, sale_uuid, approvals,
                    delivery, confirm_backorder, now, sequence) -> SaleResult:
        if not priced.lines:
            raise ValidationError("lines", "the cart is empty")
        used: dict[str, tuple[Approval, object]] = {}
        quote = self._check_cart_permissions(actor, priced, draft, approvals, used)
        customer = priced.customer
        cart = priced.cart
        paid = sum((amount for _m, amount, _t, _c in payments), ZERO)
        on_account = sum((amount for method, amount, _t, _c in payments if method == "account"),
                         ZERO)
        if delivery is None and paid != cart.gross:
            raise ValidationError("payment", f"payments of {paid} do not match the total "
                                  f"{cart.gross}")
        if delivery is not None and paid > cart.gross:
            raise ValidationError("payment", f"payments of {paid} exceed the total {cart.gross}")
        if on_account:
            if customer is None or customer.kind != "b2b":
                raise ValidationError("payment", "payment on account is only for business "
                                      "customers")
            if customer.balance + on_account > customer.credit_limit:
                self._require(actor, Action.SALE_OVER_CREDIT, on_account, approvals, used)
        call = None
        if draft.call_id is not None:
            call = Call.get_or_none(Call.id == draft.call_id)
            if call is None:
                raise ValidationError("call", f"unknown call {draft.call_id}")
        # Stock: all lines of one product together.
        wanted: dict[int, int] = defaultdict(int)
        for line in priced.lines:
            wanted[line.product.id] += line.source.quantity
        products = {line.product.id: line.product for line in priced.lines}
        for product_id, quantity in wanted.items():
            product = products[product_id]
            if quantity > product.stock and not confirm_backorder:
                raise ValidationError("quantity", f"only {max(product.stock, 0)} in stock of "
                                      f"{product.name}")
        fields = dict(
            number=format_number("V", now.year, sequence), uuid=sale_uuid, kind="sale",
            channel=draft.channel, customer=customer.id if customer else None, rep=actor.id,
            status="open" if delivery is not None else "completed", created_at=now,
            prices_include_vat=cart.prices_include_vat, cart_discount=cart.cart_discount_pct,
            net=cart.net, vat=cart.vat, gross=cart.gross, paid=paid,
            origin=quote.id if quote is not None else None)
        order = Order(id=_insert_rows(Order, [fields], returning_id=True), **fields)
        self._insert_lines(order, priced.lines, stock=wanted)
        _move_stock({product_id: -quantity for product_id, quantity in wanted.items()})
        _insert_rows(StockMovement, [dict(
            product=product_id, quantity=-quantity, reason="sale", order=order.id,
            user=actor.id, created_at=now) for product_id, quantity in sorted(wanted.items())])
        if payments:
            _insert_rows(Payment, [dict(order=order.id, method=method, amount=amount,
                                      tendered=tendered, change=change, created_at=now)
                                 for method, amount, tendered, change in payments])
        if on_account:
            (Customer.update(balance=Customer.balance + on_account)
             .where(Customer.id == customer.id).execute())
        if call is not None:
            Call.update(order=order.id).where(Call.id == call.id).execute()
        if quote is not None:
            Order.update(status="converted").where(Order.id == quote.id).execute()
        if delivery is not None:
            add_shipment(order, delivery, actor, now)
        audit.record(actor, "sale_completed", entity="order", entity_id=order.number,
                     customer_id=customer.id if customer else None, amount=cart.gross,
                     after={"uuid": sale_uuid, "lines": len(priced.lines), "paid": paid,
                            "channel": draft.channel, "delivery": delivery is not None},
                     at=now)
        self._record_approvals(actor, used, order.number, customer, now)
        return _result(order, sum((change or ZERO for _m, _a, _t, change in payments), ZERO))

    @staticmethod
    def _record_approvals(actor, used, number, customer, now) -> None:
        for action, (approval, amount) in used.items():
            audit.record(actor, f"approved_{action}", entity="order", entity_id=number,
                         customer_id=customer.id if customer else None,
                         amount=amount if action in (Action.SALE_OVER_CREDIT, Action.REFUND)
                         else None,
                         after={"action": action, "value": str(amount) if amount else ""},
                         approval=approval, at=now)

    # -- parked carts -----------------------------------------------------------------------
    def park(self, actor: Actor, draft: CartDraft, label: str = "") -> ParkedRow:
        """Put the cart aside (it survives restarts) until ``resume`` or ``discard_parked``."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        label = clean_text("label", label, max_length=120)
        with self.ctx.db.atomic():
            priced = self._price(draft)
            if not priced.lines:
                raise ValidationError("lines", "the cart is empty")
            now = self.ctx.now()
            parked = ParkedSale.create(
                uuid=str(uuid_module.uuid4()), user=actor.id,
                customer=priced.customer.id if priced.customer else None, label=label,
                payload=_draft_to_json(draft, priced.cart.gross), created_at=now)
            audit.record(actor, "sale_parked", entity="parked_sale", entity_id=parked.id,
                         amount=priced.cart.gross, at=now)
            return self._parked_row(parked, priced.customer.name if priced.customer else "",
                                    actor.login)

    @staticmethod
    def _parked_row(parked: ParkedSale, customer_name: str, login: str) -> ParkedRow:
        data = json.loads(parked.payload)
        return ParkedRow(id=parked.id, uuid=parked.uuid, label=parked.label,
                         customer_name=customer_name, lines_count=len(data.get("lines", [])),
                         gross=Decimal(data.get("gross", "0")), created_at=parked.created_at,
                         user_login=login)

    def list_parked(self, actor: Actor | None = None) -> list[ParkedRow]:
        """Parked carts, oldest first; only ``actor``'s when given."""
        query = (ParkedSale.select(ParkedSale, Customer.name.alias("customer_name"),
                                   User.login.alias("user_login"))
                 .join(User, on=(ParkedSale.user == User.id))
                 .switch(ParkedSale)
                 .join(Customer, peewee.JOIN.LEFT_OUTER, on=(ParkedSale.customer == Customer.id))
                 .order_by(ParkedSale.created_at, ParkedSale.id)
                 .objects())
        if actor is not None:
            query = query.where(ParkedSale.user == actor.id)
        return [self._parked_row(p, p.customer_name or "", p.user_login) for p in query]

    def resume(self, actor: Actor, parked_id: int) -> CartDraft:
        """Take a parked cart back (the parked row goes in the same transaction)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            parked = ParkedSale.get_or_none(ParkedSale.id == parked_id)
            if parked is None:
                raise NotFound("parked sale", parked_id)
            draft = _draft_from_json(parked.payload)
            parked.delete_instance()
            audit.record(actor, "sale_resumed", entity="parked_sale", entity_id=parked_id,
                         at=self.ctx.now())
        return draft

    def discard_parked(self, actor: Actor, parked_id: int) -> None:
        """Throw a parked cart away."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            parked = ParkedSale.get_or_none(ParkedSale.id == parked_id)
            if parked is None:
                raise NotFound("parked sale", parked_id)
            parked.delete_instance()
            audit.record(actor, "parked_sale_discarded", entity="parked_sale",
                         entity_id=parked_id, at=self.ctx.now())

    # -- quotes -----------------------------------------------------------------------------
    def save_quote(self, actor: Actor, draft: CartDraft, valid_until: dt.date,
                   approvals: tuple[Approval, ...] = ()) -> SaleResult:
        """Save the cart as a quote ``Q<year>-NNNNNN`` valid until ``valid_until`` (no stock)."""
        if not isinstance(valid_until, dt.date) or isinstance(valid_until, dt.datetime):
            raise ValidationError("valid_until", "a date is required")
        authorize(self.ctx, actor, Action.EVERYDAY)
        approvals = tuple(approvals or ())
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            now = self.ctx.now()
            if valid_until < now.date():
                raise ValidationError("valid_until", "is in the past")
            priced = self._price(draft)
            if not priced.lines:
                raise ValidationError("lines", "the cart is empty")
            used: dict[str, tuple[Approval, object]] = {}
            self._check_cart_permissions(actor, priced, draft, approvals, used)
            cart = priced.cart
            sequence = next_number("quote", now.year)
            customer = priced.customer
            order = Order.create(
                number=format_number("Q", now.year, sequence), uuid=str(uuid_module.uuid4()),
                kind="quote", channel=draft.channel,
                customer=customer.id if customer else None, rep=actor.id, status="quote",
                created_at=now, prices_include_vat=cart.prices_include_vat,
                cart_discount=cart.cart_discount_pct, net=cart.net, vat=cart.vat,
                gross=cart.gross, paid=ZERO, valid_until=valid_until)
            self._insert_lines(order, priced.lines, stock={})
            audit.record(actor, "quote_saved", entity="order", entity_id=order.number,
                         customer_id=customer.id if customer else None, amount=cart.gross,
                         after={"valid_until": valid_until.isoformat()}, at=now)
            self._record_approvals(actor, used, order.number, customer, now)
            return _result(order)

    @staticmethod
    def _insert_lines(order: Order, lines: tuple[_Line, ...], stock: dict[int, int]) -> None:
        _insert_rows(OrderLine, [dict(
            order=order.id, line_no=number, product=line.product.id, sku=line.product.sku,
            description=line.product.name[:200], quantity=line.source.quantity,
            unit_price=line.unit_price, discount=line.discount_pct,
            vat_rate=line.product.vat_rate, vat_exemption=line.product.vat_exemption or "",
            net=line.amounts.net, vat=line.amounts.vat, gross=line.amounts.gross,
            cost=line.product.cost * line.source.quantity,
            backorder=stock.get(line.product.id, 0) > line.product.stock if stock else False)
            for number, line in enumerate(lines, 1)])

    def _open_quote(self, number: str) -> Order:
        quote = Order.get_or_none((Order.number == str(number).strip()) & (Order.kind == "quote"))
        if quote is None:
            raise NotFound("quote", number)
        if quote.status != "quote":
            raise ValidationError("quote", f"quote {quote.number} was already turned into a sale")
        if quote.valid_until is not None and quote.valid_until < self.ctx.now().date():
            raise ValidationError("quote", f"quote {quote.number} expired on "
                                  f"{quote.valid_until.isoformat()}; make a new quote")
        return quote

    def find_quotes(self, text: str = "", customer_id: int | None = None) -> list[QuoteRow]:
        """Quotes, newest first, by number or customer name prefix, or of one customer."""
        today = self.ctx.now().date()
        query = (Order.select(Order, Customer.name.alias("customer_name"))
                 .join(Customer, peewee.JOIN.LEFT_OUTER, on=(Order.customer == Customer.id))
                 .where(Order.kind == "quote")
                 .order_by(Order.created_at.desc(), Order.id.desc())
                 .limit(200)
                 .objects())
        if customer_id is not None:
            query = query.where(Order.customer == customer_id)
        text = (text or "").strip()
        if text:
            like = fold(text).replace("\\", "").replace("%", "").replace("_", "") + "%"
            query = query.where((Order.number == text.upper())
                                | (Customer.search_name ** like))
        return [QuoteRow(id=o.id, number=o.number, customer_id=o.customer_id,
                         customer_name=o.customer_name or "",
                         created_at=o.created_at, valid_until=o.valid_until, gross=o.gross,
                         status=o.status,
                         expired=o.valid_until is not None and o.valid_until < today)
                for o in query]

    def quote_to_draft(self, number: str) -> CartDraft:
        """A cart from a quote, at the quoted prices (no price-override permission needed).

        Refuses an expired or already converted quote with a message saying so.
        """
        with self.ctx.db.read():
            quote = self._open_quote(number)
            lines = tuple(CartLineInput(product_id=line.product_id, quantity=line.quantity,
                                        discount_pct=line.discount,
                                        unit_price_override=line.unit_price, from_quote=True)
                          for line in quote.lines.order_by(OrderLine.line_no)
                          if line.product_id is not None)
            return CartDraft(lines=lines, customer_id=quote.customer_id,
                             cart_discount_pct=quote.cart_discount, channel=quote.channel,
                             quote_number=quote.number)

    # -- past sales and returns -----------------------------------------------------------
    def find_sale(self, number: str) -> SaleDetail:
        """A sale with its lines (and quantities already returned) and payments."""
        with self.ctx.db.read():
            order = Order.get_or_none(Order.number == str(number or "").strip().upper())
            if order is None:
                raise NotFound("sale", number)
            lines = list(order.lines.order_by(OrderLine.line_no))
            returned = self._returned(lines)
            customer = order.customer if order.customer_id else None
            return SaleDetail(
                order_id=order.id, number=order.number, uuid=order.uuid, kind=order.kind,
                channel=order.channel, status=order.status, customer_id=order.customer_id,
                customer_name=customer.name if customer else "", rep_login=order.rep.login,
                created_at=order.created_at, prices_include_vat=order.prices_include_vat,
                net=order.net, vat=order.vat, gross=order.gross, paid=order.paid,
                lines=tuple(SaleLineRow(
                    id=line.id, line_no=line.line_no, product_id=line.product_id, sku=line.sku,
                    description=line.description, quantity=line.quantity,
                    returned_quantity=returned.get(line.id, (0,))[0],
                    unit_price=line.unit_price, discount_pct=line.discount,
                    vat_rate=line.vat_rate, net=line.net, vat=line.vat, gross=line.gross)
                    for line in lines),
                payments=tuple(PaymentRow(method=p.method, amount=p.amount, tendered=p.tendered,
                                          change=p.change, created_at=p.created_at)
                               for p in order.payments.order_by(Payment.id)))

    @staticmethod
    def _returned(lines) -> dict[int, tuple[int, Decimal, Decimal, Decimal]]:
        """Per sale line id: (quantity, net, vat, gross) already returned (positive)."""
        ids = [line.id for line in lines]
        if not ids:
            return {}
        rows = (OrderLine
                .select(OrderLine.origin_line,
                        peewee.fn.SUM(OrderLine.quantity).coerce(False).alias("q"),
                        peewee.fn.SUM(OrderLine.net).coerce(False).alias("n"),
                        peewee.fn.SUM(OrderLine.vat).coerce(False).alias("v"),
                        peewee.fn.SUM(OrderLine.gross).coerce(False).alias("g"))
                .where(OrderLine.origin_line.in_(ids))
                .group_by(OrderLine.origin_line)
                .tuples())
        # Uncoerced sums of MoneyField columns are integer cents.
        return {origin: (-int(q), -from_cents(n), -from_cents(v), -from_cents(g))
                for origin, q, n, v, g in rows}

    @staticmethod
    def _refund_exposure(actor: Actor, original: Order, now: dt.datetime) -> Decimal:
        """What was already refunded against this sale, or by this user in the last 24 h,
        whichever is more: the refund limit bounds the sum, so a refund split into pieces
        needs the same approval as the whole."""
        def refunded(condition) -> Decimal:
            cents = (Order.select(peewee.fn.SUM(Order.gross).coerce(False))
                     .where((Order.kind == "return") & condition).scalar())
            return -from_cents(int(cents or 0))
        return max(refunded(Order.origin == original.id),
                   refunded((Order.rep == actor.id)
                            & (Order.created_at > now - dt.timedelta(hours=24))))

    def refund(self, actor: Actor, original_number: str, lines: list[tuple[int, int]], *,
               refund_uuid: str, approvals: tuple[Approval, ...] = ()) -> SaleResult:
        """Take goods back: restock, pay back by the original payment method(s).

        ``lines`` are ``(order_line_id, quantity)`` of the original sale; a line cannot be
        returned beyond what was sold minus what was already returned. Amounts are the
        original line's, pro rata (the last return of a line takes the exact remainder).
        Needs ``Action.REFUND`` for the amount plus what was already refunded against the
        sale, or by the actor over the last 24 hours, whichever is more. Returns the ``R<year>-NNNNNN`` return with
        negative amounts; the same ``refund_uuid`` twice returns the first.
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        refund_uuid = _uuid(refund_uuid, "refund_uuid")
        approvals = tuple(approvals or ())
        if not isinstance(lines, list | tuple) or not lines:
            raise ValidationError("lines", "choose at least one line to return")
        wanted: dict[int, int] = defaultdict(int)
        for item in lines:
            if not isinstance(item, tuple | list) or len(item) != 2:
                raise ValidationError("lines", "each return is (line id, quantity)")
            line_id, quantity = item
            wanted[line_id] += _quantity(quantity)
        try:
            with self.ctx.approvals.spending(), self.ctx.db.atomic():
                existing = Order.get_or_none(Order.uuid == refund_uuid)
                if existing is not None:
                    return _result(existing)
                now = self.ctx.now()
                sequence = next_number("return", now.year)
                return self._write_refund(actor, original_number, wanted, refund_uuid,
                                          approvals, now, sequence)
        except peewee.IntegrityError:
            existing = Order.get_or_none(Order.uuid == refund_uuid)
            if existing is None:
                raise
            return _result(existing)

    def _write_refund(self, actor, original_number, wanted, refund_uuid, approvals, now,
                      sequence) -> SaleResult:
        original = Order.get_or_none((Order.number == str(original_number or "").strip().upper())
                                     & (Order.kind == "sale"))
        if original is None:
            raise NotFound("sale", original_number)
        if original.status in ("cancelled", "voided"):
            raise ValidationError("sale", f"{original.number} was {original.status}")
        sale_lines = {line.id: line for line in original.lines}
        returned = self._returned(list(sale_lines.values()))
        refunds = []
        for line_id, quantity in wanted.items():
            line = sale_lines.get(line_id)
            if line is None:
                raise ValidationError("lines", f"line {line_id} is not part of {original.number}")
            done_q, done_net, done_vat, done_gross = returned.get(line_id, (0, ZERO, ZERO, ZERO))
            left = line.quantity - done_q
            if quantity > left:
                raise ValidationError("quantity", f"only {left} of {line.description} can "
                                      "still be returned")
            if quantity == left:
                net, vat = line.net - done_net, line.vat - done_vat
            else:
                share = Decimal(quantity) / Decimal(line.quantity)
                vat = round_cents(line.vat * share)
                if original.prices_include_vat:
                    net = round_cents(line.gross * share) - vat
                else:
                    net = round_cents(line.net * share)
            refunds.append((line, quantity, LineAmounts(net=net, vat=vat, gross=net + vat)))
        totals = sum_lines([amounts for _line, _q, amounts in refunds])
        used: dict[str, tuple[Approval, object]] = {}
        self._require(actor, Action.REFUND, self._refund_exposure(actor, original, now)
                      + totals.gross, approvals, used)
        # Pay back by the original methods, up to what each still holds.
        held: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for payment in original.payments:
            held[payment.method] += payment.amount
        for payment in (Payment.select().join(Order)
                        .where((Order.origin == original.id) & (Order.kind == "return"))):
            held[payment.method] += payment.amount
        to_pay = totals.gross
        paybacks = []
        for method in ("account", "card", "cash"):
            if to_pay <= 0:
                break
            amount = min(held.get(method, ZERO), to_pay)
            if amount > 0:
                paybacks.append((method, amount))
                to_pay -= amount
        refund_order = Order.create(
            number=format_number("R", now.year, sequence), uuid=refund_uuid, kind="return",
            channel=original.channel, customer=original.customer_id, rep=actor.id,
            status="completed", created_at=now, prices_include_vat=original.prices_include_vat,
            cart_discount=original.cart_discount, net=-totals.net, vat=-totals.vat,
            gross=-totals.gross, paid=-sum((a for _m, a in paybacks), ZERO),
            origin=original.id)
        _insert_rows(OrderLine, [dict(
            order=refund_order.id, line_no=number, product=line.product_id, sku=line.sku,
            description=line.description, quantity=-quantity, unit_price=line.unit_price,
            discount=line.discount, vat_rate=line.vat_rate, vat_exemption=line.vat_exemption,
            net=-amounts.net, vat=-amounts.vat, gross=-amounts.gross,
            cost=-(line.cost * quantity / line.quantity), origin_line=line.id)
            for number, (line, quantity, amounts) in enumerate(refunds, 1)])
        restock: dict[int, int] = defaultdict(int)
        for line, quantity, _amounts in refunds:
            if line.product_id is not None:
                restock[line.product_id] += quantity
        _move_stock(restock)
        if restock:
            _insert_rows(StockMovement, [dict(
                product=product_id, quantity=quantity, reason="return",
                order=refund_order.id, user=actor.id, created_at=now)
                for product_id, quantity in sorted(restock.items())])
        if paybacks:
            _insert_rows(Payment, [dict(order=refund_order.id, method=method, amount=-amount,
                                      created_at=now) for method, amount in paybacks])
        account = sum((a for m, a in paybacks if m == "account"), ZERO)
        if account and original.customer_id:
            (Customer.update(balance=Customer.balance - account)
             .where(Customer.id == original.customer_id).execute())
        audit.record(actor, "refund_completed", entity="order", entity_id=refund_order.number,
                     customer_id=original.customer_id, amount=totals.gross,
                     before={"sale": original.number},
                     after={"uuid": refund_uuid, "lines": len(refunds),
                            "paid_back": {m: str(a) for m, a in paybacks}}, at=now)
        self._record_approvals(actor, used, refund_order.number,
                               original.customer if original.customer_id else None, now)
        return _result(refund_order)

    # -- phone helpers ----------------------------------------------------------------------
    def last_order_draft(self, customer_id: int) -> CartDraft | None:
        """A phone cart repeating the customer's last sale at today's prices, or ``None``."""
        with self.ctx.db.read():
            order = (Order.select()
                     .where((Order.customer == customer_id) & (Order.kind == "sale")
                            & Order.status.not_in(("cancelled", "voided")))
                     .order_by(Order.created_at.desc(), Order.id.desc())
                     .first())
            if order is None:
                return None
            lines = (OrderLine.select(OrderLine.product, OrderLine.quantity)
                     .join(Product)
                     .where((OrderLine.order == order.id) & Product.active)
                     .order_by(OrderLine.line_no))
            draft_lines = tuple(CartLineInput(product_id=line.product_id,
                                              quantity=min(line.quantity, MAX_QUANTITY))
                                for line in lines if line.quantity > 0)
            if not draft_lines:
                return None
            return CartDraft(lines=draft_lines, customer_id=customer_id, channel="phone")
