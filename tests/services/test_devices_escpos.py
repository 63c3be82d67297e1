"""ESC/POS receipts through python-escpos's Dummy printer: the bytes a real printer gets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from escpos.printer import Dummy

from counterapp.documents import data as docs
from counterapp.services.devices.base import DeviceError, FiscalReceipt
from counterapp.services.devices.config import check_device, make_device, parse_departments
from counterapp.services.devices.escpos import EscposDevice, render_receipt

D = Decimal
CUT = b"\x1dV"  # GS V: cut
KICK = b"\x1bp"  # ESC p: drawer kick pulse


def _order(payments) -> docs.OrderDocument:
    lines = (docs.DocumentLine(sku="VIT", description="Viti 4x40 conf. 200", quantity=2,
                               unit_price=D("6.90"), vat_rate=D("22"), net=D("11.31"),
                               vat=D("2.49"), gross=D("13.80")),
             docs.DocumentLine(sku="LIB", description="Manuale del fai da te", quantity=1,
                               unit_price=D("24.00"), vat_rate=D("4"), net=D("20.77"),
                               vat=D("0.83"), gross=D("21.60"), discount_pct=D("10")))
    return docs.OrderDocument(
        company=docs.CompanyInfo(name="Ferramenta Rossi", address_lines=("Via Roma 1",),
                                 vat_number="IT01234567890"),
        number="V2026-000123", created_at=dt.datetime(2026, 11, 29, 10, 30),
        customer=docs.Party(name=""), lines=lines, total_net=D("32.08"), total_vat=D("3.32"),
        total_gross=D("35.40"), payments=payments, discount_total=D("2.40"))


def _receipt(payments, cash: bool, extra=()) -> FiscalReceipt:
    return FiscalReceipt(number="V2026-000123", kind="sale", lines=(), payments=(),
                         total=D("35.40"), order=_order(payments), cash=cash,
                         extra_lines=extra)


@pytest.mark.parametrize("width", [48, 32])
def test_receipt_bytes_have_the_text_the_barcode_and_the_cut(width):
    printer = Dummy()
    render_receipt(printer, _receipt((docs.Payment("card", D("35.40")),), cash=False,
                                     extra=("Documento commerciale 0001-0042",)),
                   width=width)
    out = printer.output
    assert b"Ferramenta Rossi" in out
    assert b"Viti 4x40 conf. 200" in out
    assert b"35,40" in out and b"TOTALE EUR" in out
    assert b"Documento commerciale 0001-0042" in out
    assert b"\x1dkI" in out and b"{BV2026-000123" in out  # Code128, code set B
    assert out.endswith(CUT + b"\x00")  # the paper is cut last
    assert KICK not in out
    # every printed line fits the paper
    for line in out.split(b"\n"):
        text = line.split(b"\x1b")[0]
        assert len(text) <= width


def test_the_drawer_kicks_only_for_cash_after_the_cut():
    printer = Dummy()
    render_receipt(printer, _receipt((docs.Payment("cash", D("35.40")),), cash=True))
    out = printer.output
    assert KICK in out
    assert out.index(CUT) < out.index(KICK)


def test_the_device_prints_through_its_connection_and_reports_offline():
    printers = []

    def opener(target):
        printers.append(Dummy())
        return printers[-1]

    device = EscposDevice("tcp://10.0.0.9:9100", opener=opener)
    result = device.print_receipt(_receipt((docs.Payment("cash", D("35.40")),), cash=True))
    assert result.drawer_opened and KICK in printers[0].output
    device.open_drawer()
    assert printers[1].output.startswith(KICK)

    def unreachable(target):
        raise OSError("connection refused")

    with pytest.raises(DeviceError) as caught:
        EscposDevice("tcp://10.0.0.9:9100", opener=unreachable).open_drawer()
    assert caught.value.reason == "offline"


@pytest.mark.parametrize("value", ["", "pdf", "escpos:tcp://192.168.1.50:9100",
                                   "escpos:usb:04b8:0202", "escpos:file:/dev/usb/lp0",
                                   "escpos:serial:/dev/ttyUSB0", "epson-rt:http://10.0.0.5",
                                   "epson-rt:http://10.0.0.5:8080"])
def test_the_contract_device_values_are_accepted(value):
    assert check_device(value)
    assert make_device(value).name


@pytest.mark.parametrize("value", ["escpos", "escpos:lpt1", "epson-rt:https://x",
                                   "epson-rt:10.0.0.5", "printer"])
def test_wrong_device_values_name_the_setting(value):
    from counterapp.domain.errors import ValidationError
    with pytest.raises(ValidationError) as caught:
        check_device(value)
    assert caught.value.field == "receipt_device"


def test_departments_parse_and_refuse_bad_pairs():
    from counterapp.domain.errors import ValidationError
    assert parse_departments("22:1;10:2; 4:3") == {D("22"): 1, D("10"): 2, D("4"): 3}
    for bad in ("22-1", "22:0", "x:1", "22:11"):
        with pytest.raises(ValidationError):
            parse_departments(bad)
