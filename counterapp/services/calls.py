"""Phone calls: who is calling, the caller's card, the call log, outcomes.

A call is created when the rep takes (or dials) it, so a phone order can name it
(``CartDraft.call_id``); ``end_call`` then writes everything the call produced — outcome,
notes, purpose, the callback task — in one transaction, or nothing at all. Reading the
log back (history, counts per day, the CSV) is :mod:`counterapp.services.call_history`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from counterapp.db.models import (
    Call,
    Contact,
    Customer,
    Order,
    Task,
)
from counterapp.db.values import as_date, as_datetime
from counterapp.domain.customers import ContactInput, CustomerInput, PhoneInput
from counterapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from counterapp.domain.money import from_cents
from counterapp.domain.permissions import Action, Role
from counterapp.domain.phone import normalize_phone
from counterapp.domain.text import clean_text
from counterapp.services import audit, sequences
from counterapp.services.call_history import CallHistoryService, CallRow, call_duration
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.customers import CustomerService

DIRECTIONS = ("inbound", "outbound")
PURPOSES = ("order", "inquiry", "account_update", "complaint", "other")
OUTCOMES = ("ordered", "information_given", "account_updated", "callback_requested",
            "no_answer", "voicemail", "wrong_number", "not_interested")
CLOSED_SHIPMENT = ("delivered", "cancelled", "returned")
OPEN_ORDER_STATUSES = ("open", "completed")

@dataclass(frozen=True)
class CallerMatch:
    """One customer (and maybe the contact) a number belongs to."""

    customer_id: int
    contact_id: int | None
    code: str
    name: str
    kind: str
    status: str
    contact_name: str


@dataclass(frozen=True)
class LookupResult:
    """The number as E.164 and every account it belongs to (none: unknown caller)."""

    number: str
    matches: tuple[CallerMatch, ...]


@dataclass(frozen=True)
class OpenOrderRow:
    """An order still on its way, for "where is my order"."""

    order_id: int
    number: str
    created_at: dt.datetime
    gross: Decimal
    status: str
    shipment_status: str
    promised_date: dt.date | None
    tracking_number: str
    tracking_url: str
    late: bool


@dataclass(frozen=True)
class StandingDueRow:
    """A standing order of the caller due soon."""

    id: int
    next_run: dt.date
    interval_days: int
    needs_confirmation: bool


@dataclass(frozen=True)
class CardTask:
    """An open task on the caller's account."""

    id: int
    kind: str
    due_at: dt.datetime
    assigned_to: str
    reason: str
    overdue: bool


@dataclass(frozen=True)
class CallerCard:
    """Everything the rep needs on screen while the customer talks."""

    customer_id: int
    code: str
    name: str
    kind: str
    status: str
    contact_id: int | None
    contact_name: str
    phones: tuple[str, ...]
    account_manager_id: int | None
    account_manager_login: str
    account_manager_name: str
    managed_by_other: bool
    balance: Decimal
    credit_limit: Decimal
    price_list: str
    notes: str
    open_orders: tuple[OpenOrderRow, ...]
    standing_due: tuple[StandingDueRow, ...]
    last_calls: tuple[CallRow, ...]
    open_tasks: tuple[CardTask, ...]
    has_orders: bool


def _choice(field: str, value: str, allowed: tuple[str, ...], *, required: bool) -> str:
    value = (value or "").strip().lower().replace(" ", "_")
    if not value:
        if required:
            raise ValidationError(field, "choose one: " + ", ".join(allowed))
        return ""
    if value not in allowed:
        raise ValidationError(field, f"'{value}' is not one of " + ", ".join(allowed))
    return value


