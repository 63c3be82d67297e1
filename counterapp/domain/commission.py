"""Commission maths and crediting rules: which rep a sale counts for, in which month, and
what a month pays. Pure functions over plain values (no database, no Qt).

**Crediting** (``credit``):

- An order is credited to its rep: the clerk who rang it up at the counter, the rep who
  took the phone call, or the standing order's rep (the order's ``rep``, the *taker*).
- A managed account (a customer with an account manager) whose order was taken by someone
  else is credited to the taker by default; with the shop setting
  ``CREDIT_ACCOUNT_MANAGER`` it is credited to the account manager instead.
- A sale without delivery counts in the month it is paid. The sales service refuses a
  counter sale whose payments do not cover the total, so its paid time is its checkout
  time (``created_at``).
- A delivery order counts in the month it is delivered (the shipment's ``delivered_at``);
  until then, and if the shipment is cancelled or returned, it counts nowhere.
- A return subtracts in the month of the return (a clawback), even when the sale's month
  is closed: a closed month is never rewritten, the next open one pays it back. It is
  credited to whoever the sale was credited to (the sale's taker, or the account manager
  under the setting), not to the clerk who processed the refund.
- Amounts are net of VAT. The margin is the net minus the line cost recorded at sale time
  (``OrderLine.cost``; a return carries its share of that cost, negative).
- Quotes, voided and cancelled orders never count.

**Tiers** are marginal bands over quota attainment, like tax brackets: ``0:3;100:5;120:7``
pays 3 % on the part of the month's credited net sales up to 100 % of quota, 5 % on the
part between 100 % and 120 %, 7 % on the part above. On the margin basis, each band pays
its rate on the band's share of the margin (the margin is split between the bands in the
same proportion as the net sales that define them), so both bases use the same edges.

A month **without a quota** (none set, or zero) has no attainment: nothing is divided by
it, no quota bonus is paid, there is no "next tier", and the first tier's rate applies to
everything. A month whose returns exceed its sales has a negative basis, which earns the
first tier's rate too (a negative commission: the clawback).

Commission is rounded once, half-up to the cent; the amounts shown per band are the
differences of the rounded running total, so the bands always add up to the total and,
when every tier has the same rate, to the flat rate on the whole basis.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from counterapp.domain.errors import ValidationError
from counterapp.domain.money import ZERO, round_cents

HUNDRED = Decimal(100)
BASIS_NET = "net"
BASIS_MARGIN = "margin"
BASES = (BASIS_NET, BASIS_MARGIN)
CREDIT_TAKER = "taker"
CREDIT_ACCOUNT_MANAGER = "account_manager"
CREDIT_RULES = (CREDIT_TAKER, CREDIT_ACCOUNT_MANAGER)
SALE, RETURN = "sale", "return"
NOT_COUNTED = frozenset({"cancelled", "voided", "quote", "converted"})
DELIVERED = "delivered"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
MAX_RATE = Decimal(100)
MAX_FROM = Decimal(100000)


# -- months ----------------------------------------------------------------------------------
def parse_month(value: object, field: str = "month") -> str:
    """``YYYY-MM`` checked (``2026-11``); ``ValidationError(field)`` otherwise."""
    text = str(value or "").strip()
    match = _MONTH.match(text)
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise ValidationError(field, f"'{text}' is not a month as YYYY-MM")
    return text


def month_of(moment: dt.date | dt.datetime) -> str:
    """The ``YYYY-MM`` a date or time falls in."""
    return f"{moment.year:04d}-{moment.month:02d}"


def month_days(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``month``."""
    year, number = int(month[:4]), int(month[5:7])
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """``[start, end)`` of ``month`` as local times (midnight of the 1st, of the next 1st)."""
    first, last = month_days(month)
    return (dt.datetime.combine(first, dt.time()),
            dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))


def previous_month(month: str) -> str:
    """The month before ``month``."""
    first, _ = month_days(month)
    return month_of(first - dt.timedelta(days=1))


