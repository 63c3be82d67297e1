"""The shipping queue's read model: filtered, sorted pages of shipments in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Carrier,
    Customer,
    Driver,
    Order,
    Shipment,
    ShipmentEvent,
    User,
)
from counterapp.db.values import as_date, as_datetime
from counterapp.domain import delivery as rules
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.text import fold
from counterapp.services.context import ServiceContext
from counterapp.services.shipping_planning import COUNTER_SQL

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

def with_parties(query: peewee.ModelSelect) -> peewee.ModelSelect:
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


def rows_by_ids(ids: list[int], today: dt.date) -> list[QueueRow]:
    """The queue rows of ``ids``, in that order (missing ids are skipped)."""
    if not ids:
        return []
    query = (with_parties(Shipment.select(
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
        created = as_datetime(created)
        promised = as_date(promised)
        url = template.replace("{tracking}", tracking) if template and tracking else ""
        by_id[sid] = QueueRow(
            id=sid, version=version, order_id=order_id, order_number=number,
            customer_name=customer or "", channel=channel, created_at=created,
            requested_date=as_date(requested), promised_date=promised, rush=bool(rush),
            rush_feasible=feasible, rush_reason=reason or "", method=method,
            carrier_code=carrier_code or "", carrier_name=carrier_name or "",
            driver_id=driver_id, driver_name=driver_name or "", status=status,
            tracking_number=tracking or "", tracking_url=url,
            dispatched_at=as_datetime(dispatched), delivered_at=as_datetime(delivered),
            rep_login=rep, age_days=max(0, (today - created.date()).days),
            late=bool(promised and promised < today and status in rules.OPEN_STATUSES),
            parcels=parcels, weight_grams=weight, city=city or "")
    return [by_id[i] for i in ids if i in by_id]


def queue_row(shipment_id: int, today: dt.date) -> QueueRow:
    """One shipment as a queue row (``NotFound`` if it does not exist)."""
    rows = rows_by_ids([shipment_id], today)
    if not rows:
        raise NotFound("shipment", shipment_id)
    return rows[0]


class ShippingQueueService:
    """The order/shipping queue as the queue panel reads it: pages, counts, positions,
    one shipment, its history, and the change token other workstations poll."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

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
            return rows_by_ids(ids, today)
        if sort[0] == "late" and not filters.late_only:
            ids = self._ids_by_late(filters, bool(sort[1]), max(0, int(offset)), limit, today)
            return rows_by_ids(ids, today)
        # The first pages of a broad search walk the sort index; deeper ones (where that
        # walk would read ever more rows) collect the matches once and sort them.
        ids = (self._base_query(filters, today, with_order=sort[0] in _ORDER_SORTS,
                                walk_search=offset < SEARCH_WALK_OFFSETS)
               .select(Shipment.id)
               .order_by(*self._sort_expressions(sort[0], bool(sort[1]), today))
               .offset(max(0, int(offset))).limit(limit))
        id_list = [row[0] for row in ids.tuples()]
        return rows_by_ids(id_list, today)

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

    def get(self, shipment_id: int) -> QueueRow:
        """One shipment as a queue row (``NotFound`` if it does not exist)."""
        return queue_row(shipment_id, self.ctx.now().date())

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
        row = db.execute_sql(COUNTER_SQL).fetchone()
        return ("pg", row[0] if row else 0)

    def late_shipments(self, limit: int = 1000) -> list[QueueRow]:
        """Shipments past their promised date without a delivery confirmation."""
        return self.queue_page(QueueFilter(status=STATUS_OPEN, late_only=True),
                               ("promised", False), 0, limit)

def _search_text(filters: QueueFilter) -> str:
    """The search with runs of blanks made one (empty when there is no search)."""
    return " ".join((filters.search or "").split())
