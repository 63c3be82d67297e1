"""The phone controller's plain states and what it asks of its view (no Qt).

``PhoneState`` is everything the phone view paints; ``CardState`` is the caller card's part
of it; ``PhoneHost`` is what the view implements for the controller
(``view_host.PhoneDialogs``; tests use a recording fake).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from counterapp.services.call_history import CallRow
from counterapp.services.calls import CallerCard, CallerMatch
from counterapp.services.cart import CartDraft
from counterapp.services.standing_orders_rows import NextRunRow, RunRow

IDLE, RINGING, IN_CALL = "idle", "ringing", "in_call"
RING_TIMEOUT_S = 30  # an incoming call nobody answers in this time is logged as missed
# end_call refuses a callback time that is not in the future: a missed call's callback is
# planned this far ahead, i.e. due for the rep at once.
MISSED_CALLBACK_AFTER = dt.timedelta(minutes=1)
# Outcomes that mean the customer was reached: the call-list task behind the call is done.
REACHED = frozenset({"ordered", "information_given", "account_updated", "not_interested",
                     "wrong_number"})


@dataclass(frozen=True)
class CardState:
    """What the caller card shows; ``kind`` is idle, error, unknown, choices or card."""

    kind: str = "idle"
    number: str = ""
    matches: tuple[CallerMatch, ...] = ()
    card: CallerCard | None = None
    message: str = ""
    next_runs: tuple[NextRunRow, ...] = ()  # the caller's standing orders' next runs


@dataclass(frozen=True)
class PhoneState:
    """Everything the phone view paints."""

    phase: str = IDLE
    direction: str = ""
    call: CallRow | None = None
    caller: CardState = field(default_factory=CardState)
    purpose: str = ""
    outcome: str = ""
    notes: str = ""
    callback_on: bool = False
    callback_at: dt.datetime | None = None
    input_error: str = ""
    call_error: str = ""
    saved: CallRow | None = None  # the call just saved: "Call saved: outcome", its duration
    missed: bool = False  # ``saved`` is a missed (declined or unanswered) incoming call
    offer_resume: bool = False

    @property
    def in_call(self) -> bool:
        """A call record is open."""
        return self.call is not None

    @property
    def ringing(self) -> bool:
        """A caller is shown; Answer or Decline decides."""
        return self.phase == RINGING

    @property
    def card(self) -> CallerCard | None:
        """The caller's account while it is known (ringing or in the call)."""
        return self.caller.card if self.phase != IDLE else None

    @property
    def can_repeat(self) -> bool:
        """The caller has an order to repeat."""
        return self.in_call and self.card is not None and self.card.has_orders

    @property
    def offers_handover(self) -> bool:
        """A colleague manages the account: a handover note is offered."""
        return self.in_call and self.card is not None and self.card.managed_by_other

    @property
    def offers_lead(self) -> bool:
        """In a call with nobody named yet: a new lead is offered."""
        return self.in_call and self.card is None


class PhoneHost(Protocol):
    """What the controller asks of its view (other panels, dialogs, the OS)."""

    def caller_shown(self, number: str) -> None:
        """The card (or pick list) of this E.164 number is painted (before the write)."""

    def call_started(self, call_id: int) -> None:
        """A call record was opened."""

    def call_logged(self, call_id: int) -> None:
        """A call ended and was saved."""

    def park_sale(self) -> None:
        """Ask the counter to park its open sale (it answers with ``set_sale_parked``)."""

    def start_phone_order(self, customer_id: int, call_id: int) -> None:
        """The counter's cart becomes this call's phone order."""

    def load_draft(self, draft: CartDraft) -> None:
        """Show this draft (the repeated order) as the counter's cart."""

    def resume_parked(self, parked_id: int) -> None:
        """The counter resumes this parked sale."""

    def ask_new_lead(self, number: str) -> CallerMatch | None:
        """The new-lead form (it saves through ``services.calls.create_lead``)."""

    def edit_account(self, customer_id: int) -> bool:
        """The customer dialog; True when it saved a change."""

    def ask_handover(self, card: CallerCard, call_id: int | None) -> bool:
        """The handover note form; True when a note was left."""

    def open_inquiry(self, customer_id: int | None) -> None:
        """Price and stock for this customer's price list."""

    def open_history(self, customer_id: int | None, title: str) -> None:
        """The call history of one customer (``None``: the team)."""

    def open_url(self, url: str) -> None:
        """Hand ``tel:NUMBER`` to the OS dialer."""

    def notify(self, text: str) -> None:
        """A short message for the status bar."""

    def confirm_standing(self, run: RunRow, call_id: int) -> str | None:
        """The standing order's confirmation for ``run`` (settled through the service with
        ``call_id``); the note the call keeps, or ``None`` when the rep closed it."""
