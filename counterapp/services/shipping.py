"""The order/shipping queue: status pipeline, rush feasibility, dispatch, delivery.

``add_shipment`` is called by the sales service's checkout *inside its own transaction*;
every public ``ShippingService`` method is one transaction of its own. The rules of dates
and rushes live in ``counterapp.domain.delivery``; this module loads their inputs and
stores their outcome.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Address,
    Carrier,
    Customer,
    Driver,
    Order,
    PhoneNumber,
    Shipment,
    ShipmentEvent,
    Task,
    User,
)
from counterapp.domain import delivery as rules
from counterapp.domain.errors import Conflict, NotFound, ValidationError
from counterapp.domain.permissions import Action
from counterapp.domain.text import clean_text, fold
from counterapp.services import audit
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.csv_cells import SafeWriter
from counterapp.services.delivery import DeliveryRequest

RUSH_TASK_REASON = "Explain delivery date to customer"
LATE_TASK_REASON = "Delivery late: call the customer"
_POSTCODE_IT = re.compile(r"^\d{5}$")
_PROVINCE = re.compile(r"^[A-Z]{2}$")
# One row whose counter every shipping write bumps: other workstations poll it (PostgreSQL).
CHANGE_TABLE = "shipping_change"
_BUMP_SQL = "UPDATE shipping_change SET counter = counter + 1 WHERE id = 1"
_COUNTER_SQL = "SELECT counter FROM shipping_change WHERE id = 1"


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


def _as_time(value) -> dt.time:
    if isinstance(value, str):
        return dt.time.fromisoformat(value)
    return value


def plan_for(now: dt.datetime, method: str, carrier: Carrier | None, driver: Driver | None,
             requested_date: dt.date | None, rush: bool,
             exclude_shipment: int | None = None) -> rules.DeliveryPlan:
    """Run the planner for one carrier or driver with the bookings from the database."""
    hol = holidays_for(now.date())
    if method == rules.COURIER:
        carrier.pickup_time = _as_time(carrier.pickup_time)
        carrier.cutoff_time = _as_time(carrier.cutoff_time)
        return rules.plan_delivery(now, method, carrier_rules(carrier), requested_date, rush,
                                   None, hol)
    driver.cutoff_time = _as_time(driver.cutoff_time)
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
        if fields["province"] and not _PROVINCE.match(fields["province"]):
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
    shipment = Shipment.create(
        order=order.id, method=request.method, carrier=carrier, driver=driver, **fields,
        requested_date=request.requested_date, promised_date=plan.promised_date,
        rush=bool(request.rush), rush_feasible=plan.feasible if request.rush else None,
        rush_reason="" if plan.feasible else plan.explanation[:300],
        parcels=request.parcels, weight_grams=request.weight_grams, status=rules.NEW,
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
    _bump_counter(Shipment._meta.database)
    return shipment


def _bump_counter(db) -> None:
    db.execute_sql(_BUMP_SQL)


# -- rows the UI gets back ------------------------------------------------------------------

QUEUE_PAGE_MAX = 1000
STATUS_OPEN = "open"  # filter value: every status that is not final
SORT_COLUMNS = ("number", "customer", "channel", "created", "requested", "promised", "rush",
                "method", "carrier", "status", "age", "late")
# Above this many rows, sorting by customer walks the customer-name index instead of
# sorting the filtered rows (which is quicker while they are few).
CUSTOMER_WALK_FROM = 20_000
# From this many matches on, a search filters a walk of the sort index row by row instead
# of collecting every match and sorting them (a capped count decides).
SEARCH_WALK_FROM = 1_000
# ...for pages starting before this row; further down the walk costs more than collecting.
SEARCH_WALK_OFFSETS = 1_000
# Sort columns that read the order row (the others sort on the shipment alone).
_ORDER_SORTS = frozenset({"number", "customer", "channel", "created", "age"})
STATS_GROUPS = ("period", "method", "carrier", "driver", "rep", "account")


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. ``status``: "" all, "open" not final, or one status.

    ``mine_user_id`` keeps the orders of that rep or of customers they manage.
    ``search``: an order number (or its start), a customer name start, a tracking number.
    """

    status: str = STATUS_OPEN
    method: str = ""
    carrier_code: str = ""
    driver_id: int | None = None
    rush_only: bool = False
    late_only: bool = False
    mine_user_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class QueueRow:
    """One shipment as the queue shows it (``late``/``age_days`` computed for ``today``)."""

    id: int
    version: int
    order_id: int
    order_number: str
    customer_name: str
    channel: str
    created_at: dt.datetime
    requested_date: dt.date | None
    promised_date: dt.date | None
    rush: bool
    rush_feasible: bool | None
    rush_reason: str
    method: str
    carrier_code: str
    carrier_name: str
    driver_id: int | None
    driver_name: str
    status: str
    tracking_number: str
    tracking_url: str
    dispatched_at: dt.datetime | None
    delivered_at: dt.datetime | None
    rep_login: str
    age_days: int
    late: bool
    parcels: int = 1
    weight_grams: int = 0
    city: str = ""

    @property
    def carrier_or_driver(self) -> str:
        """What the queue's carrier column shows."""
        return self.carrier_name or self.driver_name


