"""Numbered schema migrations.

Each ``mNNNN_name.py`` module in this package has ``up(db, migrator)``; it uses frozen
models defined inside the migration (never the app's models, which keep changing). The
runner applies each pending step in its own transaction together with its history row, so
a crash leaves the schema at a step boundary. Before upgrading an SQLite file that already
holds a schema, a copy of the file is taken next to it.

Number ranges keep parallel work apart: 0001–0099 foundation, 0100 customers/staff,
0200 counter, 0300 phone, 0400 shipping, 0500 paperwork, 0600 performance, 0700 backups.

An SQLite file says it is ours in its header: ``PRAGMA application_id`` is
``APPLICATION_ID`` and ``PRAGMA user_version`` the number of the newest migration applied
(``schema_version()``), written in the same transaction as each step's history row. A
restore checks both before it trusts a file (``services/backup.py``).
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
from counterapp.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

APPLICATION_ID = 0x43415050  # "CAPP": the SQLite header field no other program sets to this

HISTORY_DDL = ("CREATE TABLE IF NOT EXISTS schema_migrations "
               "(name VARCHAR(100) PRIMARY KEY, applied_at VARCHAR(32) NOT NULL)")


def available() -> list[str]:
    """Names of all migration modules, in order."""
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name[:1] == "m"
             and m.name[1:5].isdigit()]
    return sorted(names)


def migration_number(name: str) -> int:
    """The schema version a migration name stands for: ``m0403_x`` → 403."""
    return int(name[1:5])


def schema_version() -> int:
    """The schema version of this build: the number of its newest migration."""
    return max(migration_number(name) for name in available())


def stamp_identity(db: peewee.Database, version: int) -> None:
    """Mark an SQLite file as CounterApp's, at schema ``version`` (never lowered).

    Runs inside the caller's transaction: the header change commits with the step.
    """
    if not is_sqlite(db):
        return
    current = db.execute_sql("PRAGMA user_version").fetchone()[0]
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    if version > current:
        db.execute_sql(f"PRAGMA user_version = {int(version)}")


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


def _refuse_newer(db: peewee.Database, done: set[str], known: set[str]) -> None:
    """``DatabaseUnavailable`` when a newer CounterApp wrote ``db``: this build would run
    on a schema it does not know (and could damage it), so it opens nothing."""
    ours = schema_version()
    unknown = sorted(done - known)
    theirs = max((migration_number(n) for n in unknown if n[1:5].isdigit()), default=0)
    if is_sqlite(db):
        theirs = max(theirs, db.execute_sql("PRAGMA user_version").fetchone()[0])
    if unknown or theirs > ours:
        newest = f" ({unknown[-1]})" if unknown else ""
        raise DatabaseUnavailable(
            f"the database is at schema version {theirs}{newest}, newer than this "
            f"CounterApp's schema version {ours}: open it with a newer CounterApp")


def migrate(db: peewee.Database, *, backup: bool = True) -> list[str]:
    """Apply the pending migrations; returns the names applied (empty when up to date).

    A database written by a newer build is refused (``DatabaseUnavailable`` naming both
    schema versions) before anything is applied.
    """
    done = applied(db)
    known = set(available())
    _refuse_newer(db, done, known)
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
            # The newest step present, not this one: steps from another range may land later.
            stamp_identity(db, max(migration_number(n) for n in {*done, *applied_now, name}
                                   if n in known))
        applied_now.append(name)
        log.info("applied migration %s", name)
    return applied_now
