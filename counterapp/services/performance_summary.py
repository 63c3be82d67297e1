"""The per-rep, per-day credit summary (``rep_day_credit``): kept, read, rebuilt.

Every write that changes a rep's credited figures calls ``record_credit`` in its own
transaction: a paid sale (checkout, standing orders included), a refund, a shipment
entering or leaving ``delivered``. It does not add deltas: it recomputes the summary rows
of the (taker, day) pairs the order touches from the orders themselves, with the selection
of ``performance_credit`` (the rules of ``domain.commission``), so the summary cannot drift
from a full recomputation. A (taker, day) holds a few dozen orders: cheap per write.

Rows are keyed by taker *and* account manager, not by the credited rep: the shop's
managed-account rule is applied when the rows are read (``month_totals``), so switching the
rule rewrites nothing. A change of a customer's account manager recomputes that customer's
(taker, day) pairs (``record_customer``), so the figures follow the current manager exactly
as a recomputation from the orders does. ``rebuild`` recomputes everything (repairs, data
loaded behind the services' back); ``recompute_month_totals`` is the full recomputation
from the orders that the tests and the benchmark hold the summary to.
"""

from __future__ import annotations

import datetime as dt

from counterapp.db.database import is_sqlite
from counterapp.domain.commission import CREDIT_TAKER, month_bounds
from counterapp.services.performance_credit import Totals, add_credit_rows, totals_of
from counterapp.services.performance_credit import month_totals as recompute_month_totals

_NOT_COUNTED = "('cancelled', 'converted', 'quote', 'voided')"
_INSERT = ("INSERT INTO rep_day_credit (taker_id, manager_id, day, kind, orders, net, cost, "
           "returns, delivered, on_time) ")
# {o_day}/{s_day}/{r_day}: the day text of a time; {s_date}: the delivery date; {where}:
# the (taker, day) narrowing of a refresh, empty for a rebuild.
_SALES = (
    "SELECT o.rep_id, c.account_manager_id, {o_day}, 'sale', "  # noqa: S608 (constant SQL)
    "COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), 0, 0, 0 "
    'FROM "order" o LEFT JOIN customer c ON c.id = o.customer_id '
    "JOIN order_line l ON l.order_id = o.id "
    f"WHERE o.kind = 'sale' AND o.status NOT IN {_NOT_COUNTED} "
    "AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id) {where} "
    "GROUP BY o.rep_id, c.account_manager_id, {o_day}")
_DELIVERED = (
    "SELECT o.rep_id, c.account_manager_id, {s_day}, 'delivered', "  # noqa: S608 (constant SQL)
    "COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), 0, COUNT(DISTINCT o.id), "
    "COUNT(DISTINCT CASE WHEN s.promised_date IS NULL OR {s_date} <= s.promised_date "
    "THEN o.id END) "
    'FROM shipment s JOIN "order" o ON o.id = s.order_id '
    "LEFT JOIN customer c ON c.id = o.customer_id "
    "JOIN order_line l ON l.order_id = o.id "
    "WHERE s.status = 'delivered' AND s.delivered_at IS NOT NULL "
    f"AND o.kind = 'sale' AND o.status NOT IN {_NOT_COUNTED} {{where}} "
    "GROUP BY o.rep_id, c.account_manager_id, {s_day}")
_RETURNS = (
    "SELECT o.rep_id, c.account_manager_id, {r_day}, 'return', 0, "  # noqa: S608 (constant SQL)
    "SUM(l.net), SUM(l.cost), SUM(l.net), 0, 0 "
    'FROM "order" r JOIN "order" o ON o.id = r.origin_id '
    "LEFT JOIN customer c ON c.id = r.customer_id "
    "JOIN order_line l ON l.order_id = r.id "
    f"WHERE r.kind = 'return' AND r.status NOT IN {_NOT_COUNTED} {{where}} "
    "GROUP BY o.rep_id, c.account_manager_id, {r_day}")
# Which (taker, day) pairs an order touches: its own day (a sale, or a return under the
# sale's taker) and, for a delivery order, its delivery day.
_PAIRS = ('SELECT o.kind, o.rep_id, origin.rep_id, o.created_at, '
          "(SELECT MAX(s.delivered_at) FROM shipment s WHERE s.order_id = o.id) "
          'FROM "order" o LEFT JOIN "order" origin ON origin.id = o.origin_id '
          "WHERE o.{column} = {p}")
_READ = ("SELECT taker_id, manager_id, SUM(orders), SUM(net), SUM(cost), SUM(returns), "
         "SUM(delivered), SUM(on_time) FROM rep_day_credit WHERE day >= {p} AND day < {p} "
         "{rep} GROUP BY taker_id, manager_id")


def _day_sql(db) -> tuple[str, str]:
    if is_sqlite(db):
        return "substr({c}, 1, 10)", "substr({c}, 1, 10)"
    return "to_char({c}, 'YYYY-MM-DD')", "CAST({c} AS DATE)"


