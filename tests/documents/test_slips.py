"""Order slip and packing slip: content, pagination and language."""

from __future__ import annotations

import io

from pypdf import PdfReader

from counterapp.documents.order_slip import render_order_slip
from counterapp.documents.packing_slip import render_packing_slip

from .conftest import make_line, make_order, page_texts, pdf_text


def test_order_slip_shows_customer_number_and_lines(order):
    text = pdf_text(render_order_slip(order))

    assert "Distinta di prelievo" in text
    assert "2026/000123" in text
    assert "Edilizia Esposito & C. S.n.c." in text
    assert "A-01-03" in text and "VIT-4X40" in text and "8001234567895" in text
    assert "URGENTE" in text
    assert "Pagina 1 di 1" in text


def test_order_slip_lists_lines_in_bin_order(order):
    text = pdf_text(render_order_slip(order))

    positions = [text.index(bin_) for bin_ in ("A-01-03", "A-02-01", "B-04-07", "C-10-02")]
    assert positions == sorted(positions)


def test_long_order_paginates_with_repeated_header_and_page_count():
    lines = tuple(make_line(index, index % 7 + 1) for index in range(300))
    pdf = render_order_slip(make_order(lines=lines))

    pages = page_texts(pdf)
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in page
        assert "Ubicazione Codice EAN Descrizione Q.tà" in page
    text = " ".join(pages)
    assert all(f"VIT-4X40-{index}" in text for index in range(5, 300, 5))


def test_packing_slip_in_english_has_no_prices(order):
    english = make_order(language="en")
    text = pdf_text(render_packing_slip(english))

    assert "Packing slip" in text
    assert "Page 1 of 1" in text
    assert "BRT123456789012" in text
    assert "€" not in text


def test_packing_slip_in_italian(order):
    text = pdf_text(render_packing_slip(order))

    assert "Documento di imballo" in text
    assert "Colli 2" in text
    assert "Peso (kg) 7,40" in text


def test_copy_stamp_only_on_reprints(order):
    assert "COPIA" not in pdf_text(render_order_slip(order))
    assert "COPIA" in pdf_text(render_order_slip(make_order(is_copy=True)))


def test_output_is_a_pdf_and_deterministic(order):
    first, second = render_order_slip(order), render_order_slip(order)

    assert first.startswith(b"%PDF-")
    assert first == second
    assert len(PdfReader(io.BytesIO(first)).pages) == 1


def test_company_logo_is_drawn_and_a_missing_one_ignored(order, tmp_path):
    from dataclasses import replace

    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo)
    with_logo = replace(order, company=replace(order.company, logo_path=logo))
    without = replace(order, company=replace(order.company, logo_path=tmp_path / "gone.png"))

    def images(pdf: bytes) -> dict:
        return PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"].get("/XObject", {})

    assert len(images(render_order_slip(with_logo))) == 1
    assert len(images(render_order_slip(without))) == 0
    assert "Ferramenta Bianchi S.r.l." in pdf_text(render_order_slip(without))
