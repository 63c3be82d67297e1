"""The counter sale panel driven with the keyboard, as a clerk does, on a real database."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from counterapp.db.models import AuditEntry, Order, Product, User
from counterapp.ui.counter.parked_dialog import CloseDialog
from tests.conftest import TEST_PINS

PRODUCTS = (
    # sku, barcode, name, price (VAT included), stock
    ("VIT-430", "8001234567895", "Viti autofilettanti 4x30 (100 pz)", "10.00", 50),
    ("GUA-L", "8009876543217", "Guanti da lavoro taglia L", "4.50", 20),
    ("TRA-800", "8005555555557", "Trapano a percussione 800W", "89.00", 2),
)


def seed(url: str, settings) -> None:
    """Users of every role and three products, written before the window opens."""
    from counterapp.app import open_services  # noqa: PLC0415

    services = open_services(url, settings)
    services.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    services.staff.create_user(None, "senior", "Sergio Senior", "senior", TEST_PINS["senior"])
    services.staff.create_user(None, "junior", "Giulia Junior", "junior", TEST_PINS["junior"],
                               mentor_login="senior")
    for sku, barcode, name, price, stock in PRODUCTS:
        Product.create(sku=sku, barcode=barcode, name=name, price=Decimal(price), stock=stock,
                       vat_rate=Decimal("22"))
    services.ctx.db.close()


@pytest.fixture
def counter(qtbot, app_window, sqlite_url, settings, monkeypatch):
    """Factory: the real main window logged in as ``user``, shown, keyboard in the search."""
    seed(sqlite_url, settings)
    # Closing the window at teardown must not stop on the "parked sales" question.
    monkeypatch.setattr(CloseDialog, "ask", classmethod(lambda cls, *args: "keep"))

    def make(user: str = "junior"):
        window = app_window(user=user)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        panel = window.counter_panel
        panel.focus_main_field()
        return window, panel

    return make


def search_field(panel) -> QLineEdit:
    return panel.findChild(QLineEdit, "productSearch")


def scan(qtbot, panel, code: str) -> None:
    """A keyboard-wedge scanner: the digits, then Enter."""
    field = search_field(panel)
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard focus is (once the window has it back)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def top_level(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def when_shown(qtbot, name: str, action) -> None:
    """Run ``action(widget)`` as soon as a modal window called ``name`` appears."""
    timer = QTimer()
    timer.setInterval(10)

    def poll():
        widget = top_level(name)
        if widget is not None:
            timer.stop()
            action(widget)

    timer.timeout.connect(poll)
    timer.start()
    when_shown.timers.append(timer)  # kept alive until the test ends


when_shown.timers = []


@pytest.fixture(autouse=True)
def _stop_pollers():
    """A poller that never fired must not act on the next test's dialogs."""
    yield
    for timer in when_shown.timers:
        timer.stop()
    when_shown.timers.clear()


def expect_receipt_preview(qtbot) -> list:
    """The receipt preview appears (modal) after the commit; the clerk closes it with Esc.

    Armed before the sale, because the preview runs its own event loop.
    """
    closed = []

    def close(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        closed.append(dialog.windowTitle())

    when_shown(qtbot, "printPreviewDialog", close)
    return closed


def receipt_closed(qtbot, panel, preview: list) -> None:
    """Wait for the preview to be closed and the keyboard to be back in the search field."""
    qtbot.waitUntil(lambda: bool(preview))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search_field(panel))


def open_payment(qtbot, panel) -> QDialog:
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: panel.payment_dialog is not None and panel.payment_dialog.isVisible())
    return panel.payment_dialog


def sales() -> list[Order]:
    return list(Order.select().where(Order.kind == "sale"))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_keyboard_only_sale_with_discount_cash_and_receipt(qtbot, counter):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    scan(qtbot, panel, "8009876543217")
    assert panel.cart_model.rowCount() == 2
    # "+" on the selected (last scanned) line: two pairs of gloves.
    qtbot.keyClicks(search_field(panel), "+")
    assert panel.cart_model.row_at(1).quantity == 2
    assert search_field(panel).text() == ""

    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: top_level("discountDialog") is not None)
    percent = top_level("discountDialog").findChild(QLineEdit, "discountPercent")
    qtbot.keyClicks(percent, "5")
    qtbot.keyClick(percent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.cart_model.row_at(1).discount_pct == Decimal("5"))
    # 10.00 + 2 × 4.50 less 5 % = 10.00 + 8.55
    assert panel.priced.gross == Decimal("18.55")
    assert "18" in panel.findChild(QLabel, "cartTotal").text()

    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    qtbot.keyClicks(tendered, "50,00")
    assert "31.45" in dialog.findChild(QLabel, "changeDue").text().replace(",", ".")
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed) as completed:
        qtbot.keyClick(tendered, Qt.Key.Key_Return)
    number = completed.args[0]
    assert panel.cart_model.rowCount() == 0
    receipt_closed(qtbot, panel, preview)
    assert number in preview[0]
    assert QApplication.focusWidget() is search_field(panel)

    sale = window.services.returns.find_sale(number)
    assert (sale.gross, sale.paid) == (Decimal("18.55"), Decimal("18.55"))
    assert [(p.method, p.amount, p.tendered, p.change) for p in sale.payments] == [
        ("cash", Decimal("18.55"), Decimal("50.00"), Decimal("31.45"))]
    assert [line.quantity for line in sale.lines] == [1, 2]
    receipt = window.services.printing.render(window.session.actor, "receipt", number)
    text = pdf_text(receipt.pdf)
    assert number in text
    assert "18,55" in text or "18.55" in text


