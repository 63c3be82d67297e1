"""The audit log (append-only, hash-chained) and settings shared by all workstations.

The database refuses ``UPDATE``, ``DELETE`` (and on PostgreSQL ``TRUNCATE``) of
``audit_entry`` with triggers installed by migration 0710. Each row also carries
``row_hash = sha256(prev_hash + "\\n" + canonical content)``, chained in id order, and the
small ``audit_chain_head`` table (kept by an ``AFTER INSERT`` trigger) records how many
entries there are and the last hash, so ``counterapp audit verify`` notices a changed row,
a removed row, a cut-off tail and a dropped-and-recreated table.

Rows name people and customers by text (login, display name, customer code and name) as
they were at write time, and the id columns carry no foreign-key constraint: deleting or
renaming a user or a customer never rewrites (or blocks on) the log.

The canonical form below is a stored format: changing it breaks every existing chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.models.base import BaseModel, MoneyField, now
from counterapp.db.models.customers import Customer
from counterapp.db.models.staff import User
from counterapp.domain.money import from_cents, to_cents

#: The content a row's hash covers, in this order (never reorder: it is a stored format).
CHAIN_FIELDS = ("at", "user_id", "user_login", "user_name", "approver_id", "approver_login",
                "approver_name", "action", "entity", "entity_id", "customer_id",
                "customer_code", "customer_name", "amount", "before", "after", "reason")

_FIELD_OF = {"user_id": "user", "approver_id": "approver", "customer_id": "customer"}

#: The ``prev_hash`` of the very first entry.
GENESIS = ""


class AuditEntry(BaseModel):
    """Who did what, when; before/after as JSON; the approver when a senior allowed it.

    ``user``/``approver``/``customer`` are plain ids (no constraint in the database); the
    ``*_login``/``*_name``/``customer_code`` text columns are what the viewer shows.
    Write through ``append``, never ``create``: only ``append`` chains the hash.
    """

    at = peewee.DateTimeField(default=now, index=True)
    user = peewee.ForeignKeyField(User, null=True, backref="audit_entries")
    user_login = peewee.TextField(default="")
    user_name = peewee.TextField(default="")
    approver = peewee.ForeignKeyField(User, null=True, backref="approvals")
    approver_login = peewee.TextField(default="")
    approver_name = peewee.TextField(default="")
    action = peewee.CharField(max_length=40, index=True)
    entity = peewee.CharField(max_length=30, default="")
    entity_id = peewee.CharField(max_length=40, default="")
    customer = peewee.ForeignKeyField(Customer, null=True)
    customer_code = peewee.TextField(default="")
    customer_name = peewee.TextField(default="")
    amount = MoneyField(null=True)
    before = peewee.TextField(default="")
    after = peewee.TextField(default="")
    reason = peewee.TextField(default="")
    prev_hash = peewee.TextField(default="")
    row_hash = peewee.TextField(default="")


class AuditChainHead(BaseModel):
    """One row (id 1): the number of audit entries, the last id and the last hash."""

    entries = peewee.BigIntegerField()
    last_id = peewee.BigIntegerField()
    last_hash = peewee.TextField()

    class Meta:
        table_name = "audit_chain_head"


class SharedSetting(BaseModel):
    """Shop-wide settings every workstation must agree on (company header, cut-offs)."""

    key = peewee.CharField(max_length=80, primary_key=True)
    value = peewee.TextField()


# --- the hash chain ---------------------------------------------------------------------------
def _canonical_value(value):
    # Most values are text: test for it first (this runs for every field of every row).
    if value is None or type(value) is str:
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def canonical(values: dict) -> str:
    """The row's content as one string: ``CHAIN_FIELDS`` in order, ISO times, money as text."""
    return json.dumps([_canonical_value(values.get(name)) for name in CHAIN_FIELDS],
                      ensure_ascii=False, separators=(",", ":"))


def chain_hash(prev_hash: str, values: dict) -> str:
    """``sha256(prev_hash + "\\n" + canonical(values))`` as 64 hex digits."""
    data = (prev_hash or "") + "\n" + canonical(values)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def normalise(values: dict) -> dict:
    """The values as the database will give them back (so the hash survives the round trip).

    Money is rounded to the cent like ``MoneyField`` stores it; a time loses its time zone
    (local wall-clock time, like every other time in the shop); ids become ``int``; every
    text column is ``str``.
    """
    out = dict(values)
    at = out.get("at")
    if at is None:
        at = now()
    elif isinstance(at, dt.datetime) and at.tzinfo is not None:
        at = at.astimezone().replace(tzinfo=None)
    elif not isinstance(at, dt.datetime) and isinstance(at, dt.date):
        at = dt.datetime.combine(at, dt.time())
    out["at"] = at
    amount = out.get("amount")
    out["amount"] = None if amount is None else from_cents(to_cents(Decimal(amount)))
    for name in ("user_id", "approver_id", "customer_id"):
        value = out.get(name)
        out[name] = None if value is None else int(value)
    for name in CHAIN_FIELDS:
        if name not in ("at", "amount", "user_id", "approver_id", "customer_id"):
            value = out.get(name)
            out[name] = "" if value is None else str(value)
    return out


