"""The customer display: the line just scanned and the total, then the change."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from escpos.printer import Dummy

from counterapp.db.models import Product
from counterapp.services.cart import PaymentInput
from counterapp.services.devices.display import CLEAR, CustomerDisplay, change_text, scanned_text
from counterapp.ui.counter.controller import CounterController
from tests.controllers.test_counter_controller import FakeHost, pay

D = Decimal


def test_two_lines_of_twenty_and_a_failing_display_is_ignored():
    top, bottom = scanned_text("Viti autofilettanti 4x40 mm", D("13.80"), D("135.40"))
    assert (top, bottom) == ("Viti autofilet 13,80", "TOTALE        135,40")
    outputs = []

    def opener(target):
        outputs.append(Dummy())
        return outputs[-1]

    display = CustomerDisplay("serial:/dev/ttyUSB1", opener=opener)
    display.show(change_text(D("35.40"), D("14.60")))
    assert display.wait_idle()
    assert outputs[-1].output == CLEAR + b"TOTALE         35,40RESTO          14,60"

    def broken(target):
        raise OSError("no such device")

    failing = CustomerDisplay("serial:/dev/none", opener=broken)
    failing.show(("a", "b"))
    assert failing.wait_idle() and failing.written == []


def test_the_counter_drives_the_display(services, staff, tmp_path):
    out = tmp_path / "display.bin"
    services.ctx.settings.set("customer_display", f"escpos:file:{out}")
    Product.create(sku="VIT", barcode="8001234567895", name="Viti 4x30", price=D("10.00"),
                   stock=50, vat_rate=D("22"))
    controller = CounterController(services, SimpleNamespace(actor=staff["junior"]),
                                   FakeHost(services, staff["junior"]))
    controller.refresh()
    controller.enter_code("8001234567895")
    controller.enter_code("8001234567895")
    assert controller.display.wait_idle()
    assert out.read_bytes() == CLEAR + b"Viti 4x30      20,00TOTALE         20,00"
    pay(controller, [PaymentInput("cash", D("20.00"), tendered=D("50.00"))])
    assert controller.display.wait_idle()
    assert out.read_bytes() == CLEAR + b"TOTALE         20,00RESTO          30,00"