def test_pay_pressed_twice_or_reentrantly_makes_one_sale(qtbot, counter, monkeypatch):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    qtbot.keyClicks(tendered, "10")
    # Two Enters in a row, before the event loop runs again.
    preview = expect_receipt_preview(qtbot)
    qtbot.keyClick(tendered, Qt.Key.Key_Return)
    qtbot.keyClick(tendered, Qt.Key.Key_Return)
    receipt_closed(qtbot, panel, preview)
    assert len(sales()) == 1

    # Two clicks on Confirm, and presses that arrive while the checkout is running.
    scan(qtbot, panel, "8009876543217")
    dialog = open_payment(qtbot, panel)
    confirm = dialog.findChild(QPushButton, "confirmPayment")
    real_checkout = window.services.checkout.checkout
    calls = []

    def counted_checkout(*args, **kwargs):  # runs in the worker thread: no Qt here
        calls.append(kwargs["sale_uuid"])
        return real_checkout(*args, **kwargs)

    monkeypatch.setattr(window.services.checkout, "checkout", counted_checkout)
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed):
        confirm.click()
        assert panel.controller.busy and not confirm.isEnabled()
        confirm.click()
        dialog.confirm()
        panel.controller.pay()
        assert panel.controller.checkout(dialog.payments, None, dialog) is False
        qtbot.keyClick(dialog.findChild(QLineEdit, "tenderedAmount"), Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot close while committing
        assert dialog.isVisible()
    receipt_closed(qtbot, panel, preview)
    assert len(calls) == 1
    assert len(sales()) == 2


def test_unknown_barcode_says_so_and_adds_nothing(qtbot, counter):
    _window, panel = counter("junior")
    scan(qtbot, panel, "4000000000006")
    message = panel.findChild(QLabel, "searchMessage")
    assert "4000000000006" in message.text()
    assert panel.cart_model.rowCount() == 0
    # A known code scanned twice adds a second unit to the same line.
    search_field(panel).clear()
    scan(qtbot, panel, "VIT-430")
    scan(qtbot, panel, "8001234567895")
    assert panel.cart_model.rowCount() == 1
    assert panel.cart_model.row_at(0).quantity == 2


def test_typing_searches_and_down_enter_adds_a_result(qtbot, counter):
    _window, panel = counter("junior")
    field = search_field(panel)
    with qtbot.waitSignal(panel.results_model.modelReset, timeout=2000):
        qtbot.keyClicks(field, "guanti")
    qtbot.waitUntil(lambda: panel.results_model.rowCount() == 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results_view
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Return)
    assert panel.cart_model.row_at(0).sku == "GUA-L"
    assert QApplication.focusWidget() is field
    # A prefix that found nothing is not asked again for longer text.
    panel.run_search("zzzq")
    assert "zzzq" in panel.controller.empty_prefixes
    assert panel.run_search("zzzqx") == []


def test_quantity_keys_in_the_cart(qtbot, counter):
    _window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    scan(qtbot, panel, "8005555555557")
    qtbot.keyClick(search_field(panel), Qt.Key.Key_Up)
    assert QApplication.focusWidget() is panel.cart_view
    qtbot.keyClicks(panel.cart_view, "3*")
    assert panel.cart_model.row_at(1).quantity == 3
    assert panel.cart_model.row_at(1).backorder  # 3 wanted, 2 in stock: marked
    qtbot.keyClicks(panel.cart_view, "-")
    assert panel.cart_model.row_at(1).quantity == 2
    qtbot.keyClick(panel.cart_view, Qt.Key.Key_Delete)
    assert panel.cart_model.rowCount() == 1


def test_park_survives_a_restart_and_resumes(qtbot, counter):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    scan(qtbot, panel, "8009876543217")
    press(qtbot, Qt.Key.Key_F8)
    assert panel.cart_model.rowCount() == 0
    window.close()

    window, panel = counter("junior")
    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: top_level("parkedDialog") is not None)
    parked = top_level("parkedDialog")
    assert parked.model.rowCount() == 1
    assert parked.model.index(0, 0).data() == "junior"
    qtbot.keyClick(parked.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.cart_model.rowCount() == 2)
    assert window.services.parking.list_parked() == []


