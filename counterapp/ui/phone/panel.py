"""The phone panel: take or dial a call, see the caller's account, log how it ended.

Flow: a number arrives (typed in ``incomingNumber`` + Enter, a softphone through
``counterapp call incoming``, or Dial on a call-list row) → the call record starts, the
counter's open sale is parked (``park_sale_requested``), the caller card appears → the rep
takes an order (``phone_order_requested``: the counter cart in the call's context), answers
an inquiry or updates the account → ``endCallButton`` saves outcome, notes and callback in
one transaction and offers to resume the parked sale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDateTime, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.services import Services
from counterapp.services.calls import CallerCard, CallRow
from counterapp.ui.common.messages import error_text
from counterapp.ui.phone.call_list_box import CallListBox
from counterapp.ui.phone.caller_card import CallerCardView
from counterapp.ui.phone.dialogs import (
    HandoverDialog,
    InquiryDialog,
    NewLeadDialog,
)
from counterapp.ui.phone.history_dialog import CallHistoryDialog
from counterapp.ui.phone.labels import OUTCOME_LABELS, PURPOSE_LABELS, duration_text, label
from counterapp.ui.session import Session

ERROR_STYLE = "color: #9b1c1c;"
# Outcomes that mean the customer was reached: the call-list task behind the call is done.
REACHED = {"ordered", "information_given", "account_updated", "not_interested",
           "wrong_number"}


def open_customer_dialog(parent, services: Services, session: Session, customer_id: int) -> bool:
    """Edit the customer in the customers package's dialog; True when it was saved."""
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415

    return CustomerDialog.edit(parent, services, session.actor, customer_id) is not None


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
        self.call: CallRow | None = None
        self.number = ""
        self.task_id: int | None = None
        self.sale_parked = False
        self.pending_number = ""
        self.open_url = QDesktopServices.openUrl  # the OS dialer; tests point it elsewhere
        self._build_ui()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        session.user_changed.connect(self._on_user_changed)
        self._update_controls()

    # -- layout ------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_ui(self) -> None:
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("incomingNumber")
        self.number_edit.setPlaceholderText(self.tr("Caller's number, then Enter"))
        self.number_edit.setClearButtonEnabled(True)
        self.number_edit.returnPressed.connect(lambda: self.take_call())
        self.take_button = self._button(self.tr("Take call (Enter)"), "takeCallButton",
                                        lambda: self.take_call())
        self.input_error = QLabel(self)
        self.input_error.setObjectName("numberError")
        self.input_error.setStyleSheet(ERROR_STYLE)
        self.input_error.setWordWrap(True)
        self.input_error.hide()
        top = QHBoxLayout()
        top.addWidget(self.number_edit, 1)
        top.addWidget(self.take_button)

        self.state_label = QLabel(self.tr("No call"), self)
        self.state_label.setObjectName("callState")
        self.timer_label = QLabel("00:00", self)
        self.timer_label.setObjectName("callTimer")
        font = QFont(self.timer_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.purpose_combo = QComboBox(self)
        self.purpose_combo.setObjectName("callPurpose")
        self.purpose_combo.addItem(self.tr("Purpose…"), "")
        for key in PURPOSE_LABELS:
            self.purpose_combo.addItem(label(PURPOSE_LABELS, key), key)
        state = QHBoxLayout()
        state.addWidget(self.timer_label)
        state.addWidget(self.state_label, 1)
        state.addWidget(self.purpose_combo)

        self.card_view = CallerCardView(self)
        self.card_view.caller_chosen.connect(self.choose_caller)
        self.card_view.new_lead_requested.connect(self.new_lead)

        self.order_button = self._button(self.tr("Phone order (Ctrl+Shift+O)"), "phoneOrderButton",
                                         self.request_phone_order)
        self.repeat_button = self._button(self.tr("Repeat last order (Ctrl+Shift+R)"),
                                          "repeatOrderButton", self.repeat_last_order)
        self.inquiry_button = self._button(self.tr("Price / stock (Ctrl+Shift+I)"), "inquiryButton",
                                           self.open_inquiry)
        self.account_button = self._button(self.tr("Update account…"), "accountButton",
                                           self.request_account_update)
        self.handover_button = self._button(self.tr("Handover note…"), "handoverButton",
                                            self.leave_handover_note)
        self.history_button = self._button(self.tr("Customer's calls…"), "customerHistoryButton",
                                           self.open_customer_history)
        self.lead_button = self._button(self.tr("New lead… (Ctrl+Shift+N)"), "newLeadButton",
                                        self.new_lead)
        actions = QGridLayout()
        for position, button in enumerate((self.order_button, self.repeat_button,
                                           self.inquiry_button, self.account_button,
                                           self.handover_button, self.history_button,
                                           self.lead_button)):
            actions.addWidget(button, position // 2, position % 2)

        end_box = QGroupBox(self.tr("End of call"), self)
        self.outcome_combo = QComboBox(end_box)
        self.outcome_combo.setObjectName("callOutcome")
        self.outcome_combo.addItem(self.tr("Outcome… (required)"), "")
        for key in OUTCOME_LABELS:
            self.outcome_combo.addItem(label(OUTCOME_LABELS, key), key)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.notes_edit = QPlainTextEdit(end_box)
        self.notes_edit.setObjectName("callNotes")
        self.notes_edit.setPlaceholderText(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.callback_check = QCheckBox(self.tr("Call back at"), end_box)
        self.callback_check.setObjectName("callbackCheck")
        self.callback_edit = QDateTimeEdit(end_box)
        self.callback_edit.setObjectName("callbackAt")
        self.callback_edit.setCalendarPopup(True)
        self.callback_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.callback_check.toggled.connect(self.callback_edit.setEnabled)
        self.end_button = self._button(self.tr("End call (Ctrl+Shift+E)"), "endCallButton",
                                       self.end_call)
        self.call_error = QLabel(end_box)
        self.call_error.setObjectName("callError")
        self.call_error.setStyleSheet(ERROR_STYLE)
        self.call_error.setWordWrap(True)
        end = QGridLayout(end_box)
        end.addWidget(self.outcome_combo, 0, 0, 1, 2)
        end.addWidget(self.notes_edit, 1, 0, 1, 2)
        end.addWidget(self.callback_check, 2, 0)
        end.addWidget(self.callback_edit, 2, 1)
        end.addWidget(self.call_error, 3, 0, 1, 2)
        end.addWidget(self.end_button, 4, 0, 1, 2)
        self.resume_button = self._button(self.tr("Resume the parked sale (Ctrl+Shift+U)"),
                                          "resumeSaleButton", self.resume_parked_sale)
        self.resume_button.hide()

        call_part = QWidget(self)
        call_layout = QVBoxLayout(call_part)
        call_layout.setContentsMargins(0, 0, 0, 0)
        call_layout.addLayout(top)
        call_layout.addWidget(self.input_error)
        call_layout.addLayout(state)
        call_layout.addWidget(self.card_view, 1)
        call_layout.addLayout(actions)
        call_layout.addWidget(end_box)
        call_layout.addWidget(self.resume_button)

        self.call_list = CallListBox(self.services, self.session, self)
        self.call_list.dial_requested.connect(self.dial)
        self.call_list.notification.connect(self.notification)
        self.list_view, self.list_model = self.call_list.view, self.call_list.model
        self.dial_button = self.call_list.dial_button

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(call_part)
        splitter.addWidget(self.call_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def phone_actions(self) -> list[QAction]:
        """The Phone menu: one application-wide shortcut per action."""
        specs = ((self.tr("&Take call"), "", lambda: self.take_call(), "takeCallAction"),
                 (self.tr("&End call"), "Ctrl+Shift+E", self.end_call, "endCallAction"),
                 (self.tr("Phone &order"), "Ctrl+Shift+O", self.request_phone_order,
                  "phoneOrderAction"),
                 (self.tr("&Repeat last order"), "Ctrl+Shift+R", self.repeat_last_order,
                  "repeatOrderAction"),
                 (self.tr("&Price / stock"), "Ctrl+Shift+I", self.open_inquiry,
                  "inquiryAction"),
                 (self.tr("&New lead"), "Ctrl+Shift+N", self.new_lead, "newLeadAction"),
                 (self.tr("&Dial selected"), "Ctrl+Shift+D", self.dial, "dialAction"),
                 (self.tr("Res&ume parked sale"), "Ctrl+Shift+U", self.resume_parked_sale,
                  "resumeSaleAction"),
                 (self.tr("Team &calls…"), "Ctrl+Shift+H", self.open_team_history,
                  "teamHistoryAction"),
                 (self.tr("New &campaign…"), "", self.new_campaign, "campaignAction"))
        actions = []
        for text, shortcut, slot, name in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            actions.append(action)
        return actions

    # -- focus & session -----------------------------------------------------------------------
    def focus_main_field(self) -> None:
        """F3: the keyboard goes to the number field."""
        self.number_edit.setFocus()
        self.number_edit.selectAll()

    def _on_user_changed(self, actor) -> None:
        if actor is not None and self.pending_number:
            number, self.pending_number = self.pending_number, ""
            self.incoming_call(number)

    # -- taking a call -------------------------------------------------------------------------
    def incoming_call(self, number: str) -> None:
        """A softphone (or ``counterapp call incoming``) says ``number`` is ringing."""
        if self.session.actor is None:
            self.pending_number = number  # shown as soon as someone logs in
            return
        self.number_edit.setText(number)
        self.take_call(number)

    def take_call(self, raw: str | None = None, *, direction: str = "inbound",
                  customer_id: int | None = None, contact_id: int | None = None) -> bool:
        """Start a call from ``raw`` (default: the number field); True when it started."""
        actor = self.session.actor
        raw = self.number_edit.text() if raw is None else raw
        if actor is None:
            return False
        if self.call is not None:
            self._input_error(self.tr("Finish the current call first (End call)."))
            return False
        try:
            found = self.services.calls.lookup(raw)
        except CounterAppError as exc:
            self._input_error(error_text(exc))
            self.card_view.show_error(error_text(exc))
            return False
        if customer_id is None and len(found.matches) == 1:
            customer_id = found.matches[0].customer_id
            contact_id = found.matches[0].contact_id
        # The card is painted first; the call record is written right after (a durable
        # commit takes longer than the rep should wait to see who is calling).
        self.input_error.hide()
        self.number = found.number
        self.state_label.setText(self.tr("Inbound call") if direction == "inbound"
                                 else self.tr("Outbound call"))
        if customer_id is not None:
            self._show_customer(customer_id, contact_id)
        elif found.matches:
            self.card_view.show_choices(found.number, found.matches)
        else:
            self.card_view.show_unknown(found.number)
        self.card_view.repaint()
        self.caller_shown.emit(found.number)
        try:
            call = self.services.calls.start_call(actor, found.number, direction=direction,
                                                  customer_id=customer_id,
                                                  contact_id=contact_id)
        except CounterAppError as exc:
            self._input_error(error_text(exc))
            self.card_view.show_error(error_text(exc))
            return False
        self.call = call
        self.timer_label.setText("00:00")
        self._timer.start()
        soon = call.started_at.replace(minute=0, second=0) + dt.timedelta(hours=2)
        self.callback_edit.setDateTime(QDateTime(soon))
        self._update_controls()
        self.sale_parked = False
        self.resume_button.hide()
        self.park_sale_requested.emit()
        self.call_started.emit(call.id)
        return True

    def choose_caller(self, customer_id: int, contact_id: int = 0) -> None:
        """The rep picked who is calling among several matches (or a new lead was made)."""
        if self.call is None or self.session.actor is None:
            return
        try:
            self.call = self.services.calls.set_customer(self.session.actor, self.call.id,
                                                         customer_id, contact_id or None)
        except CounterAppError as exc:
            self.card_view.show_error(error_text(exc))
            return
        self._show_customer(customer_id, contact_id or None)
        self._update_controls()

    def _show_customer(self, customer_id: int, contact_id: int | None) -> None:
        try:
            card = self.services.calls.caller_card(self.session.actor, customer_id, contact_id)
        except CounterAppError as exc:
            self.card_view.show_error(error_text(exc))
            return
        self.card_view.show_card(card, self.number)
        self.state_label.setText(self.state_label.text().split(" – ")[0] + " – " + card.name)

    @property
    def card(self) -> CallerCard | None:
        """The caller card on screen (``None`` while no customer is known)."""
        return self.card_view.card

    def _input_error(self, text: str) -> None:
        self.input_error.setText(text)
        self.input_error.show()

    def _tick(self) -> None:
        """Elapsed time from the call's start (never counted in ticks)."""
        if self.call is None:
            return
        elapsed = (self.services.ctx.now() - self.call.started_at).total_seconds()
        self.timer_label.setText(duration_text(int(elapsed)))

    def _update_controls(self) -> None:
        in_call = self.call is not None
        card = self.card_view.card
        has_customer = in_call and card is not None
        self.end_button.setEnabled(in_call)
        self.outcome_combo.setEnabled(in_call)
        self.notes_edit.setEnabled(in_call)
        self.callback_check.setEnabled(in_call)
        self.callback_edit.setEnabled(in_call and self.callback_check.isChecked())
        self.purpose_combo.setEnabled(in_call)
        self.take_button.setEnabled(not in_call)
        for button in (self.order_button, self.inquiry_button, self.account_button,
                       self.history_button):
            button.setEnabled(has_customer)
        self.repeat_button.setEnabled(has_customer and card.has_orders)
        self.handover_button.setVisible(has_customer and card.managed_by_other)
        self.lead_button.setVisible(in_call and card is None)

    # -- during the call -----------------------------------------------------------------------
    def _set_purpose(self, purpose: str) -> None:
        index = self.purpose_combo.findData(purpose)
        if index >= 0 and not self.purpose_combo.currentData():
            self.purpose_combo.setCurrentIndex(index)

    def request_phone_order(self) -> None:
        """Ctrl+Shift+O: the counter cart becomes this call's phone order (delivery)."""
        if self.call is None or self.card is None:
            return
        self._set_purpose("order")
        self.phone_order_requested.emit(self.card.customer_id, self.call.id)

    def repeat_last_order(self) -> None:
        """Ctrl+Shift+R: the caller's last order goes into the counter cart as a phone order."""
        if self.call is None or self.card is None:
            return
        try:
            draft = self.services.sales.last_order_draft(self.card.customer_id)
        except CounterAppError as exc:
            self.call_error.setText(error_text(exc))
            return
        if draft is None:
            self.call_error.setText(self.tr("This customer has no order to repeat."))
            return
        self._set_purpose("order")
        self.draft_requested.emit(replace(draft, channel="phone", call_id=self.call.id,
                                          customer_id=self.card.customer_id))

    def phone_order_completed(self, order_number: str, call_id: int) -> None:
        """The counter committed the phone order of ``call_id``: outcome "ordered"."""
        if self.call is None or call_id != self.call.id:
            return
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData("ordered"))
        note = self.tr("Order %1").replace("%1", order_number)
        text = self.notes_edit.toPlainText()
        self.notes_edit.setPlainText((text + "\n" + note).strip())
        self.call_error.clear()

    def open_inquiry(self) -> None:
        """Price and availability for this customer's price list."""
        self._set_purpose("inquiry")
        InquiryDialog(self.services, self.card.customer_id if self.card else None, self).open()

    def request_account_update(self) -> None:
        """Open the customer dialog (the customers service audits the change)."""
        if self.card is None:
            return
        self._set_purpose("account_update")
        self.account_update_requested.emit(self.card.customer_id)
        if open_customer_dialog(self, self.services, self.session, self.card.customer_id):
            self.refresh_card()

    def refresh_card(self) -> None:
        """Reload the caller card (after the account was edited or an order taken)."""
        if self.card is not None:
            self._show_customer(self.card.customer_id, self.card.contact_id)

    def leave_handover_note(self) -> None:
        """The account belongs to a colleague: leave them a note (a task in their list)."""
        card = self.card
        if card is None or self.session.actor is None:
            return
        if HandoverDialog.ask(self, self.services, self.session.actor, card.customer_id,
                              card.account_manager_name or card.account_manager_login,
                              self.call.id if self.call else None):
            self.notification.emit(self.tr("Handover note left for %1")
                                   .replace("%1", card.account_manager_login))

    def new_lead(self) -> None:
        """Ctrl+Shift+N: the unknown caller becomes a lead with this number."""
        if self.call is None or self.session.actor is None or self.card is not None:
            return
        match = NewLeadDialog.ask(self, self.services, self.session.actor, self.number)
        if match is not None:
            self.choose_caller(match.customer_id, match.contact_id or 0)

    def _outcome_changed(self) -> None:
        if self.outcome_combo.currentData() == "callback_requested":
            self.callback_check.setChecked(True)
        if self.outcome_combo.currentData():
            self.call_error.clear()

    # -- ending the call -----------------------------------------------------------------------
    def end_call(self) -> bool:
        """Save the call with its outcome (required), notes and callback; True when saved."""
        actor = self.session.actor
        if self.call is None or actor is None:
            return False
        outcome = self.outcome_combo.currentData()
        if not outcome:
            self.call_error.setText(self.tr("Choose the outcome of the call before ending it."))
            self.outcome_combo.setFocus()
            return False
        callback_at = None
        if self.callback_check.isChecked():
            callback_at = self.callback_edit.dateTime().toPython().replace(second=0,
                                                                           microsecond=0)
        try:
            row = self.services.calls.end_call(
                actor, self.call.id, outcome=outcome, purpose=self.purpose_combo.currentData(),
                notes=self.notes_edit.toPlainText(), callback_at=callback_at,
                task_id=self.task_id if outcome in REACHED else None)
        except CounterAppError as exc:
            self.call_error.setText(error_text(exc))
            return False
        self._timer.stop()
        self.timer_label.setText(duration_text(row.duration_s))
        self.state_label.setText(self.tr("Call saved: %1").replace(
            "%1", label(OUTCOME_LABELS, row.outcome)))
        self.call, self.task_id = None, None
        self.outcome_combo.setCurrentIndex(0)
        self.purpose_combo.setCurrentIndex(0)
        self.notes_edit.clear()
        self.callback_check.setChecked(False)
        self.call_error.clear()
        self.number_edit.clear()
        self._update_controls()
        self.resume_button.setVisible(self.sale_parked)
        self.refresh_call_list()
        self.call_logged.emit(row.id)
        return True

    def set_sale_parked(self, parked: bool) -> None:
        """The counter reports whether it parked a sale for this call."""
        self.sale_parked = bool(parked)
        if parked and self.call is not None:
            self.notes_edit.setFocus()  # parking moved the focus to the counter

    def resume_parked_sale(self) -> None:
        """Ctrl+Shift+U: back to the sale parked when the call came in (newest parked)."""
        self.resume_button.hide()
        self.sale_parked = False
        actor = self.session.actor
        list_parked = getattr(self.services.sales, "list_parked", None)
        if actor is None or list_parked is None:
            return
        parked = list_parked(actor)
        if parked:
            newest = max(parked, key=lambda p: (p.created_at, p.id))
            self.resume_parked_requested.emit(newest.id)

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
        if row is None or self.call is not None:
            return False
        if not row.number:
            self.notification.emit(self.tr("No phone number for %1").replace(
                "%1", row.customer_name))
            return False
        self.open_url(QUrl("tel:" + row.number))
        self.number_edit.setText(row.number)
        started = self.take_call(row.number, direction="outbound", customer_id=row.customer_id)
        if started:
            self.task_id = row.task_id
        return started

    # -- history -------------------------------------------------------------------------------
    def open_customer_history(self) -> None:
        """All calls of the caller."""
        if self.card is not None:
            CallHistoryDialog(self.services, self.card.customer_id,
                              self.tr("Calls of %1").replace("%1", self.card.name), self,
                              actor=self.session.actor).open()

    def open_team_history(self) -> None:
        """Every call of the team, with daily counts per rep."""
        self.call_list.open_team_history()

    def new_campaign(self) -> None:
        """A campaign: a saved filter over customers with a script."""
        self.call_list.new_campaign()
