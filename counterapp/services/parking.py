"""Parked carts: put a cart aside (it survives restarts) and take it back later."""

from __future__ import annotations

import json
import uuid as uuid_module
from decimal import Decimal

import peewee

from counterapp.db.models import (
    Customer,
    ParkedSale,
    User,
)
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.permissions import Action
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.cart import (
    CartDraft,
    CartLineInput,
    ParkedRow,
)
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.sale_pricing import price_draft


def _draft_from_json(payload: str) -> CartDraft:
    data = json.loads(payload)
    return CartDraft(
        lines=tuple(CartLineInput(
            product_id=line["product_id"], quantity=line["quantity"],
            discount_pct=Decimal(line.get("discount_pct", "0")),
            unit_price_override=(Decimal(line["unit_price_override"])
                                 if line.get("unit_price_override") is not None else None),
            from_quote=bool(line.get("from_quote", False)))
            for line in data.get("lines", [])),
        customer_id=data.get("customer_id"),
        cart_discount_pct=Decimal(data.get("cart_discount_pct", "0")),
        channel=data.get("channel", "counter"),
        call_id=data.get("call_id"),
        quote_number=data.get("quote_number"),
    )


def _draft_to_json(draft: CartDraft, gross: Decimal) -> str:
    return json.dumps({
        "lines": [{"product_id": line.product_id, "quantity": line.quantity,
                   "discount_pct": str(line.discount_pct),
                   "unit_price_override": (str(line.unit_price_override)
                                           if line.unit_price_override is not None else None),
                   "from_quote": line.from_quote} for line in draft.lines],
        "customer_id": draft.customer_id,
        "cart_discount_pct": str(draft.cart_discount_pct),
        "channel": draft.channel,
        "call_id": draft.call_id,
        "quote_number": draft.quote_number,
        "gross": str(gross),
    }, sort_keys=True)


class ParkingService:
    """Parks, lists, resumes and discards carts."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def park(self, actor: Actor, draft: CartDraft, label: str = "") -> ParkedRow:
        """Put the cart aside (it survives restarts) until ``resume`` or ``discard_parked``."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        label = clean_text("label", label, max_length=120)
        with self.ctx.db.atomic():
            priced = price_draft(draft)
            if not priced.lines:
                raise ValidationError("lines", "the cart is empty")
            now = self.ctx.now()
            parked = ParkedSale.create(
                uuid=str(uuid_module.uuid4()), user=actor.id,
                customer=priced.customer.id if priced.customer else None, label=label,
                payload=_draft_to_json(draft, priced.cart.gross), created_at=now)
            audit.record(actor, "sale_parked", entity="parked_sale", entity_id=parked.id,
                         amount=priced.cart.gross, at=now)
            return self._parked_row(parked, priced.customer.name if priced.customer else "",
                                    actor.login)

    @staticmethod
    def _parked_row(parked: ParkedSale, customer_name: str, login: str) -> ParkedRow:
        data = json.loads(parked.payload)
        return ParkedRow(id=parked.id, uuid=parked.uuid, label=parked.label,
                         customer_name=customer_name, lines_count=len(data.get("lines", [])),
                         gross=Decimal(data.get("gross", "0")), created_at=parked.created_at,
                         user_login=login)

    def list_parked(self, actor: Actor | None = None) -> list[ParkedRow]:
        """Parked carts, oldest first; only ``actor``'s when given."""
        query = (ParkedSale.select(ParkedSale, Customer.name.alias("customer_name"),
                                   User.login.alias("user_login"))
                 .join(User, on=(ParkedSale.user == User.id))
                 .switch(ParkedSale)
                 .join(Customer, peewee.JOIN.LEFT_OUTER, on=(ParkedSale.customer == Customer.id))
                 .order_by(ParkedSale.created_at, ParkedSale.id)
                 .objects())
        if actor is not None:
            query = query.where(ParkedSale.user == actor.id)
        return [self._parked_row(p, p.customer_name or "", p.user_login) for p in query]

    def resume(self, actor: Actor, parked_id: int) -> CartDraft:
        """Take a parked cart back (the parked row goes in the same transaction)."""
        return self._remove(actor, parked_id, "sale_resumed")

    def discard_parked(self, actor: Actor, parked_id: int) -> None:
        """Throw a parked cart away."""
        self._remove(actor, parked_id, "parked_sale_discarded")

    def _remove(self, actor: Actor, parked_id: int, action: str) -> CartDraft:
        """Delete the parked cart ``parked_id`` and audit ``action``; returns its cart (read
        inside the transaction, so an unreadable one stays parked)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            parked = ParkedSale.get_or_none(ParkedSale.id == parked_id)
            if parked is None:
                raise NotFound("parked sale", parked_id)
            draft = _draft_from_json(parked.payload)
            parked.delete_instance()
            audit.record(actor, action, entity="parked_sale", entity_id=parked_id,
                         at=self.ctx.now())
        return draft
