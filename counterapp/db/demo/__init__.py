"""Realistic demo data: an Italian hardware and office-supplies wholesaler with a counter.

``generate("small")`` fills an empty database in seconds (the first ``make run`` does it);
``generate("large")`` builds the 200,000-product / 500,000-order set the benchmarks use.
Everything is drawn from one seeded ``random.Random`` and one seeded ``Faker("it_IT")``,
so the same seed gives the same shop.

Speed: rows are computed in plain Python lists first and written in chunks of a few
thousand with one multi-row ``executemany`` per chunk inside a transaction, with ids
assigned here (so lines can point at their order without reading it back). Values are
converted to their stored form by the models' own fields (``MoneyField`` → cents …), so
what lands in the database is exactly what the ORM would have written.

Vocabulary used by the history (other modules read it): order ``channel`` counter, phone,
standing; ``status`` completed, open, cancelled; payment ``method`` cash, card, account;
shipment ``status`` new, picking, packed, dispatched, delivered, failed, returned,
cancelled; call ``purpose`` order, info, quote, complaint, delivery, follow_up and
``outcome`` order, no_answer, callback, info_given, quote_sent, not_interested, complaint;
task ``kind`` callback, follow_up and ``status`` open, done.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from counterapp.db.database import database_proxy, is_sqlite
from counterapp.db.demo.calls import CallsAndStanding
from counterapp.db.demo.customers import Customers
from counterapp.db.demo.orders import History
from counterapp.db.demo.staff import StaffAndCatalogue
from counterapp.db.demo.world import (
    DEMO_USERS,
    ORDER_PREFIX,
    ORDER_SERIES,
    SIZES,
    Progress,
    _Size,
    ean13_check_digit,
    fiscal_code,
)
from counterapp.db.demo.writer import _Writer
from counterapp.db.migrations.m0601_performance_summary import fill as fill_credit_summary
from counterapp.db.models import (
    Call,
    Contact,
    Customer,
    Order,
    OrderLine,
    Product,
    Shipment,
    StandingOrder,
    User,
)

__all__ = ["DEMO_USERS", "ORDER_PREFIX", "ORDER_SERIES", "SIZES", "Progress", "database_is_empty",
           "ean13_check_digit", "fiscal_code", "generate"]


# --- the generator ---------------------------------------------------------------------------
class _Generator(StaffAndCatalogue, Customers, History, CallsAndStanding):
    """One seeded generator; each area's steps live in their own module (mixins)."""

    def __init__(self, size: _Size, progress: Progress | None, seed: int):
        from faker import Faker  # noqa: PLC0415 (slow import, only for demo data)

        self.size = size
        self.rng = random.Random(seed)
        self.fake = Faker("it_IT")
        self.fake.seed_instance(seed)
        self.db = database_proxy.obj
        self.out = _Writer(self.db, progress)
        self.now = dt.datetime.now().replace(microsecond=0)
        self.today = self.now.date()


def database_is_empty() -> bool:
    """True when the bound database has no users, products and customers (first start)."""
    return not (User.select().exists() or Product.select().exists()
                or Customer.select().exists())


def generate(size: str = "small", progress: Progress | None = None, seed: int = 42) -> str:
    """Fill the bound database with demo data of ``size`` (tiny, small, large); a summary line.

    ``progress(done, total, label)`` is called after each chunk written. Adds to what is
    there (users, price lists and carriers that exist are reused), so ``--force`` works.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r} (small or large)")
    started = time.perf_counter()
    gen = _Generator(SIZES[size], progress, seed)
    sqlite = is_sqlite(gen.db)
    if sqlite:
        # A bulk load that fails is simply run again: no fsync per commit, no foreign-key
        # look-ups for ids assigned here (the tests check them), a cache big enough for the
        # indexes of half a million orders.
        settings = {name: gen.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
                    for name in ("synchronous", "foreign_keys", "cache_size")}
        for pragma in ("synchronous=NORMAL", "foreign_keys=OFF", "cache_size=-400000"):
            gen.db.execute_sql(f"PRAGMA {pragma}")
    try:
        _fill(gen)
    finally:
        if sqlite:
            for name, value in settings.items():
                gen.db.execute_sql(f"PRAGMA {name}={int(value)}")
    counts = gen.out.counts
    return (f"Demo data ({size}): {counts.get('product', 0):,} products, "
            f"{counts.get('customer', 0):,} customers, {counts.get('user', 0)} users, "
            f"{gen.totals['orders']:,} orders with {gen.totals['lines']:,} lines, "
            f"{gen.totals['shipments']:,} shipments, {counts.get('call', 0):,} calls, "
            f"{counts.get('task', 0):,} tasks in {time.perf_counter() - started:.1f} s")


def _fill(gen: _Generator) -> None:
    gen.users()
    gen.price_lists()
    gen.products()
    gen.list_prices()
    gen.delivery()
    gen.customers()
    gen.managed = {}
    managers = {u.id: u.login for u in User.select(User.id, User.login)}
    for row in (Customer.select(Customer.id, Customer.account_manager)
                .where(Customer.account_manager.is_null(False))):
        gen.managed[row.id] = managers[row.account_manager_id]
    gen.history()
    gen.calls_and_tasks()
    gen.campaigns_and_standing()
    gen.out.fix_sequences([User, Product, Customer, Contact, Order, OrderLine, Shipment, Call,
                           StandingOrder])
    # The orders were written behind the services' back: the credit summary the
    # performance figures read is computed from them once (#10).
    fill_credit_summary(gen.db)
    if is_sqlite(gen.db):
        gen.db.execute_sql("PRAGMA optimize")
