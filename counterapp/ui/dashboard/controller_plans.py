"""The quotas and plans dialogs' controller (no Qt): what they list and what a save does.

Managers only (the service refuses anyone else, naming the action). A quota save writes
each changed target through ``PerformanceService.set_quota`` and reports the first bad one
by rep; a plan save goes through ``save_plan`` (new or changed), whose ``ValidationError``
names the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from counterapp.domain.errors import CounterAppError, ValidationError
from counterapp.domain.formatting import format_money
from counterapp.domain.permissions import Role
from counterapp.services.performance import PlanInput, PlanRow
from counterapp.ui.common.controller import ControllerTexts


@dataclass(frozen=True)
class QuotaLine:
    """One rep in the quotas dialog: the target stored now (``None``: no quota)."""

    login: str
    display_name: str
    target: Decimal | None


@dataclass(frozen=True)
class SaveResult:
    """What a save did: how many rows written, and the error (named) that stopped it."""

    saved: int
    error: str = ""
    field: str = ""


class PlansController:
    """Quotas of one month and the commission plans, for the manager's dialogs."""

    def __init__(self, services, session, texts: ControllerTexts | None = None):
        self.services, self.session = services, session
        self.texts = texts or ControllerTexts()

    @property
    def perf(self):
        """The performance service."""
        return self.services.performance

    # -- quotas ------------------------------------------------------------------------------
    def quota_lines(self, month: str) -> list[QuotaLine]:
        """Every active rep (not managers) and anyone with a quota in ``month``."""
        actor = self.session.actor
        targets = {q.rep: q.target for q in self.perf.quotas(actor, month)}
        users = [u for u in self.services.staff.list_users()
                 if (u.active and u.role != Role.MANAGER) or u.login in targets]
        return [QuotaLine(u.login, u.display_name, targets.get(u.login))
                for u in sorted(users, key=lambda u: u.login)]

    def target_text(self, line: QuotaLine) -> str:
        """The target as the editor shows it ("" without a quota)."""
        return "" if line.target is None else format_money(line.target, self.texts.locale())

    def save_quotas(self, month: str, typed: dict[str, str],
                    lines: list[QuotaLine]) -> SaveResult:
        """Write the targets typed for ``month`` that differ from ``lines`` (an empty cell
        is left as it is: a quota is never removed by a blank)."""
        before = {line.login: self.target_text(line) for line in lines}
        saved = 0
        for login, text in typed.items():
            text = text.strip().replace("€", "").replace("\u00a0", "").strip()
            if not text or text == before.get(login, "").replace("€", "").replace(
                    "\u00a0", "").strip():
                continue
            try:
                self.perf.set_quota(self.session.actor, login, month, text)
            except CounterAppError as exc:
                return SaveResult(saved, f"{login}: {self.texts.error_text(exc)}", login)
            saved += 1
        return SaveResult(saved)

    def copy_last_month(self, month: str) -> SaveResult:
        """Last month's quota for every rep who has none in ``month``."""
        try:
            return SaveResult(self.perf.copy_quotas(self.session.actor, month))
        except CounterAppError as exc:
            return SaveResult(0, self.texts.error_text(exc))

    # -- plans -------------------------------------------------------------------------------
    def plans(self) -> list[PlanRow]:
        """Every plan (a manager), oldest first."""
        return self.perf.plans(self.session.actor)

    def save_plan(self, data: PlanInput, plan_id: int | None) -> SaveResult:
        """Create (``plan_id`` None) or change a plan; a refusal names its field."""
        try:
            self.perf.save_plan(self.session.actor, data, plan_id)
        except CounterAppError as exc:
            field = exc.field if isinstance(exc, ValidationError) else ""
            return SaveResult(0, self.texts.error_text(exc), field)
        return SaveResult(1)

    def delete_plan(self, plan_id: int) -> SaveResult:
        """Delete a plan that has not started in a past month."""
        try:
            self.perf.delete_plan(self.session.actor, plan_id)
        except CounterAppError as exc:
            return SaveResult(0, self.texts.error_text(exc))
        return SaveResult(1)


__all__ = ["PlansController", "QuotaLine", "SaveResult"]
