"""Rules for customers: identifiers (partita IVA, codice fiscale, SDI code, PEC, codes),
the input a clerk fills in, and its validation into column values.

Pure functions (python-stdnum does the check digits). Each returns the compact form to
store, or raises ``ValidationError`` naming the field; the service, the CSV import and the
phone's lead form all go through them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.it import codicefiscale, iva

from counterapp.domain import money
from counterapp.domain.errors import ValidationError
from counterapp.domain.phone import normalize_phone
from counterapp.domain.text import clean_text, fold

MAX_CREDIT_LIMIT = Decimal("10000000")
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


# -- what a clerk fills in, and its validation ------------------------------------------------


@dataclass(frozen=True)
class PhoneInput:
    """A phone number as typed (any format); ``id`` to keep an existing one."""

    number: str
    label: str = ""
    id: int | None = None
    contact_id: int | None = None


@dataclass(frozen=True)
class AddressInput:
    """An address as typed; ``id`` to keep an existing one."""

    street: str
    city: str
    postcode: str = ""
    province: str = ""
    country: str = "IT"
    label: str = ""
    is_default: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ContactInput:
    """A contact person as typed; ``phones`` are the contact's own numbers."""

    name: str
    role: str = ""
    email: str = ""
    active: bool = True
    phones: tuple[PhoneInput, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class CustomerInput:
    """What the customer dialog (or an import) sends to ``create``/``update``.

    ``code`` empty on create → the next free ``C000123``. ``credit_limit`` ``None`` keeps
    the current one; a change needs ``Action.CHANGE_CREDIT_LIMIT``. ``phones``,
    ``addresses`` and ``contacts`` are the complete new lists (rows with an ``id`` are
    kept and edited, missing ones removed) unless ``replace_children`` is false.
    """

    name: str
    kind: str = "b2c"
    code: str = ""
    vat_number: str = ""
    fiscal_code: str = ""
    sdi_code: str = ""
    pec: str = ""
    email: str = ""
    price_list_id: int | None = None
    payment_terms: str = ""
    credit_limit: Decimal | None = None
    account_manager_login: str = ""
    status: str = "active"
    language: str = "it"
    notes: str = ""
    phones: tuple[PhoneInput, ...] = ()
    addresses: tuple[AddressInput, ...] = ()
    contacts: tuple[ContactInput, ...] = ()
    replace_children: bool = True


def parse_credit_limit(value: object, field_name: str = "credit_limit") -> Decimal:
    """A credit limit: the one money rule (``domain.money.parse_money``), up to the limit's cap."""
    return money.parse_money(field_name, value, maximum=MAX_CREDIT_LIMIT)


def clean_customer_fields(data: CustomerInput) -> dict:
    """Validate the scalar fields of ``data``; returns column values (no lookups)."""
    kind = validate_kind(data.kind)
    name = clean_text("name", data.name, required=True, max_length=200)
    values = dict(
        kind=kind,
        name=name,
        search_name=fold(name)[:200],
        vat_number=validate_vat_number(data.vat_number),
        fiscal_code=validate_fiscal_code(data.fiscal_code),
        sdi_code=validate_sdi_code(data.sdi_code),
        pec=validate_email(data.pec, "pec"),
        email=validate_email(data.email, "email"),
        payment_terms=clean_text("payment_terms", data.payment_terms, max_length=40),
        status=validate_status(data.status),
        language=clean_text("language", data.language or "it", max_length=5) or "it",
        notes=clean_text("notes", data.notes, max_length=4000),
    )
    if data.code:
        values["code"] = validate_code(data.code)
    # A lead taken on the phone may not know its VAT number yet; an active account must.
    if (kind == "b2b" and values["status"] == "active" and not values["vat_number"]
            and not values["fiscal_code"]):
        raise ValidationError("vat_number", "a business account needs a VAT number")
    return values


def clean_address(data: AddressInput, index: int) -> dict:
    """One address of the form (``index`` names it in errors) as column values."""
    prefix = f"addresses[{index}]."
    country = (data.country or "IT").strip().upper()
    if not re.match(r"^[A-Z]{2}$", country):
        raise ValidationError(prefix + "country", "a country is a two-letter code (IT)")
    province = (data.province or "").strip().upper()
    if province and not re.match(r"^[A-Z]{2}$", province):
        raise ValidationError(prefix + "province", "a province is two letters (MI)")
    postcode = (data.postcode or "").strip()
    if postcode and country == "IT" and not re.match(r"^\d{5}$", postcode):
        raise ValidationError(prefix + "postcode", "an Italian postcode is 5 digits")
    return dict(
        label=clean_text(prefix + "label", data.label, max_length=80),
        street=clean_text(prefix + "street", data.street, required=True, max_length=200),
        postcode=clean_text(prefix + "postcode", postcode, max_length=10),
        city=clean_text(prefix + "city", data.city, required=True, max_length=100),
        province=province,
        country=country,
        is_default=bool(data.is_default),
    )


def clean_phone(data: PhoneInput, index: int, prefix: str = "phones") -> dict:
    """One phone number of the form as E.164 and label."""
    name = f"{prefix}[{index}]"
    return dict(e164=normalize_phone(data.number, name),
                label=clean_text(name + ".label", data.label, max_length=40))


def clean_children(data: CustomerInput) -> dict:
    """The phones, addresses and contacts of ``data`` as column values (one default
    address, no number listed twice), each with its id (None for new ones)."""
    addresses = [clean_address(a, i) for i, a in enumerate(data.addresses)]
    if addresses and not any(a["is_default"] for a in addresses):
        addresses[0]["is_default"] = True
    defaults = [i for i, a in enumerate(addresses) if a["is_default"]]
    for i in defaults[1:]:
        addresses[i]["is_default"] = False
    phones = [(p.id, clean_phone(p, i)) for i, p in enumerate(data.phones)]
    contacts = []
    for i, k in enumerate(data.contacts):
        prefix = f"contacts[{i}]"
        contacts.append((k.id, dict(
            name=clean_text(prefix + ".name", k.name, required=True, max_length=120),
            role=clean_text(prefix + ".role", k.role, max_length=80),
            email=validate_email(k.email, prefix + ".email"),
            active=bool(k.active)),
            [(p.id, clean_phone(p, j, prefix + ".phones")) for j, p in enumerate(k.phones)]))
    seen = set()
    for _, phone in phones + [p for _, _, ps in contacts for p in ps]:
        if phone["e164"] in seen:
            raise ValidationError("phones", f"{phone['e164']} is listed twice")
        seen.add(phone["e164"])
    return dict(addresses=list(zip([a.id for a in data.addresses], addresses, strict=True)),
                phones=phones, contacts=contacts)
