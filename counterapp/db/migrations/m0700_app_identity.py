"""0700: an SQLite file says it is a CounterApp database, and at which schema version.

``PRAGMA application_id`` (the "CAPP" constant) and ``PRAGMA user_version`` live in the
file's header, where no other program writes our values: a restore trusts a file only
with both, unlike a table name any SQLite file can have. Existing shops get the stamp
here; ``migrate()`` keeps ``user_version`` at the newest step applied from now on.
PostgreSQL has no file to mark: nothing to do there.
"""

from __future__ import annotations

from counterapp.db.migrations import migration_number, stamp_identity


def up(db, migrator) -> None:
    """Write the application id and the schema version into the SQLite header."""
    del migrator
    stamp_identity(db, migration_number(__name__.rsplit(".", 1)[-1]))
