"""The courier dispatch manifest: what the courier's driver collects at a pickup.

One row per shipment with a Code128 of its tracking number (or order number, when
the carrier has not assigned one yet) so the driver can scan the sheet instead of
each parcel; totals of parcels and weight; signatures of shop and driver.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from counterapp.documents.base import Column, DocumentRenderer
from counterapp.documents.data import ManifestData, ManifestShipment
from counterapp.documents.flowables import code128
from counterapp.documents.fonts import SANS_BOLD
from counterapp.documents.markup import text

# Number, order, recipient, city, parcels, weight, barcode: fractions of the width.
MANIFEST_WIDTHS = (0.04, 0.14, 0.19, 0.12, 0.06, 0.08, 0.37)
MANIFEST_BAR_WIDTH = 0.42 * mm


class ManifestRenderer(DocumentRenderer):
    """Renders a :class:`ManifestData` as an A4 dispatch manifest."""

    title_key = "manifest"

    def __init__(self, manifest: ManifestData) -> None:
        super().__init__(manifest.company, manifest.language, manifest.is_copy)
        self.manifest = manifest

    def document_number(self) -> str:
        return self.manifest.number

    def meta_rows(self) -> list[tuple[str, str]]:
        labels, manifest = self.labels, self.manifest
        return [
            (labels["carrier"], manifest.carrier),
            (labels["pickup"], labels.datetime(manifest.pickup_at)),
        ]

    def body(self) -> list[Flowable]:
        labels = self.labels
        return [
            self.summary(),
            Spacer(1, 4 * mm),
            self.shipments_table(),
            *self.notes_block(self.manifest.notes),
            self.signature_boxes([labels["sender"], labels["signature_driver"]], height=20 * mm),
        ]

    def summary(self) -> Table:
        """Carrier, pickup time and the totals the driver checks before signing."""
        labels, manifest = self.labels, self.manifest
        parcels = sum(shipment.parcels for shipment in manifest.shipments)
        weight = sum((shipment.weight_kg for shipment in manifest.shipments), Decimal("0"))
        return self.field_grid(
            [
                (labels["carrier"], manifest.carrier),
                (labels["pickup"], labels.datetime(manifest.pickup_at)),
                (labels["shipments"], str(len(manifest.shipments))),
                (f"{labels['parcels']} / {labels['weight']}",
                 f"{parcels} / {labels.number(weight)}"),
            ]
        )

    def shipments_table(self) -> Table:
        """One row per shipment with its scannable code."""
        labels = self.labels
        number, order, recipient, city, parcels, weight, code = MANIFEST_WIDTHS
        columns = [
            Column("#", number, align="RIGHT"),
            Column(labels["order"], order, style="CellBold"),
            Column(labels["recipient"], recipient),
            Column(labels["city"], city),
            Column(labels["parcels"], parcels, align="RIGHT"),
            Column(labels["weight"], weight, align="RIGHT"),
            Column(labels["tracking_number"], code, align="CENTER"),
        ]
        rows = [self.shipment_row(index, shipment)
                for index, shipment in enumerate(self.manifest.shipments, start=1)]
        return self.lines_table(columns, rows)

    def shipment_row(self, index: int, shipment: ManifestShipment) -> list[object]:
        """Values of one shipment; a rush shipment's order number is flagged."""
        order: object = shipment.order_number
        if shipment.rush:
            order = Paragraph(
                f"{text(shipment.order_number, SANS_BOLD)}<br/><font color='#cc1a1a'>"
                f"{escape(self.labels['rush'])}</font>",
                self.styles["CellBold"],
            )
        code = shipment.tracking_number or shipment.order_number
        return [
            str(index),
            order,
            shipment.recipient,
            shipment.city,
            str(shipment.parcels),
            self.labels.number(shipment.weight_kg),
            code128(code, bar_width=MANIFEST_BAR_WIDTH, bar_height=10 * mm,
                    max_width=MANIFEST_WIDTHS[-1] * self.content_width - 3 * mm),
        ]


def render_manifest(manifest: ManifestData) -> bytes:
    """``manifest`` as PDF bytes."""
    return ManifestRenderer(manifest).render()
