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
    MonthClose,
    MonthCloseRep,
    SharedSetting,
)
from counterapp.documents.statement import StatementData, render_statement
from counterapp.domain import delivery as calendar
from counterapp.domain.commission import (
    CREDIT_RULES,
    NextTier,
    month_days,
    month_of,
    next_tier,
    pace,
    parse_month,
    working_days,
)
from counterapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from counterapp.domain.money import ZERO
from counterapp.domain.permissions import Action, Role
from counterapp.services import audit, performance_summary
from counterapp.services import performance_csv as csv_part
from counterapp.services import performance_figures as figures
from counterapp.services.company import company_info
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.performance_plans import PlanInput, PlanRow, PlansAndQuotas, QuotaRow
from counterapp.services.shipping_planning import holidays_for

RepMonth = figures.RepMonth


@dataclass(frozen=True)
class PerformanceOptions:
    """Shop-wide: who a managed account's orders are credited to, and whether reps see
    each other's figures."""

    credit_rule: str = "taker"
    reps_see_leaderboard: bool = True


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


class PerformanceService(PlansAndQuotas):
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

    def rebuild_summary(self, actor: Actor) -> int:
        """Recompute the per-rep, per-day credit summary from the orders (manager; a repair,
        audited); the number of summary rows that differed."""
        authorize(self.ctx, actor, Action.CLOSE_MONTH)
        with self.ctx.db.atomic():
            changed = performance_summary.rebuild(self.ctx.db)
            audit.record(actor, "performance_summary_rebuilt", entity="month", entity_id="",
                         after={"rows_changed": changed}, at=self.ctx.now())
        return changed

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
