"""The two-month shop the performance tests share (services, documents, integration)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from counterapp.db.models import Product, Shipment
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.delivery import DeliveryRequest
from tests.services.shipping_fixtures import make_carrier, make_customer

D = Decimal


class Clock:
    """A clock the tests move by hand."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def sell(services, actor, product, quantity, *, customer=None, channel="counter",
          delivery=None, uuid):
    """One sale by ``actor`` (paid by card, or a delivery paid later)."""
    draft = CartDraft(lines=(CartLineInput(product, quantity),), customer_id=customer,
                      channel=channel)
    gross = services.pricing.price_cart(draft).gross
    payments = [] if delivery else [PaymentInput("card", gross)]
    return services.checkout.checkout(actor, draft, payments, sale_uuid=uuid, delivery=delivery)


def refund(services, actor, number, quantity, uuid):
    """Give back ``quantity`` of the first line of sale ``number``."""
    line = services.returns.find_sale(number).lines[0]
    return services.returns.refund(actor, number, [(line.id, quantity)], refund_uuid=uuid)


def build_shop(services, staff) -> dict:
    """November and December 2026 of a small shop (see tests/services/test_performance.py)."""
    clock = Clock(dt.datetime(2026, 11, 10, 10, 0))
    services.ctx.clock = clock
    make_carrier("BRT")
    mug = Product.create(sku="MUG", name="Tazza", price=D("12.20"), vat_rate=D("22"),
                         stock=500, cost=D("6.00")).id
    managed = make_customer("Bar Centrale & Figli <SNC>", code="BAR01", manager="am").id
    junior, senior, am, mgr = (staff[k] for k in ("junior", "senior", "am", "mgr"))
    sale = sell(services, junior, mug, 5, uuid="s1")  # counter: 50.00 net, junior Nov
    sell(services, senior, mug, 2, customer=managed, channel="phone", uuid="s2")
    sell(services, am, mug, 3, customer=managed, channel="standing", uuid="s3")
    lead = services.calls.create_lead(junior, "0298765432", "Lead Nuovo Srl").customer_id
    services.customers.convert_lead(junior, lead)
    sell(services, junior, mug, 1, customer=lead, uuid="s4")  # the lead's first order
    clock.now = dt.datetime(2026, 11, 25, 10, 0)
    delivery = sell(services, junior, mug, 4, customer=managed, uuid="s5",
                     delivery=DeliveryRequest(method="courier", carrier_code="BRT"))
    shipment = Shipment.get(Shipment.order == delivery.order_id)
    services.shipping.dispatch(junior, [(shipment.id, shipment.version)], tracking_later=True)
    clock.now = dt.datetime(2026, 12, 2, 9, 0)
    shipment = Shipment.get_by_id(shipment.id)
    services.shipping.mark_delivered(junior, [(shipment.id, shipment.version)])
    clock.now = dt.datetime(2026, 12, 3, 9, 0)
    refund(services, senior, sale.number, 1, "r1")  # junior's clawback, in December
    return dict(clock=clock, mug=mug, managed=managed, sale=sale.number, lead=lead,
                staff=staff, mgr=mgr)
