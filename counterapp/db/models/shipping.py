"""Delivery methods (courier services, in-house drivers), shipments and their history."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, now
from counterapp.db.models.orders import Order
from counterapp.db.models.staff import User


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
    # The carrier's (else the driver's) name, for sorting the queue by an index. Database
    # triggers (migration m0403) fill and keep it: never write it from Python.
    carrier_label = peewee.CharField(max_length=80, default="")


class ShipmentEvent(BaseModel):
    """One status transition, with who and when."""

    shipment = peewee.ForeignKeyField(Shipment, backref="events", on_delete="CASCADE")
    from_status = peewee.CharField(max_length=12)
    to_status = peewee.CharField(max_length=12)
    user = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    at = peewee.DateTimeField(default=now)
    note = peewee.CharField(max_length=300, default="")
