"""What every order-based document shares: letterhead details, addresses, lines, totals.

The order slip, packing slip, quote and A4 receipt all print an
:class:`~counterapp.documents.data.OrderDocument`; this renderer gives them the
same customer/ship-to/delivery boxes, the same priced line table and the same totals.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from counterapp.documents.base import Column, DocumentRenderer, vat_breakdown
from counterapp.documents.data import DocumentLine, OrderDocument

# Code, description, qty, unit price, discount, VAT, amount: fractions of the width.
PRICED_WIDTHS = (0.13, 0.37, 0.07, 0.13, 0.09, 0.08, 0.13)


class OrderRenderer(DocumentRenderer):
    """Base for the documents that print one order."""

    def __init__(self, order: OrderDocument) -> None:
        super().__init__(order.company, order.language, order.is_copy)
        self.order = order

    def document_number(self) -> str:
        return self.order.number

    def meta_rows(self) -> list[tuple[str, str]]:
        labels, order = self.labels, self.order
        rows = [(labels["date"], labels.datetime(order.created_at))]
        rows.append((labels["channel"], labels.choice("channel", order.channel)))
        if order.rep_name:
            rows.append((labels["rep"], order.rep_name))
        return rows

    def header_barcode(self) -> str | None:
        return self.order.number

    # -- blocks ----------------------------------------------------------------

    def rush_banner(self) -> list[Flowable]:
        """A red URGENTE bar for rush deliveries, so nobody misses it."""
        delivery = self.order.delivery
        if delivery is None or not delivery.rush:
            return []
        return [self.banner(self.labels["rush"]), Spacer(1, 3 * mm)]

    def address_boxes(self, include_delivery: bool = True) -> Table:
        """Customer, ship-to and delivery details side by side."""
        order, labels = self.order, self.labels
        cells = [self.party_paragraph(labels["customer"], order.customer)]
        delivery = order.delivery
        if delivery is None:
            return self.boxes(cells, widths=[0.5])
        ship_to = delivery.destination or order.customer
        cells.append(self.party_paragraph(labels["ship_to"], ship_to, show_ids=False))
        if not include_delivery:
            return self.boxes(cells)
        cells.append(
            [
                Paragraph(escape(labels["delivery"].upper()), self.styles["SmallBold"]),
                self.key_value_table(self.delivery_rows(), label_width=24 * mm),
            ]
        )
        # The delivery box holds tracking numbers that must not wrap: give it room.
        return self.boxes(cells, widths=[0.32, 0.30, 0.38])

    def delivery_rows(self) -> list[tuple[str, str]]:
        """Label/value pairs describing how the order travels."""
        delivery, labels = self.order.delivery, self.labels
        if delivery is None:
            return []
        rows = [(labels["delivery_method"], labels.choice("delivery", delivery.method))]
        if delivery.carrier:
            rows.append((labels["carrier"], delivery.carrier))
        if delivery.requested_date:
            rows.append((labels["requested_date"], labels.date(delivery.requested_date)))
        if delivery.promised_date:
            rows.append((labels["promised_date"], labels.date(delivery.promised_date)))
        if delivery.tracking_number:
            rows.append((labels["tracking_number"], delivery.tracking_number))
        if delivery.parcels is not None:
            rows.append((labels["parcels"], str(delivery.parcels)))
        if delivery.weight_kg is not None:
            rows.append((labels["weight"], labels.number(delivery.weight_kg)))
        return rows

    def priced_lines_table(self) -> Table:
        """Code, description, quantity, unit price, discount, VAT rate, net amount."""
        labels = self.labels
        sku, description, quantity, unit_price, discount, vat_rate, amount = PRICED_WIDTHS
        columns = [
            Column(labels["sku"], sku),
            Column(labels["description"], description),
            Column(labels["quantity"], quantity, align="RIGHT"),
            Column(labels["unit_price"], unit_price, align="RIGHT"),
            Column(labels["discount"], discount, align="RIGHT"),
            Column(labels["vat_rate"], vat_rate, align="RIGHT"),
            Column(self.amount_label(), amount, align="RIGHT"),
        ]
        rows = [
            [
                line.sku,
                line.description,
                str(line.quantity),
                labels.money(line.unit_price),
                labels.percent(line.discount_pct) if line.discount_pct else "",
                labels.percent(line.vat_rate),
                labels.money(self.line_amount(line)),
            ]
            for line in self.order.lines
        ]
        return self.lines_table(columns, rows)

    def line_amount(self, line: DocumentLine) -> Decimal:
        """The line's amount on the basis of its unit price (gross for consumers)."""
        return line.gross if self.order.prices_include_vat else line.net

    def amount_label(self) -> str:
        """The amount column's caption, naming its VAT basis."""
        key = "amount_gross" if self.order.prices_include_vat else "amount_net"
        return self.labels[key]

    def discount_rows(self) -> list[tuple[str, str]]:
        """The cart discount and what every discount took off, when there were any."""
        order, labels = self.order, self.labels
        rows = []
        if order.cart_discount_pct:
            rows.append((labels["cart_discount"], labels.percent(order.cart_discount_pct)))
        if order.discount_total:
            rows.append((labels["discounts"], labels.money(-order.discount_total)))
        return rows

    def order_totals(self) -> Flowable:
        """VAT breakdown, the discounts given, and net / VAT / total of the order."""
        order, labels = self.order, self.labels
        return self.totals_block(
            [
                *self.discount_rows(),
                (labels["net"], labels.money(order.total_net)),
                (labels["vat"], labels.money(order.total_vat)),
                (labels["total"], labels.money(order.total_gross)),
            ],
            breakdown=vat_breakdown(order.lines),
        )

    def payments_block(self) -> list[Flowable]:
        """Payments taken, cash tendered and change, when there are any."""
        order, labels = self.order, self.labels
        rows = [
            (labels.choice("method", payment.method), labels.money(payment.amount))
            for payment in order.payments
        ]
        if order.tendered is not None:
            rows.append((labels["tendered"], labels.money(order.tendered)))
        if order.change is not None:
            rows.append((labels["change"], labels.money(order.change)))
        if not rows:
            return []
        return [
            Paragraph(escape(labels["payments"]), self.styles["Heading"]),
            self.key_value_table(rows, label_width=45 * mm),
        ]

    def item_count_line(self) -> Paragraph:
        """"Righe: 5 · Pezzi: 12" under a line table: a quick check for the picker."""
        labels = self.labels
        pieces = sum(line.quantity for line in self.order.lines)
        return Paragraph(
            f"{escape(labels['line_count'])}: <b>{len(self.order.lines)}</b> · "
            f"{escape(labels['piece_count'])}: <b>{pieces}</b>",
            self.styles["Normal"],
        )
