"""0001: the first schema, frozen.

These models are a copy of the application's models as they were when this step was
written; later migrations change the schema, never this file.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import peewee

_proxy = peewee.DatabaseProxy()


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class MoneyField(peewee.BigIntegerField):
    def db_value(self, value):
        if value is None:
            return None
        return int(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) * 100)

    def python_value(self, value):
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


class RateField(peewee.IntegerField):
    def db_value(self, value):
        return None if value is None else int((Decimal(value) * 100).to_integral_value())

    def python_value(self, value):
        return None if value is None else (Decimal(value) / 100).normalize()


class BaseModel(peewee.Model):
    class Meta:
        database = _proxy
        legacy_table_names = False


class User(BaseModel):
    """A member of staff; ``role`` is a ``counterapp.domain.permissions.Role`` value."""

    login = peewee.CharField(max_length=40, unique=True)
    display_name = peewee.CharField(max_length=120)
    role = peewee.CharField(max_length=20, index=True)
    pin_hash = peewee.CharField(max_length=200)
    mentor = peewee.ForeignKeyField("self", null=True, backref="trainees", on_delete="SET NULL")
    active = peewee.BooleanField(default=True)
    failed_pins = peewee.IntegerField(default=0)
    last_failed_at = peewee.DateTimeField(null=True)
    locked = peewee.BooleanField(default=False)
    language = peewee.CharField(max_length=5, default="")
    email = peewee.CharField(max_length=200, default="")
    created_at = peewee.DateTimeField(default=now)


class CommissionPlan(BaseModel):
    """Base pay and commission of a role (or of one user, which wins over the role's plan)."""

    role = peewee.CharField(max_length=20, null=True)
    user = peewee.ForeignKeyField(User, null=True, backref="commission_plans", on_delete="CASCADE")
    base_pay = MoneyField(default=0)
    commission_rate = peewee.IntegerField(default=0)  # hundredths of a percent of net sales
    quota_bonus = MoneyField(default=0)
    new_account_bonus = MoneyField(default=0)
    valid_from = peewee.DateField()


class Quota(BaseModel):
    """A rep's monthly sales target (net of VAT)."""

    user = peewee.ForeignKeyField(User, backref="quotas", on_delete="CASCADE")
    month = peewee.CharField(max_length=7)  # YYYY-MM
    target = MoneyField()

    class Meta:
        indexes = ((("user", "month"), True),)


class Product(BaseModel):
    """A catalogue item; ``price`` is the consumer price, VAT included."""

    sku = peewee.CharField(max_length=40, unique=True)
    barcode = peewee.CharField(max_length=20, null=True, unique=True)
    name = peewee.CharField(max_length=200)
    description = peewee.TextField(default="")
    category = peewee.CharField(max_length=80, default="")
    vat_rate = RateField(default=2200)
    vat_exemption = peewee.CharField(max_length=10, default="")
    price = MoneyField()
    cost = MoneyField(default=0)
    stock = peewee.IntegerField(default=0)
    location = peewee.CharField(max_length=20, default="")
    weight_grams = peewee.IntegerField(default=0)
    active = peewee.BooleanField(default=True)
    search_text = peewee.TextField(default="")  # folded name/sku/barcode/description
    updated_at = peewee.DateTimeField(default=now)


class PriceList(BaseModel):
    """A named list of prices; ``includes_vat`` for retail lists, net for business ones."""

    code = peewee.CharField(max_length=20, unique=True)
    name = peewee.CharField(max_length=120)
    includes_vat = peewee.BooleanField(default=False)
    # Products without their own price here are sold at retail net less this discount.
    default_discount = RateField(default=0)
    active = peewee.BooleanField(default=True)


class ProductPrice(BaseModel):
    """One product's price in one price list."""

    price_list = peewee.ForeignKeyField(PriceList, backref="prices", on_delete="CASCADE")
    product = peewee.ForeignKeyField(Product, backref="list_prices", on_delete="CASCADE")
    price = MoneyField()

    class Meta:
        indexes = ((("price_list", "product"), True),)


class Customer(BaseModel):
    """``kind`` is ``b2b`` or ``b2c``; ``status`` is ``lead``, ``active`` or ``inactive``."""

    code = peewee.CharField(max_length=20, unique=True)
    kind = peewee.CharField(max_length=3, index=True)
    name = peewee.CharField(max_length=200)
    search_name = peewee.CharField(max_length=200, index=True)  # folded, for LIKE 'x%'
    vat_number = peewee.CharField(max_length=20, default="", index=True)
    fiscal_code = peewee.CharField(max_length=20, default="", index=True)
    sdi_code = peewee.CharField(max_length=7, default="")
    pec = peewee.CharField(max_length=200, default="")
    email = peewee.CharField(max_length=200, default="")
    price_list = peewee.ForeignKeyField(PriceList, null=True, backref="customers",
                                        on_delete="SET NULL")
    payment_terms = peewee.CharField(max_length=40, default="")
    credit_limit = MoneyField(default=0)
    balance = MoneyField(default=0)
    account_manager = peewee.ForeignKeyField(User, null=True, backref="managed_accounts",
                                             on_delete="SET NULL")
    status = peewee.CharField(max_length=10, default="active", index=True)
    language = peewee.CharField(max_length=5, default="it")
    notes = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=now)
    converted_at = peewee.DateTimeField(null=True)
    brought_in_by = peewee.ForeignKeyField(User, null=True, backref="leads_converted",
                                           on_delete="SET NULL")
    merged_into = peewee.ForeignKeyField("self", null=True, backref="merged_from",
                                         on_delete="SET NULL")
    version = peewee.IntegerField(default=1)


