"""Two (and more) workstations closing the same month at the same moment.

Real processes, real connections, on the same SQLite file and — with
COUNTERAPP_TEST_POSTGRES_URL — on PostgreSQL: exactly one close happens, with one frozen
row per rep; every other worker is told who closed it. On PostgreSQL the losers' INSERT
waits on the UNIQUE(month) index and fails with an IntegrityError the service turns into
"already closed"; on SQLite BEGIN IMMEDIATE serialises them and they find the row.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from counterapp.db.models import AuditEntry, MonthClose, MonthCloseRep, Order, Product
from counterapp.services import performance_summary
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput

WORKER = Path(__file__).with_name("month_close_worker.py")
WORKERS = 4
MONTH = "2026-10"


def _october_sales(services, staff) -> None:
    mug = Product.create(sku="MUG", name="Tazza", price=Decimal("12.20"), vat_rate=Decimal("22"),
                         stock=1000, cost=Decimal("6")).id
    for n, login in enumerate(["junior", "senior", "am", "junior", "senior"]):
        draft = CartDraft(lines=(CartLineInput(mug, n + 1),))
        gross = services.pricing.price_cart(draft).gross
        services.checkout.checkout(staff[login], draft, [PaymentInput("cash", gross)],
                                sale_uuid=f"oct-{n}")
    Order.update(created_at=dt.datetime(2026, 10, 15, 10)).execute()
    # Moved behind the services' back: the credit summary is recomputed, as a repair does.
    with services.ctx.db.atomic():
        performance_summary.rebuild(services.ctx.db)


@pytest.mark.slow
def test_a_raced_close_makes_exactly_one_snapshot(services, staff, db_url):
    _october_sales(services, staff)
    procs = [subprocess.Popen([sys.executable, str(WORKER), db_url, MONTH],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(WORKERS)]
    results = []
    try:
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            results.append(out.strip())
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert sorted(results) == ["closed already mgr"] * (WORKERS - 1) + ["closed now mgr"]
    assert MonthClose.select().where(MonthClose.month == MONTH).count() == 1
    frozen = {r.login: r.credited_net for r in MonthCloseRep.select()}
    assert frozen == {"am": Decimal("30.00"), "junior": Decimal("50.00"),
                      "senior": Decimal("70.00")}
    assert AuditEntry.select().where(AuditEntry.action == "month_closed").count() == 1
