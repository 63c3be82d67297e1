"""The shipping service: queue, pipeline, dispatch, delivery, late check, on-time rate."""

from __future__ import annotations

import datetime as dt

import pytest

from counterapp.db.models import AuditEntry, Shipment, ShipmentEvent, Task
from counterapp.domain.errors import Conflict, PermissionDenied, ValidationError
from counterapp.services.carriers import CarrierRow, DriverRow
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_planning import add_shipment
from counterapp.services.shipping_queue import QueueFilter
from tests.services.shipping_fixtures import make_carrier, make_customer, make_driver, make_order

MONDAY = dt.datetime(2026, 11, 23, 10, 0)


class Clock:
    """A clock the test moves."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock(services):
    clock = Clock(MONDAY)
    services.ctx.clock = clock
    return clock


def ship(services, actor, *, rep="junior", customer=None, number=None, **request):
    order = make_order(rep, customer if customer is not None else make_customer(),
                       number=number)
    with services.ctx.db.atomic():
        shipment = add_shipment(order, DeliveryRequest(**request), actor, services.ctx.now())
    return services.shipping_queue.get(shipment.id)


def test_pipeline_records_each_step_with_user_and_time(services, staff, clock):
    make_carrier()
    row = ship(services, staff["junior"])
    row = services.shipping.set_status(staff["junior"], row.id, row.version, "picking")
    clock.now += dt.timedelta(minutes=10)
    row = services.shipping.set_status(staff["senior"], row.id, row.version, "packed")
    clock.now += dt.timedelta(minutes=10)
    [row] = services.shipping.dispatch(staff["senior"], [(row.id, row.version)],
                                       "123456789012")
    assert row.status == "dispatched" and row.tracking_number == "123456789012"
    assert row.tracking_url == "https://track.example/123456789012"
    clock.now = dt.datetime(2026, 11, 24, 12, 0)
    [row] = services.shipping.mark_delivered(staff["junior"], [(row.id, row.version)],
                                             dt.datetime(2026, 11, 24, 11, 30))
    assert row.status == "delivered" and row.delivered_at == dt.datetime(2026, 11, 24, 11, 30)
    history = services.shipping_queue.events(row.id)
    assert [(e.from_status, e.to_status) for e in history] == [
        ("", "new"), ("new", "picking"), ("picking", "packed"), ("packed", "dispatched"),
        ("dispatched", "delivered")]
    assert history[2].user == "Sergio Senior"
    assert history[2].at == MONDAY + dt.timedelta(minutes=10)
    actions = [a.action for a in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions[-4:] == ["shipment_picking", "shipment_packed", "shipment_dispatched",
                            "shipment_delivered"]


def test_invalid_transition_is_refused_naming_the_statuses(services, staff, clock):
    make_carrier()
    row = ship(services, staff["junior"])
    with pytest.raises(ValidationError) as info:
        services.shipping.mark_delivered(staff["junior"], [(row.id, row.version)])
    assert "new" in info.value.message and "delivered" in info.value.message
    assert Shipment.get_by_id(row.id).status == "new"
    [row] = services.shipping.dispatch(staff["junior"], [(row.id, row.version)], tracking_later=True)
    with pytest.raises(ValidationError) as info:
        services.shipping.set_status(staff["junior"], row.id, row.version, "cancelled")
    assert "dispatched" in info.value.message and "cancelled" in info.value.message


def test_second_dispatch_with_stale_version_gets_conflict_naming_who(services, staff, clock):
    make_carrier()
    row = ship(services, staff["junior"])
    services.shipping.dispatch(staff["senior"], [(row.id, row.version)], tracking_later=True)
    with pytest.raises(Conflict) as info:
        services.shipping.dispatch(staff["junior"], [(row.id, row.version)], tracking_later=True)
    assert "already dispatched by Sergio Senior at 2026-11-23 10:00" in str(info.value)
    assert Shipment.get_by_id(row.id).dispatched_by.login == "senior"
    assert ShipmentEvent.select().where(ShipmentEvent.to_status == "dispatched").count() == 1


def test_batch_dispatch_is_all_or_nothing(services, staff, clock):
    make_carrier()
    first = ship(services, staff["junior"])
    second = ship(services, staff["junior"])
    services.shipping.dispatch(staff["senior"], [(second.id, second.version)], tracking_later=True)
    with pytest.raises(Conflict):
        services.shipping.dispatch(staff["junior"], [(first.id, first.version),
                                                     (second.id, second.version)], tracking_later=True)
    assert Shipment.get_by_id(first.id).status == "new"


def test_tracking_number_must_match_the_carrier_pattern(services, staff, clock):
    make_carrier()
    row = ship(services, staff["junior"])
    with pytest.raises(ValidationError) as info:
        services.shipping.dispatch(staff["junior"], [(row.id, row.version)], "ABC")
    assert info.value.field == "tracking_number"
    other = ship(services, staff["junior"])
    with pytest.raises(ValidationError) as info:
        services.shipping.dispatch(staff["junior"], [(row.id, row.version),
                                                     (other.id, other.version)],
                                   "123456789012")
    assert info.value.field == "tracking_number"


def test_failed_delivery_is_rescheduled_or_returned(services, staff, clock):
    make_carrier()
    row = ship(services, staff["junior"])
    [row] = services.shipping.dispatch(staff["junior"], [(row.id, row.version)], tracking_later=True)
    row = services.shipping.set_status(staff["junior"], row.id, row.version, "failed",
                                       "nobody at home")
    with pytest.raises(ValidationError) as info:
        services.shipping.reschedule(staff["junior"], row.id, row.version, dt.date(2026, 11, 28))
    assert info.value.field == "promised_date"  # a Saturday
    row = services.shipping.reschedule(staff["junior"], row.id, row.version,
                                       dt.date(2026, 11, 26))
    assert (row.status, row.promised_date) == ("rescheduled", dt.date(2026, 11, 26))
    [row] = services.shipping.dispatch(staff["junior"], [(row.id, row.version)], tracking_later=True)
    assert row.status == "dispatched"


def test_delivery_check_is_idempotent(services, staff, clock):
    make_carrier()
    late = ship(services, staff["junior"])  # promised Tue 24
    delivered = ship(services, staff["senior"])
    services.shipping.dispatch(staff["junior"], [(delivered.id, delivered.version)], tracking_later=True)
    clock.now = dt.datetime(2026, 11, 24, 18)
    services.shipping.mark_delivered(staff["junior"], [(delivered.id, delivered.version + 1)])
    clock.now = dt.datetime(2026, 11, 26, 9)
    result = services.shipping.run_delivery_check(staff["mgr"])
    assert [r.id for r in result.rows] == [late.id] and result.tasks_created == 1
    again = services.shipping.run_delivery_check(staff["mgr"])
    assert again.tasks_created == 0 and len(again.rows) == 1
    tasks = list(Task.select().where(Task.dedup_key.startswith("late:")))
    assert len(tasks) == 1
    assert tasks[0].assigned_to.login == "junior" and tasks[0].kind == "follow_up"


def test_on_time_stats_by_method_and_rep(services, staff, clock):
    make_carrier()
    make_driver()
    on_time = ship(services, staff["junior"])  # courier, promised Tue 24
    late = ship(services, staff["senior"], rep="senior", method="in_house")  # promised Mon 23
    for row in (on_time, late):
        services.shipping.dispatch(staff["junior"], [(row.id, row.version)], tracking_later=True)
    clock.now = dt.datetime(2026, 11, 24, 20)
    services.shipping.mark_delivered(staff["junior"], [(on_time.id, on_time.version + 1),
                                                       (late.id, late.version + 1)])
    by_method = {r.key: r for r in services.shipping_reports.on_time_stats(
        "method", dt.date(2026, 11, 1), dt.date(2026, 11, 30))}
    assert (by_method["courier"].delivered, by_method["courier"].on_time) == (1, 1)
    assert (by_method["in_house"].delivered, by_method["in_house"].on_time) == (1, 0)
    assert str(by_method["courier"].rate) == "100.0"
    by_rep = services.shipping_reports.on_time_stats("rep", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    csv_text = services.shipping_reports.on_time_csv(by_rep, "rep")
    assert csv_text.splitlines() == ["rep,delivered,on_time,late,on_time_rate",
                                     "junior,1,1,0,100.0", "senior,1,0,1,0.0"]
    by_period = services.shipping_reports.on_time_stats("period", dt.date(2026, 11, 1),
                                                dt.date(2026, 11, 30))
    assert [(r.key, r.delivered) for r in by_period] == [("2026-11", 2)]


def test_queue_filters_sort_and_search(services, staff, clock):
    make_carrier()
    make_carrier("GLS", name="GLS Italy", pattern="")
    rossi = make_customer("Rossi Srl", manager="am")
    bianchi = make_customer("Bianchi Spa")
    a = ship(services, staff["junior"], customer=rossi, number="2026-000001", rush=True)
    b = ship(services, staff["senior"], customer=bianchi, number="2026-000002",
             carrier_code="GLS")
    c = ship(services, staff["senior"], customer=bianchi, number="2026-000003")
    services.shipping.dispatch(staff["junior"], [(c.id, c.version)], "999999999999")
    shipping = services.shipping_queue
    assert shipping.queue_count(QueueFilter()) == 3
    assert [r.id for r in shipping.queue_page(QueueFilter(status="new"),
                                              ("number", True))] == [b.id, a.id]
    assert [r.id for r in shipping.queue_page(QueueFilter(rush_only=True))] == [a.id]
    assert [r.id for r in shipping.queue_page(QueueFilter(carrier_code="GLS"))] == [b.id]
    assert [r.id for r in shipping.queue_page(QueueFilter(search="bian"), ("number", False))] \
        == [b.id, c.id]
    assert [r.id for r in shipping.queue_page(QueueFilter(search="2026-000001"))] == [a.id]
    assert [r.id for r in shipping.queue_page(QueueFilter(search="999999999999"))] == [c.id]
    mine = QueueFilter(mine_user_id=services.staff.actor("am").id)
    assert [r.id for r in shipping.queue_page(mine)] == [a.id]
    assert [r.id for r in shipping.queue_page(QueueFilter(), ("customer", False), 0, 1)] == [b.id]
    assert [r.id for r in shipping.queue_page(QueueFilter(), ("number", False), 1, 1)] == [b.id]
    assert shipping.find("2026-000003").id == c.id
    clock.now = dt.datetime(2026, 11, 26, 9)
    late = shipping.queue_page(QueueFilter(late_only=True), ("late", True))
    assert {r.id for r in late} == {a.id, b.id, c.id} and all(r.late for r in late)


def test_carriers_and_drivers_are_edited_by_managers_only(services, staff):
    row = CarrierRow(id=None, code="sda", name="SDA", pickup_time=dt.time(17),
                     cutoff_time=dt.time(15), tracking_url_template="https://sda/{tracking}",
                     tracking_pattern=r"^[A-Z]{2}\d{9}IT$")
    with pytest.raises(PermissionDenied):
        services.carriers.save_carrier(staff["senior"], row)
    saved = services.carriers.save_carrier(staff["mgr"], row)
    assert saved.code == "SDA"
    with pytest.raises(ValidationError) as info:
        services.carriers.save_carrier(staff["mgr"], CarrierRow(
            id=None, code="X", name="X", pickup_time=dt.time(17), cutoff_time=dt.time(15),
            tracking_url_template="https://no-placeholder"))
    assert info.value.field == "tracking_url_template"
    driver = services.carriers.save_driver(staff["mgr"], DriverRow(
        id=None, name="Paolo", provinces="mi, mb", daily_capacity=12))
    assert driver.provinces == "MI,MB"
    with pytest.raises(ValidationError) as info:
        services.carriers.save_driver(staff["mgr"], DriverRow(id=driver.id, name="Paolo",
                                                              provinces="Milano"))
    assert info.value.field == "provinces"


def test_change_token_moves_when_a_shipment_changes(services, staff, clock):
    make_carrier()
    before = services.shipping_queue.change_token()
    ship(services, staff["junior"])
    assert services.shipping_queue.change_token() != before


@pytest.mark.parametrize("walk_index", [False, True], ids=["sorted", "index-walk"])
@pytest.mark.parametrize("descending", [False, True])
def test_customer_sort_pages_through_walk_ins_and_named_customers(services, staff, clock,
                                                                  descending, walk_index,
                                                                  monkeypatch):
    from counterapp.services import shipping_queue as shipping_module

    # Both ways of sorting by customer (small queues sort, big ones walk the name index)
    # must give the same order.
    monkeypatch.setattr(shipping_module, "CUSTOMER_WALK_FROM", 0 if walk_index else 10**9)
    make_carrier()
    names = ["Zeta Srl", "Alfa Spa", "Caffè Bianchi", "beta snc"]
    for i, name in enumerate(names):
        ship(services, staff["junior"], customer=make_customer(name), number=f"2026-00000{i}")
    for i in range(2):  # walk-ins: no customer, a free address
        order = make_order("junior", None, number=f"2026-00010{i}", channel="counter")
        with services.ctx.db.atomic():
            add_shipment(order, DeliveryRequest(recipient="Mario", street="Via X 1",
                                                city="Milano"), staff["junior"], MONDAY)
    expected = ["", "", "Alfa Spa", "beta snc", "Caffè Bianchi", "Zeta Srl"]
    if descending:
        expected = expected[::-1]
    paged = []
    for offset in range(0, 6, 4):
        paged += services.shipping_queue.queue_page(QueueFilter(), ("customer", descending), offset, 4)
    assert [r.customer_name for r in paged] == expected
    assert len({r.id for r in paged}) == 6
    position = services.shipping_queue.queue_position(QueueFilter(), ("customer", descending),
                                                paged[3].id)
    assert position == 3
