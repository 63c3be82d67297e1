"""Files a restore may be handed: good, foreign, history-only, newer, corrupt, not SQLite.

Shared by tests/services/test_backup.py and tests/integration/test_backup.py. Built with
plain sqlite3 and the migration runner only, so the command-line tests also run against a
build without ``services/backup.py`` (that is how they were seen to fail before it).
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

from counterapp.db import connect
from counterapp.db.migrations import available, migrate
from counterapp.db.models import Product

CAPP = 0x43415050  # the application id CounterApp writes (db/migrations APPLICATION_ID)


def newest_migration() -> int:
    """This build's schema version, from its migration names."""
    return max(int(name[1:5]) for name in available())


def sql(path: Path):
    """A plain autocommit connection that is closed at the end of the ``with``."""
    return closing(sqlite3.connect(path, isolation_level=None))


def sha256(path: Path) -> str:
    """The file's bytes, as one value to compare."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_shop(path: Path, products: dict[str, str]) -> Path:
    """A migrated CounterApp file at ``path`` holding ``products`` (sku → name)."""
    db = connect(f"sqlite:///{path}")
    migrate(db, backup=False)
    for sku, name in products.items():
        Product.create(sku=sku, name=name, price=Decimal("12.90"))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def product_names(path: Path) -> list[str]:
    """The product names in the file, sorted (read with plain sqlite3)."""
    with sql(path) as conn:
        return sorted(row[0] for row in conn.execute("SELECT name FROM product"))


def foreign_with_history(path: Path) -> Path:
    """Another program's SQLite file that happens to have a ``schema_migrations`` table."""
    with sql(path) as conn:
        conn.execute("CREATE TABLE schema_migrations (version VARCHAR(255) PRIMARY KEY)")
        conn.execute("INSERT INTO schema_migrations VALUES ('20240101120000')")
        conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT)")
    return path


def history_only(path: Path, *, stamped: bool = False) -> Path:
    """A file holding CounterApp's complete migration history and nothing else."""
    with sql(path) as conn:
        conn.execute("CREATE TABLE schema_migrations (name VARCHAR(100) PRIMARY KEY, "
                     "applied_at VARCHAR(32) NOT NULL)")
        conn.executemany("INSERT INTO schema_migrations VALUES (?, '2026-01-01')",
                         [(name,) for name in available()])
        if stamped:
            conn.execute(f"PRAGMA application_id = {CAPP}")
            conn.execute(f"PRAGMA user_version = {newest_migration()}")
    return path


def newer_schema(good: Path, path: Path, version: int) -> Path:
    """A real backup as a later CounterApp (schema ``version``) would have left it."""
    path.write_bytes(good.read_bytes())
    with sql(path) as conn:
        conn.execute(f"INSERT INTO schema_migrations VALUES ('m{version:04d}_future', "
                     "'2027-01-01')")
        conn.execute("CREATE TABLE future_thing (id INTEGER PRIMARY KEY)")
        conn.execute(f"PRAGMA user_version = {version}")
    return path


def corrupt(good: Path, path: Path) -> Path:
    """A real backup with the b-tree headers of a few pages overwritten (bytes flipped)."""
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(1, min(8, len(data) // page)):
        for offset in range(number * page, number * page + 12):
            data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def not_sqlite(path: Path) -> Path:
    """A file that is no database at all."""
    path.write_bytes(b"definitely not SQLite\n" * 500)
    return path