def working_days(month: str, is_working: Callable[[dt.date], bool]) -> list[dt.date]:
    """The working days of ``month`` by ``is_working`` (the delivery calendar's rule)."""
    first, last = month_days(month)
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)
            if is_working(first + dt.timedelta(days=n))]


# -- plans and tiers ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Tier:
    """A band starting at ``from_pct`` % of quota, paying ``rate_pct`` % on the part above."""

    from_pct: Decimal
    rate_pct: Decimal


@dataclass(frozen=True)
class Plan:
    """What a rep earns: base pay, commission tiers on a basis, and two bonuses."""

    base_pay: Decimal = ZERO
    basis: str = BASIS_NET
    tiers: tuple[Tier, ...] = (Tier(ZERO, ZERO),)
    quota_bonus: Decimal = ZERO
    new_account_bonus: Decimal = ZERO


def _pct(text: str, field: str, item: str, maximum: Decimal) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except ArithmeticError:
        raise ValidationError(field, f"'{item}': '{text.strip()}' is not a number") from None
    if not value.is_finite() or value < 0 or value > maximum:
        raise ValidationError(field, f"'{item}': {text.strip()} is not between 0 and {maximum}")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, f"'{item}': at most two decimals")
    return value.quantize(Decimal("0.01")).normalize() + 0


def check_tiers(tiers: Sequence[Tier], field: str = "tiers") -> tuple[Tier, ...]:
    """The tiers in order, or ``ValidationError``: at least one, the first from 0 %, each
    starting above the one before, rates between 0 and 100 %."""
    tiers = tuple(tiers)
    if not tiers:
        raise ValidationError(field, "at least one tier, e.g. 0:3")
    if tiers[0].from_pct != 0:
        raise ValidationError(field, "the first tier starts at 0 % of quota")
    for before, after in zip(tiers, tiers[1:], strict=False):
        if after.from_pct <= before.from_pct:
            raise ValidationError(field, f"tier {after.from_pct} % must start above "
                                  f"{before.from_pct} %")
    for tier in tiers:
        if not ZERO <= tier.rate_pct <= MAX_RATE:
            raise ValidationError(field, f"rate {tier.rate_pct} % is not between 0 and 100")
    return tiers


def parse_tiers(text: object, field: str = "tiers") -> tuple[Tier, ...]:
    """``0:3;100:5;120:7`` (FROM_PCT:RATE_PCT pairs; decimal point or comma) → tiers."""
    items = [item.strip() for item in str(text or "").split(";") if item.strip()]
    tiers = []
    for item in items:
        start, sep, rate = item.partition(":")
        if not sep:
            raise ValidationError(field, f"'{item}' is not FROM_PCT:RATE_PCT")
        tiers.append(Tier(_pct(start, field, item, MAX_FROM), _pct(rate, field, item, MAX_RATE)))
    return check_tiers(tiers, field)


def format_tiers(tiers: Sequence[Tier]) -> str:
    """Tiers as ``0:3;100:5;120:7`` (what ``parse_tiers`` reads)."""
    def num(value: Decimal) -> str:
        return format(value.normalize() + 0, "f")
    return ";".join(f"{num(t.from_pct)}:{num(t.rate_pct)}" for t in tiers)


# -- the month's pay ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Band:
    """One tier as applied: the credited net that fell in it and what it paid."""

    from_pct: Decimal
    to_pct: Decimal | None
    rate_pct: Decimal
    net: Decimal
    commission: Decimal


@dataclass(frozen=True)
class Pay:
    """A rep's month: attainment (``None`` without a quota), bands, bonuses and the total."""

    credited_net: Decimal
    basis_amount: Decimal
    quota: Decimal | None
    attainment_pct: Decimal | None
    bands: tuple[Band, ...]
    commission: Decimal
    quota_bonus: Decimal
    new_accounts: int
    new_account_bonus: Decimal
    base_pay: Decimal
    total: Decimal


