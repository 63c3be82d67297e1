"""Counter services on the large demo shop: search as you type, code look-up, checkout.

* ``search``: ~50 realistic terms (word prefixes as typed, whole words, two words, SKU and
  barcode fragments, accents) through ``CatalogService.search`` against the bare FTS5
  query run with the ``sqlite3`` module on the same file. Targets: p95 ≤ 3 ms and ≤ 3× raw.
* ``lookup_code``: random barcodes and lower-case SKUs, p95.
* ``checkout``: a 10-line cash sale through ``CheckoutService.checkout`` against the same rows
  written with raw ``sqlite3`` statements under ``synchronous=FULL`` (BEGIN IMMEDIATE,
  number, order, 10 lines, 10 stock updates, 10 movements, payment, audit, COMMIT), on a
  private copy of the data set. Target: median ≤ 3× raw.

``python -m bench.bench_counter_services [--small]`` prints the table.
"""

from __future__ import annotations

import datetime as dt
import random
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
from counterapp.db.database import sqlite_path  # noqa: E402
from counterapp.db.models import Product, User  # noqa: E402
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput  # noqa: E402
from counterapp.services.catalog import (  # noqa: E402
    CANDIDATES,
    SQLITE_SEARCH_SQL,
    CatalogService,
    fts5_query,
    search_tokens,
)
from counterapp.services.checkout import CheckoutService  # noqa: E402
from counterapp.services.context import Actor, ServiceContext  # noqa: E402
from counterapp.services.sale_pricing import PricingService  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

SEARCH_TARGET_MS = 3.0
RATIO_TARGET = 3.0
PASSES = 5
CHECKOUTS = 40

# The same statement the service runs, through the bare sqlite3 module.
RAW_SEARCH = SQLITE_SEARCH_SQL
# For information: every match ranked (what a naive FTS5 query costs on broad prefixes).
RAW_FULL_RANK = ("SELECT p.id, p.sku, p.barcode, p.name, p.price, p.vat_rate, p.stock, "
                 "p.location FROM product_fts JOIN product p ON p.id = product_fts.rowid "
                 "WHERE product_fts MATCH ? AND p.active ORDER BY product_fts.rank LIMIT ?")


def _dataset(small: bool) -> tuple[str, str]:
    """(URL of the data set, how it was obtained)."""
    try:
        from bench.dataset import large_database_url, small_database_url  # noqa: PLC0415
    except ImportError:  # pragma: no cover - only before bench/dataset.py existed
        raise SystemExit("bench/dataset.py is missing") from None
    return (small_database_url(), "small") if small else (large_database_url(), "large")


def _copy(url: str) -> str:
    from bench.dataset import fresh_copy  # noqa: PLC0415

    return fresh_copy(url)


def _remove(url: str) -> None:
    from bench.dataset import remove_copy  # noqa: PLC0415

    remove_copy(url)


