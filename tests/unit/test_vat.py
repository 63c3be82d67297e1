"""VAT: Italian rates only, exemptions at 0 %, and the arithmetic of one line."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterapp.domain.errors import ValidationError
from counterapp.domain.money import round_cents
from counterapp.domain.vat import (
    STANDARD_RATES,
    LineAmounts,
    line_amounts,
    net_from_gross,
    sum_lines,
    validate_rate,
)

prices = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)
quantities = st.integers(min_value=1, max_value=999)
rates = st.sampled_from(STANDARD_RATES)
discounts = st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2)


@given(prices, quantities, rates, discounts, st.booleans())
def test_net_plus_vat_is_gross(price, quantity, rate, discount, includes_vat):
    line = line_amounts(price, quantity, rate, price_includes_vat=includes_vat,
                        discount_pct=discount)
    assert line.net + line.vat == line.gross
    for amount in (line.net, line.vat, line.gross):
        assert amount == round_cents(amount)
        assert amount >= 0


@given(prices, quantities, rates)
def test_consumer_pays_exactly_the_shelf_price(price, quantity, rate):
    line = line_amounts(price, quantity, rate, price_includes_vat=True)
    assert line.gross == price * quantity
    # The VAT carved out is the VAT of the net, give or take the rounding of one cent.
    assert abs(line.vat - line.net * rate / 100) <= Decimal("0.01") + line.net * 0


@given(prices, quantities, rates)
def test_business_price_adds_vat_to_the_net(price, quantity, rate):
    line = line_amounts(price, quantity, rate, price_includes_vat=False)
    assert line.net == price * quantity
    assert line.vat == round_cents(line.net * rate / 100)


def test_known_lines():
    assert line_amounts(Decimal("12.20"), 1, Decimal("22"), price_includes_vat=True) == \
        LineAmounts(net=Decimal("10.00"), vat=Decimal("2.20"), gross=Decimal("12.20"))
    assert line_amounts(Decimal("10.00"), 3, Decimal("22"), price_includes_vat=False) == \
        LineAmounts(net=Decimal("30.00"), vat=Decimal("6.60"), gross=Decimal("36.60"))
    # 10 % discount on 3 × 9.99 VAT included: 26.973 → 26.97.
    line = line_amounts(Decimal("9.99"), 3, Decimal("22"), price_includes_vat=True,
                        discount_pct=Decimal("10"))
    assert line.gross == Decimal("26.97") and line.vat == Decimal("4.86")
    exempt = line_amounts(Decimal("120.00"), 1, Decimal("0"), price_includes_vat=True)
    assert exempt == LineAmounts(Decimal("120.00"), Decimal("0.00"), Decimal("120.00"))


@given(prices, rates)
def test_net_from_gross_round_trips_within_a_cent(gross, rate):
    net = net_from_gross(gross, rate)
    assert abs(round_cents(net * (100 + rate) / 100) - gross) <= Decimal("0.01")


@given(st.lists(st.tuples(prices, quantities, rates), min_size=1, max_size=20))
def test_totals_are_sums_of_rounded_lines(items):
    lines = [line_amounts(p, q, r, price_includes_vat=True) for p, q, r in items]
    total = sum_lines(lines)
    assert total.net == sum(line.net for line in lines)
    assert total.vat == sum(line.vat for line in lines)
    assert total.gross == total.net + total.vat == sum(line.gross for line in lines)


@pytest.mark.parametrize("rate", ["22", "10", "5", "4"])
def test_italian_rates_are_accepted(rate):
    assert validate_rate(Decimal(rate)) == Decimal(rate)


def test_zero_rate_needs_an_exemption_and_odd_rates_are_refused():
    assert validate_rate(Decimal("0"), "N4") == 0
    with pytest.raises(ValidationError) as error:
        validate_rate(Decimal("0"))
    assert error.value.field == "vat_exemption"
    for bad in ("21", "19", "abc"):
        with pytest.raises(ValidationError) as error:
            validate_rate(bad)
        assert error.value.field == "vat_rate"