def has_quota(quota: Decimal | None) -> bool:
    """A quota that attainment can be measured against (set and above zero)."""
    return quota is not None and quota > 0


def attainment(credited_net: Decimal, quota: Decimal | None) -> Decimal | None:
    """Credited net as a percentage of quota, to 0.1 %; ``None`` without a quota."""
    if not has_quota(quota):
        return None
    return (credited_net * HUNDRED / quota).quantize(Decimal("0.1"))


def _edges(tiers: Sequence[Tier], quota: Decimal | None) -> list[tuple[Decimal, Decimal | None]]:
    """Each tier's ``[lower, upper)`` in euros of credited net; one open band without quota."""
    if not has_quota(quota):
        return [(ZERO, None)]
    lowers = [quota * t.from_pct / HUNDRED for t in tiers]
    return [(low, lowers[i + 1] if i + 1 < len(lowers) else None)
            for i, low in enumerate(lowers)]


def commission(credited_net: Decimal, basis_amount: Decimal, quota: Decimal | None,
               tiers: Sequence[Tier]) -> tuple[Decimal, tuple[Band, ...]]:
    """Commission on ``basis_amount`` by marginal bands of ``credited_net`` over ``quota``.

    Returns the total (rounded half-up to the cent, once) and the bands, whose amounts are
    the steps of the rounded running total (so they add up to it exactly).
    """
    tiers = check_tiers(tiers)
    if not has_quota(quota):
        tiers = tiers[:1]
    edges = _edges(tiers, quota)
    parts = []
    for index, (low, high) in enumerate(edges):
        top = credited_net if high is None else min(credited_net, high)
        # The first band also holds a negative month (returns beyond sales).
        parts.append(top - low if index == 0 else max(top - low, ZERO))
    bands = []
    running = rounded_before = given = ZERO
    with localcontext() as ctx:
        ctx.prec = 40
        for index, (tier, part) in enumerate(zip(tiers, parts, strict=True)):
            if index == len(tiers) - 1:
                share = basis_amount - given  # the shares add up to the basis exactly
            elif basis_amount == credited_net:
                share = part
            elif credited_net == 0:
                share = basis_amount if index == 0 else ZERO
            else:
                share = basis_amount * part / credited_net
            given += share
            running += share * tier.rate_pct / HUNDRED
            rounded = round_cents(running)
            bands.append(Band(
                from_pct=tier.from_pct,
                to_pct=tiers[index + 1].from_pct if index + 1 < len(tiers) else None,
                rate_pct=tier.rate_pct, net=round_cents(part),
                commission=rounded - rounded_before))
            rounded_before = rounded
    return rounded_before, tuple(bands)


def month_pay(plan: Plan, credited_net: Decimal, margin: Decimal, quota: Decimal | None,
              new_accounts: int) -> Pay:
    """Everything a rep earns for a month under ``plan``."""
    basis_amount = margin if plan.basis == BASIS_MARGIN else credited_net
    total_commission, bands = commission(credited_net, basis_amount, quota, plan.tiers)
    reached = has_quota(quota) and credited_net >= quota
    quota_bonus = plan.quota_bonus if reached else ZERO
    account_bonus = round_cents(plan.new_account_bonus * new_accounts)
    return Pay(credited_net=credited_net, basis_amount=basis_amount,
               quota=quota if has_quota(quota) else None,
               attainment_pct=attainment(credited_net, quota), bands=bands,
               commission=total_commission, quota_bonus=quota_bonus, new_accounts=new_accounts,
               new_account_bonus=account_bonus, base_pay=plan.base_pay,
               total=plan.base_pay + total_commission + quota_bonus + account_bonus)


@dataclass(frozen=True)
class NextTier:
    """The next band up: its rate, where it starts, and the credited net still needed."""

    rate_pct: Decimal
    from_pct: Decimal
    needed: Decimal


