"""Commission plans and quotas: the part of ``PerformanceService`` managers edit.

A plan belongs to a role or to one rep and is valid from a date; it may start in the
current month or later, never in a month that is over or closed (a new plan never rewrites
a past month). Quotas are monthly per rep; a closed month's quotas are frozen. Only
managers write (``Action.EDIT_COMMISSION``; imports also need ``IMPORT_DATA``); everyone
reads what applies to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from counterapp.db.models import CommissionPlan, Quota, User
from counterapp.domain.commission import (
    BASES,
    BASIS_NET,
    Tier,
    check_tiers,
    format_tiers,
    month_of,
    parse_month,
    parse_tiers,
    previous_month,
)
from counterapp.domain.errors import Conflict, NotFound, ValidationError
from counterapp.domain.money import parse_money
from counterapp.domain.permissions import Action, Role
from counterapp.services import audit
from counterapp.services import performance_csv as csv_part
from counterapp.services import performance_figures as figures
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.csv_io import ImportReport


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


class PlansAndQuotas:
    """Plans and quotas (``PerformanceService`` inherits them; see the module docstring)."""

    ctx: ServiceContext

    def _visible_ids(self, actor: Actor) -> set[int] | None:
        raise NotImplementedError

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


__all__ = ["PlanInput", "PlanRow", "PlansAndQuotas", "QuotaRow"]
