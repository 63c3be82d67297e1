"""Quote, courier manifest and driver run sheet."""

from __future__ import annotations

from decimal import Decimal

from counterapp.documents.manifest import render_manifest
from counterapp.documents.quote import render_quote
from counterapp.documents.run_sheet import render_run_sheet

from .conftest import make_line, make_manifest, make_quote, make_run_sheet, pdf_text


def test_quote_shows_validity_lines_and_totals():
    text = pdf_text(render_quote(make_quote()))

    assert "Preventivo" in text
    assert "PR 2026/000045" in text
    assert "Valido fino al 27/12/2026" in text
    assert "Edilizia Esposito & C. S.n.c." in text
    assert "129,00 € 10 % 22 % 116,10 €" in text
    assert "Imponibile 258,30 €" in text
    assert "IVA 52,50 €" in text
    assert "Totale 310,80 €" in text


def test_quote_totals_read_with_thousands_separator():
    quote = make_quote(lines=(make_line(2, 10),))
    text = pdf_text(render_quote(quote))

    assert quote.order.total_gross == Decimal("1573.80")
    assert "Totale 1.573,80 €" in text


def test_manifest_lists_shipments_with_totals():
    text = pdf_text(render_manifest(make_manifest()))

    assert "Distinta di carico corriere" in text
    assert "MAN-2026-1127-BRT" in text
    assert "Ritiro 27/11/2026 17:00" in text
    assert "2026/000123 URGENTE Edilizia Esposito & C. S.n.c. Napoli 2 7,40" in text
    assert "BRT123456789014" in text
    assert "6 / 27,55" in text


def test_run_sheet_lists_stops_in_order():
    text = pdf_text(render_run_sheet(make_run_sheet()))

    assert "Foglio di viaggio autista" in text
    assert "Marco Colombo" in text
    positions = [text.index(name) for name in
                 ("Bar Centrale di Greco Luca", "Studio Dentistico Ricci", "Ristorante Da Gino")]
    assert positions == sorted(positions)
    assert "Tel. +39 02 8888 1111" in text
    assert "45,90 €" in text
    assert "Fermate 3" in text and "Colli 7" in text


def test_english_variants():
    assert "Courier manifest" in pdf_text(render_manifest(make_manifest(language="en")))
    assert "Driver run sheet" in pdf_text(render_run_sheet(make_run_sheet(language="en")))
    assert "Valid until 27/12/2026" in pdf_text(render_quote(make_quote(language="en")))


def test_quote_prints_the_cart_discount_and_what_the_discounts_took_off():
    text = pdf_text(render_quote(make_quote(cart_discount_pct=Decimal("5"),
                                            discount_total=Decimal("12.90"))))

    assert "Sconto sul totale 5 %" in text
    assert "Sconti -12,90 €" in text
    assert "Importo netto" in text  # a business account's quote: net beside net