def test_close_with_a_cart_asks_and_parks(qtbot, counter, monkeypatch):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    monkeypatch.setattr(CloseDialog, "ask", classmethod(lambda cls, *args: "cancel"))
    assert window.close() is False
    monkeypatch.setattr(CloseDialog, "ask", classmethod(lambda cls, *args: "park"))
    assert window.close() is True
    assert len(window.services.parking.list_parked()) == 1


def test_junior_discount_above_limit_needs_a_managers_pin(qtbot, counter):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")

    def approve(dialog):
        dialog.findChild(QLineEdit, "approverLogin").clear()  # the mentor is filled in
        qtbot.keyClicks(dialog.findChild(QLineEdit, "approverLogin"), "mgr")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "approverPin"), TEST_PINS["mgr"])
        qtbot.mouseClick(dialog.findChild(QPushButton, "approveButton"),
                         Qt.MouseButton.LeftButton)

    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: top_level("discountDialog") is not None)
    percent = top_level("discountDialog").findChild(QLineEdit, "discountPercent")
    qtbot.keyClicks(percent, "20")
    when_shown(qtbot, "approvalDialog", approve)
    qtbot.keyClick(percent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.cart_model.row_at(0).discount_pct == Decimal("20"))
    assert panel.priced.gross == Decimal("8.00")

    open_payment(qtbot, panel)
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed) as completed:
        qtbot.keyClick(panel.payment_dialog.findChild(QLineEdit, "tenderedAmount"),
                       Qt.Key.Key_Return)
    receipt_closed(qtbot, panel, preview)
    entry = AuditEntry.get(AuditEntry.entity_id == completed.args[0],
                           AuditEntry.action == "approved_line_discount")
    assert User.get_by_id(entry.approver_id).login == "mgr"


def test_junior_discount_refused_without_approval(qtbot, counter):
    _window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: top_level("discountDialog") is not None)
    percent = top_level("discountDialog").findChild(QLineEdit, "discountPercent")
    qtbot.keyClicks(percent, "20")
    when_shown(qtbot, "approvalDialog", lambda dialog: dialog.reject())
    qtbot.keyClick(percent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: top_level("discountDialog") is None)
    assert panel.cart_model.row_at(0).discount_pct == 0
    assert panel.priced.gross == Decimal("10.00")


@pytest.mark.parametrize("bad", ["abc", "-5", "1e3", "12,3,45"])
def test_bad_tendered_amount_shows_a_message_and_sells_nothing(qtbot, counter, bad):
    _window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    with qtbot.assertNotEmitted(panel.sale_completed):
        qtbot.keyClicks(tendered, bad)
        assert dialog.findChild(QLabel, "paymentMessage").text()
        qtbot.keyClick(tendered, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "paymentMessage").text()
    assert sales() == []
    qtbot.keyClick(tendered, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.payment_dialog is None)
    assert panel.cart_model.rowCount() == 1


def test_split_payment_cash_then_card(qtbot, counter):
    window, panel = counter("junior")
    scan(qtbot, panel, "8005555555557")  # 89.00
    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    qtbot.keyClicks(tendered, "20")
    qtbot.mouseClick(dialog.findChild(QPushButton, "payCash"), Qt.MouseButton.LeftButton)
    assert dialog.remaining() == Decimal("69.00")
    assert not dialog.findChild(QPushButton, "payAccount").isEnabled()  # walk-in
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed) as completed:
        qtbot.mouseClick(dialog.findChild(QPushButton, "payCard"), Qt.MouseButton.LeftButton)
        qtbot.keyClick(tendered, Qt.Key.Key_Return)
    receipt_closed(qtbot, panel, preview)
    sale = window.services.returns.find_sale(completed.args[0])
    assert [(p.method, p.amount) for p in sale.payments] == [
        ("cash", Decimal("20.00")), ("card", Decimal("69.00"))]


def test_cart_and_results_models_pass_the_model_tester(qtbot, counter, qtmodeltester):
    _window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    scan(qtbot, panel, "8005555555557")
    qtmodeltester.check(panel.cart_model)
    panel.run_search("guanti viti trapano")
    panel.run_search("a")
    qtmodeltester.check(panel.results_model)
