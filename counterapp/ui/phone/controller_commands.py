"""What the rep does during a call, as ``PhoneController`` methods (no Qt).

``CallCommands`` is a mixin of ``controller.PhoneController``: a phone order, repeating
the last order, the counter's report that the order was saved, price inquiry, account
update, handover note and the caller's history. It uses the controller's public
attributes (``services``, ``host``, ``state``, ``call``, ``card``) and its ``_set``,
``_say``, ``_error`` and ``refresh_card`` helpers.
"""

from __future__ import annotations

from dataclasses import replace

from counterapp.domain.errors import CounterAppError
from counterapp.ui.phone import controller_texts as t


class CallCommands:
    """The in-call commands of ``PhoneController``."""

    def _suggest_purpose(self, purpose: str) -> None:
        """A command implies a purpose; the rep's own choice wins."""
        if not self.state.value.purpose:
            self._set(purpose=purpose)

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
            draft = self.services.checkout.last_order_draft(card.customer_id)
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
