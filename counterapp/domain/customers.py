"""Rules for customer identifiers: partita IVA, codice fiscale, SDI code, PEC, codes.

Pure functions over strings (python-stdnum does the check digits). Each returns the
compact form to store, or raises ``ValidationError`` naming the field.
"""

from __future__ import annotations

import re

from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.it import codicefiscale, iva

from counterapp.domain.errors import ValidationError

KINDS = ("b2b", "b2c")
STATUSES = ("lead", "active", "inactive")
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,19}$")
SDI_RE = re.compile(r"^[A-Z0-9]{7}$")
EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[A-Za-z]{2,}$")


def compact_vat_text(raw: str) -> str:
    """Strip spaces, dots and dashes and upper-case: the form a VAT number is searched by."""
    return re.sub(r"[\s.\-/]", "", raw or "").upper()


def validate_vat_number(raw: str, field: str = "vat_number") -> str:
    """An Italian partita IVA (``IT`` prefix optional) → 11 digits; another EU VAT number →
    country prefix + number (``DE136695976``). Empty stays empty."""
    text = compact_vat_text(raw)
    if not text:
        return ""
    if text.startswith("IT"):
        text = text[2:]
    if text.isdigit():
        try:
            return iva.validate(text)
        except StdnumError:
            raise ValidationError(field, f"'{raw.strip()[:40]}' is not a valid partita IVA") from None
    try:
        return eu_vat.validate(text)
    except StdnumError:
        raise ValidationError(field, f"'{raw.strip()[:40]}' is not a valid VAT number") from None


def validate_fiscal_code(raw: str, field: str = "fiscal_code") -> str:
    """A person's codice fiscale (16 characters) or a company's (11 digits). Empty stays empty."""
    text = compact_vat_text(raw)
    if not text:
        return ""
    if text.isdigit():
        try:
            return iva.validate(text)
        except StdnumError:
            raise ValidationError(field, f"'{raw.strip()[:40]}' is not a valid fiscal code") from None
    try:
        return codicefiscale.validate(text)
    except StdnumError:
        raise ValidationError(field, f"'{raw.strip()[:40]}' is not a valid codice fiscale") from None


def validate_sdi_code(raw: str, field: str = "sdi_code") -> str:
    """The 7-character recipient code for e-invoices (``0000000`` when the PEC is used)."""
    text = (raw or "").strip().upper()
    if not text:
        return ""
    if not SDI_RE.match(text):
        raise ValidationError(field, "an SDI code is 7 letters or digits")
    return text


def validate_email(raw: str, field: str = "email") -> str:
    """A plausible e-mail address (PEC addresses are e-mail addresses too)."""
    text = (raw or "").strip()
    if not text:
        return ""
    if len(text) > 200 or not EMAIL_RE.match(text):
        raise ValidationError(field, f"'{text[:60]}' is not an e-mail address")
    return text


def validate_code(raw: str, field: str = "code") -> str:
    """A customer code: 1–20 upper-case letters, digits, '.', '_', '/', '-'."""
    text = (raw or "").strip().upper()
    if not CODE_RE.match(text):
        raise ValidationError(field, "a code is 1–20 letters, digits, '.', '_', '/' or '-'")
    return text


def validate_kind(raw: str, field: str = "kind") -> str:
    """``b2b`` (business account) or ``b2c`` (consumer)."""
    text = (raw or "").strip().lower()
    if text not in KINDS:
        raise ValidationError(field, f"'{raw}' is not b2b or b2c")
    return text


def validate_status(raw: str, field: str = "status") -> str:
    """``lead``, ``active`` or ``inactive``."""
    text = (raw or "").strip().lower()
    if text not in STATUSES:
        raise ValidationError(field, f"'{raw}' is not lead, active or inactive")
    return text


def iva_check_digit(first_ten: str) -> str:
    """The check digit of a partita IVA from its first ten digits (Luhn-like, for tests)."""
    total = 0
    for index, char in enumerate(first_ten):
        digit = int(char)
        if index % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)
