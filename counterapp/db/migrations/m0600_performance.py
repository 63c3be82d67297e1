"""0600: commission plans get a basis and tiers; months can be closed into a snapshot.

``commission_plan`` gains ``basis`` (net or margin), ``tiers`` (``FROM_PCT:RATE_PCT;...``,
marginal bands over quota attainment) and ``created_at``; an existing plan's flat
``commission_rate`` becomes the single tier ``0:RATE``. A plan is chosen by (user or role,
``valid_from``), hence the two indexes.

``month_close`` holds one row per closed month, UNIQUE on ``month``: two workstations
closing the same month at once cannot both succeed, and the loser reads who closed it and
when. ``month_close_rep`` holds each rep's frozen figures for that close.

The indexes let the month's crediting queries run from an index range: returns by
(kind, created_at), leads by who brought them in.
"""

from __future__ import annotations

from decimal import Decimal

import peewee

_proxy = peewee.DatabaseProxy()


class _Base(peewee.Model):
    class Meta:
        database = _proxy
        legacy_table_names = False


class _User(_Base):
    class Meta:
        table_name = "user"


class MonthClose(_Base):
    """A closed month (frozen copy of the model as of 0600)."""

    month = peewee.CharField(max_length=7, unique=True)
    closed_by = peewee.ForeignKeyField(_User, null=True, on_delete="SET NULL")
    closed_by_login = peewee.CharField(max_length=40, default="")
    closed_by_name = peewee.CharField(max_length=120, default="")
    closed_at = peewee.DateTimeField()
    credit_rule = peewee.CharField(max_length=20, default="taker")

    class Meta:
        table_name = "month_close"


class MonthCloseRep(_Base):
    """One rep's frozen month (frozen copy of the model as of 0600)."""

    month_close = peewee.ForeignKeyField(MonthClose, on_delete="CASCADE")
    user = peewee.ForeignKeyField(_User, null=True, on_delete="SET NULL")
    login = peewee.CharField(max_length=40)
    display_name = peewee.CharField(max_length=120, default="")
    basis = peewee.CharField(max_length=10, default="net")
    tiers = peewee.CharField(max_length=400, default="")
    quota = peewee.BigIntegerField(null=True)
    credited_net = peewee.BigIntegerField(default=0)
    returns_net = peewee.BigIntegerField(default=0)
    margin = peewee.BigIntegerField(default=0)
    attainment_tenths = peewee.IntegerField(null=True)
    commission = peewee.BigIntegerField(default=0)
    quota_bonus = peewee.BigIntegerField(default=0)
    new_accounts = peewee.IntegerField(default=0)
    new_account_bonus = peewee.BigIntegerField(default=0)
    base_pay = peewee.BigIntegerField(default=0)
    total_pay = peewee.BigIntegerField(default=0)
    orders = peewee.IntegerField(default=0)
    calls = peewee.IntegerField(default=0)
    delivered = peewee.IntegerField(default=0)
    on_time = peewee.IntegerField(default=0)

    class Meta:
        table_name = "month_close_rep"
        indexes = ((("month_close", "login"), True),)


def up(db, migrator) -> None:
    """Add the plan columns, turn flat rates into one tier, create the close tables."""
    from playhouse.migrate import migrate  # noqa: PLC0415 (only the runner needs it)

    _proxy.initialize(db)
    migrate(
        migrator.add_column("commission_plan", "basis",
                            peewee.CharField(max_length=10, default="net")),
        migrator.add_column("commission_plan", "tiers",
                            peewee.CharField(max_length=400, default="")),
        migrator.add_column("commission_plan", "created_at", peewee.DateTimeField(null=True)),
    )
    rows = db.execute_sql("SELECT id, commission_rate FROM commission_plan").fetchall()
    for plan_id, rate in rows:
        tiers = "0:" + format((Decimal(rate or 0) / 100).normalize() + 0, "f")
        db.execute_sql("UPDATE commission_plan SET tiers = " + db.param  # noqa: S608
                       + " WHERE id = " + db.param, (tiers, plan_id))
    db.create_tables([MonthClose, MonthCloseRep])
    db.execute_sql("CREATE INDEX IF NOT EXISTS commission_plan_user_valid "
                   "ON commission_plan (user_id, valid_from)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS commission_plan_role_valid "
                   "ON commission_plan (role, valid_from)")
    db.execute_sql('CREATE INDEX IF NOT EXISTS order_kind_created ON "order" (kind, created_at)')
    db.execute_sql("CREATE INDEX IF NOT EXISTS customer_brought_in_by "
                   "ON customer (brought_in_by_id)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_status_delivered "
                   "ON shipment (status, delivered_at)")
