"""The dashboard's words, marked for lupdate (contexts ``Dashboard`` and ``MonthFigure``).

The controllers have no Qt: they keep these ``(context, text)`` pairs and the view's
``ControllerTexts`` translates them.
"""

from __future__ import annotations

from counterapp.settings import QT_TRANSLATE_NOOP

D = "Dashboard"
M = "MonthFigure"

# The counter's line: "Novembre: 7.420,00 € di 10.000,00 € (74 %) · 9 giorni lavorativi".
# %5 / %3 is WORKING_DAYS: a count, so a numerus string (translated by ControllerTexts.say_n;
# lupdate sees it in counterapp.ui.common.plurals).
FIGURE_WITH_QUOTA = (M, QT_TRANSLATE_NOOP("MonthFigure", "%1: %2 of %3 (%4) · %5"))
FIGURE_NO_QUOTA = (M, QT_TRANSLATE_NOOP("MonthFigure", "%1: %2, no quota · %3"))
WORKING_DAYS = (M, "%n working days", "%n working day")
FIGURE_TIP = (M, QT_TRANSLATE_NOOP("MonthFigure", "Your month so far. Click for the dashboard."))

SCOPE_ME = (D, QT_TRANSLATE_NOOP("Dashboard", "Only me"))
SCOPE_MENTEES = (D, QT_TRANSLATE_NOOP("Dashboard", "My mentees"))
SCOPE_EVERYONE = (D, QT_TRANSLATE_NOOP("Dashboard", "Everyone"))

ATTAINMENT = (D, QT_TRANSLATE_NOOP("Dashboard", "Attainment: %1 of a %2 quota"))
NO_QUOTA = (D, QT_TRANSLATE_NOOP("Dashboard", "No quota this month: no attainment"))
CREDITED = (D, QT_TRANSLATE_NOOP("Dashboard", "Credited sales: %1 (returns %2)"))
COMMISSION = (D, QT_TRANSLATE_NOOP("Dashboard", "Commission so far: %1 · pay so far: %2"))
NEXT_TIER = (D, QT_TRANSLATE_NOOP("Dashboard",
                                  "Next tier: %1 from %2 of quota, %3 more to reach it"))
TOP_TIER = (D, QT_TRANSLATE_NOOP("Dashboard", "Top tier reached"))
DAYS_LEFT = (D, QT_TRANSLATE_NOOP("Dashboard", "Working days left: %1"))

MONTH_OPEN = (D, QT_TRANSLATE_NOOP("Dashboard", "%1 is open (live figures)"))
MONTH_CLOSED = (D, QT_TRANSLATE_NOOP("Dashboard", "%1 closed by %2 on %3 (frozen figures)"))
# Counts (%n) are numerus strings for ControllerTexts.say_n (lupdate: ui.common.plurals).
CLOSED_NOW = (D, "%1 closed: %n reps' figures frozen.", "%1 closed: %n rep's figures frozen.")
ALREADY_CLOSED = (D, QT_TRANSLATE_NOOP("Dashboard",
                                       "%1 was already closed by %2 on %3: nothing changed."))
REOPENED = (D, QT_TRANSLATE_NOOP("Dashboard", "%1 reopened: figures are live again."))
EXPORTED = (D, "%n reps exported to %1.", "%n rep exported to %1.")
STATEMENTS_SAVED = (D, "%n statements saved in %1.", "%n statement saved in %1.")
PUBLIC_ON = (D, QT_TRANSLATE_NOOP("Dashboard", "Reps now see each other's figures."))
PUBLIC_OFF = (D, QT_TRANSLATE_NOOP("Dashboard",
                                   "Reps now see only their own figures (seniors: their mentees')."))
STATEMENT_PICK = (D, QT_TRANSLATE_NOOP("Dashboard", "Select a rep in the leaderboard first."))

CHART_TITLE = (D, QT_TRANSLATE_NOOP("Dashboard", "Credited sales per working day"))
SERIES_ACTUAL = (D, QT_TRANSLATE_NOOP("Dashboard", "Credited (solid)"))
SERIES_PACE = (D, QT_TRANSLATE_NOOP("Dashboard", "Pace to quota (dashed)"))

STATUS_OPEN = (D, QT_TRANSLATE_NOOP("Dashboard", "open"))
STATUS_CLOSED = (D, QT_TRANSLATE_NOOP("Dashboard", "closed"))
