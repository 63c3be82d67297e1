"""The status pipeline of shipments: picking, dispatch, delivery, reschedule, late check.

Every public method that writes is one transaction that checks, writes the
``ShipmentEvent`` and the audit entry, and bumps the change counter other workstations
poll (``ShippingQueueService.change_token``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import peewee

from counterapp.db.models import (
    Order,
    Shipment,
    ShipmentEvent,
    User,
)
from counterapp.db.values import as_datetime
from counterapp.domain import delivery as rules
from counterapp.domain.errors import Conflict, NotFound, ValidationError
from counterapp.domain.permissions import Action
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.performance_summary import record_credit
from counterapp.services.shipping_planning import (
    LATE_TASK_REASON,
    bump_change_counter,
    ensure_task,
    goods_weight_grams,
    holidays_for,
    plan_request,
)
from counterapp.services.shipping_queue import (
    QUEUE_PAGE_MAX,
    QueueRow,
    ShippingQueueService,
    queue_row,
    rows_by_ids,
)


@dataclass(frozen=True)
class DeliveryCheckResult:
    """The late shipments found and how many follow-up tasks were created this time."""

    rows: list[QueueRow]
    tasks_created: int


@dataclass(frozen=True)
class DeliveryPromise:
    """What the shop can promise for a delivery request, before anything is saved.

    ``promised_date`` is the date the checkout would store; ``feasible`` is False only for
    a rush that cannot be met. ``rule``/``params`` name the reason (``RULE_*`` of
    ``domain.delivery``; dates in ``params`` ISO), ``explanation`` says it in English.
    ``earliest_date`` is the first date a delivery of this method (and rush) can arrive,
    whatever date was asked for. ``carrier``/``driver`` name who would take it.
    """

    promised_date: dt.date | None
    feasible: bool
    rule: str
    params: dict[str, str]
    explanation: str
    earliest_date: dt.date | None
    carrier: str = ""
    driver: str = ""


class ShippingService:
    """Moves shipments along the pipeline: status, dispatch, tracking, delivery, reschedule,
    and the late-delivery check."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self._queue = ShippingQueueService(ctx)

    def _transition(self, actor: Actor, shipment_id: int, version: int, to_status: str, *,
                    now: dt.datetime, note: str = "", updates: dict | None = None,
                    action: str = "") -> None:
        """Move one shipment to ``to_status`` if nobody changed it since ``version``."""
        shipment = Shipment.get_or_none(Shipment.id == shipment_id)
        if shipment is None:
            raise NotFound("shipment", shipment_id)
        number = shipment.order.number
        if shipment.version != version:
            raise Conflict(self._conflict_message(shipment, number, to_status))
        try:
            rules.check_transition(shipment.status, to_status)
        except rules.TransitionRefused as exc:
            raise ValidationError("status", f"order {number}: {exc}") from None
        values = {Shipment.status: to_status, Shipment.version: Shipment.version + 1}
        for name, value in (updates or {}).items():
            values[getattr(Shipment, name)] = value
        changed = (Shipment.update(values)
                   .where((Shipment.id == shipment_id) & (Shipment.version == version))
                   .execute())
        if changed != 1:
            # Another workstation committed between our read and our write.
            fresh = Shipment.get_by_id(shipment_id)
            raise Conflict(self._conflict_message(fresh, number, to_status))
        if to_status == rules.DELIVERED:  # final: nothing leaves it
            # The order now counts on its delivery day (domain.commission).
            record_credit(self.ctx.db, shipment.order_id)
        ShipmentEvent.create(shipment=shipment_id, from_status=shipment.status,
                             to_status=to_status, user=actor.id, at=now, note=note[:300])
        after = {"status": to_status}
        after.update({k: v for k, v in (updates or {}).items() if k != "dispatched_by"})
        audit.record(actor, action or f"shipment_{to_status}", entity="shipment",
                     entity_id=number, customer_id=shipment.order.customer_id,
                     before={"status": shipment.status, "version": version}, after=after,
                     reason=note, at=now)

    @staticmethod
    def _conflict_message(shipment: Shipment, number: str, wanted: str) -> str:
        last = (ShipmentEvent.select(ShipmentEvent, User)
                .join(User, peewee.JOIN.LEFT_OUTER)
                .where(ShipmentEvent.shipment == shipment.id)
                .order_by(ShipmentEvent.at.desc(), ShipmentEvent.id.desc()).first())
        who = last.user.display_name if last and last.user else "another workstation"
        when = as_datetime(last.at).strftime("%Y-%m-%d %H:%M") if last else ""
        if shipment.status == wanted:
            return f"order {number} was already {wanted} by {who} at {when}"
        return (f"order {number} was changed by {who} at {when} (now {shipment.status}); "
                "refresh and try again")

    def _bump(self) -> None:
        bump_change_counter(self.ctx.db)

    def set_status(self, actor: Actor, shipment_id: int, version: int, status: str,
                   note: str = "") -> QueueRow:
        """Move one shipment along the pipeline (picking, packed, failed, returned,
        cancelled …); ``Conflict`` if another workstation changed it first."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        note = clean_text("note", note, max_length=300)
        special = {rules.DISPATCHED: "dispatch", rules.DELIVERED: "mark_delivered",
                   rules.RESCHEDULED: "reschedule"}
        if status in special:
            raise ValidationError("status", f"use {special[status]} to set {status}")
        with self.ctx.db.atomic():
            self._transition(actor, shipment_id, version, status, now=now, note=note)
            bump_change_counter(self.ctx.db)
        return queue_row(shipment_id, now.date())

    def promise(self, request: DeliveryRequest, province: str = "") -> DeliveryPromise:
        """The promised date and its reason for ``request`` as the checkout would plan it now.

        Reads only: the Deliver dialog calls it as method, date and rush change, so the
        clerk sees the promise (and the earliest feasible date) before saving.
        ``province`` (two letters) picks the in-house driver serving it.
        ``ValidationError`` naming the field for a bad method, a past date, or no carrier.
        """
        now = self.ctx.now()
        if request.requested_date is not None and request.requested_date < now.date():
            raise ValidationError("requested_date", "the requested date is in the past")
        province = (province or "").strip().upper()
        with self.ctx.db.atomic():
            carrier, driver, plan = plan_request(now, request, province)
            if request.requested_date is None:
                earliest = plan.promised_date
            else:
                _, _, first = plan_request(
                    now, DeliveryRequest(method=request.method,
                                         carrier_code=request.carrier_code,
                                         driver_id=request.driver_id, rush=request.rush),
                    province)
                earliest = first.promised_date
        return DeliveryPromise(promised_date=plan.promised_date, feasible=plan.feasible,
                               rule=plan.rule, params=dict(plan.params),
                               explanation=plan.explanation, earliest_date=earliest,
                               carrier=carrier.name if carrier else "",
                               driver=driver.name if driver else "")

    def dispatch(self, actor: Actor, items: Sequence[tuple[int, int]],
                 tracking_number: str = "", *, parcels: int | None = None,
                 weight_grams: int | None = None,
                 tracking_later: bool = False) -> list[QueueRow]:
        """Hand the shipments ``items`` ((id, version) pairs) to the courier or driver.

        All or nothing. A tracking number belongs to one courier shipment and must match
        the carrier's pattern. A courier shipment leaving without one (given now or
        stored before) is refused on ``tracking_number`` unless ``tracking_later`` confirms
        it will be added later (``set_tracking``). ``parcels`` and ``weight_grams``, as
        counted at the bench, belong to one shipment; without a weight, a shipment that
        has none gets the sum of its products' weights when every product has one.
        Another workstation's earlier dispatch → ``Conflict`` "already dispatched by NAME
        at TIME".
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        items = sorted(items)  # one lock order for every workstation: no deadlocks
        if not items:
            raise ValidationError("selection", "select the orders to dispatch")
        tracking = (tracking_number or "").strip()
        counted = self._check_counts(items, parcels, weight_grams)
        with self.ctx.db.atomic():
            if tracking:
                if len(items) != 1:
                    raise ValidationError("tracking_number",
                                          "a tracking number belongs to one order: "
                                          "select just that order")
                self._check_tracking(items[0][0], tracking)
            elif not tracking_later:
                self._require_tracking(items)
            for shipment_id, version in items:
                updates = {"dispatched_at": now, "dispatched_by": actor.id, **counted}
                if tracking:
                    updates["tracking_number"] = tracking
                if "weight_grams" not in counted:
                    weight = self._default_weight(shipment_id)
                    if weight:
                        updates["weight_grams"] = weight
                self._transition(actor, shipment_id, version, rules.DISPATCHED, now=now,
                                 updates=updates, action="shipment_dispatched")
            bump_change_counter(self.ctx.db)
        return rows_by_ids([i for i, _ in items], now.date())

    @staticmethod
    def _check_counts(items: Sequence[tuple[int, int]], parcels: int | None,
                      weight_grams: int | None) -> dict[str, int]:
        counted = {}
        if parcels is not None:
            if isinstance(parcels, bool) or not isinstance(parcels, int) \
                    or not 1 <= parcels <= 999:
                raise ValidationError("parcels", "between 1 and 999 parcels")
            counted["parcels"] = parcels
        if weight_grams is not None:
            if isinstance(weight_grams, bool) or not isinstance(weight_grams, int) \
                    or not 0 < weight_grams <= 10_000_000:
                raise ValidationError("weight_grams", "a weight between 0 and 10,000 kg")
            counted["weight_grams"] = weight_grams
        if counted and len(items) != 1:
            field = "parcels" if parcels is not None else "weight_grams"
            raise ValidationError(field, "parcels and weight belong to one order: "
                                  "select just that order")
        return counted

    @staticmethod
    def _require_tracking(items: Sequence[tuple[int, int]]) -> None:
        missing = (Shipment.select(Order.number).join(Order)
                   .where(Shipment.id.in_([i for i, _ in items])
                          & (Shipment.method == rules.COURIER)
                          & (Shipment.tracking_number == ""))
                   .order_by(Order.number).tuples())
        numbers = [number for (number,) in missing]
        if numbers:
            raise ValidationError("tracking_number",
                                  f"order {', '.join(numbers[:5])} goes by courier: type the "
                                  "tracking number, or confirm it will be added later")

    @staticmethod
    def _default_weight(shipment_id: int) -> int:
        shipment = Shipment.get_or_none(Shipment.id == shipment_id)
        if shipment is None or shipment.weight_grams:
            return 0
        return goods_weight_grams(shipment.order_id)

    def _check_tracking(self, shipment_id: int, tracking: str) -> None:
        shipment = Shipment.get_or_none(Shipment.id == shipment_id)
        if shipment is None:
            raise NotFound("shipment", shipment_id)
        if shipment.method != rules.COURIER or shipment.carrier is None:
            raise ValidationError("tracking_number",
                                  "in-house deliveries have no tracking number")
        if len(tracking) > 40:
            raise ValidationError("tracking_number", "at most 40 characters")
        pattern = shipment.carrier.tracking_pattern
        if pattern:
            try:
                ok = re.fullmatch(pattern, tracking) is not None
            except re.error:
                ok = True  # a broken pattern in the settings must not block dispatch
            if not ok:
                raise ValidationError("tracking_number",
                                      f"{tracking!r} is not a {shipment.carrier.name} "
                                      f"tracking number (expected {pattern})")

    def set_tracking(self, actor: Actor, shipment_id: int, version: int,
                     tracking_number: str) -> QueueRow:
        """Add or correct the tracking number of a dispatched courier shipment."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        tracking = (tracking_number or "").strip()
        with self.ctx.db.atomic():
            self._check_tracking(shipment_id, tracking)
            shipment = Shipment.get_by_id(shipment_id)
            changed = (Shipment.update(tracking_number=tracking,
                                       version=Shipment.version + 1)
                       .where((Shipment.id == shipment_id) & (Shipment.version == version))
                       .execute())
            if changed != 1:
                raise Conflict(self._conflict_message(Shipment.get_by_id(shipment_id),
                                                      shipment.order.number, ""))
            audit.record(actor, "shipment_tracking", entity="shipment",
                         entity_id=shipment.order.number,
                         before={"tracking_number": shipment.tracking_number},
                         after={"tracking_number": tracking}, at=now)
            bump_change_counter(self.ctx.db)
        return queue_row(shipment_id, now.date())

    def mark_delivered(self, actor: Actor, items: Sequence[tuple[int, int]],
                       delivered_at: dt.datetime | None = None) -> list[QueueRow]:
        """Confirm delivery of ``items`` at ``delivered_at`` (default now); all or nothing."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        when = (delivered_at or now).replace(microsecond=0)
        items = sorted(items)  # one lock order for every workstation: no deadlocks
        if not items:
            raise ValidationError("selection", "select the delivered orders")
        if when > now + dt.timedelta(minutes=5):
            raise ValidationError("delivered_at", "the delivery time is in the future")
        with self.ctx.db.atomic():
            for shipment_id, version in items:
                shipment = Shipment.get_or_none(Shipment.id == shipment_id)
                if shipment and shipment.dispatched_at and when < as_datetime(
                        shipment.dispatched_at):
                    raise ValidationError("delivered_at",
                                          f"order {shipment.order.number} left at "
                                          f"{as_datetime(shipment.dispatched_at):%Y-%m-%d %H:%M}"
                                          ": it cannot arrive before")
                self._transition(actor, shipment_id, version, rules.DELIVERED, now=now,
                                 updates={"delivered_at": when}, action="shipment_delivered")
            bump_change_counter(self.ctx.db)
        return rows_by_ids([i for i, _ in items], now.date())

    def reschedule(self, actor: Actor, shipment_id: int, version: int, new_date: dt.date,
                   note: str = "") -> QueueRow:
        """After a failed delivery: a new promised date (a working day, not in the past)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        note = clean_text("note", note, max_length=300)
        if new_date is None or new_date < now.date():
            raise ValidationError("promised_date", "the new date is in the past")
        if not rules.is_working_day(new_date, holidays_for(new_date)):
            raise ValidationError("promised_date",
                                  f"{new_date.isoformat()} is not a working day")
        with self.ctx.db.atomic():
            self._transition(actor, shipment_id, version, rules.RESCHEDULED, now=now,
                             note=note or f"new date {new_date.isoformat()}",
                             updates={"promised_date": new_date, "dispatched_at": None},
                             action="shipment_rescheduled")
            bump_change_counter(self.ctx.db)
        return queue_row(shipment_id, now.date())

    def run_delivery_check(self, actor: Actor) -> DeliveryCheckResult:
        """Create a follow-up for the rep of every late shipment (once: idempotent)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        now = self.ctx.now()
        created = 0
        with self.ctx.db.atomic():
            rows = self._queue.late_shipments(QUEUE_PAGE_MAX)
            for row in rows:
                order = Order.get_by_id(row.order_id)
                reason = (f"{LATE_TASK_REASON}: order {row.order_number} was promised for "
                          f"{row.promised_date.isoformat()} and is {row.status}")
                _task, new = ensure_task(kind="follow_up", dedup_key=f"late:{row.order_id}",
                                         order=order, assigned_to=order.rep_id,
                                         due_at=now + dt.timedelta(hours=1), reason=reason,
                                         created_by=actor.id, now=now)
                created += int(new)
            audit.record(actor, "delivery_check", entity="shipment", entity_id="",
                         after={"late": len(rows), "tasks_created": created}, at=now)
        return DeliveryCheckResult(rows=rows, tasks_created=created)
