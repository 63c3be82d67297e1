"""The model base class and the exact field types money and rates are stored in."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee

from counterapp.db.database import database_proxy
from counterapp.domain.money import from_cents, to_cents


class MoneyField(peewee.BigIntegerField):
    """Euros as ``Decimal`` in Python, integer cents in the database (never REAL)."""

    def db_value(self, value):
        if value is None:
            return None
        return to_cents(Decimal(value))

    def python_value(self, value):
        return None if value is None else from_cents(value)


class RateField(peewee.IntegerField):
    """A percentage (VAT rate, discount) as ``Decimal``, stored in hundredths of a percent."""

    def db_value(self, value):
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def python_value(self, value):
        return None if value is None else (Decimal(value) / 100).normalize()


def now() -> dt.datetime:
    """Local wall-clock time to the second: what a clerk sees and what exports print."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(peewee.Model):
    """All models share the proxy bound by ``counterapp.db.connect``."""

    class Meta:
        database = database_proxy
        legacy_table_names = False
