"""Quotas and commission on the demo shop: the dashboard and the counter's month figure.

* ``dashboard``: ``PerformanceService.leaderboard`` for one month with every rep (credited
  sums from the per-rep, per-day summary ``rep_day_credit``; new accounts and calls in
  SQL), as a manager opens it; the current month and the last full one. Target p95 ≤ 150 ms.
* ``my month``: the dashboard's "my month" for one rep (the daily curve and pace line).
* ``figure after a sale``: a cash sale through ``CheckoutService.checkout``, then
  ``month_figure`` for the rep who made it (what the counter's status line shows); only the
  figure is timed. Target p95 ≤ 20 ms.

Runs on the large demo set when it is built for this schema (``bench/.cache/large.db``),
else on the small one (built on demand); the set used is in the result. Sales go to a
private copy. On the small set it also measures ``scaled``: the last full month's counter
sales copied ×40 (≈ 40,000 orders, what one month of the large set holds), so the figures
say how the queries grow without building the large set; the copies bypass the services,
so the summary is rebuilt after them (timed) and checked against the full recomputation, and
the credited sums alone are timed both ways (``full SQL`` is the path before the summary).
``python -m bench.bench_performance [--small]`` prints the table.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from counterapp.db import connect  # noqa: E402
from counterapp.db.migrations import migrate  # noqa: E402
from counterapp.db.models import Order, Product, User  # noqa: E402
from counterapp.domain.commission import month_of, previous_month  # noqa: E402
from counterapp.services import build_services, performance_summary  # noqa: E402
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput  # noqa: E402
from counterapp.services.context import ServiceContext  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

DASHBOARD_TARGET_MS = 150.0
FIGURE_TARGET_MS = 20.0
REPEAT = 7
SALES = 15


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _timed(function, repeat: int = REPEAT) -> list[float]:
    function()  # warm the page cache and the plans
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _entry(times: list[float], target: float | None = None) -> dict:
    entry = {"median_ms": round(statistics.median(times), 2), "p95_ms": round(_p95(times), 2)}
    if target is not None:
        entry["target_ms"] = target
    return entry


def _check_summary(db, month: str) -> None:
    """The figures measured are right: the summary equals the full recomputation."""
    for rule in ("taker", "account_manager"):
        if performance_summary.month_totals(db, month, rule) != \
                performance_summary.recompute_month_totals(db, month, rule):
            raise RuntimeError(f"the credit summary of {month} differs from a recomputation")


def _scale_month(url: str, month: str, factor: int) -> int:
    """Copy ``month``'s sales and their lines ``factor - 1`` times (new ids and numbers)."""
    path = url.removeprefix("sqlite:///")
    con = sqlite3.connect(path)
    try:
        cur = con.cursor()
        top = cur.execute('SELECT max(id) FROM "order"').fetchone()[0]
        top_line = cur.execute("SELECT max(id) FROM order_line").fetchone()[0]
        columns = [r[1] for r in cur.execute('PRAGMA table_info("order")')]
        line_columns = [r[1] for r in cur.execute("PRAGMA table_info(order_line)")]
        where = (f"substr(created_at, 1, 7) = '{month}' AND kind = 'sale' "  # noqa: S608
                 f"AND id <= {top} AND id NOT IN (SELECT order_id FROM shipment)")
        for k in range(1, factor):
            renamed = {"id": f"id + {top * k}", "number": f"number || '-{k}'",
                       "uuid": f"uuid || '-{k}'", "origin_id": "NULL"}
            cur.execute(f'INSERT INTO "order" ({", ".join(columns)}) SELECT '  # noqa: S608
                        f'{", ".join(renamed.get(c, c) for c in columns)} FROM "order" '
                        f"WHERE {where}")
            line_renamed = {"id": f"id + {top_line * k}", "order_id": f"order_id + {top * k}",
                            "origin_line_id": "NULL"}
            cur.execute(f"INSERT INTO order_line ({', '.join(line_columns)}) SELECT "  # noqa: S608
                        f"{', '.join(line_renamed.get(c, c) for c in line_columns)} "
                        f'FROM order_line WHERE order_id IN (SELECT id FROM "order" WHERE {where})')
        cur.execute("ANALYZE")
        con.commit()
        return cur.execute('SELECT count(*) FROM "order" WHERE '  # noqa: S608
                           f"substr(created_at, 1, 7) = '{month}'").fetchone()[0]
    finally:
        con.close()


def _dataset() -> tuple[str, str]:
    """(URL, name) of the set to measure: large if built for this schema, else small."""
    from bench.dataset import (  # noqa: PLC0415
        CACHE_DIR,
        available,
        large_database_url,
        schema_key,
        small_database_url,
    )

    if "--small" not in sys.argv:
        path, key = CACHE_DIR / "large.db", CACHE_DIR / "large.key"
        lines = key.read_text().split() if key.exists() else []
        if path.exists() and (lines == [schema_key()] or (
                len(lines) > 1 and set(lines[1:]) <= set(available()))):
            return large_database_url(), "large"
        print("(large demo set not built for this schema: measuring the small set)")
    return small_database_url(), "small"


