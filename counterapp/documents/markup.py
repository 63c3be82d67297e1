"""The one door user text goes through on its way into a PDF.

ReportLab paragraphs are a markup language: unescaped, ``"Rossi & Figli <SRL>"``
silently loses ``<SRL>``, ``<font size=40>`` in a note takes effect and
``"Caffè <x"`` raises. :func:`text` escapes (``xml.sax.saxutils.escape``), turns
newlines into line breaks, drops control characters and picks a fallback face for
glyphs the chosen one lacks; :func:`para` wraps it in a Paragraph. Strings drawn
straight on the canvas (not markup) go through :func:`plain`.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from counterapp.documents.fonts import SANS

# Control characters, lone surrogates, private-use and unassigned code points.
_UNPRINTABLE = frozenset(("Cc", "Cs", "Co", "Cn"))

def _printable(value: object) -> str:
    """``value`` as text without control characters, which no printer can show.

    Newlines are kept (they become line breaks), tabs become spaces, and NUL or
    escape characters a barcode scanner left in a note are dropped instead of
    breaking the PDF's text layer.
    """
    value = str(value)
    # Nearly all text is printable as it is; skip the per-character walk then.
    if value.isprintable():
        return value
    result = []
    for char in value.replace("\r\n", "\n").replace("\t", " "):
        if char == "\n":
            result.append(char)
        elif unicodedata.category(char) in _UNPRINTABLE or char in "\u2028\u2029\ufeff":
            continue
        else:
            result.append(char)
    return "".join(result)


def text(value: object, font: str = SANS) -> str:
    """User text made safe for Paragraph markup: escaped, newlines as ``<br/>``.

    This is the one door user text goes through on its way into a document.
    ``font`` is the face the text will be set in: characters it lacks but plain
    DejaVu Sans has (the mono and bold faces have no emoticons, for one) are set in
    DejaVu Sans instead of printing as empty boxes.
    """
    printable = _printable(value)
    if font == SANS:
        return escape(printable).replace("\n", "<br/>")
    runs = []
    for uses_fallback, run in _font_runs(printable, font):
        escaped = escape("".join(run)).replace("\n", "<br/>")
        runs.append(f'<font face="{SANS}">{escaped}</font>' if uses_fallback else escaped)
    return "".join(runs)


def _font_runs(value: str, font: str) -> Iterable[tuple[bool, Iterable[str]]]:
    """Split ``value`` into runs the ``font`` can set and runs only DejaVu Sans can."""
    own_glyphs = pdfmetrics.getFont(font).face.charToGlyph
    fallback_glyphs = pdfmetrics.getFont(SANS).face.charToGlyph
    return itertools.groupby(
        value,
        key=lambda char: ord(char) not in own_glyphs and ord(char) in fallback_glyphs,
    )


def plain(value: object) -> str:
    """User text for places that are not markup (canvas strings, metadata)."""
    return _printable(value).replace("\n", " ")


def para(value: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``value`` literally, in ``style``."""
    return Paragraph(text(value, style.fontName), style)


def cell(value: object, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell showing ``value`` literally in ``style`` within ``width`` points.

    Text that needs no escaping, no line break and no fallback glyph, and that fits
    on one line, is returned as a plain string: the table draws it without markup
    (the table style must then give the column ``style``'s font and alignment).
    Anything else becomes a wrapping Paragraph.
    """
    value = str(value)
    if _fits_as_plain_string(value, style, width):
        return value
    return para(value, style)


def _fits_as_plain_string(value: str, style: ParagraphStyle, width: float) -> bool:
    # A no-break space (money: "€ 6,90") is fine in a plain string.
    if not value.replace("\u00a0", " ").isprintable():
        return False
    font = pdfmetrics.getFont(style.fontName)
    glyphs = font.face.charToGlyph
    if not all(ord(char) in glyphs for char in value):
        return False
    return font.stringWidth(value, style.fontSize) <= width