def lock_head(db: peewee.Database) -> str:
    """Inside a write transaction: serialise audit writers and return the previous hash.

    SQLite write transactions are ``BEGIN IMMEDIATE`` (one writer at a time already); on
    PostgreSQL the head row is locked ``FOR UPDATE`` until commit, so two workstations can
    never chain onto the same previous hash. Without a head row (removed by someone with
    DDL rights; ``audit verify`` reports it) an advisory lock serialises instead and the
    last row's hash is used.
    """
    if isinstance(db, peewee.DatabaseProxy):
        db = db.obj
    sqlite = is_sqlite(db)
    row = db.execute_sql("SELECT last_hash FROM audit_chain_head WHERE id = 1" if sqlite else
                         "SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE"
                         ).fetchone()
    if row is not None:
        return row[0]
    if not sqlite:
        db.execute_sql("SELECT pg_advisory_xact_lock(7100710)")
    last = db.execute_sql("SELECT row_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    return last[0] if last else GENESIS


def _names(values: dict) -> dict:
    """Fill in the text columns the caller left empty from the user and customer rows."""
    for role in ("user", "approver"):
        user_id = values.get(f"{role}_id")
        if user_id is not None and not (values.get(f"{role}_login") and values.get(f"{role}_name")):
            found = (User.select(User.login, User.display_name)
                     .where(User.id == user_id).tuples().first())
            if found:
                values[f"{role}_login"] = values.get(f"{role}_login") or found[0]
                values[f"{role}_name"] = values.get(f"{role}_name") or found[1]
    customer_id = values.get("customer_id")
    if customer_id is not None and not (values.get("customer_code") and values.get("customer_name")):
        found = (Customer.select(Customer.code, Customer.name)
                 .where(Customer.id == customer_id).tuples().first())
        if found:
            values["customer_code"] = values.get("customer_code") or found[0]
            values["customer_name"] = values.get("customer_name") or found[1]
    return values


def append(**values) -> AuditEntry:
    """Append one chained entry (keys: ``CHAIN_FIELDS``); inside the caller's transaction.

    Missing login/name/customer texts are looked up from the ids. Opens a transaction of
    its own when none is open, so the head read and the insert are always atomic together;
    inside one it adds no savepoint (a failure aborts the caller's operation anyway).
    """
    db = AuditEntry._meta.database
    if db.in_transaction():
        return _append(db, values)
    with db.atomic():
        return _append(db, values)


def _append(db, values: dict) -> AuditEntry:
    row = normalise(_names(values))
    prev = lock_head(db)
    row["prev_hash"] = prev
    row["row_hash"] = chain_hash(prev, row)
    return AuditEntry.create(**{_FIELD_OF.get(k, k): v for k, v in row.items()})


def chain_rows(db: peewee.Database, columns: Sequence[str],
               rows: Iterable[Sequence]) -> tuple[list[str], list[tuple]]:
    """For bulk writers (the demo generator): add names and hashes to rows about to be inserted.

    ``columns`` name ``AuditEntry`` fields (``user``, ``customer``, ``at``, ...); the result is
    the columns and rows to insert, in order, with the text columns, ``prev_hash`` and
    ``row_hash`` added. Call it and insert the rows in the same write transaction.
    """
    alias = {field: key for key, field in _FIELD_OF.items()}
    keys = [alias.get(c, c) for c in columns]
    rows = [dict(zip(keys, r, strict=True)) for r in rows]
    users = {u: (login, name) for u, login, name in
             User.select(User.id, User.login, User.display_name).tuples()}
    wanted = sorted({r["customer_id"] for r in rows if r.get("customer_id") is not None})
    customers = {}
    for start in range(0, len(wanted), 500):
        customers.update({c: (code, name) for c, code, name in
                          Customer.select(Customer.id, Customer.code, Customer.name)
                          .where(Customer.id.in_(wanted[start:start + 500])).tuples()})
    prev = lock_head(db)
    out_columns = [*columns, "user_login", "user_name", "approver_login", "approver_name",
                   "customer_code", "customer_name", "prev_hash", "row_hash"]
    out_rows = []
    for raw in rows:
        for role in ("user", "approver"):
            login, name = users.get(raw.get(f"{role}_id"), ("", ""))
            raw[f"{role}_login"], raw[f"{role}_name"] = login, name
        raw["customer_code"], raw["customer_name"] = customers.get(raw.get("customer_id"), ("", ""))
        row = normalise(raw)
        digest = chain_hash(prev, row)
        out_rows.append((*(row[k] for k in keys), row["user_login"], row["user_name"],
                         row["approver_login"], row["approver_name"], row["customer_code"],
                         row["customer_name"], prev, digest))
        prev = digest
    return out_columns, out_rows
