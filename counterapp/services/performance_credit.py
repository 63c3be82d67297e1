"""The month's credited orders and sums, in SQL, for ``performance_figures``.

Which orders count, for whom and when is ``domain.commission`` (``credit``); the queries
here select exactly the orders that rule credits to a month, from index ranges (order kind
and time, shipment status and delivery time, a rep's orders by (rep, created_at)). The
per-order query (statements, the daily curve) turns each row into an ``OrderFact`` and runs
``credit``; the summed queries group by (taker, account manager) and apply
``credited_rep`` to the groups. The figures read the summed form from the per-day summary
(``performance_summary``); ``month_totals`` here is the full recomputation from the orders
it is held to (``performance_summary.recompute_month_totals``). Tests check both against a
full recomputation through the domain. Call these inside a transaction of the caller.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from counterapp.db.database import is_sqlite
from counterapp.domain import delivery as delivery_rules
from counterapp.domain.commission import (
    CREDIT_TAKER,
    Credit,
    OrderFact,
    credit,
    credited_rep,
    month_bounds,
)
from counterapp.domain.money import ZERO, from_cents

# Statuses that never count (domain.commission.NOT_COUNTED), spelled out in the SQL.

# One row per order: id, number, kind, status, taker, account manager, created_at,
# customer name, net, cost, delivery?, shipment status, delivered_at, promised_date.
_SALES_SQL = (
    'SELECT o.id, o.number, o.kind, o.status, o.rep_id, c.account_manager_id, o.created_at, '
    "COALESCE(c.name, ''), "
    "(SELECT COALESCE(SUM(l.net), 0) FROM order_line l WHERE l.order_id = o.id), "
    "(SELECT COALESCE(SUM(l.cost), 0) FROM order_line l WHERE l.order_id = o.id), "
    "0, '', NULL, NULL "
    'FROM "order" o LEFT JOIN customer c ON c.id = o.customer_id '
    "WHERE o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND o.created_at >= {p} AND o.created_at < {p} "
    "AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id) {rep}")
_DELIVERED_SQL = (
    'SELECT o.id, o.number, o.kind, o.status, o.rep_id, c.account_manager_id, o.created_at, '
    "COALESCE(c.name, ''), "
    "(SELECT COALESCE(SUM(l.net), 0) FROM order_line l WHERE l.order_id = o.id), "
    "(SELECT COALESCE(SUM(l.cost), 0) FROM order_line l WHERE l.order_id = o.id), "
    "1, s.status, s.delivered_at, "
    "s.promised_date "
    'FROM shipment s JOIN "order" o ON o.id = s.order_id '
    "LEFT JOIN customer c ON c.id = o.customer_id "
    "WHERE s.status = 'delivered' AND s.delivered_at >= {p} AND s.delivered_at < {p} "
    "AND o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') {rep}")
# A return is credited to the rep of the sale it returns (o), in the return's month (r).
_RETURNS_SQL = (
    'SELECT r.id, r.number, r.kind, r.status, o.rep_id, c.account_manager_id, r.created_at, '
    "COALESCE(c.name, ''), "
    "(SELECT COALESCE(SUM(l.net), 0) FROM order_line l WHERE l.order_id = r.id), "
    "(SELECT COALESCE(SUM(l.cost), 0) FROM order_line l WHERE l.order_id = r.id), "
    "0, '', NULL, NULL "
    'FROM "order" r JOIN "order" o ON o.id = r.origin_id '
    "LEFT JOIN customer c ON c.id = r.customer_id "
    "WHERE r.kind = 'return' AND r.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND r.created_at >= {p} AND r.created_at < {p} {rep}")
# Driven by the leads (few), each one's first sale found through (customer, created_at).
_NEW_ACCOUNTS_SQL = (
    "SELECT rep, COUNT(*) FROM (SELECT c.brought_in_by_id AS rep, "
    '(SELECT MIN(o.created_at) FROM "order" o WHERE o.customer_id = c.id '
    "AND o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided')"
    ") AS first_at FROM customer c "
    "WHERE c.brought_in_by_id IS NOT NULL AND c.status = 'active' {lead}) f "
    "WHERE f.first_at >= {p} AND f.first_at < {p} GROUP BY rep")
# The same selections summed per (taker, account manager): the leaderboard and the counter
# figure need totals only. One pass over the month's orders joined to their lines.
_SALES_SUMS_SQL = (
    "SELECT o.rep_id, c.account_manager_id, COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), "
    "0, 0, 0 "
    'FROM "order" o LEFT JOIN customer c ON c.id = o.customer_id '
    "JOIN order_line l ON l.order_id = o.id "
    "WHERE o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND o.created_at >= {p} AND o.created_at < {p} "
    "AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id) {rep} "
    "GROUP BY o.rep_id, c.account_manager_id")
_DELIVERED_SUMS_SQL = (
    "SELECT o.rep_id, c.account_manager_id, COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), "
    "0, COUNT(DISTINCT o.id), "
    "COUNT(DISTINCT CASE WHEN s.promised_date IS NULL OR {day} <= s.promised_date "
    "THEN o.id END) "
    'FROM shipment s JOIN "order" o ON o.id = s.order_id '
    "LEFT JOIN customer c ON c.id = o.customer_id "
    "JOIN order_line l ON l.order_id = o.id "
    "WHERE s.status = 'delivered' AND s.delivered_at >= {p} AND s.delivered_at < {p} "
    "AND o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "{rep} GROUP BY o.rep_id, c.account_manager_id")
_RETURNS_SUMS_SQL = (
    "SELECT o.rep_id, c.account_manager_id, 0, SUM(l.net), SUM(l.cost), SUM(l.net), 0, 0 "
    'FROM "order" r JOIN "order" o ON o.id = r.origin_id '
    "LEFT JOIN customer c ON c.id = r.customer_id "
    "JOIN order_line l ON l.order_id = r.id "
    "WHERE r.kind = 'return' AND r.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND r.created_at >= {p} AND r.created_at < {p} {rep} "
    "GROUP BY o.rep_id, c.account_manager_id")
_CALLS_SQL = ('SELECT rep_id, COUNT(*) FROM "call" WHERE started_at >= {p} AND started_at < {p} '
              "{rep} GROUP BY rep_id")



@dataclass(frozen=True)
class CreditedOrder:
    """One order as credited to a rep's month (the statement lists these)."""

    order_id: int
    number: str
    kind: str
    customer: str
    at: dt.datetime
    net: Decimal
    margin: Decimal
    rep_id: int
    on_time: bool | None