@dataclass(frozen=True)
class ShipmentEventRow:
    """One transition in a shipment's history."""

    at: dt.datetime
    user: str
    from_status: str
    to_status: str
    note: str


@dataclass(frozen=True)
class DeliveryCheckResult:
    """The late shipments found and how many follow-up tasks were created this time."""

    rows: list[QueueRow]
    tasks_created: int


@dataclass(frozen=True)
class OnTimeRow:
    """On-time delivery rate of one group (period, method, carrier, driver, rep, account)."""

    key: str
    label: str
    delivered: int
    on_time: int

    @property
    def late(self) -> int:
        """Deliveries after the promised day."""
        return self.delivered - self.on_time

    @property
    def rate(self) -> Decimal:
        """On-time share in percent, one decimal (0 when nothing was delivered)."""
        if not self.delivered:
            return Decimal("0.0")
        return (Decimal(self.on_time) * 100 / self.delivered).quantize(Decimal("0.1"),
                                                                        ROUND_HALF_UP)


@dataclass(frozen=True)
class CarrierRow:
    """A courier service as managers edit it."""

    id: int | None
    code: str
    name: str
    pickup_time: dt.time
    cutoff_time: dt.time
    transit_days: int = 1
    express_transit_days: int = 1
    tracking_url_template: str = ""
    tracking_pattern: str = ""
    active: bool = True


@dataclass(frozen=True)
class DriverRow:
    """An in-house driver as managers edit it."""

    id: int | None
    name: str
    zone: str = ""
    provinces: str = ""
    daily_capacity: int = 20
    cutoff_time: dt.time = dt.time(11, 0)
    active: bool = True


def _with_parties(query: peewee.ModelSelect) -> peewee.ModelSelect:
    """Join a shipment query to its order, rep, customer, carrier and driver (the queue's
    and the on-time statistics' view of a shipment)."""
    return (query
            .join(Order, on=(Shipment.order == Order.id))
            .join(User, on=(Order.rep == User.id))
            .switch(Order)
            .join(Customer, peewee.JOIN.LEFT_OUTER, on=(Order.customer == Customer.id))
            .switch(Shipment)
            .join(Carrier, peewee.JOIN.LEFT_OUTER, on=(Shipment.carrier == Carrier.id))
            .switch(Shipment)
            .join(Driver, peewee.JOIN.LEFT_OUTER, on=(Shipment.driver == Driver.id)))


