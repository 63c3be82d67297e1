"""Money: half-up rounding to the cent, cents round trip, parsing what clerks type."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterapp.domain.errors import ValidationError
from counterapp.domain.money import MAX_AMOUNT, from_cents, parse_money, round_cents, to_cents

amounts = st.decimals(min_value=Decimal("-9999999.99"), max_value=Decimal("9999999.99"),
                      places=2, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(("raw", "rounded"), [
    ("0.005", "0.01"), ("0.015", "0.02"), ("2.675", "2.68"), ("-0.005", "-0.01"),
    ("1.004", "1.00"), ("1.0049999", "1.00"), ("10.125", "10.13"),
])
def test_half_up_rounding(raw, rounded):
    assert round_cents(Decimal(raw)) == Decimal(rounded)


@given(st.integers(min_value=-10**9, max_value=10**9), st.integers(min_value=0, max_value=9))
def test_a_half_cent_always_rounds_away_from_zero(cents, tenth):
    value = Decimal(cents) / 100 + Decimal(tenth) / 1000 * (1 if cents >= 0 else -1)
    result = round_cents(value)
    assert abs(result - value) <= Decimal("0.005")
    if tenth == 5:
        assert abs(result) > abs(value)


@given(amounts)
def test_cents_round_trip(amount):
    assert from_cents(to_cents(amount)) == amount
    assert isinstance(to_cents(amount), int)


@pytest.mark.parametrize(("text", "value"), [
    ("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("12,5", "12.50"), ("12.5", "12.50"),
    (" 7 ", "7.00"), ("€ 3,20", "3.20"), ("0", "0.00"), ("9999999,99", "9999999.99"),
])
def test_parse_what_clerks_type(text, value):
    assert parse_money("price", text) == Decimal(value)




@pytest.mark.parametrize("bad", ["abc", "1e5", "", "12,345", "1.2.3", "NaN", "Infinity",
                                 "10000000", "9999999,999"])
def test_refuse_what_is_not_an_amount(bad):
    with pytest.raises(ValidationError) as error:
        parse_money("price", bad)
    assert error.value.field == "price"


@pytest.mark.parametrize("bad", [1.5, float("nan"), True, None, [1]])
def test_refuse_floats_and_other_types(bad):
    with pytest.raises(ValidationError):
        parse_money("price", bad)


def test_negative_and_zero_only_when_allowed():
    with pytest.raises(ValidationError):
        parse_money("price", "-1,00")
    assert parse_money("refund", "-1,00", allow_negative=True) == Decimal("-1.00")
    with pytest.raises(ValidationError):
        parse_money("price", "0", allow_zero=False)


@given(amounts.filter(lambda a: a >= 0))
def test_parse_its_own_italian_format(amount):
    whole, cents = f"{amount:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    assert parse_money("price", f"{grouped},{cents}") == amount
    assert parse_money("price", f"{int(whole):,}.{cents}") == amount
    assert parse_money("price", amount) == amount


@given(st.decimals(min_value=MAX_AMOUNT + Decimal("0.01"), max_value=Decimal("1e12"), places=2))
def test_absurd_amounts_are_refused(amount):
    with pytest.raises(ValidationError):
        parse_money("price", amount)
