"""Standing orders: create and change, the confirmation loop, generation and its flags."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from counterapp.db.models import (
    AuditEntry,
    Order,
    OrderLine,
    Product,
    Shipment,
    StandingRun,
    Task,
    User,
)
from counterapp.domain import schedule
from counterapp.domain.errors import Conflict, PermissionDenied, ValidationError
from counterapp.services.standing_orders import StandingLineInput, StandingOrderInput
from tests.services.shipping_fixtures import make_carrier, make_customer

D = Decimal
# Monday 23 November 2026, 08:00.
T0 = dt.datetime(2026, 11, 23, 8, 0)


class Clock:
    """A clock the tests move by hand."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def day(self, day: dt.date, hour: int = 8) -> None:
        self.now = dt.datetime.combine(day, dt.time(hour))


def build_shop(services) -> dict:
    """A carrier, two products and a business customer managed by ``am``."""
    make_carrier("BRT")
    coffee = Product.create(sku="CAFFE1", name="Caffè in grani 1 kg", price=D("24.40"),
                            vat_rate=D("22"), stock=100)
    sugar = Product.create(sku="ZUCC", name="Zucchero 1 kg", price=D("2.44"),
                           vat_rate=D("22"), stock=100)
    bar = make_customer("Bar Centrale SNC", code="BAR01", manager="am")
    bar.credit_limit = D("100000")
    bar.save()
    return {"coffee": coffee.id, "sugar": sugar.id, "bar": bar.id}


@pytest.fixture
def clock(services):
    clock = Clock(T0)
    services.ctx.clock = clock
    return clock


@pytest.fixture
def shop(services, staff, clock):
    return build_shop(services)


def _input(shop, **changes) -> StandingOrderInput:
    values = dict(customer_id=shop["bar"], rrule=schedule.weekly([1], 2),
                  start_date=dt.date(2026, 11, 24),
                  lines=(StandingLineInput(shop["coffee"], 4), StandingLineInput(shop["sugar"], 10)),
                  delivery_method="courier")
    values.update(changes)
    return StandingOrderInput(**values)


def test_a_run_makes_one_standing_order_in_the_shipping_queue(services, staff, shop, clock):
    so = services.standing.create(staff["junior"], _input(shop))
    assert (so.rep_login, so.status, so.next_run) == ("am", "active", dt.date(2026, 11, 24))
    assert services.standing.preview(so.rrule, so.start_date, 3) == [
        dt.date(2026, 11, 24), dt.date(2026, 12, 9), dt.date(2026, 12, 22)]
    assert services.standing.run_due(staff["mgr"], dt.date(2026, 11, 23)).made == []
    clock.day(dt.date(2026, 11, 24))
    report = services.standing.run_due(staff["mgr"])
    [made] = report.made
    order = Order.get(Order.number == made.order_number)
    assert (order.channel, order.rep.login, order.customer_id, order.status) == (
        "standing", "am", shop["bar"], "open")
    # Business prices are net: 4 × 20.00 + 10 × 2.00, plus VAT.
    assert order.net == D("100.00") and order.gross == D("122.00")
    shipment = Shipment.get(Shipment.order == order.id)
    assert shipment.method == "courier" and shipment.promised_date == dt.date(2026, 11, 25)
    assert [(r.run_date, r.status, r.order_number) for r in services.standing.runs(so.id)] == [
        (dt.date(2026, 11, 24), "generated", made.order_number)]
    assert services.standing.get(so.id).next_run == dt.date(2026, 12, 9)
    # Again the same day, and a day later: nothing more.
    assert services.standing.run_due(staff["mgr"]).made == []
    clock.day(dt.date(2026, 11, 25))
    assert services.standing.run_due(staff["mgr"]).made == []
    assert Order.select().where(Order.channel == "standing").count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "standing_run_generated").count() == 1


