"""Setup helpers for the shipping tests: carriers, drivers, customers and bare orders.

Orders are created as rows (the sales service is another engineer's); shipments always go
through ``add_shipment`` or the shipping service, the things under test.
"""

from __future__ import annotations

import datetime as dt
import uuid

from counterapp.db.models import Address, Carrier, Customer, Driver, Order, User


def make_carrier(code: str = "BRT", *, name: str = "BRT Corriere", pickup: str = "17:00",
                 cutoff: str = "16:00", transit: int = 1, express: int = 1,
                 pattern: str = r"^\d{12}$") -> Carrier:
    """A courier service with a daily pickup and cut-off."""
    return Carrier.create(code=code, name=name, pickup_time=dt.time.fromisoformat(pickup),
                          cutoff_time=dt.time.fromisoformat(cutoff), transit_days=transit,
                          express_transit_days=express,
                          tracking_url_template="https://track.example/{tracking}",
                          tracking_pattern=pattern)


def make_driver(name: str = "Luca Autista", *, provinces: str = "MI,MB", capacity: int = 3,
                cutoff: str = "11:00") -> Driver:
    """An in-house driver serving a few provinces."""
    return Driver.create(name=name, zone="Milano", provinces=provinces,
                         daily_capacity=capacity, cutoff_time=dt.time.fromisoformat(cutoff))


def make_customer(name: str = "Rossi & Figli SRL", *, code: str | None = None,
                  manager: str | None = None) -> Customer:
    """A business customer with a default address in Milan."""
    customer = Customer.create(
        code=code or f"C{uuid.uuid4().hex[:8].upper()}", kind="b2b", name=name,
        search_name=name.lower(),
        account_manager=User.get(User.login == manager) if manager else None)
    Address.create(customer=customer, street="Via Roma 1", postcode="20121", city="Milano",
                   province="MI", is_default=True)
    return customer


def make_order(rep_login: str, customer: Customer | None, *, number: str | None = None,
               channel: str = "phone", created_at: dt.datetime | None = None) -> Order:
    """A bare open order (no lines): enough for a shipment."""
    rep = User.get(User.login == rep_login)
    return Order.create(number=number or f"O{uuid.uuid4().hex[:10].upper()}",
                        uuid=str(uuid.uuid4()), channel=channel, customer=customer, rep=rep,
                        status="open", created_at=created_at or dt.datetime(2026, 11, 23, 9))
