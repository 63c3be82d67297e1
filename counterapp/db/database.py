"""Open the database named by a URL and bind the models' proxy to it.

SQLite (one machine, several processes) runs in WAL mode with ``synchronous=FULL`` and
every write transaction begun ``IMMEDIATE``: a deferred transaction that reads first and
writes later fails with "database is locked" when another workstation wrote in between.
PostgreSQL (several machines) needs nothing special: the same models and services run.

Both engines' database classes check every text parameter and turn driver faults into
typed errors (``faults``); PostgreSQL reopens a connection the server dropped, SQLite
refuses to write to a file that was deleted or replaced under it. URLs are parsed
strictly: a malformed one is refused, never reinterpreted.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

import peewee

from counterapp.db import faults
from counterapp.domain.errors import (
    DatabaseMissing,
    DatabaseRetryable,
    DatabaseUnavailable,
    DatabaseWriteFailed,
)

database_proxy = peewee.DatabaseProxy()

# What peewee raises for a driver's error (InterfaceError is not a DatabaseError in peewee).
DRIVER_ERRORS = (peewee.DatabaseError, peewee.InterfaceError)

BUSY_TIMEOUT_S = 10
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "smb3", "sshfs",
                       "fuse.sshfs", "9p", "afs", "davfs", "fuse.davfs2"}


class _Guarded:
    """Shared by both engines: refuse bad text, translate driver faults, roll back quietly.

    Every query passes ``execute_sql``: text parameters are checked there (NUL, lone
    surrogates), and a driver's ``OperationalError``/``InterfaceError`` leaves it as a
    typed error from ``faults.translate``. A rollback after such an error never replaces
    it with a second one ("cannot rollback - no transaction is active" after SQLite rolled
    back by itself on a full disk, "connection already closed" after a server restart).
    """

    where = "the database"

    def _fault(self, exc: BaseException, *, connection_lost: bool = False) -> BaseException:
        return faults.translate(exc, where=self.where, connection_lost=connection_lost) or exc

    def execute_sql(self, sql, params=None):
        """Run one statement; bad text and driver faults come out as typed errors."""
        faults.check_text_params(params)
        try:
            return super().execute_sql(sql, params)
        except DRIVER_ERRORS as exc:
            mapped = self._fault(exc, connection_lost=self._connection_lost())
            if mapped is exc:
                raise
            raise mapped from exc

    def commit(self):
        """Commit; a failure is a typed error (the transaction is then rolled back)."""
        try:
            return super().commit()
        except DRIVER_ERRORS as exc:
            mapped = self._fault(exc, connection_lost=self._connection_lost())
            if mapped is exc:
                raise
            raise mapped from exc

    def rollback(self):
        """Roll back, or do nothing when the engine already did (lost connection, SQLITE_FULL)."""
        if not self._rollback_needed():
            return None
        try:
            return super().rollback()
        except DRIVER_ERRORS as exc:
            if not self._rollback_needed():
                return None
            mapped = self._fault(exc, connection_lost=self._connection_lost())
            if mapped is exc:
                raise
            raise mapped from exc

    def _connection_lost(self) -> bool:
        return False

    def _rollback_needed(self) -> bool:
        return not self.is_closed()


class CounterSqliteDatabase(_Guarded, peewee.SqliteDatabase):
    """SQLite whose transactions take the write lock up front (``BEGIN IMMEDIATE``).

    It remembers which file it opened (device and inode): a write transaction on a file
    that was deleted or replaced meanwhile is refused with ``DatabaseWriteFailed``
    (``file_gone``) instead of being "committed" into an unlinked inode and lost.
    """

    def __init__(self, database, *args, may_create: bool = False, **kwargs):
        self._may_create = may_create
        self._identity: tuple[int, int] | None = None
        super().__init__(database, *args, **kwargs)
        self.where = str(database)

    def atomic(self, lock_type: str | None = "IMMEDIATE"):
        return super().atomic(lock_type=lock_type)

    def read(self):
        """A read-only transaction (``BEGIN DEFERRED``): a consistent snapshot, no write lock."""
        return super().atomic(lock_type="DEFERRED")

    def remember_file(self) -> None:
        """Record the identity of the open file; later writes check it is still the same."""
        info = os.stat(self.database)
        self._identity = (info.st_dev, info.st_ino)

    def check_file(self) -> None:
        """Raise ``DatabaseWriteFailed`` if the file was deleted or replaced since it was opened."""
        if self._identity is None:
            return
        try:
            info = os.stat(self.database)
        except OSError:
            info = None
        if info is None or (info.st_dev, info.st_ino) != self._identity:
            raise DatabaseWriteFailed(
                "file_gone", f"the database file {self.database} was deleted or replaced while "
                             "CounterApp was running: nothing was saved; restart CounterApp")

    def _connect(self):
        # A new thread's connection must not create an empty file where the shop was.
        if self._identity is not None:
            self.check_file()
        elif not self._may_create and not os.path.exists(self.database):
            raise DatabaseMissing(str(self.database))
        return super()._connect()

    def begin(self, lock_type=None):
        """Begin a transaction; a write transaction first checks the file is still ours."""
        if (lock_type or self._lock_type) != "DEFERRED":
            self.check_file()
        try:
            return super().begin(lock_type)
        except DRIVER_ERRORS as exc:  # BEGIN IMMEDIATE busy beyond the timeout
            mapped = self._fault(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def _rollback_needed(self) -> bool:
        # SQLite rolls back by itself on SQLITE_FULL, IOERR, BUSY in COMMIT...: a second
        # ROLLBACK would fail with "no transaction is active" and hide the real cause.
        return not self.is_closed() and self._state.conn.in_transaction


class CounterPostgresqlDatabase(_Guarded, peewee.PostgresqlDatabase):
    """PostgreSQL with the same small API as the SQLite flavour, and reconnection.

    A connection the server closed (restart, ``pg_terminate_backend``, network cut) is
    noticed before the next transaction or statement outside one and reopened then. A
    connection lost inside a transaction raises ``DatabaseRetryable``: the server rolled
    the transaction back, and only the caller knows whether the operation may run again
    (``db.retry.retry_transient`` does it for idempotent ones such as a checkout).
    """

    def read(self):
        """A read-only snapshot transaction."""
        return self.atomic()

    def _connection_lost(self) -> bool:
        conn = self._state.conn
        return conn is not None and bool(conn.closed)

    def _rollback_needed(self) -> bool:
        if self._connection_lost():
            self.discard_connection()
            return False
        return not self.is_closed()

    def discard_connection(self) -> None:
        """Forget this thread's connection (closing what is left of it); the next use reopens."""
        conn = self._state.conn
        self._state.reset()
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def revive(self) -> None:
        """Drop this thread's connection if the server closed it while it sat idle.

        An idle connection (autocommit, no LISTEN) has nothing to read unless the server
        said goodbye: after a restart or ``pg_terminate_backend`` a FATAL message and
        end-of-file wait on the socket. One zero-timeout ``select`` sees that without a
        round trip. Only called outside transactions, where dropping the connection is safe.
        """
        conn = self._state.conn
        if conn is None:
            return
        try:
            gone = bool(conn.closed) or bool(select.select([conn], [], [], 0)[0])
        except (OSError, ValueError, TypeError):  # no usable socket any more
            gone = True
        if gone:
            self.discard_connection()

    def begin(self, isolation_level=None):
        """Begin a transaction on a live connection (reopened if the server dropped it)."""
        self.revive()
        try:
            return super().begin(isolation_level)
        except DRIVER_ERRORS as exc:
            lost = self._connection_lost()
            if lost:
                self.discard_connection()
            mapped = self._fault(exc, connection_lost=lost)
            if mapped is exc:
                raise
            raise mapped from exc

    def execute_sql(self, sql, params=None):
        """Run one statement; outside a transaction a dropped connection is reopened first."""
        if self.transaction_depth() == 0:
            self.revive()
        try:
            return super().execute_sql(sql, params)
        except DatabaseUnavailable:
            if self.transaction_depth() == 0 and self._connection_lost():
                self.discard_connection()
            raise

    def connect(self, reuse_if_open=False):
        """Open the connection; an unreachable server is ``DatabaseRetryable``."""
        try:
            return super().connect(reuse_if_open)
        except peewee.OperationalError as exc:
            raise DatabaseRetryable(
                f"cannot reach PostgreSQL at {self.where} ({faults.first_line(faults.original(exc))})"
            ) from None


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


