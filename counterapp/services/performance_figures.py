"""The month's figures behind ``PerformanceService``: plans, quotas, people, pay, closes.

The credited sums come from the per-rep, per-day summary (``performance_summary``, kept
by the sales, refunds and deliveries themselves), the per-order lists from
``performance_credit`` (crediting in SQL, the rule in ``domain.commission``); this module
adds each rep's plan and quota, new accounts and calls, turns them into pay
(``domain.commission.month_pay``), and reads and writes a close's frozen rows. Hot-path reads use plain SQL: building ORM queries cost as much as running
them. Call these inside a transaction of the caller.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from counterapp.db.models import (
    CommissionPlan,
    MonthClose,
    MonthCloseRep,
    User,
)
from counterapp.domain.commission import (
    BASIS_NET,
    CREDIT_RULES,
    CREDIT_TAKER,
    Pay,
    Plan,
    Tier,
    format_tiers,
    month_days,
    month_pay,
    parse_tiers,
)
from counterapp.domain.money import ZERO, from_cents
from counterapp.domain.permissions import Role
from counterapp.services.performance_credit import (
    CreditedOrder,
    Totals,
    _as_datetime,
    calls,
    month_credits,
    new_accounts,
)
from counterapp.services.performance_summary import month_totals

CREDIT_RULE_KEY = "performance.credit_rule"
LEADERBOARD_KEY = "performance.reps_see_leaderboard"
@dataclass(frozen=True)
class Person:
    """The few user fields the figures need (read without the ORM: this is the hot path)."""

    id: int
    login: str
    display_name: str
    role: str


@dataclass(frozen=True)
class MonthStatus:
    """Who closed a month, when, and under which crediting rule."""

    id: int
    month: str
    closed_by: str
    closed_by_name: str
    closed_at: dt.datetime
    credit_rule: str


@dataclass(frozen=True)
class RepMonth:
    """A rep's month: figures, pay and status (``open`` live, ``closed`` frozen).

    ``attainment_pct`` and ``quota`` are ``None`` without a quota; ``on_time_pct`` is
    ``None`` when none of the rep's orders was delivered in the month.
    """

    user_id: int | None
    login: str
    display_name: str
    role: str
    month: str
    status: str
    quota: Decimal | None
    credited_net: Decimal
    returns_net: Decimal
    margin: Decimal
    attainment_pct: Decimal | None
    commission: Decimal
    quota_bonus: Decimal
    new_accounts: int
    new_account_bonus: Decimal
    base_pay: Decimal
    total_pay: Decimal
    orders: int
    calls: int
    delivered: int
    on_time: int
    on_time_pct: Decimal | None
    basis: str = BASIS_NET
    tiers: str = "0:0"


TENTH = Decimal("0.1")


def _pct(part: int, whole: int) -> Decimal | None:
    return (Decimal(part) * 100 / whole).quantize(TENTH) if whole else None


def _rows(db, sql: str, args=()) -> list[tuple]:
    return db.execute_sql(sql.replace("?", db.param), list(args)).fetchall()


def _setting(db, key: str) -> str | None:
    found = _rows(db, "SELECT value FROM shared_setting WHERE key = ?", [key])
    return found[0][0] if found else None


def credit_rule(db) -> str:
    """The shop's crediting rule for managed accounts (default: the taker)."""
    value = _setting(db, CREDIT_RULE_KEY)
    return value if value in CREDIT_RULES else CREDIT_TAKER


def reps_see_leaderboard(db) -> bool:
    """Whether reps see each other's figures (default: yes)."""
    return _setting(db, LEADERBOARD_KEY) != "no"


def person(db, login: str) -> Person | None:
    """The active or inactive user ``login``, or ``None``."""
    found = _rows(db, 'SELECT id, login, display_name, role FROM "user" WHERE login = ?',
                  [login])
    return Person(*found[0]) if found else None


def mentees(db, senior_id: int) -> set[int]:
    """Ids of the users ``senior_id`` mentors."""
    return {row[0] for row in _rows(db, 'SELECT id FROM "user" WHERE mentor_id = ?',
                                    [senior_id])}


def plan_row_to_plan(row: CommissionPlan) -> Plan:
    """The domain's plan from a stored row (a row without tiers keeps its flat rate)."""
    return _plan(row.tiers, row.commission_rate, row.base_pay, row.basis, row.quota_bonus,
                 row.new_account_bonus)


def _plan(tiers, rate, base_pay, basis, quota_bonus, new_account_bonus, cents=False) -> Plan:
    money = (lambda v: from_cents(int(v or 0))) if cents else (lambda v: v)
    return Plan(base_pay=money(base_pay), basis=basis or BASIS_NET,
                tiers=(parse_tiers(tiers) if tiers else (Tier(ZERO, from_cents(rate or 0)),)),
                quota_bonus=money(quota_bonus), new_account_bonus=money(new_account_bonus))


def plans_for(db, month: str, users) -> dict[int, Plan]:
    """Each user's plan for ``month``: their own newest plan valid by the month's last day,
    else their role's, else an empty plan (no pay)."""
    _first, last = month_days(month)
    rows = _rows(db, "SELECT user_id, role, tiers, commission_rate, base_pay, basis, "
                 "quota_bonus, new_account_bonus FROM commission_plan WHERE valid_from <= ? "
                 "ORDER BY valid_from, id", [last.isoformat()])
    by_user, by_role = {}, {}
    for user_id, role, *values in rows:  # oldest first: the newest wins
        if user_id is not None:
            by_user[user_id] = values
        elif role:
            by_role[role] = values
    out = {}
    for user in users:
        values = by_user.get(user.id) or by_role.get(user.role)
        out[user.id] = _plan(*values, cents=True) if values is not None else Plan()
    return out


