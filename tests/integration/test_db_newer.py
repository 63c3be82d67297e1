"""A database written by a newer CounterApp is refused, not migrated "down" or run blind.

``migrate()`` raises ``DatabaseUnavailable`` naming both schema versions when the history
holds a migration this build does not know, or the SQLite header's ``user_version`` is
above this build's; every command exits 2 with that one line, the GUI's ``open_services``
raises it, and the file is left byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from counterapp.db.database import connect
from counterapp.db.migrations import migrate, schema_version
from counterapp.domain.errors import DatabaseUnavailable
from tests.integration.test_db_must_exist import _one_line_exit_2, _run

FUTURE = "m9000_from_a_newer_build"


def _stamp(path: Path, *, name: str | None, version: int) -> None:
    with sqlite3.connect(path) as raw:
        if name:
            raw.execute("INSERT INTO schema_migrations (name, applied_at) "
                        "VALUES (?, CURRENT_TIMESTAMP)", (name,))
        raw.execute(f"PRAGMA user_version = {version}")
    raw.close()


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def newer_shop(tmp_path, sqlite_template) -> Path:
    shop = tmp_path / "negozio.db"
    shutil.copy(sqlite_template, shop)
    _stamp(shop, name=FUTURE, version=9000)
    return shop


@pytest.mark.parametrize("command", [
    ["user", "list"],
    ["export", "orders", "--out", "{tmp}/orders.csv"],
    ["import", "products", "{tmp}/products.csv", "--user", "boss"],
    ["print", "slip", "V2026-000001", "--out", "{tmp}/slip.pdf"],
    ["user", "add", "boss", "--name", "Boss", "--role", "manager", "--pin", "1234"],
])
def test_commands_refuse_a_newer_database_naming_both_versions(tmp_path, newer_shop, command):
    (tmp_path / "products.csv").write_text("sku,barcode,name,vat_rate,price,stock\n")
    before = _hash(newer_shop)
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    line = _one_line_exit_2(_run(*args, "--database", f"sqlite:///{newer_shop}"))
    assert "9000" in line and FUTURE in line and str(schema_version()) in line
    assert _hash(newer_shop) == before
    assert not (tmp_path / "orders.csv").exists() and not (tmp_path / "slip.pdf").exists()


def test_the_gui_open_services_refuses_it_too(newer_shop, settings):
    from counterapp.app import open_services  # noqa: PLC0415 (Qt only here)

    before = _hash(newer_shop)
    with pytest.raises(DatabaseUnavailable) as info:
        open_services(f"sqlite:///{newer_shop}", settings)
    assert "9000" in str(info.value) and str(schema_version()) in str(info.value)
    assert _hash(newer_shop) == before


def test_a_newer_user_version_alone_is_refused_before_anything_is_applied(tmp_path,
                                                                           sqlite_template):
    shop = tmp_path / "negozio.db"
    shutil.copy(sqlite_template, shop)
    # A newer build's header, and one of our own steps "missing": nothing may be applied.
    with sqlite3.connect(shop) as raw:
        raw.execute("DELETE FROM schema_migrations WHERE name = 'm0900_fiscal'")
    raw.close()
    _stamp(shop, name=None, version=schema_version() + 1)
    before = _hash(shop)
    db = connect(f"sqlite:///{shop}", bind=False)
    try:
        with pytest.raises(DatabaseUnavailable) as info:
            migrate(db)
        assert str(schema_version() + 1) in str(info.value)
        assert str(schema_version()) in str(info.value)
    finally:
        db.close()
    assert _hash(shop) == before
    assert not list(tmp_path.glob("*.bak"))