@dataclass(frozen=True)
class Totals:
    """A rep's credited sums for a month."""

    net: Decimal = ZERO
    returns: Decimal = ZERO
    margin: Decimal = ZERO
    orders: int = 0
    delivered: int = 0
    on_time: int = 0


def _stamp(moment: dt.datetime) -> str:
    # Both engines compare a DATETIME/TIMESTAMP column with this text correctly.
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _as_datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value)[:19])


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _rep_filter(db, rule: str, rep_id: int) -> tuple[str, list]:
    """The SQL narrowing a month's orders to those ``rep_id`` may be credited with: taken by
    them, plus (under the account-manager rule) their accounts' orders. The taker-only form
    lets the (rep, created_at) index do the work."""
    if rule == CREDIT_TAKER:
        return f"AND o.rep_id = {db.param}", [rep_id]
    return f"AND (o.rep_id = {db.param} OR c.account_manager_id = {db.param})", [rep_id, rep_id]


def month_totals(db, month: str, rule: str, rep_id: int | None = None) -> dict[int, Totals]:
    """Credited sums per rep for ``month`` (for ``rep_id`` only, when given)."""
    start, end = month_bounds(month)
    day = ("substr(s.delivered_at, 1, 10)" if is_sqlite(db)
           else "CAST(s.delivered_at AS DATE)")
    sums: dict[int, list] = {}
    for sql in (_SALES_SUMS_SQL, _DELIVERED_SUMS_SQL, _RETURNS_SUMS_SQL):
        rep_sql, args = "", [_stamp(start), _stamp(end)]
        if rep_id is not None:
            rep_sql, more = _rep_filter(db, rule, rep_id)
            args += more
        query = sql.format(p=db.param, rep=rep_sql, day=day)
        add_credit_rows(sums, db.execute_sql(query, args).fetchall(), rule, rep_id)
    return totals_of(sums)