def run() -> dict:
    """Measure and print; returns the figures (milliseconds)."""
    from bench.dataset import fresh_copy, remove_copy  # noqa: PLC0415

    source, name = _dataset()
    url = fresh_copy(source)
    try:
        db = connect(url)
        migrate(db, backup=False)
        services = build_services(ServiceContext(db=db, settings=Settings(None)))
        manager = services.staff.actor(User.get(User.role == "manager").login)
        rep = services.staff.actor(
            User.select().where(User.role == "junior").order_by(User.id).first().login)
        current = month_of(services.ctx.now())
        counts = {"set": name, "orders": Order.select().count(),
                  "orders_this_month": Order.select().where(
                      Order.created_at >= dt.datetime.now().replace(day=1, hour=0, minute=0,
                                                                    second=0)).count()}
        counts["order_lines"] = db.execute_sql("SELECT count(*) FROM order_line").fetchone()[0]
        if not counts["order_lines"]:
            # Every credited sum joins the lines: without any, the figures would be empty
            # queries measured, not the dashboard.
            raise RuntimeError(f"the {name} data set has orders but no order lines: rebuild it "
                               f"(delete bench/.cache/{name}.*)")
        figures: dict = {"dataset": counts}
        for month in (current, previous_month(current)):
            _check_summary(db, month)
        reps = len(services.performance.leaderboard(manager, current))
        figures["dashboard this month"] = _entry(
            _timed(lambda: services.performance.leaderboard(manager, current)),
            DASHBOARD_TARGET_MS)
        last = previous_month(current)
        figures["dashboard last month"] = _entry(
            _timed(lambda: services.performance.leaderboard(manager, last)), DASHBOARD_TARGET_MS)
        figures["my month"] = _entry(_timed(lambda: services.performance.my_month(rep)))
        product = Product.select().where(Product.stock > 100).order_by(Product.id).first()
        after_sale = []
        for _ in range(SALES):
            draft = CartDraft(lines=(CartLineInput(product.id, 1),))
            gross = services.pricing.price_cart(draft).gross
            services.checkout.checkout(rep, draft, [PaymentInput("cash", gross)],
                                    sale_uuid=str(uuid.uuid4()))
            started = time.perf_counter()
            services.performance.month_figure(rep)
            after_sale.append((time.perf_counter() - started) * 1000)
        figures["figure after a sale"] = _entry(after_sale, FIGURE_TARGET_MS)
        if name == "small":
            db.close()
            counts["scaled_month_orders"] = _scale_month(url, last, 40)
            db = connect(url)
            services = build_services(ServiceContext(db=db, settings=Settings(None)))
            # The copies were written behind the services' back: the summary is refilled
            # once (what a repair would do), then held to the full recomputation.
            started = time.perf_counter()
            with db.atomic():
                performance_summary.rebuild(db)
            figures["scaled: summary rebuild"] = _entry(
                [(time.perf_counter() - started) * 1000])
            _check_summary(db, last)
            figures["scaled: sums, full SQL"] = _entry(_timed(
                lambda: performance_summary.recompute_month_totals(db, last, "taker"), 5))
            figures["scaled: sums, summary"] = _entry(_timed(
                lambda: performance_summary.month_totals(db, last, "taker"), 5))
            # What each sale now adds to its checkout: its (taker, day) recomputed, here a
            # scaled day (40 times the orders a real one has).
            scaled_sale = db.execute_sql(
                "SELECT max(id) FROM \"order\" WHERE kind = 'sale' "
                "AND substr(created_at, 1, 7) = ?", [last]).fetchone()[0]
            figures["scaled: summary write"] = _entry(_timed(
                lambda: performance_summary.record_credit(db, scaled_sale), 5))
            figures["scaled: dashboard"] = _entry(
                _timed(lambda: services.performance.leaderboard(manager, last), 5),
                DASHBOARD_TARGET_MS)
            figures["scaled: rep's figure"] = _entry(
                _timed(lambda: services.performance.month_figure(manager, rep.login, last)),
                FIGURE_TARGET_MS)
        db.close()
    finally:
        remove_copy(url)
    print(f"{name} set: {counts['orders']:,} orders, {counts['orders_this_month']:,} this "
          f"month, {reps} reps on the board"
          + (f"; scaled: {counts['scaled_month_orders']:,} orders in {last}"
             if "scaled_month_orders" in counts else ""))
    print(f"{'benchmark':<26} {'median ms':>10} {'p95 ms':>10} {'target':>8}")
    for label, entry in figures.items():
        if "median_ms" in entry:
            target = entry.get("target_ms")
            print(f"{label:<26} {entry['median_ms']:>10.2f} {entry['p95_ms']:>10.2f} "
                  f"{target if target is not None else '–':>8}")
    return figures


if __name__ == "__main__":
    run()
