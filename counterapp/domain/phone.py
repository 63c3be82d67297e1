"""Phone numbers: parsed with ``phonenumbers`` (default region Italy), stored in E.164."""

from __future__ import annotations

import re

import phonenumbers

from counterapp.domain.errors import ValidationError

DEFAULT_REGION = "IT"
_ALLOWED = re.compile(r"^[0-9+().\-/\s]*(?:(?:ext\.?|x|int\.?|#)\s*\d{1,6})?$", re.IGNORECASE)


def normalize_phone(raw: str, field: str = "phone", region: str = DEFAULT_REGION) -> str:
    """Any way a person writes a number → ``+390212345678``.

    Accepts spaces, dots, dashes, parentheses, a ``00`` international prefix and an
    extension (which is dropped: calls are matched on the line, not the extension).
    Raises ``ValidationError`` naming ``field`` for anything that is not a possible number.
    """
    if not isinstance(raw, str):
        raise ValidationError(field, "is not a phone number")
    text = raw.strip()
    if not text:
        raise ValidationError(field, "a phone number is required")
    if len(text) > 40 or not _ALLOWED.match(text):
        raise ValidationError(field, f"'{text[:40]}' is not a phone number")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, f"'{text}' is not a phone number") from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError(field, f"'{text}' is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def try_normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """Like ``normalize_phone`` but ``None`` instead of an error (for search boxes)."""
    try:
        return normalize_phone(raw, region=region)
    except ValidationError:
        return None


def format_phone(e164: str) -> str:
    """E.164 → national format for Italian numbers (``02 1234 5678``), international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 39
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)
