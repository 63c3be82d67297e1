"""The audit log (append-only) and settings shared by all workstations."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, MoneyField, now
from counterapp.db.models.customers import Customer
from counterapp.db.models.staff import User


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
