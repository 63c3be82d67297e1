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
    """Base pay and commission of a role (or of one user, which wins over the role's plan).

    ``basis``: net or margin. ``tiers``: ``FROM_PCT:RATE_PCT;...`` marginal bands over quota
    attainment (``domain.commission.parse_tiers``). A plan applies to every month whose last
    day is on or after ``valid_from``, until a newer plan (migration 0600).
    ``commission_rate`` is the schema's first, flat rate, kept for old rows.
    """

    role = peewee.CharField(max_length=20, null=True)
    user = peewee.ForeignKeyField(User, null=True, backref="commission_plans", on_delete="CASCADE")
    base_pay = MoneyField(default=0)
    commission_rate = peewee.IntegerField(default=0)  # hundredths of a percent of net sales
    quota_bonus = MoneyField(default=0)
    new_account_bonus = MoneyField(default=0)
    valid_from = peewee.DateField()
    basis = peewee.CharField(max_length=10, default="net")
    tiers = peewee.CharField(max_length=400, default="")
    created_at = peewee.DateTimeField(null=True)


class Quota(BaseModel):
    """A rep's monthly sales target (net of VAT)."""

    user = peewee.ForeignKeyField(User, backref="quotas", on_delete="CASCADE")
    month = peewee.CharField(max_length=7)  # YYYY-MM
    target = MoneyField()

    class Meta:
        indexes = ((("user", "month"), True),)


class MonthClose(BaseModel):
    """A closed month: UNIQUE ``month``, so a second or concurrent close cannot happen."""

    month = peewee.CharField(max_length=7, unique=True)
    closed_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL",
                                       backref="months_closed")
    closed_by_login = peewee.CharField(max_length=40, default="")
    closed_by_name = peewee.CharField(max_length=120, default="")
    closed_at = peewee.DateTimeField()
    credit_rule = peewee.CharField(max_length=20, default="taker")


class MonthCloseRep(BaseModel):
    """One rep's figures frozen by a close; money in cents, attainment in tenths of a %."""

    month_close = peewee.ForeignKeyField(MonthClose, backref="reps", on_delete="CASCADE")
    user = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="closed_months")
    login = peewee.CharField(max_length=40)
    display_name = peewee.CharField(max_length=120, default="")
    basis = peewee.CharField(max_length=10, default="net")
    tiers = peewee.CharField(max_length=400, default="")
    quota = MoneyField(null=True)
    credited_net = MoneyField(default=0)
    returns_net = MoneyField(default=0)
    margin = MoneyField(default=0)
    attainment_tenths = peewee.IntegerField(null=True)
    commission = MoneyField(default=0)
    quota_bonus = MoneyField(default=0)
    new_accounts = peewee.IntegerField(default=0)
    new_account_bonus = MoneyField(default=0)
    base_pay = MoneyField(default=0)
    total_pay = MoneyField(default=0)
    orders = peewee.IntegerField(default=0)
    calls = peewee.IntegerField(default=0)
    delivered = peewee.IntegerField(default=0)
    on_time = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("month_close", "login"), True),)
