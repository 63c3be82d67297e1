"""The building blocks every document shares: line tables, totals, VAT breakdown, boxes.

They are a mixin of :class:`counterapp.documents.base.DocumentRenderer`, which gives
them ``self.styles``, ``self.labels`` and ``self.content_width``; all user text goes
through :mod:`counterapp.documents.markup`, which escapes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counterapp.documents.data import DocumentLine, Party
from counterapp.documents.fonts import SANS_BOLD
from counterapp.documents.markup import cell, para, text
from counterapp.documents.styles import (
    GRID_GREY,
    HEADER_FILL,
    STAMP_RED,
    ZEBRA_FILL,
)


def vat_breakdown(lines: Iterable[DocumentLine]) -> list[tuple[Decimal, Decimal, Decimal]]:
    """``(rate, taxable, vat)`` per VAT rate, lowest rate first.

    Only adds the lines' stored, already-rounded amounts: the breakdown then always
    agrees with the order's totals.
    """
    sums: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for line in lines:
        net, vat = sums.get(line.vat_rate, (Decimal("0"), Decimal("0")))
        sums[line.vat_rate] = (net + line.net, vat + line.vat)
    return [(rate, net, vat) for rate, (net, vat) in sorted(sums.items())]


# Left and right padding of line-table cells.
CELL_PADDING = 1.5 * mm


@dataclass(frozen=True)
class Column:
    """One column of a line table.

    ``width`` is a fraction of the content width; ``style`` names a paragraph style
    of :func:`counterapp.documents.styles.build_styles`; ``align`` is ``LEFT``,
    ``RIGHT`` or ``CENTER``. ``header`` is our own label, not user text.
    """

    header: str
    width: float
    style: str = "Cell"
    align: str = "LEFT"



class DocumentBlocks:
    """Tables, boxes and blocks built from the renderer's styles and labels."""

    def key_value_table(
        self, rows: Sequence[tuple[str, str]], align_right: bool = False, label_width: float = 0
    ) -> Table:
        """A borderless two-column table of ``label: value`` pairs (labels are ours)."""
        label_style = self.styles["SmallRight" if align_right else "Small"]
        value_style = self.styles["BoldRight" if align_right else "Bold"]
        data = [
            [Paragraph(escape(label), label_style), para(value, value_style)]
            for label, value in rows
        ]
        widths = [label_width or 32 * mm, None]
        table = Table(data, colWidths=widths, hAlign="RIGHT" if align_right else "LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0 if align_right else 2 * mm),
                    ("RIGHTPADDING", (0, 0), (0, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.3 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3 * mm),
                ]
            )
        )
        return table

    def party_paragraph(self, title: str, party: Party, show_ids: bool = True) -> list[Flowable]:
        """A titled address block: name, address lines, phone and tax identifiers."""
        lines = [f"<b>{text(party.name, SANS_BOLD)}</b>"]
        lines.extend(text(line) for line in party.address_lines)
        if show_ids and party.vat_number:
            lines.append(f"{escape(self.labels['vat_number'])} {text(party.vat_number)}")
        if show_ids and party.fiscal_code and party.fiscal_code != party.vat_number:
            lines.append(f"{escape(self.labels['fiscal_code'])} {text(party.fiscal_code)}")
        if party.phone:
            lines.append(f"{escape(self.labels['phone'])} {text(party.phone)}")
        return [
            Paragraph(escape(title.upper()), self.styles["SmallBold"]),
            Paragraph("<br/>".join(lines), self.styles["Normal"]),
        ]

    def boxes(
        self,
        cells: Sequence[list[Flowable]],
        heights: float | None = None,
        widths: Sequence[float] | None = None,
    ) -> Table:
        """Side-by-side framed boxes (addresses, signatures).

        ``widths`` are fractions of the content width; equal widths by default.
        """
        fractions = widths or [1 / len(cells)] * len(cells)
        table = Table(
            [list(cells)],
            colWidths=[fraction * self.content_width for fraction in fractions],
            rowHeights=heights,
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, GRID_GREY),
                    ("INNERGRID", (0, 0), (-1, -1), 0.6, GRID_GREY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ]
            )
        )
        return table

    def lines_table(self, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> Table:
        """A table of document lines whose header row repeats on every page.

        Each row holds one value per column: text (user text is welcome, it is made
        safe by :func:`cell`) or a ready flowable (tick box, barcode). Short text
        that fits its column becomes a plain table string, long text a wrapping
        Paragraph: plain strings skip Paragraph's parser and line breaker, which
        otherwise dominate the time to lay out a 300-line order.
        """
        widths = [column.width * self.content_width for column in columns]
        styles = [self.column_style(column) for column in columns]
        header = [
            Paragraph(escape(column.header),
                      ParagraphStyle(f"Header{column.align}", parent=self.styles["SmallBold"],
                                     alignment=style.alignment))
            for column, style in zip(columns, styles, strict=True)
        ]
        text_widths = [width - 2 * CELL_PADDING for width in widths]
        body = [
            [
                value if isinstance(value, Flowable) else cell(value, style, text_width)
                for value, style, text_width in zip(row, styles, text_widths, strict=True)
            ]
            for row in rows
        ]
        # splitInRow: a line with an absurdly long description continues on the next
        # page instead of aborting the whole document.
        table = Table([header, *body], colWidths=widths, repeatRows=1, splitInRow=1)
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ]
        for index, (column, style) in enumerate(zip(columns, styles, strict=True)):
            # Plain-string cells take font and alignment from the table style.
            commands.append(("FONT", (index, 1), (index, -1), style.fontName, style.fontSize,
                             style.leading))
            commands.append(("ALIGN", (index, 0), (index, -1), column.align))
        table.setStyle(TableStyle(commands))
        return table

    def column_style(self, column: Column) -> ParagraphStyle:
        """The paragraph style of a column's cells: its named style, aligned."""
        base = self.styles[column.style]
        alignment = {"LEFT": TA_LEFT, "RIGHT": TA_RIGHT, "CENTER": TA_CENTER}[column.align]
        if base.alignment == alignment:
            return base
        return ParagraphStyle(f"{column.style}{column.align}", parent=base, alignment=alignment)

    def totals_block(
        self,
        rows: Sequence[tuple[str, str]],
        breakdown: Sequence[tuple[Decimal, Decimal, Decimal]] = (),
        width_fraction: float = 0.45,
    ) -> Flowable:
        """VAT breakdown (left) and totals (right), kept together on one page.

        The last of ``rows`` is the grand total and is printed bold and ruled.
        """
        grand = ParagraphStyle("Grand", parent=self.styles["Bold"], fontSize=11, leading=14)
        grand_right = ParagraphStyle("GrandRight", parent=grand, alignment=TA_RIGHT)
        data = []
        for index, (label, value) in enumerate(rows):
            is_grand_total = index == len(rows) - 1
            data.append(
                [
                    Paragraph(escape(label), grand if is_grand_total else self.styles["Normal"]),
                    Paragraph(escape(value), grand_right if is_grand_total else self.styles["Right"]),
                ]
            )
        totals_width = self.content_width * width_fraction
        totals = Table(data, colWidths=[totals_width * 0.55, totals_width * 0.45])
        totals.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ]
            )
        )
        left: list[Flowable] = []
        if breakdown:
            left = [self.vat_breakdown_table(breakdown)]
        outer = Table(
            [[left, totals]],
            colWidths=[self.content_width * (1 - width_fraction), self.content_width * width_fraction],
        )
        outer.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return KeepTogether([Spacer(1, 3 * mm), outer])

    def vat_breakdown_table(self, breakdown: Sequence[tuple[Decimal, Decimal, Decimal]]) -> Table:
        """Rate / taxable / tax, one row per VAT rate."""
        labels = self.labels
        small, small_right = self.styles["Small"], self.styles["SmallRight"]
        data = [
            [
                Paragraph(escape(labels["vat_rate"]), self.styles["SmallBold"]),
                Paragraph(escape(labels["taxable"]), ParagraphStyle("h", parent=self.styles["SmallBold"], alignment=TA_RIGHT)),
                Paragraph(escape(labels["tax"]), ParagraphStyle("h2", parent=self.styles["SmallBold"], alignment=TA_RIGHT)),
            ]
        ]
        for rate, net, vat in breakdown:
            data.append(
                [
                    Paragraph(escape(labels.percent(rate)), small),
                    Paragraph(escape(labels.money(net)), small_right),
                    Paragraph(escape(labels.money(vat)), small_right),
                ]
            )
        table = Table(data, colWidths=[18 * mm, 28 * mm, 24 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID_GREY),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5 * mm),
                ]
            )
        )
        return table

    def notes_block(self, notes: str) -> list[Flowable]:
        """The order's notes under a heading, or nothing."""
        if not notes.strip():
            return []
        return [
            Paragraph(escape(self.labels["notes"]), self.styles["Heading"]),
            para(notes, self.styles["Normal"]),
        ]

    def field_grid(
        self, fields: Sequence[tuple[str, str]], columns: int = 4, width: float | None = None
    ) -> Table:
        """Framed cells with a small caption (ours) over a bold value (user text).

        The form-like layout of legal fields on a DDT or a manifest; ``width``
        defaults to the content width.
        """
        cells = [
            [Paragraph(escape(label), self.styles["Small"]), para(value or "—", self.styles["Bold"])]
            for label, value in fields
        ]
        while len(cells) % columns:
            cells.append([])
        grid = [cells[start:start + columns] for start in range(0, len(cells), columns)]
        table = Table(grid, colWidths=[(width or self.content_width) / columns] * columns,
                      splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, GRID_GREY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ]
            )
        )
        return table

    def banner(self, label: str) -> Table:
        """A full-width white-on-red bar (URGENTE) that nobody can miss."""
        table = Table([[Paragraph(escape(label), self.styles["Banner"])]],
                      colWidths=[self.content_width])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), STAMP_RED),
                    ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ]
            )
        )
        return table

    def signature_boxes(self, captions: Sequence[str], height: float = 22 * mm) -> Flowable:
        """Framed boxes to sign in, each with its caption (ours) at the top."""
        cells = [[Paragraph(escape(caption), self.styles["SmallBold"])] for caption in captions]
        return KeepTogether([Spacer(1, 4 * mm), self.boxes(cells, heights=height)])
