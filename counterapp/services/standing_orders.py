"""Standing orders: a business customer's regular order, made on schedule, never twice.

A standing order holds lines (product, quantity), a delivery method (courier, in-house, or
none when the customer collects) and address, a rep (by default the customer's account
manager), notes, whether a confirmation call is needed, and a schedule: an RFC 5545 rule
and its start (``domain.schedule``). Its status is active, paused or ended. Every change is
one transaction with its audit entry.

The runs (``standing_run``) are its history: waiting for confirmation, confirmed (as is or
with changes for that run only), skipped with a reason, generated (the order), failed (and
why). ``run_due`` makes them (``standing_orders_runs``); the rep settles a confirmation with
``confirm_run``, ``confirm_run_with_changes`` or ``skip_run``, or changes the standing
order itself with ``update`` and then confirms. CSV import and export are in
``standing_orders_csv``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import peewee

from counterapp.db.models import (
    Address,
    Call,
    Customer,
    Order,
    OrderLine,
    SharedSetting,
    Shipment,
    StandingOrder,
    StandingOrderLine,
    StandingRun,
    User,
)
from counterapp.domain import schedule
from counterapp.domain.errors import Conflict, NotFound, ValidationError
from counterapp.domain.permissions import Action
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services import standing_orders_csv as csv_part
from counterapp.services import standing_orders_runs as runs
from counterapp.services.checkout import CheckoutService
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.csv_io import ImportReport
from counterapp.services.standing_orders_rows import (
    NextRunRow,
    RunRow,
    StandingLineInput,
    StandingLineRow,
    StandingOrderInput,
    StandingOrderRow,
    check_date,
    check_lines,
    run_rows,
    snapshot,
    standing_rows,
)

DELIVERY_METHODS = ("", "courier", "in_house")
STATUSES = ("active", "paused", "ended")


class StandingOrderService:
    """Create, change and run standing orders; their history and next runs."""

    def __init__(self, ctx: ServiceContext, checkout: CheckoutService | None = None):
        self.ctx = ctx
        self.engine = runs.RunEngine(ctx, checkout or CheckoutService(ctx))

    # -- validation -------------------------------------------------------------------------
    def _validated(self, actor: Actor, data: StandingOrderInput) -> dict:
        if not isinstance(data, StandingOrderInput):
            raise ValidationError("standing_order", "is not a standing order")
        customer = (Customer.get_or_none(Customer.id == data.customer_id)
                    if isinstance(data.customer_id, int) else None)
        if customer is None:
            raise ValidationError("customer", f"unknown customer {data.customer_id!r}")
        if customer.kind != "b2b":
            raise ValidationError("customer", "standing orders are for business accounts")
        if customer.merged_into_id or customer.status == "inactive":
            raise ValidationError("customer", f"{customer.name} is not an active account")
        start = check_date(data.start_date, "start")
        rule = schedule.parse_rule(data.rrule, start)
        if data.delivery_method not in DELIVERY_METHODS:
            raise ValidationError("delivery_method", "courier, in_house, or empty when the "
                                  "customer collects")
        if data.address_id is not None and not Address.select().where(
                (Address.id == data.address_id) & (Address.customer == customer.id)).exists():
            raise ValidationError("address", "not an address of this customer")
        login = (data.rep_login or "").strip().lower()
        if login:
            rep = User.get_or_none((User.login == login) & User.active)
            if rep is None:
                raise ValidationError("rep", f"no active user '{data.rep_login}'")
        elif customer.account_manager_id and customer.account_manager.active:
            rep = customer.account_manager
        else:
            rep = User.get_by_id(actor.id)
        if not isinstance(data.needs_confirmation, bool):
            raise ValidationError("needs_confirmation", "yes or no")
        return dict(customer=customer, rrule=rule, start_date=start, rep=rep,
                    lines=check_lines(data.lines), delivery_method=data.delivery_method,
                    address_id=data.address_id, needs_confirmation=data.needs_confirmation,
                    notes=clean_text("notes", data.notes, max_length=2000))

    # -- writing ------------------------------------------------------------------------------
    def create(self, actor: Actor, data: StandingOrderInput) -> StandingOrderRow:
        """Create an active standing order; its first runs are those from today on."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            so_id = self._insert(actor, self._validated(actor, data))
        return self.get(so_id)

    def _insert(self, actor: Actor, values: dict) -> int:
        now = self.ctx.now()
        start = values["start_date"]
        not_before = max(start, now.date())
        first = schedule.next_runs(values["rrule"], start, 1, after=not_before)
        so = StandingOrder.create(
            customer=values["customer"].id, rep=values["rep"].id, rrule=values["rrule"],
            start_date=start, not_before=not_before, next_run=first[0] if first else start,
            status="active", active=True, needs_confirmation=values["needs_confirmation"],
            delivery_method=values["delivery_method"], address=values["address_id"],
            notes=values["notes"], version=1, created_at=now, updated_at=now)
        StandingOrderLine.insert_many([dict(standing_order=so.id, product=pid, quantity=qty)
                                       for pid, qty in values["lines"]]).execute()
        audit.record(actor, "standing_order_created", entity="standing_order",
                     entity_id=so.id, customer_id=so.customer_id,
                     after=snapshot(so), at=now)
        return so.id

    def update(self, actor: Actor, standing_id: int, data: StandingOrderInput, *,
               expected_version: int) -> StandingOrderRow:
        """Change a standing order (not its customer); ``Conflict`` if someone saved first.

        Runs already settled stay as they are; runs waiting for a date the new schedule no
        longer has are dropped with their confirmation tasks.
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            so = self._open(standing_id)
            if so.status == "ended":
                raise Conflict(f"standing order {standing_id} has ended")
            if so.version != expected_version:
                raise Conflict(f"standing order {standing_id} was changed by someone else; "
                               "reload it")
            values = self._validated(actor, data)
            if values["customer"].id != so.customer_id:
                raise ValidationError("customer", "a standing order keeps its customer")
            before = snapshot(so)
            now = self.ctx.now()
            (StandingOrder.update(
                rep=values["rep"].id, rrule=values["rrule"], start_date=values["start_date"],
                not_before=max(values["start_date"], so.not_before or values["start_date"]),
                needs_confirmation=values["needs_confirmation"],
                delivery_method=values["delivery_method"], address=values["address_id"],
                notes=values["notes"], version=so.version + 1, updated_at=now)
             .where(StandingOrder.id == so.id).execute())
            StandingOrderLine.delete().where(StandingOrderLine.standing_order == so.id).execute()
            StandingOrderLine.insert_many([dict(standing_order=so.id, product=pid, quantity=qty)
                                           for pid, qty in values["lines"]]).execute()
            so = StandingOrder.get_by_id(so.id)
            keep = set(schedule.run_dates(so.rrule, so.start_date, after=now.date(),
                                          until=now.date() + dt.timedelta(days=400)))
            if not so.needs_confirmation:
                # No call any more: runs waiting for one would never be made.
                self._drop_open_runs(so.id, now, statuses=(runs.WAITING,))
            self._drop_open_runs(so.id, now, keep=keep)
            runs.refresh_next_run(so.id, now.date())
            audit.record(actor, "standing_order_changed", entity="standing_order",
                         entity_id=so.id, customer_id=so.customer_id, before=before,
                         after=snapshot(so), at=now)
        return self.get(standing_id)

    def _drop_open_runs(self, standing_id: int, now: dt.datetime, keep=frozenset(),
                        statuses=(runs.WAITING, *runs.READY)) -> None:
        """Forget unsettled runs from today on (not in ``keep``) and close their tasks."""
        open_runs = StandingRun.select().where(
            (StandingRun.standing_order == standing_id) & (StandingRun.run_date >= now.date())
            & StandingRun.status.in_(statuses))
        for row in open_runs:
            if row.run_date in keep:
                continue
            runs.close_task(row.confirm_task_id, now)
            StandingRun.delete().where(StandingRun.id == row.id).execute()

    def _set_status(self, actor: Actor, standing_id: int, status: str, allowed: tuple) -> None:
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            so = self._open(standing_id)
            if so.status not in allowed:
                raise Conflict(f"standing order {standing_id} is {so.status}")
            now = self.ctx.now()
            values = dict(status=status, active=status == "active", version=so.version + 1,
                          updated_at=now)
            if status == "active":
                # Runs missed while paused are not made afterwards.
                values["not_before"] = max(now.date(), so.start_date)
            else:
                self._drop_open_runs(so.id, now)
            StandingOrder.update(**values).where(StandingOrder.id == so.id).execute()
            if status == "active":
                runs.refresh_next_run(so.id, now.date())
            audit.record(actor, f"standing_order_{'resumed' if status == 'active' else status}",
                         entity="standing_order", entity_id=so.id, customer_id=so.customer_id,
                         before={"status": so.status}, after={"status": status}, at=now)

    def pause(self, actor: Actor, standing_id: int) -> StandingOrderRow:
        """Stop making orders until resumed (open confirmations are withdrawn)."""
        self._set_status(actor, standing_id, "paused", ("active",))
        return self.get(standing_id)

    def resume(self, actor: Actor, standing_id: int) -> StandingOrderRow:
        """Start again from today: runs missed while paused are not made."""
        self._set_status(actor, standing_id, "active", ("paused",))
        return self.get(standing_id)

    def end(self, actor: Actor, standing_id: int) -> StandingOrderRow:
        """End for good (the history stays)."""
        self._set_status(actor, standing_id, "ended", ("active", "paused"))
        return self.get(standing_id)

    def make_standing(self, actor: Actor, order_number: str, *, rrule: str,
                      start_date: dt.date, needs_confirmation: bool = False,
                      notes: str = "", rep_login: str = "") -> StandingOrderRow:
        """A standing order copying a past sale's lines and delivery method."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            order = Order.get_or_none((Order.number == (order_number or "").strip())
                                      & (Order.kind == "sale"))
            if order is None:
                raise NotFound("order", order_number)
            if order.customer_id is None:
                raise ValidationError("order", "a sale without a customer cannot be repeated")
            quantities: dict[int, int] = {}
            for pid, qty in (OrderLine.select(OrderLine.product, OrderLine.quantity)
                             .where((OrderLine.order == order.id)
                                    & OrderLine.product.is_null(False))
                             .order_by(OrderLine.line_no).tuples()):
                quantities[pid] = quantities.get(pid, 0) + qty
            shipment = Shipment.get_or_none(Shipment.order == order.id)
            data = StandingOrderInput(
                customer_id=order.customer_id, rrule=rrule, start_date=start_date,
                lines=tuple(StandingLineInput(pid, qty) for pid, qty in quantities.items()),
                delivery_method=shipment.method if shipment is not None else "",
                rep_login=rep_login, needs_confirmation=needs_confirmation,
                notes=notes)
            so_id = self._insert(actor, self._validated(actor, data))
        return self.get(so_id)

    # -- the confirmation call -------------------------------------------------------------
    def _run_for_call(self, standing_id: int, run_date: dt.date) -> tuple:
        so = self._open(standing_id)
        if so.status != "active":
            raise Conflict(f"standing order {standing_id} is {so.status}")
        run_date = check_date(run_date, "run_date")
        if run_date < (so.not_before or so.start_date):
            raise ValidationError("run_date", f"{run_date} is before the standing order "
                                  "started (or was resumed)")
        if schedule.run_dates(so.rrule, so.start_date, after=run_date, until=run_date) \
                != [run_date]:
            raise ValidationError("run_date", f"{run_date} is not a run of this standing order")
        row = StandingRun.get_or_none((StandingRun.standing_order == so.id)
                                      & (StandingRun.run_date == run_date))
        if row is not None and row.status not in (runs.WAITING, runs.FAILED, *runs.READY):
            raise Conflict(f"the run of {run_date} is already {row.status}")
        return so, row

    def _settle(self, actor: Actor, standing_id: int, run_date: dt.date, status: str, *,
                reason: str = "", override: str = "", call_id: int | None = None) -> RunRow:
        try:
            return self._settle_once(actor, standing_id, run_date, status, reason=reason,
                                     override=override, call_id=call_id)
        except peewee.IntegrityError:
            raise Conflict(f"the run of {run_date} was just settled on another workstation; "
                           "reload it") from None

    def _settle_once(self, actor, standing_id, run_date, status, *, reason, override,
                     call_id) -> RunRow:
        with self.ctx.db.atomic():
            so, row = self._run_for_call(standing_id, run_date)
            if call_id is not None and not Call.select().where(Call.id == call_id).exists():
                raise ValidationError("call", f"unknown call {call_id}")
            now = self.ctx.now()
            values = dict(status=status, reason=reason, lines_override=override, updated_at=now)
            if row is None:
                StandingRun.insert(standing_order=so.id, run_date=run_date, created_at=now,
                                   **values).execute()
            else:
                StandingRun.update(**values).where(StandingRun.id == row.id).execute()
                runs.close_task(row.confirm_task_id, now, call_id)
                runs.close_task(row.escalation_task_id, now, call_id)
            runs.refresh_next_run(so.id, now.date())
            audit.record(actor, f"standing_run_{status}", entity="standing_order",
                         entity_id=so.id, customer_id=so.customer_id,
                         after={"run_date": run_date.isoformat(), "call": call_id,
                                "lines": json.loads(override) if override else None},
                         reason=reason, at=now)
        return self._run_row(so.id, run_date)

    def confirm_run(self, actor: Actor, standing_id: int, run_date: dt.date, *,
                    call_id: int | None = None, note: str = "") -> RunRow:
        """The customer confirmed the run as it is (``note``: e.g. "standing order changed").

        Also how a ``failed`` run is tried again (after the credit limit was raised): the
        next ``run_due`` makes it.
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        note = clean_text("note", note, max_length=500)
        return self._settle(actor, standing_id, run_date, runs.CONFIRMED, reason=note,
                            call_id=call_id)

    def confirm_run_with_changes(self, actor: Actor, standing_id: int, run_date: dt.date,
                                 lines: tuple[StandingLineInput, ...], *,
                                 call_id: int | None = None) -> RunRow:
        """Confirmed with other lines for this run only (the standing order stays)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.read():
            checked = check_lines(lines)
        return self._settle(actor, standing_id, run_date, runs.CONFIRMED_WITH_CHANGES,
                            override=json.dumps(checked), call_id=call_id)

    def skip_run(self, actor: Actor, standing_id: int, run_date: dt.date, reason: str, *,
                 call_id: int | None = None) -> RunRow:
        """No order for this run; the reason is kept in the history."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        reason = clean_text("reason", reason, required=True, max_length=500)
        return self._settle(actor, standing_id, run_date, runs.SKIPPED, reason=reason,
                            call_id=call_id)

    # -- running ----------------------------------------------------------------------------
    def run_due(self, actor: Actor, up_to: dt.date | None = None, *,
                on_made=None) -> runs.RunReport:
        """Confirmation tasks, escalations and orders for every run up to ``up_to`` (today).

        Idempotent: a run already made (here, on another workstation, before a crash) is
        never made again. ``on_made(MadeOrder)`` is called after each order's commit. Called
        by the app at start and hourly, and by ``counterapp standing run``.
        """
        authorize(self.ctx, actor, Action.RUN_STANDING_ORDERS)
        up_to = check_date(up_to, "date") if up_to is not None else self.ctx.now().date()
        return self.engine.run_due(actor, up_to, on_made)

    def confirm_days(self) -> int:
        """Working days before a run its confirmation task appears."""
        return runs.confirm_days()

    def set_confirm_days(self, actor: Actor, days: int) -> int:
        """Change the shop setting ``standing_confirm_days`` (0–20 working days; managers)."""
        authorize(self.ctx, actor, Action.CHANGE_SETTINGS)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 20:
            raise ValidationError(runs.CONFIRM_DAYS_KEY, "a whole number of working days "
                                  "from 0 to 20")
        with self.ctx.db.atomic():
            before = runs.confirm_days()
            (SharedSetting.insert(key=runs.CONFIRM_DAYS_KEY, value=str(days))
             .on_conflict(conflict_target=[SharedSetting.key],
                          update={SharedSetting.value: str(days)}).execute())
            audit.record(actor, "setting_changed", entity="setting",
                         entity_id=runs.CONFIRM_DAYS_KEY, before={"value": before},
                         after={"value": days}, at=self.ctx.now())
        return days

    # -- reading ------------------------------------------------------------------------------
    @staticmethod
    def _open(standing_id: int) -> StandingOrder:
        so = (StandingOrder.get_or_none(StandingOrder.id == standing_id)
              if isinstance(standing_id, int) else None)
        if so is None or not so.rrule:
            raise NotFound("standing order", standing_id)
        return so

    def get(self, standing_id: int) -> StandingOrderRow:
        """One standing order."""
        rows = self._rows(StandingOrder.id == standing_id)
        if not rows:
            raise NotFound("standing order", standing_id)
        return rows[0]

    def list_standing(self, customer_id: int | None = None, *,
             include_ended: bool = True) -> list[StandingOrderRow]:
        """Standing orders (of one customer), by id."""
        condition = StandingOrder.rrule != ""
        if customer_id is not None:
            condition &= StandingOrder.customer == customer_id
        if not include_ended:
            condition &= StandingOrder.status != "ended"
        return self._rows(condition)

    @staticmethod
    def _rows(condition) -> list[StandingOrderRow]:
        return standing_rows(condition)

    def _run_row(self, standing_id: int, run_date: dt.date) -> RunRow:
        return [r for r in self.runs(standing_id) if r.run_date == run_date][0]

    def runs(self, standing_id: int) -> list[RunRow]:
        """The history: every run with a row, newest first."""
        return run_rows(standing_id)

    def run_for_task(self, task_id: int) -> RunRow | None:
        """The run a confirmation or escalation task is about (the call list's line)."""
        row = StandingRun.get_or_none((StandingRun.confirm_task == task_id)
                                      | (StandingRun.escalation_task == task_id))
        return None if row is None else self._run_row(row.standing_order_id, row.run_date)

    def next_runs_for_customer(self, customer_id: int, count: int = 5) -> list[NextRunRow]:
        """The next runs of the customer's active standing orders, soonest first."""
        today = self.ctx.now().date()
        found: list[NextRunRow] = []
        for so in StandingOrder.select().where(
                (StandingOrder.customer == customer_id) & (StandingOrder.status == "active")
                & (StandingOrder.rrule != "")):
            dates = schedule.next_runs(so.rrule, so.start_date, count,
                                       after=max(today, so.not_before or so.start_date))
            status = dict(StandingRun.select(StandingRun.run_date, StandingRun.status).where(
                (StandingRun.standing_order == so.id) & StandingRun.run_date.in_(dates))
                .tuples()) if dates else {}
            found += [NextRunRow(so.id, d, so.needs_confirmation, status.get(d, "planned"))
                      for d in dates]
        found.sort(key=lambda r: (r.run_date, r.standing_order_id))
        return found[:count]

    @staticmethod
    def preview(rrule: str, start_date: dt.date, count: int = 5, *,
                after: dt.date | None = None) -> list[dt.date]:
        """The next ``count`` run dates of a schedule, before it is saved."""
        rule = schedule.parse_rule(rrule, check_date(start_date, "start"))
        return schedule.next_runs(rule, start_date, count, after=after)

    # -- CSV ------------------------------------------------------------------------------------
    def import_csv(self, path: str | Path, *, actor: Actor) -> ImportReport:
        """Create standing orders from a CSV file; any bad row imports nothing."""
        authorize(self.ctx, actor, Action.IMPORT_DATA)
        return csv_part.import_file(self, path, actor)

    def export_csv(self, path: str | Path, *, actor: Actor) -> int:
        """Write every standing order to ``path`` (contract columns); the row count."""
        authorize(self.ctx, actor, Action.EXPORT_ORDERS)
        return csv_part.export_file(self, path)


__all__ = ["DELIVERY_METHODS", "NextRunRow", "RunRow", "StandingLineInput", "StandingLineRow",
           "StandingOrderInput", "StandingOrderRow", "StandingOrderService"]
