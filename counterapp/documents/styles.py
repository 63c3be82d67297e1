"""Colours and paragraph styles shared by the documents."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm

from counterapp.documents.fonts import SANS, SANS_BOLD

GRID_GREY = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
ZEBRA_FILL = colors.Color(0.96, 0.96, 0.96)
FOOTER_GREY = colors.Color(0.35, 0.35, 0.35)
STAMP_RED = colors.Color(0.8, 0.1, 0.1)


def build_styles(font: str = SANS, bold: str = SANS_BOLD, size: float = 9) -> StyleSheet1:
    """The paragraph styles documents use, in one font family and base size."""
    leading = size * 1.22
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("Normal", fontName=font, fontSize=size, leading=leading))
    sheet.add(ParagraphStyle("Bold", parent=sheet["Normal"], fontName=bold))
    sheet.add(ParagraphStyle("Right", parent=sheet["Normal"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("BoldRight", parent=sheet["Bold"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Center", parent=sheet["Normal"], alignment=TA_CENTER))
    sheet.add(ParagraphStyle("BoldCenter", parent=sheet["Bold"], alignment=TA_CENTER))
    sheet.add(
        ParagraphStyle(
            "Small", parent=sheet["Normal"], fontSize=size - 1.5, leading=(size - 1.5) * 1.22
        )
    )
    sheet.add(ParagraphStyle("SmallBold", parent=sheet["Small"], fontName=bold))
    sheet.add(ParagraphStyle("SmallRight", parent=sheet["Small"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Cell", parent=sheet["Normal"], fontSize=size - 0.5))
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=bold))
    sheet.add(
        ParagraphStyle("Company", parent=sheet["Bold"], fontSize=size + 4, leading=(size + 4) * 1.2)
    )
    sheet.add(
        ParagraphStyle(
            "Title", parent=sheet["Bold"], fontSize=size + 6, leading=(size + 6) * 1.2,
            alignment=TA_RIGHT,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Heading", parent=sheet["Bold"], fontSize=size + 1, leading=(size + 1) * 1.3,
            spaceBefore=3 * mm, spaceAfter=1 * mm,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Banner", parent=sheet["Bold"], fontSize=size + 4, leading=(size + 4) * 1.2,
            textColor=colors.white, alignment=TA_CENTER,
        )
    )
    return sheet
