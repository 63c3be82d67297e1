"""The phone panel's controller: the call, who is calling, how it ended — without Qt.

``PhoneController`` holds one call at a time and publishes ``state`` (``PhoneState``): the
phase (``idle``, ``in_call``; ``ringing`` is where #12's "calls ring first" goes: a
looked-up caller with no call record yet), the call record, the caller card as a plain
``CardState`` (idle hint, unreadable number, unknown caller, pick list, account), the
purpose/outcome/notes/callback the rep is filling in and the messages under the number
field and the end-of-call box. The view forwards every edit (``set_outcome``…) and paints
the state; what only a person or another panel can do (park the counter's sale, start
a phone-order cart, the new-lead form, the customer dialog, the OS dialer) goes through
the ``PhoneHost`` the view implements. One ``BusyGuard`` refuses a second take/end while
one is being written. The call list lives in ``controller_list.CallListController``.

Flow: ``take_call(number)`` → lookup (one match: the card; several: the pick list; none:
unknown, ``new_lead`` makes a lead through the one customer-creation path) → the call
record starts (the timer counts from its ``started_at``) → ``host.park_sale()`` → the rep
orders, repeats the last order, asks prices or edits the account → ``end_call`` saves
outcome (required), notes, callback task and the call-list task it answered, in one
transaction, and offers to resume the parked sale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Protocol

from counterapp.domain.errors import CounterAppError
from counterapp.services import Services
from counterapp.services.calls import CallerCard, CallerMatch, CallRow
from counterapp.services.cart import CartDraft
from counterapp.ui.common.controller import BusyGuard, Observable
from counterapp.ui.counter.controller_texts import CounterTexts
from counterapp.ui.phone import controller_texts as t

IDLE, RINGING, IN_CALL = "idle", "ringing", "in_call"
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
    offer_resume: bool = False

    @property
    def in_call(self) -> bool:
        """A call record is open."""
        return self.call is not None

    @property
    def card(self) -> CallerCard | None:
        """The caller's account while it is known."""
        return self.caller.card if self.in_call else None

    @property
    def can_repeat(self) -> bool:
        """The caller has an order to repeat."""
        return self.card is not None and self.card.has_orders

    @property
    def offers_handover(self) -> bool:
        """A colleague manages the account: a handover note is offered."""
        return self.card is not None and self.card.managed_by_other

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


