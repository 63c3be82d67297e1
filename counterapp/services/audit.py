"""The audit log: written inside each business transaction, read by managers, verified.

Entries are append-only in the database (triggers) and hash-chained (see
``counterapp.db.models.audit``); ``AuditService.verify`` walks the chain.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from counterapp.db.database import is_sqlite
from counterapp.db.migrations.m0710_audit_append_only import POSTGRES_TRIGGERS, SQLITE_TRIGGERS
from counterapp.db.models import AuditEntry
from counterapp.db.models.audit import CHAIN_FIELDS, GENESIS, append, chain_hash
from counterapp.domain.permissions import Action, require
from counterapp.services.context import Actor, Approval
from counterapp.services.csv_cells import SafeWriter


def _dump(value: Any) -> str:
    if value is None or value == "":
        return ""
    return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)


def record(actor: Actor | None, action: str, *, entity: str = "", entity_id: object = "",
           customer_id: int | None = None, amount: Decimal | None = None,
           before: Any = None, after: Any = None, reason: str = "",
           approval: Approval | None = None, at=None) -> None:
    """Append one chained entry; call it inside the operation's own transaction.

    The doer's login and name are taken from ``actor``, the approver's and the customer's
    from their rows, and stored as text: the entry reads the same after a rename or delete.
    """
    append(
        at=at,
        user_id=actor.id if actor else None,
        user_login=actor.login if actor else "",
        user_name=actor.display_name if actor else "",
        approver_id=approval.approver_id if approval else None,
        approver_login=approval.approver_login if approval else "",
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        customer_id=customer_id,
        amount=amount,
        before=_dump(before),
        after=_dump(after),
        reason=reason or (approval.reason if approval else ""),
    )


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as shown in the viewer and the CSV export.

    ``user``/``approver`` are logins and ``*_name`` display names, as written at the time
    (text columns of the entry: nothing here depends on the user or customer row existing).
    """

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
    user_name: str = ""
    approver_name: str = ""
    customer_name: str = ""
    row_hash: str = ""


AUDIT_CSV_COLUMNS = ["id", "at", "user", "user_name", "approver", "approver_name", "action",
                     "entity", "entity_id", "customer_code", "customer_name", "amount", "reason",
                     "before", "after", "row_hash"]


@dataclass(frozen=True)
class ChainReport:
    """What ``AuditService.verify`` found.

    ``intact`` is true when every entry matches its hash and its link to the one before, the
    head row agrees with the last entry and the count, and every protecting trigger exists.
    Otherwise ``break_id``/``break_at``/``problem`` describe the first break (``break_id`` is
    ``None`` when the break is not at one entry, e.g. a missing head row), and
    ``missing_triggers`` lists the triggers that were dropped.
    """

    entries: int
    head_hash: str
    break_id: int | None = None
    break_at: object = None
    problem: str = ""
    missing_triggers: tuple[str, ...] = ()

    @property
    def intact(self) -> bool:
        """No break and no missing trigger."""
        return not self.problem and not self.missing_triggers


_VERIFY_PAGE = 5000

# One index probe per distinct login instead of reading every entry (a "loose index scan").
_USER_LOGINS = (
    "WITH RECURSIVE l(login) AS ("
    "SELECT MIN(user_login) FROM audit_entry WHERE user_login > '' "
    "UNION ALL SELECT (SELECT MIN(user_login) FROM audit_entry WHERE user_login > l.login) "
    "FROM l WHERE l.login IS NOT NULL) SELECT login FROM l WHERE login IS NOT NULL")
_APPROVER_LOGINS = _USER_LOGINS.replace("user_login", "approver_login")
_ACTIONS = _USER_LOGINS.replace("user_login", "action")