def test_runs_before_creation_are_never_made_and_holidays_move_runs(services, staff, shop,
                                                                    clock):
    clock.day(dt.date(2026, 12, 1))
    so = services.standing.create(staff["am"], _input(shop))
    report = services.standing.run_due(staff["mgr"], dt.date(2026, 12, 9))
    # 24 November was before the standing order existed; 8 December is a holiday.
    [made] = report.made
    assert made.run_date == dt.date(2026, 12, 9)
    # Made ahead of its day: the delivery is asked for the run's day.
    order = Order.get(Order.number == made.order_number)
    assert Shipment.get(Shipment.order == order.id).requested_date == dt.date(2026, 12, 9)
    assert services.standing.get(so.id).next_run == dt.date(2026, 12, 22)


def test_a_skipped_run_makes_no_order_and_keeps_its_reason(services, staff, shop, clock):
    so = services.standing.create(staff["am"], _input(shop, needs_confirmation=True))
    services.standing.run_due(staff["mgr"])  # Monday: the task for Tuesday's run
    [row] = [r for r in services.tasks.call_list(staff["am"]) if r.kind == "standing_confirm"]
    assert row.standing_order_id == so.id and "CAFFE1 × 4" in row.reason
    run = services.standing.run_for_task(row.task_id)
    assert (run.run_date, run.status) == (dt.date(2026, 11, 24), "waiting")
    services.standing.skip_run(staff["am"], so.id, run.run_date, "closed for renovation")
    clock.day(dt.date(2026, 11, 24))
    assert services.standing.run_due(staff["mgr"]).made == []
    [history] = services.standing.runs(so.id)
    assert (history.status, history.reason, history.order_id) == (
        "skipped", "closed for renovation", None)
    assert Order.select().count() == 0
    assert Task.get_by_id(row.task_id).status == "done"
    with pytest.raises(ValidationError) as err:
        services.standing.skip_run(staff["am"], so.id, dt.date(2026, 12, 9), "  ")
    assert err.value.field == "reason"


def test_unconfirmed_run_waits_and_is_escalated_then_made_once_confirmed(services, staff,
                                                                        shop, clock):
    User.update(mentor=User.get(User.login == "senior")).where(User.login == "am").execute()
    so = services.standing.create(staff["am"], _input(shop, needs_confirmation=True))
    # Two working days before Tuesday 24 is Friday 20: the task is due now, on Monday.
    services.standing.run_due(staff["mgr"], dt.date(2026, 11, 23))
    confirm = Task.get(Task.kind == "standing_confirm")
    assert confirm.assigned_to.login == "am" and confirm.due_at == dt.datetime(2026, 11, 23, 9)
    assert Order.select().count() == 0
    clock.day(dt.date(2026, 11, 24))
    report = services.standing.run_due(staff["mgr"])
    assert report.made == [] and report.waiting == [(so.id, dt.date(2026, 11, 24))]
    assert Order.select().count() == 0
    escalation = Task.get(Task.kind == "follow_up")
    assert escalation.assigned_to.login == "senior"
    assert escalation.due_at == dt.datetime(2026, 11, 25, 9)
    assert [r.status for r in services.standing.runs(so.id)] == ["waiting"]
    services.standing.run_due(staff["mgr"])  # no second escalation
    assert Task.select().where(Task.kind == "follow_up").count() == 1
    # Confirmed late: the next run makes the order and closes both tasks.
    clock.day(dt.date(2026, 11, 25))
    services.standing.confirm_run(staff["senior"], so.id, dt.date(2026, 11, 24))
    [made] = services.standing.run_due(staff["mgr"]).made
    assert made.run_date == dt.date(2026, 11, 24)
    assert {Task.get_by_id(confirm.id).status, Task.get_by_id(escalation.id).status} == {"done"}


def test_escalation_goes_to_a_manager_without_a_senior_mentor(services, staff, shop, clock):
    services.standing.create(staff["am"], _input(shop, needs_confirmation=True))
    clock.day(dt.date(2026, 11, 24))
    services.standing.run_due(staff["senior"])
    assert Task.get(Task.kind == "follow_up").assigned_to.login == "mgr"


