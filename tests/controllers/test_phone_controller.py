"""``PhoneController`` and ``CallListController`` with a real database: every phone flow, no Qt.

The flows the widget tests (tests/ui/test_phone_panel.py) drive, here one level down:

1. number → the caller's card (with the calling contact), the call record, the timer from
   the call's start on the clock
2. an unreadable number is said under the field and on the card; nothing is written
3. End without an outcome is refused, writes nothing, the call goes on
4. a callback requested: the task appears in the call list, falls due, the due check says so
5. Dial on a call-list row: ``tel:`` to the dialer, an outbound call, reached → task done
6. several customers share the number: the pick list, the choice recorded;
   an unknown number: a new lead (status ``lead``) through ``calls.create_lead``
7. a call while the workstation is locked waits for the next login
8. an account managed by a colleague offers a handover note (a task in their list)
9. phone order: the counter is asked for the call's cart; the counter's sale linked to the
   call sets "ordered", notes the order number and reloads the card; End saves it
10. the customer's call history is opened with their name
11. a call parks the open sale; after End the parked sale is offered and resumed
12. price inquiry for the caller's price list
13. calls ring first (#12 item 3): an incoming call rings (card shown, nothing written,
    no sale parked); only Answer (or Enter) starts the call and parks the sale; Decline or
    no answer logs a missed call; a known caller's missed call becomes a callback task
And below the widgets: a second call while one is open is refused, repeat last order (none / a draft in
the phone channel), account update reloads the card, reassigning and closing list tasks.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from counterapp.db.models import AuditEntry, Call, Customer, Order, Product, Task
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.ui.phone.controller import IDLE, IN_CALL, RINGING, PhoneController
from counterapp.ui.phone.controller_list import CallListController
from tests.ui.phone_helpers import T0, Clock, make_customer

D = Decimal


class FakeHost:
    """The view, as the controller sees it: every request recorded, answers set per test."""

    def __init__(self, services):
        self.services = services
        self.events: list[tuple] = []
        self.lead_name = ""  # the new-lead form's name ("" = cancelled)
        self.account_saved = False
        self.handover_note = ""
        self.parked_answer: bool | None = None  # what the counter says after park_sale
        self.controller: PhoneController | None = None

    def caller_shown(self, number):
        self.events.append(("shown", number))

    def call_started(self, call_id):
        self.events.append(("started", call_id))

    def call_logged(self, call_id):
        self.events.append(("logged", call_id))

    def park_sale(self):
        self.events.append(("park",))
        if self.parked_answer is not None:
            self.controller.set_sale_parked(self.parked_answer)

    def start_phone_order(self, customer_id, call_id):
        self.events.append(("phone_order", customer_id, call_id))

    def load_draft(self, draft):
        self.events.append(("draft", draft))

    def resume_parked(self, parked_id):
        self.events.append(("resume", parked_id))

    def ask_new_lead(self, number):
        if not self.lead_name:
            return None
        return self.services.calls.create_lead(self.controller.actor, number, self.lead_name)

    def edit_account(self, customer_id):
        self.events.append(("account", customer_id))
        if self.account_saved:
            Customer.update(notes="Pays by bank transfer").where(
                Customer.id == customer_id).execute()
        return self.account_saved

    def ask_handover(self, card, call_id):
        if not self.handover_note:
            return False
        self.services.calls.handover_note(self.controller.actor, card.customer_id,
                                          self.handover_note, call_id)
        return True

    def open_inquiry(self, customer_id):
        self.events.append(("inquiry", customer_id))

    def open_history(self, customer_id, title):
        self.events.append(("history", customer_id, title))

    def open_url(self, url):
        self.events.append(("url", url))

    def notify(self, text):
        self.events.append(("notify", text))

    def kinds(self) -> list[str]:
        return [event[0] for event in self.events]


@pytest.fixture
def clock(services):
    clock = Clock()
    services.ctx.clock = clock
    return clock


@pytest.fixture
def phone(services, staff, clock):
    """Factory: a phone controller for ``login`` (None: locked) with its fake host."""

    def make(login: str | None = "junior"):
        session = SimpleNamespace(actor=staff[login] if login else None)
        host = FakeHost(services)
        controller = PhoneController(services, session, host)
        host.controller = controller
        return controller, host, session

    return make


def _reach(controller, outcome="information_given") -> None:
    controller.set_outcome(outcome)
    assert controller.end_call()


def test_number_shows_card_then_call_record_and_timer_from_the_clock(phone, clock):
    controller, host, _ = phone()
    customer = make_customer(contact="Luca Bianchi")
    assert controller.take_call("02 1234 5678")
    state = controller.state.value
    assert state.phase == IN_CALL and state.direction == "inbound"
    assert state.card.name == "Rossi & Figli SRL" and state.card.contact_name == "Luca Bianchi"
    # the card is shown before the record is written, then the sale is parked
    assert host.kinds() == ["shown", "park", "started"]
    assert controller.elapsed_seconds() == 0
    clock.advance(minutes=1, seconds=5)
    assert controller.elapsed_seconds() == 65
    call = Call.get()
    assert (call.direction, call.number, call.customer_id) == ("inbound", "+390212345678",
                                                                customer.id)
    assert controller.state.value.callback_at == T0 + dt.timedelta(hours=2)


def test_unreadable_number_is_said_and_nothing_is_written(phone):
    controller, host, _ = phone()
    assert not controller.take_call("hello there")
    state = controller.state.value
    assert "number" in state.input_error and state.caller.kind == "error"
    assert state.phase == IDLE and Call.select().count() == 0 and host.events == []
    controller.number_typed()  # typing a new number: the stale message goes
    state = controller.state.value
    assert state.input_error == "" and state.caller.kind == "idle"


def test_end_without_outcome_is_refused_and_writes_nothing(phone, clock):
    controller, _, _ = phone()
    make_customer()
    controller.take_call("021234 5678")
    audits = AuditEntry.select().count()
    controller.set_notes("wants a quote")
    controller.set_callback(True)
    clock.advance(minutes=2)
    assert not controller.end_call()
    assert "outcome" in controller.state.value.call_error.lower()
    call = Call.get()
    assert call.ended_at is None and call.outcome == "" and call.notes == ""
    assert Task.select().count() == 0 and AuditEntry.select().count() == audits
    assert controller.call is not None
    controller.set_outcome("information_given")  # choosing one clears the message
    assert controller.state.value.call_error == ""
    controller.set_outcome("")
    assert not controller.end_call()
    assert controller.state.value.call_error
    controller.set_notes("wants a quote, call back")  # typing clears it too
    assert controller.state.value.call_error == ""


def test_callback_becomes_a_call_list_task_that_falls_due(phone, services, staff, clock):
    controller, _, session = phone()
    make_customer()
    calls = CallListController(services, session)
    calls.user_changed(session.actor)
    controller.take_call("+39 02 1234 5678")
    controller.set_outcome("callback_requested")
    assert controller.state.value.callback_on  # a callback request turns the time on
    due = T0 + dt.timedelta(hours=2)
    controller.set_callback(True, due + dt.timedelta(seconds=42))  # seconds are dropped
    controller.set_purpose("inquiry")
    clock.advance(minutes=3)
    assert controller.end_call()
    call = Call.get()
    assert (call.outcome, call.purpose, call.ended_at) == ("callback_requested", "inquiry",
                                                           T0 + dt.timedelta(minutes=3))
    assert controller.state.value.saved.outcome == "callback_requested"
    calls.refresh()
    [row] = calls.rows.value
    assert row.kind == "callback" and row.due_at == due and not row.overdue
    assert calls.check_due() is None  # not yet due
    clock.advance(hours=2)
    notice = calls.check_due()
    assert [task.due_at for task in notice.tasks] == [due]
    assert notice.text == "Due now: Rossi & Figli SRL"
    assert calls.rows.value[0].overdue


def test_dial_a_call_list_row_starts_an_outbound_call_and_closes_its_task(phone, services,
                                                                          staff, clock):
    controller, host, session = phone()
    customer = make_customer()
    task = services.tasks.create_task(staff["junior"], kind="follow_up", due_at=T0,
                                      reason="Late delivery", customer_id=customer.id)
    calls = CallListController(services, session)
    calls.refresh()
    assert controller.dial(calls.row_at(0))
    assert ("url", "tel:+390212345678") in host.events
    assert controller.call.direction == "outbound" and controller.card.name == customer.name
    clock.advance(minutes=1)
    _reach(controller)
    assert Task.get_by_id(task.id).status == "done"  # the customer was reached
    calls.refresh()
    assert calls.rows.value == ()


def test_dial_without_a_number_says_so(phone, services, staff):
    controller, host, session = phone()
    customer = make_customer(number=None)
    services.tasks.create_task(staff["junior"], kind="follow_up", due_at=T0, reason="Visit",
                               customer_id=customer.id)
    calls = CallListController(services, session)
    calls.refresh()
    assert not controller.dial(calls.row_at(0))
    assert host.events == [("notify", "No phone number for Rossi & Figli SRL")]
    assert Call.select().count() == 0


def test_several_matches_give_a_pick_list_and_an_unknown_caller_a_lead(phone):
    controller, host, _ = phone()
    make_customer("Alfa SRL")
    beta = make_customer("Beta SRL")
    assert controller.incoming("02 1234 5678") and controller.answer()
    state = controller.state.value
    assert state.caller.kind == "choices" and controller.card is None
    assert [m.name for m in state.caller.matches] == ["Alfa SRL", "Beta SRL"]
    assert state.offers_lead  # nobody named yet
    assert controller.choose_caller(beta.id)
    assert controller.card.name == "Beta SRL" and Call.get().customer_id == beta.id
    _reach(controller, "wrong_number")

    controller.take_call("06 9876 5432")
    assert controller.state.value.caller.kind == "unknown"
    assert not controller.new_lead()  # the form was cancelled: nothing made
    assert Customer.select().count() == 2
    host.lead_name = "Mario Verdi"
    assert controller.new_lead()
    assert controller.card.name == "Mario Verdi" and controller.card.status == "lead"
    lead = Customer.get(Customer.name == "Mario Verdi")
    assert Call.get(Call.number == "+390698765432").customer_id == lead.id


def test_a_call_on_a_locked_workstation_waits_for_the_login(phone, staff):
    controller, host, session = phone(None)
    make_customer()
    assert not controller.incoming("0212345678")
    assert controller.call is None and host.events == []
    session.actor = staff["junior"]
    controller.user_changed(session.actor)
    assert controller.state.value.ringing and controller.card.name == "Rossi & Figli SRL"
    assert controller.answer() and controller.call is not None
    controller.user_changed(session.actor)  # shown once, not again at the next login
    assert host.kinds().count("started") == 1


def test_an_account_managed_by_a_colleague_offers_a_handover_note(phone, staff):
    controller, host, _ = phone()
    customer = make_customer(manager=staff["am"].id)
    controller.incoming("0212345678")
    assert not controller.state.value.offers_handover  # ringing: nobody is talking yet
    controller.answer()
    assert controller.state.value.offers_handover
    assert not controller.handover()  # cancelled
    host.handover_note = "Wants the new catalogue"
    assert controller.handover()
    task = Task.get()
    assert (task.assigned_to.login, task.customer_id, task.call_id) == (
        "am", customer.id, controller.call.id)
    assert host.events[-1] == ("notify", "Handover note left for am")


def _sell(services, actor, customer, call_id=None) -> str:
    product = Product.get_or_none(Product.sku == "CAF-1KG") or Product.create(
        sku="CAF-1KG", name="Caffè in grani 1 kg", price=D("18.90"), stock=50)
    draft = CartDraft(lines=(CartLineInput(product.id, 1),), customer_id=customer.id,
                      channel="phone" if call_id else "counter", call_id=call_id)
    gross = services.pricing.price_cart(draft).gross
    return services.checkout.checkout(actor, draft, [PaymentInput("card", gross)],
                                   sale_uuid=f"test-{call_id}-{Order.select().count()}").number


def test_phone_order_is_asked_of_the_counter_and_its_sale_ends_the_call_as_ordered(
        phone, services, staff, clock):
    controller, host, _ = phone()
    customer = make_customer(kind="b2c")
    controller.take_call("02 1234 5678")
    call_id = controller.call.id
    assert controller.phone_order()
    assert host.events[-1] == ("phone_order", customer.id, call_id)
    assert controller.state.value.purpose == "order"
    number = _sell(services, staff["junior"], customer, call_id)  # the counter's checkout
    controller.order_completed("2099-999999", call_id + 1)  # another call's: ignored
    assert controller.state.value.outcome == ""
    controller.set_notes("wants it by Friday")
    controller.order_completed(number, call_id)
    state = controller.state.value
    assert state.outcome == "ordered" and state.notes == f"wants it by Friday\nOrder {number}"
    assert state.card.has_orders  # the card was reloaded after the order
    clock.advance(minutes=4)
    assert controller.end_call()
    call = Call.get_by_id(call_id)
    assert (call.outcome, call.purpose, call.order.number) == ("ordered", "order", number)


def test_repeat_last_order_needs_an_order_then_gives_a_phone_draft(phone, services, staff):
    controller, host, _ = phone()
    customer = make_customer(kind="b2c")
    controller.take_call("02 1234 5678")
    assert not controller.state.value.can_repeat
    assert not controller.repeat_last_order()
    assert controller.state.value.call_error == "This customer has no order to repeat."
    _reach(controller)
    _sell(services, staff["junior"], customer)
    controller.take_call("02 1234 5678")
    assert controller.state.value.can_repeat
    assert controller.repeat_last_order()
    draft = host.events[-1][1]
    assert (draft.channel, draft.call_id, draft.customer_id) == ("phone", controller.call.id,
                                                                 customer.id)
    assert [line.quantity for line in draft.lines] == [1]
    assert controller.state.value.purpose == "order"


def test_customer_history_inquiry_and_account_update(phone):
    controller, host, _ = phone()
    customer = make_customer()
    controller.take_call("02 1234 5678")
    controller.customer_history()
    assert host.events[-1] == ("history", customer.id, "Calls of Rossi & Figli SRL")
    controller.inquiry()
    assert host.events[-1] == ("inquiry", customer.id)
    assert controller.state.value.purpose == "inquiry"
    controller.set_purpose("complaint")  # the rep's own choice is not overwritten
    assert not controller.account_update()  # the dialog was cancelled
    host.account_saved = True
    assert controller.account_update()
    assert controller.card.notes == "Pays by bank transfer"  # reloaded after the edit
    assert controller.state.value.purpose == "complaint"


def test_a_call_parks_the_sale_and_offers_to_resume_it(phone, services, staff):
    controller, host, _ = phone()
    make_customer()
    product = Product.create(sku="TE-100", name="Tè verde 100 g", price=D("4.50"), stock=20)
    parked = services.parking.park(staff["junior"], CartDraft(
        lines=(CartLineInput(product.id, 1),)))
    host.parked_answer = True  # the counter parked its cart
    controller.incoming("02 1234 5678")
    assert not controller.sale_parked and host.kinds() == ["shown"]  # ringing parks nothing
    controller.answer()
    assert controller.sale_parked and not controller.state.value.offer_resume
    _reach(controller)
    assert controller.state.value.offer_resume
    assert controller.resume_parked()
    assert host.events[-1] == ("resume", parked.id)
    assert not controller.state.value.offer_resume


def test_without_a_parked_sale_nothing_is_offered(phone):
    controller, host, _ = phone()
    make_customer()
    host.parked_answer = False  # the counter's cart was empty
    controller.take_call("02 1234 5678")
    _reach(controller)
    assert not controller.state.value.offer_resume
    assert not controller.resume_parked()


def test_ringing_writes_nothing_until_answered(phone):
    controller, host, _ = phone()
    make_customer()
    assert controller.ring("02 1234 5678")
    state = controller.state.value
    assert state.phase == RINGING and state.caller.card.name == "Rossi & Figli SRL"
    assert Call.select().count() == 0 and host.kinds() == ["shown"]
    assert controller.answer()
    assert controller.state.value.phase == IN_CALL and Call.select().count() == 1
    assert host.kinds() == ["shown", "park", "started"]
    assert not controller.answer()  # answered once


def test_a_second_call_while_one_is_open_is_refused(phone):
    controller, _, _ = phone()
    make_customer()
    controller.take_call("02 1234 5678")
    first = controller.call.id
    assert not controller.take_call("06 9876 5432")
    assert controller.state.value.input_error == "Finish the current call first (End call)."
    assert controller.call.id == first and Call.select().count() == 1


def test_call_list_tasks_are_closed_and_reassigned(phone, services, staff):
    _, _, session = phone()
    customer = make_customer()
    for reason in ("Send the price list", "Confirm the delivery"):
        services.tasks.create_task(staff["junior"], kind="follow_up", due_at=T0,
                                   reason=reason, customer_id=customer.id)
    calls = CallListController(services, session)
    calls.refresh()
    assert "junior" not in calls.reassign_choices() and "am" in calls.reassign_choices()
    first, second = calls.rows.value
    assert calls.mark_done(first)
    assert [row.reason for row in calls.rows.value] == [second.reason]
    assert calls.reassign(second, "am") == ""
    assert calls.rows.value == ()
    assert Task.get_by_id(second.task_id).assigned_to.login == "am"
    assert calls.reassign(first, "am") != ""  # a closed task cannot be given away
    calls.user_changed(None)
    assert calls.rows.value == ()


def test_a_declined_call_from_a_known_caller_is_missed_with_a_callback_task(phone, services,
                                                                            clock):
    controller, host, session = phone()
    customer = make_customer()
    calls = CallListController(services, session)
    calls.user_changed(session.actor)
    controller.incoming("02 1234 5678")
    clock.advance(seconds=20)
    assert controller.decline()
    call = Call.get()
    assert (call.direction, call.outcome, call.customer_id) == ("inbound", "no_answer",
                                                                customer.id)
    assert call.ended_at == T0 + dt.timedelta(seconds=20)
    task = Task.get()
    assert (task.kind, task.customer_id, task.call_id, task.assigned_to.login) == (
        "callback", customer.id, call.id, "junior")
    assert task.reason == "Missed call from Rossi & Figli SRL: call back"
    state = controller.state.value
    assert state.missed and state.phase == IDLE and not state.in_call
    assert "park" not in host.kinds() and host.kinds()[-1] == "logged"
    calls.refresh()
    assert [row.kind for row in calls.rows.value] == ["callback"]
    clock.advance(minutes=1)  # due at once: the next 30-second check says so
    assert calls.check_due().text == "Due now: Rossi & Figli SRL"
    assert calls.rows.value[0].overdue


def test_an_unanswered_unknown_caller_is_logged_missed_without_a_task(phone):
    controller, host, _ = phone()
    controller.incoming("06 9876 5432")
    assert controller.state.value.caller.kind == "unknown"
    assert controller.missed()  # the ring timer ran out
    call = Call.get()
    assert (call.outcome, call.customer_id, call.number) == ("no_answer", None, "+390698765432")
    assert Task.select().count() == 0
    assert not controller.missed() and not controller.decline()  # nothing rings any more


def test_enter_while_ringing_answers_and_a_second_ring_is_refused(phone):
    controller, host, _ = phone()
    make_customer()
    controller.incoming("02 1234 5678")
    assert not controller.incoming("06 9876 5432")  # one caller at a time
    assert controller.state.value.input_error == "Finish the current call first (End call)."
    assert controller.state.value.caller.card.name == "Rossi & Figli SRL"
    assert controller.take_call("")  # Enter in the number field: the ringing call
    assert controller.call.number == "+390212345678" and Call.select().count() == 1
    assert host.kinds() == ["shown", "park", "started"]


def test_locking_while_it_rings_hides_the_caller_until_the_next_login(phone, staff):
    controller, host, session = phone()
    make_customer()
    controller.incoming("02 1234 5678")
    session.actor = None
    controller.user_changed(None)
    state = controller.state.value
    assert state.phase == IDLE and state.caller.kind == "idle" and controller.card is None
    assert not controller.missed() and Call.select().count() == 0
    session.actor = staff["junior"]
    controller.user_changed(session.actor)
    assert controller.state.value.ringing and controller.card.name == "Rossi & Figli SRL"
