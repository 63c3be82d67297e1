"""The rush-feasibility rules and the status pipeline, table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from counterapp.domain import delivery as rules
from counterapp.domain.delivery import (
    CarrierRules,
    DriverRules,
    TransitionRefused,
    check_transition,
    plan_delivery,
)

HOLIDAYS = rules.italian_holidays([2026, 2027])
BRT = CarrierRules(code="BRT", name="BRT", pickup_time=dt.time(17), cutoff_time=dt.time(16),
                   transit_days=2, express_transit_days=1)
SLOW = CarrierRules(code="SLOW", name="Slow Post", pickup_time=dt.time(17),
                    cutoff_time=dt.time(16), transit_days=3, express_transit_days=2)
LUCA = DriverRules(id=1, name="Luca", cutoff_time=dt.time(11), daily_capacity=2)

D = dt.date
T = dt.datetime
MON = D(2026, 11, 23)

CASES = [
    # id, now, method, rules, requested, rush, booked, promised, feasible, rule
    ("courier rush before cut-off", T(2026, 11, 23, 10), "courier", BRT, None, True, {},
     D(2026, 11, 24), True, rules.RULE_OK),
    ("courier rush at the cut-off minute", T(2026, 11, 23, 16, 0), "courier", BRT, None, True,
     {}, D(2026, 11, 24), True, rules.RULE_OK),
    ("courier rush after cut-off", T(2026, 11, 23, 16, 1), "courier", BRT, None, True, {},
     D(2026, 11, 25), False, rules.RULE_AFTER_CUTOFF),
    ("courier standard uses normal transit", T(2026, 11, 23, 10), "courier", BRT, None, False,
     {}, D(2026, 11, 25), True, rules.RULE_OK),
    ("Friday before cut-off: Saturday is no delivery day", T(2026, 11, 27, 15), "courier", BRT,
     None, True, {}, D(2026, 11, 30), False, rules.RULE_TARGET_WEEKEND),
    ("Friday afternoon after cut-off", T(2026, 11, 27, 17), "courier", BRT, None, True, {},
     D(2026, 12, 1), False, rules.RULE_AFTER_CUTOFF),
    ("ordered on a Saturday", T(2026, 11, 28, 10), "courier", BRT, None, True, {},
     D(2026, 12, 1), False, rules.RULE_NO_PICKUP_TODAY),
    ("day before Immacolata (8 Dec)", T(2026, 12, 7, 10), "courier", BRT, None, True, {},
     D(2026, 12, 9), False, rules.RULE_TARGET_HOLIDAY),
    ("ordered on Immacolata", T(2026, 12, 8, 10), "courier", BRT, None, True, {},
     D(2026, 12, 10), False, rules.RULE_NO_PICKUP_TODAY),
    ("Christmas Eve rush", T(2026, 12, 24, 10), "courier", BRT, None, True, {},
     D(2026, 12, 28), False, rules.RULE_TARGET_HOLIDAY),
    ("Christmas Eve standard", T(2026, 12, 24, 10), "courier", BRT, None, False, {},
     D(2026, 12, 29), True, rules.RULE_OK),
    ("express transit longer than a day", T(2026, 11, 23, 10), "courier", SLOW, None, True, {},
     D(2026, 11, 25), False, rules.RULE_TRANSIT_TIME),
    ("requested date later than earliest", T(2026, 11, 23, 10), "courier", BRT, D(2026, 11, 27),
     True, {}, D(2026, 11, 27), True, rules.RULE_OK),
    ("requested Saturday, standard: next working day", T(2026, 11, 23, 10), "courier", BRT,
     D(2026, 11, 28), False, {}, D(2026, 11, 30), True, rules.RULE_OK),
    ("requested earlier than possible", T(2026, 11, 23, 10), "courier", SLOW, D(2026, 11, 24),
     True, {}, D(2026, 11, 25), False, rules.RULE_TRANSIT_TIME),
    ("in-house before cut-off: same day", T(2026, 11, 23, 10), "in_house", LUCA, None, True, {},
     MON, True, rules.RULE_OK),
    ("in-house after cut-off: tomorrow", T(2026, 11, 23, 12), "in_house", LUCA, None, True, {},
     D(2026, 11, 24), True, rules.RULE_OK),
    ("in-house capacity full today and tomorrow", T(2026, 11, 23, 10), "in_house", LUCA, None,
     True, {MON: 2, D(2026, 11, 24): 2}, D(2026, 11, 25), False, rules.RULE_CAPACITY_FULL),
    ("in-house full today only", T(2026, 11, 23, 10), "in_house", LUCA, None, True,
     {MON: 2}, D(2026, 11, 24), True, rules.RULE_OK),
    ("in-house requested day is full", T(2026, 11, 23, 10), "in_house", LUCA, D(2026, 11, 26),
     True, {D(2026, 11, 26): 2}, D(2026, 11, 27), False, rules.RULE_CAPACITY_FULL),
    ("in-house standard skips full days", T(2026, 11, 23, 12), "in_house", LUCA, None, False,
     {D(2026, 11, 24): 5}, D(2026, 11, 25), True, rules.RULE_OK),
]


@pytest.mark.parametrize(
    ("now", "method", "method_rules", "requested", "rush", "booked", "promised", "feasible",
     "rule"),
    [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_plan_delivery(now, method, method_rules, requested, rush, booked, promised, feasible,
                       rule):
    plan = plan_delivery(now, method, method_rules, requested, rush, booked, HOLIDAYS)
    assert (plan.promised_date, plan.feasible, plan.rule) == (promised, feasible, rule)
    assert plan.explanation
    if not feasible:  # a person reads it: 01/12/2026, not 2026-12-01
        assert promised.strftime("%d/%m/%Y") in plan.explanation
        assert promised.isoformat() not in plan.explanation


def test_holiday_explanation_names_the_holiday():
    plan = plan_delivery(T(2026, 12, 7, 10), "courier", BRT, None, True, {}, HOLIDAYS)
    assert plan.params["holiday"] == HOLIDAYS[D(2026, 12, 8)]
    assert HOLIDAYS[D(2026, 12, 8)] in plan.explanation


def test_after_cutoff_explanation_names_times():
    plan = plan_delivery(T(2026, 11, 27, 17, 5), "courier", BRT, None, True, {}, HOLIDAYS)
    assert "17:05" in plan.explanation and "16:00" in plan.explanation
    assert plan.params["ship_day"] == "2026-11-30"


def test_driver_without_any_free_stop():
    plan = plan_delivery(T(2026, 11, 23, 10), "in_house", LUCA, None, False,
                         _all_full(MON, 400), HOLIDAYS)
    assert plan.promised_date is None and not plan.feasible
    assert plan.rule == rules.RULE_NO_CAPACITY


def _all_full(start, days):
    return {start + dt.timedelta(days=i): 99 for i in range(days)}


def test_unknown_method_is_a_programming_error():
    with pytest.raises(ValueError):
        plan_delivery(T(2026, 11, 23, 10), "drone", BRT, None, False, {}, HOLIDAYS)


@pytest.mark.parametrize(("current", "wanted"), [
    ("new", "picking"), ("picking", "packed"), ("packed", "dispatched"), ("new", "dispatched"),
    ("dispatched", "delivered"), ("dispatched", "failed"), ("failed", "rescheduled"),
    ("failed", "returned"), ("rescheduled", "dispatched"), ("new", "cancelled"),
])
def test_allowed_transitions(current, wanted):
    check_transition(current, wanted)


@pytest.mark.parametrize(("current", "wanted"), [
    ("delivered", "dispatched"), ("dispatched", "dispatched"), ("new", "delivered"),
    ("cancelled", "new"), ("dispatched", "cancelled"), ("returned", "rescheduled"),
    ("new", "lost"),
])
def test_refused_transitions_name_both_statuses(current, wanted):
    with pytest.raises(TransitionRefused) as info:
        check_transition(current, wanted)
    assert current in str(info.value) and wanted in str(info.value)


@pytest.mark.parametrize(("promised", "delivered", "expected"), [
    (MON, T(2026, 11, 23, 23, 59), True),
    (MON, T(2026, 11, 24, 0, 0), False),
    (MON, None, None),
])
def test_on_time_is_by_end_of_promised_day(promised, delivered, expected):
    assert rules.on_time(promised, delivered) is expected
