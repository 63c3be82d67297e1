"""``counterapp backup --out FILE`` and ``counterapp restore FILE``.

SQLite: the backup is taken with SQLite's online backup API, so it is a consistent
snapshot even while other workstations keep selling; a restore checks the file first
(``PRAGMA integrity_check`` and a ``schema_migrations`` table), copies the current database
aside (the path is printed), then copies the backup into the live database through the
same API (other processes see the restored data, no file is swapped under them) and
migrates it. PostgreSQL: ``pg_dump -Fc`` and ``pg_restore --clean``.

Exit status: 0 done; 2 bad input (no such file, not a CounterApp database); 1 anything else
(e.g. ``pg_dump`` not installed).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlparse

from counterapp.db import connect
from counterapp.db.database import BUSY_TIMEOUT_S, sqlite_path
from counterapp.db.migrations import migrate
from counterapp.domain.errors import DatabaseUnavailable, ValidationError
from counterapp.settings import Settings, data_dir, resolve_database_url


class ToolMissing(Exception):
    """A PostgreSQL client tool is not installed (exit 1, one line)."""


def register(subparsers, common) -> None:
    """Add the ``backup`` and ``restore`` commands."""
    backup = subparsers.add_parser("backup", parents=[common],
                                   help="consistent online backup of the database")
    backup.add_argument("--out", required=True, metavar="FILE", help="where to write the backup")
    backup.set_defaults(handler=_backup)
    restore = subparsers.add_parser("restore", parents=[common],
                                    help="replace the database with a backup (safety copy first)")
    restore.add_argument("file", metavar="FILE", help="a file written by 'counterapp backup'")
    restore.set_defaults(handler=_restore)


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1_048_576:.1f} MB"


# --- SQLite -----------------------------------------------------------------------------------
def sqlite_backup(source: Path, target: Path) -> None:
    """Copy the live database ``source`` into ``target`` as one consistent snapshot.

    One backup step copies every page under a single read transaction: in WAL mode writers
    carry on meanwhile and the copy is the database as of the step's start.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal next to it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)


def check_counterapp_file(path: Path) -> None:
    """Raise ``ValidationError('file', …)`` unless ``path`` is a sound CounterApp database."""
    if not path.is_file():
        raise ValidationError("file", f"{path} does not exist")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has_history = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError("file", f"{path} is not an SQLite database ({exc})") from None
    if verdict != "ok":
        raise ValidationError("file", f"{path} is damaged ({verdict})")
    if not has_history:
        raise ValidationError("file", f"{path} is not a CounterApp database (no schema_migrations)")


def _sqlite_restore(backup_file: Path, database: Path) -> Path | None:
    check_counterapp_file(backup_file)
    safety = None
    if database.exists():
        safety = database.with_name(f"{database.name}.before-restore-{_stamp()}.bak")
        sqlite_backup(database, safety)
        print(f"safety copy of the current database: {safety}")
    database.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    dst = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_S)
    try:
        # Copy into the live file through SQLite itself: other connections see the restored
        # pages on their next read instead of a file replaced under their feet.
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return safety


# --- PostgreSQL -------------------------------------------------------------------------------
def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise ToolMissing(f"{name} is not installed; install the PostgreSQL client tools "
                          "(Debian: sudo apt install postgresql-client)")
    return path


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        errors = [line for line in lines if "error:" in line] or lines
        raise RuntimeError(f"{Path(command[0]).name} failed: "
                           f"{errors[0] if errors else done.returncode}")


def _pg_schema(url: str) -> str | None:
    """The schema a URL pins with ``options=-csearch_path=NAME`` (one shop per schema)."""
    options = dict(parse_qsl(urlparse(url).query)).get("options", "")
    match = re.search(r"search_path\s*=\s*([A-Za-z_][A-Za-z0-9_]*)", options)
    return match[1] if match else None


def _pg_dump(url: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    schema = _pg_schema(url)
    _run([_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(partial), f"--dbname={url}",
          *([f"--schema={schema}"] if schema else [])])
    os.replace(partial, target)


# --- the commands -----------------------------------------------------------------------------
def _backup(args, database) -> int:
    url = resolve_database_url(database, Settings())
    out = Path(args.out).expanduser().resolve()
    try:
        path = sqlite_path(url)
        if path is not None:
            if not path.exists():
                raise ValidationError("database", f"{path} does not exist")
            connect(url, bind=False).close()  # refuses a corrupt file with one clear line
            sqlite_backup(path, out)
        else:
            connect(url, bind=False).close()
            _pg_dump(url, out)
    except (ToolMissing, RuntimeError, OSError) as exc:
        print(f"counterapp backup: {exc}", file=sys.stderr)
        return 1
    print(f"backup written to {out} ({_size(out)})")
    return 0


def _restore(args, database) -> int:
    url = resolve_database_url(database, Settings())
    backup_file = Path(args.file).expanduser().resolve()
    try:
        path = sqlite_path(url)
        if path is not None:
            _sqlite_restore(backup_file, path)
        else:
            if not backup_file.is_file():
                raise ValidationError("file", f"{backup_file} does not exist")
            connect(url, bind=False).close()
            safety = data_dir() / f"postgres-before-restore-{_stamp()}.dump"
            _pg_dump(url, safety)
            print(f"safety copy of the current database: {safety}")
            _run([_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
                  f"--dbname={url}", str(backup_file)])
        db = connect(url)
        migrate(db)
        db.close()
    except DatabaseUnavailable:
        raise
    except (ToolMissing, RuntimeError, OSError) as exc:
        print(f"counterapp restore: {exc}", file=sys.stderr)
        return 1
    print(f"restored {backup_file}")
    return 0