class ShippingService:
    """The order/shipping queue: status pipeline, rush feasibility, dispatch, delivery.

    Every public method that writes is one transaction that checks, writes the
    ``ShipmentEvent`` and the audit entry, and bumps the change counter other
    workstations poll (``change_token``).
    """

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- the queue ----------------------------------------------------------------------
    def _base_query(self, filters: QueueFilter, today: dt.date, *, with_order: bool = False,
                    walk_search: bool = False):
        # The order is joined only when a filter or the sort needs it: counting 500,000
        # shipments through a join costs several times a count of the shipment index alone.
        query = Shipment.select()
        if with_order or filters.mine_user_id is not None:
            query = query.join(Order, on=(Shipment.order == Order.id)).switch(Shipment)
        for condition in self._conditions(filters, today, walk_search=walk_search):
            query = query.where(condition)
        return query

    def _conditions(self, filters: QueueFilter, today: dt.date, *,
                    with_search: bool = True, walk_search: bool = False) -> list:
        """The WHERE terms of ``filters`` (on Shipment, and on Order for "my customers").

        ``walk_search``: when the search matches thousands, test it row by row (for the
        first pages of a sort that walks an index) instead of collecting every match.
        """
        conditions = []
        if filters.status == STATUS_OPEN:
            conditions.append(Shipment.status.in_(rules.OPEN_STATUSES))
        elif filters.status:
            conditions.append(Shipment.status == filters.status)
        if filters.method:
            conditions.append(Shipment.method == filters.method)
        if filters.carrier_code:
            conditions.append(Shipment.carrier.in_(
                Carrier.select(Carrier.id).where(Carrier.code == filters.carrier_code)))
        if filters.driver_id is not None:
            conditions.append(Shipment.driver == filters.driver_id)
        if filters.rush_only:
            conditions.append(Shipment.rush == True)  # noqa: E712 (SQL expression)
        if filters.late_only:
            conditions.append(self._late_condition(today))
        if filters.mine_user_id is not None:
            conditions.append((Order.rep == filters.mine_user_id) | Order.customer.in_(
                Customer.select(Customer.id)
                .where(Customer.account_manager == filters.mine_user_id)))
        search = _search_text(filters)
        if search and with_search:
            if walk_search and self._many_matches(search):
                conditions.append(self._search_correlated(search))
            else:
                by_number, by_tracking, by_customer = self._search_parts(search, [])
                conditions.append(Shipment.id.in_(by_number | by_tracking | by_customer))
        return conditions

    @staticmethod
    def _late_condition(today: dt.date):
        return (Shipment.promised_date < today) & Shipment.status.in_(rules.OPEN_STATUSES)

    def _search_parts(self, search: str, conditions: list):
        """The shipment ids matching by order number, tracking number and customer name
        start: three joins, each with ``conditions`` (customer → order → shipment as a CROSS
        JOIN so SQLite walks from the name index). Counting their UNION is several times
        quicker than counting ``id IN (...)``."""
        by_number = (Shipment.select(Shipment.id)
                     .join(Order, on=(Shipment.order == Order.id))
                     .where(self._prefix(Order.number, search.upper()), *conditions))
        by_tracking = (Shipment.select(Shipment.id)
                       .join(Order, on=(Shipment.order == Order.id))
                       .where(Shipment.tracking_number == search, *conditions))
        by_customer = (Customer.select(Shipment.id)
                       .join(Order, peewee.JOIN.CROSS)
                       .join(Shipment, peewee.JOIN.CROSS)
                       .where(self._prefix(Customer.search_name, fold(search)),
                              Order.customer == Customer.id, Shipment.order == Order.id,
                              *conditions))
        return by_number, by_tracking, by_customer

    def _many_matches(self, search: str) -> bool:
        """True when ``search`` matches at least ``SEARCH_WALK_FROM`` shipments (a capped
        UNION ALL count, so it stays cheap however many match)."""
        by_number, by_tracking, by_customer = self._search_parts(search, [])
        sample = (by_number + by_tracking + by_customer).limit(SEARCH_WALK_FROM)
        return sample.count() >= SEARCH_WALK_FROM

    def _search_correlated(self, search: str):
        """The search as a per-row test, so a page walks the sort column's index and stops
        after one page (used when thousands match and collecting them all would be slow)."""
        inner = Order.alias("search_order")
        matching_orders = inner.select(inner.id).where(
            inner.id == Shipment.order,
            self._prefix(inner.number, search.upper()) | inner.customer.in_(
                Customer.select(Customer.id)
                .where(self._prefix(Customer.search_name, fold(search)))))
        return Shipment.order.in_(matching_orders) | (Shipment.tracking_number == search)

    def _prefix(self, field, text: str):
        """``field`` starts with ``text``, in a form the engine answers from an index.

        SQLite's LIKE is case-insensitive and skips a plain index, so a range is used;
        PostgreSQL's LIKE is exact, and a range with a sentinel character would depend on
        the database's collation.
        """
        if is_sqlite(self.ctx.db):
            return (field >= text) & (field < text + "\uffff")
        return field.startswith(text)

    def _sort_expressions(self, column: str, descending: bool, today: dt.date):
        customer_name = peewee.fn.COALESCE(Customer.select(Customer.search_name)
                                           .where(Customer.id == Order.customer), "")
        # The carrier's (else the driver's) name, kept by triggers so (carrier_label, id)
        # gives the order from an index instead of a sort of every shipment.
        carrier_name = Shipment.carrier_label
        late = peewee.Case(None, [(self._late_condition(today), 1)], 0)
        mapping = {
            "number": Order.number, "customer": customer_name, "channel": Order.channel,
            "created": Order.created_at, "requested": Shipment.requested_date,
            "promised": Shipment.promised_date, "rush": Shipment.rush,
            "method": Shipment.method, "carrier": carrier_name, "status": Shipment.status,
            "age": Order.created_at, "late": late,
        }
        if column not in mapping:
            raise ValidationError("sort", f"unknown column {column!r}")
        expression = mapping[column]
        if column == "age":  # older first when ascending
            descending = not descending
        primary = expression.desc() if descending else expression.asc()
        if column == "number":  # unique: no tie to break, the number index gives the order
            return [primary]
        if column == "customer":  # the same order as ``_ids_by_customer``
            customer_id = peewee.fn.COALESCE(Order.customer, 0)
            return [primary] + [key.desc() if descending else key.asc()
                                for key in (customer_id, Order.id)]
        # Ties broken by the row the sort column lives on, so an index on (column) — which
        # ends in that row's id — yields the order without sorting the whole queue.
        tie_key = Order.id if column in _ORDER_SORTS else Shipment.id
        return [primary, tie_key.desc() if descending else tie_key.asc()]

    def queue_page(self, filters: QueueFilter = QueueFilter(),
                   sort: tuple[str, bool] = ("promised", False), offset: int = 0,
                   limit: int = 200) -> list[QueueRow]:
        """One page of the queue, filtered and sorted in SQL."""
        today = self.ctx.now().date()
        limit = max(0, min(int(limit), QUEUE_PAGE_MAX))
        if sort[0] == "customer" and self.queue_count(filters) > CUSTOMER_WALK_FROM:
            ids = self._ids_by_customer(filters, bool(sort[1]), max(0, int(offset)), limit,
                                        today)
            return self._rows_by_ids(ids, today)
        if sort[0] == "late" and not filters.late_only:
            ids = self._ids_by_late(filters, bool(sort[1]), max(0, int(offset)), limit, today)
            return self._rows_by_ids(ids, today)
        # The first pages of a broad search walk the sort index; deeper ones (where that
        # walk would read ever more rows) collect the matches once and sort them.
        ids = (self._base_query(filters, today, with_order=sort[0] in _ORDER_SORTS,
                                walk_search=offset < SEARCH_WALK_OFFSETS)
               .select(Shipment.id)
               .order_by(*self._sort_expressions(sort[0], bool(sort[1]), today))
               .offset(max(0, int(offset))).limit(limit))
        id_list = [row[0] for row in ids.tuples()]
        return self._rows_by_ids(id_list, today)

    def queue_count(self, filters: QueueFilter = QueueFilter()) -> int:
        """How many shipments the filters keep."""
        today = self.ctx.now().date()
        search = _search_text(filters)
        if search:
            conditions = self._conditions(filters, today, with_search=False)
            by_number, by_tracking, by_customer = self._search_parts(search, conditions)
            return (by_number | by_tracking | by_customer).count()
        return self._base_query(filters, today).count()

    def queue_position(self, filters: QueueFilter, sort: tuple[str, bool],
                       shipment_id: int, scan_limit: int = 5000) -> int | None:
        """The row index of ``shipment_id`` under ``filters``/``sort`` (None if not within)."""
        today = self.ctx.now().date()
        if sort[0] == "customer" and self.queue_count(filters) > CUSTOMER_WALK_FROM:
            ids = self._ids_by_customer(filters, bool(sort[1]), 0, scan_limit, today)
        else:
            ids = [row[0] for row in
                   self._base_query(filters, today, with_order=sort[0] in _ORDER_SORTS)
                   .select(Shipment.id)
                   .order_by(*self._sort_expressions(sort[0], bool(sort[1]), today))
                   .limit(scan_limit).tuples()]
        return ids.index(shipment_id) if shipment_id in ids else None

    def _ids_by_late(self, filters: QueueFilter, descending: bool, offset: int,
                     limit: int, today: dt.date) -> list[int]:
        """One page sorted by "late", then shipment id: the late and the other shipments
        as two parts, each in id order, instead of a sort of a computed flag over every row.
        The late part (few rows) is counted from the (status, promised_date) index."""
        late = self._late_condition(today)

        def part(condition):
            return (self._base_query(filters, today, walk_search=offset < SEARCH_WALK_OFFSETS)
                    .select(Shipment.id).where(condition)
                    .order_by(Shipment.id.desc() if descending else Shipment.id.asc()))

        late_part = part(late)
        # NOT (promised < today AND open): a NULL promised date counts as not late.
        on_time_part = part(~late | Shipment.promised_date.is_null())
        late_count = self._base_query(filters, today).where(late).count()
        first, second = (late_part, on_time_part) if descending \
            else (on_time_part, late_part)
        first_count = late_count if descending else self.queue_count(filters) - late_count
        ids: list[int] = []
        if offset < first_count:
            ids = [r[0] for r in first.offset(offset).limit(limit).tuples()]
        if len(ids) < limit:
            start = max(0, offset - first_count)
            ids += [r[0] for r in second.offset(start).limit(limit - len(ids)).tuples()]
        return ids

    def _ids_by_customer(self, filters: QueueFilter, descending: bool, offset: int,
                         limit: int, today: dt.date) -> list[int]:
        """One page sorted by customer name, walking the customer-name index.

        Walk-in orders (no customer) come first ascending and last descending; the named
        part is a CROSS JOIN customer → order → shipment, which fixes SQLite's join order
        so the ``search_name`` index gives the order and LIMIT stops early.
        """
        conditions = self._conditions(filters, today)

        def direction(field):
            return field.desc() if descending else field.asc()

        walk_ins = (Shipment.select(Shipment.id)
                    .join(Order, on=(Shipment.order == Order.id))
                    .where(Order.customer.is_null(), *conditions)
                    .order_by(direction(Order.id)))
        named = (Customer.select(Shipment.id)
                 .join(Order, peewee.JOIN.CROSS)
                 .join(Shipment, peewee.JOIN.CROSS)
                 .where(Order.customer == Customer.id, Shipment.order == Order.id, *conditions)
                 .order_by(direction(Customer.search_name), direction(Customer.id),
                           direction(Order.id)))
        # Counting walk-ins reads every customer-less order (most never ship), so it is
        # done only when the page needs where the first part ends.
        if not descending:  # walk-ins first: their count says whether to read them at all
            first_count: int | None = walk_ins.count()
            ids = ([r[0] for r in walk_ins.offset(offset).limit(limit).tuples()]
                   if offset < first_count else [])
        else:  # named first: a full page of them needs no count
            first_count = None
            ids = [r[0] for r in named.offset(offset).limit(limit).tuples()]
        if len(ids) == limit:
            return ids
        if ids:  # the first part ended inside this page: the second starts at its top
            start = 0
        else:
            if first_count is None:
                first_count = self.queue_count(filters) - walk_ins.count()
            start = max(0, offset - first_count)
        second = walk_ins if descending else named
        ids += [r[0] for r in second.offset(start).limit(limit - len(ids)).tuples()]
        return ids

    def _rows_by_ids(self, ids: list[int], today: dt.date) -> list[QueueRow]:
        if not ids:
            return []
        query = (_with_parties(Shipment.select(
                    Shipment.id, Shipment.version, Order.id, Order.number, Customer.name,
                    Order.channel, Order.created_at, Shipment.requested_date,
                    Shipment.promised_date, Shipment.rush, Shipment.rush_feasible,
                    Shipment.rush_reason, Shipment.method, Carrier.code, Carrier.name,
                    Carrier.tracking_url_template, Shipment.driver, Driver.name,
                    Shipment.status, Shipment.tracking_number, Shipment.dispatched_at,
                    Shipment.delivered_at, User.login, Shipment.parcels, Shipment.weight_grams,
                    Shipment.city))
                 .where(Shipment.id.in_(ids)))
        by_id = {}
        for (sid, version, order_id, number, customer, channel, created, requested, promised,
             rush, feasible, reason, method, carrier_code, carrier_name, template, driver_id,
             driver_name, status, tracking, dispatched, delivered, rep, parcels, weight,
             city) in query.tuples():
            created = _as_datetime(created)
            promised = _as_date(promised)
            url = template.replace("{tracking}", tracking) if template and tracking else ""
            by_id[sid] = QueueRow(
                id=sid, version=version, order_id=order_id, order_number=number,
                customer_name=customer or "", channel=channel, created_at=created,
                requested_date=_as_date(requested), promised_date=promised, rush=bool(rush),
                rush_feasible=feasible, rush_reason=reason or "", method=method,
                carrier_code=carrier_code or "", carrier_name=carrier_name or "",
                driver_id=driver_id, driver_name=driver_name or "", status=status,
                tracking_number=tracking or "", tracking_url=url,
                dispatched_at=_as_datetime(dispatched), delivered_at=_as_datetime(delivered),
                rep_login=rep, age_days=max(0, (today - created.date()).days),
                late=bool(promised and promised < today and status in rules.OPEN_STATUSES),
                parcels=parcels, weight_grams=weight, city=city or "")
        return [by_id[i] for i in ids if i in by_id]

    def get(self, shipment_id: int) -> QueueRow:
        """One shipment as a queue row (``NotFound`` if it does not exist)."""
        rows = self._rows_by_ids([shipment_id], self.ctx.now().date())
        if not rows:
            raise NotFound("shipment", shipment_id)
        return rows[0]

    def find(self, code: str) -> QueueRow | None:
        """The shipment whose order number or tracking number is exactly ``code``
        (what a barcode scanner types)."""
        code = (code or "").strip()
        if not code:
            return None
        found = (Shipment.select(Shipment.id).join(Order)
                 .where((Order.number == code.upper()) | (Order.number == code)
                        | (Shipment.tracking_number == code)).first())
        return self.get(found.id) if found else None

    def events(self, shipment_id: int) -> list[ShipmentEventRow]:
        """A shipment's history, oldest first."""
        query = (ShipmentEvent.select(ShipmentEvent, User)
                 .join(User, peewee.JOIN.LEFT_OUTER)
                 .where(ShipmentEvent.shipment == shipment_id)
                 .order_by(ShipmentEvent.at, ShipmentEvent.id))
        return [ShipmentEventRow(at=e.at, user=e.user.display_name if e.user else "",
                                 from_status=e.from_status, to_status=e.to_status,
                                 note=e.note) for e in query]

    def change_token(self) -> tuple:
        """A cheap value that changes whenever another workstation changed the data.

        SQLite: ``PRAGMA data_version`` (bumped by other connections' commits) plus this
        connection's own ``total_changes()``. PostgreSQL: the shipping change counter
        every shipping write increments.
        """
        db = self.ctx.db
        if is_sqlite(db):
            version = db.execute_sql("PRAGMA data_version").fetchone()[0]
            own = db.execute_sql("SELECT total_changes()").fetchone()[0]
            return ("sqlite", version, own)
        row = db.execute_sql(_COUNTER_SQL).fetchone()
        return ("pg", row[0] if row else 0)

    # -- transitions --------------------------------------------------------------------
    def _transition(self, actor: Actor, shipment_id: int, version: int, to_status: str, *,
                    now: dt.datetime, note: str = "", updates: dict | None = None,
                    action: str = "") -> None:
        """Move one shipment to ``to_status`` if nobody changed it since ``version``."""
        shipment = Shipment.get_or_none(Shipment.id == shipment_id)
        if shipment is None:
            raise NotFound("shipment", shipment_id)
        number = shipment.order.number
        if shipment.version != version:
            raise Conflict(self._conflict_message(shipment, number, to_status))
        try:
            rules.check_transition(shipment.status, to_status)
        except rules.TransitionRefused as exc:
            raise ValidationError("status", f"order {number}: {exc}") from None
        values = {Shipment.status: to_status, Shipment.version: Shipment.version + 1}
        for name, value in (updates or {}).items():
            values[getattr(Shipment, name)] = value
        changed = (Shipment.update(values)
                   .where((Shipment.id == shipment_id) & (Shipment.version == version))
                   .execute())
        if changed != 1:
            # Another workstation committed between our read and our write.
            fresh = Shipment.get_by_id(shipment_id)
            raise Conflict(self._conflict_message(fresh, number, to_status))
        ShipmentEvent.create(shipment=shipment_id, from_status=shipment.status,
                             to_status=to_status, user=actor.id, at=now, note=note[:300])
        after = {"status": to_status}
        after.update({k: v for k, v in (updates or {}).items() if k != "dispatched_by"})
        audit.record(actor, action or f"shipment_{to_status}", entity="shipment",
                     entity_id=number, customer_id=shipment.order.customer_id,
                     before={"status": shipment.status, "version": version}, after=after,
                     reason=note, at=now)

    @staticmethod
    def _conflict_message(shipment: Shipment, number: str, wanted: str) -> str:
        last = (ShipmentEvent.select(ShipmentEvent, User)
                .join(User, peewee.JOIN.LEFT_OUTER)
                .where(ShipmentEvent.shipment == shipment.id)
                .order_by(ShipmentEvent.at.desc(), ShipmentEvent.id.desc()).first())
        who = last.user.display_name if last and last.user else "another workstation"
        when = _as_datetime(last.at).strftime("%Y-%m-%d %H:%M") if last else ""
        if shipment.status == wanted:
            return f"order {number} was already {wanted} by {who} at {when}"
        return (f"order {number} was changed by {who} at {when} (now {shipment.status}); "
                "refresh and try again")

    def _bump(self) -> None:
        _bump_counter(self.ctx.db)

    def set_status(self, actor: Actor, shipment_id: int, version: int, status: str,
                   note: str = "") -> QueueRow:
        """Move one shipment along the pipeline (picking, packed, failed, returned,
        cancelled …); ``Conflict`` if another workstation changed it first."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        note = clean_text("note", note, max_length=300)
        special = {rules.DISPATCHED: "dispatch", rules.DELIVERED: "mark_delivered",
                   rules.RESCHEDULED: "reschedule"}
        if status in special:
            raise ValidationError("status", f"use {special[status]} to set {status}")
        with self.ctx.db.atomic():
            self._transition(actor, shipment_id, version, status, now=now, note=note)
            self._bump()
        return self.get(shipment_id)

    def dispatch(self, actor: Actor, items: Sequence[tuple[int, int]],
                 tracking_number: str = "") -> list[QueueRow]:
        """Hand the shipments ``items`` ((id, version) pairs) to the courier or driver.

        All or nothing. A tracking number belongs to one courier shipment and must match
        the carrier's pattern. Another workstation's earlier dispatch → ``Conflict``
        "already dispatched by NAME at TIME".
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        items = sorted(items)  # one lock order for every workstation: no deadlocks
        if not items:
            raise ValidationError("selection", "select the orders to dispatch")
        tracking = (tracking_number or "").strip()
        with self.ctx.db.atomic():
            if tracking:
                if len(items) != 1:
                    raise ValidationError("tracking_number",
                                          "a tracking number belongs to one order: "
                                          "select just that order")
                self._check_tracking(items[0][0], tracking)
            for shipment_id, version in items:
                updates = {"dispatched_at": now, "dispatched_by": actor.id}
                if tracking:
                    updates["tracking_number"] = tracking
                self._transition(actor, shipment_id, version, rules.DISPATCHED, now=now,
                                 updates=updates, action="shipment_dispatched")
            self._bump()
        return self._rows_by_ids([i for i, _ in items], now.date())

    def _check_tracking(self, shipment_id: int, tracking: str) -> None:
        shipment = Shipment.get_or_none(Shipment.id == shipment_id)
        if shipment is None:
            raise NotFound("shipment", shipment_id)
        if shipment.method != rules.COURIER or shipment.carrier is None:
            raise ValidationError("tracking_number",
                                  "in-house deliveries have no tracking number")
        if len(tracking) > 40:
            raise ValidationError("tracking_number", "at most 40 characters")
        pattern = shipment.carrier.tracking_pattern
        if pattern:
            try:
                ok = re.fullmatch(pattern, tracking) is not None
            except re.error:
                ok = True  # a broken pattern in the settings must not block dispatch
            if not ok:
                raise ValidationError("tracking_number",
                                      f"{tracking!r} is not a {shipment.carrier.name} "
                                      f"tracking number (expected {pattern})")

    def set_tracking(self, actor: Actor, shipment_id: int, version: int,
                     tracking_number: str) -> QueueRow:
        """Add or correct the tracking number of a dispatched courier shipment."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        tracking = (tracking_number or "").strip()
        with self.ctx.db.atomic():
            self._check_tracking(shipment_id, tracking)
            shipment = Shipment.get_by_id(shipment_id)
            changed = (Shipment.update(tracking_number=tracking,
                                       version=Shipment.version + 1)
                       .where((Shipment.id == shipment_id) & (Shipment.version == version))
                       .execute())
            if changed != 1:
                raise Conflict(self._conflict_message(Shipment.get_by_id(shipment_id),
                                                      shipment.order.number, ""))
            audit.record(actor, "shipment_tracking", entity="shipment",
                         entity_id=shipment.order.number,
                         before={"tracking_number": shipment.tracking_number},
                         after={"tracking_number": tracking}, at=now)
            self._bump()
        return self.get(shipment_id)

    def mark_delivered(self, actor: Actor, items: Sequence[tuple[int, int]],
                       delivered_at: dt.datetime | None = None) -> list[QueueRow]:
        """Confirm delivery of ``items`` at ``delivered_at`` (default now); all or nothing."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        when = (delivered_at or now).replace(microsecond=0)
        items = sorted(items)  # one lock order for every workstation: no deadlocks
        if not items:
            raise ValidationError("selection", "select the delivered orders")
        if when > now + dt.timedelta(minutes=5):
            raise ValidationError("delivered_at", "the delivery time is in the future")
        with self.ctx.db.atomic():
            for shipment_id, version in items:
                shipment = Shipment.get_or_none(Shipment.id == shipment_id)
                if shipment and shipment.dispatched_at and when < _as_datetime(
                        shipment.dispatched_at):
                    raise ValidationError("delivered_at",
                                          f"order {shipment.order.number} left at "
                                          f"{_as_datetime(shipment.dispatched_at):%Y-%m-%d %H:%M}"
                                          ": it cannot arrive before")
                self._transition(actor, shipment_id, version, rules.DELIVERED, now=now,
                                 updates={"delivered_at": when}, action="shipment_delivered")
            self._bump()
        return self._rows_by_ids([i for i, _ in items], now.date())

    def reschedule(self, actor: Actor, shipment_id: int, version: int, new_date: dt.date,
                   note: str = "") -> QueueRow:
        """After a failed delivery: a new promised date (a working day, not in the past)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        note = clean_text("note", note, max_length=300)
        if new_date is None or new_date < now.date():
            raise ValidationError("promised_date", "the new date is in the past")
        if not rules.is_working_day(new_date, holidays_for(new_date)):
            raise ValidationError("promised_date",
                                  f"{new_date.isoformat()} is not a working day")
        with self.ctx.db.atomic():
            self._transition(actor, shipment_id, version, rules.RESCHEDULED, now=now,
                             note=note or f"new date {new_date.isoformat()}",
                             updates={"promised_date": new_date, "dispatched_at": None},
                             action="shipment_rescheduled")
            self._bump()
        return self.get(shipment_id)

    # -- late deliveries and on-time rate -------------------------------------------------
    def late_shipments(self, limit: int = 1000) -> list[QueueRow]:
        """Shipments past their promised date without a delivery confirmation."""
        return self.queue_page(QueueFilter(status=STATUS_OPEN, late_only=True),
                               ("promised", False), 0, limit)

    def run_delivery_check(self, actor: Actor) -> DeliveryCheckResult:
        """Create a follow-up for the rep of every late shipment (once: idempotent)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        created = 0
        with self.ctx.db.atomic():
            rows = self.late_shipments(QUEUE_PAGE_MAX)
            for row in rows:
                order = Order.get_by_id(row.order_id)
                reason = (f"{LATE_TASK_REASON}: order {row.order_number} was promised for "
                          f"{row.promised_date.isoformat()} and is {row.status}")
                _task, new = ensure_task(kind="follow_up", dedup_key=f"late:{row.order_id}",
                                         order=order, assigned_to=order.rep_id,
                                         due_at=now + dt.timedelta(hours=1), reason=reason,
                                         created_by=actor.id, now=now)
                created += int(new)
            audit.record(actor, "delivery_check", entity="shipment", entity_id="",
                         after={"late": len(rows), "tasks_created": created}, at=now)
        return DeliveryCheckResult(rows=rows, tasks_created=created)

    def on_time_stats(self, group_by: str, date_from: dt.date, date_to: dt.date,
                      period: str = "month") -> list[OnTimeRow]:
        """On-time rate of shipments delivered between the two dates (inclusive).

        ``group_by`` ∈ period, method, carrier, driver, rep, account; ``period`` (for
        "period") ∈ day, week, month.
        """
        if group_by not in STATS_GROUPS:
            raise ValidationError("group_by", f"one of {', '.join(STATS_GROUPS)}")
        if date_to < date_from:
            raise ValidationError("date_to", "the end is before the start")
        start = dt.datetime.combine(date_from, dt.time())
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        query = (_with_parties(Shipment.select(Shipment.delivered_at, Shipment.promised_date,
                                               Shipment.method, Carrier.name, Driver.name,
                                               User.login, Customer.name))
                 .where((Shipment.status == rules.DELIVERED)
                        & (Shipment.delivered_at >= start) & (Shipment.delivered_at < end)))
        groups: dict[str, list[int]] = {}
        for delivered, promised, method, carrier, driver, rep, customer in query.tuples():
            delivered = _as_datetime(delivered)
            key = {
                "period": _period_key(delivered.date(), period),
                "method": method,
                "carrier": carrier or "",
                "driver": driver or "",
                "rep": rep,
                "account": customer or "",
            }[group_by]
            if group_by in ("carrier", "driver") and not key:
                continue
            counts = groups.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += int(bool(rules.on_time(_as_date(promised), delivered)))
        return [OnTimeRow(key=key, label=key, delivered=c[0], on_time=c[1])
                for key, c in sorted(groups.items())]

    @staticmethod
    def on_time_csv(rows: Sequence[OnTimeRow], group_by: str) -> str:
        """The stats as CSV text (header row, comma, rate with one decimal)."""
        out = io.StringIO()
        writer = SafeWriter(out)
        writer.writerow([group_by, "delivered", "on_time", "late", "on_time_rate"])
        for row in rows:
            writer.writerow([row.label, row.delivered, row.on_time, row.late, f"{row.rate}"])
        return out.getvalue()

    # -- carriers and drivers (managers) ----------------------------------------------------
    def carriers(self, include_inactive: bool = True) -> list[CarrierRow]:
        """Courier services, by code."""
        query = Carrier.select().order_by(Carrier.code)
        if not include_inactive:
            query = query.where(Carrier.active)
        return [CarrierRow(id=c.id, code=c.code, name=c.name, pickup_time=_as_time(c.pickup_time),
                           cutoff_time=_as_time(c.cutoff_time), transit_days=c.transit_days,
                           express_transit_days=c.express_transit_days,
                           tracking_url_template=c.tracking_url_template,
                           tracking_pattern=c.tracking_pattern, active=c.active)
                for c in query]

    def drivers(self, include_inactive: bool = True) -> list[DriverRow]:
        """In-house drivers, by name."""
        query = Driver.select().order_by(Driver.name)
        if not include_inactive:
            query = query.where(Driver.active)
        return [DriverRow(id=d.id, name=d.name, zone=d.zone, provinces=d.provinces,
                          daily_capacity=d.daily_capacity, cutoff_time=_as_time(d.cutoff_time),
                          active=d.active) for d in query]

    def save_carrier(self, actor: Actor, row: CarrierRow) -> CarrierRow:
        """Create (``id`` None) or update a courier service (managers only)."""
        authorize(self.ctx, actor, Action.MANAGE_CARRIERS)
        code = clean_text("code", row.code, required=True, max_length=20).upper()
        name = clean_text("name", row.name, required=True, max_length=80)
        template = clean_text("tracking_url_template", row.tracking_url_template,
                              max_length=300)
        if template and "{tracking}" not in template:
            raise ValidationError("tracking_url_template", "must contain {tracking}")
        pattern = clean_text("tracking_pattern", row.tracking_pattern, max_length=120)
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValidationError("tracking_pattern", f"not a valid pattern: {exc}") from None
        for field_name in ("transit_days", "express_transit_days"):
            value = getattr(row, field_name)
            if not isinstance(value, int) or not 0 <= value <= 30:
                raise ValidationError(field_name, "between 0 and 30 working days")
        if row.cutoff_time > row.pickup_time:
            raise ValidationError("cutoff_time", "the cut-off must not be after the pickup")
        values = dict(code=code, name=name, pickup_time=row.pickup_time,
                      cutoff_time=row.cutoff_time, transit_days=row.transit_days,
                      express_transit_days=row.express_transit_days,
                      tracking_url_template=template, tracking_pattern=pattern,
                      active=bool(row.active))
        with self.ctx.db.atomic():
            clash = Carrier.get_or_none(Carrier.code == code)
            if clash is not None and clash.id != row.id:
                raise ValidationError("code", f"{code} is already used by {clash.name}")
            if row.id is None:
                carrier = Carrier.create(**values)
                before = None
            else:
                carrier = Carrier.get_or_none(Carrier.id == row.id)
                if carrier is None:
                    raise NotFound("carrier", row.id)
                before = {"code": carrier.code, "active": carrier.active}
                Carrier.update(values).where(Carrier.id == row.id).execute()
            audit.record(actor, "carrier_saved", entity="carrier", entity_id=code,
                         before=before, after=values, at=self.ctx.now())
            self._bump()
        return next(c for c in self.carriers() if c.id == carrier.id)

    def save_driver(self, actor: Actor, row: DriverRow) -> DriverRow:
        """Create (``id`` None) or update an in-house driver (managers only)."""
        authorize(self.ctx, actor, Action.MANAGE_CARRIERS)
        name = clean_text("name", row.name, required=True, max_length=80)
        zone = clean_text("zone", row.zone, max_length=80)
        provinces = [p.strip().upper() for p in (row.provinces or "").split(",") if p.strip()]
        for province in provinces:
            if not _PROVINCE.match(province):
                raise ValidationError("provinces", f"{province!r} is not a two-letter province")
        if not isinstance(row.daily_capacity, int) or not 1 <= row.daily_capacity <= 500:
            raise ValidationError("daily_capacity", "between 1 and 500 stops a day")
        values = dict(name=name, zone=zone, provinces=",".join(provinces),
                      daily_capacity=row.daily_capacity, cutoff_time=row.cutoff_time,
                      active=bool(row.active))
        with self.ctx.db.atomic():
            if row.id is None:
                driver = Driver.create(**values)
            else:
                driver = Driver.get_or_none(Driver.id == row.id)
                if driver is None:
                    raise NotFound("driver", row.id)
                Driver.update(values).where(Driver.id == row.id).execute()
            audit.record(actor, "driver_saved", entity="driver", entity_id=driver.id,
                         after=values, at=self.ctx.now())
            self._bump()
        return next(d for d in self.drivers() if d.id == driver.id)


def _search_text(filters: QueueFilter) -> str:
    """The search with runs of blanks made one (empty when there is no search)."""
    return " ".join((filters.search or "").split())


def _period_key(day: dt.date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


def _as_datetime(value) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


__all__ = ["ShippingService", "add_shipment", "QueueFilter", "QueueRow", "OnTimeRow",
           "CarrierRow", "DriverRow", "DeliveryCheckResult", "ShipmentEventRow"]
