"""Queue sorts and searches that the large shop answers from indexes: carrier, late, search.

Each fast path must give exactly the rows and order of the plain definition.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from counterapp.db.models import Shipment
from counterapp.services import shipping_queue as shipping_module
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_planning import add_shipment
from counterapp.services.shipping_queue import QueueFilter
from tests.services.shipping_fixtures import make_carrier, make_customer, make_driver, make_order

MONDAY = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def monday(services):
    services.ctx.clock = lambda: MONDAY
    return MONDAY


def ship(services, actor, customer=None, number=None, **request):
    order = make_order("junior", customer, number=number)
    if customer is None:
        request.setdefault("recipient", "Mario")
        request.setdefault("street", "Via X 1")
        request.setdefault("city", "Milano")
        request.setdefault("postcode", "20100")
        request.setdefault("province", "MI")
    with services.ctx.db.atomic():
        shipment = add_shipment(order, DeliveryRequest(**request), actor, services.ctx.now())
    return shipment.id


def carrier_order(services, descending=False):
    return [(r.carrier_or_driver, r.id) for r in
            services.shipping_queue.queue_page(QueueFilter(status=""), ("carrier", descending))]


def test_carrier_sort_follows_new_shipments_and_renamed_carriers_and_drivers(
        services, staff, monday):
    make_carrier("BRT", name="Bartolini")
    make_carrier("GLS", name="GLS Italy", pattern="")
    driver = make_driver("Luca Autista")
    junior = staff["junior"]
    ids = {
        "brt": ship(services, junior, make_customer(), carrier_code="BRT"),
        "gls": ship(services, junior, make_customer(), carrier_code="GLS"),
        "van": ship(services, junior, make_customer(), method="in_house", driver_id=driver.id),
        "brt2": ship(services, junior, make_customer(), carrier_code="BRT"),
    }
    assert carrier_order(services) == sorted(carrier_order(services))
    assert [name for name, _id in carrier_order(services)] == [
        "Bartolini", "Bartolini", "GLS Italy", "Luca Autista"]
    assert Shipment.get_by_id(ids["van"]).carrier_label == "Luca Autista"

    mgr = staff["mgr"]
    [gls] = [c for c in services.carriers.carriers() if c.code == "GLS"]
    services.carriers.save_carrier(mgr, dataclasses.replace(gls, name="Alfa Express"))
    [luca] = services.carriers.drivers()
    services.carriers.save_driver(mgr, dataclasses.replace(luca, name="Aldo Autista"))
    assert carrier_order(services) == [
        ("Aldo Autista", ids["van"]), ("Alfa Express", ids["gls"]),
        ("Bartolini", ids["brt"]), ("Bartolini", ids["brt2"])]
    assert carrier_order(services, descending=True) == [
        ("Bartolini", ids["brt2"]), ("Bartolini", ids["brt"]),
        ("Alfa Express", ids["gls"]), ("Aldo Autista", ids["van"])]
    # A full-row save cannot leave a stale label behind.
    row = Shipment.get_by_id(ids["brt"])
    row.carrier_label = "wrong"
    row.save()
    assert Shipment.get_by_id(ids["brt"]).carrier_label == "Bartolini"


@pytest.mark.parametrize("descending", [False, True])
def test_late_sort_pages_late_and_on_time_rows_in_id_order(services, staff, monday,
                                                           descending):
    make_carrier()
    ids = [ship(services, staff["junior"], make_customer()) for _ in range(6)]
    # Two late (promised in the past, still open), one delivered in the past (not late),
    # one with no promised date (not late).
    past = dt.date(2026, 11, 20)
    Shipment.update(promised_date=past).where(Shipment.id.in_([ids[1], ids[4], ids[5]])).execute()
    Shipment.update(status="delivered").where(Shipment.id == ids[5]).execute()
    Shipment.update(promised_date=None).where(Shipment.id == ids[2]).execute()
    late, on_time = [ids[1], ids[4]], [ids[0], ids[2], ids[3], ids[5]]
    expected = (late[::-1] + on_time[::-1]) if descending else (on_time + late)
    everything = QueueFilter(status="")
    paged = []
    for offset in range(0, 6, 4):
        paged += services.shipping_queue.queue_page(everything, ("late", descending), offset, 4)
    assert [r.id for r in paged] == expected
    assert [r.late for r in paged] == [r.id in late for r in paged]
    assert services.shipping_queue.queue_position(everything, ("late", descending),
                                            expected[3]) == 3


@pytest.mark.parametrize("walk", [False, True], ids=["collect", "index-walk"])
@pytest.mark.parametrize("sort", [("promised", False), ("number", True), ("customer", False),
                                  ("carrier", True), ("late", True)])
def test_search_gives_the_same_rows_collected_or_walked(services, staff, monday, monkeypatch,
                                                        walk, sort):
    # Many matches walk the sort index row by row, few are collected: same rows, same order.
    monkeypatch.setattr(shipping_module, "SEARCH_WALK_FROM", 1 if walk else 10**9)
    # Deeper pages collect again: the page from row 2 below comes from the other path.
    monkeypatch.setattr(shipping_module, "SEARCH_WALK_OFFSETS", 2)
    make_carrier()
    junior = staff["junior"]
    tipografia = make_customer("Tipografia Rossi")
    tipo = make_customer("Tipo Srl", manager="am")
    other = make_customer("Ferramenta Bianchi")
    matching = [ship(services, junior, tipografia, number="2026-000001"),
                ship(services, junior, tipo, number="2026-000002"),
                ship(services, junior, tipografia, number="TIPO-000003")]  # number and name
    ship(services, junior, other, number="2026-000004")
    ship(services, junior, None, number="2026-000005")
    shipping = services.shipping_queue
    search = QueueFilter(status="", search="  tipo ")
    assert shipping.queue_count(search) == 3
    rows = shipping.queue_page(search, sort, 0, 2) + shipping.queue_page(search, sort, 2, 10)
    assert sorted(r.id for r in rows) == sorted(matching)
    unfiltered = [r.id for r in shipping.queue_page(QueueFilter(status=""), sort)]
    assert [r.id for r in rows] == [i for i in unfiltered if i in matching]
    assert [r.id for r in shipping.queue_page(search, sort, 1, 1)] == [rows[1].id]
    mine = QueueFilter(status="", search="tipo", mine_user_id=services.staff.actor("am").id)
    assert shipping.queue_count(mine) == 1
    assert [r.id for r in shipping.queue_page(mine, sort)] == [matching[1]]
    assert shipping.queue_count(QueueFilter(status="", search="2026-00000")) == 4
