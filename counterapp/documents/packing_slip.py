"""The packing slip: what is in the parcel, for the customer who opens it.

No prices (the parcel may be opened by a site worker, not the buyer); quantities,
codes and descriptions, the delivery details and a box for the packer to tick.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from counterapp.documents._order import OrderRenderer
from counterapp.documents.base import Column
from counterapp.documents.data import OrderDocument
from counterapp.documents.flowables import CheckBox

# Code, barcode, description, quantity, packed tick box: fractions of the width.
PACKING_WIDTHS = (0.15, 0.17, 0.50, 0.08, 0.10)


class PackingSlipRenderer(OrderRenderer):
    """Renders an :class:`OrderDocument` as the slip that travels in the parcel."""

    title_key = "packing_slip"

    def meta_rows(self) -> list[tuple[str, str]]:
        rows = [(self.labels["order_number"], self.order.number)]
        return rows + super().meta_rows()

    def body(self) -> list[Flowable]:
        return [
            *self.rush_banner(),
            self.address_boxes(),
            *self.notes_block(self.order.notes),
            Spacer(1, 4 * mm),
            self.packing_table(),
            Spacer(1, 1.5 * mm),
            self.item_count_line(),
            self.signature_boxes([self.labels["signature_packer"]], height=14 * mm),
        ]

    def packing_table(self) -> Table:
        """Code, barcode, description, quantity and a packed box per line."""
        labels = self.labels
        sku, barcode, description, quantity, packed = PACKING_WIDTHS
        columns = [
            Column(labels["sku"], sku),
            Column(labels["barcode"], barcode),
            Column(labels["description"], description),
            Column(labels["quantity"], quantity, style="Bold", align="RIGHT"),
            Column(labels["packed"], packed, align="CENTER"),
        ]
        rows = [
            [line.sku, line.barcode, line.description, str(line.quantity), CheckBox()]
            for line in self.order.lines
        ]
        return self.lines_table(columns, rows)


def render_packing_slip(order: OrderDocument) -> bytes:
    """The packing slip of ``order`` as PDF bytes."""
    return PackingSlipRenderer(order).render()
