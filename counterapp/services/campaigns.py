"""Call campaigns: a saved filter over customers with a script for the rep.

Rules (``RULES``): business accounts without an order in the last N days; leads not
contacted in N days; customers who bought a product (by SKU). A customer leaves the
campaign once a call to them is logged after the campaign started.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import peewee

from counterapp.db.models import (
    Call,
    Campaign,
    Customer,
    Order,
    OrderLine,
    PhoneNumber,
    Product,
)
from counterapp.domain.errors import NotFound, PermissionDenied, ValidationError
from counterapp.domain.permissions import Role
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.context import Actor, ServiceContext

RULES = {
    "b2b_no_order_days": "days",
    "leads_not_contacted": "days",
    "bought_product": "sku",
}
CAMPAIGN_ROLES = (Role.SENIOR, Role.ACCOUNT_MANAGER, Role.MANAGER)


@dataclass(frozen=True)
class CampaignRow:
    """A campaign and its rule."""

    id: int
    name: str
    rule: str
    params: dict
    script: str
    active: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class CampaignMember:
    """A customer still to call in a campaign."""

    customer_id: int
    code: str
    name: str
    kind: str
    phone: str


class CampaignService:
    """Create campaigns and list the customers still to call."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def create(self, actor: Actor, name: str, rule: str, params: dict,
               script: str = "") -> CampaignRow:
        """A new active campaign (seniors, account managers and managers may)."""
        if actor.role not in CAMPAIGN_ROLES:
            raise PermissionDenied("campaign", "your role may not create campaigns")
        name = clean_text("name", name, required=True, max_length=120)
        script = clean_text("script", script, max_length=4000) if script else ""
        if rule not in RULES:
            raise ValidationError("rule", "choose one: " + ", ".join(RULES))
        params = self._validate_params(rule, params or {})
        with self.ctx.db.atomic():
            campaign = Campaign.create(name=name, rule=rule, params=json.dumps(params),
                                       script=script, created_at=self.ctx.now())
            audit.record(actor, "campaign_created", entity="campaign", entity_id=campaign.id,
                         after={"name": name, "rule": rule, "params": params})
        return self._row(campaign)

    def deactivate(self, actor: Actor, campaign_id: int) -> CampaignRow:
        """Stop a campaign: its customers leave every call list."""
        if actor.role not in CAMPAIGN_ROLES:
            raise PermissionDenied("campaign", "your role may not stop campaigns")
        with self.ctx.db.atomic():
            campaign = self._get(campaign_id)
            campaign.active = False
            campaign.save()
            audit.record(actor, "campaign_stopped", entity="campaign", entity_id=campaign_id)
        return self._row(campaign)

    def list_active(self) -> list[CampaignRow]:
        """Active campaigns, oldest first."""
        return [self._row(c) for c in Campaign.select().where(Campaign.active)
                .order_by(Campaign.created_at, Campaign.id)]

    def members(self, campaign_id: int, limit: int = 200) -> list[CampaignMember]:
        """Customers matching the rule who were not called since the campaign started."""
        campaign = self._get(campaign_id)
        params = json.loads(campaign.params or "{}")
        now = self.ctx.now()
        query = Customer.select(Customer.id, Customer.code, Customer.name, Customer.kind)
        conditions = [Customer.merged_into.is_null()]
        if campaign.rule == "b2b_no_order_days":
            since = now - dt.timedelta(days=int(params["days"]))
            recent = Order.select(Order.id).where((Order.customer == Customer.id)
                                                  & (Order.kind == "sale")
                                                  & (Order.created_at >= since))
            conditions += [Customer.kind == "b2b", Customer.status == "active",
                           ~peewee_exists(recent)]
        elif campaign.rule == "leads_not_contacted":
            since = now - dt.timedelta(days=int(params["days"]))
            called = Call.select(Call.id).where((Call.customer == Customer.id)
                                                & (Call.started_at >= since))
            conditions += [Customer.status == "lead", ~peewee_exists(called)]
        elif campaign.rule == "bought_product":
            bought = (OrderLine.select(OrderLine.id)
                      .join(Order, on=(OrderLine.order == Order.id))
                      .switch(OrderLine)
                      .join(Product, on=(OrderLine.product == Product.id))
                      .where((Order.customer == Customer.id) & (Order.kind == "sale")
                             & (Product.sku == params["sku"])))
            conditions += [Customer.status != "inactive", peewee_exists(bought)]
        contacted = Call.select(Call.id).where((Call.customer == Customer.id)
                                               & (Call.started_at >= campaign.created_at)
                                               & Call.ended_at.is_null(False))
        conditions.append(~peewee_exists(contacted))
        rows = list(query.where(*conditions).order_by(Customer.name, Customer.id)
                    .limit(limit).tuples())
        phones = first_phones([r[0] for r in rows])
        return [CampaignMember(cid, code, name, kind, phones.get(cid, ""))
                for cid, code, name, kind in rows]

    @staticmethod
    def _validate_params(rule: str, params: dict) -> dict:
        key = RULES[rule]
        value = params.get(key)
        if key == "days":
            try:
                days = int(value)
            except (TypeError, ValueError):
                raise ValidationError("days", "a number of days is required") from None
            if not 1 <= days <= 3650:
                raise ValidationError("days", "between 1 and 3650 days")
            return {"days": days}
        sku = clean_text("sku", value, required=True, max_length=40)
        if not Product.select().where(Product.sku == sku).exists():
            raise ValidationError("sku", f"no product '{sku}'")
        return {"sku": sku}

    @staticmethod
    def _get(campaign_id: int) -> Campaign:
        campaign = Campaign.get_or_none(Campaign.id == campaign_id)
        if campaign is None:
            raise NotFound("campaign", campaign_id)
        return campaign

    @staticmethod
    def _row(c: Campaign) -> CampaignRow:
        return CampaignRow(c.id, c.name, c.rule, json.loads(c.params or "{}"), c.script,
                           c.active, c.created_at)


def peewee_exists(query):
    """``EXISTS (subquery)`` as an expression."""
    return peewee.fn.EXISTS(query)


def first_phones(customer_ids: list[int]) -> dict[int, str]:
    """The first stored number of each customer (one query)."""
    if not customer_ids:
        return {}
    phones: dict[int, str] = {}
    query = (PhoneNumber.select(PhoneNumber.customer, PhoneNumber.e164)
             .where(PhoneNumber.customer.in_(sorted(set(customer_ids))))
             .order_by(PhoneNumber.id).tuples())
    for customer_id, e164 in query:
        phones.setdefault(customer_id, e164)
    return phones
