"""The audit log: written inside each business transaction, read by managers."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from peewee import JOIN

from counterapp.db.models import AuditEntry, Customer, User
from counterapp.domain.permissions import Action, require
from counterapp.services.context import Actor, Approval


def _dump(value: Any) -> str:
    if value is None or value == "":
        return ""
    return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)


def record(actor: Actor | None, action: str, *, entity: str = "", entity_id: object = "",
           customer_id: int | None = None, amount: Decimal | None = None,
           before: Any = None, after: Any = None, reason: str = "",
           approval: Approval | None = None, at=None) -> None:
    """Append one entry; call it inside the operation's own transaction."""
    fields = dict(
        user=actor.id if actor else None,
        approver=approval.approver_id if approval else None,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        customer=customer_id,
        amount=amount,
        before=_dump(before),
        after=_dump(after),
        reason=reason or (approval.reason if approval else ""),
    )
    if at is not None:
        fields["at"] = at
    AuditEntry.create(**fields)


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as shown in the viewer and the CSV export."""

    id: int
    at: object
    user: str
    approver: str
    action: str
    entity: str
    entity_id: str
    customer_id: int | None
    amount: Decimal | None
    before: str
    after: str
    reason: str
    customer_code: str = ""


AUDIT_CSV_COLUMNS = ["id", "at", "user", "approver", "action", "entity", "entity_id",
                     "customer_code", "amount", "reason", "before", "after"]


class AuditService:
    """Reading the audit log (managers only); writing happens through ``record``."""

    def __init__(self, ctx):
        self.ctx = ctx

    def _query(self, user, customer_id, action, date_from, date_to):
        doer = User.alias()
        approver = User.alias()
        query = (AuditEntry
                 .select(AuditEntry, doer.login.alias("doer_login"),
                         approver.login.alias("approver_login"),
                         Customer.code.alias("customer_code"))
                 .join(doer, JOIN.LEFT_OUTER, on=(AuditEntry.user == doer.id))
                 .switch(AuditEntry)
                 .join(approver, JOIN.LEFT_OUTER, on=(AuditEntry.approver == approver.id))
                 .switch(AuditEntry)
                 .join(Customer, JOIN.LEFT_OUTER, on=(AuditEntry.customer == Customer.id)))
        if user:
            login = str(user).strip().lower()
            query = query.where((doer.login == login) | (approver.login == login))
        if customer_id is not None:
            query = query.where(AuditEntry.customer == customer_id)
        if action:
            query = query.where(AuditEntry.action == str(action))
        if date_from is not None:
            query = query.where(AuditEntry.at >= _start(date_from))
        if date_to is not None:
            query = query.where(AuditEntry.at < _start(date_to) + dt.timedelta(days=1)
                                if not isinstance(date_to, dt.datetime)
                                else AuditEntry.at <= date_to)
        return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())

    def search(self, actor: Actor, user: str | None = None, customer_id: int | None = None,
               action: str | None = None, date_from=None, date_to=None,
               limit: int = 500) -> list[AuditRow]:
        """Entries newest first, filtered; managers only (``Action.VIEW_AUDIT``).

        ``user`` matches the doer or the approver; dates are inclusive days (or datetimes).
        """
        require(actor.role, Action.VIEW_AUDIT)
        query = self._query(user, customer_id, action, date_from, date_to).limit(
            max(1, min(int(limit), 100_000)))
        return [_row(entry) for entry in query.objects()]

    def actions(self) -> list[str]:
        """The distinct action names present in the log (for the viewer's filter)."""
        return [a for (a,) in AuditEntry.select(AuditEntry.action).distinct()
                .order_by(AuditEntry.action).tuples()]

    def export_csv(self, actor: Actor, path, user: str | None = None,
                   customer_id: int | None = None, action: str | None = None,
                   date_from=None, date_to=None) -> int:
        """Write the filtered log to ``path`` (UTF-8 CSV); returns the number of rows."""
        require(actor.role, Action.VIEW_AUDIT)
        count = 0
        target = Path(path)
        tmp = target.with_name(target.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(AUDIT_CSV_COLUMNS)
            query = self._query(user, customer_id, action, date_from, date_to)
            for entry in query.objects().iterator():
                row = _row(entry)
                writer.writerow([row.id, row.at.isoformat() if row.at else "", row.user,
                                 row.approver, row.action, row.entity, row.entity_id,
                                 row.customer_code,
                                 "" if row.amount is None else f"{row.amount:.2f}", row.reason,
                                 row.before, row.after])
                count += 1
        tmp.replace(target)
        with self.ctx.db.atomic():
            record(actor, "audit_exported", entity="file", entity_id=target.name[:40],
                   after={"rows": count})
        return count


def _start(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time())


def _row(entry) -> AuditRow:
    return AuditRow(id=entry.id, at=entry.at, user=getattr(entry, "doer_login", "") or "",
                    approver=getattr(entry, "approver_login", "") or "",
                    action=entry.action, entity=entry.entity, entity_id=entry.entity_id,
                    customer_id=entry.customer_id, amount=entry.amount,
                    before=entry.before, after=entry.after, reason=entry.reason,
                    customer_code=getattr(entry, "customer_code", "") or "")
