"""Shared set-up for the phone panel tests: customers with numbers, a hand-moved clock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from counterapp.db.models import Contact, Customer, PhoneNumber

T0 = dt.datetime(2026, 11, 27, 10, 0, 0)


class Clock:
    """A clock the test moves by hand (``services.ctx.clock = clock``)."""

    def __init__(self, start: dt.datetime = T0):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


def make_customer(name="Rossi & Figli SRL", kind="b2b", number="+390212345678",
                  contact=None, manager=None, code=None) -> Customer:
    """A customer with one phone number (of a contact when ``contact`` names one)."""
    customer = Customer.create(code=code or f"C{Customer.select().count() + 1:05d}", kind=kind,
                               name=name, search_name=name.lower(), account_manager=manager,
                               balance=Decimal("10.00"), credit_limit=Decimal("500"))
    person = Contact.create(customer=customer, name=contact) if contact else None
    if number:
        PhoneNumber.create(customer=customer, contact=person, e164=number)
    return customer
