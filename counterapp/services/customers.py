"""Customer accounts: read, create, edit, merge, leads, phones, addresses and contacts.

What a clerk fills in and its validation live in ``counterapp.domain.customers``; finding
customers in ``customer_search``, reports in ``customer_reports``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Address,
    AuditEntry,
    Call,
    Contact,
    Customer,
    Order,
    ParkedSale,
    PhoneNumber,
    PriceList,
    StandingOrder,
    Task,
    User,
)
from counterapp.domain.customers import (
    CustomerInput,
    clean_children,
    clean_customer_fields,
    parse_credit_limit,
)
from counterapp.domain.errors import Conflict, NotFound, ValidationError
from counterapp.domain.permissions import Action, Role
from counterapp.services import audit
from counterapp.services.context import Actor, Approval, ServiceContext, authorize
from counterapp.services.performance_summary import record_customer


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
class PriceListRow:
    """A price list a customer can be put on."""

    id: int
    code: str
    name: str
    includes_vat: bool



def customer_detail(c: Customer) -> CustomerDetail:
    """Every field of the customer row ``c``, with its phones, addresses and contacts."""
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

def load_customer(customer_id: int) -> CustomerDetail:
    """Every field of one customer, or ``NotFound``."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("customer", customer_id)
    return customer_detail(customer)

def customer_snapshot(customer_id: int) -> dict:
    """The fields the audit log keeps before and after a change."""
    d = load_customer(customer_id)
    return dict(code=d.code, kind=d.kind, name=d.name, vat_number=d.vat_number,
                fiscal_code=d.fiscal_code, sdi_code=d.sdi_code, pec=d.pec, email=d.email,
                price_list=d.price_list_name, payment_terms=d.payment_terms,
                credit_limit=str(d.credit_limit), account_manager=d.account_manager_login,
                status=d.status, notes=d.notes,
                phones=[p.e164 for p in d.phones],
                addresses=[f"{a.street}, {a.postcode} {a.city}" for a in d.addresses],
                contacts=[k.name for k in d.contacts])

def lock_customer(db, customer_id: int) -> Customer:
    """The customer row, locked against other writers until the transaction ends."""
    query = Customer.select().where(Customer.id == customer_id)
    if not is_sqlite(db):
        query = query.for_update()
    customer = query.first()
    if customer is None:
        raise NotFound("customer", customer_id)
    return customer


def bump_version(customer: Customer, **changes) -> None:
    """Save ``changes`` and count one more version (what ``Conflict`` checks compare)."""
    Customer.update(**changes, version=Customer.version + 1).where(
        Customer.id == customer.id).execute()



