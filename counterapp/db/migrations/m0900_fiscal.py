"""0900: the RT fiscal printer's numbers on each order, and the fiscal journal.

``order`` gains ``fiscal_number`` (``ZZZZ-NNNN``, empty when none), ``fiscal_z`` and
``fiscal_document`` (the two numbers), ``fiscal_status`` (none, pending, printed, manual),
``fiscal_error`` (why it is pending, for the clerk), ``fiscal_serial`` (the printer's
serial, which a refund must name) and ``fiscal_at``.

``fiscal_journal`` holds one row per fiscal document asked of a printer (sale receipt,
refund, void, daily closure, drawer): claimed before anything is sent, so a retry, another
window or another workstation never sends a second receipt for the same order — UNIQUE
(order, kind) for documents of an order.
"""

from __future__ import annotations

import peewee

_proxy = peewee.DatabaseProxy()


class _Base(peewee.Model):
    class Meta:
        database = _proxy
        legacy_table_names = False


class _Order(_Base):
    class Meta:
        table_name = "order"


class _User(_Base):
    class Meta:
        table_name = "user"


class FiscalJournal(_Base):
    """Frozen copy of ``counterapp.db.models.fiscal.FiscalJournal`` as of 0900."""

    order = peewee.ForeignKeyField(_Order, null=True, on_delete="SET NULL")
    kind = peewee.CharField(max_length=10)
    status = peewee.CharField(max_length=10)
    workstation = peewee.CharField(max_length=60, default="")
    device = peewee.CharField(max_length=120, default="")
    amount = peewee.BigIntegerField(default=0)  # cents, as MoneyField
    before_z = peewee.IntegerField(null=True)
    before_number = peewee.IntegerField(null=True)
    z_number = peewee.IntegerField(null=True)
    document_number = peewee.IntegerField(null=True)
    printer_serial = peewee.CharField(max_length=20, default="")
    lottery_code = peewee.CharField(max_length=8, default="")
    error_code = peewee.CharField(max_length=20, default="")
    error = peewee.CharField(max_length=200, default="")
    attempts = peewee.IntegerField(default=0)
    user = peewee.ForeignKeyField(_User, null=True, on_delete="SET NULL")
    created_at = peewee.DateTimeField()
    updated_at = peewee.DateTimeField()

    class Meta:
        table_name = "fiscal_journal"
        indexes = ((("order", "kind"), True), (("status", "created_at"), False))


def up(db, migrator) -> None:
    """Add the order's fiscal columns and create ``fiscal_journal``."""
    from playhouse.migrate import migrate  # noqa: PLC0415 (only the runner needs it)

    _proxy.initialize(db)
    migrate(
        migrator.add_column("order", "fiscal_number", peewee.CharField(max_length=12, default="")),
        migrator.add_column("order", "fiscal_z", peewee.IntegerField(null=True)),
        migrator.add_column("order", "fiscal_document", peewee.IntegerField(null=True)),
        migrator.add_column("order", "fiscal_status",
                            peewee.CharField(max_length=10, default="none")),
        migrator.add_column("order", "fiscal_error", peewee.CharField(max_length=200, default="")),
        migrator.add_column("order", "fiscal_serial", peewee.CharField(max_length=20, default="")),
        migrator.add_column("order", "fiscal_at", peewee.DateTimeField(null=True)),
    )
    db.create_tables([FiscalJournal])
    # The counter's "fiscal documents pending" notice reads this on every sale.
    db.execute_sql('CREATE INDEX IF NOT EXISTS order_fiscal_status ON "order" (fiscal_status)')
