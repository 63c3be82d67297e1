"""Column values as Python types: SQLite hands dates and times back as text in raw queries."""

from __future__ import annotations

import datetime as dt


def as_date(value) -> dt.date | None:
    """A ``date`` from a date, a datetime or ISO text (None for NULL or empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


def as_datetime(value) -> dt.datetime | None:
    """A ``datetime`` from a datetime or ISO text (None for NULL or empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def as_time(value) -> dt.time:
    """A ``time`` from a time or ISO text."""
    if isinstance(value, str):
        return dt.time.fromisoformat(value)
    return value
