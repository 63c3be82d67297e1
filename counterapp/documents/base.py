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
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counterapp.documents.blocks import CELL_PADDING, Column, DocumentBlocks, vat_breakdown
from counterapp.documents.canvas import NumberedCanvas
from counterapp.documents.data import CompanyInfo
from counterapp.documents.flowables import RightAligned, code128
from counterapp.documents.fonts import SANS, SANS_BOLD, register_fonts
from counterapp.documents.labels import Labels
from counterapp.documents.markup import para, plain, text
from counterapp.documents.styles import (
    FOOTER_GREY,
    GRID_GREY,
    STAMP_RED,
    build_styles,
)

__all__ = ["CELL_PADDING", "Column", "DocumentRenderer", "NumberedCanvas", "vat_breakdown"]


class DocumentRenderer(DocumentBlocks):
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