class AuditService:
    """Reading the audit log (managers only) and checking its chain; writing is ``record``."""

    def __init__(self, ctx):
        self.ctx = ctx

    def _query(self, user, customer_id, action, date_from, date_to):
        query = AuditEntry.select()
        if user:
            login = str(user).strip().lower()
            query = query.where((AuditEntry.user_login == login)
                                | (AuditEntry.approver_login == login))
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

        ``user`` matches the doer's or the approver's login as written in the entry; dates
        are inclusive days (or datetimes).
        """
        require(actor.role, Action.VIEW_AUDIT)
        query = self._query(user, customer_id, action, date_from, date_to).limit(
            max(1, min(int(limit), 100_000)))
        return [_row(entry) for entry in query]

    def actions(self) -> list[str]:
        """The distinct action names present in the log (for the viewer's filter)."""
        return [a for (a,) in self.ctx.db.execute_sql(_ACTIONS).fetchall()]

    def people(self) -> list[tuple[str, str]]:
        """``(login, name)`` of everyone the log names as doer or approver, by name.

        Taken from the entries' own text, so people whose user row was deleted or renamed
        can still be picked; the newest name written for a login wins. Fast on a big log:
        the distinct logins come from a skip scan of the ``(login, id)`` indexes.
        """
        db = self.ctx.db
        names: dict[str, tuple[str, int]] = {}
        for sql, login_field, name_field in (
                (_USER_LOGINS, AuditEntry.user_login, AuditEntry.user_name),
                (_APPROVER_LOGINS, AuditEntry.approver_login, AuditEntry.approver_name)):
            for (login,) in db.execute_sql(sql).fetchall():
                newest = (AuditEntry.select(name_field, AuditEntry.id)
                          .where(login_field == login).order_by(AuditEntry.id.desc())
                          .limit(1).tuples().first())
                if newest and (login not in names or names[login][1] < newest[1]):
                    names[login] = newest
        return sorted(((login, name) for login, (name, _newest) in names.items()),
                      key=lambda pair: (pair[1].casefold(), pair[0]))

    def export_csv(self, actor: Actor, path, user: str | None = None,
                   customer_id: int | None = None, action: str | None = None,
                   date_from=None, date_to=None) -> int:
        """Write the filtered log to ``path`` (UTF-8 CSV); returns the number of rows."""
        require(actor.role, Action.VIEW_AUDIT)
        count = 0
        target = Path(path)
        tmp = target.with_name(target.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            writer = SafeWriter(handle, lineterminator="\r\n")
            writer.writerow(AUDIT_CSV_COLUMNS)
            query = self._query(user, customer_id, action, date_from, date_to)
            for entry in query.iterator():
                row = _row(entry)
                writer.writerow([row.id, row.at.isoformat() if row.at else "", row.user,
                                 row.user_name, row.approver, row.approver_name, row.action,
                                 row.entity, row.entity_id, row.customer_code, row.customer_name,
                                 "" if row.amount is None else f"{row.amount:.2f}", row.reason,
                                 row.before, row.after, row.row_hash])
                count += 1
        tmp.replace(target)
        with self.ctx.db.atomic():
            record(actor, "audit_exported", entity="file", entity_id=target.name[:40],
                   after={"rows": count})
        return count

    def verify(self, anchor: tuple[int, str] | None = None) -> ChainReport:
        """Walk the whole chain in id order and report the first break.

        ``anchor`` is ``(N, HASH)`` as an earlier run printed it (N entries, last hash HASH):
        the N-th entry must still carry that hash, which catches a log rewritten with every
        hash recomputed. Needs no actor: it reads hashes and counts only (the command line
        runs it without a login). Entries appended after the head row was read are not
        looked at (on PostgreSQL other workstations keep writing meanwhile).
        """
        db = self.ctx.db
        with db.read():
            missing = self._missing_triggers(db)
            tables = set(db.get_tables())
            if "audit_entry" not in tables:
                return ChainReport(0, "", problem="the audit_entry table is missing",
                                   missing_triggers=missing)
            if "audit_chain_head" not in tables:
                return ChainReport(0, "", problem="the audit_chain_head table is missing",
                                   missing_triggers=missing)
            head = db.execute_sql("SELECT entries, last_id, last_hash FROM audit_chain_head "
                                  "WHERE id = 1").fetchone()
            if head is None:
                return ChainReport(0, "", problem="the chain head row is missing",
                                   missing_triggers=missing)
            head_entries, head_last_id, head_hash = head
            return self._walk(int(head_entries), int(head_last_id), head_hash, missing, anchor)

    def _walk(self, head_entries: int, head_last_id: int, head_hash: str,
              missing: tuple[str, ...], anchor: tuple[int, str] | None) -> ChainReport:
        fields = [AuditEntry.id, AuditEntry.prev_hash, AuditEntry.row_hash,
                  *(AuditEntry._meta.fields[_FIELD.get(n, n)] for n in CHAIN_FIELDS)]
        prev, count, mark, last_id = GENESIS, 0, 0, 0
        while True:
            page = list(AuditEntry.select(*fields)
                        .where((AuditEntry.id > mark) & (AuditEntry.id <= head_last_id))
                        .order_by(AuditEntry.id)
                        .limit(_VERIFY_PAGE).tuples())
            if not page:
                break
            for row_id, prev_hash, row_hash, *content in page:
                values = dict(zip(CHAIN_FIELDS, content, strict=True))
                if row_hash == "":
                    return ChainReport(count, prev, row_id, values["at"],
                                       "the entry has no hash: it was written outside "
                                       "CounterApp", missing)
                if prev_hash != prev:
                    return ChainReport(
                        count, prev, row_id, values["at"],
                        f"the link to the previous entry (id {last_id or 'none'}) does not "
                        "match: an entry before it was removed, replaced or rehashed", missing)
                if chain_hash(prev, values) != row_hash:
                    return ChainReport(count, prev, row_id, values["at"],
                                       "the content does not match its hash: the entry was "
                                       "changed after it was written", missing)
                prev, count, last_id = row_hash, count + 1, row_id
                if anchor and count == anchor[0] and row_hash != anchor[1].strip().lower():
                    return ChainReport(count - 1, prev, row_id, values["at"],
                                       f"entry number {count} no longer has the hash "
                                       f"{anchor[1]} noted earlier: the log was rewritten",
                                       missing)
            mark = page[-1][0]
        if anchor and count < anchor[0]:
            return ChainReport(count, prev, None, None,
                               f"the log has {count} entries, fewer than the {anchor[0]} noted "
                               "earlier", missing)
        if count != head_entries or last_id != head_last_id or prev != head_hash:
            return ChainReport(
                count, prev, None, None,
                f"the log ends at id {last_id} with {count} entries but the chain head records "
                f"id {head_last_id} with {head_entries} entries: entries were removed at the "
                "end or the table was replaced", missing)
        # A row past the head is either a workstation's append made since the head was read
        # (it chains onto the head) or one slipped in while the head's trigger was off.
        beyond = (AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.prev_hash)
                  .where(AuditEntry.id > head_last_id).order_by(AuditEntry.id).first())
        if beyond is not None and beyond.prev_hash != head_hash:
            return ChainReport(count, prev, beyond.id, beyond.at,
                               "the entry lies past the chain head and does not continue it: "
                               "it was added while the head's trigger was off", missing)
        return ChainReport(count, prev, missing_triggers=missing)

    @staticmethod
    def _missing_triggers(db) -> tuple[str, ...]:
        if is_sqlite(db):
            present = {name for (name,) in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
            expected = SQLITE_TRIGGERS
        else:
            present = {name for (name,) in db.execute_sql(
                "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE c.oid IN (to_regclass('audit_entry'), to_regclass('audit_chain_head')) "
                "AND NOT t.tgisinternal AND t.tgenabled <> 'D'").fetchall()}
            expected = POSTGRES_TRIGGERS
        return tuple(name for name in expected if name not in present)


_FIELD = {"user_id": "user", "approver_id": "approver", "customer_id": "customer"}


def _start(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time())


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(id=entry.id, at=entry.at, user=entry.user_login,
                    approver=entry.approver_login, action=entry.action, entity=entry.entity,
                    entity_id=entry.entity_id, customer_id=entry.customer_id,
                    amount=entry.amount, before=entry.before, after=entry.after,
                    reason=entry.reason, customer_code=entry.customer_code,
                    user_name=entry.user_name, approver_name=entry.approver_name,
                    customer_name=entry.customer_name, row_hash=entry.row_hash)
