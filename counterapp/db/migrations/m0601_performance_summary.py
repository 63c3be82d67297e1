"""0601: a per-rep, per-day summary of credited sales, kept by the writes that change it.

``rep_day_credit`` holds, per (taker, account manager, day, kind), what the month's figures
sum: orders, net, cost, returns net, delivered and on-time orders. ``kind`` is ``sale`` (a
paid order without a shipment, on its day), ``delivered`` (a delivery order, on its
delivery day) or ``return`` (on the return's day, under the *sale's* taker). It is keyed by
the taker and the account manager, not by the credited rep, so the shop's crediting rule is
applied when it is read and changing it rewrites nothing. Checkout, refunds and shipment
changes recompute the (taker, day) rows they touch in their own transaction
(``services.performance_summary``); this migration fills it from the existing orders with
the same selection.
"""

from __future__ import annotations

from counterapp.db.database import is_sqlite

# Frozen copy of the summary's selection as of 0601 (the service's own copy may evolve).
_NOT_COUNTED = "('cancelled', 'converted', 'quote', 'voided')"


def up(db, migrator) -> None:  # noqa: ARG001 (plain SQL: no schema migrator needed)
    """Create the summary and its indexes, and fill it from the orders."""
    sqlite = is_sqlite(db)
    money = "INTEGER" if sqlite else "BIGINT"
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS rep_day_credit ("
        f"id {'INTEGER PRIMARY KEY' if sqlite else 'BIGSERIAL PRIMARY KEY'}, "
        "taker_id INTEGER NOT NULL, manager_id INTEGER, day VARCHAR(10) NOT NULL, "
        "kind VARCHAR(10) NOT NULL, orders INTEGER NOT NULL DEFAULT 0, "
        f"net {money} NOT NULL DEFAULT 0, cost {money} NOT NULL DEFAULT 0, "
        f"returns {money} NOT NULL DEFAULT 0, delivered INTEGER NOT NULL DEFAULT 0, "
        "on_time INTEGER NOT NULL DEFAULT 0)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS rep_day_credit_day ON rep_day_credit (day)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS rep_day_credit_taker_day "
                   "ON rep_day_credit (taker_id, day)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS rep_day_credit_manager_day "
                   "ON rep_day_credit (manager_id, day)")
    fill(db)


def fill(db) -> None:
    """Replace the summary with one computed from every order: the backfill, and what the
    demo generator runs after writing its orders behind the services' back."""
    sqlite = is_sqlite(db)
    db.execute_sql("DELETE FROM rep_day_credit")
    if sqlite:
        day_of, date_of = "substr({c}, 1, 10)", "substr({c}, 1, 10)"
    else:
        day_of, date_of = "to_char({c}, 'YYYY-MM-DD')", "CAST({c} AS DATE)"
    o_day = day_of.format(c="o.created_at")
    s_day = day_of.format(c="s.delivered_at")
    r_day = day_of.format(c="r.created_at")
    insert = ("INSERT INTO rep_day_credit (taker_id, manager_id, day, kind, orders, net, cost, "
              "returns, delivered, on_time) ")
    db.execute_sql(  # noqa: S608 (constant SQL)
        insert + f"SELECT o.rep_id, c.account_manager_id, {o_day}, 'sale', "  # noqa: S608
        "COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), 0, 0, 0 "
        'FROM "order" o LEFT JOIN customer c ON c.id = o.customer_id '
        "JOIN order_line l ON l.order_id = o.id "
        f"WHERE o.kind = 'sale' AND o.status NOT IN {_NOT_COUNTED} "
        "AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id) "
        f"GROUP BY o.rep_id, c.account_manager_id, {o_day}")
    db.execute_sql(
        insert + f"SELECT o.rep_id, c.account_manager_id, {s_day}, 'delivered', "  # noqa: S608
        "COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), 0, COUNT(DISTINCT o.id), "
        f"COUNT(DISTINCT CASE WHEN s.promised_date IS NULL OR "
        f"{date_of.format(c='s.delivered_at')} <= s.promised_date THEN o.id END) "
        'FROM shipment s JOIN "order" o ON o.id = s.order_id '
        "LEFT JOIN customer c ON c.id = o.customer_id "
        "JOIN order_line l ON l.order_id = o.id "
        "WHERE s.status = 'delivered' AND s.delivered_at IS NOT NULL "
        f"AND o.kind = 'sale' AND o.status NOT IN {_NOT_COUNTED} "
        f"GROUP BY o.rep_id, c.account_manager_id, {s_day}")
    db.execute_sql(
        insert + f"SELECT o.rep_id, c.account_manager_id, {r_day}, 'return', 0, "  # noqa: S608
        "SUM(l.net), SUM(l.cost), SUM(l.net), 0, 0 "
        'FROM "order" r JOIN "order" o ON o.id = r.origin_id '
        "LEFT JOIN customer c ON c.id = r.customer_id "
        "JOIN order_line l ON l.order_id = r.id "
        f"WHERE r.kind = 'return' AND r.status NOT IN {_NOT_COUNTED} "
        f"GROUP BY o.rep_id, c.account_manager_id, {r_day}")
