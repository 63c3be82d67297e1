"""``CounterController`` with a real database and ``run_inline``: every counter flow, no Qt.

The flows the widget tests (tests/ui/test_counter*.py) drive, here one level down:

1. scan, "+" a line, line discount, cash with change, receipt after the commit, cart empty
2. Pay pressed twice / while the checkout runs: one sale (the busy guard)
3. unknown barcode says so and adds nothing; "2*CODE" adds two
4. search, empty prefixes not asked again
5. quantities: N*, −, Del; a refused change rolls back
6. park, survive a "restart" (a new controller), resume
7. close with a cart: cancel keeps it, park parks it
8. a junior's discount above the limit: a senior approves it, the sale records the approver
9. the same refused without approval
10. split payment cash then card
11. customer picked: re-priced with their list; walk-in again
12. quote saved, found, sold at quoted prices
13. delivery on account: promised date said, then the receipt
14. a return: said, its receipt printed
15. phone order: the current cart is parked, park/resume keeps the phone channel
16. on account above the credit: approval asked during checkout, then sold
17. a busy database: "retrying" shown, one sale; a failure is said, nothing sold
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from types import SimpleNamespace

import pytest

from counterapp.db.models import Address, AuditEntry, Customer, Order, PriceList, Product, User
from counterapp.domain.errors import DatabaseRetryable
from counterapp.domain.permissions import Action
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.delivery import DeliveryRequest
from counterapp.ui.counter.controller import CounterController
from tests.conftest import TEST_PINS
from tests.services.shipping_fixtures import make_carrier

D = Decimal


class FakeHost:
    """The view, as the controller sees it: answers set per test, every call recorded."""

    def __init__(self, services, actor):
        self.services, self.actor = services, actor
        self.approver: str | None = None  # login that approves, None = cancel
        self.backorder = True
        self.deliver_answer: bool | None = False
        self.delivery: DeliveryRequest | None = None
        self.close_choice = "keep"
        self.payments: list = []
        self.printed: list[tuple[str, str]] = []
        self.completed: list[tuple[str, int | None]] = []
        self.parked = 0
        self.asked: list[str] = []
        self.previews: list[bool] = []

    def approve(self, action, amount, description):
        self.asked.append(f"approve {action} {amount}: {description}")
        if self.approver is None:
            return None
        return self.services.staff.approve(self.approver, TEST_PINS[self.approver],
                                           action, requester=self.actor, amount=amount)

    def confirm_backorder(self, short):
        self.asked.append("backorder " + ",".join(line.sku for line in short))
        return self.backorder

    def deliver_phone_order(self):
        self.asked.append("deliver?")
        return self.deliver_answer

    def ask_delivery(self, customer):
        self.asked.append("delivery")
        return self.delivery

    def open_payment(self, request):
        self.payments.append(request)

    def choose_close(self, cart_lines, parked):
        self.asked.append(f"close {cart_lines} {parked}")
        return self.close_choice

    def print_document(self, doc_type, number, *, preview=False):
        self.printed.append((doc_type, number))
        self.previews.append(preview)

    def sale_completed(self, number, call_id):
        self.completed.append((number, call_id))

    def parked_changed(self):
        self.parked += 1


class Sink:
    """The payment dialog: busy flags, retry notices, errors, accepted."""

    def __init__(self):
        self.busy: list[bool] = []
        self.retrying = 0
        self.errors: list[str] = []
        self.accepted = False

    def set_busy(self, busy):
        self.busy.append(busy)

    def show_retrying(self):
        self.retrying += 1

    def show_error(self, text):
        self.errors.append(text)

    def accept(self):
        self.accepted = True


@pytest.fixture
def goods(services, staff):
    rows = {}
    for sku, barcode, name, price, stock in (
            ("VIT-430", "8001234567895", "Viti 4x30", "10.00", 50),
            ("GUA-L", "8009876543217", "Guanti L", "4.50", 20),
            ("TRA-800", "8005555555557", "Trapano 800W", "89.00", 2)):
        rows[sku] = Product.create(sku=sku, barcode=barcode, name=name, price=D(price),
                                   stock=stock, vat_rate=D("22"))
    return rows


@pytest.fixture
def counter(services, staff, goods):
    """Factory: a controller for ``login`` with its fake host."""

    def make(login: str = "junior"):
        actor = staff[login]
        host = FakeHost(services, actor)
        controller = CounterController(services, SimpleNamespace(actor=actor), host)
        controller.refresh()
        return controller, host

    return make


def business_customer(credit_limit: str = "1000.00") -> Customer:
    price_list = PriceList.create(code="RIV", name="Rivenditori", includes_vat=False,
                                  default_discount=D("10"))
    customer = Customer.create(
        code="C00042", kind="b2b", name="Rossi & Figli SRL", search_name="rossi & figli srl",
        vat_number="IT01234567890", price_list=price_list, credit_limit=D(credit_limit),
        account_manager=User.get(User.login == "senior"))
    Address.create(customer=customer, street="Via Roma 12", postcode="20121", city="Milano",
                   province="MI", is_default=True)
    return customer


def sales() -> list[Order]:
    return list(Order.select().where(Order.kind == "sale"))


def pay(controller, payments, delivery=None) -> Sink:
    sink = Sink()
    controller.checkout(payments, delivery, sink)
    return sink


def test_scan_plus_discount_cash_with_change_then_the_receipt(counter, services):
    controller, host = counter()
    assert controller.enter_code("8001234567895") == 0
    assert controller.enter_code("8009876543217") == 1
    assert controller.change_quantity(1, +1)
    assert controller.apply_discount(1, D("5"), whole_cart=False)
    assert controller.priced.gross == D("18.55")
    assert controller.notice.value.text == "Discount applied."
    controller.pay()
    assert host.payments[-1].gross == D("18.55") and host.payments[-1].delivery is None
    sink = pay(controller, [PaymentInput("cash", D("18.55"), tendered=D("50"))])
    assert sink.accepted and sink.busy == [True] and not controller.busy
    number = host.completed[0][0]
    assert host.printed == [("receipt", number)]  # after the commit, never before
    assert controller.cart.is_empty() and controller.state.value.has_lines is False
    assert "Change due: €31.45" in controller.notice.value.text
    sale = services.returns.find_sale(number)
    assert [(p.method, p.amount, p.tendered, p.change) for p in sale.payments] == [
        ("cash", D("18.55"), D("50.00"), D("31.45"))]
    assert controller.reprint_last() and host.printed[-1] == ("receipt", number)


def test_nothing_is_accepted_while_a_sale_is_being_saved(counter, services):
    controller, host = counter()
    controller.enter_code("8001234567895")
    inside = {}
    real = services.checkout.checkout

    def checkout(*args, **kwargs):  # the runner calls this while the guard is held
        inside["again"] = controller.checkout([PaymentInput("card", D("10"))], None, Sink())
        controller.pay()
        inside["add"] = controller.enter_code("8009876543217")
        inside["park"] = controller.park_current_sale()
        inside["close"] = controller.confirm_close()
        inside["busy"] = controller.state.value.busy
        return real(*args, **kwargs)

    services.checkout.checkout = checkout
    try:
        pay(controller, [PaymentInput("card", D("10"))])
    finally:
        del services.checkout.checkout
    assert inside == {"again": False, "add": None, "park": False, "close": False, "busy": True}
    assert host.payments == [] and len(sales()) == 1
    assert not controller.busy


def test_unknown_code_says_so_and_adds_nothing_then_quantity_times_code(counter):
    controller, _host = counter()
    assert controller.enter_code("0000000000000") is None
    assert "0000000000000" in controller.notice.value.text
    assert controller.notice.value.level == "error" and controller.cart.is_empty()
    assert controller.enter_code("2*8001234567895") == 0
    assert controller.cart.lines[0].quantity == 2


def test_search_finds_and_skips_prefixes_that_found_nothing(counter):
    controller, _host = counter()
    assert [row.sku for row in controller.search("guanti")] == ["GUA-L"]
    assert controller.search("zzzq") == [] and "zzzq" in controller.empty_prefixes
    assert controller.search("zzzqx") == []
    assert controller.add_product(controller.search("guanti")[0]) == 0


def test_quantities_set_minus_delete_and_a_refusal_rolls_back(counter):
    controller, _host = counter()
    controller.enter_code("8001234567895")
    controller.enter_code("8005555555557")
    assert controller.set_quantity(1, 3)
    assert controller.priced.lines[1].backorder  # 3 wanted, 2 in stock: marked
    controller.change_quantity(1, -1)
    assert controller.priced.lines[1].quantity == 2
    assert controller.remove_line(1) and len(controller.priced.lines) == 1
    assert not controller.apply_discount(0, D("150"), whole_cart=False)
    assert controller.cart.lines[0].discount_pct == 0


def test_park_survives_a_new_controller_and_resumes(counter):
    controller, host = counter()
    controller.enter_code("8001234567895")
    controller.enter_code("8009876543217")
    assert controller.park_current_sale() and controller.cart.is_empty() and host.parked == 1
    assert "F9 lists parked sales" in controller.notice.value.text
    again, host2 = counter()  # another start of the app
    parked = again.services.parking.list_parked()
    assert len(parked) == 1
    assert again.resume_parked(parked[0].id) and len(again.priced.lines) == 2
    assert host2.parked == 1 and again.services.parking.list_parked() == []


def test_close_with_a_cart_asks_cancel_keeps_park_parks(counter):
    controller, host = counter()
    assert controller.confirm_close() and host.asked == []  # nothing open: no question
    controller.enter_code("8001234567895")
    host.close_choice = "cancel"
    assert controller.confirm_close() is False and not controller.cart.is_empty()
    host.close_choice = "park"
    assert controller.confirm_close() is True
    assert len(controller.services.parking.list_parked()) == 1


def test_junior_discount_above_limit_approved_by_a_manager(counter):
    controller, host = counter("junior")
    controller.enter_code("8001234567895")
    host.approver = "mgr"
    assert controller.apply_discount(0, D("20"), whole_cart=False)
    assert "A 20% discount is above your limit" in host.asked[0]
    assert controller.priced.gross == D("8.00")
    pay(controller, [PaymentInput("cash", D("8.00"), tendered=D("8.00"))])
    number = host.completed[0][0]
    entry = AuditEntry.get(AuditEntry.entity_id == number,
                           AuditEntry.action == "approved_line_discount")
    assert User.get_by_id(entry.approver_id).login == "mgr"


def test_junior_discount_refused_without_approval(counter):
    controller, host = counter("junior")
    controller.enter_code("8001234567895")
    assert not controller.apply_discount(0, D("20"), whole_cart=False)
    assert controller.notice.value.text == "The discount was not applied."
    assert controller.priced.gross == D("10.00")


def test_split_payment_cash_then_card(counter, services):
    controller, host = counter()
    controller.enter_code("8005555555557")
    pay(controller, [PaymentInput("cash", D("20.00"), tendered=D("20.00")),
                     PaymentInput("card", D("69.00"))])
    sale = services.returns.find_sale(host.completed[0][0])
    assert [(p.method, p.amount) for p in sale.payments] == [
        ("cash", D("20.00")), ("card", D("69.00"))]


def test_customer_reprices_and_walk_in_again(counter):
    controller, _host = counter()
    controller.enter_code("8005555555557")
    retail = controller.priced.gross
    customer = business_customer()
    assert controller.set_customer(customer.id)
    assert controller.priced.customer.name == "Rossi & Figli SRL"
    assert not controller.priced.prices_include_vat and controller.priced.gross != retail
    assert controller.set_customer(None) and controller.priced.gross == retail


def test_quote_saved_found_and_sold_at_quoted_prices(counter, services):
    controller, host = counter()
    controller.enter_code("8001234567895")
    controller.enter_code("8009876543217")
    today, default = controller.quote_dates()
    assert default == today + dt.timedelta(days=30)
    number = controller.save_quote(default)
    assert number and controller.cart.is_empty() and host.printed == [("quote", number)]
    Product.update(price=D("99.00")).execute()  # prices change after the quote
    assert controller.load_quote(number)
    assert controller.priced.gross == D("14.50") and controller.cart.quote_number == number
    assert "F12 to sell it" in controller.notice.value.text
    pay(controller, [PaymentInput("card", D("14.50"))])
    assert services.returns.find_sale(host.completed[0][0]).gross == D("14.50")


def test_delivery_on_account_says_the_promised_date_then_the_receipt(counter, services):
    controller, host = counter()
    make_carrier()
    customer = business_customer()
    controller.set_customer(customer.id)
    controller.enter_code("8005555555557")
    host.delivery = DeliveryRequest(method="courier")
    controller.deliver()
    request = host.payments[-1]
    assert request.delivery is host.delivery
    pay(controller, [PaymentInput("account", request.gross)], request.delivery)
    number = host.completed[0][0]
    assert "Promised for" in controller.notice.value.text
    assert host.printed == [("receipt", number)]
    assert services.shipping_queue.find(number).city == "Milano"


@pytest.mark.parametrize(("mode", "printed", "preview"), [
    ("print", ["receipt"], [False]),
    ("preview", ["receipt"], [True]),
    ("none", [], []),
])
def test_a_delivery_receipt_follows_the_workstation_setting(counter, services, mode, printed,
                                                            preview):
    """A delivery order printed its receipt itself, whatever ``receipt_after_sale`` said."""
    services.ctx.settings.set("receipt_after_sale", mode)
    controller, host = counter()
    make_carrier()
    controller.set_customer(business_customer().id)
    controller.enter_code("8005555555557")
    host.delivery = DeliveryRequest(method="courier")
    controller.deliver()
    request = host.payments[-1]
    assert pay(controller, [PaymentInput("account", request.gross)], request.delivery).accepted
    number = host.completed[0][0]
    assert "Promised for" in controller.notice.value.text
    assert host.printed == [(doc, number) for doc in printed]
    assert host.previews == preview


def test_phone_order_offers_delivery_and_cancel_does_nothing(counter):
    controller, host = counter()
    customer = business_customer()
    controller.enter_code("8001234567895")
    assert controller.start_phone_order(customer.id, 0)
    assert host.parked == 1  # the walk-in cart was parked, not lost
    assert controller.cart.channel == "phone" and controller.cart.deliver_by_default
    assert controller.park_current_sale() is False  # nothing to park yet
    controller.enter_code("8009876543217")
    host.deliver_answer = None
    controller.pay()
    assert host.asked[-1] == "deliver?" and host.payments == []
    host.deliver_answer = False
    controller.pay()
    assert host.payments[-1].delivery is None
    assert controller.park_current_sale()
    parked = controller.services.parking.list_parked()
    controller.resume_parked(parked[-1].id)
    assert controller.cart.channel == "phone" and len(controller.priced.lines) == 1


def test_a_return_is_said_and_its_receipt_printed(counter, services, staff):
    controller, host = counter()
    ids = {p.sku: p.id for p in Product.select()}
    sale = services.checkout.checkout(
        staff["junior"], CartDraft(lines=(CartLineInput(ids["VIT-430"], 2),)),
        [PaymentInput("card", D("20.00"))], sale_uuid=str(uuid.uuid4()))
    refund = services.returns.refund(staff["junior"], sale.number,
                                   [(services.returns.find_sale(sale.number).lines[0].id, 1)],
                                   refund_uuid=str(uuid.uuid4()))
    controller.refunded(refund.number, "10.00")
    assert "10.00" in controller.notice.value.text
    assert host.printed == [("receipt", refund.number)]
    assert controller.last_sale_number == refund.number


def test_on_account_above_credit_asks_approval_during_checkout(counter):
    controller, host = counter()
    customer = business_customer(credit_limit="50.00")
    controller.set_customer(customer.id)
    controller.enter_code("8005555555557")
    gross = controller.priced.gross
    host.approver = None
    sink = pay(controller, [PaymentInput("account", gross)])
    assert sink.errors and sales() == [] and not controller.busy
    host.approver = "mgr"
    sink = pay(controller, [PaymentInput("account", gross)])
    assert sink.accepted and len(sales()) == 1
    assert any(Action.SALE_OVER_CREDIT.value in asked for asked in host.asked)
    assert Customer.get_by_id(customer.id).balance == gross


def test_a_busy_database_is_retried_with_a_notice_and_sells_once(counter, services):
    controller, host = counter()
    controller.enter_code("8001234567895")
    real, attempts = services.checkout.checkout, []

    def flaky(*args, **kwargs):
        attempts.append(kwargs["sale_uuid"])
        if len(attempts) == 1:
            raise DatabaseRetryable("database is locked")
        return real(*args, **kwargs)

    services.checkout.checkout = flaky
    try:
        sink = pay(controller, [PaymentInput("cash", D("10.00"), tendered=D("10.00"))])
    finally:
        del services.checkout.checkout
    assert sink.retrying == 1 and sink.accepted and len(sales()) == 1
    assert attempts[0] == attempts[1]  # the same sale uuid: a lost commit cannot sell twice


def test_a_failed_checkout_is_said_keeps_the_cart_and_sells_nothing(counter, services):
    controller, host = counter()
    controller.enter_code("8001234567895")
    sink = pay(controller, [PaymentInput("card", D("5.00"))])  # does not cover the total
    assert sink.errors and not sink.accepted and sales() == []
    assert not controller.cart.is_empty() and host.completed == [] and host.printed == []


@pytest.mark.parametrize(("mode", "printed", "preview"), [
    ("print", [("receipt", "N")], [False]),  # the receipt printer (a preview when none set)
    ("preview", [("receipt", "N")], [True]),
    ("none", [], []),
])
def test_receipt_after_sale_follows_the_workstation_setting(counter, services, mode,
                                                            printed, preview):
    services.ctx.settings.set("receipt_after_sale", mode)
    controller, host = counter()
    controller.enter_code("8001234567895")
    assert pay(controller, [PaymentInput("cash", D("10.00"), tendered=D("20"))]).accepted
    number = host.completed[0][0]
    assert host.printed == [(doc, number) for doc, _n in printed]
    assert host.previews == preview
    # Ctrl+P reprints whatever the setting says.
    assert controller.reprint_last() and host.printed[-1] == ("receipt", number)
    assert host.previews[-1] is False


def test_change_due_is_published_until_the_next_scan(counter):
    controller, _host = counter()
    controller.enter_code("8001234567895")
    assert pay(controller, [PaymentInput("cash", D("10.00"), tendered=D("20"))]).accepted
    assert controller.state.value.change == (D("10.00"), D("10.00"))
    controller.enter_code("8009876543217")
    assert controller.state.value.change is None
    # A card sale has no change: nothing stays on the counter.
    assert pay(controller, [PaymentInput("card", D("4.50"))]).accepted
    assert controller.state.value.change is None


def test_typing_clears_the_last_notice(counter):
    controller, _host = counter()
    controller.enter_code("0000000000000")  # unknown: the notice says so
    assert controller.notice.value is not None
    controller.typing_started()
    assert controller.notice.value is None
