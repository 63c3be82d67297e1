"""Customers: accounts, contacts, phones, addresses, search, leads.

Search runs in SQL over indexed columns with a LIMIT (never loading every customer):
name prefix on the folded ``search_name``, word prefix inside it, code, phone number in
any format (matched on E.164, or on the tail of its digits), VAT number, fiscal code and
city. Merged customers never show; inactive ones come last.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

import peewee
from peewee import JOIN, fn

from counterapp.db.models import (
    Address,
    AuditEntry,
    Call,
    Contact,
    Customer,
    Order,
    OrderLine,
    ParkedSale,
    PhoneNumber,
    PriceList,
    StandingOrder,
    Task,
    User,
)
from counterapp.domain import money
from counterapp.domain.customers import (
    compact_vat_text,
    validate_code,
    validate_email,
    validate_fiscal_code,
    validate_kind,
    validate_sdi_code,
    validate_status,
    validate_vat_number,
)
from counterapp.domain.errors import Conflict, NotFound, ValidationError
from counterapp.domain.money import from_cents
from counterapp.domain.permissions import Action, Role
from counterapp.domain.phone import normalize_phone, try_normalize_phone
from counterapp.domain.text import clean_text, fold
from counterapp.services import audit
from counterapp.services.context import Actor, Approval, ServiceContext, authorize

MAX_CREDIT_LIMIT = Decimal("10000000")
_PHONEISH = re.compile(r"^[0-9+().\-/\s]+$")
_WORD = re.compile(r"[^\W_]+")


def _prefix_range(column, prefix: str):
    """``column`` starts with ``prefix``, as a range both engines answer from a b-tree index."""
    return (column >= prefix) & (column < prefix + "\uffff")


# -- rows --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerRow:
    """One customer as listed by search (E.164 of the first phone number)."""

    id: int
    code: str
    kind: str
    name: str
    vat_number: str
    city: str
    phone: str
    account_manager_login: str
    account_manager_name: str
    balance: Decimal
    credit_limit: Decimal
    status: str


@dataclass(frozen=True)
class PhoneRow:
    """A stored phone number (E.164); ``contact_id`` when it is a contact's."""

    id: int
    e164: str
    label: str
    contact_id: int | None


@dataclass(frozen=True)
class ContactRow:
    """A person at a business account, with their own phone numbers."""

    id: int
    name: str
    role: str
    email: str
    active: bool
    phones: tuple[PhoneRow, ...]


@dataclass(frozen=True)
class AddressRow:
    """A delivery address; one is the default."""

    id: int
    label: str
    street: str
    postcode: str
    city: str
    province: str
    country: str
    is_default: bool


@dataclass(frozen=True)
class CustomerDetail:
    """Every field of one customer, with contacts, phones and addresses."""

    id: int
    code: str
    kind: str
    name: str
    vat_number: str
    fiscal_code: str
    sdi_code: str
    pec: str
    email: str
    price_list_id: int | None
    price_list_name: str
    payment_terms: str
    credit_limit: Decimal
    balance: Decimal
    account_manager_login: str
    account_manager_name: str
    status: str
    language: str
    notes: str
    created_at: dt.datetime
    converted_at: dt.datetime | None
    brought_in_by_login: str
    merged_into_id: int | None
    version: int
    contacts: tuple[ContactRow, ...]
    phones: tuple[PhoneRow, ...]
    addresses: tuple[AddressRow, ...]

    @property
    def default_address(self) -> AddressRow | None:
        """The default address, else the first, else ``None``."""
        for address in self.addresses:
            if address.is_default:
                return address
        return self.addresses[0] if self.addresses else None


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


@dataclass(frozen=True)
class ValueRow:
    """A customer's value over a period: revenue net of VAT, gross margin, orders."""

    customer_id: int
    code: str
    name: str
    revenue: Decimal
    margin: Decimal
    orders: int
    account_manager_login: str


@dataclass(frozen=True)
class PriceListRow:
    """A price list a customer can be put on."""

    id: int
    code: str
    name: str
    includes_vat: bool


# -- validation helpers (pure, used by CSV import too) -----------------------------------------


def parse_money(value: object, field_name: str) -> Decimal:
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


def _clean_address(data: AddressInput, index: int) -> dict:
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


def _clean_phone(data: PhoneInput, index: int, prefix: str = "phones") -> dict:
    name = f"{prefix}[{index}]"
    return dict(e164=normalize_phone(data.number, name),
                label=clean_text(name + ".label", data.label, max_length=40))


# -- the service -------------------------------------------------------------------------------


