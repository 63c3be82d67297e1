"""The month's figures behind ``PerformanceService``: crediting in SQL, plans, quotas, pay.

Which orders count, for whom and when is ``domain.commission`` (``credit``); the queries
here select exactly the orders that rule credits to a month, from index ranges (order kind
and time, shipment status and delivery time, the rep's calls), one row per order with its
lines' net and cost summed by a correlated subquery. Each row becomes an
``OrderFact`` and goes through ``credit``, so the rule lives in one place and the SQL only
narrows the candidates. Call these inside a transaction of the caller.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    CommissionPlan,
    MonthClose,
    MonthCloseRep,
    User,
)
from counterapp.domain import delivery as delivery_rules
from counterapp.domain.commission import (
    BASIS_NET,
    CREDIT_RULES,
    CREDIT_TAKER,
    Credit,
    OrderFact,
    Pay,
    Plan,
    Tier,
    credit,
    credited_rep,
    format_tiers,
    month_bounds,
    month_days,
    month_pay,
    parse_tiers,
)
from counterapp.domain.money import ZERO, from_cents
from counterapp.domain.permissions import Role

CREDIT_RULE_KEY = "performance.credit_rule"
LEADERBOARD_KEY = "performance.reps_see_leaderboard"
# Statuses that never count (domain.commission.NOT_COUNTED), spelled out in the SQL.

# One row per order: id, number, kind, status, taker, account manager, created_at,
# customer name, net, cost, delivery?, shipment status, delivered_at, promised_date.
_SALES_SQL = (
    'SELECT o.id, o.number, o.kind, o.status, o.rep_id, c.account_manager_id, o.created_at, '
    "COALESCE(c.name, ''), "
    "(SELECT COALESCE(SUM(l.net), 0) FROM order_line l WHERE l.order_id = o.id), "
    "(SELECT COALESCE(SUM(l.cost), 0) FROM order_line l WHERE l.order_id = o.id), "
    "0, '', NULL, NULL "
    'FROM "order" o LEFT JOIN customer c ON c.id = o.customer_id '
    "WHERE o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND o.created_at >= {p} AND o.created_at < {p} "
    "AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id) {rep}")
_DELIVERED_SQL = (
    'SELECT o.id, o.number, o.kind, o.status, o.rep_id, c.account_manager_id, o.created_at, '
    "COALESCE(c.name, ''), "
    "(SELECT COALESCE(SUM(l.net), 0) FROM order_line l WHERE l.order_id = o.id), "
    "(SELECT COALESCE(SUM(l.cost), 0) FROM order_line l WHERE l.order_id = o.id), "
    "1, s.status, s.delivered_at, "
    "s.promised_date "
    'FROM shipment s JOIN "order" o ON o.id = s.order_id '
    "LEFT JOIN customer c ON c.id = o.customer_id "
    "WHERE s.status = 'delivered' AND s.delivered_at >= {p} AND s.delivered_at < {p} "
    "AND o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') {rep}")
# A return is credited to the rep of the sale it returns (o), in the return's month (r).
_RETURNS_SQL = (
    'SELECT r.id, r.number, r.kind, r.status, o.rep_id, c.account_manager_id, r.created_at, '
    "COALESCE(c.name, ''), "
    "(SELECT COALESCE(SUM(l.net), 0) FROM order_line l WHERE l.order_id = r.id), "
    "(SELECT COALESCE(SUM(l.cost), 0) FROM order_line l WHERE l.order_id = r.id), "
    "0, '', NULL, NULL "
    'FROM "order" r JOIN "order" o ON o.id = r.origin_id '
    "LEFT JOIN customer c ON c.id = r.customer_id "
    "WHERE r.kind = 'return' AND r.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND r.created_at >= {p} AND r.created_at < {p} {rep}")
_NEW_ACCOUNTS_SQL = (
    "SELECT c.brought_in_by_id, COUNT(*) FROM customer c JOIN ("
    'SELECT o.customer_id AS customer_id, MIN(o.created_at) AS first_at FROM "order" o '
    "JOIN customer lead ON lead.id = o.customer_id AND lead.brought_in_by_id IS NOT NULL "
    "{lead} "
    "WHERE o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') GROUP BY o.customer_id"
    ") f ON f.customer_id = c.id "
    "WHERE c.status = 'active' AND f.first_at >= {p} AND f.first_at < {p} {rep} "
    "GROUP BY c.brought_in_by_id")
# The same selections summed per (taker, account manager): the leaderboard and the counter
# figure need totals only. One pass over the month's orders joined to their lines.
_SALES_SUMS_SQL = (
    "SELECT o.rep_id, c.account_manager_id, COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), "
    "0, 0, 0 "
    'FROM "order" o LEFT JOIN customer c ON c.id = o.customer_id '
    "JOIN order_line l ON l.order_id = o.id "
    "WHERE o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND o.created_at >= {p} AND o.created_at < {p} "
    "AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id) {rep} "
    "GROUP BY o.rep_id, c.account_manager_id")
_DELIVERED_SUMS_SQL = (
    "SELECT o.rep_id, c.account_manager_id, COUNT(DISTINCT o.id), SUM(l.net), SUM(l.cost), "
    "0, COUNT(DISTINCT o.id), "
    "COUNT(DISTINCT CASE WHEN s.promised_date IS NULL OR {day} <= s.promised_date "
    "THEN o.id END) "
    'FROM shipment s JOIN "order" o ON o.id = s.order_id '
    "LEFT JOIN customer c ON c.id = o.customer_id "
    "JOIN order_line l ON l.order_id = o.id "
    "WHERE s.status = 'delivered' AND s.delivered_at >= {p} AND s.delivered_at < {p} "
    "AND o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "{rep} GROUP BY o.rep_id, c.account_manager_id")
_RETURNS_SUMS_SQL = (
    "SELECT o.rep_id, c.account_manager_id, 0, SUM(l.net), SUM(l.cost), SUM(l.net), 0, 0 "
    'FROM "order" r JOIN "order" o ON o.id = r.origin_id '
    "LEFT JOIN customer c ON c.id = r.customer_id "
    "JOIN order_line l ON l.order_id = r.id "
    "WHERE r.kind = 'return' AND r.status NOT IN ('cancelled', 'converted', 'quote', 'voided') "
    "AND r.created_at >= {p} AND r.created_at < {p} {rep} "
    "GROUP BY o.rep_id, c.account_manager_id")
_CALLS_SQL = ('SELECT rep_id, COUNT(*) FROM "call" WHERE started_at >= {p} AND started_at < {p} '
              "{rep} GROUP BY rep_id")


@dataclass(frozen=True)
class CreditedOrder:
    """One order as credited to a rep's month (the statement lists these)."""

    order_id: int
    number: str
    kind: str
    customer: str
    at: dt.datetime
    net: Decimal
    margin: Decimal
    rep_id: int
    on_time: bool | None


