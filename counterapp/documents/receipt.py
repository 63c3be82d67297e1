"""Sales receipts: an 80 mm till roll and an A4 sheet.

The roll looks like an Italian till receipt: shop letterhead centred, one line per
item with its VAT rate and VAT-inclusive amount, the grand total in large type,
payments and change, the VAT breakdown, then date, number and operator. The page is
exactly as long as its content, as a roll printer cuts it. The A4 variant prints the
same facts in the layout of the other A4 documents.
"""

from __future__ import annotations

import io
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counterapp.documents._order import OrderRenderer
from counterapp.documents.base import DocumentRenderer, vat_breakdown
from counterapp.documents.data import DocumentLine, ReceiptData
from counterapp.documents.flowables import code128
from counterapp.documents.fonts import MONO, MONO_BOLD
from counterapp.documents.markup import para, plain, text
from counterapp.documents.styles import build_styles

ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
# PDF viewers and printers refuse pages taller than 200 inches; a longer receipt
# continues on a second piece of roll.
MAX_ROLL_HEIGHT = 200 * 72


class RollReceiptRenderer(DocumentRenderer):
    """Renders a :class:`ReceiptData` on an 80 mm roll whose length fits the content."""

    title_key = "receipt"
    left_margin = right_margin = ROLL_MARGIN
    top_margin = 5 * mm
    bottom_margin = 8 * mm

    def __init__(self, receipt: ReceiptData) -> None:
        order = receipt.order
        super().__init__(order.company, order.language, order.is_copy)
        self.receipt = receipt
        self.order = order
        self.pagesize = (ROLL_WIDTH, MAX_ROLL_HEIGHT)
        self.styles = build_styles(font=MONO, bold=MONO_BOLD, size=8)
        self.styles.add(ParagraphStyle("Total", parent=self.styles["Bold"], fontSize=12,
                                       leading=15))

    def document_number(self) -> str:
        return self.receipt.number or self.order.number

    # -- layout ----------------------------------------------------------------

    def render(self) -> bytes:
        story = self.story()
        height = self.measure(story) + self.top_margin + self.bottom_margin
        self.pagesize = (ROLL_WIDTH, min(height + 2 * mm, MAX_ROLL_HEIGHT))
        buffer = io.BytesIO()
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
            invariant=True,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="roll", frames=[frame])])
        doc.build(story, canvasmaker=Canvas)
        return buffer.getvalue()

    def measure(self, story: list[Flowable]) -> float:
        """Height the story takes in the roll's width: the page length to cut."""
        total = 0.0
        for flowable in story:
            _, height = flowable.wrap(self.content_width, MAX_ROLL_HEIGHT)
            total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return total

    def story(self) -> list[Flowable]:
        return [
            *self.shop_header(),
            self.rule(),
            *self.customer_lines(),
            self.items_table(),
            self.rule(),
            self.totals_table(),
            self.rule(),
            *self.vat_section(),
            self.rule(),
            *self.closing(),
        ]

    # -- blocks ----------------------------------------------------------------

    def rule(self) -> Flowable:
        """A dashed separator across the roll."""
        return HRFlowable(width="100%", thickness=0.6, dash=(2, 2), color=colors.black,
                          spaceBefore=1.2 * mm, spaceAfter=1.5 * mm)

    def shop_header(self) -> list[Flowable]:
        """Shop name, address, VAT number and phone, centred; then the title."""
        company, labels, styles = self.company, self.labels, self.styles
        center = styles["Center"]
        flowables: list[Flowable] = [
            para(company.name.upper(), ParagraphStyle("Shop", parent=styles["BoldCenter"],
                                                     fontSize=10, leading=12)),
        ]
        details = list(company.address_lines)
        if company.vat_number:
            details.append(f"{labels['vat_number']} {company.vat_number}")
        if company.phone:
            details.append(f"{labels['phone']} {company.phone}")
        if details:
            flowables.append(Paragraph("<br/>".join(text(d, MONO) for d in details), center))
        flowables.append(Spacer(1, 2 * mm))
        flowables.append(Paragraph(escape(self.title.upper()), styles["BoldCenter"]))
        if self.is_copy:
            flowables.append(
                Paragraph(f"*** {escape(labels['copy'])} ***", styles["BoldCenter"])
            )
        return flowables

    def customer_lines(self) -> list[Flowable]:
        """The customer's name and tax codes, which a business buyer needs on the slip."""
        customer, labels, styles = self.order.customer, self.labels, self.styles
        if not customer.name.strip():
            return []
        lines = [f"{escape(labels['customer'])}: <b>{text(customer.name, MONO_BOLD)}</b>"]
        if customer.vat_number:
            lines.append(f"{escape(labels['vat_number'])} {text(customer.vat_number, MONO)}")
        if customer.fiscal_code and customer.fiscal_code != customer.vat_number:
            lines.append(f"{escape(labels['fiscal_code'])} {text(customer.fiscal_code, MONO)}")
        return [Paragraph("<br/>".join(lines), styles["Normal"]), self.rule()]

    def items_table(self) -> Table:
        """Description, VAT rate and VAT-inclusive amount per line, like a till."""
        labels, styles = self.labels, self.styles
        right = styles["Right"]
        rows: list[list[object]] = [
            [
                Paragraph(escape(labels["description"].upper()), styles["Bold"]),
                Paragraph(escape(labels["vat"]), styles["BoldRight"]),
                Paragraph(escape(labels["euro" if self.order.prices_include_vat
                                        else "euro_net"]), styles["BoldRight"]),
            ]
        ]
        for line in self.order.lines:
            # Like a till: "2 x 5,20" on its own line just above the item it prices.
            detail = self.line_detail(line)
            if detail:
                rows.append([Paragraph(escape(detail), styles["Normal"]), "", ""])
            rows.append(
                [
                    para(line.description, styles["Normal"]),
                    Paragraph(escape(labels.percent(line.vat_rate)), right),
                    Paragraph(escape(labels.number(self.line_amount(line))), right),
                ]
            )
        widths = [self.content_width * 0.64, self.content_width * 0.13, self.content_width * 0.23]
        table = Table(rows, colWidths=widths)
        table.setStyle(self.compact_style())
        return table

    def line_detail(self, line: DocumentLine) -> str:
        """"3 x 4,50  Sconto 10%" for an item sold by more than one, or discounted."""
        parts = []
        if line.quantity != 1:
            parts.append(f"{line.quantity} x {self.labels.number(line.unit_price)}")
        if line.discount_pct:
            parts.append(f"{self.labels['discount']} {self.labels.percent(line.discount_pct)}")
        return "  ".join(parts)

    def line_amount(self, line: DocumentLine) -> Decimal:
        """The line's amount on the basis of its unit price: a business account's net
        unit price stands beside a net amount, a consumer's beside a gross one."""
        return line.gross if self.order.prices_include_vat else line.net

    def totals_table(self) -> Table:
        """Discounts, grand total in large type, VAT included, payments and change."""
        labels, styles, order = self.labels, self.styles, self.order
        total_style = styles["Total"]
        total_right = ParagraphStyle("TotalRight", parent=total_style, alignment=TA_RIGHT)
        rows: list[list[object]] = []
        if order.cart_discount_pct:
            rows.append([Paragraph(escape(labels["cart_discount"]), styles["Normal"]),
                         Paragraph(escape(labels.percent(order.cart_discount_pct)),
                                   styles["Right"])])
        if order.discount_total:
            rows.append([Paragraph(escape(labels["discounts"]), styles["Normal"]),
                         Paragraph(escape(labels.number(-order.discount_total)),
                                   styles["Right"])])
        if not order.prices_include_vat:
            rows.append([Paragraph(escape(labels["net"]), styles["Normal"]),
                         Paragraph(escape(labels.number(order.total_net)), styles["Right"])])
        rows += [
            [Paragraph(escape(labels["total"].upper()), total_style),
             Paragraph(escape(labels.money(order.total_gross)), total_right)],
            [Paragraph(escape(labels["of_which_vat"]), styles["Normal"]),
             Paragraph(escape(labels.number(order.total_vat)), styles["Right"])],
        ]
        for payment in order.payments:
            rows.append([para(labels.choice("method", payment.method), styles["Normal"]),
                         Paragraph(escape(labels.number(payment.amount)), styles["Right"])])
        if order.tendered is not None:
            rows.append([Paragraph(escape(labels["tendered"]), styles["Normal"]),
                         Paragraph(escape(labels.number(order.tendered)), styles["Right"])])
        if order.change is not None:
            rows.append([Paragraph(escape(labels["change"].upper()), styles["Bold"]),
                         Paragraph(escape(labels.number(order.change)), styles["BoldRight"])])
        table = Table(rows, colWidths=[self.content_width * 0.55, self.content_width * 0.45])
        table.setStyle(self.compact_style())
        return table

    def vat_section(self) -> list[Flowable]:
        """Rate, taxable and tax per VAT rate, as the law wants them itemised."""
        labels, styles = self.labels, self.styles
        rows: list[list[object]] = [
            [Paragraph(escape(labels["vat_rate"]), styles["SmallBold"]),
             Paragraph(escape(labels["taxable"]), ParagraphStyle("r", parent=styles["SmallBold"],
                                                                 alignment=TA_RIGHT)),
             Paragraph(escape(labels["tax"]), ParagraphStyle("r2", parent=styles["SmallBold"],
                                                             alignment=TA_RIGHT))]
        ]
        for rate, net, vat in vat_breakdown(self.order.lines):
            rows.append([Paragraph(escape(labels.percent(rate)), styles["Small"]),
                         Paragraph(escape(labels.number(net)), styles["SmallRight"]),
                         Paragraph(escape(labels.number(vat)), styles["SmallRight"])])
        table = Table(rows, colWidths=[self.content_width / 3] * 3)
        table.setStyle(self.compact_style())
        return [Paragraph(escape(labels["vat_breakdown"]), styles["SmallBold"]), table]

    def closing(self) -> list[Flowable]:
        """Date, number, order and operator; a thank-you; the order's barcode."""
        receipt, order, labels, styles = self.receipt, self.order, self.labels, self.styles
        issued = receipt.issued_at or order.created_at
        rows = [
            [Paragraph(escape(labels.datetime(issued)), styles["Small"]),
             para(f"{labels['number']} {self.document_number()}", styles["SmallRight"])],
            [para(f"{labels['order']} {order.number}", styles["Small"]),
             para(f"{labels['cashier']} {order.rep_name}" if order.rep_name else "",
                  styles["SmallRight"])],
        ]
        table = Table(rows, colWidths=[self.content_width * 0.45, self.content_width * 0.55])
        table.setStyle(self.compact_style())
        message = receipt.footer_message or labels["thank_you"]
        barcode = code128(order.number, bar_width=0.33 * mm, bar_height=9 * mm)
        barcode.hAlign = "CENTER"
        return [
            table,
            Spacer(1, 2 * mm),
            para(message, ParagraphStyle("Thanks", parent=styles["Center"], alignment=TA_CENTER)),
            Spacer(1, 2 * mm),
            barcode,
        ]

    @staticmethod
    def compact_style() -> TableStyle:
        """Tight padding: a till roll wastes no paper."""
        return TableStyle(
            [
                # Empty cells would otherwise take ReportLab's 10 pt default leading.
                ("FONT", (0, 0), (-1, -1), MONO, 8),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.4 * mm),
            ]
        )


