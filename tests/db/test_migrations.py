"""Migrations: an empty database, an existing one with data, and the safety copy."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from counterapp.db import connect
from counterapp.db import migrations as migrations_module
from counterapp.db.migrations import applied, available, migrate
from counterapp.db.models import Customer, Product, User


def test_empty_database_gets_every_migration(tmp_path):
    db = connect(f"sqlite:///{tmp_path / 'new.db'}")
    done = migrate(db)
    assert done == available()
    assert applied(db) == set(available())
    assert migrate(db) == []  # idempotent
    tables = set(db.get_tables())
    assert {"product", "customer", "order", "order_line", "shipment", "call", "task",
            "audit_entry"} <= tables


def test_upgrading_keeps_data_and_takes_a_copy_first(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    db = connect(f"sqlite:///{path}")
    # Build the database as the first schema left it, with data in it.
    first = available()[0]
    monkeypatch.setattr(migrations_module, "available", lambda: [first])
    assert migrate(db) == [first]
    user = User.create(login="anna", display_name="Anna", role="manager", pin_hash="x")
    Product.create(sku="A-1", name="Caffè in grani", price=Decimal("12.90"))
    Customer.create(code="C1", kind="b2b", name="Rossi & Figli <SRL>",
                    search_name="rossi & figli <srl>", account_manager=user)
    monkeypatch.undo()
    pending = [name for name in available() if name != first]
    assert migrate(db) == pending
    assert Product.get(Product.sku == "A-1").price == Decimal("12.90")
    assert Customer.get(Customer.code == "C1").name == "Rossi & Figli <SRL>"
    if pending:
        copy = path.with_name(f"{path.name}.pre-{pending[0]}.bak")
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT sku FROM product").fetchall() == [("A-1",)]


def test_failed_step_leaves_no_half_schema(tmp_path, monkeypatch):
    db = connect(f"sqlite:///{tmp_path / 'x.db'}")
    migrate(db)

    class Broken:
        @staticmethod
        def up(db, migrator):
            db.execute_sql("CREATE TABLE half_done (id INTEGER)")
            raise RuntimeError("power cut")

    monkeypatch.setattr(migrations_module, "available", lambda: [*available(), "m9999_broken"])
    monkeypatch.setattr(migrations_module.importlib, "import_module", lambda name: Broken)
    try:
        migrate(db, backup=False)
    except RuntimeError:
        pass
    assert "half_done" not in db.get_tables()
    assert "m9999_broken" not in applied(db)
