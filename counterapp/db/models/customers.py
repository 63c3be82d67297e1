"""Customers (B2B accounts and B2C consumers), their contacts, phones and addresses."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, MoneyField, now
from counterapp.db.models.catalog import PriceList
from counterapp.db.models.staff import User


class Customer(BaseModel):
    """``kind`` is ``b2b`` or ``b2c``; ``status`` is ``lead``, ``active`` or ``inactive``."""

    code = peewee.CharField(max_length=20, unique=True)
    kind = peewee.CharField(max_length=3, index=True)
    name = peewee.CharField(max_length=200)
    search_name = peewee.CharField(max_length=200, index=True)  # folded, for LIKE 'x%'
    vat_number = peewee.CharField(max_length=20, default="", index=True)
    fiscal_code = peewee.CharField(max_length=20, default="", index=True)
    sdi_code = peewee.CharField(max_length=7, default="")
    pec = peewee.CharField(max_length=200, default="")
    email = peewee.CharField(max_length=200, default="")
    price_list = peewee.ForeignKeyField(PriceList, null=True, backref="customers",
                                        on_delete="SET NULL")
    payment_terms = peewee.CharField(max_length=40, default="")
    credit_limit = MoneyField(default=0)
    balance = MoneyField(default=0)
    account_manager = peewee.ForeignKeyField(User, null=True, backref="managed_accounts",
                                             on_delete="SET NULL")
    status = peewee.CharField(max_length=10, default="active", index=True)
    language = peewee.CharField(max_length=5, default="it")
    notes = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=now)
    converted_at = peewee.DateTimeField(null=True)
    brought_in_by = peewee.ForeignKeyField(User, null=True, backref="leads_converted",
                                           on_delete="SET NULL")
    merged_into = peewee.ForeignKeyField("self", null=True, backref="merged_from",
                                         on_delete="SET NULL")
    version = peewee.IntegerField(default=1)


class Contact(BaseModel):
    """A person at a business account."""

    customer = peewee.ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    name = peewee.CharField(max_length=120)
    role = peewee.CharField(max_length=80, default="")
    email = peewee.CharField(max_length=200, default="")
    active = peewee.BooleanField(default=True)


class PhoneNumber(BaseModel):
    """A number of a customer (and optionally of one contact), stored in E.164."""

    customer = peewee.ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    contact = peewee.ForeignKeyField(Contact, null=True, backref="phones", on_delete="CASCADE")
    e164 = peewee.CharField(max_length=20, index=True)
    label = peewee.CharField(max_length=40, default="")


class Address(BaseModel):
    """A delivery (or billing) address; one per customer is the default."""

    customer = peewee.ForeignKeyField(Customer, backref="addresses", on_delete="CASCADE")
    label = peewee.CharField(max_length=80, default="")
    street = peewee.CharField(max_length=200)
    postcode = peewee.CharField(max_length=10, default="")
    city = peewee.CharField(max_length=100, index=True)
    province = peewee.CharField(max_length=2, default="")
    country = peewee.CharField(max_length=2, default="IT")
    is_default = peewee.BooleanField(default=False)
