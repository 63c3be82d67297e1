"""Checkout: a priced cart becomes a sale with its payments, stock and delivery.

One transaction; idempotent on the sale uuid (the same uuid committed twice returns the
first sale and writes nothing).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import peewee

from counterapp.db.bulk import insert_rows, move_stock
from counterapp.db.models import (
    Call,
    Customer,
    Order,
    OrderLine,
    Payment,
    Product,
    StockMovement,
)
from counterapp.domain.errors import ValidationError
from counterapp.domain.money import ZERO
from counterapp.domain.permissions import Action
from counterapp.services import audit
from counterapp.services.cart import (
    CartDraft,
    CartLineInput,
    PaymentInput,
    SaleResult,
)
from counterapp.services.context import Actor, Approval, ServiceContext, authorize
from counterapp.services.performance_summary import record_credit
from counterapp.services.sale_orders import (
    insert_order_lines,
    order_id_by_uuid,
    record_approvals,
    sale_result,
)
from counterapp.services.sale_pricing import (
    MAX_QUANTITY,
    PricedDraft,
    check_amount,
    check_cart_permissions,
    check_uuid,
    price_draft,
    require,
)
from counterapp.services.sequences import format_number, next_number
from counterapp.services.shipping_planning import add_shipment

PAYMENT_METHODS = ("cash", "card", "account")


class CheckoutService:
    """Completes counter, phone and standing-order sales."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

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
        sale_uuid = check_uuid(sale_uuid, "sale_uuid")
        checked = self._check_payments(payments)
        approvals = tuple(approvals or ())
        try:
            with self.ctx.approvals.spending(), self.ctx.db.atomic():
                existing = order_id_by_uuid(sale_uuid)
                if existing is not None:
                    return sale_result(Order.get_by_id(existing))
                now = self.ctx.now()
                # The number first: its row lock serialises checkouts on PostgreSQL, so the
                # stock read below is the latest and cannot change under us.
                sequence = next_number("order", now.year)
                priced = price_draft(draft)
                return self._write_sale(actor, draft, priced, checked, sale_uuid, approvals,
                                        delivery, confirm_backorder, now, sequence)
        except peewee.IntegrityError:
            existing = Order.get_or_none(Order.uuid == sale_uuid)
            if existing is None:
                raise
            return sale_result(existing)

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
            amount = check_amount("amount", payment.amount)
            tendered = change = None
            if payment.method == "cash":
                tendered = (amount if payment.tendered is None
                            else check_amount("tendered", payment.tendered))
                if tendered < amount:
                    raise ValidationError("tendered", f"{tendered} is less than {amount}")
                change = tendered - amount
            elif payment.tendered is not None:
                raise ValidationError("tendered", "only cash is tendered")
            checked.append((payment.method, amount, tendered, change))
        return checked

    def _write_sale(self, actor, draft, priced: PricedDraft, payments, sale_uuid, approvals,
                    delivery, confirm_backorder, now, sequence) -> SaleResult:
        if not priced.lines:
            raise ValidationError("lines", "the cart is empty")
        used: dict[str, tuple[Approval, object]] = {}
        quote = check_cart_permissions(self.ctx, actor, priced, draft, approvals, used)
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
                require(self.ctx, actor, Action.SALE_OVER_CREDIT, on_account, approvals, used)
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
        order = Order(id=insert_rows(Order, [fields], returning_id=True), **fields)
        insert_order_lines(order, priced.lines, stock=wanted)
        move_stock({product_id: -quantity for product_id, quantity in wanted.items()})
        insert_rows(StockMovement, [dict(
            product=product_id, quantity=-quantity, reason="sale", order=order.id,
            user=actor.id, created_at=now) for product_id, quantity in sorted(wanted.items())])
        if payments:
            insert_rows(Payment, [dict(order=order.id, method=method, amount=amount,
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
        record_approvals(actor, used, order.number, customer, now)
        record_credit(self.ctx.db, order.id)
        return sale_result(order, sum((change or ZERO for _m, _a, _t, change in payments), ZERO))

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
