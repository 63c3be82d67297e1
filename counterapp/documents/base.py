"""The renderer every document is built on (template method, after pretix's invoices).

A document subclass says *what* to print (``title_key``, ``document_number``,
``meta_rows``, ``body``); :class:`DocumentRenderer` decides *how*: A4 page templates
(a first page with the full letterhead, later pages with a one-line running header),
"Pagina X di Y" in the footer (:class:`NumberedCanvas`), the COPIA stamp, fonts and
styles, and the building blocks shared by all documents (address boxes, line tables
that repeat their header on every page, totals kept together, signature boxes).

All user-supplied text reaches a ``Paragraph`` through
:func:`counterapp.documents.markup.text` (or ``para``), which escapes it.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counterapp.documents.data import CompanyInfo, DocumentLine, Party
from counterapp.documents.flowables import RightAligned, code128
from counterapp.documents.fonts import SANS, SANS_BOLD, register_fonts
from counterapp.documents.labels import Labels
from counterapp.documents.markup import cell, para, plain, text
from counterapp.documents.styles import (
    FOOTER_GREY,
    GRID_GREY,
    HEADER_FILL,
    STAMP_RED,
    ZEBRA_FILL,
    build_styles,
)


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it writes "Pagina X di Y".

    Pages are kept in memory until ``save()``, when the total is known; each page
    then gets its number drawn by ``draw_page_number`` and, last of all, the
    ``overlay`` (the COPIA stamp), so that it lies on top of table backgrounds.
    """

    def __init__(
        self,
        *args,
        page_label: Callable[[int, int], str],
        font_name: str,
        right_margin: float,
        overlay: Callable[[Canvas], None] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._overlay = overlay
        self._font_name = font_name
        self._right_margin = right_margin
        self._saved_page_states: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self.draw_page_number(pages)
            if self._overlay is not None:
                self._overlay(self)
            Canvas.showPage(self)
        Canvas.save(self)

    def draw_page_number(self, pages: int) -> None:
        """Write "Pagina X di Y" at the bottom right of the current page."""
        self.saveState()
        self.setFont(self._font_name, 7.5)
        self.setFillColor(FOOTER_GREY)
        width = self._pagesize[0]
        self.drawRightString(
            width - self._right_margin, 8 * mm, self._page_label(self._pageNumber, pages)
        )
        self.restoreState()


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


class DocumentRenderer:
    """Base class of the A4 document renderers (template method).

    Subclasses set ``title_key`` and implement ``document_number``, ``body`` and,
    when useful, ``meta_rows`` (label/value pairs under the title),
    ``header_barcode`` (a Code128 value) and ``header_extra`` (flowables under the
    title block, such as a QR code). ``render()`` returns the PDF bytes.
    """

    pagesize: tuple[float, float] = A4
    left_margin = 15 * mm
    right_margin = 15 * mm
    top_margin = 12 * mm
    bottom_margin = 16 * mm
    running_header_height = 11 * mm
    title_key = ""

    def __init__(self, company: CompanyInfo, language: str, is_copy: bool) -> None:
        register_fonts()
        self.company = company
        self.labels = Labels(language)
        self.is_copy = is_copy
        self.styles = build_styles()

    # -- hooks for subclasses ------------------------------------------------

    def document_number(self) -> str:
        """The document's own number, shown under the title and in the running header."""
        raise NotImplementedError

    def meta_rows(self) -> list[tuple[str, str]]:
        """Label/value pairs printed under the title (date, order number…)."""
        return []

    def header_barcode(self) -> str | None:
        """The value to print as a Code128 in the letterhead, if any."""
        return None

    def header_extra(self) -> list[Flowable]:
        """Flowables under the title block on the right of the letterhead."""
        return []

    def body(self) -> list[Flowable]:
        """Everything after the letterhead."""
        raise NotImplementedError

    # -- the template --------------------------------------------------------

    @property
    def title(self) -> str:
        """The document's title in its language."""
        return self.labels[self.title_key]

    def full_title(self) -> str:
        """Title and number, for the running header and the PDF metadata."""
        return f"{self.title} {self.document_number()}".strip()

    @property
    def content_width(self) -> float:
        """Width available to flowables between the margins."""
        return self.pagesize[0] - self.left_margin - self.right_margin

    def render(self) -> bytes:
        """Build the document and return the PDF bytes."""
        buffer = io.BytesIO()
        doc = self.make_doc_template(buffer)
        doc.build(self.story(), canvasmaker=self.canvas_maker())
        return buffer.getvalue()

    def story(self) -> list[Flowable]:
        """Letterhead, a little air, then the body."""
        return [self.letterhead(), Spacer(1, 4 * mm), *self.body()]

    def make_doc_template(self, buffer: io.BytesIO) -> BaseDocTemplate:
        """The doc template with a "first" and an "other" page template."""
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=plain(self.full_title()),
            author=plain(self.company.name),
            creator="CounterApp",
            # Same data, same bytes: reprints and tests compare cleanly.
            invariant=True,
        )
        first = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first",
        )
        other = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height - self.running_header_height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="other",
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    id="first", frames=[first], onPage=self.on_first_page,
                    autoNextPageTemplate="other",
                ),
                PageTemplate(id="other", frames=[other], onPage=self.on_other_page),
            ]
        )
        return doc

    def canvas_maker(self) -> Callable[..., Canvas]:
        """A NumberedCanvas factory speaking the document's language."""
        return functools.partial(
            NumberedCanvas,
            page_label=self.labels.page_x_of_y,
            font_name=SANS,
            right_margin=self.right_margin,
            overlay=self.draw_copy_stamp,
        )

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Decorate the first page: the footer."""
        self.draw_footer(canvas)

    def on_other_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Decorate later pages: running header and footer."""
        self.draw_running_header(canvas)
        self.draw_footer(canvas)

    # -- page decorations ----------------------------------------------------

    def draw_running_header(self, canvas: Canvas) -> None:
        """Company and document number on top of pages 2+, so loose pages match up."""
        width, height = self.pagesize
        baseline = height - self.top_margin - 4 * mm
        canvas.saveState()
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawString(self.left_margin, baseline, plain(self.company.name)[:80])
        canvas.drawRightString(
            width - self.right_margin, baseline,
            plain(self.full_title())[:90],
        )
        canvas.setStrokeColor(GRID_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, baseline - 2 * mm, width - self.right_margin, baseline - 2 * mm)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas) -> None:
        """Company legal line at the bottom left (the page number goes right)."""
        parts = [self.company.name]
        if self.company.vat_number:
            parts.append(f"{self.labels['vat_number']} {self.company.vat_number}")
        if self.company.fiscal_code and self.company.fiscal_code != self.company.vat_number:
            parts.append(f"{self.labels['fiscal_code']} {self.company.fiscal_code}")
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(FOOTER_GREY)
        canvas.drawString(self.left_margin, 8 * mm, plain(" · ".join(parts))[:140])
        canvas.restoreState()

    def draw_copy_stamp(self, canvas: Canvas) -> None:
        """A large, faint, slanted COPIA across the page of a reprint."""
        if not self.is_copy:
            return
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(STAMP_RED)
        canvas.setFillAlpha(0.22)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        size = min(width, height) / 5
        canvas.setFont(SANS_BOLD, size)
        canvas.drawCentredString(0, -size / 3, self.labels["copy"])
        canvas.restoreState()

    # -- building blocks -----------------------------------------------------

    def letterhead(self) -> Flowable:
        """Company block on the left; title, number, details and barcode on the right."""
        right: list[Flowable] = [Paragraph(escape(self.title), self.styles["Title"])]
        if self.document_number():
            right.append(
                Paragraph(
                    f"{escape(self.labels['number'])} {text(self.document_number(), SANS_BOLD)}",
                    ParagraphStyle("DocNumber", parent=self.styles["BoldRight"], fontSize=11,
                                   leading=14),
                )
            )
        rows = self.meta_rows()
        if rows:
            right.append(Spacer(1, 1 * mm))
            right.append(self.key_value_table(rows, align_right=True))
        barcode_value = self.header_barcode()
        if barcode_value:
            right.append(Spacer(1, 2 * mm))
            right.append(RightAligned(code128(barcode_value)))
        right.extend(self.header_extra())
        table = Table(
            [[self.company_block(), right]],
            splitInRow=1,
            colWidths=[self.content_width * 0.5, self.content_width * 0.5],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ]
            )
        )
        return table

    def company_block(self) -> list[Flowable]:
        """Logo (when there is one), name, address and identifiers of the shop."""
        company = self.company
        block: list[Flowable] = []
        logo = self.logo()
        if logo is not None:
            block.append(logo)
            block.append(Spacer(1, 1 * mm))
        block.append(para(company.name, self.styles["Company"]))
        details = list(company.address_lines)
        identifiers = []
        if company.vat_number:
            identifiers.append(f"{self.labels['vat_number']} {company.vat_number}")
        if company.fiscal_code and company.fiscal_code != company.vat_number:
            identifiers.append(f"{self.labels['fiscal_code']} {company.fiscal_code}")
        if identifiers:
            details.append(" · ".join(identifiers))
        contacts = []
        if company.phone:
            contacts.append(f"{self.labels['phone']} {company.phone}")
        if company.email:
            contacts.append(company.email)
        if contacts:
            details.append(" · ".join(contacts))
        if details:
            block.append(Paragraph("<br/>".join(text(d) for d in details), self.styles["Small"]))
        return block

    def logo(self, max_width: float = 45 * mm, max_height: float = 16 * mm) -> Flowable | None:
        """The company logo scaled into a box, or ``None`` if missing or unreadable."""
        path = self.company.logo_path
        if path is None or not path.is_file():
            return None
        try:
            image = Image(str(path), width=max_width, height=max_height, kind="proportional")
        except OSError:
            return None
        image.hAlign = "LEFT"
        return image

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
