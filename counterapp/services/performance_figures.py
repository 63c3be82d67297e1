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
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

import peewee

from counterapp.db.models import (
    CommissionPlan,
    MonthClose,
    MonthCloseRep,
    Quota,
    SharedSetting,
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
    "WHERE o.kind = 'sale' AND o.status NOT IN ('cancelled', 'converted', 'quote', 'voided') GROUP BY o.customer_id"
    ") f ON f.customer_id = c.id "
    "WHERE c.status = 'active' AND f.first_at >= {p} AND f.first_at < {p} {rep} "
    "GROUP BY c.brought_in_by_id")
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


def credit_rule() -> str:
    """The shop's crediting rule for managed accounts (default: the taker)."""
    row = SharedSetting.get_or_none(SharedSetting.key == CREDIT_RULE_KEY)
    return row.value if row is not None and row.value in CREDIT_RULES else CREDIT_TAKER


def reps_see_leaderboard() -> bool:
    """Whether reps see each other's figures (default: yes)."""
    row = SharedSetting.get_or_none(SharedSetting.key == LEADERBOARD_KEY)
    return row is None or row.value != "no"


def month_credits(db: peewee.Database, month: str, rule: str, rep_id: int | None = None
                  ) -> list[CreditedOrder]:
    """Every order credited to ``month`` (to ``rep_id`` only, when given)."""
    start, end = month_bounds(month)
    param = db.param
    out = []
    for sql in (_SALES_SQL, _DELIVERED_SQL, _RETURNS_SQL):
        rep_sql, args = "", [_stamp(start), _stamp(end)]
        if rep_id is not None:
            rep_sql = f"AND (o.rep_id = {param} OR c.account_manager_id = {param})"
            args += [rep_id, rep_id]
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


def _counts(db: peewee.Database, sql: str, month: str, column: str,
            rep_id: int | None) -> dict[int, int]:
    start, end = month_bounds(month)
    args: list = [_stamp(start), _stamp(end)]
    rep_sql = ""
    if rep_id is not None:
        rep_sql = f"AND {column} = {db.param}"
        args.append(rep_id)
    return {row[0]: int(row[1]) for row in
            db.execute_sql(sql.format(p=db.param, rep=rep_sql), args).fetchall()}


def new_accounts(db, month: str, rep_id: int | None = None) -> dict[int, int]:
    """Leads each rep brought in whose first (not cancelled) sale fell in ``month``."""
    return _counts(db, _NEW_ACCOUNTS_SQL, month, "c.brought_in_by_id", rep_id)


def calls(db, month: str, rep_id: int | None = None) -> dict[int, int]:
    """Calls (inbound and outbound) each rep handled in ``month``."""
    return _counts(db, _CALLS_SQL, month, "rep_id", rep_id)


def plan_row_to_plan(row: CommissionPlan) -> Plan:
    """The domain's plan from a stored row (a row without tiers keeps its flat rate)."""
    tiers = (parse_tiers(row.tiers) if row.tiers
             else (Tier(ZERO, (from_cents(row.commission_rate))),))
    return Plan(base_pay=row.base_pay, basis=row.basis or BASIS_NET, tiers=tiers,
                quota_bonus=row.quota_bonus, new_account_bonus=row.new_account_bonus)


def plans_for(month: str, users: list[User]) -> dict[int, Plan]:
    """Each user's plan for ``month``: their own newest plan valid by the month's last day,
    else their role's, else an empty plan (no pay)."""
    _first, last = month_days(month)
    rows = list(CommissionPlan.select().where(CommissionPlan.valid_from <= last)
                .order_by(CommissionPlan.valid_from, CommissionPlan.id))
    by_user, by_role = {}, {}
    for row in rows:  # oldest first: the newest wins
        if row.user_id is not None:
            by_user[row.user_id] = row
        elif row.role:
            by_role[row.role] = row
    out = {}
    for user in users:
        row = by_user.get(user.id) or by_role.get(user.role)
        out[user.id] = plan_row_to_plan(row) if row is not None else Plan()
    return out


def quotas_for(month: str, user_id: int | None = None) -> dict[int, object]:
    """``user_id → target`` for ``month``."""
    query = Quota.select(Quota.user, Quota.target).where(Quota.month == month)
    if user_id is not None:
        query = query.where(Quota.user == user_id)
    return {q.user_id: q.target for q in query}


def _rep_month(user: User, month: str, plan: Plan, quota, orders: list[CreditedOrder],
               accounts: int, call_count: int) -> RepMonth:
    net = sum((o.net for o in orders), ZERO)
    returns = sum((o.net for o in orders if o.kind == "return"), ZERO)
    margin = sum((o.margin for o in orders), ZERO)
    pay: Pay = month_pay(plan, net, margin, quota, accounts)
    delivered = [o for o in orders if o.on_time is not None]
    on_time = sum(1 for o in delivered if o.on_time)
    return RepMonth(
        user_id=user.id, login=user.login, display_name=user.display_name, role=user.role,
        month=month, status="open", quota=pay.quota, credited_net=net, returns_net=returns,
        margin=margin, attainment_pct=pay.attainment_pct, commission=pay.commission,
        quota_bonus=pay.quota_bonus, new_accounts=accounts,
        new_account_bonus=pay.new_account_bonus, base_pay=pay.base_pay, total_pay=pay.total,
        orders=sum(1 for o in orders if o.kind == "sale"), calls=call_count,
        delivered=len(delivered), on_time=on_time,
        on_time_pct=_pct(on_time, len(delivered)),
        basis=plan.basis, tiers=format_tiers(plan.tiers))


def live_months(db, month: str, rule: str, users: list[User] | None = None,
                rep_id: int | None = None) -> tuple[list[RepMonth], dict[int, list]]:
    """Live figures for ``month`` and each rep's credited orders: of ``users``, or of
    everyone who has a month (``rep_users``), or of ``rep_id`` alone."""
    credited = month_credits(db, month, rule, rep_id)
    by_rep: dict[int, list[CreditedOrder]] = defaultdict(list)
    for order in credited:
        by_rep[order.rep_id].append(order)
    quotas = quotas_for(month, rep_id)
    if users is None:
        users = rep_users(set(quotas) | set(by_rep))
    plans = plans_for(month, users)
    accounts = new_accounts(db, month, rep_id)
    call_counts = calls(db, month, rep_id)
    rows = [_rep_month(u, month, plans[u.id], quotas.get(u.id), by_rep.get(u.id, []),
                       accounts.get(u.id, 0), call_counts.get(u.id, 0)) for u in users]
    return rows, by_rep


def rep_users(extra_ids: set[int]) -> list[User]:
    """Who has a month: active staff who are not managers, and anyone in ``extra_ids``
    (credited or given a quota in it: a manager selling at the counter)."""
    users = {u.id: u for u in User.select().where(User.active & (User.role != Role.MANAGER))}
    missing = set(extra_ids) - set(users)
    if missing:
        users.update({u.id: u for u in User.select().where(User.id.in_(sorted(missing)))})
    return sorted(users.values(), key=lambda u: u.login)


def closed(month: str) -> MonthClose | None:
    """The close of ``month``, if it is closed."""
    return MonthClose.get_or_none(MonthClose.month == month)


def frozen_months(close: MonthClose) -> list[RepMonth]:
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