def _selections(db, where: dict[str, str]) -> list[str]:
    day_of, date_of = _day_sql(db)
    names = {"o_day": day_of.format(c="o.created_at"), "s_day": day_of.format(c="s.delivered_at"),
             "r_day": day_of.format(c="r.created_at"),
             "s_date": date_of.format(c="s.delivered_at")}
    return [_INSERT + _SALES.format(where=where.get("sale", ""), **names),
            _INSERT + _DELIVERED.format(where=where.get("delivered", ""), **names),
            _INSERT + _RETURNS.format(where=where.get("return", ""), **names)]


def _day(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _stamp(day: dt.date) -> str:
    return day.isoformat() + " 00:00:00"


# The advisory-lock class of the summary (any constant no other lock uses).
_LOCK_CLASS = 6010


def refresh(db, taker_id: int, day: dt.date) -> None:
    """Recompute the summary rows of ``taker_id`` on ``day`` from the orders."""
    p = db.param
    if not is_sqlite(db):
        # Two transactions refreshing one taker at once (a sale and a refund) would each
        # delete only the rows they can see and both insert: doubled sums. The second waits
        # here for the first to commit, then sees its orders and its rows. (SQLite has one
        # writer at a time.)
        db.execute_sql(f"SELECT pg_advisory_xact_lock({p}, {p})", [_LOCK_CLASS, taker_id])
    db.execute_sql(f"DELETE FROM rep_day_credit WHERE taker_id = {p} AND day = {p}",  # noqa: S608
                   [taker_id, day.isoformat()])
    bounds = [_stamp(day), _stamp(day + dt.timedelta(days=1)), taker_id]
    where = {"sale": f"AND o.created_at >= {p} AND o.created_at < {p} AND o.rep_id = {p}",
             "delivered": (f"AND s.delivered_at >= {p} AND s.delivered_at < {p} "
                           f"AND o.rep_id = {p}"),
             "return": f"AND r.created_at >= {p} AND r.created_at < {p} AND o.rep_id = {p}"}
    for sql in _selections(db, where):
        db.execute_sql(sql, bounds)


def _refresh_pairs(db, column: str, value: int) -> None:
    pairs = set()
    for kind, taker, origin_taker, created_at, delivered_at in db.execute_sql(
            _PAIRS.format(column=column, p=db.param), [value]).fetchall():
        who = origin_taker if kind == "return" else taker
        if who is None:
            continue
        pairs.add((who, _day(created_at)))
        if delivered_at is not None:
            pairs.add((who, _day(delivered_at)))
    for who, day in sorted(pairs):
        refresh(db, who, day)


def record_credit(db, order_id: int) -> None:
    """Bring the summary up to date after ``order_id`` was paid, delivered or, for a
    return, written. Call inside the caller's transaction."""
    _refresh_pairs(db, "id", order_id)


def record_customer(db, customer_id: int) -> None:
    """Bring the summary up to date after ``customer_id``'s account manager changed: every
    (taker, day) of its orders and returns is recomputed, so, as before the summary, the
    open months follow the customer's current manager (closed ones keep their frozen rows).
    Call inside the caller's transaction."""
    _refresh_pairs(db, "customer_id", customer_id)


_ALL_ROWS = ("SELECT taker_id, manager_id, day, kind, orders, net, cost, returns, delivered, "
             "on_time FROM rep_day_credit WHERE orders <> 0 OR net <> 0 OR cost <> 0")


def rebuild(db) -> int:
    """Recompute the whole summary from the orders (repairs, data loaded behind the
    services' back such as the demo or benchmark sets); the number of (taker, manager,
    day, kind) rows that were wrong or missing before. Call inside a transaction."""
    before = {tuple(row) for row in db.execute_sql(_ALL_ROWS).fetchall()}
    db.execute_sql("DELETE FROM rep_day_credit")
    for sql in _selections(db, {}):
        db.execute_sql(sql)
    after = {tuple(row) for row in db.execute_sql(_ALL_ROWS).fetchall()}
    return len(before ^ after)


def month_totals(db, month: str, rule: str, rep_id: int | None = None) -> dict[int, Totals]:
    """Credited sums per rep for ``month`` (for ``rep_id`` only, when given), from the
    summary; equal to ``recompute_month_totals`` (the tests hold them to it)."""
    start, end = month_bounds(month)
    p = db.param
    rep_sql, args = "", [start.date().isoformat(), end.date().isoformat()]
    if rep_id is not None:
        if rule == CREDIT_TAKER:  # their own orders only: the (taker, day) index
            rep_sql, args = f"AND taker_id = {p}", [*args, rep_id]
        else:
            rep_sql = f"AND (taker_id = {p} OR manager_id = {p})"
            args = [*args, rep_id, rep_id]
    sums: dict[int, list] = {}
    add_credit_rows(sums, db.execute_sql(_READ.format(p=p, rep=rep_sql), args).fetchall(),
                    rule, rep_id)
    return totals_of(sums)


__all__ = ["month_totals", "rebuild", "recompute_month_totals", "record_credit",
           "record_customer", "refresh"]
