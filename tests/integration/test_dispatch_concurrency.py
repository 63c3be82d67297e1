"""Two workstations dispatch the same order at the same moment: exactly one wins.

Real processes, each with its own connection, on the same SQLite file (and on PostgreSQL
when COUNTERAPP_TEST_POSTGRES_URL is set). The loser gets "already dispatched by NAME at
TIME" and nothing it would have written is there.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from counterapp.db.models import AuditEntry, Shipment, ShipmentEvent
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_planning import add_shipment
from tests.services.shipping_fixtures import make_carrier, make_customer, make_order

WORKER = Path(__file__).with_name("dispatch_worker.py")


def _start(url: str, login: str, shipment_id: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), url, login, str(shipment_id), "1"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


@pytest.mark.parametrize("attempt", range(3))
def test_two_processes_dispatch_the_same_order(db_url, services, staff, attempt):
    make_carrier()
    order = make_order("junior", make_customer(), number=f"2026-00000{attempt}")
    with services.ctx.db.atomic():
        shipment = add_shipment(order, DeliveryRequest(), staff["junior"],
                                dt.datetime(2026, 11, 23, 10))
    services.ctx.db.close()  # nothing of ours holds a lock while the workers race
    workers = [_start(db_url, "senior", shipment.id), _start(db_url, "junior", shipment.id)]
    try:
        for worker in workers:
            assert worker.stdout.readline().strip() == "ready"
        for worker in workers:  # both go at once
            worker.stdin.write("go\n")
            worker.stdin.flush()
        outcomes = [worker.stdout.readline().strip() for worker in workers]
        for worker in workers:
            assert worker.wait(timeout=60) == 0
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    assert sorted(o.split(" ")[0] for o in outcomes) == ["conflict", "ok"], outcomes
    winner = ["Sergio Senior", "Giulia Junior"][outcomes.index("ok")]
    loser_message = next(o for o in outcomes if o.startswith("conflict"))
    assert f"order {order.number} was already dispatched by {winner} at " in loser_message
    assert Shipment.get_by_id(shipment.id).version == 2
    assert ShipmentEvent.select().where(ShipmentEvent.to_status == "dispatched").count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "shipment_dispatched").count() == 1
