"""Migration 0710 on a shop that already has an audit log (both engines).

The rows written before the upgrade get their names as text and their hashes, chained in
id order; the foreign keys that nulled audit rows are gone; the triggers are on.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from decimal import Decimal

import peewee
import pytest

from counterapp.db import connect
from counterapp.db import migrations as migrations_module
from counterapp.db.database import is_sqlite
from counterapp.db.migrations import available, migrate
from counterapp.db.models import AuditEntry, Customer, User
from counterapp.domain.permissions import Role
from counterapp.services import ServiceContext, audit, build_services
from counterapp.services.context import Actor

POSTGRES_URL = os.environ.get("COUNTERAPP_TEST_POSTGRES_URL", "")
STEP = "m0710_audit_append_only"


@pytest.fixture(params=["sqlite"] + (["postgres"] if POSTGRES_URL else []))
def empty_url(request, tmp_path) -> str:
    """A database with no schema at all (one per engine)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    import psycopg2  # noqa: PLC0415

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg2.connect(POSTGRES_URL) as conn, conn.cursor() as cur:
        cur.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"


def _run(db, statement: str, params=()):
    if not is_sqlite(db):
        statement = statement.replace("?", "%s")
    with db.atomic():
        return db.execute_sql(statement, params)


def _old_shop(db) -> None:
    """Users, customers and audit rows as the schema before 0710 held them."""
    anna = User.create(login="anna", display_name="Anna Neri", role="manager", pin_hash="x")
    bruno = User.create(login="bruno", display_name="Bruno Blu", role="senior", pin_hash="x")
    users = {"anna": anna.id, "bruno": bruno.id}
    customer = Customer.create(code="C0001", kind="b2b", name="Rossi & Figli",
                               search_name="rossi & figli").id
    rows = [  # not in time order: the chain follows ids
        (dt.datetime(2026, 5, 2, 10, 0), users["anna"], None, "customer_created", customer, None),
        (dt.datetime(2026, 5, 1, 9, 0), users["bruno"], users["anna"], "approved_refund",
         customer, 1234),
        (dt.datetime(2026, 5, 3, 11, 30), None, None, "system_check", None, -5),
    ]
    for at, user_id, approver_id, action, customer_id, cents in rows:
        _run(db, "INSERT INTO audit_entry (at, user_id, approver_id, action, entity, entity_id, "
             "customer_id, amount, before, after, reason) "
             "VALUES (?, ?, ?, ?, 'customer', 'C0001', ?, ?, '', '{\"x\": 1}', 'perché')",
             (at if not is_sqlite(db) else str(at), user_id, approver_id, action, customer_id,
              cents))


def test_existing_rows_are_named_and_chained(empty_url, monkeypatch, tmp_path):
    db = connect(empty_url)
    before = [name for name in available() if name < STEP]
    monkeypatch.setattr(migrations_module, "available", lambda: before)
    migrate(db, backup=False)
    _old_shop(db)
    monkeypatch.undo()
    assert STEP in migrate(db, backup=False)

    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [e.action for e in entries] == ["customer_created", "approved_refund", "system_check"]
    assert (entries[0].user_login, entries[0].user_name) == ("anna", "Anna Neri")
    assert (entries[1].approver_login, entries[1].approver_name) == ("anna", "Anna Neri")
    assert (entries[1].customer_code, entries[1].customer_name) == ("C0001", "Rossi & Figli")
    assert entries[1].amount == Decimal("12.34") and entries[2].amount == Decimal("-0.05")
    assert entries[2].user_login == "" and entries[0].reason == "perché"
    assert entries[0].prev_hash == "" and entries[1].prev_hash == entries[0].row_hash

    from counterapp.settings import Settings  # noqa: PLC0415

    services = build_services(ServiceContext(db=db, settings=Settings(tmp_path / "s.json")))
    report = services.audit.verify()
    assert report.intact and report.entries == 3

    # The foreign keys are gone: deleting the user rewrites nothing (and is not refused).
    if is_sqlite(db):
        assert db.execute_sql("PRAGMA foreign_key_list(audit_entry)").fetchall() == []
    _run(db, "DELETE FROM \"user\" WHERE login = 'bruno'")
    assert AuditEntry.get_by_id(entries[1].id).user_login == "bruno"
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        _run(db, "DELETE FROM audit_entry")

    # New entries continue the migrated chain.
    anna = Actor(id=entries[0].user_id, login="anna", display_name="Anna Neri",
                 role=Role.MANAGER)
    with db.atomic():
        audit.record(anna, "after_upgrade", amount=Decimal("1"))
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.prev_hash == entries[-1].row_hash
    assert services.audit.verify().intact
    db.close()
