"""The shared controller pieces: the busy guard, the inline runner, the observable state."""

from __future__ import annotations

from counterapp.ui.common.controller import BusyGuard, Observable, run_inline


def test_busy_guard_refuses_a_second_operation_until_the_first_ends():
    guard = BusyGuard()
    assert guard.begin("pay")
    assert not guard.begin("park")
    assert guard.what == "pay"
    guard.end()
    assert guard.begin("park")


def test_holding_gives_the_guard_back_even_when_the_step_raises():
    guard = BusyGuard()
    try:
        with guard.holding("park") as taken:
            assert taken
            raise RuntimeError("step failed")
    except RuntimeError:
        pass
    assert not guard.busy


def test_holding_a_taken_guard_does_not_release_the_holder():
    guard = BusyGuard()
    guard.begin("pay")
    with guard.holding("park") as taken:
        assert not taken
    assert guard.what == "pay"


def test_run_inline_calls_exactly_one_callback():
    seen = []
    run_inline(lambda: 42, success=seen.append, failure=lambda exc: seen.append(exc))
    run_inline(lambda: 1 / 0, success=seen.append, failure=lambda exc: seen.append(type(exc)))
    assert seen == [42, ZeroDivisionError]


def test_observable_notifies_subscribers_with_the_new_state():
    state = Observable(0)
    seen = []
    state.subscribe(seen.append)
    state.set(3)
    assert state.value == 3 and seen == [3]