def add_credit_rows(sums: dict[int, list], rows, rule: str, rep_id: int | None) -> None:
    """Add ``(taker, manager, orders, net, cost, returns, delivered, on_time)`` rows, in
    cents, to ``sums`` under the rep each is credited to (only ``rep_id``'s, when given)."""
    for taker, manager, orders, net, cost, returns, delivered, on_time in rows:
        who = credited_rep(taker, manager, rule)
        if rep_id is not None and who != rep_id:
            continue
        row = sums.setdefault(who, [0, 0, 0, 0, 0, 0])
        row[0] += int(net or 0)
        row[1] += int(returns or 0)
        row[2] += int(net or 0) - int(cost or 0)
        row[3] += int(orders or 0)
        row[4] += int(delivered or 0)
        row[5] += int(on_time or 0)


def totals_of(sums: dict[int, list]) -> dict[int, Totals]:
    """``add_credit_rows``' cents as ``Totals`` per rep."""
    return {who: Totals(from_cents(n), from_cents(r), from_cents(m), o, d, t)
            for who, (n, r, m, o, d, t) in sums.items()}


def month_credits(db, month: str, rule: str, rep_id: int | None = None
                  ) -> list[CreditedOrder]:
    """Every order credited to ``month`` (to ``rep_id`` only, when given)."""
    start, end = month_bounds(month)
    param = db.param
    out = []
    for sql in (_SALES_SQL, _DELIVERED_SQL, _RETURNS_SQL):
        rep_sql, args = "", [_stamp(start), _stamp(end)]
        if rep_id is not None:
            rep_sql, more = _rep_filter(db, rule, rep_id)
            args += more
        for row in db.execute_sql(sql.format(p=param, rep=rep_sql), args).fetchall():
            (order_id, number, kind, status, taker, manager, created, customer, net, cost,
             has_delivery, ship_status, delivered_at, promised) = row
            delivered = _as_datetime(delivered_at)
            fact = OrderFact(kind=kind, status=status, taker_id=taker,
                             created_at=_as_datetime(created), net=from_cents(int(net)),
                             cost=from_cents(int(cost)), account_manager_id=manager,
                             delivery=bool(has_delivery), shipment_status=ship_status or "",
                             delivered_at=delivered)
            got: Credit | None = credit(fact, rule)
            if got is None or got.month != month or (rep_id is not None
                                                     and got.rep_id != rep_id):
                continue
            on_time = (delivery_rules.on_time(_as_date(promised), delivered)
                       if has_delivery else None)
            out.append(CreditedOrder(order_id, number, kind, customer,
                                     delivered or fact.created_at, got.net, got.margin,
                                     got.rep_id, on_time))
    out.sort(key=lambda o: (o.at, o.number))
    return out


def new_accounts(db, month: str, rep_id: int | None = None) -> dict[int, int]:
    """Leads each rep brought in whose first (not cancelled) sale fell in ``month``."""
    start, end = month_bounds(month)
    lead, args = "", [_stamp(start), _stamp(end)]
    if rep_id is not None:
        lead, args = f"AND c.brought_in_by_id = {db.param}", [rep_id, *args]
    return {row[0]: int(row[1]) for row in db.execute_sql(
        _NEW_ACCOUNTS_SQL.format(p=db.param, lead=lead), args).fetchall()}


def calls(db, month: str, rep_id: int | None = None) -> dict[int, int]:
    """Calls (inbound and outbound) each rep handled in ``month``."""
    start, end = month_bounds(month)
    rep_sql, args = "", [_stamp(start), _stamp(end)]
    if rep_id is not None:
        rep_sql, args = f"AND rep_id = {db.param}", [*args, rep_id]
    return {row[0]: int(row[1]) for row in db.execute_sql(
        _CALLS_SQL.format(p=db.param, rep=rep_sql), args).fetchall()}


__all__ = ["CreditedOrder", "Totals", "calls", "month_credits", "month_totals", "new_accounts"]
