"""0800: standing orders get a schedule, a delivery, a life cycle and a history of runs.

``standing_order`` gains the RFC 5545 rule and its start (``rrule``, ``start_date``), the
delivery (``delivery_method``: courier, in_house, or empty when the customer collects;
``address_id``), ``status`` (active, paused, ended; ``active`` stays for the readers that
know only it), ``not_before`` (runs earlier than this are never made: the day it was created
or resumed), ``version`` for optimistic locking, and the times. Existing rows become
"every ``interval_days`` days from ``next_run``".

``standing_run`` holds one row per standing order and run date, UNIQUE on the pair: it is
written in the same transaction as the order a run makes, so two workstations, or a run
repeated after a crash, can never make a second order for the same run.
"""

from __future__ import annotations

import peewee

from counterapp.db.database import is_sqlite

_proxy = peewee.DatabaseProxy()


class _Base(peewee.Model):
    class Meta:
        database = _proxy
        legacy_table_names = False


class _StandingOrder(_Base):
    class Meta:
        table_name = "standing_order"


class _Order(_Base):
    class Meta:
        table_name = "order"


class _Task(_Base):
    class Meta:
        table_name = "task"


class _Address(_Base):
    class Meta:
        table_name = "address"


class StandingRun(_Base):
    """One run of a standing order (frozen copy of the model as of 0800)."""

    standing_order = peewee.ForeignKeyField(_StandingOrder, on_delete="CASCADE")
    run_date = peewee.DateField()
    status = peewee.CharField(max_length=24)
    reason = peewee.TextField(default="")
    order = peewee.ForeignKeyField(_Order, null=True, on_delete="SET NULL")
    confirm_task = peewee.ForeignKeyField(_Task, null=True, on_delete="SET NULL")
    escalation_task = peewee.ForeignKeyField(_Task, null=True, on_delete="SET NULL")
    lines_override = peewee.TextField(default="")
    price_changed = peewee.BooleanField(default=False)
    shortage = peewee.BooleanField(default=False)
    created_at = peewee.DateTimeField()
    updated_at = peewee.DateTimeField()

    class Meta:
        table_name = "standing_run"
        indexes = ((("standing_order", "run_date"), True), (("status", "run_date"), False))


def up(db, migrator) -> None:
    """Add the columns, fill them for existing rows, create ``standing_run``."""
    from playhouse.migrate import migrate  # noqa: PLC0415 (only the runner needs it)

    _proxy.initialize(db)
    migrate(
        migrator.add_column("standing_order", "rrule",
                            peewee.CharField(max_length=200, default="")),
        migrator.add_column("standing_order", "start_date", peewee.DateField(null=True)),
        migrator.add_column("standing_order", "not_before", peewee.DateField(null=True)),
        migrator.add_column("standing_order", "status",
                            peewee.CharField(max_length=10, default="active")),
        migrator.add_column("standing_order", "delivery_method",
                            peewee.CharField(max_length=10, default="")),
        migrator.add_column("standing_order", "address_id",
                            peewee.ForeignKeyField(_Address, null=True, on_delete="SET NULL",
                                                   field=_Address.id)),
        migrator.add_column("standing_order", "version", peewee.IntegerField(default=1)),
        migrator.add_column("standing_order", "created_at", peewee.DateTimeField(null=True)),
        migrator.add_column("standing_order", "updated_at", peewee.DateTimeField(null=True)),
    )
    text = "TEXT" if is_sqlite(db) else "VARCHAR"
    db.execute_sql(
        "UPDATE standing_order SET "  # noqa: S608 (no user text)
        f"rrule = 'FREQ=DAILY;INTERVAL=' || CAST(interval_days AS {text}), "
        "start_date = next_run, not_before = next_run, "
        "status = CASE WHEN active THEN 'active' ELSE 'ended' END "
        "WHERE rrule = ''")
    db.create_tables([StandingRun])