def next_tier(credited_net: Decimal, quota: Decimal | None,
              tiers: Sequence[Tier]) -> NextTier | None:
    """The first tier not reached yet; ``None`` at the top or without a quota."""
    if not has_quota(quota):
        return None
    for tier in check_tiers(tiers)[1:]:
        start = quota * tier.from_pct / HUNDRED
        if credited_net < start:
            return NextTier(tier.rate_pct, tier.from_pct, round_cents(start - credited_net))
    return None


def pace(quota: Decimal | None, days: Sequence[dt.date]) -> list[Decimal]:
    """The pace line: cumulative quota share due by the end of each working day in ``days``."""
    if not has_quota(quota) or not days:
        return [ZERO for _ in days]
    return [round_cents(quota * (index + 1) / len(days)) for index in range(len(days))]


# -- crediting ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OrderFact:
    """What crediting needs to know of one order.

    ``kind``: sale or return. ``taker_id``: the order's rep; for a return, the rep of the
    *sale* it returns. ``account_manager_id``: the customer's account manager, if any.
    ``delivery``: the order has a shipment (``shipment_status``, ``delivered_at``).
    ``net`` and ``cost`` are the lines' sums (negative on a return).
    """

    kind: str
    status: str
    taker_id: int
    created_at: dt.datetime
    net: Decimal
    cost: Decimal = ZERO
    account_manager_id: int | None = None
    delivery: bool = False
    shipment_status: str = ""
    delivered_at: dt.datetime | None = None


@dataclass(frozen=True)
class Credit:
    """One order's credit: to whom, in which month, how much net and margin."""

    rep_id: int
    month: str
    net: Decimal
    margin: Decimal
    is_return: bool


def credited_rep(taker_id: int, account_manager_id: int | None, rule: str = CREDIT_TAKER) -> int:
    """The taker, or the account manager of a managed account under that setting."""
    if rule == CREDIT_ACCOUNT_MANAGER and account_manager_id is not None:
        return account_manager_id
    return taker_id


def credit_moment(fact: OrderFact) -> dt.datetime | None:
    """When an order counts: paid (no delivery), delivered, or returned; ``None``: never yet."""
    if fact.status in NOT_COUNTED:
        return None
    if fact.kind == RETURN:
        return fact.created_at
    if fact.kind != SALE:
        return None
    if fact.delivery:
        return fact.delivered_at if fact.shipment_status == DELIVERED else None
    return fact.created_at


def credit(fact: OrderFact, rule: str = CREDIT_TAKER) -> Credit | None:
    """The credit one order earns (``None`` when it does not count, or not yet)."""
    moment = credit_moment(fact)
    if moment is None:
        return None
    return Credit(rep_id=credited_rep(fact.taker_id, fact.account_manager_id, rule),
                  month=month_of(moment), net=fact.net, margin=fact.net - fact.cost,
                  is_return=fact.kind == RETURN)


def totals_by_rep(credits: Sequence[Credit | None], month: str
                  ) -> Mapping[int, tuple[Decimal, Decimal, Decimal]]:
    """``rep_id → (credited net, returns net, margin)`` of the credits falling in ``month``."""
    out: dict[int, tuple[Decimal, Decimal, Decimal]] = {}
    for item in credits:
        if item is None or item.month != month:
            continue
        net, returns, margin = out.get(item.rep_id, (ZERO, ZERO, ZERO))
        out[item.rep_id] = (net + item.net, returns + (item.net if item.is_return else ZERO),
                            margin + item.margin)
    return out


__all__ = [
    "BASES", "BASIS_MARGIN", "BASIS_NET", "CREDIT_ACCOUNT_MANAGER", "CREDIT_RULES",
    "CREDIT_TAKER", "Band", "Credit", "NextTier", "OrderFact", "Pay", "Plan", "Tier",
    "attainment", "check_tiers", "commission", "credit", "credit_moment", "credited_rep",
    "format_tiers", "has_quota", "month_bounds", "month_days", "month_of", "month_pay",
    "next_tier", "pace", "parse_month", "parse_tiers", "previous_month", "totals_by_rep",
    "working_days",
]
