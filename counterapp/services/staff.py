"""Staff: log in with login + PIN, approvals on the spot, users managed by managers.

PINs are hashed with argon2id; the hash string carries its own parameters. Wrong login
PINs slow the next attempt down (from the third on) and lock the user at the tenth until a
manager unlocks them or resets their PIN. Wrong *approval* PINs are counted per (approver,
requester) instead, so a junior guessing a manager's PIN locks only their own requests to
that manager. ``approve`` is the only maker of an ``Approval`` the other services accept.
Every lock and unlock is audited; PINs are never logged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from counterapp.db.models import User
from counterapp.domain.errors import AuthenticationFailed, NotFound, ValidationError
from counterapp.domain.permissions import Action, Role, can_approve
from counterapp.domain.pins import make_pin_hasher
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.context import Actor, Approval, ServiceContext, authorize

LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
PIN_RE = re.compile(r"^\d{4,8}$")
SLOW_DOWN_AFTER = 3
LOCK_AFTER = 10
MANAGER_WAIT_S = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt: 0, 0, 0, 1, 2, 4, 8, 16, 30, 30, then 300.

    From the tenth failure on (where other roles are locked) a manager waits five minutes
    between attempts: at that pace a 4-digit PIN takes weeks to guess.
    """
    if failures < SLOW_DOWN_AFTER:
        return 0.0
    if failures >= LOCK_AFTER:
        return MANAGER_WAIT_S
    return float(min(30, 2 ** (failures - SLOW_DOWN_AFTER)))



def refuse_while_waiting(failures: int, last_failed_at: dt.datetime | None,
                         now: dt.datetime) -> None:
    """``AuthenticationFailed`` (with ``retry_after_s``) while the back-off of ``failures``
    wrong PINs since ``last_failed_at`` runs: the same wait for logins and approvals."""
    wait = delay_after(failures)
    if wait and last_failed_at and now < last_failed_at + dt.timedelta(seconds=wait):
        remaining = (last_failed_at + dt.timedelta(seconds=wait) - now).total_seconds()
        raise AuthenticationFailed(f"too many wrong PINs: wait {int(remaining) + 1} s",
                                   retry_after_s=remaining)

@dataclass(frozen=True)
class UserRow:
    """A user as listed for managers."""

    id: int
    login: str
    display_name: str
    role: Role
    mentor_login: str
    active: bool
    locked: bool
    failed_pins: int


def _actor(user: User) -> Actor:
    return Actor(id=user.id, login=user.login, display_name=user.display_name,
                 role=Role(user.role), language=user.language)