class PhoneController:
    """The phone panel's state and commands (see the module docstring)."""

    def __init__(self, services: Services, session, host: PhoneHost, *,
                 texts: CounterTexts | None = None):
        self.services = services
        self.session = session
        self.host = host
        self.texts = texts or CounterTexts()
        self.guard = BusyGuard()
        self.task_id: int | None = None  # the call-list task this call answers
        self.sale_parked = False
        self.pending_number = ""  # rang while nobody was logged in
        self.state: Observable[PhoneState] = Observable(PhoneState())

    # -- helpers ------------------------------------------------------------------------------
    @property
    def actor(self):
        """The logged-in user (None on a locked workstation)."""
        return self.session.actor

    @property
    def call(self) -> CallRow | None:
        """The open call record."""
        return self.state.value.call

    @property
    def card(self) -> CallerCard | None:
        """The caller's account while a call is open and the caller is known."""
        return self.state.value.card

    def _set(self, **changes) -> None:
        self.state.set(replace(self.state.value, **changes))

    def _say(self, marked: tuple[str, str], *args: object) -> str:
        return self.texts.say(marked, *args)

    def _error(self, exc: BaseException) -> str:
        return self.texts.error_text(exc)

    def elapsed_seconds(self) -> int:
        """Seconds since the call started, from the clock (never counted in ticks)."""
        call = self.call
        if call is None:
            return 0
        return max(0, int((self.services.ctx.now() - call.started_at).total_seconds()))

    # -- a number arrives ----------------------------------------------------------------------
    def incoming(self, number: str) -> bool:
        """A softphone (``counterapp call incoming``) says ``number`` is ringing.

        On a locked workstation the number waits for the next login (``user_changed``).
        """
        if self.actor is None:
            self.pending_number = number
            return False
        return self.take_call(number)

    def user_changed(self, actor) -> None:
        """Someone logged in: a call that rang meanwhile is shown now."""
        if actor is not None and self.pending_number:
            number, self.pending_number = self.pending_number, ""
            self.incoming(number)

    def lookup(self, raw: str) -> CardState | None:
        """Who has ``raw``: the card of one match, the pick list, or unknown.

        An unreadable number is said under the field and on the card; ``None`` then.
        """
        try:
            found = self.services.calls.lookup(raw)
        except CounterAppError as exc:
            text = self._error(exc)
            self._set(input_error=text, caller=CardState("error", message=text))
            return None
        if len(found.matches) == 1:
            match = found.matches[0]
            return self._card_state(found.number, match.customer_id, match.contact_id)
        if found.matches:
            return CardState("choices", found.number, matches=found.matches)
        return CardState("unknown", found.number)

    def _card_state(self, number: str, customer_id: int, contact_id: int | None) -> CardState:
        try:
            card = self.services.calls.caller_card(self.actor, customer_id, contact_id)
        except CounterAppError as exc:
            return CardState("error", number, message=self._error(exc))
        return CardState("card", number, card=card)

    def take_call(self, raw: str, *, direction: str = "inbound",
                  customer_id: int | None = None, contact_id: int | None = None) -> bool:
        """Start a call from ``raw``: ``ring`` then ``answer``; True when it started."""
        return self.ring(raw, direction=direction, customer_id=customer_id,
                         contact_id=contact_id) and self.answer()

    def ring(self, raw: str, *, direction: str = "inbound", customer_id: int | None = None,
             contact_id: int | None = None) -> bool:
        """Show who is calling (phase ``ringing``) without writing anything yet.

        The card is published before the call record is written: a durable commit takes
        longer than the rep should wait to see who is calling.
        """
        if self.actor is None:
            return False
        if self.call is not None:
            self._set(input_error=self._say(t.FINISH_FIRST))
            return False
        caller = self.lookup(raw)
        if caller is None:
            return False
        if customer_id is not None:
            caller = self._card_state(caller.number, customer_id, contact_id)
        self._set(phase=RINGING, direction=direction, caller=caller, input_error="",
                  call_error="", saved=None, offer_resume=False)
        self.host.caller_shown(caller.number)
        return True

    def answer(self) -> bool:
        """Take the ringing call: the call record (the timer's start), then park the sale."""
        state, actor = self.state.value, self.actor
        if state.phase != RINGING or actor is None:
            return False
        card = state.caller.card
        with self.guard.holding("answer") as taken:
            if not taken:
                return False
            try:
                call = self.services.calls.start_call(
                    actor, state.caller.number, direction=state.direction,
                    customer_id=card.customer_id if card else None,
                    contact_id=card.contact_id if card else None)
            except CounterAppError as exc:
                text = self._error(exc)
                self._set(phase=IDLE, input_error=text, caller=CardState("error", message=text))
                return False
            soon = call.started_at.replace(minute=0, second=0, microsecond=0) \
                + dt.timedelta(hours=2)
            self.sale_parked = False
            self._set(phase=IN_CALL, call=call, callback_at=soon)
        self.host.park_sale()
        self.host.call_started(call.id)
        return True

    def set_sale_parked(self, parked: bool) -> None:
        """The counter says whether it parked a sale for this call."""
        self.sale_parked = bool(parked)

    def choose_caller(self, customer_id: int, contact_id: int | None = None) -> bool:
        """The rep picked who is calling (pick list or a new lead); True when recorded."""
        call = self.call
        if call is None or self.actor is None:
            return False
        try:
            call = self.services.calls.set_customer(self.actor, call.id, customer_id,
                                                    contact_id or None)
        except CounterAppError as exc:
            self._set(caller=CardState("error", self.state.value.caller.number,
                                       message=self._error(exc)))
            return False
        self._set(call=call, caller=self._card_state(call.number, customer_id,
                                                     contact_id or None))
        return True

    def refresh_card(self) -> None:
        """Reload the caller's account (after an edit or an order taken on the call)."""
        card = self.card
        if card is not None:
            self._set(caller=self._card_state(self.state.value.caller.number, card.customer_id,
                                              card.contact_id))

    def new_lead(self) -> bool:
        """The unknown caller becomes a lead with this number (the host's form saves it)."""
        call = self.call
        if call is None or self.actor is None or self.card is not None:
            return False
        match = self.host.ask_new_lead(call.number)
        if match is None:
            return False
        return self.choose_caller(match.customer_id, match.contact_id)

    # -- what the rep fills in -----------------------------------------------------------------
    def set_purpose(self, purpose: str) -> None:
        """The purpose the rep picked ("" clears it)."""
        if self.call is not None:
            self._set(purpose=purpose or "")

    def _suggest_purpose(self, purpose: str) -> None:
        """A command implies a purpose; the rep's own choice wins."""
        if not self.state.value.purpose:
            self._set(purpose=purpose)

    def set_outcome(self, outcome: str) -> None:
        """The outcome picked; a callback request turns the callback time on."""
        if self.call is None:
            return
        changes: dict = {"outcome": outcome or ""}
        if outcome == "callback_requested":
            changes["callback_on"] = True
        if outcome:
            changes["call_error"] = ""
        self._set(**changes)

    def set_notes(self, notes: str) -> None:
        """The notes as typed."""
        if self.call is not None and notes != self.state.value.notes:
            self._set(notes=notes)

    def set_callback(self, on: bool, at: dt.datetime | None = None) -> None:
        """Call back (or not) at ``at`` (minutes only: seconds are dropped)."""
        if self.call is None:
            return
        at = self.state.value.callback_at if at is None else at
        self._set(callback_on=bool(on),
                  callback_at=at.replace(second=0, microsecond=0) if at else None)

    # -- during the call -----------------------------------------------------------------------
    def phone_order(self) -> bool:
        """The counter cart becomes this call's phone order (delivery)."""
        call, card = self.call, self.card
        if call is None or card is None:
            return False
        self._suggest_purpose("order")
        self.host.start_phone_order(card.customer_id, call.id)
        return True

    def repeat_last_order(self) -> bool:
        """The caller's last order goes into the counter cart as a phone order."""
        call, card = self.call, self.card
        if call is None or card is None:
            return False
        try:
            draft = self.services.sales.last_order_draft(card.customer_id)
        except CounterAppError as exc:
            self._set(call_error=self._error(exc))
            return False
        if draft is None:
            self._set(call_error=self._say(t.NO_REPEAT))
            return False
        self._suggest_purpose("order")
        self.host.load_draft(replace(draft, channel="phone", call_id=call.id,
                                     customer_id=card.customer_id))
        return True

    def order_completed(self, order_number: str, call_id: int) -> None:
        """The counter committed the phone order of ``call_id``: outcome "ordered".

        The card is reloaded so "where is my order" already shows the new order.
        """
        state = self.state.value
        if state.call is None or call_id != state.call.id:
            return
        note = self._say(t.ORDER_NOTE, order_number)
        self._set(outcome="ordered", notes=(state.notes + "\n" + note).strip(), call_error="")
        self.refresh_card()

    def inquiry(self) -> None:
        """Price and stock for the caller's price list (any list without a caller)."""
        if self.call is not None:
            self._suggest_purpose("inquiry")
        self.host.open_inquiry(self.card.customer_id if self.card else None)

    def account_update(self) -> bool:
        """The customer dialog (the customers service audits the change); True when saved."""
        card = self.card
        if card is None:
            return False
        self._suggest_purpose("account_update")
        if self.host.edit_account(card.customer_id):
            self.refresh_card()
            return True
        return False

    def handover(self) -> bool:
        """The account is a colleague's: leave them a note (a task in their list)."""
        card, call = self.card, self.call
        if card is None or self.actor is None:
            return False
        if not self.host.ask_handover(card, call.id if call else None):
            return False
        self.host.notify(self._say(t.HANDOVER_LEFT, card.account_manager_login))
        return True

    def customer_history(self) -> None:
        """All calls of the caller."""
        card = self.card
        if card is not None:
            self.host.open_history(card.customer_id, self._say(t.CALLS_OF, card.name))

    # -- ending the call -----------------------------------------------------------------------
    def end_call(self) -> bool:
        """Save outcome (required), purpose, notes, callback and the answered task."""
        state, actor = self.state.value, self.actor
        if state.call is None or actor is None:
            return False
        if not state.outcome:
            self._set(call_error=self._say(t.OUTCOME_REQUIRED))
            return False
        with self.guard.holding("end_call") as taken:
            if not taken:
                return False
            try:
                row = self.services.calls.end_call(
                    actor, state.call.id, outcome=state.outcome, purpose=state.purpose,
                    notes=state.notes,
                    callback_at=state.callback_at if state.callback_on else None,
                    task_id=self.task_id if state.outcome in REACHED else None)
            except CounterAppError as exc:
                self._set(call_error=self._error(exc))
                return False
            self.task_id = None
            self.state.set(PhoneState(direction=state.direction, caller=state.caller,
                                      saved=row, offer_resume=self.sale_parked))
        self.host.call_logged(row.id)
        return True

    def resume_parked(self) -> bool:
        """Back to the sale parked when the call came in (the newest parked sale)."""
        self.sale_parked = False
        self._set(offer_resume=False)
        if self.actor is None:
            return False
        parked = self.services.sales.list_parked(self.actor)
        if not parked:
            return False
        newest = max(parked, key=lambda p: (p.created_at, p.id))
        self.host.resume_parked(newest.id)
        return True

    # -- calling out ---------------------------------------------------------------------------
    def dial(self, row) -> bool:
        """Call a call-list row through the OS dialer (``tel:``) and log it as outbound."""
        if row is None or self.call is not None or self.actor is None:
            return False
        if not row.number:
            self.host.notify(self._say(t.NO_NUMBER, row.customer_name))
            return False
        self.host.open_url("tel:" + row.number)
        started = self.take_call(row.number, direction="outbound", customer_id=row.customer_id)
        if started:
            self.task_id = row.task_id
        return started
