"""Typed errors raised by services and shown by the UI next to the field they name."""

from __future__ import annotations


class CounterAppError(Exception):
    """Base of every error a user may see; ``str(error)`` is a one-line message."""


class ValidationError(CounterAppError):
    """Bad input: names the field (or CSV row/column) and says what is wrong."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class PermissionDenied(CounterAppError):
    """The acting user may not do this; ``action`` says what was refused.

    ``needs_approval`` is true when a senior's or manager's PIN on the spot would allow it.
    """

    def __init__(self, action: str, message: str, *, needs_approval: bool = False,
                 amount=None):
        super().__init__(message)
        self.action = action
        self.needs_approval = needs_approval
        self.amount = amount


class NotFound(CounterAppError):
    """A record the user named does not exist (unknown barcode, order number, login)."""

    def __init__(self, what: str, key: object):
        super().__init__(f"{what} not found: {key}")
        self.what = what
        self.key = key


class Conflict(CounterAppError):
    """Someone else changed the record first (optimistic locking) or a rule forbids the change."""


class AuthenticationFailed(CounterAppError):
    """Wrong login or PIN; ``retry_after_s`` is the delay before the next attempt is accepted."""

    def __init__(self, message: str, *, retry_after_s: float = 0.0, locked: bool = False):
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.locked = locked


class DatabaseUnavailable(CounterAppError):
    """The database cannot be opened: unreachable server, corrupt or read-only file, bad URL."""


class DatabaseMissing(DatabaseUnavailable):
    """The database named by the URL does not exist and this command may not create it."""

    def __init__(self, path: str):
        super().__init__(f"no database at {path} (check the path; 'counterapp demo', "
                         "'user add --create' or the first start of the app create one)")
        self.path = path


class DatabaseRetryable(DatabaseUnavailable):
    """The database did not answer this time (connection lost, server restarting, busy).

    Nothing of the operation was saved; trying the same operation again may succeed. Only
    operations that are idempotent (a checkout by its sale UUID) are retried automatically.
    """


class DatabaseWriteFailed(DatabaseUnavailable):
    """A write could not be saved for a cause outside the app; nothing of it was saved.

    ``cause`` is one of ``disk_full``, ``io_error``, ``read_only``, ``corrupt``,
    ``file_gone`` (the file was deleted or replaced under the running app), ``other``.
    """

    def __init__(self, cause: str, message: str):
        super().__init__(message)
        self.cause = cause