class CustomerService:
    """Customer accounts: create, edit, merge, leads, and their phones, addresses, contacts."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- read ------------------------------------------------------------------------------
    def get(self, customer_id: int) -> CustomerDetail:
        """Every field of one customer, or ``NotFound``."""
        return load_customer(customer_id)

    def get_by_code(self, code: str) -> CustomerDetail:
        """The customer with this code, or ``NotFound``."""
        customer = Customer.get_or_none(Customer.code == (code or "").strip().upper())
        if customer is None:
            raise NotFound("customer", code)
        return customer_detail(customer)

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

    def create(self, actor: Actor, data: CustomerInput, *,
               approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Create a customer with its phones, addresses and contacts (one transaction).

        A credit limit above zero needs ``Action.CHANGE_CREDIT_LIMIT`` (or an approval).
        """
        values = clean_customer_fields(data)
        credit = parse_credit_limit(data.credit_limit, "credit_limit") if data.credit_limit else Decimal(0)
        children = clean_children(data)
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
            after = customer_snapshot(customer.id)
            action = "lead_created" if values["status"] == "lead" else "customer_created"
            audit.record(actor, action, entity="customer", entity_id=customer.code,
                         customer_id=customer.id, after=after, approval=approval,
                         amount=credit if credit else None, at=now)
            return self.get(customer.id)

    def update(self, actor: Actor, customer_id: int, data: CustomerInput, *,
               expected_version: int, approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Save an edited customer; ``Conflict`` if someone saved it since it was read."""
        values = clean_customer_fields(data)
        credit = (parse_credit_limit(data.credit_limit, "credit_limit")
                  if data.credit_limit is not None else None)
        children = clean_children(data) if data.replace_children else None
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            customer = lock_customer(self.ctx.db, customer_id)
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
            new_manager = values.get("account_manager") != customer.account_manager_id
            if new_manager:
                authorize(self.ctx, actor, Action.ASSIGN_ACCOUNT_MANAGER)
            before = customer_snapshot(customer_id)
            updated = (Customer.update(**values, version=Customer.version + 1)
                       .where((Customer.id == customer_id)
                              & (Customer.version == expected_version)).execute())
            if not updated:
                raise Conflict("the customer was changed by someone else meanwhile")
            if new_manager:  # the account's open months follow it (#10)
                record_customer(self.ctx.db, customer_id)
            if children is not None:
                self._write_children(customer_id, children, replace_existing=True)
            after = customer_snapshot(customer_id)
            audit.record(actor, "customer_updated", entity="customer",
                         entity_id=values.get("code", customer.code), customer_id=customer_id,
                         before=before, after=after, approval=approval,
                         amount=values.get("credit_limit"), at=self.ctx.now())
            return self.get(customer_id)

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

    def set_credit_limit(self, actor: Actor, customer_id: int, amount,
                         approvals: tuple[Approval, ...] = ()) -> CustomerDetail:
        """Change the credit limit (``Action.CHANGE_CREDIT_LIMIT``; juniors/seniors need approval)."""
        amount = parse_credit_limit(amount, "credit_limit")
        with self.ctx.approvals.spending(), self.ctx.db.atomic():
            approval = authorize(self.ctx, actor, Action.CHANGE_CREDIT_LIMIT, amount, approvals)
            customer = lock_customer(self.ctx.db, customer_id)
            before = str(customer.credit_limit)
            bump_version(customer, credit_limit=amount)
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
            customer = lock_customer(self.ctx.db, customer_id)
            if customer.status != "inactive":
                bump_version(customer, status="inactive")
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
            keep = lock_customer(self.ctx.db, keep_id)
            duplicate = lock_customer(self.ctx.db, duplicate_id)
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
            bump_version(keep, balance=balance, **changes)
            bump_version(duplicate, merged_into=keep_id, status="inactive", balance=Decimal(0))
            if keep.account_manager_id != duplicate.account_manager_id:
                record_customer(self.ctx.db, keep_id)  # its moved orders' manager changed
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
            customer = lock_customer(self.ctx.db, customer_id)
            if customer.status != "lead":
                raise ValidationError("status", f"{customer.name} is not a lead")
            now = self.ctx.now()
            bump_version(customer, status="active", converted_at=now, brought_in_by=actor.id)
            audit.record(actor, "lead_converted", entity="customer", entity_id=customer.code,
                         customer_id=customer.id, before={"status": "lead"},
                         after={"status": "active", "brought_in_by": actor.login}, at=now)
            return self.get(customer_id)

    def assign_account_manager(self, actor: Actor, customer_id: int,
                               manager_login: str | None) -> CustomerDetail:
        """Give a customer to an account manager (``None``/empty: nobody)."""
        with self.ctx.db.atomic():
            authorize(self.ctx, actor, Action.ASSIGN_ACCOUNT_MANAGER)
            customer = lock_customer(self.ctx.db, customer_id)
            manager = None
            if manager_login:
                manager = User.get_or_none((User.login == manager_login.strip().lower())
                                           & User.active)
                if manager is None:
                    raise ValidationError("account_manager", f"no active user '{manager_login}'")
            before = customer.account_manager.login if customer.account_manager_id else ""
            bump_version(customer, account_manager=manager.id if manager else None)
            if (manager.id if manager else None) != customer.account_manager_id:
                record_customer(self.ctx.db, customer.id)  # its open months follow (#10)
            audit.record(actor, Action.ASSIGN_ACCOUNT_MANAGER.value, entity="customer",
                         entity_id=customer.code, customer_id=customer.id,
                         before={"account_manager": before},
                         after={"account_manager": manager.login if manager else ""},
                         at=self.ctx.now())
            return self.get(customer_id)

    # -- for other services ---------------------------------------------------------------------
    def audit_count(self, customer_id: int) -> int:
        """How many audit entries name this customer (shown on the customer card)."""
        return AuditEntry.select().where(AuditEntry.customer == customer_id).count()