def _pct(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def search_terms(raw: sqlite3.Connection, rng: random.Random) -> list[str]:
    """About 50 terms a clerk would type, drawn from the catalogue itself."""
    names = [row[0] for row in raw.execute(
        "SELECT name FROM product WHERE active ORDER BY id LIMIT 4000")]
    codes = raw.execute("SELECT sku, barcode FROM product WHERE barcode IS NOT NULL "
                        "ORDER BY id LIMIT 2000").fetchall()
    rng.shuffle(names)
    terms: list[str] = []
    for name in names[:14]:  # the first word, typed letter by letter
        word = name.split()[0]
        terms += [word[:2], word[:3], word[:5]]
    for name in names[14:24]:  # two words, the second half typed
        words = name.split()
        if len(words) > 1:
            terms.append(f"{words[0]} {words[1][:3]}")
    for sku, barcode in rng.sample(codes, 6):
        terms += [sku.split("-")[0].lower(), barcode[:7]]
    terms += ["caffe", "caffè", "perù", "a4", "nero 0.5", '"matita', "NEAR carta", "x-"]
    return terms[:56]


def bench_search(url: str, rng: random.Random) -> dict:
    db = connect(url)
    catalog = CatalogService(ServiceContext(db=db, settings=Settings(None)))
    raw = sqlite3.connect(str(sqlite_path(url)))
    terms = search_terms(raw, rng)
    for term in terms:  # warm both caches alike
        catalog.search(term)
        tokens = search_tokens(term)
        if tokens:
            raw.execute(RAW_SEARCH, (fts5_query(tokens), CANDIDATES, 102, 51)).fetchall()
    service_ms, raw_ms, full_ms, hits = [], [], [], []
    for _ in range(PASSES):
        for term in terms:
            started = time.perf_counter()
            rows = catalog.search(term)
            service_ms.append((time.perf_counter() - started) * 1000)
            hits.append(len(rows))
            tokens = search_tokens(term)
            started = time.perf_counter()
            if tokens:
                raw.execute(RAW_SEARCH, (fts5_query(tokens), CANDIDATES, 102, 51)).fetchall()
            raw_ms.append((time.perf_counter() - started) * 1000)
            if tokens:
                started = time.perf_counter()
                raw.execute(RAW_FULL_RANK, (fts5_query(tokens), 51)).fetchall()
                full_ms.append((time.perf_counter() - started) * 1000)
    # lookup_code: barcodes and lower-case SKUs, some unknown.
    codes = raw.execute("SELECT sku, barcode FROM product ORDER BY random() LIMIT 200").fetchall()
    lookups = [c[1] or c[0] for c in codes[:100]] + [c[0].lower() for c in codes[100:]]
    lookups += ["0000000000000", "NOPE-1"]
    lookup_ms = []
    for code in lookups * 2:
        started = time.perf_counter()
        catalog.lookup_code(code)
        lookup_ms.append((time.perf_counter() - started) * 1000)
    raw.close()
    db.close()
    p95, raw_p95 = _pct(service_ms, 95), _pct(raw_ms, 95)
    return {
        "search": {"median_ms": statistics.median(service_ms), "p95_ms": p95,
                   "target_ms": SEARCH_TARGET_MS, "terms": len(terms),
                   "mean_hits": statistics.mean(hits),
                   "ok": p95 <= SEARCH_TARGET_MS and p95 <= RATIO_TARGET * max(raw_p95, 0.3)},
        "search_raw_fts5": {"median_ms": statistics.median(raw_ms), "p95_ms": raw_p95},
        "search_raw_full_rank": {"median_ms": statistics.median(full_ms),
                                 "p95_ms": _pct(full_ms, 95)},
        "search_ratio_p95": p95 / raw_p95 if raw_p95 else None,
        "lookup_code": {"median_ms": statistics.median(lookup_ms),
                        "p95_ms": _pct(lookup_ms, 95), "target_ms": SEARCH_TARGET_MS,
                        "ok": _pct(lookup_ms, 95) <= SEARCH_TARGET_MS},
    }


def _raw_checkout(raw: sqlite3.Connection, products: list[tuple], user_id: int) -> None:
    """The rows of a 10-line cash sale written by hand (the floor to compare with)."""
    now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE document_sequence SET last_number = last_number + 1 "
                "WHERE series = 'rawbench' AND year = 2026")
    number = raw.execute("SELECT last_number FROM document_sequence "
                         "WHERE series = 'rawbench' AND year = 2026").fetchone()[0]
    gross = sum(price for _pid, _sku, _name, price, _rate in products)
    order_id = raw.execute(
        'INSERT INTO "order" (number, uuid, kind, channel, customer_id, rep_id, status, '
        "created_at, prices_include_vat, cart_discount, net, vat, gross, paid, notes, version) "
        "VALUES (?, ?, 'sale', 'counter', NULL, ?, 'completed', ?, 1, 0, ?, ?, ?, ?, '', 1)",
        (f"RAW{number:08d}", str(uuid.uuid4()), user_id, now, gross, 0, gross, gross)).lastrowid
    for line_no, (pid, sku, name, price, rate) in enumerate(products, 1):
        raw.execute("INSERT INTO order_line (order_id, line_no, product_id, sku, description, "
                    "quantity, unit_price, discount, vat_rate, vat_exemption, net, vat, gross, "
                    "cost, backorder) VALUES (?, ?, ?, ?, ?, 1, ?, 0, ?, '', ?, 0, ?, 0, 0)",
                    (order_id, line_no, pid, sku, name, price, rate, price, price))
        raw.execute("UPDATE product SET stock = stock - 1 WHERE id = ?", (pid,))
        raw.execute("INSERT INTO stock_movement (product_id, quantity, reason, order_id, "
                    "user_id, created_at) VALUES (?, -1, 'sale', ?, ?, ?)",
                    (pid, order_id, user_id, now))
    raw.execute("INSERT INTO payment (order_id, method, amount, tendered, change, created_at) "
                "VALUES (?, 'cash', ?, ?, 0, ?)", (order_id, gross, gross, now))
    raw.execute("INSERT INTO audit_entry (at, user_id, action, entity, entity_id, amount, "
                "before, after, reason) VALUES (?, ?, 'sale_completed', 'order', ?, ?, '', "
                "'', '')", (now, user_id, f"RAW{number:08d}", gross))
    raw.execute("COMMIT")


