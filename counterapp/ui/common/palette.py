"""The colours of messages and row states, and the helpers that apply them, in one place.

Every widget that colours an error, a warning, a confirmation, a rush or late row, or a
greyed-out (inactive) row takes the colour from here, so the whole application says "wrong"
in the same red. Table models use the ``QColor`` helpers (``colour``/``brush``); labels use
``style_message``; rich text (HTML) uses the hex strings.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel

ERROR = "#b00020"  # refused input, over the credit limit, a locked user
WARNING = "#8a4b00"  # a backorder, a confirmation that needs a second look
OK = "#1b5e20"  # change due, a discount given, a sale completed
MUTED = "#777777"  # inactive customers and users, secondary text
RUSH = "#b45309"  # amber text: a rush stands out without shouting
RUSH_BACKGROUND = "#fff4e0"
LATE = "#b91c1c"  # past its promised or due date
LATE_BACKGROUND = "#fde8e8"
WARNING_BACKGROUND = "#fff3cd"  # backordered cart lines, a lead's badge
SECONDARY = "#607d8b"  # codes and small print next to a name
BADGE = "#1a3e8c"  # a tag (price list, account manager) on its light background
BADGE_BACKGROUND = "#e8eefc"
ON_DARK = "#cfd8dc"  # small print on the dark total panel
ON_DARK_OK = "#a5d6a7"  # a saving shown on the dark total panel
TOTAL_PANEL = "#10263b"  # the dark panel behind the counter's total
PAY = "#2e7d32"  # the counter's big Pay button
DISABLED = "#9e9e9e"  # a coloured button that cannot be pressed now

_KINDS = {"error": ERROR, "warning": WARNING, "ok": OK, "muted": MUTED, "late": LATE,
          "rush": RUSH}


def colour(hex_code: str) -> QColor:
    """The ``QColor`` of one of the palette's hex codes (``colour(ERROR)``)."""
    return QColor(hex_code)


def brush(hex_code: str) -> QBrush:
    """A ``QBrush`` for a table model's ``ForegroundRole``/``BackgroundRole``."""
    return QBrush(QColor(hex_code))


def message_style(kind: str, *, bold: bool = False) -> str:
    """The style sheet of a message of ``kind`` (error, warning, ok, muted, late, rush)."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {_KINDS[kind]};{weight}"


def style_message(label: QLabel, kind: str, *, bold: bool = False) -> None:
    """Colour ``label`` as a message of ``kind`` (see ``message_style``)."""
    label.setStyleSheet(message_style(kind, bold=bold))