class Contact(BaseModel):
    """A person at a business account."""

    customer = peewee.ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    name = peewee.CharField(max_length=120)
    role = peewee.CharField(max_length=80, default="")
    email = peewee.CharField(max_length=200, default="")
    active = peewee.BooleanField(default=True)


class PhoneNumber(BaseModel):
    """A number of a customer (and optionally of one contact), stored in E.164."""

    customer = peewee.ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    contact = peewee.ForeignKeyField(Contact, null=True, backref="phones", on_delete="CASCADE")
    e164 = peewee.CharField(max_length=20, index=True)
    label = peewee.CharField(max_length=40, default="")


class Address(BaseModel):
    """A delivery (or billing) address; one per customer is the default."""

    customer = peewee.ForeignKeyField(Customer, backref="addresses", on_delete="CASCADE")
    label = peewee.CharField(max_length=80, default="")
    street = peewee.CharField(max_length=200)
    postcode = peewee.CharField(max_length=10, default="")
    city = peewee.CharField(max_length=100, index=True)
    province = peewee.CharField(max_length=2, default="")
    country = peewee.CharField(max_length=2, default="IT")
    is_default = peewee.BooleanField(default=False)


class DocumentSequence(BaseModel):
    """The last number used per series and year (orders, DDT, quotes, receipts).

    Incremented inside the transaction that uses the number, so numbers are gapless and
    unique even with several workstations writing at once.
    """

    series = peewee.CharField(max_length=20)
    year = peewee.IntegerField()
    last_number = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("series", "year"), True),)