def test_confirmed_with_changes_applies_to_that_run_only(services, staff, shop, clock):
    so = services.standing.create(staff["am"], _input(shop, needs_confirmation=True))
    services.standing.confirm_run_with_changes(
        staff["am"], so.id, dt.date(2026, 11, 24), (StandingLineInput(shop["coffee"], 1),))
    clock.day(dt.date(2026, 11, 24))
    [first] = services.standing.run_due(staff["mgr"]).made
    assert [(ln.sku, ln.quantity) for ln in OrderLine.select().join(Order).where(
        Order.number == first.order_number)] == [("CAFFE1", 1)]
    services.standing.confirm_run(staff["am"], so.id, dt.date(2026, 12, 9))
    clock.day(dt.date(2026, 12, 9))
    [second] = services.standing.run_due(staff["mgr"]).made
    assert sorted((ln.sku, ln.quantity) for ln in OrderLine.select().join(Order).where(
        Order.number == second.order_number)) == [("CAFFE1", 4), ("ZUCC", 10)]
    assert services.standing.get(so.id).lines[0].quantity == 4


def test_a_price_changed_since_the_last_run_is_flagged(services, staff, shop, clock):
    so = services.standing.create(staff["am"], _input(shop))
    clock.day(dt.date(2026, 11, 24))
    [first] = services.standing.run_due(staff["mgr"]).made
    assert not first.price_changed
    Product.update(price=D("26.84")).where(Product.id == shop["coffee"]).execute()
    clock.day(dt.date(2026, 12, 9))
    [second] = services.standing.run_due(staff["mgr"]).made
    assert second.price_changed and not second.shortage
    run = services.standing.runs(so.id)[0]
    assert run.price_changed and "CAFFE1 20.00 → 22.00" in run.reason
    task = Task.get(Task.kind == "follow_up")
    assert task.assigned_to.login == "am" and "CAFFE1 20.00 → 22.00" in task.reason
    assert task.order.number == second.order_number


def test_a_shortage_is_sold_as_backorder_and_flagged(services, staff, shop, clock):
    Product.update(stock=1).where(Product.id == shop["coffee"]).execute()
    so = services.standing.create(staff["am"], _input(shop))
    clock.day(dt.date(2026, 11, 24))
    [made] = services.standing.run_due(staff["mgr"]).made
    assert made.shortage
    line = OrderLine.select().join(Order).where((Order.number == made.order_number)
                                                & (OrderLine.sku == "CAFFE1")).get()
    assert line.backorder
    assert services.standing.runs(so.id)[0].shortage
    assert "Short of stock: CAFFE1: 4 wanted, 1 in stock" in Task.get(Task.kind == "follow_up").reason


def test_over_the_credit_limit_the_run_fails_and_the_rep_is_told(services, staff, shop, clock):
    from counterapp.db.models import Customer  # noqa: PLC0415

    Customer.update(credit_limit=D("50")).where(Customer.id == shop["bar"]).execute()
    so = services.standing.create(staff["am"], _input(shop))
    clock.day(dt.date(2026, 11, 24))
    report = services.standing.run_due(staff["mgr"])
    assert report.made == [] and len(report.failed) == 1
    [run] = services.standing.runs(so.id)
    assert run.status == "failed" and "sale_over_credit" in run.reason
    assert Order.select().count() == 0
    assert Task.get(Task.kind == "follow_up").assigned_to.login == "am"
    assert services.standing.run_due(staff["mgr"]).failed == []  # recorded once


def test_pause_resume_end_and_optimistic_locking(services, staff, shop, clock):
    so = services.standing.create(staff["am"], _input(shop))
    services.standing.pause(staff["am"], so.id)
    clock.day(dt.date(2026, 11, 24))
    assert services.standing.run_due(staff["mgr"]).made == []
    clock.day(dt.date(2026, 12, 1))
    resumed = services.standing.resume(staff["am"], so.id)
    assert resumed.status == "active" and resumed.next_run == dt.date(2026, 12, 9)
    # The run missed while paused is not made afterwards.
    assert services.standing.run_due(staff["mgr"]).made == []
    with pytest.raises(Conflict):
        services.standing.update(staff["am"], so.id, _input(shop, notes="x"),
                                 expected_version=1)
    changed = services.standing.update(staff["am"], so.id,
                                       _input(shop, rrule=schedule.monthly_on_day(31)),
                                       expected_version=resumed.version)
    assert changed.next_run == dt.date(2026, 12, 31)
    ended = services.standing.end(staff["am"], so.id)
    assert ended.status == "ended" and ended.next_run is None
    with pytest.raises(Conflict):
        services.standing.resume(staff["am"], so.id)
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).where(
        AuditEntry.entity == "standing_order").order_by(AuditEntry.id).tuples()]
    assert actions == ["standing_order_created", "standing_order_paused",
                       "standing_order_resumed", "standing_order_changed",
                       "standing_order_ended"]


