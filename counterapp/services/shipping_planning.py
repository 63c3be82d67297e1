"""Planning a delivery at checkout: carrier or driver, promised date, rush feasibility.

``add_shipment`` is called by the checkout *inside its own transaction*. The rules of dates
and rushes live in ``counterapp.domain.delivery``; this module loads their inputs and
stores their outcome. The queue, the status pipeline, the reports and the carriers live in
``shipping_queue``, ``shipping_status``, ``shipping_reports`` and ``carriers``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import peewee

from counterapp.db.models import (
    Address,
    Carrier,
    Customer,
    Driver,
    Order,
    OrderLine,
    PhoneNumber,
    Product,
    Shipment,
    ShipmentEvent,
    Task,
)
from counterapp.db.values import as_time
from counterapp.domain import delivery as rules
from counterapp.domain.errors import ValidationError
from counterapp.services import audit
from counterapp.services.context import Actor
from counterapp.services.delivery import DeliveryRequest

RUSH_TASK_REASON = "Explain delivery date to customer"
LATE_TASK_REASON = "Delivery late: call the customer"
_POSTCODE_IT = re.compile(r"^\d{5}$")
PROVINCE_PATTERN = re.compile(r"^[A-Z]{2}$")
# One row whose counter every shipping write bumps: other workstations poll it (PostgreSQL).
CHANGE_TABLE = "shipping_change"
_BUMP_SQL = "UPDATE shipping_change SET counter = counter + 1 WHERE id = 1"
COUNTER_SQL = "SELECT counter FROM shipping_change WHERE id = 1"


@lru_cache(maxsize=8)
def _holidays_from(year: int):
    # Two years, so a plan made in late December sees January's holidays.
    return rules.italian_holidays(range(year, year + 2))


def holidays_for(day: dt.date):
    """Italian public holidays around ``day`` (date → name)."""
    return _holidays_from(day.year)


def carrier_rules(carrier: Carrier) -> rules.CarrierRules:
    """The planner's view of a carrier row."""
    return rules.CarrierRules(code=carrier.code, name=carrier.name,
                              pickup_time=carrier.pickup_time, cutoff_time=carrier.cutoff_time,
                              transit_days=carrier.transit_days,
                              express_transit_days=carrier.express_transit_days)


def driver_rules(driver: Driver) -> rules.DriverRules:
    """The planner's view of a driver row."""
    return rules.DriverRules(id=driver.id, name=driver.name, cutoff_time=driver.cutoff_time,
                             daily_capacity=driver.daily_capacity)


def booked_stops(driver_id: int, start: dt.date, days: int = rules.MAX_DAYS_AHEAD,
                 exclude_shipment: int | None = None) -> dict[dt.date, int]:
    """Stops already booked for ``driver_id`` per promised day from ``start`` on."""
    end = start + dt.timedelta(days=days)
    query = (Shipment.select(Shipment.promised_date, peewee.fn.COUNT(Shipment.id))
             .where((Shipment.driver == driver_id)
                    & (Shipment.promised_date >= start) & (Shipment.promised_date <= end)
                    & (Shipment.status.not_in([rules.CANCELLED, rules.RETURNED])))
             .group_by(Shipment.promised_date))
    if exclude_shipment is not None:
        query = query.where(Shipment.id != exclude_shipment)
    result = {}
    for day, count in query.tuples():
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        result[day] = count
    return result


def plan_for(now: dt.datetime, method: str, carrier: Carrier | None, driver: Driver | None,
             requested_date: dt.date | None, rush: bool,
             exclude_shipment: int | None = None) -> rules.DeliveryPlan:
    """Run the planner for one carrier or driver with the bookings from the database."""
    hol = holidays_for(now.date())
    if method == rules.COURIER:
        carrier.pickup_time = as_time(carrier.pickup_time)
        carrier.cutoff_time = as_time(carrier.cutoff_time)
        return rules.plan_delivery(now, method, carrier_rules(carrier), requested_date, rush,
                                   None, hol)
    driver.cutoff_time = as_time(driver.cutoff_time)
    booked = booked_stops(driver.id, now.date(), exclude_shipment=exclude_shipment)
    return rules.plan_delivery(now, method, driver_rules(driver), requested_date, rush,
                               booked, hol)