class Order(BaseModel):
    """One sale, quote or return.

    ``kind``: sale, quote, return. ``channel``: counter, phone, standing.
    ``status``: completed, open (delivery pending), quote, converted, cancelled, voided.
    """

    number = peewee.CharField(max_length=20, unique=True)
    uuid = peewee.CharField(max_length=36, unique=True)
    kind = peewee.CharField(max_length=10, default="sale", index=True)
    channel = peewee.CharField(max_length=10, default="counter")
    customer = peewee.ForeignKeyField(Customer, null=True, backref="orders", on_delete="RESTRICT")
    rep = peewee.ForeignKeyField(User, backref="orders", on_delete="RESTRICT")
    status = peewee.CharField(max_length=12, default="completed", index=True)
    created_at = peewee.DateTimeField(default=now, index=True)
    prices_include_vat = peewee.BooleanField(default=True)
    cart_discount = RateField(default=0)
    net = MoneyField(default=0)
    vat = MoneyField(default=0)
    gross = MoneyField(default=0)
    paid = MoneyField(default=0)
    valid_until = peewee.DateField(null=True)  # quotes
    origin = peewee.ForeignKeyField("self", null=True, backref="derived", on_delete="SET NULL")
    notes = peewee.TextField(default="")
    version = peewee.IntegerField(default=1)

    class Meta:
        indexes = ((("customer", "created_at"), False), (("rep", "created_at"), False))


class OrderLine(BaseModel):
    """A line with its amounts rounded to the cent (totals are sums of these)."""

    order = peewee.ForeignKeyField(Order, backref="lines", on_delete="CASCADE")
    line_no = peewee.IntegerField()
    product = peewee.ForeignKeyField(Product, null=True, backref="order_lines",
                                     on_delete="SET NULL")
    sku = peewee.CharField(max_length=40)
    description = peewee.CharField(max_length=200)
    quantity = peewee.IntegerField()
    unit_price = MoneyField()
    discount = RateField(default=0)
    vat_rate = RateField()
    vat_exemption = peewee.CharField(max_length=10, default="")
    net = MoneyField()
    vat = MoneyField()
    gross = MoneyField()
    cost = MoneyField(default=0)
    backorder = peewee.BooleanField(default=False)


class Payment(BaseModel):
    """``method``: cash, card, account. Refunds are negative amounts."""

    order = peewee.ForeignKeyField(Order, backref="payments", on_delete="CASCADE")
    method = peewee.CharField(max_length=10)
    amount = MoneyField()
    tendered = MoneyField(null=True)
    change = MoneyField(null=True)
    created_at = peewee.DateTimeField(default=now)


class StockMovement(BaseModel):
    """Every change of stock, with the order that caused it."""

    product = peewee.ForeignKeyField(Product, backref="movements", on_delete="CASCADE")
    quantity = peewee.IntegerField()
    reason = peewee.CharField(max_length=20)  # sale, return, adjustment, import
    order = peewee.ForeignKeyField(Order, null=True, backref="stock_movements",
                                   on_delete="SET NULL")
    user = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = peewee.DateTimeField(default=now)


class ParkedSale(BaseModel):
    """A cart put aside (phone call, next customer); survives restarts until resumed."""

    uuid = peewee.CharField(max_length=36, unique=True)
    user = peewee.ForeignKeyField(User, backref="parked_sales", on_delete="CASCADE")
    customer = peewee.ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    label = peewee.CharField(max_length=120, default="")
    payload = peewee.TextField()  # JSON of the cart
    created_at = peewee.DateTimeField(default=now)


class PrintJob(BaseModel):
    """The print journal: what was printed, when, by whom, and whether it was a copy."""

    document_type = peewee.CharField(max_length=20)
    document_number = peewee.CharField(max_length=30, default="")
    order = peewee.ForeignKeyField(Order, null=True, backref="print_jobs", on_delete="SET NULL")
    user = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    printer = peewee.CharField(max_length=120, default="")
    is_copy = peewee.BooleanField(default=False)
    status = peewee.CharField(max_length=10, default="printed")
    error = peewee.CharField(max_length=200, default="")
    printed_at = peewee.DateTimeField(default=now)


