"""Printed barcodes scan back to what they encode.

Each PDF is rasterised at office-scanner resolutions and decoded (``tests/pdf_tools``:
PDFium and zxing-cpp, Python wheels only): what a clerk's scanner would read. 150-300 dpi
decode the same values as poppler's ``pdftoppm`` with zbar's ``zbarimg`` did before.
"""

from __future__ import annotations

import pytest

from counterapp.documents.delivery_note import render_delivery_note
from counterapp.documents.manifest import render_manifest
from counterapp.documents.order_slip import render_order_slip
from counterapp.documents.receipt import render_receipt
from tests.pdf_tools import decode_barcodes, render_pages

from .conftest import make_delivery_note, make_manifest, make_order, make_receipt

SCANNER_DPI = [150, 200, 300]


def decode(pdf: bytes, dpi: int) -> list[tuple[str, str]]:
    """Every ``(format, text)`` found on the PDF's pages rendered at ``dpi``, sorted."""
    return sorted(code for page in render_pages(pdf, dpi) for code in decode_barcodes(page))


@pytest.mark.parametrize("dpi", SCANNER_DPI)
def test_order_slip_code128_decodes_to_order_number(dpi):
    assert decode(render_order_slip(make_order()), dpi) == [("Code128", "2026/000123")]


@pytest.mark.parametrize("dpi", SCANNER_DPI)
def test_delivery_note_code128_and_tracking_qr_decode(dpi):
    note = make_delivery_note()

    found = decode(render_delivery_note(note), dpi)

    assert found == [("Code128", note.order_number), ("QRCode", note.tracking_url)]


def test_manifest_has_one_code_per_shipment():
    manifest = make_manifest()

    found = decode(render_manifest(manifest), 200)

    assert found == sorted(("Code128", shipment.tracking_number)
                           for shipment in manifest.shipments)


@pytest.mark.parametrize("dpi", SCANNER_DPI)
def test_roll_receipt_code128_decodes(dpi):
    assert decode(render_receipt(make_receipt()), dpi) == [("Code128", "2026/000123")]


def test_render_pages_gives_one_image_per_page_at_the_asked_resolution():
    slip = render_order_slip(make_order())

    pages = render_pages(slip, 150)

    # A4 is 210 x 297 mm: 1240 x 1754 pixels at 150 dpi.
    assert len(pages) >= 1
    assert [abs(size - expected) <= 1
            for size, expected in zip(pages[0].size, (1240, 1754), strict=True)] == [True, True]
