"""Read printed PDFs back the way a clerk's scanner would, with Python wheels only.

``pypdfium2`` (PDFium, the engine Chrome uses) rasterises the pages and ``zxing-cpp``
decodes the barcodes on them. Both are wheels in the ``dev`` extra, so ``make test`` needs
no poppler-utils or zbar-tools on the machine; they replaced ``pdftoppm`` and ``zbarimg``
after decoding the same values at 150-300 dpi.
"""

from __future__ import annotations

import pypdfium2
import zxingcpp
from PIL import Image

POINTS_PER_INCH = 72


def render_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Every page of ``pdf`` as a greyscale image at ``dpi``, like a scanner's copy."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / POINTS_PER_INCH, grayscale=True).to_pil()
                for page in document]
    finally:
        document.close()


def decode_barcodes(image: Image.Image) -> list[tuple[str, str]]:
    """Every barcode and QR code on ``image``, as ``(format, text)``, e.g. ``("Code128", …)``."""
    return [(barcode.format.name, barcode.text) for barcode in zxingcpp.read_barcodes(image)]


def scan_pdf(pdf: bytes, dpi: int = 200, pages: list[int] | None = None) -> list[str]:
    """The text of every code found on the PDF's ``pages`` (1-based; all if None)."""
    images = render_pages(pdf, dpi)
    wanted = pages or range(1, len(images) + 1)
    return [text for number in wanted for _, text in decode_barcodes(images[number - 1])]
