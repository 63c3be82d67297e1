"""The order slip: the picking list a warehouse clerk walks the shelves with.

Lines are sorted by bin so the walk follows the shelves; each has a box to tick.
The order number is a Code128 in the letterhead so the slip can be scanned at the
packing bench.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from counterapp.documents._order import OrderRenderer
from counterapp.documents.base import Column
from counterapp.documents.data import DocumentLine, OrderDocument
from counterapp.documents.flowables import CheckBox

# Tick box, bin, code, barcode, description, quantity: fractions of the width.
PICKING_WIDTHS = (0.05, 0.11, 0.14, 0.17, 0.45, 0.08)


def picking_order(lines: tuple[DocumentLine, ...]) -> list[DocumentLine]:
    """Lines in walking order: by bin, lines without a bin last, then by code."""
    return sorted(lines, key=lambda line: (not line.location, line.location, line.sku))


class OrderSlipRenderer(OrderRenderer):
    """Renders an :class:`OrderDocument` as a picking list."""

    title_key = "order_slip"

    def body(self) -> list[Flowable]:
        labels = self.labels
        return [
            *self.rush_banner(),
            self.address_boxes(),
            *self.notes_block(self.order.notes),
            Spacer(1, 4 * mm),
            self.picking_table(),
            Spacer(1, 1.5 * mm),
            self.item_count_line(),
            self.signature_boxes(
                [labels["signature_picker"], labels["signature_packer"]], height=16 * mm
            ),
        ]

    def picking_table(self) -> Table:
        """Tick box, bin, code, barcode, description and quantity per line."""
        labels = self.labels
        tick, location, sku, barcode, description, quantity = PICKING_WIDTHS
        columns = [
            Column("✓", tick, align="CENTER"),
            Column(labels["location"], location, style="CellBold"),
            Column(labels["sku"], sku),
            Column(labels["barcode"], barcode),
            Column(labels["description"], description),
            Column(labels["quantity"], quantity, style="Bold", align="RIGHT"),
        ]
        rows = [
            [CheckBox(), line.location, line.sku, line.barcode, line.description,
             str(line.quantity)]
            for line in picking_order(self.order.lines)
        ]
        return self.lines_table(columns, rows)


def render_order_slip(order: OrderDocument) -> bytes:
    """The picking list of ``order`` as PDF bytes."""
    return OrderSlipRenderer(order).render()
