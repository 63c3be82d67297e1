"""Quotas, commission plans, the rep's month, the leaderboard, and closing a month.

Who sees what (enforced here, not by hiding widgets): everybody sees their own month; a
senior also their mentees; a manager everyone, any month. When the shop lets reps see
each other's figures (``reps_see_leaderboard``, default yes) the leaderboard shows every
rep to everyone, else each person only the rows they may see. Only managers edit plans
and quotas, close and reopen months.

The crediting rules and the tier maths are ``domain.commission``; the queries are
``performance_figures``; CSV is ``performance_csv``. A closed month reads its frozen
snapshot (``month_close_rep``), never the live orders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import peewee

from counterapp.db.models import (
    CommissionPlan,
    MonthClose,
    MonthCloseRep,
    Quota,
    SharedSetting,
    User,
)
from counterapp.documents.statement import StatementData, render_statement
from counterapp.domain import delivery as calendar
from counterapp.domain.commission import (
    BASES,
    BASIS_NET,
    CREDIT_RULES,
    NextTier,
    Tier,
    check_tiers,
    format_tiers,
    month_days,
    month_of,
    next_tier,
    pace,
    parse_month,
    parse_tiers,
    previous_month,
    working_days,
)
from counterapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from counterapp.domain.money import ZERO, parse_money
from counterapp.domain.permissions import Action, Role
from counterapp.services import audit
from counterapp.services import performance_csv as csv_part
from counterapp.services import performance_figures as figures
from counterapp.services.company import company_info
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.csv_io import ImportReport
from counterapp.services.shipping_planning import holidays_for

RepMonth = figures.RepMonth


@dataclass(frozen=True)
class PerformanceOptions:
    """Shop-wide: who a managed account's orders are credited to, and whether reps see
    each other's figures."""

    credit_rule: str = "taker"
    reps_see_leaderboard: bool = True


@dataclass(frozen=True)
class PlanInput:
    """A commission plan as a manager types it: for a ``role`` or for one ``rep`` (login)."""

    valid_from: dt.date
    role: str = ""
    rep: str = ""
    base_pay: object = "0"
    basis: str = BASIS_NET
    tiers: object = "0:0"
    quota_bonus: object = "0"
    new_account_bonus: object = "0"


@dataclass(frozen=True)
class PlanRow:
    """A stored plan."""

    id: int
    role: str
    rep: str
    valid_from: dt.date
    base_pay: Decimal
    basis: str
    tiers: str
    quota_bonus: Decimal
    new_account_bonus: Decimal


@dataclass(frozen=True)
class QuotaRow:
    """A rep's target for a month."""

    rep: str
    month: str
    target: Decimal


@dataclass(frozen=True)
class MonthFigure:
    """The counter's line: credited net against quota, attainment, working days left."""

    login: str
    month: str
    credited_net: Decimal
    quota: Decimal | None
    attainment_pct: Decimal | None
    working_days_left: int
    status: str


@dataclass(frozen=True)
class MyMonth:
    """The dashboard's "my month": the figures, the daily curve against the pace line,
    and the next tier with what it takes."""

    figures: RepMonth
    days: tuple[dt.date, ...]
    cumulative: tuple[Decimal, ...]
    pace: tuple[Decimal, ...]
    next_tier: NextTier | None
    working_days_left: int


@dataclass(frozen=True)
class CloseResult:
    """What a close did: ``closed_now`` false when someone had closed the month already."""

    month: str
    closed_now: bool
    closed_by: str
    closed_at: dt.datetime
    reps: int

    def message(self) -> str:
        """One line for the user."""
        when = self.closed_at.strftime("%Y-%m-%d %H:%M")
        if self.closed_now:
            return f"{self.month} closed by {self.closed_by} at {when} ({self.reps} reps)"
        return f"{self.month} was already closed by {self.closed_by} at {when}: nothing changed"


def _is_working(day: dt.date) -> bool:
    return calendar.is_working_day(day, holidays_for(day))


