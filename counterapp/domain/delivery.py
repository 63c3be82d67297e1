"""Delivery rules: when a shipment can arrive, whether a rush is feasible, the status pipeline.

Pure functions over plain values (no database, no Qt). The shipping service loads the
carrier's or driver's rules and the bookings, calls ``plan_delivery`` and stores the plan.

Working days are Monday to Friday except public holidays (``italian_holidays``). A
courier collects at its daily pickup; an order that is not ready by the *cut-off* waits for
the next working day's pickup, then travels ``transit_days`` working days (a rush uses the
carrier's express service, ``express_transit_days``). An in-house driver delivers the same
working day when the order comes before the driver's cut-off and a stop is still free.

A rush asks for delivery by the requested date, or by *tomorrow* when no date was given.
When the earliest possible date is later, the plan is not feasible and names the first rule
that failed, with its parameters, so the rep can explain it to the customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from counterapp.domain.formatting import ENGLISH, format_date

COURIER = "courier"
IN_HOUSE = "in_house"
METHODS = (COURIER, IN_HOUSE)

# How far ahead the planner looks for a free in-house stop before giving up.
MAX_DAYS_AHEAD = 90

# Rule codes: the first is "all fine", the others name why a rush cannot be met.
RULE_OK = "ok"
RULE_TARGET_WEEKEND = "target_weekend"
RULE_TARGET_HOLIDAY = "target_holiday"
RULE_NO_PICKUP_TODAY = "no_pickup_today"
RULE_AFTER_CUTOFF = "after_cutoff"
RULE_CAPACITY_FULL = "capacity_full"
RULE_TRANSIT_TIME = "transit_time"
RULE_NO_CAPACITY = "no_capacity"

_EXPLANATIONS = {
    RULE_OK: "Delivery on {promised} is possible.",
    RULE_TARGET_WEEKEND: "{target} is a {weekday}: no deliveries at weekends; "
                         "earliest delivery {promised}.",
    RULE_TARGET_HOLIDAY: "{target} is a public holiday ({holiday}): no deliveries; "
                         "earliest delivery {promised}.",
    RULE_NO_PICKUP_TODAY: "Today is not a working day ({reason}): the goods leave on "
                          "{ship_day}; earliest delivery {promised}.",
    RULE_AFTER_CUTOFF: "Ordered at {time}, after the {cutoff} cut-off: the goods leave on "
                       "{ship_day}; earliest delivery {promised}.",
    RULE_CAPACITY_FULL: "{driver} is fully booked ({capacity} stops) on {full_days}; "
                        "earliest delivery {promised}.",
    RULE_TRANSIT_TIME: "{carrier} takes {transit_days} working day(s) in transit from "
                       "{ship_day}; earliest delivery {promised}.",
    RULE_NO_CAPACITY: "{driver} has no free stop in the next {days} days.",
}


@dataclass(frozen=True)
class CarrierRules:
    """What the planner needs to know about a courier service."""

    code: str
    name: str
    pickup_time: dt.time
    cutoff_time: dt.time
    transit_days: int = 1
    express_transit_days: int = 1


@dataclass(frozen=True)
class DriverRules:
    """What the planner needs to know about an in-house driver."""

    id: int
    name: str
    cutoff_time: dt.time
    daily_capacity: int


@dataclass(frozen=True)
class DeliveryPlan:
    """The outcome of ``plan_delivery``.

    ``promised_date`` is the date the shop commits to (the earliest feasible one when the
    rush cannot be met). ``rule`` is a ``RULE_*`` code, ``params`` its values as strings
    (for a translated message), ``explanation`` the same in English words.
    """

    promised_date: dt.date | None
    feasible: bool
    rule: str
    params: dict[str, str] = field(default_factory=dict)
    explanation: str = ""
    ship_date: dt.date | None = None


def italian_holidays(years) -> Mapping[dt.date, str]:
    """Italian public holidays (date → name) for ``years`` (an int or an iterable of ints)."""
    import holidays  # noqa: PLC0415 (only the planner's callers need it, and it is slow-ish)

    return holidays.country_holidays("IT", years=years)


def holiday_name(day: dt.date, holidays: Mapping[dt.date, str]) -> str:
    """The holiday's name, or "" on an ordinary day."""
    return holidays.get(day, "") or ""


