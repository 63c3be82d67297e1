"""The *documento di trasporto* (DDT) that travels with goods leaving the shop.

Italian law (DPR 472/1996) asks a DDT to show its number and date, sender,
recipient and destination, the goods and their quantities, the reason for the
transport, who carries it, and — customarily — parcels, weight, appearance of the
goods and the start of transport, with the driver's and recipient's signatures.
Prices are not printed. The order number is a Code128; the tracking URL, when the
carrier has given one, a QR code the recipient can scan.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from counterapp.documents.base import Column, DocumentRenderer
from counterapp.documents.data import DeliveryNoteData
from counterapp.documents.flowables import qr_code

# Code, description, unit, quantity: fractions of the width.
DDT_WIDTHS = (0.18, 0.62, 0.08, 0.12)


class DeliveryNoteRenderer(DocumentRenderer):
    """Renders a :class:`DeliveryNoteData` as an A4 DDT."""

    title_key = "delivery_note"

    def __init__(self, note: DeliveryNoteData) -> None:
        super().__init__(note.company, note.language, note.is_copy)
        self.note = note

    def document_number(self) -> str:
        return self.note.number

    def meta_rows(self) -> list[tuple[str, str]]:
        return [
            (self.labels["date"], self.labels.date(self.note.date)),
            (self.labels["order_number"], self.note.order_number),
        ]

    def header_barcode(self) -> str | None:
        return self.note.order_number

    def body(self) -> list[Flowable]:
        labels = self.labels
        return [
            self.parties(),
            Spacer(1, 3 * mm),
            self.transport_section(),
            Spacer(1, 4 * mm),
            self.goods_table(),
            *self.notes_block(self.note.notes),
            self.signature_boxes([labels["signature_driver"], labels["signature_recipient"]]),
        ]

    def parties(self) -> Table:
        """Sender, recipient and place of destination side by side."""
        note, labels = self.note, self.labels
        return self.boxes(
            [
                self.party_paragraph(labels["sender"], note.sender),
                self.party_paragraph(labels["recipient"], note.recipient),
                self.party_paragraph(
                    labels["destination"], note.destination or note.recipient, show_ids=False
                ),
            ]
        )

    def transport_fields(self) -> list[tuple[str, str]]:
        """The legal transport fields, caption and value."""
        note, labels = self.note, self.labels
        return [
            (labels["transport_reason"], note.transport_reason),
            (labels["transported_by"], labels.choice("by", note.transported_by)),
            (labels["carrier"], note.carrier_name),
            (labels["pickup_at"], labels.datetime(note.pickup_at) if note.pickup_at else ""),
            (labels["parcels"], str(note.parcels)),
            (labels["weight"], labels.number(note.weight_kg)),
            (labels["goods_appearance"], note.goods_appearance),
            (labels["tracking_number"], note.tracking_number),
        ]

    def transport_section(self) -> Flowable:
        """The transport fields, with the tracking QR code at their right when known."""
        if not self.note.tracking_url:
            return self.field_grid(self.transport_fields())
        qr_size = 26 * mm
        grid_width = self.content_width - qr_size - 3 * mm
        grid = self.field_grid(self.transport_fields(), width=grid_width)
        row = Table(
            [[grid, qr_code(self.note.tracking_url, qr_size)]],
            colWidths=[grid_width, self.content_width - grid_width],
            splitInRow=1,
        )
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ]
            )
        )
        return KeepTogether([row])

    def goods_table(self) -> Table:
        """Code, description, unit of measure and quantity of each line."""
        labels = self.labels
        sku, description, unit, quantity = DDT_WIDTHS
        columns = [
            Column(labels["sku"], sku),
            Column(labels["description"], description),
            Column("U.M.", unit, align="CENTER"),
            Column(labels["quantity"], quantity, style="Bold", align="RIGHT"),
        ]
        rows = [
            [line.sku, line.description, labels["unit"], str(line.quantity)]
            for line in self.note.lines
        ]
        return self.lines_table(columns, rows)


def render_delivery_note(note: DeliveryNoteData) -> bytes:
    """The DDT ``note`` as PDF bytes."""
    return DeliveryNoteRenderer(note).render()
