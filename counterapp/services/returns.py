"""Past sales and returns: look a sale up, take goods back and pay back.

``refund`` is one transaction, idempotent on its uuid.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import peewee

from counterapp.db.bulk import insert_rows, move_stock
from counterapp.db.models import (
    Customer,
    Order,
    OrderLine,
    Payment,
    StockMovement,
)
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.money import ZERO, from_cents, round_cents
from counterapp.domain.permissions import Action
from counterapp.domain.vat import LineAmounts, sum_lines
from counterapp.services import audit
from counterapp.services.cart import (
    PaymentRow,
    SaleDetail,
    SaleLineRow,
    SaleResult,
)
from counterapp.services.context import Actor, Approval, ServiceContext, authorize
from counterapp.services.performance_summary import record_credit
from counterapp.services.sale_orders import record_approvals, sale_result
from counterapp.services.sale_pricing import check_quantity, check_uuid, require
from counterapp.services.sequences import format_number, next_number


class ReturnService:
    """Finds past sales and refunds returned goods (``R<year>-NNNNNN``)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

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
        refund_uuid = check_uuid(refund_uuid, "refund_uuid")
        approvals = tuple(approvals or ())
        if not isinstance(lines, list | tuple) or not lines:
            raise ValidationError("lines", "choose at least one line to return")
        wanted: dict[int, int] = defaultdict(int)
        for item in lines:
            if not isinstance(item, tuple | list) or len(item) != 2:
                raise ValidationError("lines", "each return is (line id, quantity)")
            line_id, quantity = item
            wanted[line_id] += check_quantity(quantity)
        try:
            with self.ctx.approvals.spending(), self.ctx.db.atomic():
                existing = Order.get_or_none(Order.uuid == refund_uuid)
                if existing is not None:
                    return sale_result(existing)
                now = self.ctx.now()
                sequence = next_number("return", now.year)
                return self._write_refund(actor, original_number, wanted, refund_uuid,
                                          approvals, now, sequence)
        except peewee.IntegrityError:
            existing = Order.get_or_none(Order.uuid == refund_uuid)
            if existing is None:
                raise
            return sale_result(existing)

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
        require(self.ctx, actor, Action.REFUND, self._refund_exposure(actor, original, now)
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
        insert_rows(OrderLine, [dict(
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
        move_stock(restock)
        if restock:
            insert_rows(StockMovement, [dict(
                product=product_id, quantity=quantity, reason="return",
                order=refund_order.id, user=actor.id, created_at=now)
                for product_id, quantity in sorted(restock.items())])
        if paybacks:
            insert_rows(Payment, [dict(order=refund_order.id, method=method, amount=-amount,
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
        record_approvals(actor, used, refund_order.number,
                               original.customer if original.customer_id else None, now)
        record_credit(self.ctx.db, refund_order.id)
        return sale_result(refund_order)
