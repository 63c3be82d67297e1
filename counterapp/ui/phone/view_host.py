"""The phone view's answers to its controller: signals to the counter, dialogs, the dialer.

``PhoneDialogs`` implements ``controller.PhoneHost`` for a ``PhonePanel`` using only its
public members: the panel's signals (park the sale, phone order, repeat order, resume),
the new-lead, handover, inquiry, history and customer dialogs, and the OS dialer.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl

from counterapp.services.calls import CallerCard, CallerMatch
from counterapp.services.cart import CartDraft
from counterapp.services.standing_orders_rows import RunRow
from counterapp.ui.phone.dialogs import HandoverDialog, InquiryDialog, NewLeadDialog
from counterapp.ui.phone.history_dialog import CallHistoryDialog
from counterapp.ui.standing.confirm_dialog import StandingConfirmDialog


def open_customer_dialog(parent, services, actor, customer_id: int) -> bool:
    """Edit the customer in the customers package's dialog; True when it was saved."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415

    return CustomerDialog.edit(parent, services, actor, customer_id) is not None


class PhoneDialogs:
    """``PhoneHost`` for ``panel`` (a ``PhonePanel``)."""

    def __init__(self, panel):
        self.panel = panel

    # -- the call's life ---------------------------------------------------------------------
    def caller_shown(self, number: str) -> None:
        """Paint the card now (the call record is written right after), then say so."""
        self.panel.card_view.repaint()
        self.panel.caller_shown.emit(number)

    def call_started(self, call_id: int) -> None:
        """The record exists: the timer runs from its start."""
        self.panel.call_started.emit(call_id)

    def call_logged(self, call_id: int) -> None:
        """The call was saved: its task may have left the call list."""
        self.panel.refresh_call_list()
        self.panel.call_logged.emit(call_id)

    # -- the counter -------------------------------------------------------------------------
    def park_sale(self) -> None:
        """The window's wire parks the counter's sale and answers ``set_sale_parked``."""
        self.panel.park_sale_requested.emit()

    def start_phone_order(self, customer_id: int, call_id: int) -> None:
        """The counter's cart becomes the call's phone order."""
        self.panel.phone_order_requested.emit(customer_id, call_id)

    def load_draft(self, draft: CartDraft) -> None:
        """The repeated order goes into the counter's cart."""
        self.panel.draft_requested.emit(draft)

    def resume_parked(self, parked_id: int) -> None:
        """The counter resumes the parked sale."""
        self.panel.resume_parked_requested.emit(parked_id)

    # -- dialogs -----------------------------------------------------------------------------
    def ask_new_lead(self, number: str) -> CallerMatch | None:
        """The new-lead form (saved by ``services.calls.create_lead``)."""
        panel = self.panel
        return NewLeadDialog.ask(panel, panel.services, panel.session.actor, number)

    def edit_account(self, customer_id: int) -> bool:
        """The customer dialog (the customers service audits the change)."""
        panel = self.panel
        panel.account_update_requested.emit(customer_id)
        return open_customer_dialog(panel, panel.services, panel.session.actor, customer_id)

    def ask_handover(self, card: CallerCard, call_id: int | None) -> bool:
        """The handover note for the account manager."""
        panel = self.panel
        return HandoverDialog.ask(panel, panel.services, panel.session.actor, card.customer_id,
                                  card.account_manager_name or card.account_manager_login,
                                  call_id)

    def open_inquiry(self, customer_id: int | None) -> None:
        """Price and stock for the caller's price list."""
        InquiryDialog(self.panel.services, customer_id, self.panel).open()

    def open_history(self, customer_id: int | None, title: str) -> None:
        """The calls of one customer."""
        panel = self.panel
        CallHistoryDialog(panel.services, customer_id, title, panel,
                          actor=panel.session.actor).open()

    # -- the outside world -------------------------------------------------------------------
    def open_url(self, url: str) -> None:
        """The OS dialer (``panel.open_url``: tests point it elsewhere)."""
        self.panel.open_url(QUrl(url))

    def notify(self, text: str) -> None:
        """The status bar."""
        self.panel.notification.emit(text)

    # -- standing orders ---------------------------------------------------------------------
    def confirm_standing(self, run: RunRow, call_id: int) -> str | None:
        """The standing-order confirmation dialog (``ui.standing``)."""
        panel = self.panel
        return StandingConfirmDialog.ask(panel, panel.services, panel.session.actor, run,
                                         call_id)
