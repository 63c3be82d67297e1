"""The audit log: written inside each business transaction, read by managers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from counterapp.db.models import AuditEntry
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


class AuditService:
    """Reading the audit log (managers only); writing happens through ``record``."""

    def __init__(self, ctx):
        self.ctx = ctx
