"""Several workstations checking out at the same moment on one database.

Four processes (real services, real connections) each commit 25 sales at once, on the
same SQLite file and — with COUNTERAPP_TEST_POSTGRES_URL — on PostgreSQL: order numbers
must be unique and gapless, stock decremented exactly.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from counterapp.db.models import Order, OrderLine, Payment, Product, StockMovement, User

WORKER = Path(__file__).with_name("sales_worker.py")
WORKERS = 4
SALES_EACH = 25
INITIAL_STOCK = 100_000


def _prepare_shop() -> dict[int, int]:
    User.create(login="clerk", display_name="Clerk", role="junior", pin_hash="x")
    products = [Product.create(sku=f"SKU-{n:03d}", name=f"Articolo {n}",
                               price=Decimal(100 + 37 * n) / 100, vat_rate=Decimal("22"),
                               stock=INITIAL_STOCK) for n in range(12)]
    return {p.id: INITIAL_STOCK for p in products}


@pytest.mark.slow
def test_parallel_checkouts_get_unique_gapless_numbers_and_exact_stock(services, db_url):
    initial = _prepare_shop()
    procs = [subprocess.Popen([sys.executable, str(WORKER), "batch", db_url, str(n),
                               str(SALES_EACH)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for n in range(WORKERS)]
    try:
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for proc in procs:  # all start together
            proc.stdin.write("go\n")
            proc.stdin.flush()
        reported: dict[str, str] = {}
        reported_lines: dict[str, int] = {}
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            lines = out.split("\n")
            assert "done" in lines, err
            for line in lines:
                if line.startswith("sale "):
                    _, sale_uuid, number, line_count = line.split()
                    reported[sale_uuid] = number
                    reported_lines[sale_uuid] = int(line_count)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    total = WORKERS * SALES_EACH
    assert len(reported) == total
    orders = list(Order.select().where(Order.kind == "sale"))
    assert len(orders) == total
    year = orders[0].created_at.year
    assert sorted(o.number for o in orders) == [f"V{year}-{n:06d}" for n in range(1, total + 1)]
    assert {o.uuid: o.number for o in orders} == reported
    sold: dict[int, int] = {}
    for line in OrderLine.select():
        sold[line.product_id] = sold.get(line.product_id, 0) + line.quantity
    for product in Product.select():
        assert product.stock == initial[product.id] - sold.get(product.id, 0)
        moved = sum(m.quantity for m in StockMovement.select().where(
            StockMovement.product == product.id))
        assert moved == -sold.get(product.id, 0)
    for order in orders:
        assert order.lines.count() == reported_lines[order.uuid]
        assert sum(p.amount for p in Payment.select().where(Payment.order == order.id)) == order.gross
