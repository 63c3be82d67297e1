"""Numbered schema migrations.

Each ``mNNNN_name.py`` module in this package has ``up(db, migrator)``; it uses frozen
models defined inside the migration (never the app's models, which keep changing). The
runner applies each pending step in its own transaction together with its history row, so
a crash leaves the schema at a step boundary. Before upgrading an SQLite file that already
holds a schema, a copy of the file is taken next to it.

Number ranges keep parallel work apart: 0001–0099 foundation, 0100 customers/staff,
0200 counter, 0300 phone, 0400 shipping, 0500 paperwork, 0600 performance.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sqlite3
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator

from counterapp.db.database import is_sqlite

log = logging.getLogger(__name__)

HISTORY_DDL = ("CREATE TABLE IF NOT EXISTS schema_migrations "
               "(name VARCHAR(100) PRIMARY KEY, applied_at VARCHAR(32) NOT NULL)")


def available() -> list[str]:
    """Names of all migration modules, in order."""
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name[:1] == "m"
             and m.name[1:5].isdigit()]
    return sorted(names)


def applied(db: peewee.Database) -> set[str]:
    """Names already applied to ``db``."""
    db.execute_sql(HISTORY_DDL)
    return {row[0] for row in db.execute_sql("SELECT name FROM schema_migrations").fetchall()}


def _backup_sqlite(db: peewee.Database, label: str) -> Path | None:
    path = Path(db.database)
    if str(path) == ":memory:" or not path.exists():
        return None
    target = path.with_name(f"{path.name}.pre-{label}.bak")
    source = db.connection()
    with sqlite3.connect(str(target)) as copy:
        source.backup(copy)
    copy.close()
    log.info("copied %s to %s before migrating", path, target)
    return target


def migrate(db: peewee.Database, *, backup: bool = True) -> list[str]:
    """Apply the pending migrations; returns the names applied (empty when up to date)."""
    done = applied(db)
    pending = [name for name in available() if name not in done]
    if not pending:
        return []
    if backup and done and is_sqlite(db):
        _backup_sqlite(db, pending[0])
    migrator = SchemaMigrator.from_database(db)
    applied_now = []
    for name in pending:
        module = importlib.import_module(f"{__name__}.{name}")
        with db.atomic():
            if not is_sqlite(db):
                # Two workstations starting at once: the second waits, then skips.
                db.execute_sql("SELECT pg_advisory_xact_lock(4242)")
            if db.execute_sql("SELECT 1 FROM schema_migrations WHERE name = %s"
                              if not is_sqlite(db) else
                              "SELECT 1 FROM schema_migrations WHERE name = ?",
                              (name,)).fetchone():
                continue
            module.up(db, migrator)
            db.execute_sql(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (%s, CURRENT_TIMESTAMP)"
                if not is_sqlite(db) else
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, CURRENT_TIMESTAMP)",
                (name,))
        applied_now.append(name)
        log.info("applied migration %s", name)
    return applied_now
