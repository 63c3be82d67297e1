"""Staff service: PIN login, slow-down and lock-out, user administration."""

from __future__ import annotations

import datetime as dt

import pytest

from counterapp.db.models import AuditEntry, User
from counterapp.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from counterapp.services.staff import LOCK_AFTER, delay_after
from tests.conftest import TEST_PINS


@pytest.fixture
def clock(services):
    """A clock the test moves by hand: ``clock.now`` is what the services see."""

    class Clock:
        now = dt.datetime(2026, 11, 27, 9, 0, 0)

        def advance(self, seconds: float) -> None:
            self.now += dt.timedelta(seconds=seconds)

    moving = Clock()
    services.ctx.clock = lambda: moving.now
    return moving


def test_login_with_the_right_pin(services, staff):
    actor = services.staff.login("senior", TEST_PINS["senior"])
    assert actor.login == "senior" and actor.role.value == "senior"
    assert services.staff.login("  SENIOR ", TEST_PINS["senior"]).login == "senior"


def test_wrong_pin_and_unknown_user_say_the_same(services, staff):
    with pytest.raises(AuthenticationFailed) as wrong:
        services.staff.login("senior", "9999")
    with pytest.raises(AuthenticationFailed) as unknown:
        services.staff.login("nobody", "9999")
    assert str(wrong.value) == str(unknown.value)
    assert User.get(User.login == "senior").failed_pins == 1


def test_delay_grows_after_three_wrong_pins(services, staff, clock):
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            services.staff.login("junior", "0000")
        clock.advance(60)
    # The third failure asks for a pause: even the right PIN is refused until it is over.
    with pytest.raises(AuthenticationFailed) as failure:
        services.staff.login("junior", "0000")
    assert failure.value.retry_after_s == delay_after(4) == 2.0
    with pytest.raises(AuthenticationFailed) as waiting:
        services.staff.login("junior", TEST_PINS["junior"])
    assert 0 < waiting.value.retry_after_s <= 2
    assert "wait" in str(waiting.value)
    clock.advance(2)
    assert services.staff.login("junior", TEST_PINS["junior"]).login == "junior"
    assert User.get(User.login == "junior").failed_pins == 0
    assert [delay_after(n) for n in range(3, 10)] == [1, 2, 4, 8, 16, 30, 30]


def test_lock_after_ten_wrong_pins_with_audit_and_manager_unlock(services, staff, clock):
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationFailed) as failure:
            services.staff.login("junior", "0000")
        clock.advance(60)
    assert failure.value.locked
    assert User.get(User.login == "junior").locked
    entry = AuditEntry.get(AuditEntry.action == "user_locked")
    assert entry.entity_id == "junior" and "10 wrong PINs" in entry.reason
    assert "0000" not in entry.reason + entry.before + entry.after
    with pytest.raises(AuthenticationFailed) as locked:
        services.staff.login("junior", TEST_PINS["junior"])
    assert locked.value.locked
    with pytest.raises(PermissionDenied):
        services.staff.unlock(staff["senior"], "junior")
    services.staff.unlock(staff["mgr"], "junior")
    assert AuditEntry.select().where(AuditEntry.action == "user_unlocked").count() == 1
    assert services.staff.login("junior", TEST_PINS["junior"]).login == "junior"


def test_junior_cannot_create_users(services, staff):
    with pytest.raises(PermissionDenied):
        services.staff.create_user(staff["junior"], "newbie", "New Bie", "junior", "5555")
    assert not User.select().where(User.login == "newbie").exists()
    row = services.staff.create_user(staff["mgr"], "newbie", "New Bie", "junior", "5555",
                                     mentor_login="senior")
    assert row.mentor_login == "senior"


def test_first_user_must_be_a_manager(services):
    with pytest.raises(ValidationError) as error:
        services.staff.create_user(None, "first", "First One", "senior", "1234")
    assert error.value.field == "role"
    assert services.staff.count_users() == 0
    services.staff.create_user(None, "boss", "The Boss", "manager", "1234")
    assert services.staff.count_users() == 1


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", None, 1234])
def test_bad_pins_are_refused(services, pin):
    with pytest.raises(ValidationError) as error:
        services.staff.create_user(None, "boss", "The Boss", "manager", pin)
    assert error.value.field == "pin"


def test_bad_roles_and_logins_are_refused(services, staff):
    with pytest.raises(ValidationError) as error:
        services.staff.create_user(staff["mgr"], "x1", "X", "boss", "1234")
    assert error.value.field == "role"
    with pytest.raises(ValidationError) as error:
        services.staff.create_user(staff["mgr"], "Bad Login!", "X", "junior", "1234")
    assert error.value.field == "login"
    with pytest.raises(ValidationError) as error:
        services.staff.create_user(staff["mgr"], "junior", "X", "junior", "1234")
    assert error.value.field == "login"


def test_pin_is_never_stored_in_clear(services, staff):
    for login, pin in TEST_PINS.items():
        stored = User.get(User.login == login).pin_hash
        assert stored.startswith("$argon2id$")
        assert pin not in stored
    for entry in AuditEntry.select():
        for pin in TEST_PINS.values():
            assert pin not in entry.before + entry.after + entry.reason


def test_approval_needs_a_senior_other_than_the_requester(services, staff):
    approval = services.staff.approve("senior", TEST_PINS["senior"], "void_sale",
                                      requester=staff["junior"], reason="scanned twice")
    assert approval.approver_login == "senior"
    with pytest.raises(AuthenticationFailed):
        services.staff.approve("junior", TEST_PINS["junior"], "void_sale",
                               requester=staff["am"])
    with pytest.raises(AuthenticationFailed):
        services.staff.approve("senior", TEST_PINS["senior"], "void_sale",
                               requester=staff["senior"])