class StaffService:
    """Login, approval and user administration."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self._hasher = make_pin_hasher()

    # -- PINs ------------------------------------------------------------------------------
    def hash_pin(self, pin: str) -> str:
        """argon2id hash of a PIN that passed ``validate_pin``."""
        return self._hasher.hash(self.validate_pin(pin))

    @staticmethod
    def validate_pin(pin: object, field: str = "pin") -> str:
        """A PIN is 4 to 8 digits."""
        if not isinstance(pin, str) or not PIN_RE.match(pin):
            raise ValidationError(field, "a PIN is 4 to 8 digits")
        return pin

    def _check_pin(self, user: User, pin: str) -> bool:
        try:
            return self._hasher.verify(user.pin_hash, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _attempt(self, login: str, pin: str, *, purpose: str) -> User:
        """Check login + PIN, counting failures toward the user's lockout (one transaction)."""
        login = (login or "").strip().lower()
        now = self.ctx.now()
        with self.ctx.db.atomic():
            user = User.get_or_none(User.login == login)
            if user is None or not user.active:
                raise AuthenticationFailed("unknown user or wrong PIN")
            if user.locked:
                raise AuthenticationFailed(
                    f"{user.display_name} is locked after too many wrong PINs; "
                    "a manager must unlock the account", locked=True)
            refuse_while_waiting(user.failed_pins, user.last_failed_at, now)
            if isinstance(pin, str) and self._check_pin(user, pin):
                if user.failed_pins:
                    user.failed_pins = 0
                    user.last_failed_at = None
                    user.save()
                if self._hasher.check_needs_rehash(user.pin_hash):
                    user.pin_hash = self._hasher.hash(pin)
                    user.save()
                return user
            user.failed_pins += 1
            user.last_failed_at = now
            # Anyone can type a manager's login at the login screen: locking managers would
            # let a junior lock the shop out of every manager-only operation, unlock included.
            # A manager is slowed to one attempt per five minutes instead.
            locked = user.failed_pins >= LOCK_AFTER and Role(user.role) != Role.MANAGER
            if locked:
                user.locked = True
                audit.record(None, "user_locked", entity="user", entity_id=user.login,
                             reason=f"{user.failed_pins} wrong PINs ({purpose})", at=now)
            elif user.failed_pins == LOCK_AFTER:
                audit.record(None, "user_throttled", entity="user", entity_id=user.login,
                             reason=f"{user.failed_pins} wrong PINs ({purpose})", at=now)
            user.save()
        if locked:
            raise AuthenticationFailed(
                f"{user.display_name} is now locked after {LOCK_AFTER} wrong PINs", locked=True)
        raise AuthenticationFailed("unknown user or wrong PIN",
                                   retry_after_s=delay_after(user.failed_pins))

    def login(self, login: str, pin: str) -> Actor:
        """The actor for ``login`` + ``pin``, or ``AuthenticationFailed``."""
        user = self._attempt(login, pin, purpose="login")
        return _actor(user)

    def actor(self, login: str) -> Actor:
        """The actor for a login without a PIN (command line, tests' ``user=``)."""
        user = User.get_or_none(User.login == (login or "").strip().lower())
        if user is None or not user.active:
            raise NotFound("user", login)
        return _actor(user)

    def approve(self, approver_login: str, pin: str, action: Action, *, requester: Actor,
                amount=None, reason: str = "") -> Approval:
        """Check a senior's or manager's PIN for one action of ``requester``; the approval.

        The only way to make an ``Approval`` the other services accept: it carries a token
        registered here, is good for this requester only, and is spent by the operation it
        allows. Nobody approves their own request. Wrong PINs count per (approver,
        requester): from the third the requester waits, at the tenth *their* approval
        attempts against this approver are locked until a manager unlocks the requester;
        the approver's own login is never slowed down or locked by someone else's guesses.
        """
        action = Action(action)
        if requester is None:
            raise AuthenticationFailed("log in first")
        reason = clean_text("reason", reason, max_length=500)
        login = (approver_login or "").strip().lower()
        now = self.ctx.now()
        desk = self.ctx.approvals
        approver = User.get_or_none(User.login == login)
        failures = desk._failures_of(login, requester.id)
        if failures.count >= LOCK_AFTER:
            raise AuthenticationFailed(
                f"too many wrong approval PINs from {requester.display_name} for this approver:"
                " a manager must unlock them", locked=True)
        refuse_while_waiting(failures.count, failures.last_at, now)
        usable = approver is not None and approver.active and not approver.locked
        if not (usable and isinstance(pin, str) and self._check_pin(approver, pin)):
            failures.count += 1
            failures.last_at = now
            if failures.count == LOCK_AFTER:
                with self.ctx.db.atomic():
                    audit.record(requester, "approval_attempts_locked", entity="user",
                                 entity_id=login, reason=f"{LOCK_AFTER} wrong approval PINs "
                                 f"for {action}", at=now)
            raise AuthenticationFailed("unknown user or wrong PIN",
                                       retry_after_s=delay_after(failures.count))
        failures.count, failures.last_at = 0, None
        if approver.id == requester.id:
            raise AuthenticationFailed("you cannot approve your own request")
        limits = self.ctx.limits()
        if not can_approve(Role(approver.role), action, amount, limits.discount,
                           approval_limits=limits.approval):
            raise AuthenticationFailed(f"{approver.display_name} may not approve this")
        return desk._issue(Approval(
            approver_id=approver.id, approver_login=approver.login,
            approver_role=Role(approver.role), action=str(action), reason=reason,
            requester_id=requester.id, amount=amount), now)

    # -- administration ----------------------------------------------------------------------
    def count_users(self) -> int:
        """How many users exist (the first-run dialog appears at zero)."""
        return User.select().count()

    def create_user(self, actor: Actor | None, login: str, display_name: str, role: str,
                    pin: str, mentor_login: str | None = None) -> UserRow:
        """Create a user. Only managers may, except the very first user (who must be a manager)."""
        login = clean_text("login", login, required=True, max_length=40).lower()
        if not LOGIN_RE.match(login):
            raise ValidationError("login", "use 2–40 lower-case letters, digits, '.', '_' or '-'")
        display_name = clean_text("name", display_name, required=True, max_length=120)
        try:
            role = Role(role)
        except ValueError:
            raise ValidationError("role", f"'{role}' is not a role "
                                  "(junior, senior, account-manager, manager)") from None
        pin_hash = self.hash_pin(pin)
        with self.ctx.db.atomic():
            first = User.select().count() == 0
            if first:
                if role != Role.MANAGER:
                    raise ValidationError("role", "the first user of a shop must be a manager")
            elif actor is None:
                pass  # in-process set-up (demo, tests); the command line always names its user
            else:
                authorize(self.ctx, actor, Action.EDIT_USERS)
            if User.select().where(User.login == login).exists():
                raise ValidationError("login", f"'{login}' is already taken")
            mentor = None
            if mentor_login:
                mentor = User.get_or_none(User.login == mentor_login.strip().lower())
                if mentor is None:
                    raise ValidationError("mentor", f"no user '{mentor_login}'")
                if Role(mentor.role) not in (Role.SENIOR, Role.MANAGER):
                    raise ValidationError("mentor", "a mentor must be a senior rep or a manager")
            user = User.create(login=login, display_name=display_name, role=role.value,
                               pin_hash=pin_hash, mentor=mentor)
            audit.record(actor, "user_created", entity="user", entity_id=login,
                         after={"role": role.value, "mentor": mentor_login or ""})
        return self._row(user)

    def list_users(self) -> list[UserRow]:
        """All users, by login."""
        return [self._row(u) for u in User.select().order_by(User.login)]

    def reset_pin(self, actor: Actor, login: str, new_pin: str) -> None:
        """A manager sets a new PIN; it clears the user's lock and failure count."""
        pin_hash = self.hash_pin(new_pin)
        with self.ctx.db.atomic():
            authorize(self.ctx, actor, Action.EDIT_USERS)
            user = self._get(login)
            user.pin_hash = pin_hash
            user.failed_pins = 0
            user.last_failed_at = None
            user.locked = False
            user.save()
            audit.record(actor, "pin_reset", entity="user", entity_id=user.login)
        # Guesses at the old PIN mean nothing against the new one.
        self.ctx.approvals._clear_failures(approver_login=user.login)

    def unlock(self, actor: Actor, login: str) -> None:
        """A manager unlocks a user locked by wrong PINs (at login or asking for approvals)."""
        with self.ctx.db.atomic():
            authorize(self.ctx, actor, Action.UNLOCK_USER)
            user = self._get(login)
            user.locked = False
            user.failed_pins = 0
            user.last_failed_at = None
            user.save()
            audit.record(actor, "user_unlocked", entity="user", entity_id=user.login)
        self.ctx.approvals._clear_failures(requester_id=user.id)

    def set_mentor(self, actor: Actor, login: str, mentor_login: str | None) -> UserRow:
        """A manager gives a user a mentor (a senior rep or a manager), or none."""
        with self.ctx.db.atomic():
            authorize(self.ctx, actor, Action.EDIT_USERS)
            user = self._get(login)
            mentor = None
            if mentor_login:
                mentor = self._get(mentor_login)
                if Role(mentor.role) not in (Role.SENIOR, Role.MANAGER):
                    raise ValidationError("mentor", "a mentor must be a senior rep or a manager")
                if mentor.id == user.id:
                    raise ValidationError("mentor", "nobody is their own mentor")
            before = user.mentor.login if user.mentor_id else ""
            user.mentor = mentor
            user.save()
            audit.record(actor, "user_mentor_set", entity="user", entity_id=user.login,
                         before={"mentor": before}, after={"mentor": mentor_login or ""},
                         at=self.ctx.now())
            return self._row(user)

    def set_role(self, actor: Actor, login: str, role: str) -> UserRow:
        """A manager changes a user's role (never their own: a shop keeps its manager)."""
        try:
            role = Role(role)
        except ValueError:
            raise ValidationError("role", f"'{role}' is not a role") from None
        with self.ctx.db.atomic():
            authorize(self.ctx, actor, Action.EDIT_USERS)
            user = self._get(login)
            if user.id == actor.id and role != Role(user.role):
                raise ValidationError("role", "you cannot change your own role")
            before = user.role
            user.role = role.value
            user.save()
            audit.record(actor, "user_role_changed", entity="user", entity_id=user.login,
                         before={"role": before}, after={"role": role.value}, at=self.ctx.now())
            return self._row(user)

    def set_active(self, actor: Actor, login: str, active: bool) -> UserRow:
        """A manager deactivates a user who left (they can no longer log in) or reactivates."""
        with self.ctx.db.atomic():
            authorize(self.ctx, actor, Action.EDIT_USERS)
            user = self._get(login)
            if user.id == actor.id and not active:
                raise ValidationError("active", "you cannot deactivate yourself")
            user.active = bool(active)
            user.save()
            audit.record(actor, "user_activated" if active else "user_deactivated",
                         entity="user", entity_id=user.login, at=self.ctx.now())
            return self._row(user)

    def _get(self, login: str) -> User:
        user = User.get_or_none(User.login == (login or "").strip().lower())
        if user is None:
            raise NotFound("user", login)
        return user

    @staticmethod
    def _row(user: User) -> UserRow:
        return UserRow(id=user.id, login=user.login, display_name=user.display_name,
                       role=Role(user.role), mentor_login=user.mentor.login if user.mentor_id else "",
                       active=user.active, locked=user.locked, failed_pins=user.failed_pins)
