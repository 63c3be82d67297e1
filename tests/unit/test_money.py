"""Money: half-up rounding to the cent, cents round trip, parsing what clerks type."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal
from hypothesis import given
from hypothesis import strategies as st

from counterapp.domain.errors import ValidationError
from counterapp.domain.money import (
    MAX_AMOUNT,
    MAX_INTEGER,
    from_cents,
    parse_decimal,
    parse_money,
    parse_quantity,
    round_cents,
    to_cents,
)

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


# Issue #13, "Done when": the same table holds for every dialog, CSV column and CLI option,
# because they all call parse_money.
@pytest.mark.parametrize(("text", "value"), [
    ("1.234,56", "1234.56"), ("1.000", "1000.00"), ("1,000", "1000.00"), ("1,5", "1.50"),
    ("12,345", "12345.00"), ("1.000.000", "1000000.00"), ("1,000,000.5", "1000000.50"),
    ("1.234.567,89", "1234567.89"), ("0,5", "0.50"), (",50", "0.50"), ("1.234,5", "1234.50"),
    ("1.234,56\u00a0€", "1234.56"), ("€1,234.56", "1234.56"), ("007", "7.00"),
])
def test_done_when_table(text, value):
    assert parse_money("price", text) == Decimal(value)


@pytest.mark.parametrize("bad", [
    "1e3", "1E3", "1e-2", "NaN", "nan", "Infinity", "-inf", "sNaN", "abc", "", "  ", "1.2.3",
    "12.34,56", "1,23.456", "1.23,456", "12.", "1,2,3", "0,500", "1.2345", "9999999,999",
    "10000000", "1_000", "١٢", "²", "-2+3", "1 000,5x", "--1", "+", "1.000,00,00",
])
def test_refuse_what_is_not_an_amount(bad):
    with pytest.raises(ValidationError) as error:
        parse_money("price", bad)
    assert error.value.field == "price"


def test_the_storage_field_sets_the_maximum():
    assert parse_money("credit_limit", "10.000.000", maximum=Decimal(10**7)) == Decimal(10**7)
    with pytest.raises(ValidationError, match="too large"):
        parse_money("price", "10.000.000")


@pytest.mark.parametrize(("text", "value"), [
    ("1.000", 1000), ("1,000", 1000), ("12", 12), ("-3", -3), ("2.147.483.647", MAX_INTEGER),
])
def test_quantities_read_grouping(text, value):
    assert parse_quantity("stock", text, minimum=-MAX_INTEGER) == value


@pytest.mark.parametrize("bad", ["1,5", "1e3", "99999999999999999999", "2147483648", "x",
                                 "-1", "NaN"])
def test_quantities_refuse_fractions_exponents_and_overflow(bad):
    with pytest.raises(ValidationError) as error:
        parse_quantity("stock", bad)
    assert error.value.field == "stock"


@pytest.mark.parametrize(("text", "value"), [("22", "22"), ("5,5", "5.5"), ("4 %", "4"),
                                             ("10.00", "10"), ("10", "10"), ("0", "0"),
                                             ("12,50", "12.5"), ("100", "100")])
def test_percentages_share_the_rule(text, value):
    assert str(parse_decimal("vat_rate", text)) == value


@pytest.mark.parametrize("bad", ["1e1", "101", "-1", "5,555", "NaN"])
def test_percentages_refuse(bad):
    with pytest.raises(ValidationError):
        parse_decimal("vat_rate", bad)


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


@given(amounts, st.sampled_from(["it_IT", "en_US", "en_GB", "de_DE"]))
def test_babel_formatted_amounts_read_back(amount, locale):
    """Whatever a screen or a spreadsheet in these locales shows, a clerk can type back."""
    assert parse_money("price", format_decimal(amount, "#,##0.00", locale=locale),
                       allow_negative=True) == amount
    assert parse_money("price", format_currency(amount, "EUR", locale=locale),
                       allow_negative=True) == amount


@given(amounts, st.booleans(), st.booleans())
def test_grouping_is_optional(amount, italian, grouped):
    """With or without thousands separators, in either habit, the amount is the same."""
    whole, cents = f"{abs(amount):.2f}".split(".")
    if grouped:
        whole = f"{int(whole):,}".replace(",", "." if italian else ",")
    sign = "-" if amount < 0 else ""
    text = f"{sign}{whole}{',' if italian else '.'}{cents}"
    assert parse_money("price", text, allow_negative=True) == amount
    if cents.endswith("0"):
        short = f"{sign}{whole}{',' if italian else '.'}{cents[0]}"
        assert parse_money("price", short, allow_negative=True) == amount


@given(st.integers(min_value=1000, max_value=9_999_999), st.sampled_from([".", ","]))
def test_a_thousands_group_is_never_three_decimals(number, separator):
    text = f"{number:,}".replace(",", separator)
    assert parse_money("price", text) == Decimal(number)
    assert parse_quantity("stock", text) == number


@given(st.decimals(min_value=MAX_AMOUNT + Decimal("0.01"), max_value=Decimal("1e12"), places=2))
def test_absurd_amounts_are_refused(amount):
    with pytest.raises(ValidationError):
        parse_money("price", amount)