URL_HELP = "sqlite:///ABSOLUTE/PATH.db or postgresql://USER:PASSWORD@HOST:PORT/DBNAME"
_WINDOWS_DRIVE = re.compile(r"^/[A-Za-z]:[/\\]")


def _refuse(url: str, why: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(f"'{describe_url(url)}' is not a valid database URL: {why} "
                               f"(use {URL_HELP})")


def _scheme(url: str) -> str:
    if not isinstance(url, str) or ":" not in url:
        raise DatabaseUnavailable(f"'{url}' is not a database URL ({URL_HELP})")
    scheme = url.split(":", 1)[0].lower()
    if scheme == "sqlite":
        return scheme
    if scheme in ("postgresql", "postgres"):
        return "postgresql"
    if "://" not in url:
        raise DatabaseUnavailable(f"'{url}' is not a database URL ({URL_HELP})")
    raise DatabaseUnavailable(f"unknown database type '{scheme}' (use sqlite or postgresql)")


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///ABSOLUTE/PATH`` URL, or ``None`` for other engines.

    Anything else that starts with ``sqlite:`` is refused with ``DatabaseUnavailable``,
    never guessed at: ``sqlite://shop/x.db`` (a host part, which would silently drop
    ``shop``), ``sqlite:/x.db``, ``sqlite:relative.db``, a query string.
    """
    if _scheme(url) != "sqlite":
        return None
    if not url[len("sqlite:"):].startswith("//"):
        raise _refuse(url, "SQLite URLs start with three slashes and an absolute path")
    parsed = urlparse(url)
    if parsed.netloc:
        raise _refuse(url, f"'{parsed.netloc}' would be read as a host name; "
                           "SQLite URLs have three slashes before an absolute path")
    if parsed.query or parsed.fragment or parsed.params:
        raise _refuse(url, "SQLite URLs take no options")
    raw = unquote(parsed.path)
    if raw.startswith("//"):  # f"sqlite:///{absolute_path}" gives four slashes: the same file
        raw = "/" + raw.lstrip("/")
    if _WINDOWS_DRIVE.match(raw):  # sqlite:///C:/Users/... on Windows
        raw = raw[1:]
    if not raw.startswith("/") and not _WINDOWS_DRIVE.match("/" + raw):
        raise _refuse(url, "the path must be absolute")
    if raw.endswith(("/", "\\")) or not Path(raw).name:
        raise _refuse(url, "no file name")
    if "\x00" in raw:
        raise _refuse(url, "the path contains a NUL character")
    return Path(raw)


def _open_sqlite(url: str, create: bool) -> CounterSqliteDatabase:
    path = sqlite_path(url)
    fs_type = _filesystem_type(path.parent if path.parent.exists() else Path("/"))
    if fs_type in NETWORK_FILESYSTEMS:
        raise DatabaseUnavailable(
            f"{path} is on a network share ({fs_type}); SQLite corrupts there. "
            "Use a PostgreSQL server to share one database between workstations.")
    if not path.exists():
        if not create:
            raise DatabaseMissing(str(path))
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(f"cannot create folder {path.parent}: {exc.strerror}") from None
    elif not path.is_file():
        raise DatabaseUnavailable(f"{path} is not a file")
    elif not os.access(path, os.W_OK):
        raise DatabaseUnavailable(f"{path} is read-only; CounterApp needs to write to it")
    db = CounterSqliteDatabase(
        str(path),
        may_create=create,
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
        db.remember_file()
    except (peewee.DatabaseError, sqlite3.DatabaseError, DatabaseUnavailable) as exc:
        db.close()
        raise DatabaseUnavailable(f"{path} is not a usable CounterApp database ({exc})") from None
    return db


def _open_postgres(url: str) -> CounterPostgresqlDatabase:
    parsed = urlparse(url)
    try:
        port = parsed.port or 5432
    except ValueError:
        raise _refuse(url, "the port is not a number") from None
    name = unquote(parsed.path.lstrip("/"))
    if not name or "/" in name:
        raise _refuse(url, "a PostgreSQL URL names one database after the host: …/DBNAME")
    if parsed.fragment or parsed.params:
        raise _refuse(url, "unexpected '#' or ';' part")
    db = CounterPostgresqlDatabase(
        name,
        user=unquote(parsed.username) if parsed.username else None,
        password=unquote(parsed.password) if parsed.password else None,
        host=parsed.hostname or None,
        port=port,
        connect_timeout=5,
        # Extra libpq parameters (sslmode, options=-csearch_path=…) pass through unchanged.
        **dict(parse_qsl(parsed.query)),
    )
    db.where = f"{parsed.hostname or 'localhost'}:{port}"
    db.connect(reuse_if_open=True)  # an unreachable server: DatabaseRetryable, one line
    return db


def validate_url(url: str) -> str:
    """``url`` unchanged if it is well-formed, else ``DatabaseUnavailable`` saying why."""
    if _scheme(url) == "sqlite":
        sqlite_path(url)
    return url


def database_exists(url: str) -> bool:
    """False only for a well-formed SQLite URL whose file is missing (servers: always True)."""
    path = sqlite_path(url)
    return path is None or path.exists()


def connect(url: str, *, bind: bool = True, create: bool = True) -> peewee.Database:
    """Open the database at ``url`` and (by default) bind the models' proxy to it.

    ``create=False`` refuses a missing SQLite file with ``DatabaseMissing`` (the app's
    commands pass it: only first-run set-up, ``demo`` and ``--create`` make a new shop);
    library callers and tests keep the old default. Raises ``DatabaseUnavailable`` with
    one readable line for a malformed URL or unknown scheme, a file on a network share, a
    read-only or corrupt file, or an unreachable server.
    """
    scheme = _scheme(url)
    if scheme == "sqlite":
        db = _open_sqlite(url, create)
    else:
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            raise DatabaseUnavailable(
                "PostgreSQL support is not installed: pip install 'counterapp[postgres]'") from None
        db = _open_postgres(url)
    if bind:
        database_proxy.initialize(db)
    return db


def is_sqlite(db: peewee.Database) -> bool:
    """True for SQLite (FTS5 search, file backups, ``data_version`` polling)."""
    return isinstance(db, peewee.SqliteDatabase)
