"""Small flowables: tick boxes, right-aligned wrappers, Code128 and QR codes."""

from __future__ import annotations

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from counterapp.documents.fonts import SANS
from counterapp.documents.markup import para

# Code128 bars of 0.45 mm and a 10-module quiet zone read reliably from a laser print
# and from a 150 dpi scan (about 2.7 pixels per bar).
BARCODE_BAR_WIDTH = 0.45 * mm
BARCODE_HEIGHT = 13 * mm
# Below a third of a millimetre a 150 dpi scan no longer resolves every bar.
MIN_BAR_WIDTH = 0.33 * mm


class CheckBox(Flowable):
    """An empty square to tick by hand (picked, packed, delivered)."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size)


class RightAligned(Flowable):
    """Wraps a flowable (a barcode drawing) so it sits against the right edge."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available_width = available_width
        self._content_width, height = self.content.wrap(available_width, available_height)
        return available_width, height

    def draw(self) -> None:
        self.content.drawOn(self.canv, self._available_width - self._content_width, 0)


def is_barcode_encodable(value: str) -> bool:
    """Whether Code128 can carry ``value`` (printable ASCII, not empty)."""
    return bool(value) and all(" " <= char <= "~" for char in value)


def code128(
    value: str,
    bar_width: float = BARCODE_BAR_WIDTH,
    bar_height: float = BARCODE_HEIGHT,
    max_width: float | None = None,
) -> Flowable:
    """A Code128 barcode of ``value`` with its text below, or the text alone.

    Bars are ``bar_width`` wide, narrowed (never below ``MIN_BAR_WIDTH``) when a long
    value would not fit in ``max_width``. The text is set by us rather than by
    ReportLab's ``humanReadable``, which puts the digits' tops against the bars. A
    value Code128 cannot carry (accents, say) prints as text rather than failing
    the whole document.
    """
    caption = ParagraphStyle("barcode-caption", fontName=SANS, fontSize=8, leading=9,
                             alignment=TA_CENTER)
    if not is_barcode_encodable(value):
        return para(value, ParagraphStyle("barcode-fallback", parent=caption, fontSize=10))
    drawing = _code128_drawing(value, bar_width, bar_height)
    if max_width is not None and drawing.width > max_width:
        fitted = max(MIN_BAR_WIDTH, bar_width * max_width / drawing.width)
        drawing = _code128_drawing(value, fitted, bar_height)
    table = Table([[drawing], [para(value, caption)]], colWidths=[drawing.width])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 0.8 * mm),
            ]
        )
    )
    return table


def _code128_drawing(value: str, bar_width: float, bar_height: float) -> Drawing:
    """The bars of a Code128 with a ten-module quiet zone on each side."""
    return createBarcodeDrawing(
        "Code128",
        value=value,
        barWidth=bar_width,
        barHeight=bar_height,
        humanReadable=False,
        quiet=True,
        lquiet=10 * bar_width,
        rquiet=10 * bar_width,
    )


def qr_code(value: str, size: float = 28 * mm) -> Drawing:
    """A QR code of ``value`` (a tracking URL), ``size`` wide and tall."""
    widget = QrCodeWidget(value, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    return drawing