class Carrier(BaseModel):
    """A courier service with its daily pickup, transit days and tracking rules."""

    code = peewee.CharField(max_length=20, unique=True)
    name = peewee.CharField(max_length=80)
    pickup_time = peewee.TimeField()
    cutoff_time = peewee.TimeField()  # orders packed after this miss today's pickup
    transit_days = peewee.IntegerField(default=1)
    express_transit_days = peewee.IntegerField(default=1)
    tracking_url_template = peewee.CharField(max_length=300, default="")  # "...{tracking}..."
    tracking_pattern = peewee.CharField(max_length=120, default="")  # regular expression
    active = peewee.BooleanField(default=True)


class Driver(BaseModel):
    """An in-house courier with a zone and a daily capacity in stops."""

    name = peewee.CharField(max_length=80)
    zone = peewee.CharField(max_length=80, default="")
    provinces = peewee.CharField(max_length=200, default="")  # comma-separated, served same day
    daily_capacity = peewee.IntegerField(default=20)
    cutoff_time = peewee.TimeField()
    active = peewee.BooleanField(default=True)


class Shipment(BaseModel):
    """The delivery of one order.

    ``status``: new, picking, packed, dispatched, delivered, failed, rescheduled, returned,
    cancelled. ``version`` guards against two workstations changing it at once.
    """

    order = peewee.ForeignKeyField(Order, unique=True, backref="shipments", on_delete="CASCADE")
    method = peewee.CharField(max_length=10)  # courier, in_house
    carrier = peewee.ForeignKeyField(Carrier, null=True, backref="shipments", on_delete="RESTRICT")
    driver = peewee.ForeignKeyField(Driver, null=True, backref="shipments", on_delete="RESTRICT")
    recipient = peewee.CharField(max_length=200, default="")
    street = peewee.CharField(max_length=200, default="")
    postcode = peewee.CharField(max_length=10, default="")
    city = peewee.CharField(max_length=100, default="")
    province = peewee.CharField(max_length=2, default="")
    country = peewee.CharField(max_length=2, default="IT")
    phone = peewee.CharField(max_length=20, default="")
    requested_date = peewee.DateField(null=True)
    promised_date = peewee.DateField(null=True, index=True)
    rush = peewee.BooleanField(default=False, index=True)
    rush_feasible = peewee.BooleanField(null=True)
    rush_reason = peewee.CharField(max_length=300, default="")
    parcels = peewee.IntegerField(default=1)
    weight_grams = peewee.IntegerField(default=0)
    tracking_number = peewee.CharField(max_length=40, default="", index=True)
    status = peewee.CharField(max_length=12, default="new", index=True)
    ddt_number = peewee.CharField(max_length=20, default="")
    dispatched_at = peewee.DateTimeField(null=True)
    dispatched_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL",
                                           backref="dispatched_shipments")
    delivered_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=now, index=True)
    version = peewee.IntegerField(default=1)


class ShipmentEvent(BaseModel):
    """One status transition, with who and when."""

    shipment = peewee.ForeignKeyField(Shipment, backref="events", on_delete="CASCADE")
    from_status = peewee.CharField(max_length=12)
    to_status = peewee.CharField(max_length=12)
    user = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    at = peewee.DateTimeField(default=now)
    note = peewee.CharField(max_length=300, default="")


class Call(BaseModel):
    """An inbound or outbound call and how it ended."""

    direction = peewee.CharField(max_length=8)  # inbound, outbound
    number = peewee.CharField(max_length=20, index=True)
    customer = peewee.ForeignKeyField(Customer, null=True, backref="calls", on_delete="SET NULL")
    contact = peewee.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    rep = peewee.ForeignKeyField(User, backref="calls", on_delete="RESTRICT")
    started_at = peewee.DateTimeField(default=now, index=True)
    ended_at = peewee.DateTimeField(null=True)
    purpose = peewee.CharField(max_length=20, default="")
    outcome = peewee.CharField(max_length=20, default="")
    notes = peewee.TextField(default="")
    order = peewee.ForeignKeyField(Order, null=True, backref="calls", on_delete="SET NULL")