@dataclass(frozen=True)
class Totals:
    """A rep's credited sums for a month."""

    net: Decimal = ZERO
    returns: Decimal = ZERO
    margin: Decimal = ZERO
    orders: int = 0
    delivered: int = 0
    on_time: int = 0


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


def _stamp(moment: dt.datetime) -> str:
    # Both engines compare a DATETIME/TIMESTAMP column with this text correctly.
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _as_datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value)[:19])


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


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


def _rep_filter(db, rule: str, rep_id: int) -> tuple[str, list]:
    """The SQL narrowing a month's orders to those ``rep_id`` may be credited with: taken by
    them, plus (under the account-manager rule) their accounts' orders. The taker-only form
    lets the (rep, created_at) index do the work."""
    if rule == CREDIT_TAKER:
        return f"AND o.rep_id = {db.param}", [rep_id]
    return f"AND (o.rep_id = {db.param} OR c.account_manager_id = {db.param})", [rep_id, rep_id]


def mentees(db, senior_id: int) -> set[int]:
    """Ids of the users ``senior_id`` mentors."""
    return {row[0] for row in _rows(db, 'SELECT id FROM "user" WHERE mentor_id = ?',
                                    [senior_id])}


def month_totals(db, month: str, rule: str, rep_id: int | None = None) -> dict[int, Totals]:
    """Credited sums per rep for ``month`` (for ``rep_id`` only, when given)."""
    start, end = month_bounds(month)
    day = ("substr(s.delivered_at, 1, 10)" if is_sqlite(db)
           else "CAST(s.delivered_at AS DATE)")
    sums: dict[int, list] = {}
    for sql in (_SALES_SUMS_SQL, _DELIVERED_SUMS_SQL, _RETURNS_SUMS_SQL):
        rep_sql, args = "", [_stamp(start), _stamp(end)]
        if rep_id is not None:
            rep_sql, more = _rep_filter(db, rule, rep_id)
            args += more
        query = sql.format(p=db.param, rep=rep_sql, day=day)
        for taker, manager, orders, net, cost, returns, delivered, on_time in \
                db.execute_sql(query, args).fetchall():
            who = credited_rep(taker, manager, rule)
            if rep_id is not None and who != rep_id:
                continue
            row = sums.setdefault(who, [0, 0, 0, 0, 0, 0])
            row[0] += int(net or 0)
            row[1] += int(returns or 0)
            row[2] += int(net or 0) - int(cost or 0)
            row[3] += int(orders or 0)
            row[4] += int(delivered or 0)
            row[5] += int(on_time or 0)
    return {who: Totals(from_cents(n), from_cents(r), from_cents(m), o, d, t)
            for who, (n, r, m, o, d, t) in sums.items()}


