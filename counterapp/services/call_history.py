"""The call log read back: history with filters, calls per rep and day, the calls export.

Split from :mod:`counterapp.services.calls` (which writes calls and builds the caller
card): these methods only read, except ``export_csv``, which writes a file and is
guarded by ``Action.EXPORT_CALLS``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import peewee

from counterapp.db.models import (
    Call,
    Contact,
    Customer,
    Order,
    User,
)
from counterapp.domain.permissions import Action
from counterapp.domain.text import fold
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.csv_cells import write_csv_file

CALL_CSV_COLUMNS = ("id", "started_at", "ended_at", "duration_s", "direction", "number",
                    "customer_code", "rep", "purpose", "outcome", "order_number", "notes")


@dataclass(frozen=True)
class CallRow:
    """One call as the history, the caller card and the export show it."""

    id: int
    direction: str
    number: str
    customer_id: int | None
    customer_code: str
    customer_name: str
    contact_name: str
    rep_login: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    duration_s: int
    purpose: str
    outcome: str
    notes: str
    order_id: int | None
    order_number: str



@dataclass(frozen=True)
class DailyCallCount:
    """One rep's day at the phone."""

    day: dt.date
    rep_login: str
    inbound: int
    outbound: int
    talk_seconds: int
    orders: int



def call_duration(started: dt.datetime, ended: dt.datetime | None) -> int:
    """Seconds from ``started`` to ``ended``; 0 while the call is open."""
    return max(0, int((ended - started).total_seconds())) if ended else 0



class CallHistoryService:
    """The call history, daily counts per rep, the calls CSV and the reps to filter by."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def history(self, *, customer_id: int | None = None, rep_login: str | None = None,
                outcome: str | None = None, date_from: dt.date | None = None,
                date_to: dt.date | None = None, text: str = "", call_id: int | None = None,
                limit: int = 500, include_open: bool = False) -> list[CallRow]:
        """Calls newest first, filtered by customer, rep, outcome, dates and free text."""
        rep = User.alias("rep")
        query = (Call
                 .select(Call.id, Call.direction, Call.number, Call.customer, Customer.code,
                         Customer.name, Contact.name, rep.login, Call.started_at, Call.ended_at,
                         Call.purpose, Call.outcome, Call.notes, Call.order, Order.number)
                 .join(rep, on=(Call.rep == rep.id))
                 .switch(Call)
                 .join(Customer, peewee.JOIN.LEFT_OUTER, on=(Call.customer == Customer.id))
                 .switch(Call)
                 .join(Contact, peewee.JOIN.LEFT_OUTER, on=(Call.contact == Contact.id))
                 .switch(Call)
                 .join(Order, peewee.JOIN.LEFT_OUTER, on=(Call.order == Order.id)))
        conditions = []
        if call_id is not None:
            conditions.append(Call.id == call_id)
        if not include_open:
            conditions.append(Call.ended_at.is_null(False))
        if customer_id is not None:
            conditions.append(Call.customer == customer_id)
        if rep_login:
            conditions.append(rep.login == rep_login)
        if outcome:
            conditions.append(Call.outcome == outcome)
        if date_from:
            conditions.append(Call.started_at >= dt.datetime.combine(date_from, dt.time()))
        if date_to:
            conditions.append(Call.started_at < dt.datetime.combine(
                date_to + dt.timedelta(days=1), dt.time()))
        text = (text or "").strip()
        if text:
            like = "%" + fold(text).replace("\\", "").replace("%", "").replace("_", "") + "%"
            digits = "".join(ch for ch in text if ch.isdigit())
            match = (Customer.search_name ** like) | (Call.notes ** like) | (Customer.code ** like)
            if digits:
                match |= Call.number.contains(digits)
            conditions.append(match)
        if conditions:
            query = query.where(*conditions)
        query = query.order_by(Call.started_at.desc(), Call.id.desc()).limit(limit).tuples()
        return [CallRow(id=cid, direction=direction, number=number, customer_id=cust,
                        customer_code=code or "", customer_name=name or "",
                        contact_name=contact or "", rep_login=login, started_at=started,
                        ended_at=ended, duration_s=call_duration(started, ended), purpose=purpose,
                        outcome=outcome_, notes=notes, order_id=order_id,
                        order_number=order_number or "")
                for (cid, direction, number, cust, code, name, contact, login, started, ended,
                     purpose, outcome_, notes, order_id, order_number) in query]

    def daily_counts(self, date_from: dt.date, date_to: dt.date,
                     rep_login: str | None = None) -> list[DailyCallCount]:
        """Per day and rep: inbound, outbound, talk time and orders taken on the phone."""
        rows = self.history(date_from=date_from, date_to=date_to, rep_login=rep_login,
                            limit=1_000_000)
        totals: dict[tuple[dt.date, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for row in rows:
            bucket = totals[(row.started_at.date(), row.rep_login)]
            bucket[0 if row.direction == "inbound" else 1] += 1
            bucket[2] += row.duration_s
            bucket[3] += 1 if row.order_id else 0
        return [DailyCallCount(day, login, *values)
                for (day, login), values in sorted(totals.items(),
                                                   key=lambda item: (item[0][0], item[0][1]))]

    def export_csv(self, path: str | Path, since: dt.date | None = None, *, actor: Actor,
                   rows: list[CallRow] | None = None) -> int:
        """Write calls in CONTRACT.md ``calls`` columns; returns the number of rows.

        ``rows`` (the history dialog's filtered list) or every ended call since ``since``,
        oldest first; the same writer and format as ``counterapp export calls``.
        ``Action.EXPORT_CALLS``: not for juniors.
        """
        authorize(self.ctx, actor, Action.EXPORT_CALLS)
        if rows is None:
            rows = list(reversed(self.history(date_from=since, limit=10_000_000)))
        return write_csv_file(path, CALL_CSV_COLUMNS, (
            [row.id, row.started_at.isoformat(timespec="seconds"),
             row.ended_at.isoformat(timespec="seconds") if row.ended_at else "",
             row.duration_s, row.direction, row.number, row.customer_code,
             row.rep_login, row.purpose, row.outcome, row.order_number, row.notes]
            for row in rows))

    def reps(self) -> list[str]:
        """Logins of active users, for filters and reassignments."""
        return [login for (login,) in User.select(User.login).where(User.active)
                .order_by(User.login).tuples()]
