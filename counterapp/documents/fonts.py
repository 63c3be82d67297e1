"""The TrueType fonts embedded in every document.

ReportLab's built-in Helvetica only knows Latin-1: no "€" in some viewers, no Greek,
no Cyrillic. DejaVu covers them, ships with the app in ``resources/fonts`` and is
embedded (subset) in each PDF so any printer shows the same glyphs.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}


def register_fonts() -> None:
    """Register the DejaVu families with ReportLab (cheap after the first call).

    Registration is ReportLab's own process-wide registry; re-registering a name
    is skipped so rendering many documents does not re-read the TTF files.
    """
    _fix_non_bmp_to_unicode()
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    # Families let ``<b>`` inside a Paragraph switch to the bold face.
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )
    pdfmetrics.registerFontFamily(
        MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD
    )


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16.

    ReportLab 5.1 writes such a code point as five hex digits (``<1F600>``), which
    PDF readers reject, so an emoji in a customer's note would vanish from copied or
    extracted text. The PDF spec wants the UTF-16BE surrogate pair instead.
    """
    entries = []
    for code, char in enumerate(subset):
        if char > 0xFFFF:
            offset = char - 0x10000
            high, low = 0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF)
            entries.append(f"<{code:02X}> <{high:04X}{low:04X}>")
        else:
            entries.append(f"<{code:02X}> <{char:04X}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _fix_non_bmp_to_unicode() -> None:
    # ReportLab looks the function up in its module at render time, so replacing it
    # there is the one place the fix can go; it changes only the text mapping.
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
