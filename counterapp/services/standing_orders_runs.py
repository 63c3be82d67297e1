"""Standing orders, the runs: confirmation tasks, escalation, and making the orders.

``run_due`` (``StandingOrderService.run_due``) walks the active standing orders by id and,
for each run date up to the day asked (``domain.schedule.run_dates``: weekends and public
holidays moved to the next working day):

- a run that needs a confirmation call gets a ``standing_run`` row ``waiting`` and a
  ``standing_confirm`` task in the rep's call list N working days before (the shop setting
  ``standing_confirm_days``, default 2);
- a run still ``waiting`` on its day makes no order; it is escalated with a follow-up task
  for the rep's mentor (a senior or a manager) or else a manager, due the next working day;
- a run that needs no call, or was confirmed, makes an ordinary order through
  ``CheckoutService.checkout`` with channel ``standing``: today's prices from the customer's
  price list, stock checked (a shortage is sold as a backorder, flagged on the order lines,
  on the run and in a task), the credit limit checked (paid on account: beyond the limit
  the run fails and the rep gets a task), and the delivery through the shipping service,
  which plans the promised date with the same rules as any delivery.

Each run is one transaction in which the UNIQUE (standing order, run date) row is claimed
*first*, then the order is written: a second workstation, or the same command rerun after a
crash, finds the row (SQLite: the write lock serialises; PostgreSQL: the unique index
makes the second insert wait for the first and then fail) and counts the run as already
made. A run that fails rolls back whole and is recorded ``failed`` in a transaction of its
own.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from counterapp.db.models import (
    Customer,
    OrderLine,
    Product,
    SharedSetting,
    StandingOrder,
    StandingOrderLine,
    StandingRun,
    Task,
    User,
)
from counterapp.domain import schedule
from counterapp.domain.delivery import add_working_days, italian_holidays, next_working_day
from counterapp.domain.errors import CounterAppError
from counterapp.domain.permissions import Role
from counterapp.services import audit
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.checkout import CheckoutService
from counterapp.services.context import Actor, ServiceContext
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.sale_pricing import PricingService

WAITING, CONFIRMED, CONFIRMED_WITH_CHANGES = "waiting", "confirmed", "confirmed_with_changes"
SKIPPED, GENERATED, FAILED = "skipped", "generated", "failed"
RUN_STATUSES = (WAITING, CONFIRMED, CONFIRMED_WITH_CHANGES, SKIPPED, GENERATED, FAILED)
READY = (CONFIRMED, CONFIRMED_WITH_CHANGES)
CONFIRM_DAYS_KEY = "standing_confirm_days"
DEFAULT_CONFIRM_DAYS = 2
TASK_HOUR = dt.time(9, 0)
CHANNEL = "standing"
# Order uuids of runs are derived from (standing order, run date): a checkout replayed for
# the same run is recognised by the sales service too.
_UUID_NAMESPACE = uuid_module.UUID("6f1c8a52-3d0e-4b7a-9a55-3c1f5e0d2b11")


@dataclass(frozen=True)
class MadeOrder:
    """One order a run made."""

    standing_order_id: int
    run_date: dt.date
    order_number: str
    customer_code: str
    gross: Decimal
    price_changed: bool
    shortage: bool


@dataclass
class RunReport:
    """What ``run_due`` did: orders made, runs waiting, failed, and tasks raised."""

    up_to: dt.date
    made: list[MadeOrder] = field(default_factory=list)
    waiting: list[tuple[int, dt.date]] = field(default_factory=list)
    failed: list[tuple[int, dt.date, str]] = field(default_factory=list)
    already_made: int = 0
    confirm_tasks: int = 0
    escalations: int = 0
    # Told of each order as soon as it is committed (the command line prints it at once).
    on_made: Callable[[MadeOrder], None] | None = field(default=None, repr=False,
                                                        compare=False)


class _AlreadyHandled(Exception):
    """Another workstation (or an earlier run) took this run first."""


def confirm_days() -> int:
    """Working days before a run its confirmation task appears (shop setting, default 2)."""
    row = SharedSetting.get_or_none(SharedSetting.key == CONFIRM_DAYS_KEY)
    try:
        value = int(row.value) if row is not None else DEFAULT_CONFIRM_DAYS
    except ValueError:
        return DEFAULT_CONFIRM_DAYS
    return min(max(value, 0), 20)


def calendar(first_year: int, last_year: int) -> Mapping[dt.date, str]:
    """The working-day calendar (delivery planning's holidays) for these years and the next."""
    return italian_holidays(range(first_year - 1, last_year + 2))


def run_uuid(standing_id: int, run_date: dt.date) -> str:
    """The order uuid of one run."""
    return str(uuid_module.uuid5(_UUID_NAMESPACE, f"standing:{standing_id}:{run_date}"))


def user_actor(user: User) -> Actor:
    """An ``Actor`` for a staff row (the rep an order is made for)."""
    return Actor(id=user.id, login=user.login, display_name=user.display_name,
                 role=Role(user.role), language=user.language)


def ensure_task(*, kind: str, dedup_key: str, customer_id: int | None, assigned_to: int,
                due_at: dt.datetime, reason: str, created_by: int | None, now: dt.datetime,
                order_id: int | None = None) -> tuple[Task, bool]:
    """The task with ``dedup_key``, created when missing: (task, created).

    Read first so a duplicate never aborts the caller's PostgreSQL transaction; the unique
    index (in a savepoint) still settles a race between workstations.
    """
    existing = Task.get_or_none(Task.dedup_key == dedup_key)
    if existing is not None:
        return existing, False
    try:
        with Task._meta.database.atomic():
            task = Task.create(kind=kind, customer=customer_id, assigned_to=assigned_to,
                               due_at=due_at, status="open", reason=reason[:2000],
                               order=order_id, dedup_key=dedup_key, created_by=created_by,
                               created_at=now)
    except peewee.IntegrityError:
        return Task.get(Task.dedup_key == dedup_key), False
    return task, True


def close_task(task_id: int | None, now: dt.datetime, call_id: int | None = None) -> None:
    """Mark an open task done (the run it was about was settled), linking the call."""
    if task_id is None:
        return
    values = {Task.status: "done", Task.done_at: now}
    if call_id is not None:
        values[Task.call] = call_id
    Task.update(values).where((Task.id == task_id) & (Task.status == "open")).execute()


def _escalation_user(rep: User) -> User:
    mentor = rep.mentor if rep.mentor_id else None
    if mentor is not None and mentor.active and mentor.role in (Role.SENIOR, Role.MANAGER) \
            and mentor.id != rep.id:
        return mentor
    manager = (User.select().where(User.active & (User.role == Role.MANAGER)
                                   & (User.id != rep.id)).order_by(User.id).first())
    return manager or rep


def _lines_summary(lines: list[tuple[int, int]]) -> str:
    skus = dict(Product.select(Product.id, Product.sku)
                .where(Product.id.in_([pid for pid, _q in lines])).tuples())
    return ", ".join(f"{skus.get(pid, pid)} × {qty}" for pid, qty in lines)


class _Refused(CounterAppError):
    """A run that cannot be made for a reason of its own (the rep left, ...)."""


class RunEngine:
    """The run-time half of the standing-orders service (one instance per service)."""

    def __init__(self, ctx: ServiceContext, checkout: CheckoutService):
        self.ctx = ctx
        self.pricing = PricingService(ctx)
        self.checkout = checkout

    # -- the walk -----------------------------------------------------------------------------
    def run_due(self, actor: Actor, up_to: dt.date,
                on_made: Callable[[MadeOrder], None] | None = None) -> RunReport:
        """Tasks, escalations and orders for every run up to ``up_to`` (see the module)."""
        report = RunReport(up_to=up_to, on_made=on_made)
        days = confirm_days()
        horizon_calendar = calendar(up_to.year, up_to.year)
        horizon = add_working_days(up_to, days, horizon_calendar)
        standing_ids = [sid for (sid,) in StandingOrder.select(StandingOrder.id)
                        .where((StandingOrder.status == "active") & (StandingOrder.rrule != ""))
                        .order_by(StandingOrder.id).tuples()]
        for standing_id in standing_ids:
            self._run_one(actor, standing_id, up_to, horizon, days, horizon_calendar, report)
        return report

    def _run_one(self, actor, standing_id, up_to, horizon, days, cal, report) -> None:
        so = StandingOrder.get_or_none(StandingOrder.id == standing_id)
        if so is None or so.status != "active":
            return
        today = self.ctx.now().date()
        dates = schedule.run_dates(so.rrule, so.start_date, after=so.not_before or so.start_date,
                                   until=horizon, holidays=cal)
        rows = {row.run_date: row for row in StandingRun.select().where(
            (StandingRun.standing_order == so.id) & StandingRun.run_date.in_(dates))} \
            if dates else {}
        for day in dates:
            row = rows.get(day)
            if day > up_to:
                if so.needs_confirmation and row is None:
                    report.confirm_tasks += self.ask_confirmation(actor, so, day, days, cal)
                continue
            if row is None and so.needs_confirmation:
                report.confirm_tasks += self.ask_confirmation(actor, so, day, days, cal)
                row = StandingRun.get_or_none((StandingRun.standing_order == so.id)
                                              & (StandingRun.run_date == day))
            if row is not None and row.status == WAITING:
                # Escalated once its day has come (not when a later date is run ahead).
                if day <= today:
                    report.escalations += self.escalate(actor, so, row, cal)
                report.waiting.append((so.id, day))
            elif row is None or row.status in READY:
                self.generate(actor, so, day, row, report)
        refresh_next_run(so.id, today)

    # -- confirmation ---------------------------------------------------------------------
    def ask_confirmation(self, actor: Actor, so: StandingOrder, day: dt.date, days: int,
                         cal) -> int:
        """The ``waiting`` run row and the rep's confirmation task; 1 when newly made."""
        now = self.ctx.now()
        due_day = max(schedule.working_days_before(day, days, cal), now.date())
        lines = [(line.product_id, line.quantity) for line in so.lines]
        try:
            with self.ctx.db.atomic():
                run_id = StandingRun.insert(
                    standing_order=so.id, run_date=day, status=WAITING, created_at=now,
                    updated_at=now).execute()
                task, _created = ensure_task(
                    kind="standing_confirm", dedup_key=f"standing_confirm:{so.id}:{day}",
                    customer_id=so.customer_id, assigned_to=so.rep_id,
                    due_at=dt.datetime.combine(due_day, TASK_HOUR),
                    reason=f"Confirm standing order #{so.id} for {day.isoformat()}: "
                           f"{_lines_summary(lines)}" + (f" – {so.notes}" if so.notes else ""),
                    created_by=actor.id if actor else None, now=now)
                StandingRun.update(confirm_task=task.id).where(StandingRun.id == run_id).execute()
        except peewee.IntegrityError:
            return 0  # another workstation asked first
        return 1

    def escalate(self, actor: Actor, so: StandingOrder, row: StandingRun, cal) -> int:
        """A follow-up for the rep's senior or a manager, due the next working day."""
        if row.escalation_task_id is not None:
            return 0
        now = self.ctx.now()
        rep = User.get_by_id(so.rep_id)
        target = _escalation_user(rep)
        customer = Customer.get_by_id(so.customer_id)
        due = dt.datetime.combine(next_working_day(row.run_date, cal), TASK_HOUR)
        with self.ctx.db.atomic():
            task, created = ensure_task(
                kind="follow_up", dedup_key=f"standing_escalate:{row.id}",
                customer_id=so.customer_id, assigned_to=target.id, due_at=due,
                reason=f"Standing order #{so.id} of {customer.name} for "
                       f"{row.run_date.isoformat()} was not confirmed by {rep.login}: "
                       "no order was made. Call the customer.",
                created_by=actor.id if actor else None, now=now)
            StandingRun.update(escalation_task=task.id, updated_at=now).where(
                StandingRun.id == row.id).execute()
            if created:
                audit.record(actor, "standing_run_escalated", entity="standing_order",
                             entity_id=so.id, customer_id=so.customer_id,
                             after={"run_date": row.run_date.isoformat(),
                                    "assigned_to": target.login}, at=now)
        return int(created)

    # -- generation -------------------------------------------------------------------------
    def generate(self, actor: Actor, so: StandingOrder, day: dt.date, row: StandingRun | None,
                 report: RunReport) -> None:
        """Make the order of one run (one transaction); record a failure in another."""
        try:
            made = self._generate(actor, so, day, row)
        except (peewee.IntegrityError, _AlreadyHandled):
            report.already_made += 1
            return
        except CounterAppError as exc:
            if self._record_failure(actor, so, day, str(exc)):
                report.failed.append((so.id, day, str(exc)))
            else:
                report.already_made += 1
            return
        report.made.append(made)
        if report.on_made is not None:
            report.on_made(made)

    def _lines(self, so: StandingOrder, row: StandingRun | None) -> list[tuple[int, int]]:
        if row is not None and row.lines_override:
            return [(int(pid), int(qty)) for pid, qty in json.loads(row.lines_override)]
        return [(line.product_id, line.quantity)
                for line in so.lines.order_by(StandingOrderLine.id)]

    def _generate(self, actor, so, day, row) -> MadeOrder:
        now = self.ctx.now()
        with self.ctx.db.atomic():
            if row is None:
                run_id = StandingRun.insert(standing_order=so.id, run_date=day,
                                            status=GENERATED, created_at=now,
                                            updated_at=now).execute()
            else:
                claimed = (StandingRun.update(status=GENERATED, updated_at=now)
                           .where((StandingRun.id == row.id) & StandingRun.status.in_(READY))
                           .execute())
                if not claimed:
                    raise _AlreadyHandled()
                run_id = row.id
            rep = User.get_by_id(so.rep_id)
            if not rep.active:
                raise _Refused(f"the rep {rep.login} is no longer active")
            customer = Customer.get_by_id(so.customer_id)
            if customer.status == "inactive" or customer.merged_into_id:
                raise _Refused(f"{customer.name} is no longer an active account")
            lines = self._lines(so, row)
            draft = CartDraft(lines=tuple(CartLineInput(pid, qty) for pid, qty in lines),
                              customer_id=so.customer_id, channel=CHANNEL)
            priced = self.pricing.price_cart(draft)
            shortages = [f"{line.sku}: {line.quantity} wanted, {max(line.stock, 0)} in stock"
                         for line in priced.lines if line.backorder]
            changes = self._price_changes(so.id, run_id, priced.lines)
            delivery = None
            if so.delivery_method:
                delivery = DeliveryRequest(method=so.delivery_method, address_id=so.address_id,
                                           requested_date=day if day > now.date() else None)
            result = self.checkout.checkout(
                user_actor(rep), draft, [PaymentInput("account", priced.gross)],
                sale_uuid=run_uuid(so.id, day), delivery=delivery, confirm_backorder=True)
            notes = "; ".join(
                (["Prices changed since the last run: " + ", ".join(changes)] if changes
                 else [])
                + (["Short of stock: " + ", ".join(shortages)] if shortages else []))
            StandingRun.update(order=result.order_id, price_changed=bool(changes),
                               shortage=bool(shortages), reason=notes, updated_at=now).where(
                StandingRun.id == run_id).execute()
            if notes:
                ensure_task(kind="follow_up", dedup_key=f"standing_flags:{run_id}",
                            customer_id=so.customer_id, assigned_to=so.rep_id, due_at=now,
                            reason=f"Standing order #{so.id} made {result.number} for "
                                   f"{day.isoformat()}. {notes}",
                            created_by=actor.id if actor else None, now=now,
                            order_id=result.order_id)
            audit.record(actor, "standing_run_generated", entity="standing_order",
                         entity_id=so.id, customer_id=so.customer_id, amount=result.gross,
                         after={"run_date": day.isoformat(), "order": result.number,
                                "price_changed": bool(changes), "shortage": bool(shortages)},
                         at=now)
        return MadeOrder(so.id, day, result.number, customer.code or "", result.gross,
                         bool(changes), bool(shortages))

    @staticmethod
    def _price_changes(standing_id: int, run_id: int, lines) -> list[str]:
        """``SKU old → new`` for products whose unit price moved since the last made run."""
        last = (StandingRun.select(StandingRun.order)
                .where((StandingRun.standing_order == standing_id)
                       & (StandingRun.status == GENERATED) & StandingRun.order.is_null(False)
                       & (StandingRun.id != run_id))
                .order_by(StandingRun.run_date.desc()).first())
        if last is None:
            return []
        before = {pid: price for pid, price in OrderLine.select(
            OrderLine.product, OrderLine.unit_price).where(OrderLine.order == last.order_id)
            .tuples()}
        return [f"{line.sku} {before[line.product_id]} → {line.unit_price}"
                for line in lines
                if line.product_id in before and before[line.product_id] != line.unit_price]

    def _record_failure(self, actor, so, day, reason: str) -> bool:
        """Store the run as ``failed`` with its reason and tell the rep; False if taken."""
        now = self.ctx.now()
        try:
            with self.ctx.db.atomic():
                row = StandingRun.get_or_none((StandingRun.standing_order == so.id)
                                              & (StandingRun.run_date == day))
                if row is None:
                    run_id = StandingRun.insert(standing_order=so.id, run_date=day,
                                                status=FAILED, reason=reason[:2000],
                                                created_at=now, updated_at=now).execute()
                elif row.status in READY:
                    run_id = row.id
                    StandingRun.update(status=FAILED, reason=reason[:2000],
                                       updated_at=now).where(StandingRun.id == row.id).execute()
                else:
                    return False
                ensure_task(kind="follow_up", dedup_key=f"standing_failed:{run_id}",
                            customer_id=so.customer_id, assigned_to=so.rep_id, due_at=now,
                            reason=f"Standing order #{so.id} for {day.isoformat()} made no "
                                   f"order: {reason}",
                            created_by=actor.id if actor else None, now=now)
                audit.record(actor, "standing_run_failed", entity="standing_order",
                             entity_id=so.id, customer_id=so.customer_id,
                             after={"run_date": day.isoformat()}, reason=reason[:500], at=now)
        except peewee.IntegrityError:
            return False
        return True


def refresh_next_run(standing_id: int, today: dt.date) -> None:
    """Keep ``next_run`` (call list, caller card) on the first run not yet settled."""
    so = StandingOrder.get_or_none(StandingOrder.id == standing_id)
    if so is None or not so.rrule or so.start_date is None:
        return
    settled = {d for (d,) in StandingRun.select(StandingRun.run_date).where(
        (StandingRun.standing_order == standing_id)
        & StandingRun.status.in_((GENERATED, SKIPPED, FAILED))
        & (StandingRun.run_date >= today)).tuples()}
    after = max(today, so.not_before or so.start_date)
    upcoming = [d for d in schedule.next_runs(so.rrule, so.start_date, len(settled) + 1,
                                              after=after) if d not in settled]
    if upcoming and upcoming[0] != so.next_run:
        StandingOrder.update(next_run=upcoming[0]).where(StandingOrder.id == standing_id) \
            .execute()
