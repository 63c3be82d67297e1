"""The shipping queue on the large demo shop (500,000 orders): first page, sorts, scrolling.

* ``first page``: ``queue_count`` + ``queue_page(limit=200)`` with the default filter (open
  shipments by promised date) — what the panel does when it opens. Target ≤ 150 ms.
* every sortable column, both directions, with the default filter and with "all statuses".
* scrolling: the next pages (``fetchMore``) at growing offsets; p95 per page.
* search (order number, customer name start, tracking number) and filters (rush, late,
  carrier, "my customers").
* ``change_token``: the poll every workstation runs each second.
* ``QueueModel.set_query`` itself (Qt offscreen), as the panel runs it.

``python -m bench.bench_queue [--small]`` prints the table.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from counterapp.db import connect  # noqa: E402
from counterapp.db.models import Customer, Order, Shipment, User  # noqa: E402
from counterapp.services.carriers import CarrierService  # noqa: E402
from counterapp.services.context import ServiceContext  # noqa: E402
from counterapp.services.shipping_queue import (  # noqa: E402
    SORT_COLUMNS,
    QueueFilter,
    ShippingQueueService,
)
from counterapp.settings import Settings  # noqa: E402

FIRST_PAGE_TARGET_MS = 150.0
PAGE = 200


def _ms(function, repeat: int = 5) -> tuple[float, float]:
    """(median, max) milliseconds of ``function()`` over ``repeat`` runs after one warm-up."""
    function()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def _first_page(shipping: ShippingQueueService, filters: QueueFilter, sort=("promised", False)):
    def run():
        shipping.queue_count(filters)
        shipping.queue_page(filters, sort, 0, PAGE)
    return run


def run(url: str | None = None) -> dict:
    """Measure and print; returns the figures (milliseconds)."""
    from bench.dataset import large_database_url, small_database_url  # noqa: PLC0415

    if url is None:
        url = small_database_url() if "--small" in sys.argv else large_database_url()
    db = connect(url)
    ctx = ServiceContext(db=db, settings=Settings(None))
    shipping = ShippingQueueService(ctx)
    figures: dict[str, float] = {}
    rows: list[tuple[str, float, float]] = []

    def measure(name: str, function, repeat: int = 5) -> None:
        median, worst = _ms(function, repeat)
        figures[name] = round(median, 2)
        rows.append((name, median, worst))

    counts = {"orders": Order.select().count(), "shipments": Shipment.select().count()}
    open_filter = QueueFilter()
    all_filter = QueueFilter(status="")
    measure("first page (open, promised)", _first_page(shipping, open_filter))
    measure("first page (all, promised)", _first_page(shipping, all_filter))
    measure("count only (open)", lambda: shipping.queue_count(open_filter))
    measure("count only (all)", lambda: shipping.queue_count(all_filter))
    for column in SORT_COLUMNS:
        for descending in (False, True):
            label = f"sort {column} {'desc' if descending else 'asc'}"
            measure(f"{label} (open)", lambda c=column, d=descending: shipping.queue_page(
                open_filter, (c, d), 0, PAGE), repeat=3)
            measure(f"{label} (all)", lambda c=column, d=descending: shipping.queue_page(
                all_filter, (c, d), 0, PAGE), repeat=3)
    page_times = []
    for offset in range(PAGE, PAGE * 26, PAGE):
        started = time.perf_counter()
        shipping.queue_page(all_filter, ("created", True), offset, PAGE)
        page_times.append((time.perf_counter() - started) * 1000)
    figures["scroll page p95 (all, created desc, 25 pages)"] = round(
        sorted(page_times)[int(len(page_times) * 0.95) - 1], 2)
    rows.append(("scroll page p95 (25 pages)", figures[
        "scroll page p95 (all, created desc, 25 pages)"], max(page_times)))
    sample_order = Order.select(Order.number).order_by(Order.id.desc()).first()
    sample_tracking = (Shipment.select(Shipment.tracking_number)
                       .where(Shipment.tracking_number != "").first())
    sample_customer = Customer.select(Customer.search_name).order_by(Customer.id).first()
    searches = {
        "search order number": sample_order.number if sample_order else "X",
        "search tracking": sample_tracking.tracking_number if sample_tracking else "X",
        "search customer start": (sample_customer.search_name[:4] if sample_customer else "x"),
    }
    for name, text in searches.items():
        measure(name, _first_page(shipping, QueueFilter(status="", search=text)))
    # Scrolled far down (fetchMore): a broad search and the customer sort past row 4,000.
    broad = QueueFilter(status="", search=searches["search customer start"])
    measure("search customer start, page at row 4,000", lambda: shipping.queue_page(
        broad, ("promised", False), 4000, PAGE), repeat=3)
    measure("sort customer asc (all), page at row 4,000", lambda: shipping.queue_page(
        all_filter, ("customer", False), 4000, PAGE), repeat=3)
    rep = User.select(User.id).order_by(User.id).first()
    carriers = CarrierService(ctx).carriers()
    for name, filters in (
            ("filter rush only", QueueFilter(rush_only=True)),
            ("filter late only", QueueFilter(late_only=True)),
            ("filter carrier", QueueFilter(carrier_code=carriers[0].code if carriers else "")),
            ("filter my customers", QueueFilter(status="", mine_user_id=rep.id if rep else 0))):
        measure(name, _first_page(shipping, filters))
    measure("change_token (poll)", shipping.change_token, repeat=50)
    measure("late check list (≤1000)", lambda: shipping.late_shipments(), repeat=3)

    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from counterapp.ui.queue.queue_model import QueueModel  # noqa: PLC0415

        app = QApplication.instance() or QApplication([])
        model = QueueModel(shipping)
        measure("QueueModel.set_query (panel opens)", lambda: model.set_query(open_filter))
        measure("QueueModel.fetchMore (one page)", lambda: (
            model.fetchMore(model.index(-1, -1)) if model.canFetchMore(model.index(-1, -1))
            else model.set_query(all_filter)))
        del app
    except ImportError:  # pragma: no cover (Qt missing on a bare server)
        pass
    db.close()

    print(f"shipping queue on {url}  ({counts['orders']:,} orders, "
          f"{counts['shipments']:,} shipments)")
    print(f"{'measure':<44} {'median ms':>10} {'max ms':>9}")
    for name, median, worst in rows:
        flag = ""
        if name.startswith("first page") and median > FIRST_PAGE_TARGET_MS:
            flag = "  > target"
        print(f"{name:<44} {median:>10.2f} {worst:>9.2f}{flag}")
    figures.update(counts)
    figures["first_page_target_ms"] = FIRST_PAGE_TARGET_MS
    return figures


if __name__ == "__main__":
    run()
