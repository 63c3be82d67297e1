"""Receipts: an 80 mm till roll as long as its content, and an A4 sheet."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from counterapp.documents.data import ReceiptData
from counterapp.documents.receipt import render_receipt

from .conftest import CUSTOMER, make_consumer_line, make_line, make_receipt, pdf_text


def page_size(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


def test_roll_receipt_shows_lines_vat_total_payments_and_change():
    text = pdf_text(render_receipt(make_receipt()))

    assert "RICEVUTA" in text
    assert "Silicone trasparente 280 ml 22 % 12,68" in text
    assert "TOTALE 46,06 €" in text
    assert "di cui IVA 4,77" in text
    assert "4 % 24,00 0,96" in text and "22 % 17,29 3,81" in text
    assert "Contanti 46,06" in text
    assert "Contanti ricevuti 50,00" in text
    assert "RESTO 3,94" in text
    assert "N. R-2026/004211" in text
    assert "Operatore Giulia Romano" in text


def test_roll_is_80mm_wide_and_as_long_as_its_content():
    short = render_receipt(make_receipt())
    long_receipt = make_receipt()
    lines = tuple(make_line(index, 1) for index in range(40))
    long_receipt = replace(long_receipt, order=replace(long_receipt.order, lines=lines))
    long = render_receipt(long_receipt)

    short_width, short_height = page_size(short)
    long_width, long_height = page_size(long)
    assert short_width == pytest.approx(80 * mm)
    assert long_width == pytest.approx(80 * mm)
    assert 100 * mm < short_height < 250 * mm
    assert long_height > short_height + 40 * 4 * mm
    assert len(PdfReader(io.BytesIO(long)).pages) == 1


def test_a4_receipt_has_the_same_facts():
    pdf = render_receipt(make_receipt("a4"))
    text = pdf_text(pdf)

    assert page_size(pdf) == pytest.approx((595.27, 841.89), abs=0.1)
    assert "Ricevuta" in text
    assert "R-2026/004211" in text
    assert "Totale 46,06 €" in text
    assert "Resto 3,94 €" in text
    assert "Pagina 1 di 1" in text


def test_receipt_copy_is_marked():
    receipt = make_receipt(is_copy=True)
    assert "*** COPIA ***" in pdf_text(render_receipt(receipt))
    assert "COPIA" in pdf_text(render_receipt(replace(receipt, paper="a4")))


def test_receipt_in_english():
    text = pdf_text(render_receipt(make_receipt(language="en")))

    assert "RECEIPT" in text
    assert "TOTAL €46.06" in text
    assert "CHANGE 3.94" in text


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="paper"):
        render_receipt(ReceiptData(order=make_receipt().order, paper="legal"))


def test_b2b_receipt_prints_unit_price_and_amount_on_the_same_basis():
    # A business account's price list is net: "2 x 5,20" stood beside the gross 12,69.
    receipt = make_receipt(prices_include_vat=False)
    receipt = replace(receipt, order=replace(receipt.order, customer=CUSTOMER,
                                             lines=(make_line(3, 2),)))
    text = pdf_text(render_receipt(receipt))

    assert "2 x 5,20" in text
    assert "Silicone trasparente 280 ml 22 % 10,40" in text  # 2 × 5,20 net
    assert "EURO netto" in text
    assert "12,69" not in text.split("TOTALE")[0]


def test_b2b_a4_receipt_amount_column_is_net_like_its_unit_price():
    receipt = make_receipt("a4", prices_include_vat=False)
    receipt = replace(receipt, order=replace(receipt.order, customer=CUSTOMER,
                                             lines=(make_line(3, 2),)))
    text = pdf_text(render_receipt(receipt))

    assert "Importo netto" in text
    assert "5,20 € 22 % 10,40 €" in text


def test_receipt_prints_the_cart_discount():
    # 10 % off the cart: the lines carry it, and the receipt says so.
    lines = (make_consumer_line(0, 1), make_consumer_line(3, 2))
    discounted = tuple(replace(line, discount_pct=Decimal("10")) for line in lines)
    roll = make_receipt(cart_discount_pct=Decimal("10"), discount_total=Decimal("2.11"))
    roll = replace(roll, order=replace(roll.order, lines=discounted))
    text = pdf_text(render_receipt(roll))

    assert "Sconto sul totale 10 %" in text
    assert "Sconti -2,11" in text
    assert "Sconto 10 %" in text  # on each line it applies to
    a4 = pdf_text(render_receipt(replace(roll, paper="a4")))
    assert "Sconto sul totale 10 %" in a4 and "Sconti -2,11 €" in a4
