"""retry_transient: repeats only DatabaseRetryable, with backoff, within its time budget."""

from __future__ import annotations

import pytest

from counterapp.domain.errors import DatabaseRetryable, ValidationError
from counterapp.services.retry import retry_transient


class FakeTime:
    """A clock that moves only when the helper sleeps."""

    def __init__(self):
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_retries_until_it_works():
    fake = FakeTime()
    outcomes = [DatabaseRetryable("down"), DatabaseRetryable("down"), "sold"]
    seen = []

    def operation():
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    assert retry_transient(operation, on_retry=seen.append, sleep=fake.sleep,
                           clock=fake.clock) == "sold"
    assert len(seen) == 2 and fake.sleeps == [0.05, 0.1]


def test_gives_up_within_the_budget_with_the_last_error():
    fake = FakeTime()

    def operation():
        raise DatabaseRetryable(f"down at {fake.now:.2f}")

    with pytest.raises(DatabaseRetryable):
        retry_transient(operation, sleep=fake.sleep, clock=fake.clock)
    assert fake.now <= 10.0
    assert max(fake.sleeps) <= 1.0  # a server back after a restart is found within a second


def test_other_errors_are_not_retried():
    fake = FakeTime()
    calls = []

    def operation():
        calls.append(1)
        raise ValidationError("quantity", "must be positive")

    with pytest.raises(ValidationError):
        retry_transient(operation, sleep=fake.sleep, clock=fake.clock)
    assert calls == [1] and fake.sleeps == []


def test_one_slow_attempt_still_gets_its_retry():
    """An SQLite attempt that waited out the whole busy timeout is tried once more."""
    fake = FakeTime()
    outcomes = ["slow-busy", "sold"]

    def operation():
        if outcomes.pop(0) == "slow-busy":
            fake.now += 10.0  # the busy timeout used up the budget
            raise DatabaseRetryable("busy")
        return "sold"

    assert retry_transient(operation, sleep=fake.sleep, clock=fake.clock) == "sold"
