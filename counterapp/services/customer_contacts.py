"""A customer's phones, addresses and contacts, one at a time (the customer card's lists).

Each change is one transaction that locks the customer, writes, counts one more version
and audits the card before and after.
"""

from __future__ import annotations

from counterapp.db.models import Address, Contact, PhoneNumber
from counterapp.domain.customers import (
    AddressInput,
    ContactInput,
    PhoneInput,
    clean_address,
    clean_phone,
    validate_email,
)
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.permissions import Action
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.customers import (
    CustomerDetail,
    bump_version,
    customer_snapshot,
    load_customer,
    lock_customer,
)


class CustomerContactService:
    """Adds, edits and removes one phone number, address or contact of a customer."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _child_op(self, actor: Actor, customer_id: int, what: str, fn_write) -> CustomerDetail:
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            customer = lock_customer(self.ctx.db, customer_id)
            before = customer_snapshot(customer_id)
            fn_write(customer)
            bump_version(customer)
            audit.record(actor, what, entity="customer", entity_id=customer.code,
                         customer_id=customer_id, before=before,
                         after=customer_snapshot(customer_id), at=self.ctx.now())
            return load_customer(customer_id)

    def add_phone(self, actor: Actor, customer_id: int, data: PhoneInput) -> CustomerDetail:
        """Add a phone number (any format; stored E.164) to a customer or one of its contacts."""
        values = clean_phone(data, 0)

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
        values = clean_phone(data, 0)

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
        values = clean_address(data, 0)

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
        values = clean_address(data, 0)

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
        phones = [clean_phone(p, i) for i, p in enumerate(data.phones)]

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
