"""add_shipment: the function checkout calls inside its own transaction."""

from __future__ import annotations

import datetime as dt

import pytest

from counterapp.db.models import AuditEntry, Shipment, ShipmentEvent, Task
from counterapp.domain.errors import ValidationError
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_planning import RUSH_TASK_REASON, add_shipment
from tests.services.shipping_fixtures import make_carrier, make_customer, make_driver, make_order

MONDAY_MORNING = dt.datetime(2026, 11, 23, 10, 0)
MONDAY_EVENING = dt.datetime(2026, 11, 23, 18, 0)


def test_courier_before_cutoff_rush_is_feasible(services, staff):
    make_carrier()
    order = make_order("junior", make_customer())
    with services.ctx.db.atomic():
        shipment = add_shipment(order, DeliveryRequest(rush=True), staff["junior"],
                                MONDAY_MORNING)
    row = Shipment.get_by_id(shipment.id)
    assert row.carrier.code == "BRT"
    assert row.promised_date == dt.date(2026, 11, 24)
    assert row.rush_feasible is True
    assert row.street == "Via Roma 1" and row.city == "Milano" and row.province == "MI"
    assert row.recipient == "Rossi & Figli SRL"
    assert ShipmentEvent.select().where(ShipmentEvent.shipment == row.id).count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "shipment_created").count() == 1
    assert Task.select().count() == 0


def test_impossible_rush_creates_follow_up_for_the_rep(services, staff):
    make_carrier()
    order = make_order("junior", make_customer())
    with services.ctx.db.atomic():
        shipment = add_shipment(order, DeliveryRequest(rush=True), staff["senior"],
                                MONDAY_EVENING)
    row = Shipment.get_by_id(shipment.id)
    assert row.rush_feasible is False
    assert row.promised_date == dt.date(2026, 11, 25)
    assert "cut-off" in row.rush_reason
    task = Task.get(Task.dedup_key == f"rush:{order.id}")
    assert task.kind == "follow_up"
    assert task.assigned_to.login == "junior"
    assert task.due_at == MONDAY_EVENING + dt.timedelta(hours=1)
    assert task.reason.startswith(RUSH_TASK_REASON)
    assert "cut-off" in task.reason


def test_free_address_fields_override_and_in_house_driver_is_chosen(services, staff):
    make_driver("Far", provinces="TO")
    near = make_driver("Near", provinces="MI")
    order = make_order("junior", None, channel="counter")
    request = DeliveryRequest(method="in_house", recipient="Mario Bianchi",
                              street="Corso Buenos Aires 5", postcode="20124", city="Milano",
                              province="mi")
    with services.ctx.db.atomic():
        shipment = add_shipment(order, request, staff["junior"], MONDAY_MORNING)
    row = Shipment.get_by_id(shipment.id)
    assert row.driver_id == near.id
    assert row.promised_date == dt.date(2026, 11, 23)  # before the driver's 11:00 cut-off
    assert (row.recipient, row.street, row.province) == ("Mario Bianchi",
                                                         "Corso Buenos Aires 5", "MI")


@pytest.mark.parametrize(("request_kwargs", "field"), [
    ({"method": "drone"}, "method"),
    ({"carrier_code": "NOPE"}, "carrier_code"),
    ({"parcels": 0}, "parcels"),
    ({"requested_date": dt.date(2026, 11, 1)}, "requested_date"),
    ({"street": "Via X 1", "city": "Milano", "postcode": "2012"}, "postcode"),
])
def test_bad_requests_name_the_field_and_write_nothing(services, staff, request_kwargs, field):
    make_carrier()
    order = make_order("junior", make_customer())
    with pytest.raises(ValidationError) as info:
        with services.ctx.db.atomic():
            add_shipment(order, DeliveryRequest(**request_kwargs), staff["junior"],
                         MONDAY_MORNING)
    assert info.value.field == field
    assert Shipment.select().count() == 0
    assert ShipmentEvent.select().count() == 0


def test_walk_in_without_address_is_refused(services, staff):
    make_carrier()
    order = make_order("junior", None, channel="counter")
    with pytest.raises(ValidationError) as info:
        with services.ctx.db.atomic():
            add_shipment(order, DeliveryRequest(), staff["junior"], MONDAY_MORNING)
    assert info.value.field == "street"