def quotas_for(db, month: str, user_id: int | None = None) -> dict[int, Decimal]:
    """``user_id → target`` for ``month``."""
    sql, args = "SELECT user_id, target FROM quota WHERE month = ?", [month]
    if user_id is not None:
        sql, args = sql + " AND user_id = ?", [month, user_id]
    return {uid: from_cents(int(target)) for uid, target in _rows(db, sql, args)}


def _rep_month(user, month: str, plan: Plan, quota, totals: Totals, accounts: int,
               call_count: int) -> RepMonth:
    pay: Pay = month_pay(plan, totals.net, totals.margin, quota, accounts)
    return RepMonth(
        user_id=user.id, login=user.login, display_name=user.display_name, role=user.role,
        month=month, status="open", quota=pay.quota, credited_net=totals.net,
        returns_net=totals.returns, margin=totals.margin, attainment_pct=pay.attainment_pct,
        commission=pay.commission, quota_bonus=pay.quota_bonus, new_accounts=accounts,
        new_account_bonus=pay.new_account_bonus, base_pay=pay.base_pay, total_pay=pay.total,
        orders=totals.orders, calls=call_count, delivered=totals.delivered,
        on_time=totals.on_time, on_time_pct=_pct(totals.on_time, totals.delivered),
        basis=plan.basis, tiers=format_tiers(plan.tiers))


def live_months(db, month: str, rule: str, users=None,
                rep_id: int | None = None) -> list[RepMonth]:
    """Live figures for ``month``: of ``users``, or of everyone who has a month
    (``rep_users``); with ``rep_id``, only that rep's orders are read."""
    totals = month_totals(db, month, rule, rep_id)
    quotas = quotas_for(db, month, rep_id)
    if users is None:
        users = rep_users(db, set(quotas) | set(totals))
    plans = plans_for(db, month, users)
    accounts = new_accounts(db, month, rep_id)
    call_counts = calls(db, month, rep_id)
    return [_rep_month(u, month, plans[u.id], quotas.get(u.id), totals.get(u.id, Totals()),
                       accounts.get(u.id, 0), call_counts.get(u.id, 0)) for u in users]


def rep_users(db, extra_ids: set[int]) -> list[Person]:
    """Who has a month: active staff who are not managers, and anyone in ``extra_ids``
    (credited or given a quota in it: a manager selling at the counter)."""
    rows = _rows(db, 'SELECT id, login, display_name, role, active FROM "user"')
    people = [Person(*row[:4]) for row in rows
              if (row[4] and row[3] != Role.MANAGER) or row[0] in extra_ids]
    return sorted(people, key=lambda p: p.login)


def closed(db, month: str) -> MonthStatus | None:
    """Who closed ``month`` and when, or ``None`` while it is open."""
    found = _rows(db, "SELECT id, month, closed_by_login, closed_by_name, closed_at, "
                  "credit_rule FROM month_close WHERE month = ?", [month])
    if not found:
        return None
    close_id, name, login, display, at, rule = found[0]
    return MonthStatus(close_id, name, login, display, _as_datetime(at), rule)


def frozen_months(close: MonthStatus) -> list[RepMonth]:
    """The figures a close froze, one per rep."""
    roles = dict(User.select(User.id, User.role).tuples())
    out = []
    for r in MonthCloseRep.select().where(MonthCloseRep.month_close == close.id).order_by(
            MonthCloseRep.login):
        out.append(RepMonth(
            user_id=r.user_id, login=r.login, display_name=r.display_name,
            role=roles.get(r.user_id, ""), month=close.month, status="closed", quota=r.quota,
            credited_net=r.credited_net, returns_net=r.returns_net, margin=r.margin,
            attainment_pct=(None if r.attainment_tenths is None
                            else (Decimal(r.attainment_tenths) / 10).quantize(TENTH)),
            commission=r.commission, quota_bonus=r.quota_bonus, new_accounts=r.new_accounts,
            new_account_bonus=r.new_account_bonus, base_pay=r.base_pay, total_pay=r.total_pay,
            orders=r.orders, calls=r.calls, delivered=r.delivered, on_time=r.on_time,
            on_time_pct=_pct(r.on_time, r.delivered),
            basis=r.basis, tiers=r.tiers))
    return out


def freeze(close: MonthClose, rows: list[RepMonth]) -> None:
    """Write the per-rep rows of a close."""
    for row in rows:
        MonthCloseRep.create(
            month_close=close.id, user=row.user_id, login=row.login,
            display_name=row.display_name, basis=row.basis, tiers=row.tiers, quota=row.quota,
            credited_net=row.credited_net, returns_net=row.returns_net, margin=row.margin,
            attainment_tenths=(None if row.attainment_pct is None
                               else int(row.attainment_pct * 10)),
            commission=row.commission, quota_bonus=row.quota_bonus,
            new_accounts=row.new_accounts, new_account_bonus=row.new_account_bonus,
            base_pay=row.base_pay, total_pay=row.total_pay, orders=row.orders, calls=row.calls,
            delivered=row.delivered, on_time=row.on_time)


__all__ = ["CreditedOrder", "MonthStatus", "Person", "RepMonth", "Totals", "calls", "closed",
           "credit_rule", "freeze", "frozen_months", "live_months", "mentees", "month_credits",
           "month_totals", "new_accounts", "person", "plans_for", "quotas_for", "rep_users",
           "reps_see_leaderboard"]
