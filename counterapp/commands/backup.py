"""``counterapp backup --out FILE``, ``backup --verify FILE`` and ``restore FILE``.

The work is in ``counterapp.services.backup``: an online snapshot of the SQLite file; a
check of a candidate file on a read-only copy; a restore that verifies and migrates a copy
before it swaps it in, after a dated safety copy. A restore over an existing shop is done by
a manager: ``--user LOGIN``, PIN from ``COUNTERAPP_PIN`` or a prompt (CONTRACT.md), asked
only once the file has passed its checks. PostgreSQL is backed up with
``pg_dump``: both commands say so and exit 2 rather than pretend.

Exit status: 0 done; 2 bad input (no such file, not a CounterApp database, newer schema,
PostgreSQL); 1 anything else (disk full, unwritable folder).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from counterapp.commands.common import acting_actor, add_user_argument, services_for
from counterapp.db import connect
from counterapp.db.database import sqlite_path
from counterapp.db.migrations import schema_version
from counterapp.domain.errors import ValidationError
from counterapp.services.backup import (
    PostgresBackupUnsupported,
    backup_sqlite,
    require_restore_rights,
    restore_sqlite,
    schema_label,
    verify_backup,
)
from counterapp.settings import Settings, resolve_database_url


def register(subparsers, common) -> None:
    """Add the ``backup`` and ``restore`` commands."""
    backup = subparsers.add_parser("backup", parents=[common],
                                   help="consistent online backup of the database, or check one")
    what = backup.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="FILE", help="where to write the backup")
    what.add_argument("--verify", metavar="FILE",
                      help="check a backup (integrity, CounterApp database, schema) only")
    backup.set_defaults(handler=_backup)
    restore = subparsers.add_parser("restore", parents=[common],
                                    help="replace the database with a backup (checked first, "
                                         "safety copy kept)")
    restore.add_argument("file", metavar="FILE", help="a file written by 'counterapp backup'")
    restore.add_argument("--create", action="store_true",
                         help="restore into a database file that does not exist yet")
    add_user_argument(restore, required=False)
    restore.set_defaults(handler=_restore)


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1_048_576:.1f} MB"


def _sqlite_file(database: str | None) -> Path:
    path = sqlite_path(resolve_database_url(database, Settings()))
    if path is None:
        raise PostgresBackupUnsupported()
    return path


def _verify(file: str) -> int:
    info = verify_backup(Path(file).expanduser().resolve())
    ours = schema_version()
    note = "" if info.schema == ours else \
        f" (this CounterApp: {schema_label(ours)}; a restore upgrades it)"
    print(f"{info.path}: a sound CounterApp database, schema {schema_label(info.schema)}{note}")
    return 0


def _backup(args, database) -> int:
    if args.verify:
        return _verify(args.verify)
    path = _sqlite_file(database)
    out = Path(args.out).expanduser().resolve()
    if not path.exists():
        raise ValidationError("database", f"{path} does not exist")
    connect(f"sqlite:///{path}", bind=False).close()  # a corrupt file: one clear line, exit 2
    try:
        backup_sqlite(path, out)
    except OSError as exc:
        print(f"counterapp backup: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # e.g. "database or disk is full"
        print(f"counterapp backup: cannot write {out}: {exc} (no backup was written)",
              file=sys.stderr)
        return 1
    print(f"backup written to {out} ({_size(out)})")
    return 0


def _restore(args, database) -> int:
    live = _sqlite_file(database)
    candidate = Path(args.file).expanduser().resolve()

    def authorize() -> None:
        if not live.exists():  # --create: no shop yet, nobody's data to protect
            return
        services = services_for(database)
        try:
            require_restore_rights(acting_actor(args, services))
        finally:
            services.ctx.db.close()  # the swap needs the file closed by everyone

    try:
        result = restore_sqlite(candidate, live, create=args.create, authorize=authorize)
    except OSError as exc:
        print(f"counterapp restore: {exc.strerror or exc}: {exc.filename or live}",
              file=sys.stderr)
        return 1
    if result.safety_copy is not None:
        print(f"safety copy of the current database: {result.safety_copy}")
    upgraded = f", upgraded to {schema_label(schema_version())}" if result.migrated else ""
    print(f"restored {candidate} (schema {schema_label(result.info.schema)}{upgraded}) "
          f"into {live}")
    return 0
