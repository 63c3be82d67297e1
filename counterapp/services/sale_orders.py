"""Writing an order's rows: its lines, the approvals it used, the result returned."""

from __future__ import annotations

from decimal import Decimal

from counterapp.db.bulk import insert_rows
from counterapp.db.models import (
    Order,
    OrderLine,
)
from counterapp.domain.money import ZERO
from counterapp.domain.permissions import Action
from counterapp.services import audit
from counterapp.services.cart import (
    SaleResult,
)
from counterapp.services.sale_pricing import PricedItem


def order_id_by_uuid(order_uuid: str) -> int | None:
    """The id of the order with ``order_uuid`` (the idempotency check; one indexed read)."""
    row = Order._meta.database.execute_sql(
        f'SELECT "id" FROM "order" WHERE "uuid" = {Order._meta.database.param}',  # noqa: S608
        (order_uuid,)).fetchone()
    return row[0] if row else None


def sale_result(order: Order, change: Decimal | None = None) -> SaleResult:
    """What the clerk gets back for a written order (``change``: cash given back)."""
    if change is None:
        change = sum((p.change or ZERO for p in order.payments), ZERO)
    return SaleResult(order_id=order.id, number=order.number, uuid=order.uuid, net=order.net,
                      vat=order.vat, gross=order.gross, paid=order.paid, change=change,
                      created_at=order.created_at, status=order.status)


def record_approvals(actor, used, number, customer, now) -> None:
    """One audit entry per approval a sale, quote or return used."""
    for action, (approval, amount) in used.items():
        audit.record(actor, f"approved_{action}", entity="order", entity_id=number,
                     customer_id=customer.id if customer else None,
                     amount=amount if action in (Action.SALE_OVER_CREDIT, Action.REFUND)
                     else None,
                     after={"action": action, "value": str(amount) if amount else ""},
                     approval=approval, at=now)


def insert_order_lines(order: Order, lines: tuple[PricedItem, ...], stock: dict[int, int]) -> None:
    """The order lines of ``lines`` (``stock``: quantity wanted per product, for backorders)."""
    insert_rows(OrderLine, [dict(
        order=order.id, line_no=number, product=line.product.id, sku=line.product.sku,
        description=line.product.name[:200], quantity=line.source.quantity,
        unit_price=line.unit_price, discount=line.discount_pct,
        vat_rate=line.product.vat_rate, vat_exemption=line.product.vat_exemption or "",
        net=line.amounts.net, vat=line.amounts.vat, gross=line.amounts.gross,
        cost=line.product.cost * line.source.quantity,
        backorder=stock.get(line.product.id, 0) > line.product.stock if stock else False)
        for number, line in enumerate(lines, 1)])
