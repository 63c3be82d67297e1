"""The dashboard's controller (no Qt): which month, whose figures, what the panel shows.

Who may see what is the service's rule (``PerformanceService``: own month; a senior also
their mentees; a manager everyone, any month; the leaderboard open to all reps when the
shop says so). This controller only chooses among what the service returns:

- the month: the current one, or, for a manager, any of the last twelve;
- the leaderboard's scope: a senior starts on their mentees, a manager on everyone, anyone
  else on everyone when the shop's leaderboard is public and on their own row when not;
- the rep "My month" describes: the logged-in user, or the rep picked in the leaderboard
  (a senior's mentee, anyone for a manager);
- the month's close, reopen, CSV export and each rep's statement PDF (managers; the
  actions are disabled with the reason by ``make_action``, the service enforces).

The counter's one line ("Novembre: … · 9 working days") is ``controller_figure``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from counterapp.domain.commission import month_days, month_of, parse_month, previous_month
from counterapp.domain.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_month,
    format_percent,
)
from counterapp.domain.permissions import Role
from counterapp.services.performance import MyMonth, RepMonth
from counterapp.ui.common.controller import (
    BackgroundRunner,
    BusyGuard,
    ControllerTexts,
    Observable,
    run_inline,
)
from counterapp.ui.dashboard import texts as t

ME, MENTEES, EVERYONE = "me", "mentees", "everyone"
OK, ERROR = "ok", "error"
MONTHS_BACK = 12  # a manager picks among the current month and the eleven before it
_SCOPE_TEXT = {ME: t.SCOPE_ME, MENTEES: t.SCOPE_MENTEES, EVERYONE: t.SCOPE_EVERYONE}


def month_name(month: str, locale: str, *, year: bool = False) -> str:
    """``Novembre`` (``Novembre 2026`` with ``year``) for ``YYYY-MM`` in the UI locale."""
    return format_month(month_days(month)[0], locale, year=year)


@dataclass(frozen=True)
class ChartData:
    """The "my month" curve: cumulative credited net per working day up to today, and the
    pace line to quota over the whole month (empty without a quota)."""

    labels: tuple[str, ...]
    cumulative: tuple[Decimal, ...]
    pace: tuple[Decimal, ...]
    title: str = ""
    actual_name: str = ""
    pace_name: str = ""


@dataclass(frozen=True)
class DashboardState:
    """Everything the dashboard panel paints."""

    month: str = ""
    months: tuple[tuple[str, str], ...] = ()  # (YYYY-MM, label), newest first
    can_pick_month: bool = False
    scope: str = ME
    scopes: tuple[tuple[str, str], ...] = ()  # (scope, label)
    subject: str = ""  # whose "my month"
    summary: tuple[str, ...] = ()
    chart: ChartData | None = None
    rows: tuple[RepMonth, ...] = ()
    month_status: str = ""
    closed: bool = False
    public: bool = True  # the shop lets reps see each other's figures
    message: str = ""
    level: str = OK


class DashboardController:
    """Month, scope, subject and the manager's month operations (see the module docstring)."""

    def __init__(self, services, session, *, runner: BackgroundRunner = run_inline,
                 texts: ControllerTexts | None = None):
        self.services, self.session = services, session
        self.runner = runner
        self.texts = texts or ControllerTexts()
        self.guard = BusyGuard()
        self.state: Observable[DashboardState] = Observable(DashboardState())
        self._all_rows: tuple[RepMonth, ...] = ()
        self._mentees: frozenset[str] = frozenset()
        self._again = False

    # -- what to show ------------------------------------------------------------------------
    def _now(self) -> dt.datetime:
        return self.services.ctx.now()

    def _months(self, actor) -> tuple[tuple[str, str], ...]:
        locale = self.texts.locale()
        month = month_of(self._now())
        out = [month]
        if actor.role == Role.MANAGER:
            for _ in range(MONTHS_BACK - 1):
                month = previous_month(month)
                out.append(month)
        return tuple((m, month_name(m, locale, year=True)) for m in out)

    def _scopes(self, actor, public: bool) -> tuple[str, ...]:
        if actor.role == Role.MANAGER:
            return (EVERYONE,)
        first = MENTEES if actor.role == Role.SENIOR else ME
        return (first, EVERYONE) if public else (first,)

    def load(self, read: bool = True) -> None:
        """Start over for whoever is logged in: this month, their default scope, their own
        month (an empty state while locked). Without ``read`` the figures are left for
        the first ``refresh`` (the panel reads them when it is shown)."""
        actor = self.session.actor
        if actor is None:
            self._all_rows = ()
            self.state.set(DashboardState())
            return
        public = self.services.performance.options().reps_see_leaderboard
        self._mentees = frozenset(u.login for u in self.services.staff.list_users()
                                  if u.mentor_login == actor.login)
        scopes = self._scopes(actor, public)
        default = EVERYONE if EVERYONE in scopes and actor.role != Role.SENIOR else scopes[0]
        self.state.set(DashboardState(
            month=month_of(self._now()), months=self._months(actor),
            can_pick_month=actor.role == Role.MANAGER, scope=default, public=public,
            scopes=tuple((s, self.texts.say(_SCOPE_TEXT[s])) for s in scopes),
            subject=actor.login))
        if read:
            self.refresh()

    def pick_month(self, month: str) -> None:
        """A manager's pick in ``monthPicker`` (anyone else stays on the current month)."""
        state = self.state.value
        month = parse_month(month)
        if not state.can_pick_month or month == state.month:
            return
        self.state.set(replace(state, month=month, message=""))
        self.refresh()

    def pick_scope(self, scope: str) -> None:
        """Whose rows the leaderboard lists, among the scopes offered."""
        state = self.state.value
        if scope in dict(state.scopes) and scope != state.scope:
            self.state.set(replace(state, scope=scope, rows=self._scoped(scope)))

    def pick_rep(self, login: str) -> None:
        """Show ``login``'s month under "My month" (a row of the leaderboard the service let
        the user see); their own for anyone who picks themselves."""
        state = self.state.value
        if login and login != state.subject:
            self.state.set(replace(state, subject=login))
            self.refresh()

    def _scoped(self, scope: str) -> tuple[RepMonth, ...]:
        actor = self.session.actor
        if scope == ME:
            return tuple(r for r in self._all_rows if r.login == actor.login)
        if scope == MENTEES:
            return tuple(r for r in self._all_rows if r.login in self._mentees)
        return self._all_rows

    def refresh(self) -> None:
        """Read the month again: the subject's month, the leaderboard, the close."""
        actor, state = self.session.actor, self.state.value
        if actor is None or not state.month:
            return
        if self.guard.busy:
            # Asked while a read or an operation runs (a sale made during the first load):
            # read again when it is done rather than show figures from before.
            self._again = True
            return
        perf = self.services.performance
        month = state.month
        subject = state.subject or actor.login
        month_arg = month if actor.role == Role.MANAGER else None

        def work():
            mine = perf.my_month(actor, subject, month_arg)
            return mine, tuple(perf.leaderboard(actor, month_arg)), perf.month_status(month)

        def done(result) -> None:
            mine, rows, status = result
            self._all_rows = rows
            current = self.state.value
            self.state.set(replace(
                current, summary=self._summary(mine), chart=self._chart(mine),
                rows=self._scoped(current.scope), closed=status is not None,
                month_status=self._status_text(month, status)))

        self._run(work, done)

    # -- the month's operations (managers) ----------------------------------------------------
    def close_month(self) -> None:
        """Freeze the month shown; a second close says who closed it and when."""
        actor, month = self.session.actor, self.state.value.month

        def done(result) -> None:
            locale = self.texts.locale()
            name = month_name(month, locale, year=True)
            if result.closed_now:
                text = self.texts.say_n(t.CLOSED_NOW, result.reps, name)
            else:
                text = self.texts.say(t.ALREADY_CLOSED, name, result.closed_by,
                                      format_datetime(result.closed_at, locale))
            self._say(text)
            self.refresh()

        self._run(lambda: self.services.performance.close_month(actor, month), done)

    def reopen_month(self, reason: str) -> None:
        """Make the month live again (audited with ``reason``)."""
        actor, month = self.session.actor, self.state.value.month

        def done(_result) -> None:
            self._say(self.texts.say(t.REOPENED,
                                     month_name(month, self.texts.locale(), year=True)))
            self.refresh()

        self._run(lambda: self.services.performance.reopen_month(actor, month, reason), done)

    def set_public(self, public: bool) -> None:
        """Whether reps see each other's figures (a shop setting; managers, audited by the
        service). The scopes offered follow at once."""
        actor, perf = self.session.actor, self.services.performance

        def work():
            return perf.set_options(actor, replace(perf.options(),
                                                   reps_see_leaderboard=public))

        def done(_options) -> None:
            state = self.state.value
            self.load(read=False)
            self.state.set(replace(self.state.value, month=state.month,
                                   subject=state.subject,
                                   message=self.texts.say(t.PUBLIC_ON if public
                                                          else t.PUBLIC_OFF)))
            self.refresh()

        self._run(work, done)

    def export_csv(self, path: str) -> None:
        """Every rep's figures of the month shown to ``path``."""
        actor, month = self.session.actor, self.state.value.month
        self._run(lambda: self.services.performance.export_csv(actor, month, path),
                  lambda count: self._say(self.texts.say_n(t.EXPORTED, count, path)))

    def statement(self, login: str, show: Callable[[bytes, str], None]) -> None:
        """Render ``login``'s statement of the month shown, then ``show(pdf, filename)``."""
        if not login:
            self._say(self.texts.say(t.STATEMENT_PICK), ERROR)
            return
        actor, month = self.session.actor, self.state.value.month
        self._run(lambda: self.services.performance.statement_pdf(actor, login, month),
                  lambda pdf: show(pdf, f"statement-{login}-{month}.pdf"))

    def statement_filename(self, login: str) -> str:
        """The file name a saved statement is offered under."""
        return f"statement-{login}-{self.state.value.month}.pdf"

    def save_statements(self, folder: str) -> None:
        """Every rep's statement of the month shown, one PDF each, into ``folder`` (the
        leaderboard's reps: all of them for a manager)."""
        actor, month = self.session.actor, self.state.value.month
        logins = [row.login for row in self._all_rows]

        def work() -> int:
            for login in logins:
                pdf = self.services.performance.statement_pdf(actor, login, month)
                (Path(folder) / f"statement-{login}-{month}.pdf").write_bytes(pdf)
            return len(logins)

        self._run(work, lambda count: self._say(self.texts.say_n(t.STATEMENTS_SAVED, count,
                                                               folder)))

    # -- helpers -----------------------------------------------------------------------------
    def _run(self, work, done) -> None:
        if not self.guard.begin("dashboard"):
            return
        who = self.session.actor

        def success(result) -> None:
            self.guard.end()
            if self.session.actor != who:  # locked or another user since: not theirs to see
                return
            done(result)
            self._catch_up()

        def failure(exc: BaseException) -> None:
            self.guard.end()
            if self.session.actor != who:
                return
            self._say(self.texts.error_text(exc), ERROR)
            self._catch_up()

        self.runner(work, success=success, failure=failure)

    def _catch_up(self) -> None:
        if self._again and not self.guard.busy:
            self._again = False
            self.refresh()

    def _say(self, text: str, level: str = OK) -> None:
        self.state.set(replace(self.state.value, message=text, level=level))

    def _status_text(self, month: str, status) -> str:
        locale = self.texts.locale()
        name = month_name(month, locale, year=True)
        if status is None:
            return self.texts.say(t.MONTH_OPEN, name)
        return self.texts.say(t.MONTH_CLOSED, name, status.closed_by_name or status.closed_by,
                              format_datetime(status.closed_at, locale))

    def _summary(self, mine: MyMonth) -> tuple[str, ...]:
        say, locale, row = self.texts.say, self.texts.locale(), mine.figures
        money = lambda value: format_money(value, locale)  # noqa: E731
        lines = [row.display_name or row.login]
        if row.quota is None or row.attainment_pct is None:
            lines.append(say(t.NO_QUOTA))
        else:
            lines.append(say(t.ATTAINMENT, format_percent(row.attainment_pct, locale),
                             money(row.quota)))
        lines.append(say(t.CREDITED, money(row.credited_net), money(row.returns_net)))
        lines.append(say(t.COMMISSION, money(row.commission), money(row.total_pay)))
        if mine.next_tier is not None:
            tier = mine.next_tier
            lines.append(say(t.NEXT_TIER, format_percent(tier.rate_pct, locale),
                             format_percent(tier.from_pct, locale), money(tier.needed)))
        elif row.quota is not None and ";" in row.tiers:  # a one-band plan has no top
            lines.append(say(t.TOP_TIER))
        lines.append(say(t.DAYS_LEFT, mine.working_days_left))
        return tuple(lines)

    def _chart(self, mine: MyMonth) -> ChartData:
        locale = self.texts.locale()
        return ChartData(
            labels=tuple(format_date(day, locale, year=False) for day in mine.days),
            cumulative=mine.cumulative,
            pace=mine.pace if mine.figures.quota is not None else (),  # no line to nothing
            title=self.texts.say(t.CHART_TITLE), actual_name=self.texts.say(t.SERIES_ACTUAL),
            pace_name=self.texts.say(t.SERIES_PACE))


def status_word(row: RepMonth, texts: ControllerTexts) -> str:
    """``open``/``closed`` in the UI language."""
    return texts.say(t.STATUS_CLOSED if row.status == "closed" else t.STATUS_OPEN)


__all__ = ["EVERYONE", "ME", "MENTEES", "ChartData", "DashboardController", "DashboardState",
           "month_name", "status_word"]
