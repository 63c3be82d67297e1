"""Crediting, quotas, plans, the rep's month and the leaderboard, on both engines.

One small shop lives through November and December 2026: counter, phone, standing and
delivery orders, a lead that becomes an account, returns before and after November is
closed, a managed account under both crediting settings. The live SQL figures are checked
against a table and against a full recomputation through ``domain.commission.credit``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from counterapp.db.models import AuditEntry, Customer, Order, OrderLine, Shipment
from counterapp.domain.commission import (
    CREDIT_ACCOUNT_MANAGER,
    OrderFact,
    credit,
    totals_by_rep,
)
from counterapp.domain.errors import Conflict, PermissionDenied, ValidationError
from counterapp.services import performance_figures
from counterapp.services.performance import PerformanceOptions, PlanInput
from tests.services.performance_fixtures import build_shop, refund

D = Decimal


@pytest.fixture
def shop(services, staff):
    """The two months of orders; returns what the tests need to know."""
    return build_shop(services, staff)


def _figures(services, actor, month):
    return {r.login: r for r in services.performance.leaderboard(actor, month)}


# login → (credited net, returns, orders, new accounts), per month and crediting rule.
EXPECTED = {
    ("2026-11", "taker"): {"junior": (D("60.00"), D("0"), 2, 1), "senior": (D("20.00"), 0, 1, 0),
                           "am": (D("30.00"), 0, 1, 0)},
    ("2026-12", "taker"): {"junior": (D("30.00"), D("-10.00"), 1, 0),
                           "senior": (D("0"), 0, 0, 0), "am": (D("0"), 0, 0, 0)},
    ("2026-11", "account_manager"): {"junior": (D("60.00"), 0, 2, 1),
                                     "senior": (D("0"), 0, 0, 0), "am": (D("50.00"), 0, 2, 0)},
    ("2026-12", "account_manager"): {"junior": (D("-10.00"), D("-10.00"), 0, 0),
                                     "senior": (D("0"), 0, 0, 0), "am": (D("40.00"), 0, 1, 0)},
}


@pytest.mark.parametrize("rule", ["taker", "account_manager"])
def test_crediting_table(services, shop, rule):
    mgr = shop["mgr"]
    services.performance.set_options(mgr, PerformanceOptions(credit_rule=rule))
    for month in ("2026-11", "2026-12"):
        got = _figures(services, mgr, month)
        for login, (net, returns, orders, accounts) in EXPECTED[(month, rule)].items():
            row = got[login]
            assert (row.credited_net, row.returns_net, row.orders, row.new_accounts) == (
                net, D(returns), orders, accounts), (month, rule, login)


def _recomputed(rule: str, month: str) -> dict[int, tuple]:
    """Every order through the domain rule, with no SQL filtering at all."""
    facts = []
    for order in Order.select():
        lines = list(OrderLine.select().where(OrderLine.order == order.id))
        taker = order.origin.rep_id if order.kind == "return" else order.rep_id
        customer = Customer.get_or_none(Customer.id == order.customer_id)
        shipment = Shipment.get_or_none(Shipment.order == order.id)
        facts.append(credit(OrderFact(
            kind=order.kind, status=order.status, taker_id=taker, created_at=order.created_at,
            net=sum((line.net for line in lines), D(0)),
            cost=sum((line.cost for line in lines), D(0)),
            account_manager_id=customer.account_manager_id if customer else None,
            delivery=shipment is not None,
            shipment_status=shipment.status if shipment else "",
            delivered_at=shipment.delivered_at if shipment else None), rule))
    return totals_by_rep(facts, month)


@pytest.mark.parametrize("rule", ["taker", "account_manager"])
def test_the_sql_equals_a_full_recomputation(services, shop, rule):
    mgr = shop["mgr"]
    services.performance.set_options(mgr, PerformanceOptions(credit_rule=rule))
    for month in ("2026-11", "2026-12"):
        expected = _recomputed(rule, month)
        for row in services.performance.leaderboard(mgr, month):
            net, returns, margin = expected.get(row.user_id, (D(0), D(0), D(0)))
            assert (row.credited_net, row.returns_net, row.margin) == (net, returns, margin)
            # The per-order path (statements, the daily curve) agrees with the sums.
            orders = performance_figures.month_credits(services.ctx.db, month, rule,
                                                       row.user_id)
            assert sum((o.net for o in orders), D(0)) == row.credited_net
            assert sum((o.margin for o in orders), D(0)) == row.margin


def test_a_return_after_close_claws_back_in_the_open_month(services, shop):
    mgr, junior = shop["mgr"], shop["staff"]["junior"]
    result = services.performance.close_month(mgr, "2026-11")
    assert result.closed_now and result.closed_by == "mgr"
    november = _figures(services, mgr, "2026-11")["junior"]
    shop["clock"].now = dt.datetime(2026, 12, 10, 9, 0)
    refund(services, mgr, shop["sale"], 2, "r2")
    assert _figures(services, mgr, "2026-11")["junior"] == november
    assert november.status == "closed"
    december = services.performance.month_figure(junior)
    assert december.month == "2026-12" and december.credited_net == D("10.00")


def test_a_second_close_changes_nothing_and_says_who(services, shop):
    mgr = shop["mgr"]
    first = services.performance.close_month(mgr, "2026-11")
    again = services.performance.close_month(mgr, "2026-11")
    assert not again.closed_now and again.closed_by == "mgr"
    assert again.closed_at == first.closed_at and "already closed by mgr" in again.message()
    with pytest.raises(Conflict):
        services.performance.set_quota(mgr, "junior", "2026-11", "100")
    services.performance.reopen_month(mgr, "2026-11", "wrong quota")
    assert services.performance.month_status("2026-11") is None
    audited = [(e.action, e.user_login, e.reason) for e in AuditEntry.select()
               .where(AuditEntry.entity == "month").order_by(AuditEntry.id)]
    assert audited == [("month_closed", "mgr", ""), ("month_reopened", "mgr", "wrong quota")]
    services.performance.set_quota(mgr, "junior", "2026-11", "100")


def test_the_current_month_cannot_be_closed(services, shop):
    with pytest.raises(ValidationError):
        services.performance.close_month(shop["mgr"], "2026-12")


def test_quota_attainment_pay_and_next_tier(services, shop):
    mgr, junior = shop["mgr"], shop["staff"]["junior"]
    shop["clock"].now = dt.datetime(2026, 11, 12, 9, 0)
    services.performance.save_plan(mgr, PlanInput(
        valid_from=dt.date(2026, 11, 1), role="junior", base_pay="1000", tiers="0:10;100:20",
        quota_bonus="50", new_account_bonus="5"))
    services.performance.set_quota(mgr, "junior", "2026-11", "50")
    figure = services.performance.month_figure(junior)
    assert (figure.credited_net, figure.quota, figure.attainment_pct) == (
        D("60.00"), D("50.00"), D("120.0"))
    row = _figures(services, mgr, "2026-11")["junior"]
    # 10 % of 50 + 20 % of 10, the quota bonus, one new account.
    assert (row.commission, row.quota_bonus, row.new_account_bonus, row.total_pay) == (
        D("7.00"), D("50.00"), D("5.00"), D("1062.00"))
    mine = services.performance.my_month(junior)
    assert mine.next_tier is None and mine.pace[-1] == D("50.00")
    assert mine.cumulative[-1] == D("60.00") and len(mine.cumulative) <= len(mine.days)
    services.performance.set_quota(mgr, "junior", "2026-11", "100")
    step = services.performance.my_month(junior).next_tier
    assert (step.rate_pct, step.needed) == (D("20"), D("40.00"))


def test_no_quota_means_no_attainment(services, shop):
    figure = services.performance.month_figure(shop["staff"]["junior"])
    assert figure.quota is None and figure.attainment_pct is None


def test_copy_last_month(services, shop):
    mgr = shop["mgr"]
    shop["clock"].now = dt.datetime(2026, 12, 1, 9, 0)
    services.performance.set_quota(mgr, "junior", "2026-11", "500")
    services.performance.set_quota(mgr, "senior", "2026-11", "700")
    services.performance.set_quota(mgr, "senior", "2026-12", "900")
    assert services.performance.copy_quotas(mgr, "2026-12") == 1
    quotas = {q.rep: q.target for q in services.performance.quotas(mgr, "2026-12")}
    assert quotas == {"junior": D("500.00"), "senior": D("900.00")}


def test_a_plan_never_rewrites_a_past_month(services, shop):
    mgr = shop["mgr"]
    shop["clock"].now = dt.datetime(2026, 12, 1, 9, 0)
    with pytest.raises(ValidationError) as error:
        services.performance.save_plan(mgr, PlanInput(valid_from=dt.date(2026, 11, 1),
                                                      role="junior", tiers="0:5"))
    assert error.value.field == "valid_from"
    services.performance.save_plan(mgr, PlanInput(valid_from=dt.date(2026, 12, 1),
                                                  role="junior", tiers="0:5"))
    november = _figures(services, mgr, "2026-11")["junior"]
    assert november.commission == D("0.00") and november.tiers == "0:0"


@pytest.mark.parametrize("bad,field", [
    (dict(role="junior", rep="junior"), "role"), (dict(role="boss"), "role"),
    (dict(rep="nobody"), "rep"), (dict(role="junior", basis="gross"), "basis"),
    (dict(role="junior", tiers="10:3"), "tiers"), (dict(role="junior", base_pay="-5"),
                                                   "base_pay"),
])
def test_bad_plans_name_the_field_and_write_nothing(services, shop, bad, field):
    mgr = shop["mgr"]
    with pytest.raises(ValidationError) as error:
        services.performance.save_plan(mgr, PlanInput(valid_from=dt.date(2026, 12, 1), **bad))
    assert error.value.field == field
    assert services.performance.plans(mgr) == []


# -- who sees what -------------------------------------------------------------------------------
def test_a_junior_cannot_close_edit_or_see_others(services, shop):
    junior = shop["staff"]["junior"]
    for call in (lambda: services.performance.close_month(junior, "2026-10"),
                 lambda: services.performance.set_quota(junior, "junior", "2026-11", "1"),
                 lambda: services.performance.month_figure(junior, "senior"),
                 lambda: services.performance.leaderboard(junior, "2026-10")):
        with pytest.raises(PermissionDenied):
            call()


def test_a_senior_sees_exactly_their_mentees_when_the_board_is_private(services, shop):
    mgr, senior = shop["mgr"], shop["staff"]["senior"]
    services.performance.set_options(mgr, PerformanceOptions(reps_see_leaderboard=False))
    assert sorted(r.login for r in services.performance.leaderboard(senior)) == [
        "junior", "senior"]
    assert services.performance.month_figure(senior, "junior").login == "junior"
    with pytest.raises(PermissionDenied):
        services.performance.month_figure(senior, "am")
    am = shop["staff"]["am"]
    assert [r.login for r in services.performance.leaderboard(am)] == ["am"]
    services.performance.set_options(mgr, PerformanceOptions(reps_see_leaderboard=True))
    assert {r.login for r in services.performance.leaderboard(am)} == {"am", "junior",
                                                                         "senior"}


def test_a_manager_sees_everyone_any_month(services, shop):
    mgr = shop["mgr"]
    assert {r.login for r in services.performance.leaderboard(mgr, "2026-11")} == {
        "am", "junior", "senior"}
    assert services.performance.month_figure(mgr, "junior", "2026-11").credited_net == D("60.00")


def test_the_options_need_a_manager(services, shop):
    with pytest.raises(PermissionDenied):
        services.performance.set_options(shop["staff"]["am"],
                                         PerformanceOptions(credit_rule=CREDIT_ACCOUNT_MANAGER))


def test_a_close_that_loses_the_race_at_insert_says_who_won(services, shop, monkeypatch):
    """The other workstation commits between our check and our INSERT: the UNIQUE index
    refuses it (IntegrityError on either engine) and the close reports the winner."""
    from counterapp.db.models import MonthClose  # noqa: PLC0415

    mgr = shop["mgr"]
    MonthClose.create(month="2026-11", closed_by=shop["staff"]["senior"].id,
                      closed_by_login="other", closed_at=dt.datetime(2026, 12, 1, 8, 0))
    real = performance_figures.closed
    calls = []

    def blind_first(db, month):
        calls.append(month)
        return None if len(calls) == 1 else real(db, month)

    monkeypatch.setattr(performance_figures, "closed", blind_first)
    result = services.performance.close_month(mgr, "2026-11")
    assert not result.closed_now and result.closed_by == "other"
    assert result.closed_at == dt.datetime(2026, 12, 1, 8, 0)
    assert AuditEntry.select().where(AuditEntry.action == "month_closed").count() == 0