def test_make_standing_copies_a_past_orders_lines(services, staff, shop, clock):
    from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput  # noqa: PLC0415

    sale = services.checkout.checkout(
        staff["am"], CartDraft(lines=(CartLineInput(shop["coffee"], 2),
                                      CartLineInput(shop["sugar"], 5),
                                      CartLineInput(shop["coffee"], 1)),
                               customer_id=shop["bar"], channel="phone"),
        [PaymentInput("account", D("85.40"))], sale_uuid="past")
    so = services.standing.make_standing(staff["am"], sale.number,
                                         rrule="FREQ=MONTHLY;BYMONTHDAY=1",
                                         start_date=dt.date(2026, 12, 1))
    assert [(ln.sku, ln.quantity) for ln in so.lines] == [("CAFFE1", 3), ("ZUCC", 5)]
    assert so.customer_id == shop["bar"] and so.delivery_method == ""


BAD = [
    (dict(rrule="FREQ=HOURLY"), "rrule"),
    (dict(rrule=""), "rrule"),
    (dict(lines=()), "lines"),
    (dict(lines=(StandingLineInput(999999, 1),)), "product"),
    (dict(lines=(StandingLineInput(1, 0),)), "quantity"),
    (dict(delivery_method="drone"), "delivery_method"),
    (dict(rep_login="nobody"), "rep"),
    (dict(start_date="2026-11-24"), "start"),
    (dict(customer_id=999999), "customer"),
]


@pytest.mark.parametrize("changes,field", BAD, ids=[b[1] + str(i) for i, b in enumerate(BAD)])
def test_bad_input_names_the_field_and_writes_nothing(services, staff, shop, changes, field):
    with pytest.raises(ValidationError) as err:
        services.standing.create(staff["am"], _input(shop, **changes))
    assert err.value.field == field
    assert services.standing.list_standing() == []


def test_consumers_have_no_standing_orders_and_juniors_do_not_run_them(services, staff, shop):
    from counterapp.db.models import Customer  # noqa: PLC0415

    walk_in = Customer.create(code="PRIV1", kind="b2c", name="Mario Rossi",
                              search_name="mario rossi")
    with pytest.raises(ValidationError) as err:
        services.standing.create(staff["am"], _input(shop, customer_id=walk_in.id))
    assert err.value.field == "customer"
    with pytest.raises(PermissionDenied):
        services.standing.run_due(staff["junior"])
    assert StandingRun.select().count() == 0


def test_the_customers_price_list_on_the_day_of_the_run(services, staff, shop, clock):
    from counterapp.db.models import Customer, PriceList, ProductPrice  # noqa: PLC0415

    horeca = PriceList.create(code="HORECA", name="Bar e ristoranti")
    price = ProductPrice.create(price_list=horeca, product=shop["coffee"], price=D("17.50"))
    Customer.update(price_list=horeca).where(Customer.id == shop["bar"]).execute()
    so = services.standing.create(staff["am"], _input(shop))
    clock.day(dt.date(2026, 11, 24))
    [first] = services.standing.run_due(staff["mgr"]).made
    ProductPrice.update(price=D("18.20")).where(ProductPrice.id == price.id).execute()
    clock.day(dt.date(2026, 12, 9))
    [second] = services.standing.run_due(staff["mgr"]).made
    prices = [OrderLine.select().join(Order).where(
        (Order.number == made.order_number) & (OrderLine.sku == "CAFFE1")).get().unit_price
        for made in (first, second)]
    assert prices == [D("17.50"), D("18.20")]
    assert second.price_changed and "CAFFE1 17.50 → 18.20" in services.standing.runs(so.id)[0].reason


