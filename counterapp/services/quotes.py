"""Quotes: save a cart as a quote, find quotes, and turn one back into a cart."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

import peewee

from counterapp.db.models import (
    Customer,
    Order,
    OrderLine,
)
from counterapp.domain.errors import ValidationError
from counterapp.domain.money import ZERO
from counterapp.domain.permissions import Action
from counterapp.domain.text import fold
from counterapp.services import audit
from counterapp.services.cart import (
    CartDraft,
    CartLineInput,
    QuoteRow,
    SaleResult,
)
from counterapp.services.context import Actor, Approval, ServiceContext, authorize
from counterapp.services.sale_orders import insert_order_lines, record_approvals, sale_result
from counterapp.services.sale_pricing import check_cart_permissions, open_quote, price_draft
from counterapp.services.sequences import format_number, next_number


class QuoteService:
    """Quotes ``Q<year>-NNNNNN``: no stock moves until one becomes a sale."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

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
            priced = price_draft(draft)
            if not priced.lines:
                raise ValidationError("lines", "the cart is empty")
            used: dict[str, tuple[Approval, object]] = {}
            check_cart_permissions(self.ctx, actor, priced, draft, approvals, used)
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
            insert_order_lines(order, priced.lines, stock={})
            audit.record(actor, "quote_saved", entity="order", entity_id=order.number,
                         customer_id=customer.id if customer else None, amount=cart.gross,
                         after={"valid_until": valid_until.isoformat()}, at=now)
            record_approvals(actor, used, order.number, customer, now)
            return sale_result(order)

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
            quote = open_quote(number, self.ctx.now().date())
            lines = tuple(CartLineInput(product_id=line.product_id, quantity=line.quantity,
                                        discount_pct=line.discount,
                                        unit_price_override=line.unit_price, from_quote=True)
                          for line in quote.lines.order_by(OrderLine.line_no)
                          if line.product_id is not None)
            return CartDraft(lines=lines, customer_id=quote.customer_id,
                             cart_discount_pct=quote.cart_discount, channel=quote.channel,
                             quote_number=quote.number)
