"""The payment dialog's rules without Qt: which payments, what is left, what change is due.

``PaymentController.tender(method, amount)`` is the one function both orders of the clerk's
hands go through: Cash pressed and then 20 typed, or 20 typed and then Cash pressed, both
end in the same *open* line (cash, tendered 20) and the same change. A line is *booked*
(frozen, the field empties for the next one) only when it pays part of the sale, so an
amount typed after a method always updates the line that method opened; it can never
become a second line next to a cash line that already took the whole amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from counterapp.services.cart import PaymentInput

ZERO = Decimal("0.00")
METHODS = ("cash", "card", "account")

# Why the open line cannot be taken as it is (the dialog words these).
OVER_DUE = "over_due"  # card or account for more than what is left
NO_ACCOUNT = "no_account"  # on account for a walk-in or consumer
PAID_IN_FULL = "paid_in_full"  # an amount typed when nothing is left to pay
BANKNOTES = tuple(Decimal(note) for note in ("5", "10", "20", "50", "100"))


def quick_cash(due: Decimal, notes: int = 3) -> tuple[Decimal, ...]:
    """The quick-cash amounts for ``due``: exact, then the next ``notes`` banknotes above it.

    A note equal to ``due`` is the exact amount, so it is not offered twice; nothing is
    offered when nothing is due.
    """
    if due <= 0:
        return ()
    return (due, *[note for note in BANKNOTES if note > due][:notes])


@dataclass(frozen=True)
class PaymentLine:
    """One payment: ``amount`` applies to the sale; cash also has what was handed over."""

    method: str
    amount: Decimal
    tendered: Decimal | None = None

    @property
    def change(self) -> Decimal:
        """What goes back to the customer from this line."""
        return ZERO if self.tendered is None else self.tendered - self.amount

    def as_input(self) -> PaymentInput:
        """The line as the checkout service takes it."""
        return PaymentInput(self.method, self.amount, tendered=self.tendered)


@dataclass(frozen=True)
class PaymentState:
    """What the payment dialog paints.

    ``lines`` are the booked lines followed by the open one (``open_line``), if any;
    ``problem`` is one of ``OVER_DUE``, ``NO_ACCOUNT``, ``PAID_IN_FULL`` or ``""``;
    ``can_confirm`` is true when the lines cover the sale exactly (cash may exceed it).
    """

    gross: Decimal
    lines: tuple[PaymentLine, ...]
    open_line: PaymentLine | None
    remaining: Decimal
    change: Decimal
    can_confirm: bool
    problem: str = ""


class PaymentController:
    """Payment lines for a sale of ``gross`` (no Qt; the dialog calls it on every change)."""

    def __init__(self, gross: Decimal, *, account_allowed: bool = False):
        self.gross = gross
        self.account_allowed = account_allowed
        self._booked: list[PaymentLine] = []
        self._open: tuple[str, Decimal | None] | None = None
        self.state = self._compute()

    # -- what the clerk does ---------------------------------------------------------------
    def tender(self, method: str, amount: Decimal | None) -> PaymentState:
        """The open line becomes ``amount`` by ``method``; ``None`` means "the rest"."""
        if method not in METHODS:
            raise ValueError(f"unknown payment method {method!r}")
        self._open = (method, amount)
        return self._set()

    def untender(self) -> PaymentState:
        """No open line (the field was emptied before a method was chosen)."""
        self._open = None
        return self._set()

    def book(self) -> PaymentState:
        """Freeze the open line (when it is valid) so the next amount starts a new line."""
        line = self.state.open_line
        if line is not None and not self.state.problem and line.amount > 0:
            self._booked.append(line)
            self._open = None
        return self._set()

    def remove(self, index: int) -> PaymentState:
        """Take line ``index`` of ``state.lines`` away (the open line is the last one)."""
        if 0 <= index < len(self._booked):
            del self._booked[index]
        elif index == len(self._booked) and self._open is not None:
            self._open = None
        return self._set()

    def clear(self) -> PaymentState:
        """Start again with no line (the checkout failed and the clerk re-enters them)."""
        self._booked.clear()
        self._open = None
        return self._set()

    @property
    def due(self) -> Decimal:
        """What is left before the open line: what a new (or the open) line pays at most."""
        return max(ZERO, self.gross - sum((line.amount for line in self._booked), ZERO))

    def payments(self) -> list[PaymentInput]:
        """The lines to check out with (the open one included when it is valid)."""
        return [line.as_input() for line in self.state.lines]

    # -- arithmetic --------------------------------------------------------------------------
    def _set(self) -> PaymentState:
        self.state = self._compute()
        return self.state

    def _compute(self) -> PaymentState:
        booked = tuple(self._booked)
        before = max(ZERO, self.gross - sum((line.amount for line in booked), ZERO))
        open_line, problem = self._open_line(before)
        lines = booked + ((open_line,) if open_line is not None else ())
        remaining = max(ZERO, self.gross - sum((line.amount for line in lines), ZERO))
        change = sum((line.change for line in lines), ZERO)
        return PaymentState(self.gross, lines, open_line, remaining, change,
                            can_confirm=remaining == 0 and not problem, problem=problem)

    def _open_line(self, before: Decimal) -> tuple[PaymentLine | None, str]:
        if self._open is None:
            return None, ""
        method, amount = self._open
        if before <= 0:
            return None, PAID_IN_FULL if amount is not None else ""
        if method == "account" and not self.account_allowed:
            return None, NO_ACCOUNT
        if method == "cash":
            tendered = before if amount is None else amount
            return PaymentLine("cash", min(tendered, before), tendered), ""
        value = before if amount is None else amount
        if value > before:
            return None, OVER_DUE
        return PaymentLine(method, value), ""
