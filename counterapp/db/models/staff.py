"""Users (staff) of the shop."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, MoneyField, now


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
