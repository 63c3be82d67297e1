"""What a clerk asks for when goods are to be delivered (shared by sales and shipping)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DeliveryRequest:
    """Delivery wished for an order; the shipping service decides the promised date.

    ``method`` is ``courier`` or ``in_house``; ``carrier_code``/``driver_id`` may be left
    empty to let the shipping service choose. ``address_id`` picks one of the customer's
    addresses; the free-text fields override it (a walk-in consumer's address).
    """

    method: str = "courier"
    carrier_code: str = ""
    driver_id: int | None = None
    address_id: int | None = None
    recipient: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    province: str = ""
    country: str = "IT"
    phone: str = ""
    requested_date: dt.date | None = None
    rush: bool = False
    parcels: int = 1
    weight_grams: int = 0
    notes: str = ""
