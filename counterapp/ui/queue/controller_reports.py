"""The Shipping menu's two reports without Qt: the late-deliveries check and the on-time rate.

``DeliveryCheck`` reads the shipments past their promised date and creates the reps'
follow-up tasks (once per order: running it again creates nothing new). ``OnTimeReport``
counts delivered orders per group off the UI thread (the injected ``BackgroundRunner``; an
older query finishing late is dropped) and writes the CSV. Their dialogs
(``delivery_check.DeliveryCheckDialog``, ``stats.OnTimeStatsDialog``) paint the states.
Words keep the dialogs' translation contexts, so the Italian catalogue keeps them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from counterapp.services import Services
from counterapp.services.shipping_queue import QueueRow
from counterapp.services.shipping_reports import OnTimeRow
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common.controller import (
    BackgroundRunner,
    ControllerTexts,
    Observable,
    run_inline,
)

__all__ = ["DeliveryCheck", "LateState", "OnTimeReport", "OnTimeState"]

D = "DeliveryCheckDialog"
S = "OnTimeStatsDialog"
# A count: a numerus string for ControllerTexts.say_n (lupdate: counterapp.ui.common.plurals).
LATE_COUNT = (D, "%n orders are past their promised date.",
              "%n order is past its promised date.")
NONE_LATE = (D, QT_TRANSLATE_NOOP("DeliveryCheckDialog", "No late deliveries."))
FOLLOW_UPS = (D, QT_TRANSLATE_NOOP(
    "DeliveryCheckDialog", "%1 late orders: %2 new follow-up tasks, %3 already existed."))
COUNTING = (S, QT_TRANSLATE_NOOP("OnTimeStatsDialog", "Counting…"))
RATE = (S, QT_TRANSLATE_NOOP("OnTimeStatsDialog", "%1 delivered, %2 on time (%3 %)"))
SAVED = (S, QT_TRANSLATE_NOOP("OnTimeStatsDialog", "Saved %1"))


@dataclass(frozen=True)
class LateState:
    """The late shipments as of ``today``, the line above them, whether tasks can be made."""

    rows: tuple[QueueRow, ...]
    today: dt.date
    summary: str
    can_create: bool


class DeliveryCheck:
    """The late-deliveries check (any logged-in clerk; the service checks the role)."""

    def __init__(self, services: Services, session, texts: ControllerTexts | None = None):
        self.services = services
        self.session = session
        self.texts = texts or ControllerTexts()

    def load(self) -> LateState:
        """Read the late shipments."""
        rows = tuple(self.services.shipping_queue.late_shipments())
        summary = (self.texts.say_n(LATE_COUNT, len(rows)) if rows
                   else self.texts.say(NONE_LATE))
        return LateState(rows, self.services.ctx.now().date(), summary, bool(rows))

    def create_follow_ups(self) -> LateState:
        """Create the missing follow-up tasks (idempotent); the summary says how many."""
        try:
            result = self.services.shipping.run_delivery_check(self.session.actor)
        except Exception as exc:  # noqa: BLE001 (shown to the clerk)
            state = self.load()
            return LateState(state.rows, state.today, self.texts.error_text(exc),
                             state.can_create)
        state = self.load()
        total = len(result.rows)
        return LateState(state.rows, state.today,
                         self.texts.say(FOLLOW_UPS, total, result.tasks_created,
                                        total - result.tasks_created), state.can_create)


@dataclass(frozen=True)
class OnTimeState:
    """The rows of the last finished query, its grouping and the line under the table."""

    rows: tuple[OnTimeRow, ...]
    group: str
    message: str


class OnTimeReport:
    """On-time delivery rate per period, method, carrier, driver, rep or account."""

    def __init__(self, services: Services, *, runner: BackgroundRunner = run_inline,
                 texts: ControllerTexts | None = None):
        self.services = services
        self.runner = runner
        self.texts = texts or ControllerTexts()
        self._generation = 0
        self.state: Observable[OnTimeState] = Observable(OnTimeState((), "period", ""))

    def load(self, group: str, start: dt.date, end: dt.date) -> None:
        """Count off the UI thread (a year of deliveries is many rows); the newest wins."""
        self._generation += 1
        generation = self._generation
        current = self.state.value
        self.state.set(OnTimeState(current.rows, current.group, self.texts.say(COUNTING)))

        def success(rows: list[OnTimeRow]) -> None:
            if generation == self._generation:  # an older query finishing late is dropped
                self.state.set(OnTimeState(tuple(rows), group, self._rate(rows)))

        def failure(exc: BaseException) -> None:
            if generation == self._generation:
                current = self.state.value
                self.state.set(OnTimeState(current.rows, current.group,
                                           self.texts.error_text(exc)))

        self.runner(lambda: self.services.shipping_reports.on_time_stats(group, start, end),
                    success=success, failure=failure)

    def _rate(self, rows: list[OnTimeRow]) -> str:
        delivered = sum(r.delivered for r in rows)
        on_time = sum(r.on_time for r in rows)
        rate = f"{on_time * 100 / delivered:.1f}" if delivered else "–"
        return self.texts.say(RATE, delivered, on_time, rate)

    def export(self, path: str) -> str:
        """Write the shown rows as CSV to ``path``; returns it ("" when it failed)."""
        current = self.state.value
        text = self.services.shipping_reports.on_time_csv(list(current.rows), current.group)
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.state.set(OnTimeState(current.rows, current.group,
                                       self.texts.error_text(exc)))
            return ""
        self.state.set(OnTimeState(current.rows, current.group, self.texts.say(SAVED, path)))
        return path
