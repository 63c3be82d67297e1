"""What every service is built with, and the acting user passed to each operation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee

from counterapp.domain.permissions import Role
from counterapp.settings import Settings


def _local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass
class ServiceContext:
    """The database, the settings and the clock (tests move the clock, never sleep)."""

    db: peewee.Database
    settings: Settings
    clock: Callable[[], dt.datetime] = field(default=_local_now)

    def now(self) -> dt.datetime:
        """Local time to the second."""
        return self.clock()


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf an operation runs."""

    id: int
    login: str
    display_name: str
    role: Role
    language: str = ""


@dataclass(frozen=True)
class Approval:
    """A senior's or manager's PIN checked on the spot for one action."""

    approver_id: int
    approver_login: str
    approver_role: Role
    action: str
    reason: str = ""
