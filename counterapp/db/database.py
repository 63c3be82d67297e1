"""Open the database named by a URL and bind the models' proxy to it.

SQLite (one machine, several processes) runs in WAL mode with ``synchronous=FULL`` and
every write transaction begun ``IMMEDIATE``: a deferred transaction that reads first and
writes later fails with "database is locked" when another workstation wrote in between.
PostgreSQL (several machines) needs nothing special: the same models and services run.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

import peewee

from counterapp.domain.errors import DatabaseUnavailable

database_proxy = peewee.DatabaseProxy()

BUSY_TIMEOUT_S = 10
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "smb3", "sshfs",
                       "fuse.sshfs", "9p", "afs", "davfs", "fuse.davfs2"}


class CounterSqliteDatabase(peewee.SqliteDatabase):
    """SQLite whose transactions take the write lock up front (``BEGIN IMMEDIATE``)."""

    def atomic(self, lock_type: str | None = "IMMEDIATE"):
        return super().atomic(lock_type=lock_type)

    def read(self):
        """A read-only transaction (``BEGIN DEFERRED``): a consistent snapshot, no write lock."""
        return super().atomic(lock_type="DEFERRED")


class CounterPostgresqlDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL with the same small API as the SQLite flavour."""

    def read(self):
        """A read-only snapshot transaction."""
        return self.atomic()


def _filesystem_type(path: Path) -> str | None:
    """The mount type under ``path`` (Linux only; ``None`` elsewhere)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (target == parts[1] or target.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best):
                best, best_type = parts[1], parts[2]
    return best_type


def describe_url(url: str) -> str:
    """The URL without its password, for the status bar and log lines."""
    parsed = urlparse(url)
    if parsed.password:
        netloc = parsed.netloc.replace(":" + parsed.password + "@", ":***@")
        return parsed._replace(netloc=netloc).geturl()
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL, or ``None`` for other engines."""
    if not url.startswith("sqlite:"):
        return None
    parsed = urlparse(url)
    return Path(unquote(parsed.path))


def _open_sqlite(url: str) -> CounterSqliteDatabase:
    path = sqlite_path(url)
    if path is None or not str(path) or str(path) == "/":
        raise DatabaseUnavailable(f"no file in the database URL '{url}'")
    if str(path) != ":memory:":
        fs_type = _filesystem_type(path.parent if path.parent.exists() else Path("/"))
        if fs_type in NETWORK_FILESYSTEMS:
            raise DatabaseUnavailable(
                f"{path} is on a network share ({fs_type}); SQLite corrupts there. "
                "Use a PostgreSQL server to share one database between workstations.")
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(f"cannot create folder {path.parent}: {exc.strerror}") from None
        if path.exists() and not os.access(path, os.W_OK):
            raise DatabaseUnavailable(f"{path} is read-only; CounterApp needs to write to it")
    db = CounterSqliteDatabase(
        str(path),
        timeout=BUSY_TIMEOUT_S,
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "full",
            "busy_timeout": BUSY_TIMEOUT_S * 1000,
            "cache_size": -32000,
        },
    )
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise DatabaseUnavailable(f"{path} is not a usable CounterApp database ({exc})") from None
    return db


def _open_postgres(url: str) -> CounterPostgresqlDatabase:
    parsed = urlparse(url)
    db = CounterPostgresqlDatabase(
        parsed.path.lstrip("/"),
        user=unquote(parsed.username) if parsed.username else None,
        password=unquote(parsed.password) if parsed.password else None,
        host=parsed.hostname or None,
        port=parsed.port or 5432,
        connect_timeout=5,
        # Extra libpq parameters (sslmode, options=-csearch_path=…) pass through unchanged.
        **dict(parse_qsl(parsed.query)),
    )
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else "no answer"
        raise DatabaseUnavailable(
            f"cannot reach PostgreSQL at {parsed.hostname}:{parsed.port or 5432} ({first_line})"
        ) from None
    return db


def connect(url: str, *, bind: bool = True) -> peewee.Database:
    """Open the database at ``url`` and (by default) bind the models' proxy to it.

    Raises ``DatabaseUnavailable`` with one readable line for an unknown scheme, a file on a
    network share, a read-only or corrupt file, or an unreachable server.
    """
    if not isinstance(url, str) or "://" not in url and not url.startswith("sqlite:"):
        raise DatabaseUnavailable(f"'{url}' is not a database URL (sqlite:///PATH or postgresql://...)")
    scheme = url.split(":", 1)[0].lower()
    if scheme == "sqlite":
        db = _open_sqlite(url)
    elif scheme in ("postgresql", "postgres"):
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            raise DatabaseUnavailable(
                "PostgreSQL support is not installed: pip install 'counterapp[postgres]'") from None
        db = _open_postgres(url)
    else:
        raise DatabaseUnavailable(f"unknown database type '{scheme}' (use sqlite or postgresql)")
    if bind:
        database_proxy.initialize(db)
    return db


def is_sqlite(db: peewee.Database) -> bool:
    """True for SQLite (FTS5 search, file backups, ``data_version`` polling)."""
    return isinstance(db, peewee.SqliteDatabase)
