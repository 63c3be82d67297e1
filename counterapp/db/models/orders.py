"""Orders (every sale, quote and return, whatever the channel), lines, payments, stock."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, MoneyField, RateField, now
from counterapp.db.models.catalog import Product
from counterapp.db.models.customers import Customer
from counterapp.db.models.staff import User


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
    # The RT fiscal printer's document (migration 0900; services/devices/fiscal.py):
    # fiscal_status none (no fiscal printer), pending (to print; fiscal_error says why),
    # printed, manual (sent without an answer: check the printer's journal).
    fiscal_number = peewee.CharField(max_length=12, default="")  # ZZZZ-NNNN
    fiscal_z = peewee.IntegerField(null=True)
    fiscal_document = peewee.IntegerField(null=True)
    fiscal_status = peewee.CharField(max_length=10, default="none")
    fiscal_error = peewee.CharField(max_length=200, default="")
    fiscal_serial = peewee.CharField(max_length=20, default="")
    fiscal_at = peewee.DateTimeField(null=True)

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
    # On a return line: the sale line given back (migration 0201).
    origin_line = peewee.ForeignKeyField("self", null=True, backref="returned_lines",
                                         on_delete="SET NULL")


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