def test_running_ahead_does_not_escalate_a_run_whose_day_has_not_come(services, staff, shop,
                                                                      clock):
    so = services.standing.create(staff["am"], _input(shop, needs_confirmation=True))
    report = services.standing.run_due(staff["mgr"], dt.date(2026, 12, 9))
    assert report.made == [] and report.waiting == [(so.id, dt.date(2026, 11, 24)),
                                                    (so.id, dt.date(2026, 12, 9))]
    assert report.escalations == 0 and Task.select().where(Task.kind == "follow_up").count() == 0
    assert Task.select().where(Task.kind == "standing_confirm").count() == 2


def test_no_longer_needing_a_call_withdraws_the_waiting_runs(services, staff, shop, clock):
    so = services.standing.create(staff["am"], _input(shop, needs_confirmation=True))
    services.standing.run_due(staff["mgr"])
    task = Task.get(Task.kind == "standing_confirm")
    services.standing.update(staff["am"], so.id, _input(shop), expected_version=so.version)
    assert services.standing.runs(so.id) == [] and Task.get_by_id(task.id).status == "done"
    clock.day(dt.date(2026, 11, 24))
    assert len(services.standing.run_due(staff["mgr"]).made) == 1


def test_a_run_is_settled_only_on_its_own_dates(services, staff, shop, clock):
    clock.day(dt.date(2026, 12, 1))
    so = services.standing.create(staff["am"], _input(shop, needs_confirmation=True))
    for day in (dt.date(2026, 12, 8), dt.date(2026, 11, 24)):  # moved off; before creation
        with pytest.raises(ValidationError) as err:
            services.standing.confirm_run(staff["am"], so.id, day)
        assert err.value.field == "run_date"
    assert services.standing.confirm_run(staff["am"], so.id, dt.date(2026, 12, 9)).status == \
        "confirmed"


def test_a_failed_run_is_tried_again_once_confirmed(services, staff, shop, clock):
    from counterapp.db.models import Customer  # noqa: PLC0415

    Customer.update(credit_limit=D("50")).where(Customer.id == shop["bar"]).execute()
    so = services.standing.create(staff["am"], _input(shop))
    clock.day(dt.date(2026, 11, 24))
    assert services.standing.run_due(staff["mgr"]).failed
    Customer.update(credit_limit=D("5000")).where(Customer.id == shop["bar"]).execute()
    services.standing.confirm_run(staff["am"], so.id, dt.date(2026, 11, 24), note="limit raised")
    [made] = services.standing.run_due(staff["mgr"]).made
    assert [r.status for r in services.standing.runs(so.id)] == ["generated"]
    assert made.run_date == dt.date(2026, 11, 24)


def test_the_confirmation_lead_time_is_a_shop_setting(services, staff, shop, clock):
    assert services.standing.confirm_days() == 2
    with pytest.raises(PermissionDenied):
        services.standing.set_confirm_days(staff["am"], 3)
    with pytest.raises(ValidationError) as err:
        services.standing.set_confirm_days(staff["mgr"], 21)
    assert err.value.field == "standing_confirm_days"
    assert services.standing.set_confirm_days(staff["mgr"], 4) == 4
    services.standing.create(staff["am"], _input(
        shop, needs_confirmation=True, rrule=schedule.weekly([2], 2),
        start_date=dt.date(2026, 12, 9)))
    # Four working days before Wednesday 9 December is Wednesday 2 (Tuesday 8 is a holiday).
    clock.day(dt.date(2026, 12, 1))
    services.standing.run_due(staff["mgr"])
    assert Task.select().where(Task.kind == "standing_confirm").count() == 0
    clock.day(dt.date(2026, 12, 2))
    services.standing.run_due(staff["mgr"])
    [task] = Task.select().where(Task.kind == "standing_confirm")
    assert task.due_at == dt.datetime(2026, 12, 2, 9) and "2026-12-09" in task.reason
