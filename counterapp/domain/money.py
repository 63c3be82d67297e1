"""Money as ``Decimal`` euros, stored as integer cents; half-up rounding to the cent."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from counterapp.domain.errors import ValidationError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
# A single amount above this is a typing slip (a scanned barcode in a price field), not a sale.
MAX_AMOUNT = Decimal("9999999.99")
# Digits with an optional decimal part: no exponents ("1e5"), no "NaN", no "Infinity".
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


def round_cents(amount: Decimal) -> Decimal:
    """Round to the cent, half away from zero on .5 (the Italian fiscal rule)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    """Decimal euros → integer cents (rounded half-up first)."""
    return int(round_cents(amount) * 100)


def from_cents(cents: int) -> Decimal:
    """Integer cents → Decimal euros with two places."""
    return (Decimal(int(cents)) / 100).quantize(CENT)


def parse_money(field: str, value: object, *, allow_zero: bool = True,
                allow_negative: bool = False) -> Decimal:
    """Parse user input (``"12,50"``, ``"12.50"``, ``Decimal``, ``int``) to euros.

    Raises ``ValidationError`` naming ``field`` on text, floats, NaN, too many decimals,
    negative or absurdly large amounts.
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError(field, "amounts must be exact (no floating point)")
    if isinstance(value, Decimal | int):
        amount = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("€", "").replace(" ", "")
        if not text:
            raise ValidationError(field, "an amount is required")
        if "," in text and "." in text:
            # "1.234,56" (Italian) or "1,234.56" (English): the last separator is the decimal one.
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
        if not _PLAIN_NUMBER.match(text):
            raise ValidationError(field, f"'{value[:40]}' is not an amount")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(field, f"'{value[:40]}' is not an amount") from None
    else:
        raise ValidationError(field, "is not an amount")
    if not amount.is_finite():
        raise ValidationError(field, "is not an amount")
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP) and amount.as_tuple().exponent < -2:
        raise ValidationError(field, "has more than two decimals")
    if amount < 0 and not allow_negative:
        raise ValidationError(field, "must not be negative")
    if amount == 0 and not allow_zero:
        raise ValidationError(field, "must be more than zero")
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError(field, "is too large")
    return amount.quantize(CENT)
