"""What was agreed at the counter reaches the paper: the delivery note typed in the Deliver
dialog, parcels, weight and tracking asked at dispatch, the cart discount (issue 12).

Sales go through the real checkout and dispatch through the shipping service; the PDFs
are read back.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from counterapp.db.models import Product, Shipment
from counterapp.domain.errors import ValidationError
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.delivery import DeliveryRequest
from tests.services.shipping_fixtures import make_carrier, make_customer
from tests.services.test_printing_fixtures import pdf_text

D = Decimal
NOTE = "Call before arrival, ask for Mario"
MONDAY = dt.datetime(2026, 11, 23, 10, 0)


def words(pdf: bytes) -> str:
    """The PDF's text with every run of whitespace as one space."""
    return " ".join(pdf_text(pdf).split())


@pytest.fixture
def shop(services):
    services.ctx.clock = lambda: MONDAY
    make_carrier("BRT")
    heavy = Product.create(sku="CEM-25", name="Cemento 25 kg", price=D("9.76"),
                           vat_rate=D("22"), stock=50, weight_grams=25_000)
    light = Product.create(sku="GUA-L", name="Guanti da lavoro", price=D("3.66"),
                           vat_rate=D("22"), stock=50, weight_grams=80)
    return services, heavy.id, light.id, make_customer("Edilizia Esposito").id


def _deliver(services, actor, products, customer, *, notes=NOTE, cart_discount=None):
    draft = CartDraft(lines=tuple(CartLineInput(p, q) for p, q in products),
                      customer_id=customer, channel="counter",
                      cart_discount_pct=cart_discount or D("0"))
    request = DeliveryRequest(method="courier", carrier_code="BRT", notes=notes)
    sale = services.checkout.checkout(actor, draft, [], sale_uuid=f"s-{len(products)}-{len(notes)}",
                                      delivery=request)
    return sale, Shipment.get(Shipment.order == sale.order_id)


def test_delivery_note_prints_on_slip_packing_slip_and_ddt(shop, staff):
    services, heavy, light, customer = shop
    sale, _ = _deliver(services, staff["mgr"], [(heavy, 2), (light, 3)], customer)

    for doc_type in ("slip", "packing", "delivery-note"):
        text = words(services.printing.render(staff["mgr"], doc_type, sale.number).pdf)
        assert NOTE in text, doc_type


def test_weight_defaults_to_the_products_and_dispatch_sets_parcels_weight_tracking(shop, staff):
    services, heavy, light, customer = shop
    sale, shipment = _deliver(services, staff["mgr"], [(heavy, 2), (light, 3)], customer)
    assert shipment.weight_grams == 2 * 25_000 + 3 * 80

    services.shipping.dispatch(staff["junior"], [(shipment.id, shipment.version)],
                               "123456789012", parcels=3, weight_grams=50_500)
    text = words(services.printing.render(staff["mgr"], "delivery-note", sale.number).pdf)

    assert "Colli 3" in text
    assert "Peso (kg) 50,50" in text
    assert "123456789012" in text
    assert "N. spedizione —" not in text


def test_courier_dispatch_without_tracking_asks_for_it_or_a_promise(shop, staff):
    services, heavy, _light, customer = shop
    _sale, shipment = _deliver(services, staff["mgr"], [(heavy, 1)], customer)

    with pytest.raises(ValidationError) as refused:
        services.shipping.dispatch(staff["junior"], [(shipment.id, shipment.version)])
    assert refused.value.field == "tracking_number"
    assert Shipment.get_by_id(shipment.id).status == "new"
    [row] = services.shipping.dispatch(staff["junior"], [(shipment.id, shipment.version)],
                                       tracking_later=True)
    assert row.status == "dispatched"


def test_dispatch_refuses_bad_counts_and_changes_nothing(shop, staff):
    services, heavy, _light, customer = shop
    _sale, shipment = _deliver(services, staff["mgr"], [(heavy, 1)], customer)
    for kwargs, field in (({"parcels": 0}, "parcels"), ({"weight_grams": -5}, "weight_grams")):
        with pytest.raises(ValidationError) as refused:
            services.shipping.dispatch(staff["junior"], [(shipment.id, shipment.version)],
                                       "123456789012", **kwargs)
        assert refused.value.field == field
    assert Shipment.get_by_id(shipment.id).status == "new"


def test_unknown_product_weight_leaves_the_weight_to_the_bench(shop, staff):
    services, heavy, _light, customer = shop
    unknown = Product.create(sku="X-1", name="Senza peso", price=D("1.22"), vat_rate=D("22"),
                             stock=5).id
    _sale, shipment = _deliver(services, staff["mgr"], [(heavy, 1), (unknown, 1)], customer)
    assert shipment.weight_grams == 0


def test_receipt_and_quote_print_the_cart_discount(shop, staff):
    services, heavy, light, customer = shop
    draft = CartDraft(lines=(CartLineInput(heavy, 2), CartLineInput(light, 1)),
                      customer_id=None, cart_discount_pct=D("10"))
    gross = services.pricing.price_cart(draft).gross
    sale = services.checkout.checkout(staff["mgr"], draft, [PaymentInput("card", gross)],
                                      sale_uuid="discounted")
    receipt = words(services.printing.render(staff["mgr"], "receipt", sale.number).pdf)
    assert "Sconto sul totale 10 % Sconti -2,32 TOTALE 20,86 €" in receipt
    quote = services.quotes.save_quote(staff["mgr"], draft, dt.date(2026, 12, 23))
    text = words(services.printing.render(staff["mgr"], "quote", quote.number).pdf)
    assert "Sconto sul totale 10 %" in text
