"""Driver errors → typed, readable errors: the one place that knows SQLite and PostgreSQL codes.

A clerk must read "the disk is full: nothing was saved", never "cannot rollback - no
transaction is active" or ``InterfaceError``. ``translate`` maps what the drivers raise
(``sqlite3`` extended result codes, PostgreSQL SQLSTATEs, a lost connection) to
``DatabaseRetryable`` (try again: busy, restarting, connection lost) or
``DatabaseWriteFailed`` (a cause outside the app); anything it does not recognise (an
``IntegrityError`` the services handle, a programming error) is left alone.

``check_text_params`` refuses NUL and lone surrogates before any query reaches a driver:
PostgreSQL cannot store a NUL at all (``psycopg2`` raises a bare ``ValueError``) and both
drivers raise ``UnicodeEncodeError`` for a lone surrogate, so both engines refuse them the
same way, with a ``ValidationError``.
"""

from __future__ import annotations

import sqlite3

import peewee

from counterapp.domain.errors import (
    CounterAppError,
    DatabaseRetryable,
    DatabaseWriteFailed,
    ValidationError,
)

# SQLite primary result codes (extended codes carry them in their low byte).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

# PostgreSQL SQLSTATEs (Appendix A of the PostgreSQL manual).
PG_RETRYABLE = {"40001", "40P01", "55P03", "57P01", "57P02", "57P03", "57014"}
PG_RETRYABLE_CLASSES = ("08",)  # connection exception
PG_DISK_FULL = {"53100"}
PG_RESOURCES_CLASS = "53"  # insufficient resources: out of memory, too many connections
PG_READ_ONLY = {"25006"}
PG_CORRUPT = {"XX001", "XX002"}
PG_IO = {"58030"}

CONNECTION_LOST_WORDS = (
    "connection already closed",
    "server closed the connection",
    "terminating connection",
    "connection not open",
    "could not connect",
    "could not receive data",
    "could not send data",
    "ssl syscall error",
    "connection to server",
    "no connection to the server",
    "the database system is starting up",
    "the database system is shutting down",
)

NOTHING_SAVED = "nothing was saved"


def original(exc: BaseException) -> BaseException:
    """The driver's own exception inside a peewee wrapper (``orig``; older peewee: ``args[0]``)."""
    inner = getattr(exc, "orig", None)
    if isinstance(inner, BaseException):
        return inner
    if exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc.__cause__ or exc


def first_line(exc: BaseException) -> str:
    """The first non-empty line of an error's text (libpq messages span several lines)."""
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__


def _sqlite(exc: sqlite3.Error, where: str) -> CounterAppError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    text = first_line(exc).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary is None:  # older Pythons: only the message
        primary = {
            "database or disk is full": SQLITE_FULL,
            "database is locked": SQLITE_BUSY,
            "disk i/o error": SQLITE_IOERR,
            "attempt to write a readonly database": SQLITE_READONLY,
            "database disk image is malformed": SQLITE_CORRUPT,
            "file is not a database": SQLITE_NOTADB,
        }.get(text)
    if primary == SQLITE_FULL:
        return DatabaseWriteFailed("disk_full", f"the disk is full: {NOTHING_SAVED} ({where})")
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseRetryable(
            f"the database is busy (another workstation holds it): {NOTHING_SAVED}; "
            f"try again ({where})")
    if primary == SQLITE_READONLY:
        return DatabaseWriteFailed(
            "read_only", f"the database can only be read, not written: {NOTHING_SAVED} ({where})")
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseWriteFailed(
            "corrupt", f"the database file is damaged: {NOTHING_SAVED}; restore a backup ({where})")
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PERM):
        return DatabaseWriteFailed(
            "io_error", f"the database file cannot be read or written ({first_line(exc)}): "
                        f"{NOTHING_SAVED} ({where})")
    return None


def _postgres(exc: BaseException, where: str, connection_lost: bool) -> CounterAppError | None:
    code = getattr(exc, "pgcode", None) or ""
    text = first_line(exc)
    lowered = text.lower()
    if code in PG_DISK_FULL:
        return DatabaseWriteFailed("disk_full",
                                   f"the database server's disk is full: {NOTHING_SAVED} ({where})")
    if code in PG_READ_ONLY:
        return DatabaseWriteFailed(
            "read_only", f"the database server accepts no writes now: {NOTHING_SAVED} ({where})")
    if code in PG_CORRUPT:
        return DatabaseWriteFailed(
            "corrupt", f"the database server reports damaged data ({text}): {NOTHING_SAVED}")
    if code in PG_IO:
        return DatabaseWriteFailed("io_error", f"the database server cannot read or write its "
                                               f"files ({text}): {NOTHING_SAVED}")
    if (code in PG_RETRYABLE or code.startswith(PG_RETRYABLE_CLASSES)
            or code.startswith(PG_RESOURCES_CLASS) or connection_lost
            or any(words in lowered for words in CONNECTION_LOST_WORDS)):
        return DatabaseRetryable(f"the database server did not answer ({text}): "
                                 f"{NOTHING_SAVED}; try again ({where})")
    return None


def translate(exc: BaseException, *, where: str, connection_lost: bool = False
              ) -> CounterAppError | None:
    """The typed error for a driver's ``exc``, or ``None`` to let it through unchanged.

    ``where`` names the database for the message (a path or host); ``connection_lost`` is
    true when the caller saw the PostgreSQL connection close.
    """
    if isinstance(exc, CounterAppError):
        return None
    if isinstance(exc, peewee.IntegrityError | peewee.ProgrammingError | peewee.DataError):
        return None
    driver = original(exc)
    if isinstance(driver, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None
    if isinstance(driver, sqlite3.Error):
        return _sqlite(driver, where)
    if isinstance(exc, peewee.OperationalError | peewee.InterfaceError | peewee.DatabaseError):
        return _postgres(driver, where, connection_lost)
    return None


def _bad_text(value: str) -> str | None:
    if "\x00" in value:
        return "contains a NUL character (\\x00), which cannot be stored"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains an invalid character (a lone UTF-16 surrogate)"
    return None


def check_text_params(params) -> None:
    """Raise ``ValidationError`` if a text parameter holds NUL or a lone surrogate."""
    if not params:
        return
    for value in params:
        if isinstance(value, str):
            problem = _bad_text(value)
            if problem:
                raise ValidationError("text", problem)

