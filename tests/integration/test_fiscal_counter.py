"""The counter with an RT fiscal printer (the simulator): ``CounterController`` with a real
database and ``run_inline``, then the real panel's pending bar and its Retry button."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from counterapp.db.models import Order, Product
from counterapp.services.cart import PaymentInput
from counterapp.ui.counter.controller import CounterController
from counterapp.ui.counter.fiscal_bar import FiscalBar
from tests.controllers.test_counter_controller import FakeHost, pay
from tests.fiscal_simulator import FiscalSimulator

D = Decimal


@pytest.fixture
def sim(services):
    with FiscalSimulator() as simulator:
        services.ctx.settings.set("receipt_device", f"epson-rt:{simulator.url}")
        yield simulator


@pytest.fixture
def counter(services, staff, sim):
    Product.create(sku="VIT", barcode="8001234567895", name="Viti 4x30", price=D("10.00"),
                   stock=50, vat_rate=D("22"))
    host = FakeHost(services, staff["junior"])
    controller = CounterController(services, SimpleNamespace(actor=staff["junior"]), host)
    controller.refresh()
    return controller, host


def test_offline_printer_sale_saved_pending_bar_then_retry_prints_once(counter, sim):
    controller, host = counter
    sim.fail("offline")
    controller.enter_code("8001234567895")
    assert pay(controller, [PaymentInput("cash", D("10.00"), tendered=D("20"))]).accepted
    number = host.completed[0][0]
    assert Order.get(Order.number == number).fiscal_status == "pending"
    pending = controller.fiscal_pending.value
    assert pending.order_number == number and pending.can_retry
    assert "fiscal document is pending" in pending.text and "cannot be reached" in pending.text
    assert host.printed == []  # the RT printer is the receipt: no PDF
    sim.fail(None)
    controller.retry_fiscal()
    assert controller.fiscal_pending.value is None
    assert controller.notice.value.text == "Documento commerciale 0001-0001 printed."
    controller.retry_fiscal()  # nothing pending: nothing sent
    assert len(sim.receipts()) == 1


def test_a_printed_sale_says_its_fiscal_number(counter, sim):
    controller, host = counter
    controller.enter_code("8001234567895")
    pay(controller, [PaymentInput("card", D("10.00"))])
    assert controller.notice.value.text == "Documento commerciale 0001-0001 printed."
    assert controller.fiscal_pending.value is None
    assert sim.receipts()[0].payments[0]["type"] == "2"


def test_the_pending_bar_shows_why_and_its_retry_prints(qtbot, counter, sim):
    controller, host = counter
    bar = FiscalBar(controller.retry_fiscal)
    qtbot.addWidget(bar)
    controller.fiscal_pending.subscribe(bar.paint)
    bar.show()
    bar.paint(controller.fiscal_pending.value)
    assert not bar.isVisible()
    sim.fail("paper_out")
    controller.enter_code("8001234567895")
    pay(controller, [PaymentInput("cash", D("10.00"))])
    assert bar.isVisible() and "out of paper" in bar.label.text()
    assert bar.retry_button.isVisible()
    sim.fail(None)
    qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert len(sim.receipts()) == 1


def test_the_counter_panel_shows_the_bar_under_the_search_field(qtbot, app_window, settings):
    from counterapp.ui.counter.fiscal_bar import FiscalBar as Bar  # noqa: PLC0415
    from tests.controllers.test_counter_controller import Sink  # noqa: PLC0415
    from tests.ui.window_helpers import seed_users  # noqa: PLC0415

    probe = app_window()
    seed_users(probe.services)
    Product.create(sku="VIT", barcode="8001234567895", name="Viti 4x30", price=D("10.00"),
                   stock=50, vat_rate=D("22"))
    with FiscalSimulator() as printer:
        settings.set("receipt_device", f"epson-rt:{printer.url}")
        window = app_window(user="mgr")
        window.show()
        panel = window.counter_panel
        bar = panel.findChild(Bar, "fiscalPendingBar")
        assert bar is panel.fiscal_bar and bar.isHidden()
        printer.fail("cover_open")
        panel.controller.enter_code("8001234567895")
        sink = Sink()
        panel.controller.checkout([PaymentInput("card", D("10.00"))], None, sink)
        qtbot.waitUntil(lambda: not bar.isHidden())
        assert "cover is open" in bar.label.text() and sink.accepted
        printer.fail(None)
        qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bar.isHidden())
        assert len(printer.receipts()) == 1


def test_a_broken_device_setting_says_so_and_prints_the_pdf(services, staff):
    services.ctx.settings.set("receipt_device", "epson-rt:ftp://printer")
    Product.create(sku="VIT", barcode="8001234567895", name="Viti 4x30", price=D("10.00"),
                   stock=50, vat_rate=D("22"))
    host = FakeHost(services, staff["junior"])
    controller = CounterController(services, SimpleNamespace(actor=staff["junior"]), host)
    controller.refresh()
    controller.enter_code("8001234567895")
    assert pay(controller, [PaymentInput("card", D("10.00"))]).accepted
    number = host.completed[0][0]
    assert host.printed == [("receipt", number)]
    assert "receipt_device" in controller.notice.value.text


def test_a_delivery_gets_its_fiscal_document_like_a_counter_sale(counter, sim, services):
    from counterapp.services.delivery import DeliveryRequest  # noqa: PLC0415
    from tests.controllers.test_counter_controller import business_customer  # noqa: PLC0415
    from tests.services.shipping_fixtures import make_carrier  # noqa: PLC0415

    controller, host = counter
    make_carrier()
    controller.set_customer(business_customer().id)
    controller.enter_code("8001234567895")
    host.delivery = DeliveryRequest(method="courier")
    controller.deliver()
    pay(controller, [PaymentInput("account", host.payments[-1].gross)], host.delivery)
    number = host.completed[0][0]
    # The same receipt path as a counter sale: the RT printer's document, no PDF besides.
    assert host.printed == []
    [document] = sim.receipts()
    assert document.payments[0]["type"] == "5"  # on account: not collected
    assert Order.get(Order.number == number).fiscal_number == "0001-0001"