def _choose(now: dt.datetime, request: DeliveryRequest, province: str):
    """(carrier, driver, plan): the named one, or the active one that delivers earliest."""
    if request.method == rules.COURIER:
        if request.carrier_code:
            carrier = Carrier.get_or_none(Carrier.code == request.carrier_code.strip().upper())
            if carrier is None:
                carrier = Carrier.get_or_none(Carrier.code == request.carrier_code.strip())
            if carrier is None or not carrier.active:
                raise ValidationError("carrier_code",
                                      f"no active courier service {request.carrier_code!r}")
            candidates = [carrier]
        else:
            candidates = list(Carrier.select().where(Carrier.active).order_by(Carrier.id))
            if not candidates:
                raise ValidationError("carrier_code", "no courier service is set up")
        plans = [(plan_for(now, rules.COURIER, c, None, request.requested_date, request.rush), c)
                 for c in candidates]
        plan, carrier = min(plans, key=lambda p: (not p[0].feasible, p[0].promised_date,
                                                  p[1].id))
        return carrier, None, plan
    if request.driver_id is not None:
        driver = Driver.get_or_none(Driver.id == request.driver_id)
        if driver is None or not driver.active:
            raise ValidationError("driver_id", f"no active driver {request.driver_id}")
        candidates = [driver]
    else:
        active = list(Driver.select().where(Driver.active).order_by(Driver.id))
        if not active:
            raise ValidationError("driver_id", "no in-house driver is set up")
        serving = [d for d in active
                   if province and province in {p.strip().upper()
                                                for p in d.provinces.split(",")}]
        candidates = serving or active
    plans = [(plan_for(now, rules.IN_HOUSE, None, d, request.requested_date, request.rush), d)
             for d in candidates]
    plans = [p for p in plans if p[0].promised_date is not None] or plans
    plan, driver = min(plans, key=lambda p: (not p[0].feasible,
                                             p[0].promised_date or dt.date.max, p[1].id))
    if plan.promised_date is None:
        raise ValidationError("driver_id", plan.explanation)
    return None, driver, plan


def _address(order: Order, request: DeliveryRequest) -> dict[str, str]:
    """The delivery address: the chosen (or default) customer address, overridden by the
    request's free fields."""
    customer: Customer | None = order.customer
    fields = {"recipient": "", "street": "", "postcode": "", "city": "", "province": "",
              "country": "IT", "phone": ""}
    address = None
    if request.address_id is not None:
        address = Address.get_or_none(Address.id == request.address_id)
        if address is None or customer is None or address.customer_id != customer.id:
            raise ValidationError("address_id", "not an address of this customer")
    elif customer is not None and not request.street.strip():
        address = (Address.select().where(Address.customer == customer)
                   .order_by(Address.is_default.desc(), Address.id).first())
    if customer is not None:
        fields["recipient"] = customer.name
        phone = (PhoneNumber.select().where(PhoneNumber.customer == customer)
                 .order_by(PhoneNumber.id).first())
        if phone is not None:
            fields["phone"] = phone.e164
    if address is not None:
        fields.update(street=address.street, postcode=address.postcode, city=address.city,
                      province=address.province, country=address.country or "IT")
    for name in fields:
        value = getattr(request, name)
        if isinstance(value, str) and value.strip() and not (name == "country"
                                                             and address is not None
                                                             and not request.street.strip()):
            fields[name] = " ".join(value.split())
    fields["province"] = fields["province"].upper()
    fields["country"] = (fields["country"] or "IT").upper()
    return fields


def _validate_address(fields: dict[str, str]) -> None:
    if not fields["street"]:
        raise ValidationError("street", "a delivery needs a street address")
    if not fields["city"]:
        raise ValidationError("city", "a delivery needs a city")
    if fields["country"] == "IT":
        if fields["postcode"] and not _POSTCODE_IT.match(fields["postcode"]):
            raise ValidationError("postcode", "an Italian postcode (CAP) has 5 digits")
        if fields["province"] and not PROVINCE_PATTERN.match(fields["province"]):
            raise ValidationError("province", "a province is two letters, e.g. MI")
    limits = {"recipient": 200, "street": 200, "postcode": 10, "city": 100, "province": 2,
              "country": 2, "phone": 20}
    for name, limit in limits.items():
        if len(fields[name]) > limit:
            raise ValidationError(name, f"at most {limit} characters")


def ensure_task(*, kind: str, dedup_key: str, order: Order, assigned_to: int, due_at: dt.datetime,
                reason: str, created_by: int | None, now: dt.datetime) -> tuple[Task, bool]:
    """The open task with ``dedup_key``, created when missing: (task, created).

    Checked before inserting so a duplicate never aborts the caller's PostgreSQL
    transaction; the unique index still guards a race between workstations.
    """
    existing = Task.get_or_none(Task.dedup_key == dedup_key)
    if existing is not None:
        return existing, False
    try:
        with Task._meta.database.atomic():  # a savepoint: a lost race keeps our transaction
            task = Task.create(kind=kind, customer=order.customer_id, assigned_to=assigned_to,
                               due_at=due_at, status="open", reason=reason, order=order.id,
                               dedup_key=dedup_key, created_by=created_by, created_at=now)
    except peewee.IntegrityError:
        return Task.get(Task.dedup_key == dedup_key), False
    return task, True


