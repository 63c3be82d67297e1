"""The counter's month figure (no Qt): "Novembre: 7.420,00 € di 10.000,00 € (74 %) · …".

Read through the runner after each sale, return or delivery and at each login; only the
newest read is shown, and only to the user it was read for.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from counterapp.domain.formatting import format_money, format_percent
from counterapp.services.performance import MonthFigure
from counterapp.ui.common.controller import (
    BackgroundRunner,
    ControllerTexts,
    Observable,
    run_inline,
)
from counterapp.ui.dashboard import texts as t
from counterapp.ui.dashboard.controller import month_name

log = logging.getLogger(__name__)


def whole_percent(value: Decimal, locale: str) -> str:
    """An attainment rounded to the whole per cent for a one-line figure: ``74 %``."""
    return format_percent(value.quantize(Decimal(1)), locale)


def figure_text(figure: MonthFigure, texts: ControllerTexts) -> str:
    """The counter's line for ``figure``; without a quota no attainment (never ÷ 0)."""
    locale = texts.locale()
    name = month_name(figure.month, locale)
    credited = format_money(figure.credited_net, locale)
    days = texts.say_n(t.WORKING_DAYS, figure.working_days_left)
    if figure.quota is None or figure.attainment_pct is None:
        return texts.say(t.FIGURE_NO_QUOTA, name, credited, days)
    return texts.say(t.FIGURE_WITH_QUOTA, name, credited, format_money(figure.quota, locale),
                     whole_percent(figure.attainment_pct, locale), days)


class MonthFigureController:
    """The logged-in rep's figure at the counter, read again after each sale, return or
    delivery and at each login.

    Read through the runner: the service's figure takes a few milliseconds, but its first
    call loads the holiday calendar (~0.4 s), which must not freeze the counter. Only the
    newest read is shown, and only to the user it was read for.
    """

    def __init__(self, services, session, texts: ControllerTexts | None = None, *,
                 runner: BackgroundRunner = run_inline):
        self.services, self.session = services, session
        self.texts = texts or ControllerTexts()
        self.runner = runner
        self.text: Observable[str] = Observable("")
        self._asked = 0

    def refresh(self) -> None:
        """Read the figure for whoever is logged in now ("" while locked or on an error)."""
        self._asked += 1
        ticket, actor = self._asked, self.session.actor
        if actor is None:
            self.text.set("")
            return

        def show(figure: MonthFigure) -> None:
            if ticket == self._asked and self.session.actor == actor:
                self.text.set(figure_text(figure, self.texts))

        def failed(exc: BaseException) -> None:
            # A figure that cannot be read must not stop a sale: logged, nothing shown.
            log.error("the month figure of %s could not be read: %s", actor.login, exc)
            if ticket == self._asked:
                self.text.set("")

        self.runner(lambda: self.services.performance.month_figure(actor), success=show,
                    failure=failed)


__all__ = ["MonthFigureController", "figure_text", "whole_percent"]
