"""The price quote (preventivo): an order draft with prices, valid until a date."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from counterapp.documents._order import OrderRenderer
from counterapp.documents.data import QuoteData
from counterapp.documents.markup import para


class QuoteRenderer(OrderRenderer):
    """Renders a :class:`QuoteData` as an A4 quote with lines, VAT and totals."""

    title_key = "quote"

    def __init__(self, quote: QuoteData) -> None:
        super().__init__(quote.order)
        self.quote = quote

    def document_number(self) -> str:
        return self.quote.number or self.order.number

    def meta_rows(self) -> list[tuple[str, str]]:
        labels, order = self.labels, self.order
        rows = [
            (labels["date"], labels.date(order.created_at.date())),
            (labels["valid_until"], labels.date(self.quote.valid_until)),
        ]
        if self.quote.number and self.quote.number != order.number:
            rows.append((labels["order_number"], order.number))
        if order.rep_name:
            rows.append((labels["rep"], order.rep_name))
        return rows

    def header_barcode(self) -> str | None:
        # A quote is read by a buyer, not scanned at the bench.
        return None

    def body(self) -> list[Flowable]:
        labels = self.labels
        terms = self.quote.terms or labels["quote_terms"]
        return [
            self.address_boxes(include_delivery=self.order.delivery is not None),
            Spacer(1, 4 * mm),
            self.priced_lines_table(),
            self.order_totals(),
            Spacer(1, 3 * mm),
            Paragraph(
                f"{escape(labels['valid_until'])} "
                f"<b>{escape(labels.date(self.quote.valid_until))}</b>",
                self.styles["Normal"],
            ),
            *self.notes_block(self.order.notes),
            Spacer(1, 3 * mm),
            para(terms, self.styles["Small"]),
        ]


def render_quote(quote: QuoteData) -> bytes:
    """``quote`` as PDF bytes."""
    return QuoteRenderer(quote).render()
