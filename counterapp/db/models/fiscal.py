"""The fiscal journal: every document asked of an RT fiscal printer (migration 0900)."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, MoneyField, now
from counterapp.db.models.orders import Order
from counterapp.db.models.staff import User


class FiscalJournal(BaseModel):
    """One fiscal document: claimed (``sending``) before it is sent, then its outcome.

    ``kind``: receipt, refund, void, closure, drawer. ``status``: sending, printed, failed
    (the printer refused or was not reached: safe to send again), unknown (sent, no answer:
    ask the printer before sending again), manual (a person must check the printer's
    journal). ``before_z``/``before_number``: the printer's last document just before this
    one was sent, which tells a retry whether the lost attempt was printed.
    """

    order = peewee.ForeignKeyField(Order, null=True, backref="fiscal_documents",
                                   on_delete="SET NULL")
    kind = peewee.CharField(max_length=10)
    status = peewee.CharField(max_length=10)
    workstation = peewee.CharField(max_length=60, default="")
    device = peewee.CharField(max_length=120, default="")
    amount = MoneyField(default=0)
    before_z = peewee.IntegerField(null=True)
    before_number = peewee.IntegerField(null=True)
    z_number = peewee.IntegerField(null=True)
    document_number = peewee.IntegerField(null=True)
    printer_serial = peewee.CharField(max_length=20, default="")
    lottery_code = peewee.CharField(max_length=8, default="")
    error_code = peewee.CharField(max_length=20, default="")
    error = peewee.CharField(max_length=200, default="")
    attempts = peewee.IntegerField(default=0)
    user = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = peewee.DateTimeField(default=now)
    updated_at = peewee.DateTimeField(default=now)

    class Meta:
        table_name = "fiscal_journal"
        indexes = ((("order", "kind"), True), (("status", "created_at"), False))
