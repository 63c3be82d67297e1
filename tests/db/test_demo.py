"""The demo generator writes data the domain rules accept, on both engines."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest
from stdnum import ean
from stdnum.it import codicefiscale, iva

from counterapp.db import demo
from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Carrier,
    Customer,
    DocumentSequence,
    Order,
    OrderLine,
    PhoneNumber,
    Product,
    Shipment,
    User,
)
from counterapp.domain.phone import normalize_phone
from counterapp.domain.text import fold
from counterapp.domain.vat import line_amounts


@pytest.fixture
def demo_services(services):
    """Services over a database holding the tiny demo shop."""
    assert demo.database_is_empty()
    summary = demo.generate("tiny")
    assert "orders" in summary
    return services


def test_the_database_is_no_longer_empty(demo_services):
    assert not demo.database_is_empty()
    assert Product.select().count() == demo.SIZES["tiny"].products
    assert Customer.select().count() == demo.SIZES["tiny"].customers
    assert Order.select().count() == demo.SIZES["tiny"].orders


def test_business_identifiers_are_valid(demo_services):
    b2b = list(Customer.select().where(Customer.kind == "b2b"))
    assert b2b
    for customer in b2b:
        assert iva.is_valid(customer.vat_number), customer.vat_number
        assert re.fullmatch(r"[A-Z0-9]{7}", customer.sdi_code)
        assert customer.pec.endswith("@pec.it")
        assert customer.search_name == fold(customer.name)
    codes = [c.fiscal_code for c in Customer.select().where(Customer.kind == "b2c")
             if c.fiscal_code]
    assert codes
    for code in codes:
        assert codicefiscale.is_valid(code), code


def test_phones_are_valid_e164(demo_services):
    numbers = [p.e164 for p in PhoneNumber.select()]
    assert len(numbers) >= demo.SIZES["tiny"].customers
    for number in numbers:
        assert normalize_phone(number) == number
    assert any(n.startswith("+393") for n in numbers)  # mobiles
    assert any(n.startswith("+3902") for n in numbers)  # Milan landlines


def test_barcodes_are_unique_valid_ean13(demo_services):
    products = list(Product.select())
    barcodes = [p.barcode for p in products]
    assert len(set(barcodes)) == len(barcodes)
    for product in products:
        assert len(product.barcode) == 13 and ean.is_valid(product.barcode)
        assert product.barcode[-1] == demo.ean13_check_digit(product.barcode[:12])
        assert re.fullmatch(r"[A-Z]{3}-\d{6}", product.sku)
        assert product.search_text == fold(
            f"{product.name} {product.sku} {product.barcode} {product.description}")
    exempt = [p for p in products if p.vat_rate == 0]
    assert all(p.vat_exemption == "N4" for p in exempt)
    assert any(p.vat_rate == 10 for p in products) and any(p.vat_rate == 22 for p in products)


def test_lines_follow_the_vat_rules_and_orders_sum_their_lines(demo_services):
    orders = {o.id: o for o in Order.select()}
    sums = defaultdict(lambda: [0, 0, 0])
    for line in OrderLine.select():
        order = orders[line.order_id]
        expected = line_amounts(line.unit_price, line.quantity, line.vat_rate,
                                price_includes_vat=order.prices_include_vat,
                                discount_pct=line.discount)
        assert (line.net, line.vat, line.gross) == (expected.net, expected.vat, expected.gross)
        total = sums[line.order_id]
        total[0] += line.net
        total[1] += line.vat
        total[2] += line.gross
    for order in orders.values():
        assert [order.net, order.vat, order.gross] == sums[order.id], order.number
        if order.customer_id is None or order.customer.kind == "b2c":
            assert order.prices_include_vat
        else:
            assert not order.prices_include_vat


def test_sequences_match_the_last_order_number(demo_services):
    last = defaultdict(int)
    for order in Order.select():
        match = re.fullmatch(r"V(\d{4})-(\d{6})", order.number)
        assert match, order.number
        year, number = int(match[1]), int(match[2])
        assert year == order.created_at.year
        last[year] = max(last[year], number)
    for year, number in last.items():
        row = DocumentSequence.get((DocumentSequence.series == demo.ORDER_SERIES)
                                   & (DocumentSequence.year == year))
        assert row.last_number == number


def test_shipments_cover_every_state_with_realistic_delivery(demo_services):
    shipments = list(Shipment.select())
    orders = Order.select().count()
    assert 0.25 * orders < len(shipments) < 0.6 * orders
    delivered = [s for s in shipments if s.status == "delivered"]
    assert delivered
    on_time = sum(1 for s in delivered if s.delivered_at.date() <= s.promised_date)
    assert 0.7 < on_time / len(delivered) < 1.0
    assert {s.status for s in shipments} >= {"delivered", "dispatched"}
    for shipment in shipments:
        if shipment.method == "courier" and shipment.dispatched_at:
            pattern = Carrier.get_by_id(shipment.carrier_id).tracking_pattern
            assert re.fullmatch(pattern, shipment.tracking_number)
        if shipment.delivered_at:
            assert shipment.dispatched_at <= shipment.delivered_at <= dt.datetime.now()


def test_demo_logins_log_in(demo_services):
    for login, _name, role, pin, mentor in demo.DEMO_USERS:
        actor = demo_services.staff.login(login, pin)
        assert actor.login == login and actor.role.value == role
        user = User.get(User.login == login)
        assert user.pin_hash.startswith("$argon2id$")
        assert (user.mentor.login if user.mentor_id else "") == mentor


def test_generating_again_adds_without_clashes(demo_services):
    before = Order.select().count()
    demo.generate("tiny", seed=7)
    assert Order.select().count() == 2 * before
    assert User.select().count() == len(demo.DEMO_USERS)
    test_sequences_match_the_last_order_number(demo_services)


def test_unknown_size_is_refused(services):
    with pytest.raises(ValueError):
        demo.generate("huge")


def test_foreign_keys_hold_after_the_bulk_load(demo_services):
    db = demo_services.ctx.db
    if not is_sqlite(db):
        pytest.skip("PostgreSQL enforces foreign keys on every insert")
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
