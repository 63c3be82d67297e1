"""The phone panel's controller: the call, who is calling, how it ended — without Qt.

``PhoneController`` holds one call at a time and publishes ``state`` (``PhoneState``): the
phase (``idle``; ``ringing``: the caller looked up and shown, nothing written yet;
``in_call``: the call record is open), the call record, the caller card as a plain
``CardState`` (idle hint, unreadable number, unknown caller, pick list, account), the
purpose/outcome/notes/callback the rep is filling in and the messages under the number
field and the end-of-call box. The view forwards every edit (``set_outcome``…) and paints
the state; what only a person or another panel can do (park the counter's sale, start
a phone-order cart, the new-lead form, the customer dialog, the OS dialer) goes through
the ``PhoneHost`` the view implements. One ``BusyGuard`` refuses a second take/end while
one is being written. The call list lives in ``controller_list.CallListController``.

Flow: a softphone's number ``incoming`` → ``ring``: lookup (one match: the card; several:
the pick list; none: unknown) → ``answer`` (Answer, or Enter in the number field) starts
the call record (the timer counts from its ``started_at``) and ``host.park_sale()``;
``decline`` or ``missed`` (nobody answered in ``RING_TIMEOUT_S``) logs it as a missed call,
and a known caller's missed call becomes a callback task. A number the rep types (or
dials) is already a conversation: ``take_call`` rings and answers at once. A caller who
is not known yet: ``new_lead`` makes a lead through the one customer-creation path. The rep
orders, repeats the last order, asks prices or edits the account → ``end_call`` saves
outcome (required), notes, callback task and the call-list task it answered, in one
transaction, and offers to resume the parked sale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from counterapp.domain.errors import CounterAppError
from counterapp.services import Services
from counterapp.services.call_history import CallRow
from counterapp.services.calls import CallerCard
from counterapp.ui.common.controller import BusyGuard, ControllerTexts, Observable
from counterapp.ui.phone import controller_texts as t
from counterapp.ui.phone.controller_commands import CallCommands
from counterapp.ui.phone.controller_state import (
    IDLE,
    IN_CALL,
    MISSED_CALLBACK_AFTER,
    REACHED,
    RING_TIMEOUT_S,
    RINGING,
    CardState,
    PhoneHost,
    PhoneState,
)
from counterapp.ui.standing.confirm_controller import StandingConfirmController

__all__ = ["IDLE", "IN_CALL", "RINGING", "RING_TIMEOUT_S", "CardState", "PhoneController",
           "PhoneHost", "PhoneState"]


class PhoneController(CallCommands):
    """The phone panel's state and commands (see the module docstring; the in-call
    commands are in ``controller_commands.CallCommands``)."""

    def __init__(self, services: Services, session, host: PhoneHost, *,
                 texts: ControllerTexts | None = None):
        self.services = services
        self.session = session
        self.host = host
        self.texts = texts or ControllerTexts()
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
        """The caller's account while a call rings or is open and the caller is known."""
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
        """A softphone (``counterapp call incoming``) says ``number`` is ringing: ``ring``.

        On a locked workstation the number waits for the next login (``user_changed``).
        """
        if self.actor is None:
            self.pending_number = number
            return False
        return self.ring(number)

    def user_changed(self, actor) -> None:
        """Someone logged in: a call that rang meanwhile is shown now.

        Locking while a call rings hides it (nothing of the caller stays on screen) and
        keeps its number for the next login, as for a call that rings while locked.
        """
        state = self.state.value
        if actor is None and state.phase == RINGING:
            self.pending_number = state.caller.number
            self.state.set(PhoneState())
            return
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
            next_runs = tuple(self.services.standing.next_runs_for_customer(customer_id))
        except CounterAppError as exc:
            return CardState("error", number, message=self._error(exc))
        return CardState("card", number, card=card, next_runs=next_runs)

    def take_call(self, raw: str, *, direction: str = "inbound",
                  customer_id: int | None = None, contact_id: int | None = None) -> bool:
        """Start a call from ``raw``: ``ring`` then ``answer``; True when it started.

        While a call rings this answers it (Enter in the number field).
        """
        if self.state.value.phase == RINGING:
            return self.answer()
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
        if self.state.value.phase != IDLE:
            self._set(input_error=self._say(t.FINISH_FIRST))
            return False
        caller = self.lookup(raw)
        if caller is None:
            return False
        if customer_id is not None:
            caller = self._card_state(caller.number, customer_id, contact_id)
        self._set(phase=RINGING, direction=direction, caller=caller, input_error="",
                  call_error="", saved=None, missed=False, offer_resume=False)
        self.host.caller_shown(caller.number)
        return True

    def decline(self) -> bool:
        """The rep declines the ringing call: logged as missed (see ``missed``)."""
        return self.missed()

    def missed(self) -> bool:
        """The ringing call was not answered: log it (outcome ``no_answer``, inbound).

        A known caller's missed call becomes a callback task in the rep's call list, saved
        in ``end_call``'s transaction with the outcome (the record itself is opened first by
        ``start_call``: the service has no one-step "log a missed call" yet). Several
        accounts sharing the number: nobody is known, so no task.
        """
        state, actor = self.state.value, self.actor
        if state.phase != RINGING or actor is None:
            return False
        card = state.caller.card
        with self.guard.holding("missed") as taken:
            if not taken:
                return False
            try:
                call = self._open_record(state)
                row = self.services.calls.end_call(
                    actor, call.id, outcome="no_answer",
                    callback_at=(self.services.ctx.now() + MISSED_CALLBACK_AFTER)
                    if card else None,
                    callback_reason=self._say(t.MISSED_CALLBACK, card.name) if card else "")
            except CounterAppError as exc:
                self._set(phase=IDLE, input_error=self._error(exc))
                return False
            self.state.set(PhoneState(direction=state.direction, caller=state.caller,
                                      saved=row, missed=True))
        self.host.call_logged(row.id)
        return True

    def _open_record(self, state: PhoneState) -> CallRow:
        """The call record of the ringing caller (their account when one is known)."""
        card = state.caller.card
        return self.services.calls.start_call(
            self.actor, state.caller.number, direction=state.direction,
            customer_id=card.customer_id if card else None,
            contact_id=card.contact_id if card else None)

    def answer(self) -> bool:
        """Take the ringing call: the call record (the timer's start), then park the sale."""
        state, actor = self.state.value, self.actor
        if state.phase != RINGING or actor is None:
            return False
        with self.guard.holding("answer") as taken:
            if not taken:
                return False
            try:
                call = self._open_record(state)
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
        """The notes as typed (typing clears the call's last error: it is stale now)."""
        if self.call is not None and notes != self.state.value.notes:
            self._set(notes=notes, call_error="")

    def number_typed(self) -> None:
        """Typing a number starts something new: the last number's error is stale."""
        state = self.state.value
        if state.input_error:
            caller = CardState() if state.caller.kind == "error" else state.caller
            self._set(input_error="", caller=caller)

    def set_callback(self, on: bool, at: dt.datetime | None = None) -> None:
        """Call back (or not) at ``at`` (minutes only: seconds are dropped)."""
        if self.call is None:
            return
        at = self.state.value.callback_at if at is None else at
        self._set(callback_on=bool(on),
                  callback_at=at.replace(second=0, microsecond=0) if at else None)

    # -- ending the call -----------------------------------------------------------------------
    def end_call(self) -> bool:
        """Save outcome (required), purpose, notes, callback and the answered task."""
        state, actor = self.state.value, self.actor
        if state.call is None or actor is None:
            return False
        if not state.outcome:
            self._set(call_error=self._say(t.OUTCOME_REQUIRED))
            return False
        if state.outcome in REACHED and not self._standing_settled():
            return False
        state = self.state.value
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

    def _standing_settled(self) -> bool:
        """A call for a "standing order to confirm" task: the rep first says how the run
        went (``host.confirm_standing``: confirm, with changes, standing order changed,
        skip); its note joins the call's notes. False when closed: the call stays open."""
        run = StandingConfirmController.for_task(self.services, self.task_id)
        if run is None:
            return True
        note = self.host.confirm_standing(run, self.call.id)
        if note is None:
            return False
        self._set(notes=(self.state.value.notes + "\n" + note).strip())
        return True

    def resume_parked(self) -> bool:
        """Back to the sale parked when the call came in (the newest parked sale)."""
        self.sale_parked = False
        self._set(offer_resume=False)
        if self.actor is None:
            return False
        parked = self.services.parking.list_parked(self.actor)
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