class A4ReceiptRenderer(OrderRenderer):
    """Renders a :class:`ReceiptData` on an A4 sheet, for customers who ask for one."""

    title_key = "receipt"

    def __init__(self, receipt: ReceiptData) -> None:
        super().__init__(receipt.order)
        self.receipt = receipt

    def document_number(self) -> str:
        return self.receipt.number or self.order.number

    def meta_rows(self) -> list[tuple[str, str]]:
        labels, order = self.labels, self.order
        rows = [
            (labels["date"], labels.datetime(self.receipt.issued_at or order.created_at)),
            (labels["order_number"], order.number),
        ]
        if order.rep_name:
            rows.append((labels["cashier"], order.rep_name))
        return rows

    def body(self) -> list[Flowable]:
        message = self.receipt.footer_message or self.labels["thank_you"]
        return [
            self.address_boxes(include_delivery=False),
            Spacer(1, 4 * mm),
            self.priced_lines_table(),
            self.order_totals(),
            *self.payments_block(),
            *self.notes_block(self.order.notes),
            Spacer(1, 6 * mm),
            para(message, self.styles["Center"]),
        ]


def render_receipt(receipt: ReceiptData) -> bytes:
    """``receipt`` as PDF bytes, on a till roll or A4 as ``receipt.paper`` says."""
    if receipt.paper == "a4":
        return A4ReceiptRenderer(receipt).render()
    if receipt.paper == "roll":
        return RollReceiptRenderer(receipt).render()
    raise ValueError(f"unknown receipt paper: {receipt.paper!r} (expected 'roll' or 'a4')")
