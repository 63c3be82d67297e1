"""The DDT prints every field Italian law asks of a transport document."""

from __future__ import annotations

from counterapp.documents.delivery_note import render_delivery_note

from .conftest import make_delivery_note, pdf_text


def test_ddt_shows_legal_fields():
    text = pdf_text(render_delivery_note(make_delivery_note()))

    assert "Documento di trasporto (DDT)" in text
    assert "DDT 2026/000123" in text
    assert "Data 27/11/2026" in text
    assert "Causale del trasporto Vendita" in text
    assert "Trasporto a cura del Vettore" in text
    assert "BRT S.p.A." in text
    assert "Colli 2" in text
    assert "Peso (kg) 7,40" in text
    assert "Aspetto esteriore dei beni Scatole di cartone" in text
    assert "Inizio trasporto 27/11/2026 16:30" in text
    assert "MITTENTE Ferramenta Bianchi S.r.l." in text
    assert "DESTINATARIO Edilizia Esposito & C. S.n.c." in text
    assert "LUOGO DI DESTINAZIONE Cantiere Esposito" in text
    assert "Ordine n. 2026/000123" in text
    assert "Firma conducente / vettore" in text and "Firma destinatario" in text


def test_ddt_lists_goods_without_prices():
    text = pdf_text(render_delivery_note(make_delivery_note()))

    assert "Trapano avvitatore a batteria 18 V con due batterie e valigetta" in text
    assert "TRAP-18V" in text
    assert "€" not in text


def test_ddt_without_destination_or_tracking_uses_recipient_address():
    note = make_delivery_note(destination=None, tracking_url="", tracking_number="",
                              transported_by="mittente", carrier_name="")
    text = pdf_text(render_delivery_note(note))

    assert "LUOGO DI DESTINAZIONE Edilizia Esposito & C. S.n.c." in text
    assert "Trasporto a cura del Mittente" in text


def test_ddt_in_english():
    text = pdf_text(render_delivery_note(make_delivery_note(language="en")))

    assert "Delivery note" in text
    assert "Reason for transport Vendita" in text
    assert "Page 1 of 1" in text
