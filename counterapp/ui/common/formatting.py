"""The UI's locale for the one formatter (``counterapp.domain.formatting``).

Screens format money, percentages, quantities and dates by calling the domain formatter
with ``ui_locale()``: the locale of the UI language (``QLocale`` default, set from the
``language`` setting at start-up), so the counter and the receipt printed in the same
language read alike. Nothing here formats by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from counterapp.domain.formatting import locale_for


def ui_locale() -> str:
    """``it_IT`` when the UI speaks Italian, ``en_GB`` otherwise (see the domain module)."""
    return locale_for(QLocale().name())