def _align_order_sequence(db) -> None:
    """Data sets generated before the demo kept ``document_sequence`` in step lack it."""
    year = dt.date.today().year
    last = db.execute_sql('SELECT max(number) FROM "order" WHERE number LIKE ?',
                          (f"V{year}-%",)).fetchone()[0]
    if last:
        db.execute_sql("INSERT OR IGNORE INTO document_sequence (series, year, last_number) "
                       "VALUES ('order', ?, 0)", (year,))
        db.execute_sql("UPDATE document_sequence SET last_number = max(last_number, ?) "
                       "WHERE series = 'order' AND year = ?", (int(last.split("-")[1]), year))


def bench_checkout(url: str, rng: random.Random) -> dict:
    copy = _copy(url)
    try:
        db = connect(copy)
        _align_order_sequence(db)
        ctx = ServiceContext(db=db, settings=Settings(None))
        pricing, checkout = PricingService(ctx), CheckoutService(ctx)
        user = User.select().where(User.role == "manager").first() or User.create(
            login="benchmgr", display_name="Bench", role="manager", pin_hash="x")
        actor = Actor(id=user.id, login=user.login, display_name=user.display_name,
                      role=user.role)
        ids = [p.id for p in Product.select(Product.id).where(Product.active & (Product.price > 0))
               .order_by(Product.id).limit(5000)]
        raw = sqlite3.connect(str(sqlite_path(copy)), isolation_level=None)
        raw.execute("PRAGMA journal_mode=wal")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute("INSERT INTO document_sequence (series, year, last_number) "
                    "VALUES ('rawbench', 2026, 0)")
        wanted = ",".join(str(int(i)) for i in ids)
        rows = {r[0]: r for r in raw.execute(
            f"SELECT id, sku, name, price, vat_rate FROM product WHERE id IN ({wanted})")}  # noqa: S608
        # Interleaved, so both see the same disk and the same machine load.
        service_ms, raw_ms = [], []
        for _ in range(CHECKOUTS):
            draft = CartDraft(lines=tuple(CartLineInput(pid, 1) for pid in rng.sample(ids, 10)))
            total = pricing.price_cart(draft).gross
            started = time.perf_counter()
            checkout.checkout(actor, draft, [PaymentInput("cash", total, total)],
                              sale_uuid=str(uuid.uuid4()), confirm_backorder=True)
            service_ms.append((time.perf_counter() - started) * 1000)
            products = [rows[pid] for pid in rng.sample(ids, 10)]
            started = time.perf_counter()
            _raw_checkout(raw, products, user.id)
            raw_ms.append((time.perf_counter() - started) * 1000)
        raw.close()
        db.close()
    finally:
        _remove(copy)
    median, raw_median = statistics.median(service_ms), statistics.median(raw_ms)
    return {
        "checkout_10_lines": {"median_ms": median, "p95_ms": _pct(service_ms, 95),
                              "ok": median <= RATIO_TARGET * raw_median},
        "checkout_raw_sqlite3": {"median_ms": raw_median, "p95_ms": _pct(raw_ms, 95)},
        "checkout_ratio_median": median / raw_median if raw_median else None,
    }


def run(small: bool = False) -> dict:
    """Measure search, look-up and checkout; print a table; return the figures."""
    url, size = _dataset(small)
    products = sqlite3.connect(str(sqlite_path(url))).execute(
        "SELECT count(*) FROM product").fetchone()[0]
    rng = random.Random(2026)
    figures = {"dataset": size, "products": products}
    figures.update(bench_search(url, rng))
    figures.update(bench_checkout(url, rng))
    print(f"\nCounter services on the {size} shop ({products:,} products)")
    print(f"{'measure':<24}{'median ms':>11}{'p95 ms':>10}  target")
    for key, target in (("search", f"p95 ≤ {SEARCH_TARGET_MS} ms and ≤ {RATIO_TARGET}× raw"),
                        ("search_raw_fts5", "same SQL, bare sqlite3"),
                        ("search_raw_full_rank", "every match ranked (info)"),
                        ("lookup_code", f"p95 ≤ {SEARCH_TARGET_MS} ms"),
                        ("checkout_10_lines", f"median ≤ {RATIO_TARGET}× raw"),
                        ("checkout_raw_sqlite3", "")):
        entry = figures[key]
        verdict = "" if "ok" not in entry else ("  ok" if entry["ok"] else "  MISSED")
        print(f"{key:<24}{entry['median_ms']:>11.2f}{entry['p95_ms']:>10.2f}  {target}{verdict}")
    print(f"search p95 / raw p95 = {figures['search_ratio_p95']:.2f}; "
          f"checkout median / raw median = {figures['checkout_ratio_median']:.2f}")
    return figures


if __name__ == "__main__":
    run(small="--small" in sys.argv)
