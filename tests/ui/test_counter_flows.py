"""Counter flows beyond the cash sale: customer, quote, delivery, return, phone order."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from counterapp.db.models import Address, AuditEntry, Carrier, Customer, PriceList, Product, User
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.ui.counter.cart_model import COL_QUANTITY
from tests.conftest import TEST_PINS
from tests.ui import test_counter as base
from tests.ui.test_counter import (
    expect_receipt_preview,
    press,
    receipt_closed,
    scan,
    search_field,
    top_level,
    when_shown,
)

counter = base.counter  # the same fixture: seeded database, window shown, keyboard in search
_stop_pollers = base._stop_pollers


def business_customer(credit_limit: str = "1000.00", balance: str = "0") -> Customer:
    """A B2B account with a net price list 10 % below retail and a default address."""
    price_list = PriceList.create(code="RIV", name="Rivenditori", includes_vat=False,
                                  default_discount=Decimal("10"))
    customer = Customer.create(
        code="C00042", kind="b2b", name="Rossi & Figli SRL", search_name="rossi & figli srl",
        vat_number="IT01234567890", price_list=price_list, credit_limit=Decimal(credit_limit),
        balance=Decimal(balance), account_manager=User.get(User.login == "senior"))
    Address.create(customer=customer, street="Via Roma 12", postcode="20121", city="Milano",
                   province="MI", is_default=True)
    return customer


def test_customer_picked_with_f7_reprices_and_shows_the_badge(qtbot, counter):
    window, panel = counter("junior")
    customer = business_customer(credit_limit="100.00", balance="150.00")
    scan(qtbot, panel, "8001234567895")
    retail = panel.priced.gross

    def pick(dialog):
        field = dialog.findChild(QLineEdit, "customerSearch")
        qtbot.keyClicks(field, "rossi")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_shown(qtbot, "customerSearchDialog", pick)
    press(qtbot, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: panel.cart.customer_id == customer.id)
    assert panel.priced.customer.name == "Rossi & Figli SRL"
    assert not panel.priced.prices_include_vat
    assert panel.priced.gross != retail
    badge = panel.findChild(QLabel, "customerBadgeText").text()
    assert "B2B" in badge and "Sergio Senior" in badge and "Rivenditori" in badge
    assert "#b00020" in badge  # over the credit limit: red
    press(qtbot, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert panel.cart.customer_id is None
    assert panel.priced.gross == retail


def test_quote_saved_then_found_and_sold_at_quoted_prices(qtbot, counter):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    scan(qtbot, panel, "8009876543217")
    when_shown(qtbot, "saveQuoteDialog",
               lambda dialog: qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return))
    preview = expect_receipt_preview(qtbot)
    press(qtbot, Qt.Key.Key_F10)
    receipt_closed(qtbot, panel, preview)
    quotes = window.services.quotes.find_quotes()
    assert len(quotes) == 1 and quotes[0].gross == Decimal("14.50")
    assert quotes[0].valid_until == window.services.ctx.now().date() + dt.timedelta(days=30)
    assert panel.cart_model.rowCount() == 0

    # The price changes; the quote keeps its price.
    Product.update(price=Decimal("12.00")).where(Product.sku == "VIT-430").execute()
    when_shown(qtbot, "findQuotesDialog",
               lambda dialog: qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return))
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.cart_model.rowCount() == 2)
    assert panel.priced.gross == Decimal("14.50")
    assert panel.cart.quote_number == quotes[0].number

    qtbot.waitUntil(lambda: QApplication.focusWidget() is search_field(panel))
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: panel.payment_dialog is not None)
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed):
        qtbot.keyClick(panel.payment_dialog.findChild(QLineEdit, "tenderedAmount"),
                       Qt.Key.Key_Return)
    receipt_closed(qtbot, panel, preview)
    assert window.services.quotes.find_quotes()[0].status == "converted"


def test_delivery_on_account_shows_the_promised_date(qtbot, counter):
    window, panel = counter("junior")
    Carrier.create(code="BRT", name="BRT", pickup_time=dt.time(17, 0),
                   cutoff_time=dt.time(16, 0), transit_days=1)
    customer = business_customer()
    panel.cart.customer_id = customer.id
    scan(qtbot, panel, "8005555555557")
    when_shown(qtbot, "deliveryDialog", lambda dialog: qtbot.mouseClick(
        dialog.findChild(QPushButton, "confirmDelivery"), Qt.MouseButton.LeftButton))
    press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: panel.payment_dialog is not None
                    and panel.payment_dialog.isVisible())
    dialog = panel.payment_dialog
    assert dialog.findChild(QPushButton, "payAccount").isEnabled()
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed) as completed:
        qtbot.mouseClick(dialog.findChild(QPushButton, "payAccount"), Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.findChild(QLineEdit, "tenderedAmount"), Qt.Key.Key_Return)
    assert "Promised for" in panel.findChild(QLabel, "searchMessage").text()
    receipt_closed(qtbot, panel, preview)
    number = completed.args[0]
    shipment = window.services.shipping_queue.find(number)
    assert shipment is not None and shipment.city == "Milano"
    assert top_level("deliveryPromise") is None  # no popup after saving (issue 12)
    sale = window.services.returns.find_sale(number)
    assert [p.method for p in sale.payments] == ["account"]


def test_return_of_one_line_refunds_by_the_original_method(qtbot, counter):
    window, panel = counter("junior")
    services = window.services
    actor = window.session.actor
    ids = {p.sku: p.id for p in Product.select()}
    sale = services.checkout.checkout(
        actor, CartDraft(lines=(CartLineInput(ids["VIT-430"], 2),
                                CartLineInput(ids["GUA-L"], 1))),
        [PaymentInput("card", Decimal("24.50"))], sale_uuid=str(uuid.uuid4()))

    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: top_level("returnDialog") is not None)
    dialog = top_level("returnDialog")
    qtbot.waitUntil(dialog.isActiveWindow)
    number_field = dialog.findChild(QLineEdit, "returnSaleNumber")
    qtbot.keyClicks(number_field, sale.number)
    qtbot.keyClick(number_field, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 2
    dialog.spins[0].setValue(1)
    preview = expect_receipt_preview(qtbot)
    qtbot.keyClick(dialog.spins[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    receipt_closed(qtbot, panel, preview)
    detail = services.returns.find_sale(sale.number)
    assert [line.returned_quantity for line in detail.lines] == [1, 0]
    assert "10.00" in panel.findChild(QLabel, "searchMessage").text()


def test_phone_order_slot_starts_a_phone_cart_and_parks_the_current_one(qtbot, counter):
    window, panel = counter("junior")
    customer = business_customer()
    scan(qtbot, panel, "8001234567895")
    panel.start_phone_order(customer.id, 0)
    assert len(window.services.parking.list_parked()) == 1  # the walk-in cart was not lost
    assert panel.cart.channel == "phone" and panel.cart.customer_id == customer.id
    assert panel.cart.deliver_by_default
    assert panel.park_current_sale() is False  # nothing to park yet
    scan(qtbot, panel, "8009876543217")
    assert panel.park_current_sale() is True
    parked = window.services.parking.list_parked()
    assert len(parked) == 2
    panel.resume_parked(parked[-1].id)
    assert panel.cart.channel == "phone"
    assert panel.cart_model.rowCount() == 1


def test_on_account_above_available_credit_needs_approval(qtbot, counter):
    window, panel = counter("junior")
    customer = business_customer(credit_limit="50.00")
    panel.cart.customer_id = customer.id
    scan(qtbot, panel, "8005555555557")  # 89.00 retail, net for the business list
    dialog = base.open_payment(qtbot, panel)

    def approve(approval):
        approval.findChild(QLineEdit, "approverLogin").clear()  # the mentor is filled in
        qtbot.keyClicks(approval.findChild(QLineEdit, "approverLogin"), "mgr")
        qtbot.keyClicks(approval.findChild(QLineEdit, "approverPin"), TEST_PINS["mgr"])
        qtbot.keyClick(approval.findChild(QLineEdit, "approverPin"), Qt.Key.Key_Return)

    when_shown(qtbot, "approvalDialog", approve)
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed, timeout=10000) as completed:
        qtbot.mouseClick(dialog.findChild(QPushButton, "payAccount"), Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.findChild(QLineEdit, "tenderedAmount"), Qt.Key.Key_Return)
    receipt_closed(qtbot, panel, preview)
    entry = AuditEntry.get(AuditEntry.entity_id == completed.args[0],
                           AuditEntry.action == "approved_sale_over_credit")
    assert User.get_by_id(entry.approver_id).login == "mgr"
    assert Customer.get_by_id(customer.id).balance == panel.services.returns.find_sale(
        completed.args[0]).gross


def test_quantity_typed_in_the_cell_reprices(qtbot, counter):
    _window, panel = counter("junior")
    scan(qtbot, panel, "8009876543217")
    index = panel.cart_model.index(0, COL_QUANTITY)
    assert panel.cart_model.setData(index, "4")
    qtbot.waitUntil(lambda: panel.cart_model.row_at(0).quantity == 4)
    assert panel.priced.gross == Decimal("18.00")
    assert not panel.cart_model.setData(index, "lots")
    assert panel.cart_model.row_at(0).quantity == 4
