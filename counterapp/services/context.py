"""What every service is built with, the acting user, and the on-the-spot approvals.

``authorize`` is the one permission check every service calls: the decision is
``domain.permissions.judge``; an ``Approval`` counts only if the staff service issued it
after checking the approver's PIN (``ApprovalDesk``), for this requester, and it is spent
once, when the operation that used it commits.
"""

from __future__ import annotations

import datetime as dt
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from counterapp.domain.errors import PermissionDenied
from counterapp.domain.permissions import Action, Limits, Role, judge
from counterapp.settings import Settings

# An approval is given for the sale or the change in front of both people; one left unused
# for this long is forgotten.
APPROVAL_TTL = dt.timedelta(hours=2)


def _local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


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
    """A senior's or manager's PIN checked on the spot for one action of one requester.

    Only ``StaffService.approve`` makes a valid one: ``token`` is registered in the
    ``ApprovalDesk`` of the services' context. One built by hand is refused.
    """

    approver_id: int
    approver_login: str
    approver_role: Role
    action: str
    reason: str = ""
    requester_id: int = 0
    amount: Decimal | None = None
    token: str = ""


@dataclass
class _Failures:
    count: int = 0
    last_at: dt.datetime | None = None


class ApprovalDesk:
    """Issued approval tokens and wrong approval PINs, shared by the services of one app.

    Tokens: issued by the staff service after a PIN check, claimed by the operation that
    uses them and spent when it commits (given back if it fails, so a retried checkout does
    not ask for the PIN again). Wrong approval PINs are counted per (approver, requester):
    a junior guessing a manager's PIN locks only their own approval attempts against that
    manager, never the manager's login.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._issued: dict[str, tuple[Approval, dt.datetime]] = {}
        self._failures: dict[tuple[str, int], _Failures] = {}
        self._local = threading.local()

    # -- tokens ------------------------------------------------------------------------------
    def _issue(self, approval: Approval, now: dt.datetime) -> Approval:
        """Register a PIN-checked approval (staff service only) and return it with its token."""
        with self._lock:
            for token, (_a, at) in list(self._issued.items()):
                if now - at > APPROVAL_TTL:
                    del self._issued[token]
            issued = Approval(**{**approval.__dict__, "token": secrets.token_hex(16)})
            self._issued[issued.token] = (issued, now)
            return issued

    def _lookup(self, presented: Approval, requester_id: int,
                now: dt.datetime) -> Approval | None:
        """The registered approval behind ``presented`` for this requester, or ``None``."""
        with self._lock:
            entry = self._issued.get(getattr(presented, "token", "") or "")
        if entry is None:
            return None
        issued, at = entry
        if issued != presented or issued.requester_id != requester_id \
                or now - at > APPROVAL_TTL:
            return None
        return issued

    def _claim(self, issued: Approval) -> bool:
        """Take ``issued`` out of the desk; ``False`` if another operation took it first."""
        with self._lock:
            entry = self._issued.pop(issued.token, None)
        if entry is None:
            return False
        claims = getattr(self._local, "claims", None)
        if claims:
            claims[-1].append(entry)
        return True

    @contextmanager
    def spending(self) -> Iterator[None]:
        """Approvals claimed inside are spent if the block succeeds, given back if it raises.

        Enter it *outside* the operation's ``db.atomic()`` so a failed commit gives them back.
        """
        stack = getattr(self._local, "claims", None)
        if stack is None:
            stack = self._local.claims = []
        stack.append([])
        try:
            yield
        except BaseException:
            claimed = stack.pop()
            with self._lock:
                for issued, at in claimed:
                    self._issued[issued.token] = (issued, at)
            raise
        else:
            claimed = stack.pop()
            if stack:  # nested: the outer operation decides
                stack[-1].extend(claimed)

    def is_live(self, approval: Approval) -> bool:
        """Whether ``approval`` is issued and not yet spent (for tests and the UI's cart)."""
        with self._lock:
            entry = self._issued.get(approval.token)
            return entry is not None and entry[0] == approval

    # -- wrong approval PINs, per (approver, requester) -------------------------------------------
    def _failures_of(self, approver_login: str, requester_id: int) -> _Failures:
        """The count for this pair (by login, so guesses at unknown logins count too)."""
        with self._lock:
            return self._failures.setdefault((approver_login, requester_id), _Failures())

    def _clear_failures(self, *, approver_login: str | None = None,
                        requester_id: int | None = None) -> None:
        with self._lock:
            for key in list(self._failures):
                if (approver_login is not None and key[0] == approver_login) or \
                        (requester_id is not None and key[1] == requester_id):
                    del self._failures[key]


@dataclass
class ServiceContext:
    """The database, the settings, the clock (tests move it, never sleep) and the approvals."""

    db: peewee.Database
    settings: Settings
    clock: Callable[[], dt.datetime] = field(default=_local_now)
    approvals: ApprovalDesk = field(default_factory=ApprovalDesk)

    def now(self) -> dt.datetime:
        """Local time to the second."""
        return self.clock()

    def limits(self) -> Limits:
        """The shop's discount, approval and refund limits by role."""
        return Limits(discount=self.settings.discount_limits(),
                      approval=self.settings.approval_limits())


def authorize(ctx: ServiceContext, actor: Actor | None, action: Action,
              amount: Decimal | None = None, approvals: Iterable[Approval] = ()
              ) -> Approval | None:
    """The one permission check of every service method.

    Returns ``None`` when ``actor`` may do ``action`` alone, or the approval that allowed it
    (claimed: spent when the enclosing ``ctx.approvals.spending()`` block succeeds, at once
    outside one). Raises ``PermissionDenied`` (``needs_approval`` when a senior's PIN would
    do): no actor, a role that may not, no valid approval, a forged or spent one, one for
    someone else, the requester's own, or one beyond what the approver may approve.
    """
    if actor is None:
        raise PermissionDenied(action, "log in first")
    return _authorize(ctx, actor, Action(action), amount, approvals, ctx.limits())


def _authorize(ctx: ServiceContext, actor: Actor, action: Action, amount, approvals,
               limits: Limits) -> Approval | None:
    try:
        judge(actor.id, actor.role, action, amount, limits=limits)
        return None
    except PermissionDenied as denied:
        if not denied.needs_approval:
            raise
        refusal = denied
    now = ctx.now()
    for presented in approvals or ():
        if str(presented.action) != str(action):
            continue
        issued = ctx.approvals._lookup(presented, actor.id, now)
        if issued is None:
            refusal = PermissionDenied(action, "this approval is not valid (already used, "
                                       "expired or not given for you): ask again",
                                       needs_approval=True, amount=amount)
            continue
        try:
            judge(actor.id, actor.role, action, amount, approver_id=issued.approver_id,
                  approver_role=issued.approver_role, approved_amount=issued.amount,
                  limits=limits)
        except PermissionDenied as denied:
            refusal = denied
            continue
        if ctx.approvals._claim(issued):
            return issued
    raise refusal
