"""Money, percent and quantity as the clerk reads them, in the user's locale.

Formatting works on ``Decimal`` text (never float), swapping in the locale's separators.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


def _separators() -> tuple[str, str]:
    locale = QLocale()
    return locale.decimalPoint(), locale.groupSeparator()


def format_decimal(amount: Decimal, places: int = 2) -> str:
    """``1234.5`` → ``1.234,50`` (Italian) or ``1,234.50`` (English)."""
    point, group = _separators()
    text = f"{Decimal(amount):,.{places}f}"
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def format_money(amount: Decimal) -> str:
    """An amount in euros with two decimals and the euro sign."""
    return f"{format_decimal(amount)} €"


def format_percent(rate: Decimal) -> str:
    """``22`` → ``22 %``, ``7.5`` → ``7,5 %``; trailing zeros dropped."""
    value = Decimal(rate).normalize()
    places = max(0, -value.as_tuple().exponent)
    return f"{format_decimal(value, places)} %"