def is_working_day(day: dt.date, holidays: Mapping[dt.date, str]) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and day not in holidays


def next_working_day(day: dt.date, holidays: Mapping[dt.date, str], *,
                     include_today: bool = False) -> dt.date:
    """The first working day after ``day`` (or ``day`` itself when ``include_today``)."""
    candidate = day if include_today else day + dt.timedelta(days=1)
    while not is_working_day(candidate, holidays):
        candidate += dt.timedelta(days=1)
    return candidate


def add_working_days(day: dt.date, count: int, holidays: Mapping[dt.date, str]) -> dt.date:
    """``day`` moved forward by ``count`` working days (``count`` 0 leaves it as it is)."""
    for _ in range(max(count, 0)):
        day = next_working_day(day, holidays)
    return day


def _fmt(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _first_ship_day(now: dt.datetime, cutoff: dt.time,
                    holidays: Mapping[dt.date, str]) -> dt.date:
    today = now.date()
    if is_working_day(today, holidays) and now.time() <= cutoff:
        return today
    return next_working_day(today, holidays)


# Parameters holding ISO dates (one, or several joined by ", "): kept ISO in ``params``
# (machine-readable), written as a person reads them in the explanation.
_DATE_PARAMS = ("promised", "ship_day", "target", "full_days")


def _explain(rule: str, params: dict[str, str]) -> str:
    # The sentence is English, so its dates follow the English locale: 01/12/2026, which is
    # also how the Italian screens write them.
    shown = dict(params)
    for key in _DATE_PARAMS:
        if params.get(key):
            shown[key] = ", ".join(format_date(dt.date.fromisoformat(day), ENGLISH)
                                   for day in params[key].split(", "))
    return _EXPLANATIONS[rule].format(**shown)


def plan_delivery(now: dt.datetime, method: str, rules: CarrierRules | DriverRules,
                  requested_date: dt.date | None, rush: bool,
                  booked_stops_by_day: Mapping[dt.date, int] | None,
                  holidays: Mapping[dt.date, str]) -> DeliveryPlan:
    """Promised date and rush feasibility for one shipment.

    ``booked_stops_by_day`` counts the in-house stops already booked for the driver per
    day (ignored for couriers). ``holidays`` maps dates to holiday names.
    """
    if method not in METHODS:
        raise ValueError(f"unknown delivery method {method!r}")
    booked = booked_stops_by_day or {}
    today = now.date()
    ship_day = _first_ship_day(now, rules.cutoff_time, holidays)
    full_days: list[dt.date] = []
    if method == COURIER:
        assert isinstance(rules, CarrierRules)
        transit = rules.express_transit_days if rush else rules.transit_days
        earliest = add_working_days(ship_day, transit, holidays)
    else:
        assert isinstance(rules, DriverRules)
        transit = 0
        earliest = ship_day
        for _ in range(MAX_DAYS_AHEAD):
            if booked.get(earliest, 0) < rules.daily_capacity:
                break
            full_days.append(earliest)
            earliest = next_working_day(earliest, holidays)
        else:
            params = {"driver": rules.name, "days": str(MAX_DAYS_AHEAD)}
            return DeliveryPlan(None, False, RULE_NO_CAPACITY, params,
                                _explain(RULE_NO_CAPACITY, params), ship_day)

    if requested_date is not None and requested_date > earliest:
        # A later date the customer asked for: honoured on the first working day from it
        # (and, in-house, with a free stop).
        promised = next_working_day(requested_date, holidays, include_today=True)
        if method == IN_HOUSE:
            while booked.get(promised, 0) >= rules.daily_capacity:
                promised = next_working_day(promised, holidays)
    else:
        promised = earliest

    base = {"promised": _fmt(promised), "ship_day": _fmt(ship_day),
            "time": now.strftime("%H:%M"), "cutoff": rules.cutoff_time.strftime("%H:%M")}
    if not rush:
        return DeliveryPlan(promised, True, RULE_OK, base, _explain(RULE_OK, base), ship_day)

    target = requested_date or (today + dt.timedelta(days=1))
    if promised <= target:
        return DeliveryPlan(promised, True, RULE_OK, base, _explain(RULE_OK, base), ship_day)
    # Not feasible: ``promised`` already is the earliest feasible date; name the first rule
    # that failed, in the order a clerk would explain it.
    params = dict(base, target=_fmt(target))
    if not is_working_day(today, holidays) and ship_day > today:
        rule = RULE_NO_PICKUP_TODAY
        params["reason"] = holiday_name(today, holidays) or today.strftime("%A")
    elif now.time() > rules.cutoff_time and ship_day > today:
        rule = RULE_AFTER_CUTOFF
    elif not is_working_day(target, holidays):
        name = holiday_name(target, holidays)
        if name:
            rule = RULE_TARGET_HOLIDAY
            params["holiday"] = name
        else:
            rule = RULE_TARGET_WEEKEND
            params["weekday"] = target.strftime("%A")
    elif method == IN_HOUSE and (full_days or booked.get(target, 0) >= rules.daily_capacity):
        rule = RULE_CAPACITY_FULL
        days = [d for d in full_days if d <= target] or [target]
        params.update(driver=rules.name, capacity=str(rules.daily_capacity),
                      full_days=", ".join(_fmt(d) for d in days[:5]))
    else:
        rule = RULE_TRANSIT_TIME
        params.update(carrier=rules.name, transit_days=str(transit))
    return DeliveryPlan(promised, False, rule, params, _explain(rule, params), ship_day)


# -- status pipeline ---------------------------------------------------------------------

NEW, PICKING, PACKED, DISPATCHED, DELIVERED = "new", "picking", "packed", "dispatched", "delivered"
FAILED, RESCHEDULED, RETURNED, CANCELLED = "failed", "rescheduled", "returned", "cancelled"
STATUSES = (NEW, PICKING, PACKED, DISPATCHED, DELIVERED, FAILED, RESCHEDULED, RETURNED,
            CANCELLED)
OPEN_STATUSES = (NEW, PICKING, PACKED, DISPATCHED, FAILED, RESCHEDULED)
FINAL_STATUSES = (DELIVERED, RETURNED, CANCELLED)

# from-status → the statuses it may move to. Dispatch straight from new/picking is allowed:
# a small shop often picks, packs and hands over in one go.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    NEW: (PICKING, PACKED, DISPATCHED, CANCELLED),
    PICKING: (PACKED, DISPATCHED, CANCELLED),
    PACKED: (DISPATCHED, PICKING, CANCELLED),
    DISPATCHED: (DELIVERED, FAILED),
    FAILED: (RESCHEDULED, RETURNED),
    RESCHEDULED: (PICKING, PACKED, DISPATCHED, CANCELLED),
    DELIVERED: (),
    RETURNED: (),
    CANCELLED: (),
}


class TransitionRefused(ValueError):
    """A status change the pipeline does not allow; the message names both statuses."""

    def __init__(self, current: str, wanted: str):
        allowed = ", ".join(TRANSITIONS.get(current, ())) or "none (final status)"
        super().__init__(f"cannot go from {current} to {wanted}; allowed from {current}: "
                         f"{allowed}")
        self.current = current
        self.wanted = wanted


def check_transition(current: str, wanted: str) -> None:
    """Raise ``TransitionRefused`` unless ``current`` → ``wanted`` is in ``TRANSITIONS``."""
    if wanted not in STATUSES or wanted not in TRANSITIONS.get(current, ()):
        raise TransitionRefused(current, wanted)


def on_time(promised_date: dt.date | None, delivered_at: dt.datetime | None) -> bool | None:
    """Delivered by the end of the promised date; ``None`` while not delivered."""
    if delivered_at is None:
        return None
    if promised_date is None:
        return True
    return delivered_at.date() <= promised_date