class PerformanceService:
    """Quotas, plans, month figures, leaderboard, month close (see the module docstring)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- who may see whom --------------------------------------------------------------------
    def _visible_ids(self, actor: Actor) -> set[int] | None:
        """Ids of the users ``actor`` may see; ``None`` for everyone (a manager)."""
        if actor.role == Role.MANAGER:
            return None
        ids = {actor.id}
        if actor.role == Role.SENIOR:
            ids |= figures.mentees(self.ctx.db, actor.id)
        return ids

    def _target(self, actor: Actor | None, login: str | None) -> figures.Person:
        authorize(self.ctx, actor, Action.EVERYDAY)
        user = figures.person(self.ctx.db, (login or actor.login).strip().lower())
        if user is None:
            raise NotFound("user", login)
        if user.id != actor.id:
            visible = self._visible_ids(actor)
            if visible is not None and user.id not in visible:
                raise PermissionDenied(Action.EVERYDAY,
                                       f"you may not see {user.login}'s figures")
        return user

    def _month(self, actor: Actor, month: str | None) -> str:
        return month_of(self.ctx.now()) if month is None else parse_month(month)

    def _check_month_for(self, actor: Actor, month: str) -> None:
        if actor.role != Role.MANAGER and month != month_of(self.ctx.now()):
            raise PermissionDenied(Action.EVERYDAY, "only a manager picks another month")

    # -- options -----------------------------------------------------------------------------
    def options(self) -> PerformanceOptions:
        """The shop's crediting and visibility settings."""
        with self.ctx.db.read():
            return PerformanceOptions(figures.credit_rule(self.ctx.db),
                                      figures.reps_see_leaderboard(self.ctx.db))

    def set_options(self, actor: Actor, options: PerformanceOptions) -> PerformanceOptions:
        """Change the shop's crediting and visibility settings (manager)."""
        authorize(self.ctx, actor, Action.CHANGE_SETTINGS)
        if options.credit_rule not in CREDIT_RULES:
            raise ValidationError("credit_rule", f"'{options.credit_rule}' is not one of "
                                  f"{', '.join(CREDIT_RULES)}")
        before = self.options()
        values = {figures.CREDIT_RULE_KEY: options.credit_rule,
                  figures.LEADERBOARD_KEY: "yes" if options.reps_see_leaderboard else "no"}
        with self.ctx.db.atomic():
            for key, value in values.items():
                (SharedSetting.insert(key=key, value=value)
                 .on_conflict(conflict_target=[SharedSetting.key],
                              update={SharedSetting.value: value}).execute())
            audit.record(actor, "performance_options", entity="settings",
                         entity_id="performance", before=before.__dict__,
                         after=options.__dict__, at=self.ctx.now())
        return options

    # -- plans -------------------------------------------------------------------------------
    @staticmethod
    def _plan_row(row: CommissionPlan, logins: dict[int, str]) -> PlanRow:
        plan = figures.plan_row_to_plan(row)
        return PlanRow(id=row.id, role=row.role or "", rep=logins.get(row.user_id, ""),
                       valid_from=row.valid_from, base_pay=row.base_pay, basis=plan.basis,
                       tiers=format_tiers(plan.tiers), quota_bonus=row.quota_bonus,
                       new_account_bonus=row.new_account_bonus)

    def plans(self, actor: Actor) -> list[PlanRow]:
        """Every plan for a manager; the plans that apply to them for anyone else."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.read():
            logins = dict(User.select(User.id, User.login).tuples())
            query = CommissionPlan.select().order_by(CommissionPlan.valid_from,
                                                     CommissionPlan.id)
            if actor.role != Role.MANAGER:
                query = query.where((CommissionPlan.user == actor.id)
                                    | (CommissionPlan.role == str(actor.role)))
            return [self._plan_row(row, logins) for row in query]

    def validate_plan(self, data: PlanInput) -> dict:
        """The stored values of ``data``, or ``ValidationError`` naming the field."""
        role, rep = (data.role or "").strip().lower(), (data.rep or "").strip().lower()
        if bool(role) == bool(rep):
            raise ValidationError("role", "fill either role or rep")
        user_id = None
        if role and role not in {r.value for r in Role}:
            raise ValidationError("role", f"'{role}' is not one of "
                                  f"{', '.join(r.value for r in Role)}")
        if rep:
            user = User.get_or_none(User.login == rep)
            if user is None:
                raise ValidationError("rep", f"unknown user '{rep}'")
            user_id = user.id
        if not isinstance(data.valid_from, dt.date):
            raise ValidationError("valid_from", "a date as YYYY-MM-DD")
        self._check_not_past(data.valid_from, "valid_from")
        basis = (data.basis or BASIS_NET).strip().lower()
        if basis not in BASES:
            raise ValidationError("basis", f"'{basis}' is not net or margin")
        tiers = (check_tiers(data.tiers) if isinstance(data.tiers, tuple | list)
                 and all(isinstance(t, Tier) for t in data.tiers) else parse_tiers(data.tiers))
        return dict(role=role or None, user=user_id, valid_from=data.valid_from,
                    base_pay=parse_money("base_pay", data.base_pay),
                    basis=basis, tiers=format_tiers(tiers),
                    commission_rate=int(tiers[0].rate_pct * 100),
                    quota_bonus=parse_money("quota_bonus", data.quota_bonus),
                    new_account_bonus=parse_money("new_account_bonus", data.new_account_bonus))

    def _check_not_past(self, day: dt.date, field: str) -> None:
        """A plan never rewrites a month that is over or closed."""
        month = month_of(day)
        if month < month_of(self.ctx.now()):
            raise ValidationError(field, f"{month} is over: a plan never rewrites a past month")
        if figures.closed(self.ctx.db, month) is not None:
            raise ValidationError(field, f"{month} is closed")

    def save_plan(self, actor: Actor, data: PlanInput, plan_id: int | None = None) -> PlanRow:
        """Create a plan, or change one that has not started in a past month (manager)."""
        authorize(self.ctx, actor, Action.EDIT_COMMISSION)
        with self.ctx.db.atomic():
            values = self.validate_plan(data)
            before = None
            if plan_id is None:
                row = CommissionPlan.create(created_at=self.ctx.now(), **values)
            else:
                row = CommissionPlan.get_or_none(CommissionPlan.id == plan_id)
                if row is None:
                    raise NotFound("plan", plan_id)
                self._check_not_past(row.valid_from, "valid_from")
                before = {"valid_from": row.valid_from.isoformat(), "tiers": row.tiers}
                CommissionPlan.update(**values).where(CommissionPlan.id == plan_id).execute()
                row = CommissionPlan.get_by_id(plan_id)
            logins = dict(User.select(User.id, User.login).tuples())
            result = self._plan_row(row, logins)
            audit.record(actor, "plan_saved", entity="commission_plan", entity_id=row.id,
                         before=before, after={**result.__dict__,
                                               "valid_from": result.valid_from.isoformat()},
                         at=self.ctx.now())
        return result

    def delete_plan(self, actor: Actor, plan_id: int) -> None:
        """Delete a plan that has not started in a past month (manager)."""
        authorize(self.ctx, actor, Action.EDIT_COMMISSION)
        with self.ctx.db.atomic():
            row = CommissionPlan.get_or_none(CommissionPlan.id == plan_id)
            if row is None:
                raise NotFound("plan", plan_id)
            self._check_not_past(row.valid_from, "valid_from")
            row.delete_instance()
            audit.record(actor, "plan_deleted", entity="commission_plan", entity_id=plan_id,
                         before={"tiers": row.tiers, "valid_from": row.valid_from.isoformat()},
                         at=self.ctx.now())

    def import_plans(self, path: str | Path, *, actor: Actor) -> ImportReport:
        """Plans from CSV (``role,rep,valid_from,base_pay,basis,tiers,quota_bonus,
        new_account_bonus``); any bad row imports nothing (manager)."""
        authorize(self.ctx, actor, Action.IMPORT_DATA)
        authorize(self.ctx, actor, Action.EDIT_COMMISSION)
        return csv_part.import_plans(self, path, actor)

    # -- quotas ------------------------------------------------------------------------------
    def quotas(self, actor: Actor, month: str) -> list[QuotaRow]:
        """The month's quotas the actor may see."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        month = parse_month(month)
        visible = self._visible_ids(actor)
        with self.ctx.db.read():
            query = (Quota.select(Quota, User.login).join(User).where(Quota.month == month)
                     .order_by(User.login))
            return [QuotaRow(q.user.login, q.month, q.target) for q in query
                    if visible is None or q.user_id in visible]

    def _open_month(self, month: str, field: str = "month") -> str:
        month = parse_month(month, field)
        close = figures.closed(self.ctx.db, month)
        if close is not None:
            raise Conflict(f"{month} was closed by {close.closed_by} at "
                           f"{close.closed_at:%Y-%m-%d %H:%M}: reopen it first")
        return month

    def _write_quota(self, user_id: int, month: str, target: Decimal) -> None:
        """Insert or replace one quota (inside the caller's transaction)."""
        (Quota.insert(user=user_id, month=month, target=target)
         .on_conflict(conflict_target=[Quota.user, Quota.month],
                      update={Quota.target: target}).execute())

    def set_quota(self, actor: Actor, login: str, month: str, target) -> QuotaRow:
        """Set a rep's quota for an open month (manager)."""
        authorize(self.ctx, actor, Action.EDIT_COMMISSION)
        amount = parse_money("target", target)
        with self.ctx.db.atomic():
            month = self._open_month(month)
            user = User.get_or_none(User.login == (login or "").strip().lower())
            if user is None:
                raise ValidationError("rep", f"unknown user '{login}'")
            before = figures.quotas_for(self.ctx.db, month, user.id).get(user.id)
            self._write_quota(user.id, month, amount)
            audit.record(actor, "quota_set", entity="quota", entity_id=f"{user.login} {month}",
                         amount=amount, before={"target": before}, after={"target": amount},
                         at=self.ctx.now())
        return QuotaRow(user.login, month, amount)

    def copy_quotas(self, actor: Actor, month: str) -> int:
        """Give every rep without a quota in ``month`` last month's (manager); how many."""
        authorize(self.ctx, actor, Action.EDIT_COMMISSION)
        with self.ctx.db.atomic():
            month = self._open_month(month)
            have = figures.quotas_for(self.ctx.db, month)
            copied = 0
            for user_id, target in figures.quotas_for(self.ctx.db,
                                                      previous_month(month)).items():
                if user_id not in have:
                    self._write_quota(user_id, month, target)
                    copied += 1
            audit.record(actor, "quotas_copied", entity="quota", entity_id=month,
                         after={"from": previous_month(month), "copied": copied},
                         at=self.ctx.now())
        return copied

    def import_quotas(self, path: str | Path, *, actor: Actor) -> ImportReport:
        """Quotas from CSV (``rep,month,target``); any bad row imports nothing (manager)."""
        authorize(self.ctx, actor, Action.IMPORT_DATA)
        authorize(self.ctx, actor, Action.EDIT_COMMISSION)
        return csv_part.import_quotas(self, path, actor)

    # -- figures -----------------------------------------------------------------------------
    def _working_days_left(self, month: str) -> int:
        today = self.ctx.now().date()
        return sum(1 for day in working_days(month, _is_working) if day >= today)

    def _rep_month(self, user: figures.Person, month: str, *, orders: bool = False
                   ) -> tuple[RepMonth, list[figures.CreditedOrder]]:
        """The rep's month (frozen when closed) and, if asked, the orders credited to it."""
        db = self.ctx.db
        close = figures.closed(db, month)
        rule = close.credit_rule if close is not None else figures.credit_rule(db)
        credited = figures.month_credits(db, month, rule, user.id) if orders else []
        if close is not None:
            frozen = [r for r in figures.frozen_months(close) if r.login == user.login]
            if frozen:
                return frozen[0], credited
        return figures.live_months(db, month, rule, [user], rep_id=user.id)[0], credited

    def month_figure(self, actor: Actor, login: str | None = None,
                     month: str | None = None) -> MonthFigure:
        """The counter's figure for the actor (or a rep they may see) this month."""
        user = self._target(actor, login)
        month = self._month(actor, month)
        self._check_month_for(actor, month)
        with self.ctx.db.read():
            row, _orders = self._rep_month(user, month)
        return MonthFigure(user.login, month, row.credited_net, row.quota, row.attainment_pct,
                           self._working_days_left(month), row.status)

    def my_month(self, actor: Actor, login: str | None = None,
                 month: str | None = None) -> MyMonth:
        """The dashboard's "my month" for the actor (or a rep they may see)."""
        user = self._target(actor, login)
        month = self._month(actor, month)
        self._check_month_for(actor, month)
        with self.ctx.db.read():
            row, orders = self._rep_month(user, month, orders=True)
            plan = figures.plans_for(self.ctx.db, month, [user])[user.id]
        days = working_days(month, _is_working) or [month_days(month)[0]]
        per_day = [ZERO] * len(days)
        for order in orders:
            index = max((i for i, d in enumerate(days) if d <= order.at.date()), default=0)
            per_day[index] += order.net
        today = self.ctx.now().date()
        cumulative, running = [], ZERO
        for day, amount in zip(days, per_day, strict=True):
            running += amount
            if day <= today:
                cumulative.append(running)
        return MyMonth(figures=row, days=tuple(days), cumulative=tuple(cumulative),
                       pace=tuple(pace(row.quota, days)),
                       next_tier=next_tier(row.credited_net, row.quota, plan.tiers),
                       working_days_left=self._working_days_left(month))

    def leaderboard(self, actor: Actor, month: str | None = None) -> list[RepMonth]:
        """Every rep's month the actor may see, best attainment first (no quota last)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        month = self._month(actor, month)
        self._check_month_for(actor, month)
        rows = self._all(month)
        with self.ctx.db.read():
            public = figures.reps_see_leaderboard(self.ctx.db)
        visible = None if public else self._visible_ids(actor)
        if visible is not None:
            rows = [r for r in rows if r.user_id in visible]
        return sorted(rows, key=lambda r: (r.attainment_pct is None,
                                           -(r.attainment_pct or 0), -r.credited_net, r.login))

    def _all(self, month: str) -> list[RepMonth]:
        with self.ctx.db.read():
            close = figures.closed(self.ctx.db, month)
            if close is not None:
                return figures.frozen_months(close)
            return figures.live_months(self.ctx.db, month, figures.credit_rule(self.ctx.db))

    def month_status(self, month: str) -> figures.MonthStatus | None:
        """Who closed ``month`` and when, or ``None`` while it is open."""
        with self.ctx.db.read():
            return figures.closed(self.ctx.db, parse_month(month))

    # -- close, reopen, export, statements ---------------------------------------------------
    def close_month(self, actor: Actor, month: str) -> CloseResult:
        """Freeze every rep's month into a snapshot (manager, audited).

        A second close, or one racing from another workstation, changes nothing and says
        who closed it and when: ``month_close.month`` is UNIQUE, and the loser's insert
        fails (IntegrityError) on either engine; its transaction is rolled back whole.
        """
        authorize(self.ctx, actor, Action.CLOSE_MONTH)
        month = parse_month(month)
        if month >= month_of(self.ctx.now()):
            raise ValidationError("month", f"{month} is not over yet")
        try:
            with self.ctx.db.atomic():
                existing = figures.closed(self.ctx.db, month)
                if existing is not None:
                    return self._already(existing)
                now = self.ctx.now()
                rule = figures.credit_rule(self.ctx.db)
                close = MonthClose.create(month=month, closed_by=actor.id,
                                          closed_by_login=actor.login,
                                          closed_by_name=actor.display_name, closed_at=now,
                                          credit_rule=rule)
                rows = figures.live_months(self.ctx.db, month, rule)
                figures.freeze(close, rows)
                audit.record(actor, "month_closed", entity="month", entity_id=month,
                             amount=sum((r.total_pay for r in rows), ZERO),
                             after={"reps": len(rows), "credit_rule": rule}, at=now)
                return CloseResult(month, True, actor.login, now, len(rows))
        except peewee.IntegrityError:
            with self.ctx.db.read():
                existing = figures.closed(self.ctx.db, month)
                if existing is None:
                    raise
                return self._already(existing)

    @staticmethod
    def _already(close: figures.MonthStatus) -> CloseResult:
        count = MonthCloseRep.select().where(MonthCloseRep.month_close == close.id).count()
        return CloseResult(close.month, False, close.closed_by, close.closed_at, count)

    def reopen_month(self, actor: Actor, month: str, reason: str = "") -> None:
        """Drop a month's snapshot so it is live again (manager, audited with the reason)."""
        authorize(self.ctx, actor, Action.CLOSE_MONTH)
        month = parse_month(month)
        with self.ctx.db.atomic():
            close = figures.closed(self.ctx.db, month)
            if close is None:
                raise Conflict(f"{month} is not closed")
            frozen = figures.frozen_months(close)
            MonthCloseRep.delete().where(MonthCloseRep.month_close == close.id).execute()
            MonthClose.delete().where(MonthClose.id == close.id).execute()
            audit.record(actor, "month_reopened", entity="month", entity_id=month,
                         amount=sum((r.total_pay for r in frozen), ZERO),
                         before={"closed_by": close.closed_by,
                                 "closed_at": str(close.closed_at), "reps": len(frozen)},
                         reason=reason, at=self.ctx.now())

    def export_csv(self, actor: Actor, month: str, path: str | Path) -> int:
        """The month's figures for every rep to CSV (manager); the row count."""
        authorize(self.ctx, actor, Action.EXPORT_PERFORMANCE)
        month = parse_month(month)
        return csv_part.export_month(self._all(month), path)

    def statement(self, actor: Actor, login: str | None, month: str) -> StatementData:
        """A rep's commission statement as plain data (own, a mentee's, or a manager's pick)."""
        user = self._target(actor, login)
        month = parse_month(month)
        with self.ctx.db.read():
            row, orders = self._rep_month(user, month, orders=True)
            plan = figures.plans_for(self.ctx.db, month, [user])[user.id]
            company = company_info()
        return csv_part.statement_data(company, row, orders, plan, self.ctx.now(),
                                       actor.language or "it")

    def statement_pdf(self, actor: Actor, login: str | None, month: str) -> bytes:
        """The statement as PDF bytes."""
        return render_statement(self.statement(actor, login, month))


__all__ = ["CloseResult", "MonthFigure", "MyMonth", "PerformanceOptions", "PerformanceService",
           "PlanInput", "PlanRow", "QuotaRow", "RepMonth"]
