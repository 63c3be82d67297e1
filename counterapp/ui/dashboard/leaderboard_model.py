"""The leaderboard's rows: one ``RepMonth`` per rep, best attainment first (the service's
order); a header click sorts by that column's native value."""

from __future__ import annotations

from decimal import Decimal

from counterapp.domain.formatting import format_money, format_percent
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.rows_model import LEFT, RIGHT, Column, RowsModel

C = "LeaderboardModel"
NO_QUOTA = QT_TRANSLATE_NOOP("LeaderboardModel", "no quota")
NONE_DELIVERED = QT_TRANSLATE_NOOP("LeaderboardModel", "none delivered")


def _money(value: Decimal) -> str:
    return format_money(value, ui_locale())


def _attainment(row) -> str:
    # Reached quota is said in words as well as by colour: "✓ 112 %".
    if row.attainment_pct is None:
        return translate(C, NO_QUOTA)
    text = format_percent(row.attainment_pct, ui_locale())
    return ("✓ " + text) if row.attainment_pct >= 100 else text


def _on_time(row) -> str:
    if row.on_time_pct is None:
        return translate(C, NONE_DELIVERED)
    return f"{format_percent(row.on_time_pct, ui_locale())} ({row.on_time}/{row.delivered})"


class LeaderboardModel(RowsModel):
    """Rep, attainment, credited sales, margin, new accounts, calls, on-time delivery, pay."""

    CONTEXT = C
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "Rep"),
               lambda r: r.display_name or r.login, align=LEFT,
               tooltip=lambda r: r.login),
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "Attainment"), _attainment,
               sort=lambda r: r.attainment_pct, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "Credited sales"),
               lambda r: _money(r.credited_net), sort=lambda r: r.credited_net, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "Margin"),
               lambda r: _money(r.margin), sort=lambda r: r.margin, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "New accounts"),
               lambda r: str(r.new_accounts), sort=lambda r: r.new_accounts, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "Calls"),
               lambda r: str(r.calls), sort=lambda r: r.calls, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "On time"), _on_time,
               sort=lambda r: r.on_time_pct, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("LeaderboardModel", "Commission"),
               lambda r: _money(r.commission), sort=lambda r: r.commission, align=RIGHT),
    )
    COL_REP, COL_ATTAINMENT = 0, 1

    def colour(self, row, column: int):
        """Quota reached in green (the ✓ says it too), a month below zero in red."""
        if column == self.COL_ATTAINMENT and row.attainment_pct is not None \
                and row.attainment_pct >= 100:
            return palette.colour(palette.OK)
        if row.credited_net < 0:
            return palette.colour(palette.ERROR)
        return None
