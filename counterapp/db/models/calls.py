"""Phone calls, tasks (callbacks, follow-ups), campaigns and standing orders."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, now
from counterapp.db.models.catalog import Product
from counterapp.db.models.customers import Address, Contact, Customer
from counterapp.db.models.orders import Order
from counterapp.db.models.staff import User


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
    """An order a business account repeats on a schedule (migration 0800).

    ``rrule`` is an RFC 5545 rule expanded from ``start_date`` (``domain.schedule``);
    ``status`` is active, paused or ended (``active`` mirrors it for older readers);
    ``next_run`` is the next run not yet made, kept by the standing-orders service; runs
    before ``not_before`` (the day it was created or last resumed) are never made.
    ``delivery_method`` is courier, in_house, or empty when the customer collects.
    ``interval_days`` is the schema's first schedule, kept for old rows.
    """

    customer = peewee.ForeignKeyField(Customer, backref="standing_orders", on_delete="CASCADE")
    rep = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    interval_days = peewee.IntegerField(default=30)
    next_run = peewee.DateField(index=True)
    needs_confirmation = peewee.BooleanField(default=True)
    active = peewee.BooleanField(default=True)
    notes = peewee.TextField(default="")
    rrule = peewee.CharField(max_length=200, default="")
    start_date = peewee.DateField(null=True)
    not_before = peewee.DateField(null=True)
    status = peewee.CharField(max_length=10, default="active")
    delivery_method = peewee.CharField(max_length=10, default="")
    address = peewee.ForeignKeyField(Address, null=True, on_delete="SET NULL")
    version = peewee.IntegerField(default=1)
    created_at = peewee.DateTimeField(null=True)
    updated_at = peewee.DateTimeField(null=True)


class StandingOrderLine(BaseModel):
    """A product and quantity of a standing order."""

    standing_order = peewee.ForeignKeyField(StandingOrder, backref="lines", on_delete="CASCADE")
    product = peewee.ForeignKeyField(Product, on_delete="CASCADE")
    quantity = peewee.IntegerField()


class StandingRun(BaseModel):
    """One run of a standing order: UNIQUE (standing order, run date).

    ``status``: waiting (for the confirmation call), confirmed, confirmed_with_changes,
    skipped, generated, failed. ``lines_override`` (JSON ``[[product_id, quantity], ...]``)
    replaces the standing order's lines for this run only. ``price_changed`` and
    ``shortage`` flag what the rep must know about the order it made.
    """

    standing_order = peewee.ForeignKeyField(StandingOrder, backref="runs", on_delete="CASCADE")
    run_date = peewee.DateField()
    status = peewee.CharField(max_length=24)
    reason = peewee.TextField(default="")
    order = peewee.ForeignKeyField(Order, null=True, on_delete="SET NULL")
    confirm_task = peewee.ForeignKeyField(Task, null=True, on_delete="SET NULL",
                                          backref="confirmed_runs")
    escalation_task = peewee.ForeignKeyField(Task, null=True, on_delete="SET NULL",
                                             backref="escalated_runs")
    lines_override = peewee.TextField(default="")
    price_changed = peewee.BooleanField(default=False)
    shortage = peewee.BooleanField(default=False)
    created_at = peewee.DateTimeField(default=now)
    updated_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("standing_order", "run_date"), True), (("status", "run_date"), False))
