"""Standing-order runs across processes: never two orders for one run, none half made.

- Two workstations run the same day at the same moment (SQLite, and PostgreSQL with
  COUNTERAPP_TEST_POSTGRES_URL): every run makes exactly one order.
- A batch run is killed with SIGKILL at random moments (both engines), then run again to the
  end: every run made once, each order whole (lines, payment on account, shipment), numbers
  gapless, every order a killed worker reported still there.
"""

from __future__ import annotations

import datetime as dt
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
from counterapp.db.models import (
    Order,
    OrderLine,
    Payment,
    Product,
    Shipment,
    StandingRun,
    User,
)
from counterapp.services import ServiceContext, build_services
from counterapp.services.standing_orders import StandingLineInput, StandingOrderInput
from counterapp.settings import Settings
from tests.services.shipping_fixtures import make_carrier, make_customer

WORKER = Path(__file__).with_name("standing_worker.py")
# Monday 1 March 2027, before the day's runs; every working day from then on.
START = dt.date(2027, 3, 1)
NOW = dt.datetime(2027, 3, 1, 7, 0)
EVERY_WORKING_DAY = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


def _shop(url: str, customers: int) -> list[int]:
    """A manager, an account manager, a courier, two products and ``customers`` standing
    orders every working day; returns their ids."""
    db = connect(url)
    services = build_services(ServiceContext(db=db, settings=Settings(None), clock=lambda: NOW))
    User.create(login="boss", display_name="Boss", role="manager", pin_hash="x")
    User.create(login="rep", display_name="Rep", role="account-manager", pin_hash="x")
    make_carrier("BRT")
    coffee = Product.create(sku="CAF", name="Caffè", price=Decimal("24.40"),
                            vat_rate=Decimal("22"), stock=1_000_000)
    cups = Product.create(sku="TAZ", name="Tazzine", price=Decimal("6.10"),
                          vat_rate=Decimal("22"), stock=1_000_000)
    boss = services.staff.actor("boss")
    ids = []
    for n in range(customers):
        customer = make_customer(f"Bar {n}", code=f"BAR{n:03d}", manager="rep")
        customer.credit_limit = Decimal("10000000")
        customer.save()
        ids.append(services.standing.create(boss, StandingOrderInput(
            customer_id=customer.id, rrule=EVERY_WORKING_DAY, start_date=START,
            lines=(StandingLineInput(coffee.id, 1 + n % 3), StandingLineInput(cups.id, 6)),
            delivery_method="courier")).id)
    db.close()
    return ids


def _start(url: str, up_to: dt.date) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(WORKER), url, NOW.isoformat(),
                             up_to.isoformat()],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    return proc


def _check_every_run_made_once(url: str, standing_ids: list[int], days: list[dt.date]) -> None:
    connect(url)
    expected = {(sid, day) for sid in standing_ids for day in days}
    runs = list(StandingRun.select())
    assert {(r.standing_order_id, r.run_date) for r in runs} == expected
    assert len(runs) == len(expected)
    assert all(r.status == "generated" and r.order_id for r in runs)
    orders = {o.id: o for o in Order.select().where(Order.channel == "standing")}
    assert len(orders) == len(expected)
    assert {r.order_id for r in runs} == set(orders)
    year = NOW.year
    assert sorted(o.number for o in orders.values()) == [
        f"V{year}-{n:06d}" for n in range(1, len(orders) + 1)]
    for order in orders.values():
        lines = list(OrderLine.select().where(OrderLine.order == order.id))
        assert len(lines) == 2 and sum(line.gross for line in lines) == order.gross
        [payment] = Payment.select().where(Payment.order == order.id)
        assert (payment.method, payment.amount) == ("account", order.gross)
        assert Shipment.select().where(Shipment.order == order.id).count() == 1


@pytest.mark.slow
def test_two_workstations_running_the_same_day_make_each_run_once(services, db_url):
    services.ctx.db.close()
    standing_ids = _shop(db_url, customers=6)
    days = [START + dt.timedelta(days=n) for n in range(5)]  # Monday to Friday
    procs = [_start(db_url, days[-1]) for _ in range(2)]
    made: list[tuple[str, str, str]] = []
    try:
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            assert any(line.startswith("done ") for line in out.splitlines()), err
            made += [tuple(line.split()[1:]) for line in out.splitlines()
                     if line.startswith("made ")]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert len(made) == len(standing_ids) * len(days)
    assert len({(sid, day) for sid, day, _number in made}) == len(made)
    assert len({number for _sid, _day, number in made}) == len(made)
    _check_every_run_made_once(db_url, standing_ids, days)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_kill_minus_nine_mid_batch_then_rerun_makes_every_order_once(services, db_url):
    services.ctx.db.close()  # the fixture migrated the database; the workers use it
    url = db_url
    standing_ids = _shop(url, customers=6)
    days = [START + dt.timedelta(days=n) for n in range(10)
            if (START + dt.timedelta(days=n)).weekday() < 5]
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    reported: dict[tuple[str, str], str] = {}
    kills = 0
    for _ in range(40):
        proc = _start(url, days[-1])
        proc.stdin.write("go\n")
        proc.stdin.flush()
        # Let it commit a few orders, then kill it wherever it is: between runs, inside a
        # run's transaction, committing, printing.
        finished = False
        for _ in range(rng.randint(2, 8)):
            words = proc.stdout.readline().split()
            if not words or words[0] == "done":
                finished = True
                break
            reported[(words[1], words[2])] = words[3]
        if finished:
            proc.wait(timeout=30)
            break
        select.select([proc.stdout.fileno()], [], [], rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGKILL)
        kills += 1
        out, _err = proc.communicate(timeout=30)
        for line in out.splitlines():  # committed before the signal landed
            words = line.split()
            if words[:1] == ["made"]:
                reported[(words[1], words[2])] = words[3]
    assert kills >= 3, f"only {kills} kills landed inside the batch (seed {seed})"
    if url.startswith("sqlite"):
        with sqlite3.connect(sqlite_path(url)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db = connect(url)
    stored = {(str(sid), day.isoformat()): number for sid, day, number in StandingRun.select(
        StandingRun.standing_order, StandingRun.run_date, Order.number)
        .join(Order, on=(StandingRun.order == Order.id)).tuples()}
    db.close()
    # Every order a worker reported is stored, with the number it reported.
    assert all(stored.get(key) == number for key, number in reported.items()), seed
    final = _start(url, days[-1])
    final.stdin.write("go\n")
    final.stdin.flush()
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0 and "done" in out, err
    again = {(w[1], w[2]) for w in (line.split() for line in out.splitlines())
             if w[:1] == ["made"]}
    assert not again & set(reported), f"a run was made twice (seed {seed})"
    _check_every_run_made_once(url, standing_ids, days)
