"""kill -9 in the middle of selling leaves no half-written sale.

A worker process sells in a loop on one SQLite file and reports each sale after its commit;
the test kills it with SIGKILL at 55 random moments (a fresh process each time, same file)
and then checks: every reported sale is there with all its lines and payments, no order
lacks lines, numbers are gapless, stock = initial − sold, and the file passes
``PRAGMA integrity_check``.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from counterapp.db import connect
from counterapp.db.database import sqlite_path
from counterapp.db.models import Order, OrderLine, Payment, Product, StockMovement, User

WORKER = Path(__file__).with_name("sales_worker.py")
KILLS = 55
INITIAL_STOCK = 1_000_000


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash worker forks (POSIX only)")
def test_kill_minus_nine_never_leaves_half_a_sale(sqlite_url):
    db = connect(sqlite_url)
    User.create(login="clerk", display_name="Clerk", role="junior", pin_hash="x")
    for n in range(8):
        Product.create(sku=f"K-{n}", name=f"Articolo {n}", price=Decimal(199 + 50 * n) / 100,
                       vat_rate=Decimal("22") if n % 2 else Decimal("10"), stock=INITIAL_STOCK)
    db.close()

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    reported: dict[str, tuple[str, int]] = {}
    server = subprocess.Popen([sys.executable, str(WORKER), "forkserver", sqlite_url],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "ready", server.stderr.read()
        for _ in range(KILLS):
            server.stdin.write("spawn\n")
            server.stdin.flush()
            first = server.stdout.readline().split()
            assert first[:1] == ["pid"], (first, server.stderr.read())
            pid = int(first[1])
            # Let it commit 0–3 sales, then kill it wherever it is (connecting, pricing,
            # inside the transaction, committing, or printing).
            for _ in range(rng.randint(0, 3)):
                kind, sale_uuid, number, lines = server.stdout.readline().split()
                assert kind == "sale"
                reported[sale_uuid] = (number, int(lines))
            # …plus a random fraction of the next sale: wake on its report or the deadline.
            select.select([server.stdout.fileno()], [], [], rng.uniform(0, 0.02))
            os.kill(pid, signal.SIGKILL)
            while True:
                words = server.stdout.readline().split()
                assert words, server.stderr.read()
                if words[0] == "dead":
                    break
                if words[0] == "sale":  # committed before the signal landed
                    reported[words[1]] = (words[2], int(words[3]))
        server.stdin.write("stop\n")
        server.stdin.flush()
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()

    assert len(reported) >= KILLS, f"too few sales reported (seed {seed})"
    with sqlite3.connect(sqlite_path(sqlite_url)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db = connect(sqlite_url)
    orders = {o.uuid: o for o in Order.select()}
    for sale_uuid, (number, line_count) in reported.items():
        assert sale_uuid in orders, f"reported sale {number} lost (seed {seed})"
        assert orders[sale_uuid].number == number
        assert orders[sale_uuid].lines.count() == line_count, f"{number} lost lines"
    year = next(iter(orders.values())).created_at.year
    assert sorted(o.number for o in orders.values()) == \
        [f"V{year}-{n:06d}" for n in range(1, len(orders) + 1)]
    sold: dict[int, int] = {}
    for order in orders.values():
        lines = list(order.lines)
        assert lines, f"order {order.number} has no lines (seed {seed})"
        assert sum(line.gross for line in lines) == order.gross
        payments = list(Payment.select().where(Payment.order == order.id))
        assert payments and sum(p.amount for p in payments) == order.gross
        for line in lines:
            sold[line.product_id] = sold.get(line.product_id, 0) + line.quantity
    assert OrderLine.select().count() == sum(len(list(o.lines)) for o in orders.values())
    for product in Product.select():
        assert product.stock == INITIAL_STOCK - sold.get(product.id, 0)
        moved = sum(m.quantity for m in StockMovement.select().where(
            StockMovement.product == product.id))
        assert moved == -sold.get(product.id, 0)
    db.close()
