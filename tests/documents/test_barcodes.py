"""Printed barcodes scan back to what they encode.

Each PDF is rasterised with poppler's ``pdftoppm`` at office-scanner resolutions and
decoded with zbar's ``zbarimg``: what a clerk's scanner would read.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from counterapp.documents.delivery_note import render_delivery_note
from counterapp.documents.manifest import render_manifest
from counterapp.documents.order_slip import render_order_slip
from counterapp.documents.receipt import render_receipt

from .conftest import make_delivery_note, make_manifest, make_order, make_receipt

needs_scanner_tools = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools) to rasterise and decode",
)


def decode(pdf: bytes, tmp_path: Path, dpi: int) -> list[str]:
    """Every barcode zbar finds on the PDF's pages rendered at ``dpi``."""
    source = tmp_path / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / "page")],
        check=True,
    )
    found = []
    for image in sorted(tmp_path.glob("page*.png")):
        result = subprocess.run(
            ["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True
        )
        # zbarimg exits 4 when an image holds no barcode at all.
        assert result.returncode in (0, 4), result.stderr
        found.extend(line for line in result.stdout.splitlines() if line)
    return found


@needs_scanner_tools
@pytest.mark.parametrize("dpi", [150, 200])
def test_order_slip_code128_decodes_to_order_number(tmp_path, dpi):
    assert decode(render_order_slip(make_order()), tmp_path, dpi) == ["2026/000123"]


@needs_scanner_tools
@pytest.mark.parametrize("dpi", [150, 200])
def test_delivery_note_code128_and_tracking_qr_decode(tmp_path, dpi):
    note = make_delivery_note()

    found = decode(render_delivery_note(note), tmp_path, dpi)

    assert sorted(found) == sorted([note.order_number, note.tracking_url])


@needs_scanner_tools
def test_manifest_has_one_code_per_shipment(tmp_path):
    manifest = make_manifest()

    found = decode(render_manifest(manifest), tmp_path, 200)

    assert sorted(found) == sorted(shipment.tracking_number for shipment in manifest.shipments)


@needs_scanner_tools
def test_roll_receipt_code128_decodes(tmp_path):
    assert decode(render_receipt(make_receipt()), tmp_path, 200) == ["2026/000123"]
