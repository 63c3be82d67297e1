"""Customer reports: who is worth most (revenue and margin over a period)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee
from peewee import JOIN, fn

from counterapp.db.models import (
    Customer,
    Order,
    OrderLine,
    User,
)
from counterapp.domain.money import from_cents
from counterapp.services.context import ServiceContext


@dataclass(frozen=True)
class ValueRow:
    """A customer's value over a period: revenue net of VAT, gross margin, orders."""

    customer_id: int
    code: str
    name: str
    revenue: Decimal
    margin: Decimal
    orders: int
    account_manager_login: str


class CustomerReportService:
    """Reports over customers' orders."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def most_valuable(self, months: int = 12, limit: int = 50) -> list[ValueRow]:
        """Customers by net revenue over the last ``months`` (sales, not quotes/voids), in SQL.

        Margin = Σ(line net − line cost): ``OrderLine.cost`` holds the line's total cost
        (unit cost × quantity, as the sales service and the demo data write it). Revenue and
        margin are in euros; returns count with their negative amounts.
        """
        since = self.ctx.now() - dt.timedelta(days=int(months * 30.44))
        counted = Order.kind.in_(["sale", "return"]) & Order.status.in_(["completed", "open"])
        margins = (OrderLine
                   .select(OrderLine.order,
                           fn.SUM(OrderLine.net - OrderLine.cost).alias("margin"))
                   .group_by(OrderLine.order).alias("m"))
        manager = User.alias()
        query = (Order
                 .select(Customer.id, Customer.code, Customer.name,
                         fn.SUM(Order.net).alias("revenue"),
                         fn.SUM(fn.COALESCE(margins.c.margin, 0)).alias("margin"),
                         fn.SUM(peewee.Case(None, [(Order.kind == "sale", 1)], 0)).alias("orders"), manager.login)
                 .join(Customer, on=(Order.customer == Customer.id))
                 .join(manager, JOIN.LEFT_OUTER, on=(Customer.account_manager == manager.id))
                 .switch(Order)
                 .join(margins, JOIN.LEFT_OUTER, on=(margins.c.order_id == Order.id))
                 .where(counted & (Order.created_at >= since))
                 .group_by(Customer.id, Customer.code, Customer.name, manager.login)
                 .order_by(fn.SUM(Order.net).desc())
                 .limit(limit)
                 .tuples())
        return [ValueRow(customer_id=cid, code=code, name=name,
                         revenue=from_cents(int(revenue or 0)), margin=from_cents(int(margin or 0)),
                         orders=int(orders), account_manager_login=login or "")
                for cid, code, name, revenue, margin, orders, login in query]
