"""Prices per customer kind and the arithmetic of carts (property tests with hypothesis)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterapp.db.models import Customer, PriceList, Product, ProductPrice, User
from counterapp.domain.errors import ValidationError
from counterapp.domain.vat import line_amounts
from counterapp.services import pricing
from counterapp.services.cart import CartDraft, CartLineInput

CENT = Decimal("0.01")
RATES = [Decimal("22"), Decimal("10"), Decimal("5"), Decimal("4"), Decimal("0")]

prices = st.integers(min_value=1, max_value=500_000).map(lambda cents: Decimal(cents) / 100)
quantities = st.integers(min_value=1, max_value=9999)
percents = st.integers(min_value=0, max_value=10_000).map(lambda hundredths: Decimal(hundredths) / 100)
rates = st.sampled_from(RATES)


def _half_up(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@given(prices, quantities, rates, percents, percents, st.booleans())
def test_line_amounts_add_up_and_round_half_up(price, quantity, rate, line_pct, cart_pct,
                                               includes_vat):
    pct = pricing.combined_discount(line_pct, cart_pct)
    amounts = line_amounts(price, quantity, rate, price_includes_vat=includes_vat,
                           discount_pct=pct)
    assert amounts.net + amounts.vat == amounts.gross
    exact = price * quantity * (100 - pct) / 100
    if includes_vat:
        assert amounts.gross == _half_up(exact)
        assert abs(amounts.vat - amounts.gross * rate / (100 + rate)) <= Decimal("0.005")
    else:
        assert amounts.net == _half_up(exact)
        assert amounts.vat == _half_up(amounts.net * rate / 100)
    for value in (amounts.net, amounts.vat, amounts.gross):
        assert value == value.quantize(CENT)


@given(percents, percents)
def test_combined_discount_stays_within_bounds(line_pct, cart_pct):
    pct = pricing.combined_discount(line_pct, cart_pct)
    assert max(line_pct, cart_pct) <= pct <= 100
    if not cart_pct:
        assert pct == line_pct


def test_half_up_on_exact_half_cents():
    # 0.125 × 1 → 0.13 (not banker's 0.12); VAT-included 1.05 at 10 %: VAT 0.0954… → 0.10.
    assert line_amounts(Decimal("0.125"), 1, Decimal("0"), price_includes_vat=False).net == Decimal("0.13")
    amounts = line_amounts(Decimal("1.05"), 1, Decimal("10"), price_includes_vat=True)
    assert (amounts.net, amounts.vat, amounts.gross) == (Decimal("0.95"), Decimal("0.10"), Decimal("1.05"))


# -- through the service ---------------------------------------------------------------------

@pytest.fixture
def shop(services):
    """Products at each VAT rate, a business price list, and one customer of each kind."""
    manager = User.create(login="am1", display_name="Anna Conti", role="account-manager",
                          pin_hash="x")
    products = [Product.create(sku=f"P{i}", name=f"Prodotto {i}", price=Decimal(price),
                               vat_rate=rate, vat_exemption="N4" if rate == 0 else "", stock=50)
                for i, (price, rate) in enumerate([("12.20", Decimal("22")), ("3.33", Decimal("10")),
                                                   ("0.99", Decimal("4")), ("7.77", Decimal("0")),
                                                   ("100.00", Decimal("5"))])]
    trade = PriceList.create(code="TRADE", name="Listino rivenditori",
                             default_discount=Decimal("10"))
    ProductPrice.create(price_list=trade, product=products[0], price=Decimal("8.00"))
    b2b = Customer.create(code="B1", kind="b2b", name="Bar Sport <SNC>", search_name="bar sport",
                          price_list=trade, account_manager=manager, credit_limit=Decimal("500"),
                          balance=Decimal("120.50"))
    b2b_plain = Customer.create(code="B2", kind="b2b", name="Officina Neri",
                                search_name="officina neri")
    b2c = Customer.create(code="C1", kind="b2c", name="Mario Bianchi", search_name="mario bianchi")
    return {"products": products, "b2b": b2b, "b2b_plain": b2b_plain, "b2c": b2c, "list": trade}


def _cart(products, customer=None, quantities=None, **kwargs):
    quantities = quantities or [1] * len(products)
    return CartDraft(lines=tuple(CartLineInput(p.id, q) for p, q in zip(products, quantities,
                                                                          strict=True)),
                     customer_id=customer.id if customer else None, **kwargs)


def test_walk_in_and_consumer_pay_retail_vat_included(services, shop):
    for customer in (None, shop["b2c"]):
        cart = services.pricing.price_cart(_cart(shop["products"], customer))
        assert cart.prices_include_vat
        assert [line.unit_price for line in cart.lines] == [p.price for p in shop["products"]]
        assert cart.gross == sum(p.price for p in shop["products"])


def test_business_with_price_list_pays_list_or_discounted_retail_net(services, shop):
    cart = services.pricing.price_cart(_cart(shop["products"], shop["b2b"]))
    assert not cart.prices_include_vat
    first, second = cart.lines[0], cart.lines[1]
    assert first.unit_price == Decimal("8.00")  # its own list price
    # 3.33 incl. 10 % → 3.03 net, less the list's 10 % → 2.73 (half-up 2.727)
    assert second.unit_price == Decimal("2.73")
    assert first.net == Decimal("8.00") and first.vat == Decimal("1.76")
    badge = cart.customer
    assert badge.price_list_name == "Listino rivenditori"
    assert badge.account_manager_name == "Anna Conti"
    assert badge.available_credit == Decimal("379.50")
    assert badge.name == "Bar Sport <SNC>"


def test_business_without_price_list_pays_retail_net(services, shop):
    cart = services.pricing.price_cart(_cart(shop["products"][:1], shop["b2b_plain"]))
    assert cart.lines[0].unit_price == Decimal("10.00")  # 12.20 / 1.22
    assert cart.gross == Decimal("12.20")


def test_zero_rate_line_carries_its_exemption(services, shop):
    cart = services.pricing.price_cart(_cart(shop["products"][3:4]))
    line = cart.lines[0]
    assert line.vat_rate == 0 and line.vat == 0 and line.vat_exemption == "N4"


def test_zero_rate_without_exemption_is_refused(services, shop):
    bad = Product.create(sku="BAD0", name="Senza natura", price=Decimal("1.00"),
                         vat_rate=Decimal("0"), vat_exemption="")
    with pytest.raises(ValidationError) as error:
        services.pricing.price_cart(_cart([bad]))
    assert error.value.field == "vat_exemption"


def test_cart_discount_is_applied_per_line(services, shop):
    products = shop["products"][:2]
    draft = CartDraft(lines=(CartLineInput(products[0].id, 3, Decimal("10")),
                             CartLineInput(products[1].id, 7)),
                      cart_discount_pct=Decimal("5"))
    cart = services.pricing.price_cart(draft)
    assert cart.lines[0].discount_pct == Decimal("14.5")
    assert cart.lines[1].discount_pct == Decimal("5")
    assert cart.lines[0].gross == Decimal("31.29")  # 36.60 × 0.855 = 31.293
    assert cart.gross == sum(line.gross for line in cart.lines)


def test_vat_breakdown_sums_per_rate(services, shop):
    products = shop["products"]
    cart = services.pricing.price_cart(_cart(products + products[:1], quantities=[2, 1, 3, 1, 1, 4]))
    rates = [rate for rate, _net, _vat in cart.vat_breakdown]
    assert rates == sorted({p.vat_rate for p in products}, reverse=True)
    assert sum(net for _r, net, _v in cart.vat_breakdown) == cart.net
    assert sum(vat for _r, _n, vat in cart.vat_breakdown) == cart.vat
    by_rate = {rate: (net, vat) for rate, net, vat in cart.vat_breakdown}
    lines_22 = [line for line in cart.lines if line.vat_rate == 22]
    assert by_rate[Decimal("22")] == (sum(line.net for line in lines_22),
                                      sum(line.vat for line in lines_22))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(1, 9999), percents), min_size=1,
                max_size=8),
       percents, st.sampled_from(["walk_in", "b2b", "b2b_plain"]))
def test_cart_totals_are_sums_of_rounded_lines(services, shop, lines, cart_pct, who):
    customer = None if who == "walk_in" else shop[who]
    draft = CartDraft(lines=tuple(CartLineInput(shop["products"][i].id, q, pct)
                                  for i, q, pct in lines),
                      customer_id=customer.id if customer else None, cart_discount_pct=cart_pct)
    cart = services.pricing.price_cart(draft)
    assert cart.net == sum(line.net for line in cart.lines)
    assert cart.vat == sum(line.vat for line in cart.lines)
    assert cart.gross == sum(line.gross for line in cart.lines) == cart.net + cart.vat
    for line in cart.lines:
        assert line.net + line.vat == line.gross
        assert line.prices_include_vat == (who == "walk_in")
        expected = line_amounts(line.unit_price, line.quantity, line.vat_rate,
                                price_includes_vat=line.prices_include_vat,
                                discount_pct=line.discount_pct)
        assert (line.net, line.vat, line.gross) == (expected.net, expected.vat, expected.gross)
