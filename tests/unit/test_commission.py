"""Tier maths and crediting rules (``counterapp.domain.commission``): properties and tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterapp.domain.commission import (
    BASIS_MARGIN,
    CREDIT_ACCOUNT_MANAGER,
    CREDIT_TAKER,
    OrderFact,
    Plan,
    Tier,
    attainment,
    commission,
    credit,
    format_tiers,
    month_pay,
    next_tier,
    pace,
    parse_month,
    parse_tiers,
    totals_by_rep,
    working_days,
)
from counterapp.domain.delivery import is_working_day, italian_holidays
from counterapp.domain.errors import ValidationError
from counterapp.domain.money import round_cents

D = Decimal
TIERS = parse_tiers("0:3;100:5;120:7")

cents = st.integers(min_value=0, max_value=5_000_000).map(lambda c: D(c) / 100)
quotas = st.one_of(st.none(), st.integers(min_value=0, max_value=5_000_000).map(
    lambda c: D(c) / 100))
rates = st.integers(min_value=0, max_value=2000).map(lambda r: D(r) / 100)


@st.composite
def tier_lists(draw):
    starts = sorted(set(draw(st.lists(st.integers(min_value=1, max_value=300), max_size=4))))
    return tuple(Tier(D(s), draw(rates)) for s in [0, *starts])


@given(low=cents, extra=cents, quota=quotas, tiers=tier_lists())
def test_commission_is_monotonic_in_sales(low, extra, quota, tiers):
    first, _ = commission(low, low, quota, tiers)
    second, _ = commission(low + extra, low + extra, quota, tiers)
    assert second >= first


@given(quota=st.integers(min_value=1, max_value=5_000_000).map(lambda c: D(c) / 100),
       tiers=tier_lists(), data=st.data())
def test_commission_is_continuous_at_band_edges(quota, tiers, data):
    tier = data.draw(st.sampled_from(tiers))
    edge = round_cents(quota * tier.from_pct / 100)
    below, _ = commission(max(edge - D("0.01"), D(0)), max(edge - D("0.01"), D(0)), quota, tiers)
    above, _ = commission(edge + D("0.01"), edge + D("0.01"), quota, tiers)
    top_rate = max(t.rate_pct for t in tiers)
    # Two cents of sales at the highest rate, plus one cent of rounding on each side.
    assert above - below <= D("0.02") * top_rate / 100 + D("0.02")
    assert above >= below


@given(net=cents, margin=cents, quota=quotas, rate=rates,
       starts=st.lists(st.integers(min_value=1, max_value=300), max_size=4, unique=True))
def test_equal_tiers_pay_the_flat_rate(net, margin, quota, rate, starts):
    tiers = tuple(Tier(D(s), rate) for s in [0, *sorted(starts)])
    for basis in (net, margin):
        total, bands = commission(net, basis, quota, tiers)
        assert total == round_cents(basis * rate / 100)
        assert sum(b.commission for b in bands) == total


@given(net=cents, quota=quotas, tiers=tier_lists())
@settings(max_examples=200)
def test_bands_add_up_to_the_total_and_the_sales(net, quota, tiers):
    total, bands = commission(net, net, quota, tiers)
    assert sum(b.commission for b in bands) == total
    assert abs(sum(b.net for b in bands) - net) <= D("0.01") * len(bands)


@pytest.mark.parametrize("net,expected", [
    ("0", "0.00"), ("5000", "150.00"), ("10000", "300.00"),
    ("11000", "350.00"),  # 300 + 5 % of 1000
    ("12000", "400.00"), ("15000", "610.00"),  # 400 + 7 % of 3000
])
def test_the_example_bands(net, expected):
    assert commission(D(net), D(net), D("10000"), TIERS)[0] == D(expected)


def test_without_a_quota_the_first_rate_applies_and_nothing_divides_by_zero():
    for quota in (None, D("0")):
        total, bands = commission(D("20000"), D("20000"), quota, TIERS)
        assert total == D("600.00") and len(bands) == 1
        assert attainment(D("20000"), quota) is None
        assert next_tier(D("20000"), quota, TIERS) is None
        pay = month_pay(Plan(quota_bonus=D("100"), tiers=TIERS), D("20000"), D("5000"), quota, 0)
        assert pay.quota_bonus == 0 and pay.attainment_pct is None and pay.quota is None


def test_a_negative_month_claws_back_at_the_first_rate():
    total, _ = commission(D("-1000"), D("-1000"), D("10000"), TIERS)
    assert total == D("-30.00")


def test_margin_basis_splits_the_margin_like_the_sales():
    # 12,000 of sales, 3,000 of margin: 10,000 of sales (2,500 margin) at 3 %, 2,000 (500) at 5 %.
    total, bands = commission(D("12000"), D("3000"), D("10000"), TIERS)
    assert total == D("100.00")
    assert [b.commission for b in bands] == [D("75.00"), D("25.00"), D("0.00")]


def test_month_pay_adds_base_bonuses_and_commission():
    plan = Plan(base_pay=D("1500"), tiers=TIERS, quota_bonus=D("200"), new_account_bonus=D("50"))
    pay = month_pay(plan, D("10000"), D("2000"), D("10000"), 3)
    assert (pay.commission, pay.quota_bonus, pay.new_account_bonus, pay.total) == (
        D("300.00"), D("200"), D("150.00"), D("2150.00"))
    assert pay.attainment_pct == D("100.0")
    short = month_pay(plan, D("9999.99"), D("2000"), D("10000"), 0)
    assert short.quota_bonus == 0
    margin = month_pay(Plan(basis=BASIS_MARGIN, tiers=TIERS), D("10000"), D("2000"), None, 0)
    assert margin.commission == D("60.00")


def test_next_tier_says_what_it_takes():
    step = next_tier(D("7420"), D("10000"), TIERS)
    assert (step.rate_pct, step.from_pct, step.needed) == (D("5"), D("100"), D("2580.00"))
    assert next_tier(D("12500"), D("10000"), TIERS) is None


@pytest.mark.parametrize("text,field_message", [
    ("", "at least one"), ("5:3", "starts at 0"), ("0:3;100:5;100:7", "must start above"),
    ("0:3;x:5", "not a number"), ("0:150", "between 0 and"), ("0-3", "FROM_PCT:RATE_PCT"),
    ("0:3.125", "two decimals"),
])
def test_bad_tiers_name_the_field(text, field_message):
    with pytest.raises(ValidationError) as error:
        parse_tiers(text)
    assert error.value.field == "tiers" and field_message in error.value.message


def test_tiers_round_trip():
    assert format_tiers(parse_tiers("0:3; 100:5,5 ;120:7")) == "0:3;100:5.5;120:7"


@pytest.mark.parametrize("text", ["2026-13", "26-11", "2026/11", "", "2026-00"])
def test_bad_months(text):
    with pytest.raises(ValidationError):
        parse_month(text)


def test_working_days_and_pace_use_the_delivery_calendar():
    holidays = italian_holidays(2026)
    days = working_days("2026-12", lambda d: is_working_day(d, holidays))
    assert dt.date(2026, 12, 8) not in days and dt.date(2026, 12, 25) not in days
    assert len(days) == 21
    line = pace(D("10000"), days)
    assert line[-1] == D("10000.00") and line[0] == round_cents(D("10000") / 21)
    assert pace(None, days) == [D(0)] * 21


# -- crediting, one row per rule ---------------------------------------------------------------
NOV = dt.datetime(2026, 11, 27, 10, 0)
DEC = dt.datetime(2026, 12, 2, 9, 0)
TAKER, MANAGER = 1, 2
CREDITING = [
    # name, fact, rule, expected (rep, month, net, margin) or None
    ("counter sale counts when paid",
     OrderFact("sale", "completed", TAKER, NOV, D("100"), D("60")), CREDIT_TAKER,
     (TAKER, "2026-11", D("100"), D("40"))),
    ("phone sale to the rep who took the call",
     OrderFact("sale", "completed", TAKER, NOV, D("80"), D("50")), CREDIT_TAKER,
     (TAKER, "2026-11", D("80"), D("30"))),
    ("delivery order counts when delivered",
     OrderFact("sale", "open", TAKER, NOV, D("200"), D("100"), delivery=True,
               shipment_status="delivered", delivered_at=DEC), CREDIT_TAKER,
     (TAKER, "2026-12", D("200"), D("100"))),
    ("delivery not yet delivered counts nowhere",
     OrderFact("sale", "open", TAKER, NOV, D("200"), delivery=True,
               shipment_status="dispatched"), CREDIT_TAKER, None),
    ("cancelled shipment counts nowhere",
     OrderFact("sale", "open", TAKER, NOV, D("200"), delivery=True,
               shipment_status="cancelled", delivered_at=None), CREDIT_TAKER, None),
    ("return claws back in its own month",
     OrderFact("return", "completed", TAKER, DEC, D("-100"), D("-60")), CREDIT_TAKER,
     (TAKER, "2026-12", D("-100"), D("-40"))),
    ("voided sale never counts",
     OrderFact("sale", "voided", TAKER, NOV, D("100")), CREDIT_TAKER, None),
    ("quote never counts", OrderFact("quote", "quote", TAKER, NOV, D("100")), CREDIT_TAKER, None),
    ("managed account, default: the taker",
     OrderFact("sale", "completed", TAKER, NOV, D("100"), account_manager_id=MANAGER),
     CREDIT_TAKER, (TAKER, "2026-11", D("100"), D("100"))),
    ("managed account, setting: the account manager",
     OrderFact("sale", "completed", TAKER, NOV, D("100"), account_manager_id=MANAGER),
     CREDIT_ACCOUNT_MANAGER, (MANAGER, "2026-11", D("100"), D("100"))),
    ("unmanaged account under the setting stays with the taker",
     OrderFact("sale", "completed", TAKER, NOV, D("100")), CREDIT_ACCOUNT_MANAGER,
     (TAKER, "2026-11", D("100"), D("100"))),
]


@pytest.mark.parametrize("name,fact,rule,expected", CREDITING, ids=[c[0] for c in CREDITING])
def test_crediting(name, fact, rule, expected):
    got = credit(fact, rule)
    if expected is None:
        assert got is None
    else:
        assert (got.rep_id, got.month, got.net, got.margin) == expected


def test_totals_by_rep_keep_returns_apart():
    credits = [credit(f, CREDIT_TAKER) for _n, f, _r, _e in CREDITING[:6]]
    assert totals_by_rep(credits, "2026-12") == {TAKER: (D("100"), D("-100"), D("60"))}
