"""The phone panel: take or dial a call, see the caller's account, log how it ended.

A thin view over ``controller.PhoneController``: it paints ``PhoneState`` (the call, the
caller card, what the rep filled in, the messages), forwards keys, clicks and edits, and
answers the controller through ``view_host.PhoneDialogs`` (signals to the counter, dialogs,
the OS dialer). Widgets are built in ``panel_layout``; the call list is ``CallListBox``
over ``controller_list.CallListController``.

Flow: a softphone's number (``counterapp call incoming``) rings: the caller card shows,
with Answer / Decline and a beep; Answer (or Enter) starts the call record and parks the
counter's open sale (``park_sale_requested``); Decline, or no answer in 30 s, logs a missed
call (a known caller's becomes a callback task). A number typed in ``incomingNumber`` +
Enter, or Dial on a call-list row, is answered at once. Then the rep
takes an order (``phone_order_requested``), answers an inquiry or updates the account →
``endCallButton`` saves outcome, notes and callback in one transaction and offers to
resume the parked sale.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from counterapp.domain.phone import format_phone
from counterapp.services import Services
from counterapp.services.call_history import CallRow
from counterapp.services.calls import CallerCard
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.phone import panel_layout
from counterapp.ui.phone.controller import RING_TIMEOUT_S, PhoneController, PhoneState
from counterapp.ui.phone.labels import OUTCOME_LABELS, duration_text, label
from counterapp.ui.phone.view_host import PhoneDialogs
from counterapp.ui.session import Session
from counterapp.ui.standing import entry


class PhonePanel(QWidget):
    """Phone calls: caller card, call timer, outcome, call list, tasks.

    Signals:
        caller_shown(str): the caller card (or pick list) for this E.164 number is painted.
        call_started(int): a call record was opened (its id).
        call_logged(int): a call ended and was saved (its id).
        park_sale_requested(): the counter should park its open sale for the call.
        resume_parked_requested(int): resume the parked sale with this id at the counter.
        phone_order_requested(int, int): start a phone-order cart (customer id, call id).
        draft_requested(object): load this ``CartDraft`` (repeat last order) at the counter.
        account_update_requested(int): open the customer dialog for this customer id.
        notification(str): a short message for the status bar (a task fell due).
    """

    caller_shown = Signal(str)
    call_started = Signal(int)
    call_logged = Signal(int)
    park_sale_requested = Signal()
    resume_parked_requested = Signal(int)
    phone_order_requested = Signal(int, int)
    draft_requested = Signal(object)
    account_update_requested = Signal(int)
    notification = Signal(str)

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.setObjectName("phonePanel")
        self.open_url = QDesktopServices.openUrl  # the OS dialer; tests point it elsewhere
        self.controller = PhoneController(services, session, PhoneDialogs(self),
                                          texts=ControllerTexts(translate, error_text))
        panel_layout.build(self)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.ring_timer = QTimer(self)  # unanswered → logged as missed
        self.ring_timer.setSingleShot(True)
        self.ring_timer.setInterval(RING_TIMEOUT_S * 1000)
        self.ring_timer.timeout.connect(self.controller.missed)
        self._connect()
        self.controller.state.subscribe(self._paint)
        session.user_changed.connect(self.controller.user_changed)
        self._paint(self.controller.state.value)

    def _connect(self) -> None:
        c = self.controller
        self.number_edit.returnPressed.connect(lambda: self.take_call())
        self.number_edit.textEdited.connect(lambda _text: c.number_typed())
        self.take_button.clicked.connect(lambda: self.take_call())
        self.card_view.caller_chosen.connect(self.choose_caller)
        self.card_view.new_lead_requested.connect(self.new_lead)
        self.card_view.standing_requested.connect(lambda _id: self.open_standing_orders())
        self.card_view.make_standing_requested.connect(self.make_standing)
        for button, slot in ((self.order_button, c.phone_order),
                             (self.repeat_button, c.repeat_last_order),
                             (self.inquiry_button, c.inquiry),
                             (self.account_button, c.account_update),
                             (self.handover_button, c.handover),
                             (self.history_button, c.customer_history),
                             (self.lead_button, c.new_lead),
                             (self.end_button, self.end_call),
                             (self.answer_button, c.answer),
                             (self.decline_button, c.decline),
                             (self.resume_button, c.resume_parked)):
            button.clicked.connect(lambda _checked=False, s=slot: s())
        self.purpose_combo.currentIndexChanged.connect(
            lambda: c.set_purpose(self.purpose_combo.currentData()))
        self.outcome_combo.currentIndexChanged.connect(
            lambda: c.set_outcome(self.outcome_combo.currentData()))
        self.notes_edit.textChanged.connect(lambda: c.set_notes(self.notes_edit.toPlainText()))
        self.callback_check.toggled.connect(self._callback_edited)
        self.callback_edit.dateTimeChanged.connect(self._callback_edited)
        self.call_list.dial_requested.connect(self.dial)
        self.call_list.notification.connect(self.notification)

    def phone_actions(self) -> list[QAction]:
        """The Phone menu: one application-wide shortcut per action."""
        c = self.controller
        specs = ((self.tr("&Take call"), None, lambda: self.take_call(), "takeCallAction"),
                 (self.tr("&Answer"), "Ctrl+Shift+A", c.answer, "answerCallAction"),
                 (self.tr("Dec&line"), "Ctrl+Shift+X", c.decline, "declineCallAction"),
                 (self.tr("&End call"), "Ctrl+Shift+E", self.end_call, "endCallAction"),
                 (self.tr("Phone &order"), "Ctrl+Shift+O", c.phone_order, "phoneOrderAction"),
                 (self.tr("&Repeat last order"), "Ctrl+Shift+R", c.repeat_last_order,
                  "repeatOrderAction"),
                 (self.tr("&Price / stock"), "Ctrl+Shift+I", c.inquiry, "inquiryAction"),
                 (self.tr("&New lead"), "Ctrl+Shift+N", c.new_lead, "newLeadAction"),
                 (self.tr("&Dial selected"), "Ctrl+Shift+D", self.dial, "dialAction"),
                 (self.tr("Res&ume parked sale"), "Ctrl+Shift+U", c.resume_parked,
                  "resumeSaleAction"),
                 (self.tr("Team &calls…"), "Ctrl+Shift+H", self.open_team_history,
                  "teamHistoryAction"),
                 (self.tr("New &campaign…"), None, self.new_campaign, "campaignAction"),
                 (self.tr("&Standing orders of the caller…"), None,
                  self.open_standing_orders, "standingOrdersAction"))
        return [make_action(self, text, shortcut=shortcut, slot=slot, object_name=name)
                for text, shortcut, slot, name in specs]

    # -- what the controller holds -------------------------------------------------------------
    @property
    def call(self) -> CallRow | None:
        """The open call record."""
        return self.controller.call

    @property
    def card(self) -> CallerCard | None:
        """The caller card on screen (``None`` while no customer is known)."""
        return self.controller.card

    @property
    def sale_parked(self) -> bool:
        """The counter parked a sale for this call."""
        return self.controller.sale_parked

    # -- painting -----------------------------------------------------------------------------
    def _paint(self, state: PhoneState) -> None:
        self.card_view.show_state(state.caller)
        self.input_error.setText(state.input_error)
        self.input_error.setVisible(bool(state.input_error))
        self.call_error.setText(state.call_error)
        self.state_label.setText(self._state_text(state))
        for combo, key in ((self.purpose_combo, state.purpose),
                           (self.outcome_combo, state.outcome)):
            if combo.currentData() != key:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(key)))
                combo.blockSignals(False)
        if self.notes_edit.toPlainText() != state.notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(state.notes)
            self.notes_edit.blockSignals(False)
        self.callback_check.blockSignals(True)
        self.callback_check.setChecked(state.callback_on)
        self.callback_check.blockSignals(False)
        if state.callback_at is not None \
                and self.callback_edit.dateTime().toPython() != state.callback_at:
            self.callback_edit.blockSignals(True)
            self.callback_edit.setDateTime(QDateTime(state.callback_at))
            self.callback_edit.blockSignals(False)
        self._paint_controls(state)
        self._paint_ringing(state)
        if state.in_call and not self._timer.isActive():
            self.timer_label.setText(duration_text(self.controller.elapsed_seconds()))
            self._timer.start()
        elif not state.in_call:
            self._timer.stop()
            if state.saved is not None:
                self.timer_label.setText(duration_text(state.saved.duration_s))

    def _paint_controls(self, state: PhoneState) -> None:
        in_call = state.in_call
        has_customer = in_call and state.card is not None  # not while it only rings
        for widget in (self.end_button, self.outcome_combo, self.notes_edit,
                       self.callback_check, self.purpose_combo):
            widget.setEnabled(in_call)
        self.callback_edit.setEnabled(in_call and state.callback_on)
        self.take_button.setEnabled(not in_call)
        for button in (self.order_button, self.inquiry_button, self.account_button,
                       self.history_button):
            button.setEnabled(has_customer)
        self.repeat_button.setEnabled(state.can_repeat)
        self.handover_button.setVisible(state.offers_handover)
        self.lead_button.setVisible(state.offers_lead)
        self.resume_button.setVisible(state.offer_resume)

    def _paint_ringing(self, state: PhoneState) -> None:
        ringing = state.ringing
        self.answer_button.setVisible(ringing)
        self.decline_button.setVisible(ringing)
        self.take_button.setVisible(not ringing)
        if ringing and not self.ring_timer.isActive():
            self.ring_timer.start()
            QApplication.beep()
            self.notification.emit(self._state_text(state))
        elif not ringing:
            if self.ring_timer.isActive() and state.missed:
                self.number_edit.clear()  # Enter must not call the missed number by accident
            self.ring_timer.stop()

    def _state_text(self, state: PhoneState) -> str:
        if state.missed:
            return self.tr("Missed call: a callback is in your call list") \
                if state.saved.customer_id else self.tr("Missed call (logged)")
        if state.saved is not None:
            return self.tr("Call saved: %1").replace("%1", label(OUTCOME_LABELS,
                                                                 state.saved.outcome))
        if not state.direction or state.phase == "idle":
            return self.tr("No call")
        text = self.tr("Inbound call") if state.direction == "inbound" \
            else self.tr("Outbound call")
        if state.ringing:
            text = self.tr("Ringing: %1").replace("%1", format_phone(state.caller.number))
        card = state.caller.card
        return text + " – " + card.name if card is not None else text

    def _tick(self) -> None:
        """Elapsed time from the call's start (never counted in ticks)."""
        self.timer_label.setText(duration_text(self.controller.elapsed_seconds()))

    def _callback_edited(self) -> None:
        self.controller.set_callback(self.callback_check.isChecked(),
                                     self.callback_edit.dateTime().toPython())

    # -- commands (the controller decides; the view moves the focus) ---------------------------
    def focus_main_field(self) -> None:
        """F3: the keyboard goes to the number field."""
        self.number_edit.setFocus()
        self.number_edit.selectAll()

    def incoming_call(self, number: str) -> None:
        """A softphone (or ``counterapp call incoming``) says ``number`` is ringing."""
        if self.session.actor is not None:
            self.number_edit.setText(number)
        self.controller.incoming(number)

    def take_call(self, raw: str | None = None, **kwargs) -> bool:
        """Start a call from ``raw`` (default: the number field); True when it started."""
        return self.controller.take_call(self.number_edit.text() if raw is None else raw,
                                         **kwargs)

    def choose_caller(self, customer_id: int, contact_id: int = 0) -> None:
        """The rep picked who is calling among several matches (or a new lead was made)."""
        self.controller.choose_caller(customer_id, contact_id or None)

    def new_lead(self) -> None:
        """Ctrl+Shift+N: the unknown caller becomes a lead with this number."""
        self.controller.new_lead()

    def refresh_card(self) -> None:
        """Reload the caller card (after the account was edited or an order taken)."""
        self.controller.refresh_card()

    def phone_order_completed(self, order_number: str, call_id: int) -> None:
        """The counter committed the phone order of ``call_id``: outcome "ordered"."""
        self.controller.order_completed(order_number, call_id)

    def end_call(self) -> bool:
        """Save the call with its outcome (required), notes and callback; True when saved."""
        if self.controller.end_call():
            self.number_edit.clear()
            return True
        if self.call is not None and not self.controller.state.value.outcome:
            self.outcome_combo.setFocus()
        return False

    def set_sale_parked(self, parked: bool) -> None:
        """The counter reports whether it parked a sale for this call."""
        self.controller.set_sale_parked(parked)
        if parked and self.call is not None:
            self.notes_edit.setFocus()  # parking moved the focus to the counter

    def resume_parked_sale(self) -> None:
        """Ctrl+Shift+U: back to the sale parked when the call came in (newest parked)."""
        self.controller.resume_parked()

    # -- the call list -------------------------------------------------------------------------
    def refresh_call_list(self) -> None:
        """Reload the rep's call list."""
        self.call_list.refresh()

    def check_due_tasks(self) -> list:
        """Every 30 s: tasks that fell due since the last check → status bar and popup."""
        return self.call_list.check_due_tasks()

    def dial(self) -> bool:
        """Ctrl+Shift+D: call the selected customer through the OS dialer (``tel:``)."""
        row = self.call_list.selected_row()
        if row is not None and row.number and self.call is None:
            self.number_edit.setText(row.number)
        return self.controller.dial(row)

    def open_customer_history(self) -> None:
        """All calls of the caller."""
        self.controller.customer_history()

    def open_team_history(self) -> None:
        """Every call of the team, with daily counts per rep."""
        self.call_list.open_team_history()

    def new_campaign(self) -> None:
        """A campaign: a saved filter over customers with a script."""
        self.call_list.new_campaign()

    # -- standing orders (ui.standing) ---------------------------------------------------------
    def open_standing_orders(self) -> None:
        """The caller's standing orders and their runs; the card reloads afterwards."""
        card = self.card
        if card is not None:
            entry.open_standing_orders(self, self.services, self.session.actor, card.customer_id,
                                       customer_name=card.name, closed=self.refresh_card)

    def make_standing(self, order_number: str) -> None:
        """A standing order copying one of the caller's orders."""
        entry.make_standing(self, self.services, self.session.actor, order_number,
                            closed=self.refresh_card)