class CallService:
    """Caller lookup, caller card, the call log and its history."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self._customers = CustomerService(ctx)  # the one writer of new customers
        self._history = CallHistoryService(ctx)

    # -- who is calling ---------------------------------------------------------------------
    def lookup(self, raw_number: str) -> LookupResult:
        """Normalise ``raw_number`` (``ValidationError`` on ``number``) and find its owners.

        Matches customers' and contacts' numbers (indexed E.164); merged accounts are
        skipped. Several matches come back in name order; none means an unknown caller.
        """
        number = normalize_phone(raw_number, field="number")
        p = self.ctx.db.param
        query = self._fetch(
            "SELECT pn.customer_id, pn.contact_id, c.code, c.name, c.kind, c.status, ct.name "  # noqa: S608 (placeholders only)
            "FROM phone_number pn JOIN customer c ON c.id = pn.customer_id "
            "LEFT JOIN contact ct ON ct.id = pn.contact_id "
            f"WHERE pn.e164 = {p} AND c.merged_into_id IS NULL ORDER BY c.name, pn.id",
            (number,))
        seen: set[tuple[int, int | None]] = set()
        matches = []
        for customer_id, contact_id, code, name, kind, status, contact_name in query:
            if (customer_id, contact_id) in seen:
                continue
            seen.add((customer_id, contact_id))
            matches.append(CallerMatch(customer_id, contact_id, code, name, kind, status,
                                       contact_name or ""))
        return LookupResult(number=number, matches=tuple(matches))

    def caller_card(self, actor: Actor, customer_id: int,
                    contact_id: int | None = None) -> CallerCard:
        """The caller's account: who, balance, open orders with delivery, calls, tasks.

        Hand-written SQL (the same on both engines): this runs while the phone rings, and
        building these joins with the query builder costs more than running them.
        """
        now = self.ctx.now()
        p = self.ctx.db.param
        head = self._fetch(
            "SELECT c.code, c.name, c.kind, c.status, c.account_manager_id, u.login, "  # noqa: S608 (placeholders only)
            "u.display_name, c.balance, c.credit_limit, pl.name, c.notes, "
            f"(SELECT ct.name FROM contact ct WHERE ct.id = {p} AND ct.customer_id = c.id), "
            'EXISTS (SELECT 1 FROM "order" o WHERE o.customer_id = c.id '
            "AND o.kind = 'sale') "
            'FROM customer c LEFT JOIN "user" u ON u.id = c.account_manager_id '
            f"LEFT JOIN price_list pl ON pl.id = c.price_list_id WHERE c.id = {p}",
            (contact_id or 0, customer_id))
        if not head:
            raise NotFound("customer", customer_id)
        (code, name, kind, status, manager_id, manager_login, manager_name, balance, credit,
         price_list, notes, contact_name, has_orders) = head[0]
        phones = tuple(row[0] for row in self._fetch(
            f"SELECT e164 FROM phone_number WHERE customer_id = {p} ORDER BY id LIMIT 5",  # noqa: S608 (placeholders only)
            (customer_id,)))
        return CallerCard(
            customer_id=customer_id, code=code, name=name, kind=kind, status=status,
            contact_id=contact_id if contact_name is not None else None,
            contact_name=contact_name or "", phones=phones, account_manager_id=manager_id,
            account_manager_login=manager_login or "", account_manager_name=manager_name or "",
            managed_by_other=bool(manager_id) and manager_id != actor.id,
            balance=from_cents(balance or 0), credit_limit=from_cents(credit or 0),
            price_list=price_list or "", notes=notes or "",
            open_orders=tuple(self._open_orders(customer_id, now.date())),
            standing_due=tuple(self._standing_due(customer_id, now.date())),
            last_calls=tuple(self._last_calls(customer_id)),
            open_tasks=tuple(self._open_tasks(customer_id, now)),
            has_orders=bool(has_orders))

    def _fetch(self, sql: str, params: tuple) -> list[tuple]:
        return list(self.ctx.db.execute_sql(sql, params).fetchall())

    def _open_orders(self, customer_id: int, today: dt.date) -> list[OpenOrderRow]:
        p = self.ctx.db.param
        closed = ", ".join(f"'{status}'" for status in CLOSED_SHIPMENT)
        rows = []
        for oid, number, created, gross, status, s_status, promised, tracking, template in \
                self._fetch(
                    "SELECT o.id, o.number, o.created_at, o.gross, o.status, s.status, "  # noqa: S608 (placeholders only)
                    "s.promised_date, s.tracking_number, cr.tracking_url_template "
                    'FROM "order" o JOIN shipment s ON s.order_id = o.id '
                    "LEFT JOIN carrier cr ON cr.id = s.carrier_id "
                    f"WHERE o.customer_id = {p} AND o.kind = 'sale' "
                    f"AND s.status NOT IN ({closed}) "
                    "ORDER BY o.created_at DESC LIMIT 10", (customer_id,)):
            promised = as_date(promised)
            url = template.replace("{tracking}", tracking) if template and tracking else ""
            rows.append(OpenOrderRow(
                order_id=oid, number=number, created_at=as_datetime(created),
                gross=from_cents(gross or 0), status=status, shipment_status=s_status,
                promised_date=promised, tracking_number=tracking or "", tracking_url=url,
                late=bool(promised and promised < today)))
        return rows

    def _standing_due(self, customer_id: int, today: dt.date) -> list[StandingDueRow]:
        p = self.ctx.db.param
        horizon = today + dt.timedelta(days=7)
        return [StandingDueRow(sid, as_date(next_run), interval, bool(confirm))
                for sid, next_run, interval, confirm in self._fetch(
                    "SELECT id, next_run, interval_days, needs_confirmation "  # noqa: S608 (placeholders only)
                    f"FROM standing_order WHERE customer_id = {p} AND active = {p} "
                    f"AND next_run <= {p} ORDER BY next_run", (customer_id, True, horizon))]

    def _open_tasks(self, customer_id: int, now: dt.datetime) -> list[CardTask]:
        p = self.ctx.db.param
        rows = []
        for tid, kind, due, login, reason in self._fetch(
                'SELECT t.id, t.kind, t.due_at, u.login, t.reason FROM task t JOIN "user" u '  # noqa: S608 (placeholders only)
                f"ON u.id = t.assigned_to_id WHERE t.customer_id = {p} AND t.status = 'open' "
                "ORDER BY t.due_at LIMIT 10", (customer_id,)):
            due = as_datetime(due)
            rows.append(CardTask(tid, kind, due, login, reason, due <= now))
        return rows

    def _last_calls(self, customer_id: int, limit: int = 5) -> list[CallRow]:
        p = self.ctx.db.param
        rows = []
        for (cid, direction, number, code, name, contact, login, started, ended, purpose,
             outcome, notes, order_id, order_number) in self._fetch(
                "SELECT k.id, k.direction, k.number, c.code, c.name, ct.name, u.login, "  # noqa: S608 (placeholders only)
                "k.started_at, k.ended_at, k.purpose, k.outcome, k.notes, k.order_id, o.number "
                'FROM "call" k JOIN "user" u ON u.id = k.rep_id '
                "LEFT JOIN customer c ON c.id = k.customer_id "
                "LEFT JOIN contact ct ON ct.id = k.contact_id "
                'LEFT JOIN "order" o ON o.id = k.order_id '
                f"WHERE k.customer_id = {p} AND k.ended_at IS NOT NULL "
                f"ORDER BY k.started_at DESC, k.id DESC LIMIT {int(limit)}", (customer_id,)):
            started, ended = as_datetime(started), as_datetime(ended)
            rows.append(CallRow(
                id=cid, direction=direction, number=number, customer_id=customer_id,
                customer_code=code or "", customer_name=name or "", contact_name=contact or "",
                rep_login=login, started_at=started, ended_at=ended,
                duration_s=call_duration(started, ended), purpose=purpose, outcome=outcome,
                notes=notes, order_id=order_id, order_number=order_number or ""))
        return rows

    # -- the call itself ----------------------------------------------------------------------
    def start_call(self, actor: Actor, number: str, *, direction: str = "inbound",
                   customer_id: int | None = None, contact_id: int | None = None,
                   purpose: str = "") -> CallRow:
        """Open the call record (its id links a phone order to it); ``end_call`` closes it."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        number = normalize_phone(number, field="number")
        direction = _choice("direction", direction, DIRECTIONS, required=True)
        purpose = _choice("purpose", purpose, PURPOSES, required=False)
        with self.ctx.db.atomic():
            if customer_id is not None and not Customer.select().where(
                    Customer.id == customer_id).exists():
                raise ValidationError("customer", f"no customer {customer_id}")
            if contact_id is not None and not Contact.select().where(
                    (Contact.id == contact_id) & (Contact.customer == customer_id)).exists():
                raise ValidationError("contact", f"no contact {contact_id} of this customer")
            call = Call.create(direction=direction, number=number, customer=customer_id,
                               contact=contact_id, rep=actor.id, started_at=self.ctx.now(),
                               purpose=purpose)
        return self.get(call.id)

    def set_customer(self, actor: Actor, call_id: int, customer_id: int,
                     contact_id: int | None = None) -> CallRow:
        """Name the caller after the call was taken (picked from a list or a new lead)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            call = self._open_call(actor, call_id)
            if not Customer.select().where(Customer.id == customer_id).exists():
                raise ValidationError("customer", f"no customer {customer_id}")
            call.customer = customer_id
            call.contact = contact_id
            call.save()
        return self.get(call_id)

    def link_order(self, actor: Actor, call_id: int, order_id: int) -> CallRow:
        """Link an order taken on this call (when the checkout did not do it itself)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            call = Call.get_or_none(Call.id == call_id)
            if call is None:
                raise NotFound("call", call_id)
            if not Order.select().where(Order.id == order_id).exists():
                raise ValidationError("order", f"no order {order_id}")
            call.order = order_id
            call.save()
        return self.get(call_id)

    def end_call(self, actor: Actor, call_id: int, *, outcome: str, purpose: str = "",
                 notes: str = "", callback_at: dt.datetime | None = None,
                 callback_reason: str = "", order_id: int | None = None,
                 task_id: int | None = None) -> CallRow:
        """Close the call: outcome (required), purpose, notes, callback task — all or nothing.

        ``callback_requested`` needs ``callback_at`` in the future; any ``callback_at``
        creates a callback task for the rep on the call's customer. ``task_id`` names the
        call-list task the call answered: it is marked done in the same transaction.
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        outcome = _choice("outcome", outcome, OUTCOMES, required=True)
        purpose = _choice("purpose", purpose, PURPOSES, required=False)
        notes = clean_text("notes", notes, max_length=4000) if notes else ""
        now = self.ctx.now()
        if outcome == "callback_requested" and callback_at is None:
            raise ValidationError("callback", "a callback needs a date and time")
        if callback_at is not None and callback_at <= now:
            raise ValidationError("callback", "the callback time must be in the future")
        with self.ctx.db.atomic():
            call = self._open_call(actor, call_id)
            if callback_at is not None and call.customer_id is None:
                raise ValidationError("callback", "name the customer before planning a callback")
            if order_id is not None:
                if not Order.select().where(Order.id == order_id).exists():
                    raise ValidationError("order", f"no order {order_id}")
                call.order = order_id
            call.ended_at = max(now, call.started_at)
            call.outcome = outcome
            call.purpose = purpose or call.purpose
            call.notes = notes
            call.save()
            new_task_id = None
            if callback_at is not None:
                reason = clean_text("callback_reason", callback_reason, max_length=500) \
                    or notes[:500] or "Callback requested"
                new_task_id = Task.create(kind="callback", customer=call.customer_id,
                                      assigned_to=actor.id, due_at=callback_at, reason=reason,
                                      call=call.id, created_by=actor.id, created_at=now).id
            if task_id is not None:
                Task.update(status="done", done_at=now).where(
                    (Task.id == task_id) & (Task.status == "open")).execute()
            audit.record(actor, "call_logged", entity="call", entity_id=call.id,
                         customer_id=call.customer_id,
                         after={"outcome": outcome, "purpose": call.purpose,
                                "duration_s": call_duration(call.started_at, call.ended_at),
                                "callback_task": new_task_id, "task_done": task_id}, at=now)
        return self.get(call_id)

    def _open_call(self, actor: Actor, call_id: int) -> Call:
        call = Call.get_or_none(Call.id == call_id)
        if call is None:
            raise NotFound("call", call_id)
        if call.ended_at is not None:
            raise Conflict(f"call {call_id} has already ended")
        if call.rep_id != actor.id and actor.role != Role.MANAGER:
            raise PermissionDenied("end_call", "only the rep on the call may end it")
        return call

    def get(self, call_id: int) -> CallRow:
        """One call."""
        rows = self._history.history(call_id=call_id, limit=1, include_open=True)
        if not rows:
            raise NotFound("call", call_id)
        return rows[0]

    # -- new leads and handovers -----------------------------------------------------------------
    def create_lead(self, actor: Actor, number: str, name: str, *, kind: str = "b2c",
                    contact_name: str = "", notes: str = "") -> CallerMatch:
        """An unknown caller becomes a lead (status ``lead``, code ``L<yy><serial>``,
        brought in by ``actor``) with this phone number, saved by the customers service."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        number = normalize_phone(number, field="number")
        contact_name = clean_text("contact", contact_name, max_length=120)
        phones = (PhoneInput(number=number, label="phone call"),)
        now = self.ctx.now()
        with self.ctx.db.atomic():
            serial = sequences.next_number("lead", now.year)
            detail = self._customers.create(actor, CustomerInput(
                name=name, kind=kind, code=f"L{now.year % 100:02d}{serial:05d}", status="lead",
                notes=notes or "", phones=() if contact_name else phones,
                contacts=(ContactInput(name=contact_name, phones=phones),) if contact_name
                else ()))
        contact_id = detail.contacts[0].id if detail.contacts else None
        return CallerMatch(detail.id, contact_id, detail.code, detail.name, detail.kind,
                           detail.status, contact_name)

    def handover_note(self, actor: Actor, customer_id: int, note: str,
                      call_id: int | None = None) -> int:
        """Tell the account manager what the caller wanted: a follow-up task for them."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        note = clean_text("note", note, required=True, max_length=2000)
        now = self.ctx.now()
        with self.ctx.db.atomic():
            manager_id = Customer.select(Customer.account_manager).where(
                Customer.id == customer_id).scalar()
            if manager_id is None:
                raise ValidationError("account_manager", "this account has no account manager")
            task = Task.create(kind="follow_up", customer=customer_id, assigned_to=manager_id,
                               due_at=now, reason=f"Handover from {actor.login}: {note}",
                               call=call_id, created_by=actor.id, created_at=now)
            audit.record(actor, "handover_note", entity="task", entity_id=task.id,
                         customer_id=customer_id, at=now)
        return task.id
