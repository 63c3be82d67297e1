"""Callbacks and follow-ups; the rep's outbound call list.

Tasks are created by calls (callbacks, handover notes), by the shipping queue (impossible
rush, late delivery: ``kind="follow_up"`` with a ``dedup_key``) and by hand. The call list
merges a rep's open tasks with standing orders to confirm and active campaigns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from counterapp.db.models import Customer, Order, StandingOrder, StandingRun, Task, User
from counterapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from counterapp.domain.permissions import Action, Role
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.campaigns import CampaignService, first_phones
from counterapp.services.context import Actor, ServiceContext, authorize

TASK_KINDS = ("callback", "follow_up", "standing_confirm", "campaign")
STANDING_CONFIRM_DAYS = 2


@dataclass(frozen=True)
class TaskRow:
    """One task as lists show it."""

    id: int
    kind: str
    customer_id: int | None
    customer_code: str
    customer_name: str
    assigned_to: str
    due_at: dt.datetime
    status: str
    reason: str
    order_id: int | None
    order_number: str
    overdue: bool


@dataclass(frozen=True)
class CallListRow:
    """One line of the outbound call list: a task, a standing order or a campaign target.

    ``key`` is unique within one list (``task:12``, ``standing:3``, ``campaign:2:45``).
    """

    key: str
    kind: str
    due_at: dt.datetime
    customer_id: int | None
    customer_code: str
    customer_name: str
    number: str
    reason: str
    order_number: str
    overdue: bool
    task_id: int | None = None
    standing_order_id: int | None = None
    campaign_id: int | None = None


class TaskService:
    """Callbacks, follow-ups and the outbound call list."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.campaigns = CampaignService(ctx)

    # -- reading ------------------------------------------------------------------------------
    def _query(self):
        assignee = User.alias("assignee")
        return (Task.select(Task.id, Task.kind, Task.customer, Customer.code, Customer.name,
                            assignee.login, Task.due_at, Task.status, Task.reason, Task.order,
                            Order.number)
                .join(assignee, on=(Task.assigned_to == assignee.id))
                .switch(Task)
                .join(Customer, peewee.JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
                .switch(Task)
                .join(Order, peewee.JOIN.LEFT_OUTER, on=(Task.order == Order.id))), assignee

    def _rows(self, query) -> list[TaskRow]:
        now = self.ctx.now()
        return [TaskRow(id=tid, kind=kind, customer_id=cust, customer_code=code or "",
                        customer_name=name or "", assigned_to=login, due_at=due, status=status,
                        reason=reason, order_id=order_id, order_number=number or "",
                        overdue=status == "open" and due <= now)
                for tid, kind, cust, code, name, login, due, status, reason, order_id, number
                in query.tuples()]

    def get(self, task_id: int) -> TaskRow:
        """One task."""
        query, _ = self._query()
        rows = self._rows(query.where(Task.id == task_id))
        if not rows:
            raise NotFound("task", task_id)
        return rows[0]

    def open_tasks(self, actor: Actor, login: str | None = None) -> list[TaskRow]:
        """Open tasks of ``login`` (default: the actor), by due time."""
        query, assignee = self._query()
        return self._rows(query.where((assignee.login == (login or actor.login))
                                      & (Task.status == "open")).order_by(Task.due_at, Task.id))

    def customer_tasks(self, customer_id: int) -> list[TaskRow]:
        """Open tasks on one customer."""
        query, _ = self._query()
        return self._rows(query.where((Task.customer == customer_id)
                                      & (Task.status == "open")).order_by(Task.due_at))

    def due_between(self, actor: Actor, after: dt.datetime, until: dt.datetime) -> list[TaskRow]:
        """The actor's open tasks falling due in ``(after, until]`` — the 30-second check."""
        query, _ = self._query()
        return self._rows(query.where((Task.assigned_to == actor.id) & (Task.status == "open")
                                      & (Task.due_at > after) & (Task.due_at <= until))
                          .order_by(Task.due_at))

    def call_list(self, actor: Actor, *, campaign_limit: int = 50) -> list[CallListRow]:
        """The rep's outbound list by due time: tasks, standing orders, campaign targets."""
        now = self.ctx.now()
        rows: list[CallListRow] = []
        tasks = self.open_tasks(actor)
        # A standing order's confirmation task names its standing order through its run.
        confirming = dict(StandingRun.select(StandingRun.confirm_task, StandingRun.standing_order)
                          .where(StandingRun.confirm_task.in_(
                              [t.id for t in tasks if t.kind == "standing_confirm"]))
                          .tuples()) if any(t.kind == "standing_confirm" for t in tasks) else {}
        for t in tasks:
            rows.append(CallListRow(
                key=f"task:{t.id}", kind=t.kind, due_at=t.due_at, customer_id=t.customer_id,
                customer_code=t.customer_code, customer_name=t.customer_name, number="",
                reason=t.reason, order_number=t.order_number, overdue=t.overdue, task_id=t.id,
                standing_order_id=confirming.get(t.id)))
        horizon = now.date() + dt.timedelta(days=STANDING_CONFIRM_DAYS)
        standing = (StandingOrder
                    .select(StandingOrder.id, StandingOrder.customer, Customer.code,
                            Customer.name, StandingOrder.next_run, StandingOrder.notes)
                    .join(Customer, on=(StandingOrder.customer == Customer.id))
                    # Scheduled standing orders (rrule) raise real tasks (see above).
                    .where((StandingOrder.rep == actor.id) & StandingOrder.active
                           & (StandingOrder.rrule == "") & StandingOrder.needs_confirmation
                           & (StandingOrder.next_run <= horizon))
                    .tuples())
        for sid, cust, code, name, next_run, notes in standing:
            due = dt.datetime.combine(next_run, dt.time(9, 0)) - dt.timedelta(days=1)
            rows.append(CallListRow(
                key=f"standing:{sid}", kind="standing_confirm", due_at=due, customer_id=cust,
                customer_code=code, customer_name=name, number="",
                reason=f"Confirm standing order for {next_run.isoformat()}"
                       + (f" – {notes}" if notes else ""),
                order_number="", overdue=due <= now, standing_order_id=sid))
        for campaign in self.campaigns.list_active():
            for member in self.campaigns.members(campaign.id, limit=campaign_limit):
                rows.append(CallListRow(
                    key=f"campaign:{campaign.id}:{member.customer_id}", kind="campaign",
                    due_at=campaign.created_at, customer_id=member.customer_id,
                    customer_code=member.code, customer_name=member.name,
                    number=member.phone,
                    # The script speaks as the rep who calls ("sono {rep} della …").
                    reason=f"{campaign.name}: "
                           + campaign.script.replace("{rep}", actor.display_name),
                    order_number="", overdue=False, campaign_id=campaign.id))
        phones = first_phones([r.customer_id for r in rows if r.customer_id and not r.number])
        rows = [r if r.number or not r.customer_id else
                CallListRow(**{**r.__dict__, "number": phones.get(r.customer_id, "")})
                for r in rows]
        rows.sort(key=lambda r: (r.due_at, r.key))
        return rows

    # -- writing ------------------------------------------------------------------------------
    def create_task(self, actor: Actor, *, kind: str, due_at: dt.datetime, reason: str,
                    customer_id: int | None = None, assigned_to: str | None = None,
                    order_id: int | None = None, dedup_key: str | None = None) -> TaskRow:
        """Plan a callback or follow-up (for the actor unless ``assigned_to`` names a login)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        if kind not in TASK_KINDS:
            raise ValidationError("kind", "choose one: " + ", ".join(TASK_KINDS))
        if not isinstance(due_at, dt.datetime):
            raise ValidationError("due_at", "a date and time is required")
        reason = clean_text("reason", reason, required=True, max_length=2000)
        with self.ctx.db.atomic():
            assignee = self._user(assigned_to or actor.login, "assigned_to")
            if customer_id is not None and not Customer.select().where(
                    Customer.id == customer_id).exists():
                raise ValidationError("customer", f"no customer {customer_id}")
            if dedup_key and Task.select().where(Task.dedup_key == dedup_key).exists():
                existing = Task.get(Task.dedup_key == dedup_key).id
                return self.get(existing)
            task = Task.create(kind=kind, customer=customer_id, assigned_to=assignee.id,
                               due_at=due_at, reason=reason, order=order_id,
                               dedup_key=dedup_key, created_by=actor.id,
                               created_at=self.ctx.now())
            audit.record(actor, "task_created", entity="task", entity_id=task.id,
                         customer_id=customer_id,
                         after={"kind": kind, "assigned_to": assignee.login,
                                "due_at": due_at.isoformat()})
        return self.get(task.id)

    def reassign(self, actor: Actor, task_id: int, login: str) -> TaskRow:
        """Give an open task to another rep (its assignee, a senior or a manager may)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            task = self._open_task(task_id)
            self._may_change(actor, task)
            target = self._user(login, "assigned_to")
            before = task.assigned_to.login
            task.assigned_to = target.id
            task.save()
            audit.record(actor, "task_reassigned", entity="task", entity_id=task.id,
                         customer_id=task.customer_id, before={"assigned_to": before},
                         after={"assigned_to": target.login})
        return self.get(task_id)

    def mark_done(self, actor: Actor, task_id: int) -> TaskRow:
        """Close an open task."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        with self.ctx.db.atomic():
            task = self._open_task(task_id)
            self._may_change(actor, task)
            task.status = "done"
            task.done_at = self.ctx.now()
            task.save()
            audit.record(actor, "task_done", entity="task", entity_id=task.id,
                         customer_id=task.customer_id)
        return self.get(task_id)

    @staticmethod
    def _open_task(task_id: int) -> Task:
        task = Task.get_or_none(Task.id == task_id)
        if task is None:
            raise NotFound("task", task_id)
        if task.status != "open":
            raise Conflict(f"task {task_id} is already {task.status}")
        return task

    @staticmethod
    def _may_change(actor: Actor, task: Task) -> None:
        if task.assigned_to_id != actor.id and actor.role not in (Role.SENIOR, Role.MANAGER):
            raise PermissionDenied("task", "only the assignee, a senior or a manager may "
                                           "change this task")

    @staticmethod
    def _user(login: str, field: str) -> User:
        user = User.get_or_none((User.login == (login or "").strip().lower()) & User.active)
        if user is None:
            raise ValidationError(field, f"no active user '{login}'")
        return user