class Campaign(BaseModel):
    """A saved filter over customers with a script for the rep."""

    name = peewee.CharField(max_length=120)
    rule = peewee.CharField(max_length=40)  # e.g. b2b_no_order_days, leads_not_contacted
    params = peewee.TextField(default="{}")  # JSON
    script = peewee.TextField(default="")
    active = peewee.BooleanField(default=True)
    created_at = peewee.DateTimeField(default=now)


class Task(BaseModel):
    """A callback or follow-up due at a time, for one rep.

    ``dedup_key`` makes generated tasks (late delivery, impossible rush) idempotent.
    """

    kind = peewee.CharField(max_length=20)  # callback, follow_up, standing_confirm, campaign
    customer = peewee.ForeignKeyField(Customer, null=True, backref="tasks", on_delete="CASCADE")
    assigned_to = peewee.ForeignKeyField(User, backref="tasks", on_delete="RESTRICT")
    due_at = peewee.DateTimeField(index=True)
    status = peewee.CharField(max_length=10, default="open", index=True)
    reason = peewee.TextField(default="")
    order = peewee.ForeignKeyField(Order, null=True, backref="tasks", on_delete="SET NULL")
    call = peewee.ForeignKeyField(Call, null=True, backref="tasks", on_delete="SET NULL")
    campaign = peewee.ForeignKeyField(Campaign, null=True, backref="tasks", on_delete="SET NULL")
    dedup_key = peewee.CharField(max_length=80, null=True, unique=True)
    created_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL",
                                        backref="tasks_created")
    created_at = peewee.DateTimeField(default=now)
    done_at = peewee.DateTimeField(null=True)


class StandingOrder(BaseModel):
    """An order a business account repeats on a schedule."""

    customer = peewee.ForeignKeyField(Customer, backref="standing_orders", on_delete="CASCADE")
    rep = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    interval_days = peewee.IntegerField(default=30)
    next_run = peewee.DateField(index=True)
    needs_confirmation = peewee.BooleanField(default=True)
    active = peewee.BooleanField(default=True)
    notes = peewee.TextField(default="")


class StandingOrderLine(BaseModel):
    """A product and quantity of a standing order."""

    standing_order = peewee.ForeignKeyField(StandingOrder, backref="lines", on_delete="CASCADE")
    product = peewee.ForeignKeyField(Product, on_delete="CASCADE")
    quantity = peewee.IntegerField()


class AuditEntry(BaseModel):
    """Who did what, when; before/after as JSON; the approver when a senior allowed it."""

    at = peewee.DateTimeField(default=now, index=True)
    user = peewee.ForeignKeyField(User, null=True, backref="audit_entries", on_delete="SET NULL")
    approver = peewee.ForeignKeyField(User, null=True, backref="approvals", on_delete="SET NULL")
    action = peewee.CharField(max_length=40, index=True)
    entity = peewee.CharField(max_length=30, default="")
    entity_id = peewee.CharField(max_length=40, default="")
    customer = peewee.ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    amount = MoneyField(null=True)
    before = peewee.TextField(default="")
    after = peewee.TextField(default="")
    reason = peewee.TextField(default="")


class SharedSetting(BaseModel):
    """Shop-wide settings every workstation must agree on (company header, cut-offs)."""

    key = peewee.CharField(max_length=80, primary_key=True)
    value = peewee.TextField()

MODELS = [
    User, CommissionPlan, Quota,
    Product, PriceList, ProductPrice,
    Customer, Contact, PhoneNumber, Address,
    DocumentSequence, Order, OrderLine, Payment, StockMovement, ParkedSale, PrintJob,
    Carrier, Driver, Shipment, ShipmentEvent,
    Call, Campaign, Task, StandingOrder, StandingOrderLine,
    AuditEntry, SharedSetting,
]


def up(db, migrator):
    _proxy.initialize(db)
    db.create_tables(MODELS)
