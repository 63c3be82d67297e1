"""The Fiscal ePOS-Print XML of a real sale (discount, two VAT rates, split payment), read back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from counterapp.db.models import Product
from counterapp.domain.customers import CustomerInput
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.devices.config import parse_departments
from counterapp.services.devices.epson_rt import SOAP_NS, build_receipt, envelope, parse_money
from counterapp.services.devices.service import fiscal_receipt

D = Decimal


@pytest.fixture
def sale(services, staff):
    screws = Product.create(sku="VIT", name="Viti 4x40", price=D("6.90"), vat_rate=D("22"),
                            stock=50, cost=D("1"))
    book = Product.create(sku="LIB", name="Manuale del fai da te", price=D("24.00"),
                          vat_rate=D("4"), stock=50, cost=D("1"))
    customer = services.customers.create(staff["mgr"], CustomerInput(
        name="Mario Rossi", fiscal_code="RSSMRA80A01H501U"))
    draft = CartDraft(lines=(CartLineInput(screws.id, 3, discount_pct=D("5")),
                             CartLineInput(book.id, 1)),
                      customer_id=customer.id, cart_discount_pct=D("2"))
    priced = services.pricing.price_cart(draft)
    cash = D("10.00")
    result = services.checkout.checkout(
        staff["senior"], draft,
        [PaymentInput("cash", cash, D("20.00")), PaymentInput("card", priced.gross - cash)],
        sale_uuid="xml-sale")
    return result


def test_sale_xml_sums_to_the_order(services, staff, sale):
    data, _job = services.printing.receipt_data(staff["senior"], sale.number)
    receipt = fiscal_receipt(data, kind="sale", departments=parse_departments("22:1;4:4"),
                             lottery_code="ABCD1234")
    root = ET.fromstring(envelope(build_receipt(receipt)))
    body = root.find(f"{{{SOAP_NS}}}Body")[0]
    assert body.tag == "printerFiscalReceipt"
    tags = [child.tag for child in body]
    assert tags[0] == "beginFiscalReceipt" and tags[-1] == "endFiscalReceipt"
    items = body.findall("printRecItem")
    assert len(items) == 2
    assert [(i.get("description"), i.get("department")) for i in items] == [
        ("Viti 4x40", "1"), ("Manuale del fai da te", "4")]
    adjustments = body.findall("printRecItemAdjustment")
    assert adjustments, "the discounts are item adjustments"
    goods = sum(parse_money(i.get("unitPrice")) * int(i.get("quantity")) for i in items)
    discounts = sum(parse_money(a.get("amount")) for a in adjustments)
    totals = body.findall("printRecTotal")
    assert [(t.get("paymentType"), t.get("index")) for t in totals] == [("0", "0"), ("2", "1")]
    paid = sum(parse_money(t.get("payment")) for t in totals)
    assert goods - discounts == paid == sale.gross
    assert parse_money(totals[0].get("payment")) == D("10.00")  # applied, not tendered
    assert body.find("printRecLotteryID").get("code") == "ABCD1234"
    assert body.find("directIO").get("data") == "01RSSMRA80A01H501U"
    # Italian amounts: decimal comma
    assert "," in items[0].get("unitPrice")