class CustomerService:
    """Customers: accounts, contacts, phones, addresses, search, leads."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- search ----------------------------------------------------------------------------
    def search(self, text: str, limit: int = 30) -> list[CustomerRow]:
        """Customers matching ``text`` by name, code, phone, VAT number, fiscal code or city.

        Best matches first (exact code/phone/VAT, then name prefix, then the rest); merged
        customers are excluded and inactive ones come last. At most ``limit`` rows.
        """
        text = (text or "").strip()
        if not text or limit <= 0:
            return []
        text = text[:100]
        ids: list[int] = []
        seen: set[int] = set()

        def take(query) -> None:
            if len(ids) >= limit:
                return
            for (customer_id,) in query.limit(limit * 2 + 5).tuples():
                if customer_id not in seen:
                    seen.add(customer_id)
                    ids.append(customer_id)
                    if len(ids) >= limit:
                        return

        # Not merged. On SQLite, COALESCE keeps the planner off the nearly all-NULL
        # merged_into index; PostgreSQL's statistics know the NULL fraction, so plain IS NULL
        # lets it estimate that nearly every row passes (and keep index scans with LIMIT).
        live = (fn.COALESCE(Customer.merged_into, 0) == 0 if self._sqlite
                else Customer.merged_into.is_null())
        exact_phone = False
        digits = re.sub(r"\D", "", text)
        compact = compact_vat_text(text)
        folded = fold(text)
        # 1. exact identifiers: code, phone, VAT number, fiscal code
        take(Customer.select(Customer.id).where((Customer.code == text.upper()) & live))
        if _PHONEISH.match(text) and len(digits) >= 4:
            e164 = try_normalize_phone(text)
            if e164:
                exact_phone = True
                take(PhoneNumber.select(PhoneNumber.customer).join(Customer)
                     .where((PhoneNumber.e164 == e164) & live))
        if len(compact) >= 6 and any(c.isdigit() for c in compact):
            # One query per column so each uses its own index (an OR may scan the table).
            vat = compact[2:] if compact.startswith("IT") and compact[2:].isdigit() else compact
            for value in dict.fromkeys((vat, compact)):
                take(Customer.select(Customer.id).where((Customer.vat_number == value) & live))
            if len(compact) in (11, 16):
                take(Customer.select(Customer.id).where((Customer.fiscal_code == compact) & live))
        # 2. prefixes: name, code, VAT number
        if folded:
            take(Customer.select(Customer.id)
                 .where(_prefix_range(Customer.search_name, folded) & live)
                 .order_by(Customer.search_name))
        take(Customer.select(Customer.id)
             .where(_prefix_range(Customer.code, text.upper()) & live).order_by(Customer.code))
        if compact.isdigit() and len(compact) >= 3:
            take(Customer.select(Customer.id)
                 .where(_prefix_range(Customer.vat_number, compact) & live)
                 .order_by(Customer.vat_number))
        # 3. city, whatever the case ("milano" finds "Milano"; index on lower(city), m0101)
        if len(text) >= 2 and not digits:
            take(Address.select(Address.customer).join(Customer)
                 .where(_prefix_range(fn.LOWER(Address.city), text.lower()) & live)
                 .order_by(fn.LOWER(Address.city)))
        # 4. partial phone digits on the tail of the stored number (indexed, see m0100)
        if _PHONEISH.match(text) and len(digits) >= 4 and not exact_phone:
            tail = (digits[2:] if digits.startswith("00") else digits)[-12:]
            take(PhoneNumber.select(PhoneNumber.customer).join(Customer)
                 .where(self._phone_tail(tail) & live))
        # 5. words of the name anywhere ("rossi" finds "Mario Rossi"; "mar ros" both words)
        words = _WORD.findall(folded)
        if words and len(ids) < limit and not _PHONEISH.match(text) and (not digits or not ids):
            take(Customer.select(Customer.id).where(self._name_words(words, limit) & live))
        rows = self._rows(ids)
        # Inactive and leads after active accounts, keeping the relevance order otherwise.
        rank = {"active": 0, "lead": 1, "inactive": 2}
        order = {customer_id: i for i, customer_id in enumerate(ids)}
        rows.sort(key=lambda row: (rank.get(row.status, 3), order[row.id]))
        return rows[:limit]

    def _phone_tail(self, tail: str):
        """``PhoneNumber.e164`` ends with the digits ``tail`` (an index answers it)."""
        if self._sqlite:
            return PhoneNumber.id.in_(peewee.SQL(
                "(SELECT rowid FROM phone_number_fts WHERE e164 LIKE ?)", ("%" + tail,)))
        return peewee.NodeList((fn.reverse(PhoneNumber.e164), peewee.SQL("LIKE"),
                                peewee.Value(tail[::-1] + "%")))

    def _name_words(self, words: list[str], limit: int):
        """Every word of the query starts a word of the name (full-text index, see m0100)."""
        cap = max(limit * 4, 100)
        if self._sqlite:
            match = " ".join(f'"{word}"*' for word in words)
            return Customer.id.in_(peewee.SQL(
                "(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?)",
                (match, cap)))
        query = " & ".join(f"{word}:*" for word in words)
        return peewee.NodeList((peewee.SQL("search_vector @@ to_tsquery('simple',"),
                                peewee.Value(query), peewee.SQL(")")), glue="")

    @property
    def _sqlite(self) -> bool:
        from counterapp.db.database import is_sqlite  # noqa: PLC0415

        return is_sqlite(self.ctx.db)

    def _rows(self, ids: list[int]) -> list[CustomerRow]:
        if not ids:
            return []
        manager = User.alias()
        first_phone = (PhoneNumber.select(fn.MIN(PhoneNumber.id))
                       .where(PhoneNumber.customer == Customer.id))
        default_city = (Address.select(Address.city)
                        .where(Address.customer == Customer.id)
                        .order_by(Address.is_default.desc(), Address.id).limit(1))
        query = (Customer
                 .select(Customer.id, Customer.code, Customer.kind, Customer.name,
                         Customer.vat_number, default_city.alias("city"),
                         PhoneNumber.e164, manager.login, manager.display_name,
                         Customer.balance, Customer.credit_limit, Customer.status)
                 .join(manager, JOIN.LEFT_OUTER, on=(Customer.account_manager == manager.id))
                 .switch(Customer)
                 .join(PhoneNumber, JOIN.LEFT_OUTER, on=(PhoneNumber.id == first_phone))
                 .where(Customer.id.in_(ids))
                 .tuples())
        rows = []
        for (cid, code, kind, name, vat, city, e164, login, mname, balance, credit,
             status) in query:
            rows.append(CustomerRow(
                id=cid, code=code, kind=kind, name=name, vat_number=vat, city=city or "",
                phone=e164 or "", account_manager_login=login or "",
                account_manager_name=mname or "",
                balance=from_cents(balance) if isinstance(balance, int) else balance,
                credit_limit=(from_cents(credit) if isinstance(credit, int) else credit),
                status=status))
        return rows

    # -- read ------------------------------------------------------------------------------
    def get(self, customer_id: int) -> CustomerDetail:
        """Every field of one customer, or ``NotFound``."""
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound("customer", customer_id)
        return self._detail(customer)

    def get_by_code(self, code: str) -> CustomerDetail:
        """The customer with this code, or ``NotFound``."""
        customer = Customer.get_or_none(Customer.code == (code or "").strip().upper())
        if customer is None:
            raise NotFound("customer", code)
        return self._detail(customer)

    def find_by_phone(self, number: str) -> list[CustomerRow]:
        """Customers (not merged) with this exact number, any format; ``[]`` for garbage."""
        e164 = try_normalize_phone(number or "")
        if not e164:
            return []
        ids = [cid for (cid,) in PhoneNumber.select(PhoneNumber.customer).join(Customer)
               .where((PhoneNumber.e164 == e164) & Customer.merged_into.is_null())
               .distinct().tuples()]
        return self._rows(ids)

    def price_lists(self) -> list[PriceListRow]:
        """Active price lists by name."""
        return [PriceListRow(p.id, p.code, p.name, p.includes_vat)
                for p in PriceList.select().where(PriceList.active).order_by(PriceList.name)]

    def account_managers(self) -> list[tuple[str, str]]:
        """(login, name) of active users who may manage accounts."""
        return [(u.login, u.display_name) for u in User.select()
                .where(User.active & User.role.in_([Role.ACCOUNT_MANAGER.value,
                                                    Role.MANAGER.value, Role.SENIOR.value]))
                .order_by(User.display_name)]

    def _detail(self, c: Customer) -> CustomerDetail:
        phones = [PhoneRow(p.id, p.e164, p.label, p.contact_id)
                  for p in PhoneNumber.select().where(PhoneNumber.customer == c.id)
                  .order_by(PhoneNumber.id)]
        contacts = tuple(
            ContactRow(k.id, k.name, k.role, k.email, k.active,
                       tuple(p for p in phones if p.contact_id == k.id))
            for k in Contact.select().where(Contact.customer == c.id).order_by(Contact.id))
        addresses = tuple(
            AddressRow(a.id, a.label, a.street, a.postcode, a.city, a.province, a.country,
                       a.is_default)
            for a in Address.select().where(Address.customer == c.id)
            .order_by(Address.is_default.desc(), Address.id))
        manager = User.get_or_none(User.id == c.account_manager_id) if c.account_manager_id else None
        brought = User.get_or_none(User.id == c.brought_in_by_id) if c.brought_in_by_id else None
        price_list = (PriceList.get_or_none(PriceList.id == c.price_list_id)
                      if c.price_list_id else None)
        return CustomerDetail(
            id=c.id, code=c.code, kind=c.kind, name=c.name, vat_number=c.vat_number,
            fiscal_code=c.fiscal_code, sdi_code=c.sdi_code, pec=c.pec, email=c.email,
            price_list_id=c.price_list_id, price_list_name=price_list.name if price_list else "",
            payment_terms=c.payment_terms, credit_limit=c.credit_limit, balance=c.balance,
            account_manager_login=manager.login if manager else "",
            account_manager_name=manager.display_name if manager else "",
            status=c.status, language=c.language, notes=c.notes, created_at=c.created_at,
            converted_at=c.converted_at, brought_in_by_login=brought.login if brought else "",
            merged_into_id=c.merged_into_id, version=c.version, contacts=contacts,
            phones=tuple(phones), addresses=addresses)

    # -- write -----------------------------------------------------------------------------
    def _lookup_refs(self, data: CustomerInput) -> dict:
        values = {}
        if data.price_list_id is not None:
            if not PriceList.select().where(PriceList.id == data.price_list_id).exists():
                raise ValidationError("price_list", "no such price list")
        values["price_list"] = data.price_list_id
        login = (data.account_manager_login or "").strip().lower()
        if login:
            manager = User.get_or_none((User.login == login) & User.active)
            if manager is None:
                raise ValidationError("account_manager", f"no active user '{login}'")
            values["account_manager"] = manager.id
        else:
            values["account_manager"] = None
        return values

    def _next_code(self) -> str:
        highest = Customer.select(fn.MAX(Customer.id)).scalar() or 0
        number = highest + 1
        while True:
            code = f"C{number:06d}"
            if not Customer.select().where(Customer.code == code).exists():
                return code
            number += 1

    def _snapshot(self, customer_id: int) -> dict:
        d = self.get(customer_id)
        return dict(code=d.code, kind=d.kind, name=d.name, vat_number=d.vat_number,
                    fiscal_code=d.fiscal_code, sdi_code=d.sdi_code, pec=d.pec, email=d.email,
                    price_list=d.price_list_name, payment_terms=d.payment_terms,
                    credit_limit=str(d.credit_limit), account_manager=d.account_manager_login,
                    status=d.status, notes=d.notes,
                    phones=[p.e164 for p in d.phones],
                    addresses=[f"{a.street}, {a.postcode} {a.city}" for a in d.addresses],
                    contacts=[k.name for k in d.contacts])

    def create(self, actor: Actor, data: CustomerInput, *,
               approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Create a customer with its phones, addresses and contacts (one transaction).

        A credit limit above zero needs ``Action.CHANGE_CREDIT_LIMIT`` (or an approval).
        """
        values = clean_customer_fields(data)
        credit = parse_money(data.credit_limit, "credit_limit") if data.credit_limit else Decimal(0)
        children = self._clean_children(data)
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            values.update(self._lookup_refs(data))
            approval = None
            if credit:
                approval = authorize(self.ctx, actor, Action.CHANGE_CREDIT_LIMIT, credit,
                                     approvals)
            if values.get("price_list") is not None:
                approval = authorize(self.ctx, actor, Action.CHANGE_PRICE_LIST, None,
                                     approvals) or approval
            if "code" not in values:
                values["code"] = self._next_code()
            elif Customer.select().where(Customer.code == values["code"]).exists():
                raise ValidationError("code", f"code '{values['code']}' is already used")
            now = self.ctx.now()
            customer = Customer.create(**values, credit_limit=credit, created_at=now,
                                       brought_in_by=actor.id if actor else None)
            self._write_children(customer.id, children)
            after = self._snapshot(customer.id)
            audit.record(actor, "customer_created", entity="customer", entity_id=customer.code,
                         customer_id=customer.id, after=after, approval=approval,
                         amount=credit if credit else None, at=now)
            return self.get(customer.id)

    def update(self, actor: Actor, customer_id: int, data: CustomerInput, *,
               expected_version: int, approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Save an edited customer; ``Conflict`` if someone saved it since it was read."""
        values = clean_customer_fields(data)
        credit = (parse_money(data.credit_limit, "credit_limit")
                  if data.credit_limit is not None else None)
        children = self._clean_children(data) if data.replace_children else None
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            customer = self._get_for_update(customer_id)
            if customer.version != expected_version:
                raise Conflict(f"{customer.name} was changed by someone else meanwhile; "
                               "reopen it to see their changes")
            values.update(self._lookup_refs(data))
            if "code" in values and values["code"] != customer.code:
                if Customer.select().where((Customer.code == values["code"])
                                           & (Customer.id != customer_id)).exists():
                    raise ValidationError("code", f"code '{values['code']}' is already used")
            approval = None
            if credit is not None and credit != customer.credit_limit:
                approval = authorize(self.ctx, actor, Action.CHANGE_CREDIT_LIMIT, credit,
                                     approvals)
                values["credit_limit"] = credit
            if values.get("price_list") != customer.price_list_id:
                # A price list is a standing discount: the 11.8 % a junior gave a 10-unit
                # cart by switching lists needs the same senior as a 10 % discount.
                approval = authorize(self.ctx, actor, Action.CHANGE_PRICE_LIST, None,
                                     approvals) or approval
            if (values.get("account_manager") != customer.account_manager_id):
                authorize(self.ctx, actor, Action.ASSIGN_ACCOUNT_MANAGER)
            before = self._snapshot(customer_id)
            updated = (Customer.update(**values, version=Customer.version + 1)
                       .where((Customer.id == customer_id)
                              & (Customer.version == expected_version)).execute())
            if not updated:
                raise Conflict("the customer was changed by someone else meanwhile")
            if children is not None:
                self._write_children(customer_id, children, replace_existing=True)
            after = self._snapshot(customer_id)
            audit.record(actor, "customer_updated", entity="customer",
                         entity_id=values.get("code", customer.code), customer_id=customer_id,
                         before=before, after=after, approval=approval,
                         amount=values.get("credit_limit"), at=self.ctx.now())
            return self.get(customer_id)

    def _get_for_update(self, customer_id: int) -> Customer:
        query = Customer.select().where(Customer.id == customer_id)
        if not self._sqlite:
            query = query.for_update()
        customer = query.first()
        if customer is None:
            raise NotFound("customer", customer_id)
        return customer

    def _clean_children(self, data: CustomerInput) -> dict:
        addresses = [_clean_address(a, i) for i, a in enumerate(data.addresses)]
        if addresses and not any(a["is_default"] for a in addresses):
            addresses[0]["is_default"] = True
        defaults = [i for i, a in enumerate(addresses) if a["is_default"]]
        for i in defaults[1:]:
            addresses[i]["is_default"] = False
        phones = [(p.id, _clean_phone(p, i)) for i, p in enumerate(data.phones)]
        contacts = []
        for i, k in enumerate(data.contacts):
            prefix = f"contacts[{i}]"
            contacts.append((k.id, dict(
                name=clean_text(prefix + ".name", k.name, required=True, max_length=120),
                role=clean_text(prefix + ".role", k.role, max_length=80),
                email=validate_email(k.email, prefix + ".email"),
                active=bool(k.active)),
                [(p.id, _clean_phone(p, j, prefix + ".phones")) for j, p in enumerate(k.phones)]))
        seen = set()
        for _, phone in phones + [p for _, _, ps in contacts for p in ps]:
            if phone["e164"] in seen:
                raise ValidationError("phones", f"{phone['e164']} is listed twice")
            seen.add(phone["e164"])
        return dict(addresses=list(zip([a.id for a in data.addresses], addresses, strict=True)),
                    phones=phones, contacts=contacts)

    def _write_children(self, customer_id: int, children: dict, *,
                        replace_existing: bool = False) -> None:
        keep_addresses, keep_phones, keep_contacts = set(), set(), set()
        for address_id, values in children["addresses"]:
            if address_id and Address.update(**values).where(
                    (Address.id == address_id) & (Address.customer == customer_id)).execute():
                keep_addresses.add(address_id)
            else:
                keep_addresses.add(Address.create(customer=customer_id, **values).id)
        for phone_id, values in children["phones"]:
            if phone_id and PhoneNumber.update(**values, contact=None).where(
                    (PhoneNumber.id == phone_id) & (PhoneNumber.customer == customer_id)).execute():
                keep_phones.add(phone_id)
            else:
                keep_phones.add(PhoneNumber.create(customer=customer_id, **values).id)
        for contact_id, values, phones in children["contacts"]:
            if not (contact_id and Contact.update(**values).where(
                    (Contact.id == contact_id) & (Contact.customer == customer_id)).execute()):
                contact_id = Contact.create(customer=customer_id, **values).id
            keep_contacts.add(contact_id)
            for phone_id, phone in phones:
                if phone_id and PhoneNumber.update(**phone, contact=contact_id).where(
                        (PhoneNumber.id == phone_id)
                        & (PhoneNumber.customer == customer_id)).execute():
                    keep_phones.add(phone_id)
                else:
                    keep_phones.add(PhoneNumber.create(customer=customer_id, contact=contact_id,
                                                       **phone).id)
        if replace_existing:
            PhoneNumber.delete().where((PhoneNumber.customer == customer_id)
                                       & PhoneNumber.id.not_in(list(keep_phones) or [0])).execute()
            Contact.delete().where((Contact.customer == customer_id)
                                   & Contact.id.not_in(list(keep_contacts) or [0])).execute()
            Address.delete().where((Address.customer == customer_id)
                                   & Address.id.not_in(list(keep_addresses) or [0])).execute()

    def _bump(self, customer: Customer, **changes) -> None:
        Customer.update(**changes, version=Customer.version + 1).where(
            Customer.id == customer.id).execute()

    def set_credit_limit(self, actor: Actor, customer_id: int, amount,
                         approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Change the credit limit (``Action.CHANGE_CREDIT_LIMIT``; juniors/seniors need approval)."""
        amount = parse_money(amount, "credit_limit")
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            approval = authorize(self.ctx, actor, Action.CHANGE_CREDIT_LIMIT, amount, approvals)
            customer = self._get_for_update(customer_id)
            before = str(customer.credit_limit)
            self._bump(customer, credit_limit=amount)
            audit.record(actor, Action.CHANGE_CREDIT_LIMIT.value, entity="customer",
                         entity_id=customer.code, customer_id=customer.id, amount=amount,
                         before={"credit_limit": before}, after={"credit_limit": str(amount)},
                         approval=approval, at=self.ctx.now())
            return self.get(customer_id)

    def deactivate(self, actor: Actor, customer_id: int,
                   approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Mark a customer inactive (customers are never deleted: orders point at them).

        ``Action.DEACTIVATE_CUSTOMER``: a junior needs a senior's approval.
        """
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            approval = authorize(self.ctx, actor, Action.DEACTIVATE_CUSTOMER, None, approvals)
            customer = self._get_for_update(customer_id)
            if customer.status != "inactive":
                self._bump(customer, status="inactive")
                audit.record(actor, "customer_deactivated", entity="customer",
                             entity_id=customer.code, customer_id=customer.id,
                             before={"status": customer.status}, after={"status": "inactive"},
                             approval=approval, at=self.ctx.now())
            return self.get(customer_id)

    def merge(self, actor: Actor, keep_id: int, duplicate_id: int,
              approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Move everything of ``duplicate_id`` onto ``keep_id``; the duplicate becomes merged.

        Orders, calls, tasks, standing orders, parked sales, phones, contacts and addresses
        move; phone numbers the kept customer already has are dropped, not doubled.
        """
        if keep_id == duplicate_id:
            raise ValidationError("duplicate", "a customer cannot be merged into itself")
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            approval = authorize(self.ctx, actor, Action.MERGE_CUSTOMERS, None, approvals)
            keep = self._get_for_update(keep_id)
            duplicate = self._get_for_update(duplicate_id)
            if keep.merged_into_id or duplicate.merged_into_id:
                raise Conflict("one of the two customers was already merged")
            moved = {}
            for model in (Order, Call, Task, StandingOrder, ParkedSale, Contact):
                moved[model.__name__] = (model.update(customer=keep_id)
                                         .where(model.customer == duplicate_id).execute())
            existing = {e for (e,) in PhoneNumber.select(PhoneNumber.e164)
                        .where(PhoneNumber.customer == keep_id).tuples()}
            PhoneNumber.delete().where((PhoneNumber.customer == duplicate_id)
                                       & PhoneNumber.e164.in_(list(existing) or [""])).execute()
            moved["PhoneNumber"] = PhoneNumber.update(customer=keep_id).where(
                PhoneNumber.customer == duplicate_id).execute()
            has_default = Address.select().where((Address.customer == keep_id)
                                                 & Address.is_default).exists()
            moved["Address"] = Address.update(
                customer=keep_id, is_default=(Address.is_default if not has_default else False)
            ).where(Address.customer == duplicate_id).execute()
            changes = {}
            for name in ("vat_number", "fiscal_code", "sdi_code", "pec", "email"):
                if not getattr(keep, name) and getattr(duplicate, name):
                    changes[name] = getattr(duplicate, name)
            balance = keep.balance + duplicate.balance
            self._bump(keep, balance=balance, **changes)
            self._bump(duplicate, merged_into=keep_id, status="inactive", balance=Decimal(0))
            audit.record(actor, Action.MERGE_CUSTOMERS.value, entity="customer",
                         entity_id=keep.code, customer_id=keep_id,
                         before={"duplicate": duplicate.code, "duplicate_name": duplicate.name},
                         after={"moved": moved, "filled": sorted(changes)},
                         approval=approval, at=self.ctx.now())
            return self.get(keep_id)

    def convert_lead(self, actor: Actor, customer_id: int) -> CustomerDetail:
        """A lead becomes an active customer; records when and who brought them in."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            customer = self._get_for_update(customer_id)
            if customer.status != "lead":
                raise ValidationError("status", f"{customer.name} is not a lead")
            now = self.ctx.now()
            self._bump(customer, status="active", converted_at=now, brought_in_by=actor.id)
            audit.record(actor, "lead_converted", entity="customer", entity_id=customer.code,
                         customer_id=customer.id, before={"status": "lead"},
                         after={"status": "active", "brought_in_by": actor.login}, at=now)
            return self.get(customer_id)

    def assign_account_manager(self, actor: Actor, customer_id: int,
                               manager_login: str | None) -> CustomerDetail:
        """Give a customer to an account manager (``None``/empty: nobody)."""
        with self.ctx.db.atomic():
            authorize(self.ctx, actor, Action.ASSIGN_ACCOUNT_MANAGER)
            customer = self._get_for_update(customer_id)
            manager = None
            if manager_login:
                manager = User.get_or_none((User.login == manager_login.strip().lower())
                                           & User.active)
                if manager is None:
                    raise ValidationError("account_manager", f"no active user '{manager_login}'")
            before = customer.account_manager.login if customer.account_manager_id else ""
            self._bump(customer, account_manager=manager.id if manager else None)
            audit.record(actor, Action.ASSIGN_ACCOUNT_MANAGER.value, entity="customer",
                         entity_id=customer.code, customer_id=customer.id,
                         before={"account_manager": before},
                         after={"account_manager": manager.login if manager else ""},
                         at=self.ctx.now())
            return self.get(customer_id)

    # -- children one at a time ---------------------------------------------------------------
    def _child_op(self, actor: Actor, customer_id: int, what: str, fn_write) -> CustomerDetail:
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            customer = self._get_for_update(customer_id)
            before = self._snapshot(customer_id)
            fn_write(customer)
            self._bump(customer)
            audit.record(actor, what, entity="customer", entity_id=customer.code,
                         customer_id=customer_id, before=before,
                         after=self._snapshot(customer_id), at=self.ctx.now())
            return self.get(customer_id)

    def add_phone(self, actor: Actor, customer_id: int, data: PhoneInput) -> CustomerDetail:
        """Add a phone number (any format; stored E.164) to a customer or one of its contacts."""
        values = _clean_phone(data, 0)

        def write(customer):
            if PhoneNumber.select().where((PhoneNumber.customer == customer.id)
                                          & (PhoneNumber.e164 == values["e164"])).exists():
                raise ValidationError("phones[0]", f"{values['e164']} is already listed")
            self._check_contact(customer.id, data.contact_id)
            PhoneNumber.create(customer=customer.id, contact=data.contact_id, **values)
        return self._child_op(actor, customer_id, "customer_phone_added", write)

    def edit_phone(self, actor: Actor, customer_id: int, phone_id: int,
                   data: PhoneInput) -> CustomerDetail:
        """Change one phone number or its label."""
        values = _clean_phone(data, 0)

        def write(customer):
            self._check_contact(customer.id, data.contact_id)
            if not PhoneNumber.update(**values, contact=data.contact_id).where(
                    (PhoneNumber.id == phone_id)
                    & (PhoneNumber.customer == customer.id)).execute():
                raise NotFound("phone number", phone_id)
        return self._child_op(actor, customer_id, "customer_phone_changed", write)

    def remove_phone(self, actor: Actor, customer_id: int, phone_id: int) -> CustomerDetail:
        """Remove one phone number."""
        def write(customer):
            if not PhoneNumber.delete().where((PhoneNumber.id == phone_id)
                                              & (PhoneNumber.customer == customer.id)).execute():
                raise NotFound("phone number", phone_id)
        return self._child_op(actor, customer_id, "customer_phone_removed", write)

    def _check_contact(self, customer_id: int, contact_id: int | None) -> None:
        if contact_id is not None and not Contact.select().where(
                (Contact.id == contact_id) & (Contact.customer == customer_id)).exists():
            raise ValidationError("contact", "no such contact for this customer")

    def add_address(self, actor: Actor, customer_id: int, data: AddressInput) -> CustomerDetail:
        """Add an address; the first one (or one marked default) becomes the default."""
        values = _clean_address(data, 0)

        def write(customer):
            has_any = Address.select().where(Address.customer == customer.id).exists()
            if values["is_default"] or not has_any:
                Address.update(is_default=False).where(Address.customer == customer.id).execute()
                values["is_default"] = True
            Address.create(customer=customer.id, **values)
        return self._child_op(actor, customer_id, "customer_address_added", write)

    def edit_address(self, actor: Actor, customer_id: int, address_id: int,
                     data: AddressInput) -> CustomerDetail:
        """Change one address (marking it default clears the others)."""
        values = _clean_address(data, 0)

        def write(customer):
            if values["is_default"]:
                Address.update(is_default=False).where(Address.customer == customer.id).execute()
            if not Address.update(**values).where((Address.id == address_id)
                                                  & (Address.customer == customer.id)).execute():
                raise NotFound("address", address_id)
        return self._child_op(actor, customer_id, "customer_address_changed", write)

    def remove_address(self, actor: Actor, customer_id: int, address_id: int) -> CustomerDetail:
        """Remove one address; if it was the default, the oldest remaining one becomes it."""
        def write(customer):
            if not Address.delete().where((Address.id == address_id)
                                          & (Address.customer == customer.id)).execute():
                raise NotFound("address", address_id)
            if not Address.select().where((Address.customer == customer.id)
                                          & Address.is_default).exists():
                first = (Address.select().where(Address.customer == customer.id)
                         .order_by(Address.id).first())
                if first:
                    Address.update(is_default=True).where(Address.id == first.id).execute()
        return self._child_op(actor, customer_id, "customer_address_removed", write)

    def add_contact(self, actor: Actor, customer_id: int, data: ContactInput) -> CustomerDetail:
        """Add a contact person with their phone numbers."""
        values = dict(name=clean_text("name", data.name, required=True, max_length=120),
                      role=clean_text("role", data.role, max_length=80),
                      email=validate_email(data.email), active=bool(data.active))
        phones = [_clean_phone(p, i) for i, p in enumerate(data.phones)]

        def write(customer):
            contact = Contact.create(customer=customer.id, **values)
            for phone in phones:
                PhoneNumber.create(customer=customer.id, contact=contact.id, **phone)
        return self._child_op(actor, customer_id, "customer_contact_added", write)

    def edit_contact(self, actor: Actor, customer_id: int, contact_id: int,
                     data: ContactInput) -> CustomerDetail:
        """Change a contact's name, role, e-mail or active flag."""
        values = dict(name=clean_text("name", data.name, required=True, max_length=120),
                      role=clean_text("role", data.role, max_length=80),
                      email=validate_email(data.email), active=bool(data.active))

        def write(customer):
            if not Contact.update(**values).where((Contact.id == contact_id)
                                                  & (Contact.customer == customer.id)).execute():
                raise NotFound("contact", contact_id)
        return self._child_op(actor, customer_id, "customer_contact_changed", write)

    def remove_contact(self, actor: Actor, customer_id: int, contact_id: int) -> CustomerDetail:
        """Remove a contact and their phone numbers."""
        def write(customer):
            PhoneNumber.delete().where((PhoneNumber.contact == contact_id)
                                       & (PhoneNumber.customer == customer.id)).execute()
            if not Contact.delete().where((Contact.id == contact_id)
                                          & (Contact.customer == customer.id)).execute():
                raise NotFound("contact", contact_id)
        return self._child_op(actor, customer_id, "customer_contact_removed", write)

    # -- value --------------------------------------------------------------------------------
    def most_valuable(self, months: int = 12, limit: int = 50) -> list[ValueRow]:
        """Customers by net revenue over the last ``months`` (sales, not quotes/voids), in SQL.

        Margin = Σ(line net − line cost): ``OrderLine.cost`` holds the line's total cost
        (unit cost × quantity, as the sales service and the demo data write it). Revenue and
        margin are in euros; returns count with their negative amounts.
        """
        since = self.ctx.now() - dt.timedelta(days=int(months * 30.44))
        counted = Order.kind.in_(["sale", "return"]) & Order.status.in_(["completed", "open"])
        margins = (OrderLine
                   .select(OrderLine.order,
                           fn.SUM(OrderLine.net - OrderLine.cost).alias("margin"))
                   .group_by(OrderLine.order).alias("m"))
        manager = User.alias()
        query = (Order
                 .select(Customer.id, Customer.code, Customer.name,
                         fn.SUM(Order.net).alias("revenue"),
                         fn.SUM(fn.COALESCE(margins.c.margin, 0)).alias("margin"),
                         fn.SUM(peewee.Case(None, [(Order.kind == "sale", 1)], 0)).alias("orders"), manager.login)
                 .join(Customer, on=(Order.customer == Customer.id))
                 .join(manager, JOIN.LEFT_OUTER, on=(Customer.account_manager == manager.id))
                 .switch(Order)
                 .join(margins, JOIN.LEFT_OUTER, on=(margins.c.order_id == Order.id))
                 .where(counted & (Order.created_at >= since))
                 .group_by(Customer.id, Customer.code, Customer.name, manager.login)
                 .order_by(fn.SUM(Order.net).desc())
                 .limit(limit)
                 .tuples())
        return [ValueRow(customer_id=cid, code=code, name=name,
                         revenue=from_cents(int(revenue or 0)), margin=from_cents(int(margin or 0)),
                         orders=int(orders), account_manager_login=login or "")
                for cid, code, name, revenue, margin, orders, login in query]

    # -- for other services ---------------------------------------------------------------------
    def audit_count(self, customer_id: int) -> int:
        """How many audit entries name this customer (shown on the customer card)."""
        return AuditEntry.select().where(AuditEntry.customer == customer_id).count()


__all__ = [
    "AddressInput", "AddressRow", "ContactInput", "ContactRow", "CustomerDetail",
    "CustomerInput", "CustomerRow", "CustomerService", "PhoneInput", "PhoneRow",
    "PriceListRow", "ValueRow", "clean_customer_fields", "parse_money",
]
