"""Bad input is refused with a message naming the field, and nothing is written."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterapp.db.models import (
    AuditEntry,
    Customer,
    Order,
    OrderLine,
    ParkedSale,
    Payment,
    Product,
    StockMovement,
)
from counterapp.domain.errors import ValidationError
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput

D = Decimal
TABLES = (Order, OrderLine, Payment, StockMovement, AuditEntry, ParkedSale, Customer)


def _counts():
    stock = [p.stock for p in Product.select().order_by(Product.id)]
    return {m.__name__: m.select().count() for m in TABLES}, stock


@pytest.fixture
def pen(services, staff):
    return Product.create(sku="PEN", name="Penna", price=D("1.50"), vat_rate=D("22"), stock=50)


def _line(pen, **kwargs):
    return CartLineInput(**{"product_id": pen.id, "quantity": 1, **kwargs})


BAD_LINES = [
    ({"quantity": 0}, "quantity"),
    ({"quantity": -3}, "quantity"),
    ({"quantity": 10_000}, "quantity"),
    ({"quantity": 10**12}, "quantity"),
    ({"quantity": "2"}, "quantity"),
    ({"quantity": 1.5}, "quantity"),
    ({"quantity": True}, "quantity"),
    ({"product_id": 987654}, "product"),
    ({"product_id": "1"}, "product"),
    ({"discount_pct": D("-1")}, "discount"),
    ({"discount_pct": D("100.01")}, "discount"),
    ({"discount_pct": D("NaN")}, "discount"),
    ({"discount_pct": 5.5}, "discount"),
    ({"discount_pct": "10"}, "discount"),
    ({"discount_pct": D("1.005")}, "discount"),
    ({"unit_price_override": D("0")}, "unit_price"),
    ({"unit_price_override": D("-1.00")}, "unit_price"),
    ({"unit_price_override": D("1.999")}, "unit_price"),
    ({"unit_price_override": "1,50"}, "unit_price"),
    ({"unit_price_override": 1.5}, "unit_price"),
    ({"unit_price_override": D("99999999")}, "unit_price"),
]


@pytest.mark.parametrize("change, field", BAD_LINES)
def test_bad_line_is_refused_everywhere_and_writes_nothing(services, staff, pen, change, field):
    draft = CartDraft(lines=(_line(pen, **change),))
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.pricing.price_cart(draft)
    assert error.value.field == field
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["mgr"], draft, [PaymentInput("card", D("1.50"))],
                                sale_uuid="bad")
    assert error.value.field == field
    with pytest.raises(ValidationError):
        services.parking.park(staff["mgr"], draft)
    assert _counts() == before


@pytest.mark.parametrize("change, field", [
    ({"cart_discount_pct": D("101")}, "cart_discount"),
    ({"cart_discount_pct": D("-5")}, "cart_discount"),
    ({"customer_id": 424242}, "customer"),
    ({"customer_id": "C1"}, "customer"),
    ({"channel": "fax"}, "channel"),
])
def test_bad_cart_fields(services, staff, pen, change, field):
    draft = CartDraft(lines=(_line(pen),), **change)
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["mgr"], draft, [PaymentInput("card", D("1.50"))],
                                sale_uuid="bad")
    assert error.value.field == field
    assert _counts() == before


@pytest.mark.parametrize("payment, field", [
    (PaymentInput("cash", "1.50"), "amount"),  # text, even a valid-looking one
    (PaymentInput("cash", "abc"), "amount"),
    (PaymentInput("card", 1.5), "amount"),
    (PaymentInput("card", None), "amount"),
    (PaymentInput("card", D("0")), "amount"),
    (PaymentInput("card", D("-1.50")), "amount"),
    (PaymentInput("card", D("1.505")), "amount"),
    (PaymentInput("card", D("Infinity")), "amount"),
    (PaymentInput("cash", D("1.50"), "2 euro"), "tendered"),
    (PaymentInput("cash", D("1.50"), D("1.00")), "tendered"),
    (PaymentInput("card", D("1.50"), D("5.00")), "tendered"),
    (PaymentInput("bitcoin", D("1.50")), "payment"),
    ("1.50", "payment"),
])
def test_bad_payment_is_refused(services, staff, pen, payment, field):
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["mgr"], CartDraft(lines=(_line(pen),)), [payment],
                                sale_uuid="bad")
    assert error.value.field == field
    assert field in str(error.value)
    assert _counts() == before


@pytest.mark.parametrize("sale_uuid", ["", "   ", None, "x" * 37, 42])
def test_sale_uuid_is_required(services, staff, pen, sale_uuid):
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["mgr"], CartDraft(lines=(_line(pen),)),
                                [PaymentInput("card", D("1.50"))], sale_uuid=sale_uuid)
    assert error.value.field == "sale_uuid"
    assert _counts() == before


def test_inactive_product_or_missing_price_is_refused(services, staff, pen):
    gone = Product.create(sku="OLD", name="Fuori catalogo", price=D("2.00"), active=False)
    free = Product.create(sku="FREE", name="Senza prezzo", price=D("0"))
    for product, field in ((gone, "product"), (free, "unit_price")):
        with pytest.raises(ValidationError) as error:
            services.pricing.price_cart(CartDraft(lines=(_line(product),)))
        assert error.value.field == field


def test_markup_in_names_survives_checkout_and_park(services, staff, pen):
    hostile = "Rossi & Figli <SRL> \"Bar\" 'Sport' </td><script>x</script>"
    customer = Customer.create(code="H1", kind="b2b", name=hostile, search_name="rossi",
                               credit_limit=D("1000"))
    product = Product.create(sku="H<1>", name="Caffè <b>forte</b> & \"dolce\"", price=D("3.00"),
                             vat_rate=D("22"), stock=5)
    draft = CartDraft(lines=(_line(product),), customer_id=customer.id)
    cart = services.pricing.price_cart(draft)
    assert cart.customer.name == hostile and cart.lines[0].name == product.name
    parked = services.parking.park(staff["junior"], draft, "<i>label</i> & co")
    assert services.parking.list_parked()[0].customer_name == hostile
    assert parked.label == "<i>label</i> & co"
    result = services.checkout.checkout(staff["junior"], draft,
                                     [PaymentInput("account", cart.gross)], sale_uuid="h")
    detail = services.returns.find_sale(result.number)
    assert detail.customer_name == hostile
    assert detail.lines[0].description == "Caffè <b>forte</b> & \"dolce\""
    assert [row.sku for row in services.catalog.search("forte")] == ["H<1>"]


def test_control_characters_in_park_label_are_refused(services, staff, pen):
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.parking.park(staff["junior"], CartDraft(lines=(_line(pen),)), "bad\x00label")
    assert error.value.field == "label"
    assert _counts() == before