def goods_weight_grams(order_id: int) -> int:
    """The weight of the order's goods from the products' weights, or 0 when any product's
    weight is unknown (0): a partial sum would print a weight lighter than the parcel."""
    rows = list(OrderLine.select(OrderLine.quantity, Product.weight_grams)
                .join(Product, peewee.JOIN.LEFT_OUTER, on=(OrderLine.product == Product.id))
                .where(OrderLine.order == order_id).tuples())
    if not rows or any(not weight for _, weight in rows):
        return 0
    return sum(quantity * weight for quantity, weight in rows if quantity > 0)


def plan_request(now: dt.datetime, request: DeliveryRequest,
                 province: str = "") -> tuple[Carrier | None, Driver | None, rules.DeliveryPlan]:
    """(carrier, driver, plan) the checkout would choose for ``request`` now (reads only).

    ``ValidationError`` naming the field for an unknown method, carrier or driver.
    """
    if request.method not in rules.METHODS:
        raise ValidationError("method", "choose courier or in-house delivery")
    return _choose(now, request, province)


def add_shipment(order: Order | int, request: DeliveryRequest, actor: Actor | None,
                 now: dt.datetime) -> Shipment:
    """Create the shipment of ``order`` as ``request`` asks, inside the caller's transaction.

    Validates the request (``ValidationError`` naming the field), chooses the carrier or
    driver when none is named, copies the address, plans the delivery (rush feasibility,
    promised date), creates the "Explain delivery date to customer" follow-up for the
    order's rep when a rush cannot be met, and writes the first ``ShipmentEvent`` and the
    audit entry. Opens no transaction of its own. Returns the saved ``Shipment`` row.
    """
    if not isinstance(order, Order):
        order = Order.get_by_id(order)
    if request.method not in rules.METHODS:
        raise ValidationError("method", "choose courier or in-house delivery")
    if not isinstance(request.parcels, int) or not 1 <= request.parcels <= 999:
        raise ValidationError("parcels", "between 1 and 999 parcels")
    if not isinstance(request.weight_grams, int) or not 0 <= request.weight_grams <= 10_000_000:
        raise ValidationError("weight_grams", "a weight between 0 and 10,000 kg")
    if request.requested_date is not None and request.requested_date < now.date():
        raise ValidationError("requested_date", "the requested date is in the past")
    if Shipment.select().where(Shipment.order == order.id).exists():
        raise ValidationError("order", f"order {order.number} already has a delivery")
    fields = _address(order, request)
    _validate_address(fields)
    carrier, driver, plan = _choose(now, request, fields["province"])
    notes = " ".join((request.notes or "").split())[:2000]
    if notes:
        # The order's notes are what the slip, packing slip and DDT print.
        Order.update(notes=notes).where(Order.id == order.id).execute()
        order.notes = notes
    weight = request.weight_grams or goods_weight_grams(order.id)
    shipment = Shipment.create(
        order=order.id, method=request.method, carrier=carrier, driver=driver, **fields,
        requested_date=request.requested_date, promised_date=plan.promised_date,
        rush=bool(request.rush), rush_feasible=plan.feasible if request.rush else None,
        rush_reason="" if plan.feasible else plan.explanation[:300],
        parcels=request.parcels, weight_grams=weight, status=rules.NEW,
        created_at=now, version=1)
    ShipmentEvent.create(shipment=shipment.id, from_status="", to_status=rules.NEW,
                         user=actor.id if actor else None, at=now,
                         note=(request.notes or plan.explanation)[:300])
    if request.rush and not plan.feasible:
        ensure_task(kind="follow_up", dedup_key=f"rush:{order.id}", order=order,
                    assigned_to=order.rep_id, due_at=now + dt.timedelta(hours=1),
                    reason=f"{RUSH_TASK_REASON}: {plan.explanation}",
                    created_by=actor.id if actor else None, now=now)
    audit.record(actor, "shipment_created", entity="shipment", entity_id=order.number,
                 customer_id=order.customer_id,
                 after={"method": request.method,
                        "carrier": carrier.code if carrier else "",
                        "driver": driver.name if driver else "",
                        "promised_date": plan.promised_date, "rush": bool(request.rush),
                        "rush_feasible": plan.feasible, "rule": plan.rule},
                 at=now)
    bump_change_counter(Shipment._meta.database)
    return shipment


def bump_change_counter(db) -> None:
    """Tell other workstations polling the change counter that shipping data changed."""
    db.execute_sql(_BUMP_SQL)
