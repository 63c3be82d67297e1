"""``PaymentController``: both orders of "method, then amount" give the same line and change.

Issue #12 item 1: Cash pressed before typing 20 booked the whole amount in cash, then
"Change: 20.00 €" where 7.20 € was due. ``tender`` makes that impossible by construction:
a method and an amount in either order end in the same open line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterapp.services.cart import PaymentInput
from counterapp.ui.counter.controller_payment import (
    NO_ACCOUNT,
    OVER_DUE,
    PAID_IN_FULL,
    PaymentController,
    PaymentLine,
)

D = Decimal


def test_cash_pressed_first_then_20_typed_gives_the_right_change():
    payment = PaymentController(D("12.80"))
    state = payment.tender("cash", None)  # Cash, empty field: the rest, still open
    assert state.lines == (PaymentLine("cash", D("12.80"), D("12.80")),)
    assert (state.remaining, state.change, state.can_confirm) == (D("0.00"), D("0.00"), True)
    state = payment.tender("cash", D("2"))  # the clerk types "20" key by key
    state = payment.tender("cash", D("20"))
    assert state.lines == (PaymentLine("cash", D("12.80"), D("20")),)
    assert (state.remaining, state.change, state.can_confirm) == (D("0.00"), D("7.20"), True)
    assert payment.payments() == [PaymentInput("cash", D("12.80"), tendered=D("20"))]


def test_20_typed_first_then_cash_gives_the_same_state():
    one, other = PaymentController(D("12.80")), PaymentController(D("12.80"))
    one.tender("cash", None)
    first = one.tender("cash", D("20"))
    other.tender("cash", D("2"))  # typing before any method: cash is the default
    second = other.tender("cash", D("20"))  # then Cash pressed
    assert first == second
    assert second.change == D("7.20")


def test_split_cash_then_card_books_the_part_and_the_card_takes_the_rest():
    payment = PaymentController(D("89.00"))
    payment.tender("cash", D("20"))
    state = payment.book()
    assert state.remaining == D("69.00") and state.open_line is None
    state = payment.tender("card", None)
    assert state.can_confirm and state.change == 0
    assert payment.payments() == [PaymentInput("cash", D("20.00"), tendered=D("20")),
                                  PaymentInput("card", D("69.00"))]


def test_card_more_than_due_is_refused_and_counts_for_nothing():
    payment = PaymentController(D("10.00"))
    state = payment.tender("card", D("15"))
    assert state.problem == OVER_DUE and state.lines == () and not state.can_confirm
    assert state.remaining == D("10.00")
    assert payment.book().lines == ()  # a refused line is never booked


def test_on_account_only_for_business_customers():
    assert PaymentController(D("5")).tender("account", None).problem == NO_ACCOUNT
    state = PaymentController(D("5"), account_allowed=True).tender("account", None)
    assert state.can_confirm and state.lines == (PaymentLine("account", D("5")),)


def test_an_amount_typed_when_everything_is_paid_is_refused():
    payment = PaymentController(D("5.00"))
    payment.tender("card", D("5"))
    payment.book()
    assert payment.tender("cash", D("1")).problem == PAID_IN_FULL
    state = payment.tender("cash", None)  # Enter on an empty field: covered, confirm
    assert state.can_confirm and state.problem == ""


def test_lines_can_be_removed_and_cleared():
    payment = PaymentController(D("30.00"))
    payment.tender("cash", D("10"))
    payment.book()
    payment.tender("card", D("5"))
    payment.book()
    state = payment.remove(0)
    assert [line.method for line in state.lines] == ["card"] and state.remaining == D("25.00")
    payment.tender("cash", D("50"))
    state = payment.remove(1)  # the open line
    assert state.open_line is None and state.remaining == D("25.00")
    assert payment.clear().lines == ()


def test_partial_cash_then_cash_for_the_rest_adds_up_and_change_is_per_line():
    payment = PaymentController(D("18.55"))
    payment.tender("cash", D("10"))
    payment.book()
    state = payment.tender("cash", D("10"))
    assert state.remaining == 0 and state.change == D("1.45")


def test_unknown_method_is_a_programming_error():
    with pytest.raises(ValueError):
        PaymentController(D("1")).tender("cheque", None)
