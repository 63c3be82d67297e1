"""Customers with orders: most valuable (SQL aggregates), merge moves orders/calls/tasks,
orders export with the shipment's delivery columns."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from decimal import Decimal

import pytest

from counterapp.db.models import Call, Carrier, Order, OrderLine, Shipment, Task
from counterapp.domain.customers import CustomerInput
from counterapp.services.csv_io import COLUMNS

NOW = dt.datetime(2026, 11, 27, 12, 0)


def _order(rep_id, customer_id, number, lines, *, days_ago=10, status="completed",
           kind="sale"):
    """An order with ``lines`` = [(quantity, net line total, line total cost)]."""
    net = sum((Decimal(n) for _, n, _ in lines), Decimal(0))
    order = Order.create(number=number, uuid=str(uuid.uuid4()), kind=kind, customer=customer_id,
                         rep=rep_id, status=status, created_at=NOW - dt.timedelta(days=days_ago),
                         net=net, vat=(net * Decimal("0.22")).quantize(Decimal("0.01")),
                         gross=(net * Decimal("1.22")).quantize(Decimal("0.01")))
    for i, (quantity, line_net, cost) in enumerate(lines, start=1):
        line_net = Decimal(line_net)
        OrderLine.create(order=order, line_no=i, sku=f"S{i}", description="x", quantity=quantity,
                         unit_price=line_net / quantity, vat_rate=Decimal("22"), net=line_net,
                         vat=Decimal(0), gross=line_net, cost=Decimal(cost))
    return order


@pytest.fixture
def shop(services, staff):
    services.ctx.clock = lambda: NOW
    mgr = staff["mgr"]
    make = services.customers.create
    big = make(mgr, CustomerInput(name="Big Buyer", code="BIG", account_manager_login="am"))
    small = make(mgr, CustomerInput(name="Small Buyer", code="SMALL"))
    old = make(mgr, CustomerInput(name="Old Buyer", code="OLD"))
    rep = mgr.id
    _order(rep, big.id, "V1", [(2, "100.00", "60.00"), (1, "50.00", "60.00")])  # margin 30
    _order(rep, big.id, "V2", [(1, "200.00", "150.00")])                        # margin 50
    _order(rep, small.id, "V3", [(3, "90.00", "30.00")])                        # margin 60
    _order(rep, small.id, "Q1", [(1, "9999.00", "0")], kind="quote", status="quote")
    _order(rep, big.id, "X1", [(1, "5000.00", "0")], status="voided")
    _order(rep, old.id, "V0", [(1, "7000.00", "0")], days_ago=500)
    return big, small, old


def test_most_valuable_in_sql(services, shop):
    big, small, old = shop
    rows = services.customer_reports.most_valuable(months=12)
    assert [r.code for r in rows] == ["BIG", "SMALL"]
    first = rows[0]
    assert (first.revenue, first.margin, first.orders) == (Decimal("350.00"), Decimal("80.00"), 2)
    assert first.account_manager_login == "am"
    assert rows[1].margin == Decimal("60.00")
    assert [r.code for r in services.customer_reports.most_valuable(months=24)][0] == "OLD"
    assert len(services.customer_reports.most_valuable(months=24, limit=1)) == 1


def test_merge_moves_orders_calls_and_tasks(services, staff, shop):
    big, small, _ = shop
    call = Call.create(direction="inbound", number="+390212345678", customer=small.id,
                       rep=staff["junior"].id, started_at=NOW)
    task = Task.create(kind="callback", customer=small.id, assigned_to=staff["junior"].id,
                       due_at=NOW)
    services.customers.merge(staff["senior"], big.id, small.id)
    assert Order.select().where(Order.customer == small.id).count() == 0
    assert Order.select().where(Order.customer == big.id).count() == 5
    assert Call.get_by_id(call.id).customer_id == big.id
    assert Task.get_by_id(task.id).customer_id == big.id
    assert [r.code for r in services.customer_reports.most_valuable()] == ["BIG"]


def test_export_orders_with_delivery_columns(services, staff, shop, tmp_path):
    carrier = Carrier.create(code="BRT", name="BRT", pickup_time=dt.time(17),
                             cutoff_time=dt.time(16))
    v1 = Order.get(Order.number == "V1")
    v2 = Order.get(Order.number == "V2")
    Shipment.create(order=v1, method="courier", carrier=carrier, rush=True,
                    promised_date=dt.date(2026, 11, 20), tracking_number="TRK1",
                    dispatched_at=dt.datetime(2026, 11, 18, 17, 5),
                    delivered_at=dt.datetime(2026, 11, 20, 11, 0), status="delivered")
    Shipment.create(order=v2, method="in_house", promised_date=dt.date(2026, 11, 19),
                    delivered_at=dt.datetime(2026, 11, 21, 9, 0), status="delivered")
    out = tmp_path / "orders.csv"
    services.csv.export("orders", out, actor=staff["mgr"])
    rows = {r["number"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert list(next(csv.reader(out.open(encoding="utf-8")))) == COLUMNS["orders"]
    first = rows["V1"]
    assert (first["delivery_method"], first["carrier"], first["rush"], first["on_time"]) == (
        "courier", "BRT", "yes", "yes")
    assert first["net"] == "150.00" and first["gross"] == "183.00"
    assert first["created_at"] == "2026-11-17T12:00:00"
    assert first["delivered_at"] == "2026-11-20T11:00:00"
    assert first["customer_code"] == "BIG" and first["customer_kind"] == "b2c"
    assert (rows["V2"]["on_time"], rows["V2"]["carrier"]) == ("no", "")
    assert (rows["V3"]["delivery_method"], rows["V3"]["on_time"], rows["V3"]["rush"]) == ("", "", "")
    services.csv.export("orders", out, since=dt.date(2026, 1, 1), actor=staff["mgr"])
    assert "V0" not in {r["number"] for r in csv.DictReader(out.open(encoding="utf-8"))}
