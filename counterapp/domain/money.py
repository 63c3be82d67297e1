"""Money as ``Decimal`` euros, stored as integer cents; half-up rounding to the cent.

This module is also the one place where numbers typed by people are read: every dialog,
CSV column and command-line option that takes an amount or a quantity calls
:func:`parse_money` or :func:`parse_quantity`, so "1.234,56" means the same everywhere.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from counterapp.domain.errors import ValidationError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
# A single amount above this is a typing slip (a scanned barcode in a price field), not a sale.
MAX_AMOUNT = Decimal("9999999.99")
# The largest whole number an INTEGER column holds on both engines (PostgreSQL's int4).
MAX_INTEGER = 2_147_483_647
# Longer input is never a number a person typed; refusing it early keeps the error short.
_MAX_CHARS = 40
# ASCII digits only: str.isdigit() and \d would let "١٢" or "²" through.
_DIGITS = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:[.,][0-9]{3})+")
# Spaces people and Babel put between digits and the euro sign (NBSP, narrow NBSP).
_BLANKS = str.maketrans("", "", " \u00a0\u202f\u2009€")


def round_cents(amount: Decimal) -> Decimal:
    """Round to the cent, half away from zero on .5 (the Italian fiscal rule)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    """Decimal euros → integer cents (rounded half-up first)."""
    return int(round_cents(amount) * 100)


def from_cents(cents: int) -> Decimal:
    """Integer cents → Decimal euros with two places."""
    return (Decimal(int(cents)) / 100).quantize(CENT)


def _split_number(text: str) -> tuple[str, str, str] | None:
    """``(sign, whole digits, decimal digits)`` of typed text, or None when it is no number.

    The rule, the same for Italian and English habits:

    - with both separators the last one is the decimal one and the other groups thousands
      (``1.234,56``, ``1,234.56``);
    - one separator followed by exactly three digits groups thousands (``1.000`` and
      ``1,000`` are a thousand: money never has three decimals), as does a separator that
      appears more than once (``1.000.000``); groups are then exactly three digits;
    - one separator followed by one or two digits is the decimal one (``1,5``, ``12.50``);
    - anything else (exponents, NaN, letters, ``1.2.3``, ``12.34,56``) is no number.
      A single separator followed by four or more digits is returned as decimals, so the
      caller can say "more than two decimals" rather than "not a number".
    """
    sign = ""
    if text[:1] in "+-":
        sign, text = text[0], text[1:]
    if not text:
        return None
    last = max(text.rfind(","), text.rfind("."))
    if last < 0:
        return (sign, text, "") if _DIGITS.fullmatch(text) else None
    head, tail = text[:last], text[last + 1:]
    separator, other = text[last], "," if text[last] == "." else "."
    if other in head:
        # Both separators: ``head`` holds the grouping ones only.
        if separator in head or not _GROUPED.fullmatch(head) or not _DIGITS.fullmatch(tail):
            return None
        return sign, head.replace(other, ""), tail
    if separator in head:
        # The same separator more than once: all grouping.
        return (sign, text.replace(separator, ""), "") if _GROUPED.fullmatch(text) else None
    if not _DIGITS.fullmatch(tail) or (head and not _DIGITS.fullmatch(head)):
        return None
    if len(tail) == 3 and _GROUPED.fullmatch(text):
        return sign, head + tail, ""
    return sign, head or "0", tail


def _number(field: str, value: object) -> Decimal:
    """Typed text, ``Decimal`` or ``int`` → a finite ``Decimal`` (no range checks)."""
    if isinstance(value, bool | float):
        raise ValidationError(field, "amounts must be exact (no floating point)")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(field, "is not a number")
        return value
    if not isinstance(value, str):
        raise ValidationError(field, "is not a number")
    text = value.strip().translate(_BLANKS)
    if not text:
        raise ValidationError(field, "is required")
    parts = _split_number(text) if len(text) <= _MAX_CHARS else None
    if parts is None:
        raise ValidationError(field, f"'{value.strip()[:_MAX_CHARS]}' is not a number")
    sign, whole, decimals = parts
    return Decimal(f"{sign}{whole}.{decimals or '0'}")


def _too_precise(value: object, number: Decimal, places: int) -> bool:
    """More decimals than ``places``: typed text counts its digits ("0,500" has three, so it
    is refused, not read as 0.50); a ``Decimal`` from the app only its value."""
    if isinstance(value, str):
        return number.as_tuple().exponent < -places
    return number != number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def parse_money(field: str, value: object, *, allow_zero: bool = True,
                allow_negative: bool = False, maximum: Decimal = MAX_AMOUNT) -> Decimal:
    """Read an amount typed by a person (or a ``Decimal``/``int``) as euros with two places.

    Accepts Italian and English habits alike: ``"1.234,56"``, ``"1,234.56"``, ``"12,5"``,
    ``"1.000"`` (a thousand), ``"€ 3,20"``. Raises ``ValidationError`` naming ``field`` on
    floats, exponents, NaN, infinity, junk, more than two decimals, a negative amount
    (unless ``allow_negative``), zero (unless ``allow_zero``) and anything above
    ``maximum`` (what the field can hold; the default refuses a scanned barcode).
    """
    amount = _number(field, value)
    if _too_precise(value, amount, 2):
        raise ValidationError(field, "has more than two decimals")
    if amount < 0 and not allow_negative:
        raise ValidationError(field, "must not be negative")
    if amount == 0 and not allow_zero:
        raise ValidationError(field, "must be more than zero")
    if abs(amount) > maximum:
        raise ValidationError(field, f"is too large (at most {maximum:,})")
    return amount.quantize(CENT)


def parse_decimal(field: str, value: object, *, places: int = 2, minimum: Decimal = Decimal(0),
                  maximum: Decimal = Decimal(100)) -> Decimal:
    """A plain decimal such as a percentage (``"22"``, ``"5,5"``, ``"12.5 %"``), same rule.

    At most ``places`` decimals, between ``minimum`` and ``maximum``; returned normalised
    (``Decimal("22")``, not ``Decimal("22.00")`` nor ``Decimal("1E+1")``).
    """
    if isinstance(value, str):
        value = value.strip().removesuffix("%")
    number = _number(field, value)
    if _too_precise(value, number, places):
        raise ValidationError(field, f"has more than {places} decimals")
    if not minimum <= number <= maximum:
        raise ValidationError(field, f"must be between {minimum} and {maximum}")
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))  # "10", never normalize()'s "1E+1"
    return number.normalize()


def parse_quantity(field: str, value: object, *, minimum: int = 0,
                   maximum: int = MAX_INTEGER) -> int:
    """A whole number typed by a person (stock, quantity): ``"1.000"`` and ``"1,000"`` are
    a thousand; decimals, exponents and numbers outside ``minimum..maximum`` (by default
    what an INTEGER column holds) raise ``ValidationError`` naming ``field``."""
    number = _number(field, value)
    if number != number.to_integral_value():
        raise ValidationError(field, "must be a whole number")
    if number < minimum:
        raise ValidationError(field, f"must be at least {minimum:,}")
    if number > maximum:
        raise ValidationError(field, f"is too large (at most {maximum:,})")
    return int(number)