def month_credits(db: peewee.Database, month: str, rule: str, rep_id: int | None = None
                  ) -> list[CreditedOrder]:
    """Every order credited to ``month`` (to ``rep_id`` only, when given)."""
    start, end = month_bounds(month)
    param = db.param
    out = []
    for sql in (_SALES_SQL, _DELIVERED_SQL, _RETURNS_SQL):
        rep_sql, args = "", [_stamp(start), _stamp(end)]
        if rep_id is not None:
            rep_sql, more = _rep_filter(db, rule, rep_id)
            args += more
        for row in db.execute_sql(sql.format(p=param, rep=rep_sql), args).fetchall():
            (order_id, number, kind, status, taker, manager, created, customer, net, cost,
             has_delivery, ship_status, delivered_at, promised) = row
            delivered = _as_datetime(delivered_at)
            fact = OrderFact(kind=kind, status=status, taker_id=taker,
                             created_at=_as_datetime(created), net=from_cents(int(net)),
                             cost=from_cents(int(cost)), account_manager_id=manager,
                             delivery=bool(has_delivery), shipment_status=ship_status or "",
                             delivered_at=delivered)
            got: Credit | None = credit(fact, rule)
            if got is None or got.month != month or (rep_id is not None
                                                     and got.rep_id != rep_id):
                continue
            on_time = (delivery_rules.on_time(_as_date(promised), delivered)
                       if has_delivery else None)
            out.append(CreditedOrder(order_id, number, kind, customer,
                                     delivered or fact.created_at, got.net, got.margin,
                                     got.rep_id, on_time))
    out.sort(key=lambda o: (o.at, o.number))
    return out


def new_accounts(db, month: str, rep_id: int | None = None) -> dict[int, int]:
    """Leads each rep brought in whose first (not cancelled) sale fell in ``month``."""
    start, end = month_bounds(month)
    lead, args = "", [_stamp(start), _stamp(end)]
    if rep_id is not None:
        lead, args = f"AND lead.brought_in_by_id = {db.param}", [rep_id, *args]
    return {row[0]: int(row[1]) for row in db.execute_sql(
        _NEW_ACCOUNTS_SQL.format(p=db.param, rep="", lead=lead), args).fetchall()}


def calls(db, month: str, rep_id: int | None = None) -> dict[int, int]:
    """Calls (inbound and outbound) each rep handled in ``month``."""
    start, end = month_bounds(month)
    rep_sql, args = "", [_stamp(start), _stamp(end)]
    if rep_id is not None:
        rep_sql, args = f"AND rep_id = {db.param}", [*args, rep_id]
    return {row[0]: int(row[1]) for row in db.execute_sql(
        _CALLS_SQL.format(p=db.param, rep=rep_sql), args).fetchall()}


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


__all__ = ["CreditedOrder", "RepMonth", "calls", "closed", "credit_rule", "freeze",
           "frozen_months", "live_months", "month_credits", "new_accounts", "plans_for",
           "quotas_for", "rep_users", "reps_see_leaderboard"]
